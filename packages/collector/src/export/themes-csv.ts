import type { ThemeBreakdown, ThemeReport } from '../themes/reports/theme-report.js';
import { csvLine } from './csv-cell.js';

export const THEMES_CSV_COLUMNS = [
  'question_id',
  'breakdown',
  'group',
  'theme_id',
  'theme',
  'respondents',
  'share',
  'share_low_95',
  'share_high_95',
  'study_share',
  'group_respondents',
  'method',
  'classifier',
  'scheme_version',
] as const;

const round = (share: number) => Math.round(share * 10_000) / 10_000;

/**
 * The aggregate CSV: per question, one row per shown theme overall, by month and by language
 * (with the 95 % interval of its share),
 * plus an "other" row where the themes below the threshold together pass it. Only what the
 * report holds, so nothing under k people appears. Spreadsheet-safe cells, UTF-8 with a BOM.
 */
export function themesCsv(report: ThemeReport): string {
  let csv = `\uFEFF${csvLine(THEMES_CSV_COLUMNS)}`;
  for (const q of report.questions) {
    const rows = (breakdown: string, group: string, b: ThemeBreakdown) => {
      const meta = [q.method, `${q.classifier}@${q.classifierVersion}`, q.schemeVersion];
      for (const t of b.themes) {
        csv += csvLine([q.questionId, breakdown, group, t.theme, t.label, t.respondents, round(t.share), round(t.interval.low), round(t.interval.high), t.studyShare ?? '', b.respondents, ...meta]);
      }
      if (b.other) csv += csvLine([q.questionId, breakdown, group, '', `Other (${b.other.themes} smaller themes)`, b.other.respondents, round(b.other.share), '', '', '', b.respondents, ...meta]);
    };
    rows('all', '', q.overall);
    for (const m of q.byMonth) rows('month', m.month, m);
    for (const l of q.byLanguage) rows('language', l.language, l);
  }
  return csv;
}
