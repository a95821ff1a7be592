import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_OR_QUERY } from '../http/admin-token.js';
import { noSuchTheme } from '../http/no-such-theme.js';
import { ThemeAnswersQuerySchema } from '../http/theme-query.js';
import { loadThemeAnswers, type ThemeAnswersReply } from '../themes/reports/theme-answers.js';
import type { RouteContext } from './route-context.js';

/**
 * `GET /v1/themes/answers?questionId=&theme=&limit=&offset=&<filters>`: the answers of a theme,
 * newest first, behind the admin token; 404 unless the theme is shown (holds at least k people).
 */
export const themeAnswersGetRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { themes, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/themes/answers',
    schema: { querystring: ThemeAnswersQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_OR_QUERY),
    handler: async (request): Promise<ThemeAnswersReply> => {
      const reply = await loadThemeAnswers(themes, request.query);
      if (!reply) throw noSuchTheme(request.query.theme, request.query.questionId, themes.minGroupSize);
      return reply;
    },
  });
};
