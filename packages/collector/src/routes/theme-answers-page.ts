import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, bearerToken } from '../http/admin-token.js';
import { sendHtmlPage } from '../http/html-page.js';
import { noSuchTheme } from '../http/no-such-theme.js';
import { ThemeAnswersPageQuerySchema } from '../http/theme-query.js';
import { renderThemeAnswersPage } from '../results/render-theme-answers-page.js';
import { resultsHref } from '../results/results-href.js';
import { loadThemeAnswers } from '../themes/reports/theme-answers.js';
import type { RouteContext } from './route-context.js';

/**
 * `GET /themes/answers?token=&question=&theme=&<filters>`: the drill-down page the results page's
 * theme bars link to, listing that theme's answers; 404 unless the theme holds at least k people.
 */
export const themeAnswersPageRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { themes, config }) => {
  app.route({
    method: 'GET',
    url: '/themes/answers',
    schema: { querystring: ThemeAnswersPageQuerySchema },
    onRequest: adminOnly(config.adminToken, 'the "token" query parameter'),
    handler: async (request, reply) => {
      const { questionId, theme, limit, offset, filter } = request.query;
      const token = request.query.token ?? bearerToken(request.headers.authorization) ?? '';
      const answers = await loadThemeAnswers(themes, { questionId, theme, filter, limit, offset });
      if (!answers) throw noSuchTheme(theme, questionId, themes.minGroupSize);
      const href = (extra: Record<string, string | number>) => resultsHref('/themes/answers', token, { ...filter, questionId }, { theme, ...extra });
      const page = renderThemeAnswersPage(answers, {
        back: `${resultsHref('/', token, { ...filter, questionId: undefined })}#themes`,
        ...(offset > 0 ? { newer: href({ offset: Math.max(0, offset - limit), limit }) } : {}),
        ...(offset + answers.items.length < answers.total ? { older: href({ offset: offset + limit, limit }) } : {}),
      });
      return sendHtmlPage(reply, page);
    },
  });
};
