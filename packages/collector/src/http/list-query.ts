import * as z from 'zod';
import type { ListQuery } from '../store/answer-store.js';
import { checkFromBeforeTo, FILTER_QUERY_SHAPE, submissionFilter } from './filter-query.js';
import { wholeNumberParam } from './query-param.js';

export const DEFAULT_LIST_LIMIT = 50;
export const MAX_LIST_LIMIT = 500;

/** `limit` (1 to 500, default 50) and `offset` (default 0): one page of a list. */
export const PAGE_QUERY_SHAPE = {
  limit: wholeNumberParam(1, MAX_LIST_LIMIT, DEFAULT_LIST_LIMIT),
  offset: wholeNumberParam(0, Number.MAX_SAFE_INTEGER, 0),
};

/** A list's query string: a page and the filter (see FilterQuerySchema). */
export const ListQuerySchema = z
  .object({ ...FILTER_QUERY_SHAPE, ...PAGE_QUERY_SHAPE })
  .superRefine(checkFromBeforeTo)
  .transform(({ limit, offset, ...rest }): ListQuery => ({ limit, offset, ...submissionFilter(rest) }));
