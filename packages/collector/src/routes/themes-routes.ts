import type { FastifyPluginAsync } from 'fastify';
import { presentedAdminToken, requireAdminToken } from '../http/admin-token.js';
import { HttpError } from '../http/http-error.js';
import { parseListQuery } from '../http/list-query.js';
import { parseThemeFilter, requiredParameter } from '../http/theme-query.js';
import { themesCsv } from '../export/themes-csv.js';
import type { ClassifyScheduler } from '../themes/classify-scheduler.js';
import type { QuestionRun } from '../themes/classify-job.js';
import type { ThemeReport } from '../themes/theme-report.js';
import { loadThemeView, type ThemesContext } from '../themes/theme-view.js';
import { loadThemeAnswers, type ThemeAnswersReply } from '../themes/theme-answers.js';

export interface ThemesRoutesOptions {
  themes: ThemesContext;
  scheduler: ClassifyScheduler;
  adminToken: string | undefined;
}

const WHERE_TOKEN = 'the header "Authorization: Bearer <token>" or the "token" query parameter';

/**
 * Theme analysis, behind the admin token:
 * - `GET /v1/themes?<filters>` (also `surveyId`, `questionId`): the {@link ThemeReport};
 * - `GET /v1/themes.csv?<filters>`: the same as an aggregate CSV download;
 * - `GET /v1/themes/answers?questionId=&theme=&limit=&offset=&<filters>`: the answers of a theme,
 *   newest first; 404 unless the theme is shown (holds at least k people);
 * - `POST /v1/themes/reclassify` (optional body `{ "questionId": "..." }`): runs the classification
 *   job now and answers what it did.
 */
export const themesRoutes: FastifyPluginAsync<ThemesRoutesOptions> = async (app, { themes, scheduler, adminToken }) => {
  app.addHook('onRequest', async (request) => {
    requireAdminToken(adminToken, presentedAdminToken(request), WHERE_TOKEN);
  });

  app.get('/v1/themes', async (request): Promise<ThemeReport> => {
    return (await loadThemeView(themes, parseThemeFilter(request.query as Record<string, unknown>))).report;
  });

  app.get('/v1/themes.csv', async (request, reply) => {
    const { report } = await loadThemeView(themes, parseThemeFilter(request.query as Record<string, unknown>));
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8; header=present')
      .header('content-disposition', `attachment; filename="candor-themes-${day}.csv"`)
      .send(themesCsv(report));
  });

  app.get('/v1/themes/answers', async (request): Promise<ThemeAnswersReply> => {
    const query = request.query as Record<string, unknown>;
    const questionId = requiredParameter(query, 'questionId', 100, 'the question whose answers to list, like "hope"');
    const theme = requiredParameter(query, 'theme', 300, 'the theme id, as GET /v1/themes names it');
    const { limit, offset } = parseListQuery(query);
    const reply = await loadThemeAnswers(themes, { questionId, theme, filter: parseThemeFilter(query), limit, offset });
    if (!reply) throw noSuchTheme(theme, questionId, themes.minGroupSize);
    return reply;
  });

  app.post('/v1/themes/reclassify', async (request): Promise<{ runs: QuestionRun[] }> => {
    const body: unknown = request.body;
    let questionIds: string[] | undefined;
    if (body !== undefined && body !== null && body !== '') {
      if (typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'The body must be a JSON object like {"questionId": "hope"}, or empty.');
      const { questionId, ...rest } = body as Record<string, unknown>;
      const unknown = Object.keys(rest)[0];
      if (unknown !== undefined) throw new HttpError(400, `The body has a field "${unknown.slice(0, 50)}" this route does not take; it takes only "questionId".`);
      if (questionId !== undefined) {
        if (typeof questionId !== 'string' || questionId.trim() === '' || questionId.length > 100) {
          throw new HttpError(400, 'The "questionId" field must be a question id (1 to 100 characters), like "hope".');
        }
        questionIds = [questionId];
      }
    }
    return { runs: await scheduler.runNow(questionIds) };
  });
};

/** The 404 for a theme that is not shown: the same whether it is small or does not exist. */
export const noSuchTheme = (theme: string, questionId: string, k: number) =>
  new HttpError(404, `No theme "${theme.slice(0, 100)}" with at least ${k} people in the answers to "${questionId.slice(0, 100)}" (smaller themes are not shown); see GET /v1/themes.`);
