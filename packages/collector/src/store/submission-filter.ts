/** Which submissions a read covers. Every field narrows it; all of them together must match. */
export interface SubmissionFilter {
  /** Only submissions of this survey. */
  surveyId?: string;
  /** Only submissions with an answer to this question id. */
  questionId?: string;
  /** Received at or after this instant (ISO 8601). */
  from?: string;
  /** Received before this instant (ISO 8601). */
  to?: string;
  /** Only this language: "pt" matches "pt" and "pt-BR"; any letter case. */
  locale?: string;
  /** Only partial (true) or only finished (false) submissions. */
  partial?: boolean;
  /**
   * Only submissions with an answer, or an answer to a follow-up, containing this text (any
   * letter case); with `questionId`, an answer to that question.
   */
  search?: string;
  /** Only submissions of this survey version. */
  surveyVersion?: string;
  /** Only submissions whose person allowed quotes ("quotes"), declined ("no-quotes"), or was not asked ("not-asked"). */
  consent?: 'quotes' | 'no-quotes' | 'not-asked';
  /** Only submissions whose context.metadata has this key (with `metadataValue`, that value). */
  metadataKey?: string;
  /** With `metadataKey`: its value as text (true, false and numbers match their JSON values). */
  metadataValue?: string;
}
