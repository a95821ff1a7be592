import type { Submission } from '@candor/protocol';

/** What happened to one submission a transport was given. */
export type TransportResult =
  | { id: string; status: 'accepted' }
  | { id: string; status: 'retry'; reason?: string; retryAfterMs?: number }
  | { id: string; status: 'failed'; reason: string };

/**
 * Sends a batch your own way (your API client, an analytics tool) and says, per submission id,
 * whether it was accepted, should be retried (optionally after a delay), or failed for good.
 * Candor's outbox, retries, dead letters and events work the same as with its own sender.
 */
export type Transport = (batch: Submission[]) => Promise<TransportResult[]>;

/** Static headers, or a function returning them for each request (e.g. a short-lived token). */
export type HeadersOption = Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

/** Sees each submission before it is stored and sent; returns it (changed or not), or null to drop it. */
export type BeforeSend = (submission: Submission) => Submission | null | undefined | Promise<Submission | null | undefined>;
