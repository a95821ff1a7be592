import * as z from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FunnelReplySchema, type FunnelReply } from '@candor/protocol';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import { param, queryText } from '../http/query-param.js';
import type { FunnelFilter } from '../store/funnel-filter.js';
import { funnelReply } from '../store/funnel-summary.js';
import type { RouteContext } from './route-context.js';

/** A UTC day, YYYY-MM-DD, that exists: counts are kept per day, so a time means nothing here. */
const day = queryText(40).refine(
  (raw) => /^\d{4}-\d{2}-\d{2}$/.test(raw) && new Date(`${raw}T00:00:00Z`).toISOString().startsWith(raw),
  { error: (issue) => `must be a day like 2026-11-27 (counts are kept per UTC day); got ${JSON.stringify(issue.input)}` },
);

/** `survey`, `version`, `locale` (a language: "pt" matches "pt-BR"), `from` and `to` (days, both included). */
const FunnelQuerySchema = z
  .object({ survey: param(queryText(100)), version: param(queryText(100)), locale: param(queryText(35)), from: param(day), to: param(day) })
  .superRefine((query, context) => {
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      context.addIssue({ code: 'custom', path: ['from'], message: `(${query.from}) must not be after "to" (${query.to})`, input: query.from });
    }
  })
  .transform((query): FunnelFilter => {
    const filter: FunnelFilter = {};
    if (query.survey !== undefined) filter.surveyId = query.survey;
    if (query.version !== undefined) filter.surveyVersion = query.version;
    if (query.locale !== undefined) filter.locale = query.locale;
    if (query.from !== undefined) filter.from = query.from;
    if (query.to !== undefined) filter.to = query.to;
    return filter;
  });

/**
 * `GET /v1/funnel` (admin): how many times each moment of the funnel happened among the matching
 * daily counts, the response rate (finished after an invitation, per invitation) and the
 * completion rate (finished per started), each with its 95 % Wilson interval, overall and by language.
 */
export const funnelGetRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/funnel',
    schema: { querystring: FunnelQuerySchema, response: { 200: FunnelReplySchema } },
    onRequest: adminOnly(config.adminToken, BEARER_ONLY),
    handler: async (request): Promise<FunnelReply> => funnelReply(await store.funnel.counts(request.query)),
  });
};
