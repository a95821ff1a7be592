/** Which funnel counts a read covers. Every field narrows it. */
export interface FunnelFilter {
  surveyId?: string;
  surveyVersion?: string;
  /** A language: "pt" matches "pt" and "pt-BR"; any letter case. */
  locale?: string;
  /** First and last UTC day (YYYY-MM-DD), both included. */
  from?: string;
  to?: string;
}
