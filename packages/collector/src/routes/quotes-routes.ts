import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { presentedAdminToken, requireAdminToken } from '../http/admin-token.js';
import { HttpError } from '../http/http-error.js';
import { parseListQuery } from '../http/list-query.js';
import { parseQuoteStatus, parseThemeFilter } from '../http/theme-query.js';
import { publishedQuotes, quotesCsv, type PublishedQuote } from '../export/quotes-export.js';
import { quoteCandidates, type QuoteCandidate } from '../themes/quote-candidates.js';
import { loadThemeView, type ThemesContext } from '../themes/theme-view.js';
import { withQuoteTexts, type QuoteWithText } from '../themes/quote-texts.js';
import type { QuoteStatus } from '../store/theme-store.js';
import type { SubmissionFilter } from '../store/answer-store.js';

export interface QuotesRoutesOptions {
  themes: ThemesContext;
  adminToken: string | undefined;
}

export interface QuotesReply {
  minGroupSize: number;
  total: number;
  limit: number;
  offset: number;
  items: QuoteWithText[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WHERE_TOKEN = 'the header "Authorization: Bearer <token>" or the "token" query parameter';
/** Where a form post may send the browser back to: the results page, with its query. */
const BACK = /^\/(\?[^#\s\\]*)?$/;

/** The quote candidates for a filter, with their decisions. */
async function candidates(themes: ThemesContext, filter: SubmissionFilter): Promise<QuoteCandidate[]> {
  const [view, decisions] = await Promise.all([loadThemeView(themes, filter), themes.store.quoteDecisions()]);
  return quoteCandidates(view, decisions);
}

/** Approved quotes that still pass the threshold, with their texts, as published. */
export async function approvedQuotes(themes: ThemesContext, filter: SubmissionFilter): Promise<PublishedQuote[]> {
  const approved = (await candidates(themes, filter)).filter((c) => c.status === 'approved');
  return publishedQuotes(await withQuoteTexts(themes.store, approved));
}

/**
 * The quote approval queue, behind the admin token:
 * - `GET /v1/quotes?status=pending|approved|rejected|all&limit=&offset=&<filters>`: answers from
 *   respondents who allowed quotes, in themes of at least k people, with their status;
 * - `POST /v1/quotes/:submissionId/:questionId` with `{ "status": "approved" | "rejected" | "pending" }`
 *   (JSON, or a form from the results page, which is sent back to the page);
 * - `GET /v1/quotes.json` and `GET /v1/quotes.csv`: the approved quotes that still pass the
 *   threshold, without ids, for publication.
 */
export const quotesRoutes: FastifyPluginAsync<QuotesRoutesOptions> = async (app, { themes, adminToken }) => {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  app.addHook('onRequest', async (request) => {
    requireAdminToken(adminToken, presentedAdminToken(request), WHERE_TOKEN);
  });

  app.get('/v1/quotes', async (request): Promise<QuotesReply> => {
    const query = request.query as Record<string, unknown>;
    const status = query['status'] === undefined || query['status'] === '' ? 'pending' : parseQuoteStatus(query['status'], 'status', true);
    const { limit, offset } = parseListQuery(query);
    const all = (await candidates(themes, parseThemeFilter(query))).filter((c) => status === 'all' || c.status === status);
    return { minGroupSize: themes.minGroupSize, total: all.length, limit, offset, items: await withQuoteTexts(themes.store, all.slice(offset, offset + limit)) };
  });

  app.post<{ Params: { submissionId: string; questionId: string } }>('/v1/quotes/:submissionId/:questionId', async (request, reply) => {
    const { submissionId, questionId } = request.params;
    if (!UUID.test(submissionId)) throw new HttpError(400, 'The "submissionId" in the path must be a submission id (a UUID), as GET /v1/quotes lists it.');
    if (questionId.length === 0 || questionId.length > 100) throw new HttpError(400, 'The "questionId" in the path must be a question id of 1 to 100 characters.');
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'The body must be {"status": "approved"} or {"status": "rejected"} (or "pending").');
    const status: QuoteStatus = parseQuoteStatus((body as Record<string, unknown>)['status'], 'status');
    if (!(await themes.store.decideQuote(submissionId, questionId, status))) {
      throw new HttpError(404, 'There is no answer to quote there: no such submission or answer, it was withdrawn, or its respondent did not allow quotes.');
    }
    if (isForm(request)) {
      const back = (body as Record<string, unknown>)['back'];
      return reply.redirect(`${typeof back === 'string' && BACK.test(back) ? back : '/'}#quotes`, 303);
    }
    return { submissionId, questionId, status };
  });

  app.get('/v1/quotes.json', async (request) => {
    const quotes = await approvedQuotes(themes, parseThemeFilter(request.query as Record<string, unknown>));
    return { minGroupSize: themes.minGroupSize, quotes };
  });

  app.get('/v1/quotes.csv', async (request, reply) => {
    const quotes = await approvedQuotes(themes, parseThemeFilter(request.query as Record<string, unknown>));
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8; header=present')
      .header('content-disposition', `attachment; filename="candor-quotes-${day}.csv"`)
      .send(quotesCsv(quotes));
  });
};

const isForm = (request: FastifyRequest) => (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
