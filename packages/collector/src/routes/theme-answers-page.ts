import type { FastifyPluginAsync } from 'fastify';
import { presentedAdminToken, requireAdminToken } from '../http/admin-token.js';
import { parseListQuery } from '../http/list-query.js';
import { requiredParameter } from '../http/theme-query.js';
import { renderThemeAnswersPage } from '../results/render-theme-answers-page.js';
import { resultsHref } from '../results/results-href.js';
import { loadThemeAnswers } from '../themes/theme-answers.js';
import type { ThemesContext } from '../themes/theme-view.js';
import { CONTENT_SECURITY_POLICY } from './results-page.js';
import { noSuchTheme } from './themes-routes.js';

export interface ThemeAnswersPageOptions {
  themes: ThemesContext;
  adminToken: string | undefined;
}

/**
 * `GET /themes/answers?token=&question=&theme=&<filters>`: the drill-down page the results page's
 * theme bars link to, listing that theme's answers; 404 unless the theme holds at least k people.
 */
export const themeAnswersPageRoute: FastifyPluginAsync<ThemeAnswersPageOptions> = async (app, { themes, adminToken }) => {
  app.get('/themes/answers', async (request, reply) => {
    const token = presentedAdminToken(request);
    requireAdminToken(adminToken, token, 'the "token" query parameter');
    const query = request.query as Record<string, unknown>;
    const questionId = requiredParameter(query, 'question', 100, 'the question whose answers to list, like "hope"');
    const theme = requiredParameter(query, 'theme', 300, 'the theme, as the results page links it');
    const { limit, offset, ...filter } = parseListQuery(query);
    const answers = await loadThemeAnswers(themes, { questionId, theme, filter, limit, offset });
    if (!answers) throw noSuchTheme(theme, questionId, themes.minGroupSize);
    const href = (extra: Record<string, string | number>) => resultsHref('/themes/answers', token ?? '', { ...filter, questionId }, { theme, ...extra });
    const page = renderThemeAnswersPage(answers, {
      back: `${resultsHref('/', token ?? '', { ...filter, questionId: undefined })}#themes`,
      ...(offset > 0 ? { newer: href({ offset: Math.max(0, offset - limit), limit }) } : {}),
      ...(offset + answers.items.length < answers.total ? { older: href({ offset: offset + limit, limit }) } : {}),
    });
    return reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('referrer-policy', 'no-referrer')
      .send(page);
  });
};
