import type { FastifyPluginAsync } from 'fastify';
import { Readable } from 'node:stream';
import type { AnswerStore } from '../store/answer-store.js';
import { presentedAdminToken, requireAdminToken } from '../http/admin-token.js';
import { parseFilterQuery } from '../http/filter-query.js';
import { csvExport } from '../export/csv-export.js';
import { jsonlExport } from '../export/jsonl-export.js';

export interface AnswersExportOptions {
  store: AnswerStore;
  adminToken: string | undefined;
}

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8; header=present', render: csvExport },
  jsonl: { type: 'application/jsonl; charset=utf-8', render: jsonlExport },
} as const;

const WHERE_TOKEN = 'the header "Authorization: Bearer <token>" or the "token" query parameter';

/**
 * `GET /v1/answers.csv` (one row per answer, spreadsheet-safe) and `GET /v1/answers.jsonl` (one
 * submission per line, exactly as sent): every submission matching the filter, newest first,
 * streamed as a download. Admin token as a Bearer header or `?token=` (so a link can download it).
 */
export const answersExportRoute: FastifyPluginAsync<AnswersExportOptions> = async (app, { store, adminToken }) => {
  for (const [extension, format] of Object.entries(FORMATS)) {
    app.get(`/v1/answers.${extension}`, async (request, reply) => {
      requireAdminToken(adminToken, presentedAdminToken(request), WHERE_TOKEN);
      const filter = parseFilterQuery(request.query as Record<string, unknown>);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type(format.type)
        .header('content-disposition', `attachment; filename="candor-answers-${day}.${extension}"`)
        .send(Readable.from(format.render(store.export(filter))));
    });
  }
};
