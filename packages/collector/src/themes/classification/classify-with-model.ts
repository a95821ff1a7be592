import * as z from 'zod';
import type { ChatClient, ChatMessage } from '../../llm/chat-client.js';
import { ChatError } from '../../llm/chat-error.js';
import type { CodebookScheme } from '../codebook/codebook.js';
import { ClassificationError } from './classification-error.js';
import type { ModelLabel } from './model-label.js';

export type { ModelLabel };
import { classifyMessages, type ClassifyItem } from './classify-messages.js';

/** Stored with each label; bump it whenever the prompt or the parsing changes, so answers are labelled again. */
export const MODEL_CLASSIFIER_VERSION = 'model-1';

/** Answers sent to the model in one call, by default. */
export const DEFAULT_CLASSIFY_BATCH_SIZE = 20;
/** Time one batch may take, by default: a batch job, not a person waiting. */
export const DEFAULT_CLASSIFY_TIMEOUT_MS = 120_000;

export interface ClassifyOptions {
  batchSize?: number;
  /** Time each call may take (whatever the client's default). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

const ReplySchema = z.object({
  results: z.array(
    z.object({
      key: z.union([z.string(), z.number()]).transform(String),
      labels: z.union([z.array(z.string()), z.string().transform((one) => [one]), z.null().transform(() => [])]),
    }),
  ),
});

/**
 * Labels answers to one question with the scheme's categories, `batchSize` answers a call, asking
 * for JSON. Ids the scheme does not have are dropped; a single-label scheme keeps at most the
 * first. A reply that is not the JSON asked for is asked again once. Blank answers get [] without
 * a call. An answer the model's reply leaves out is left out of the result (unclassified).
 * Throws a {@link ClassificationError} at the first batch that fails, carrying what was done.
 */
export async function classifyWithModel(
  client: ChatClient,
  scheme: CodebookScheme,
  answers: { answerKey: string; text: string }[],
  options: ClassifyOptions = {},
): Promise<ModelLabel[]> {
  const batchSize = options.batchSize ?? DEFAULT_CLASSIFY_BATCH_SIZE;
  if (!Number.isSafeInteger(batchSize) || batchSize <= 0) throw new Error(`batchSize must be a positive whole number; got ${batchSize}`);
  const results: ModelLabel[] = [];
  const blank = answers.filter((a) => a.text.trim() === '');
  const toAsk = answers.filter((a) => a.text.trim() !== '');
  for (const { answerKey } of blank) results.push({ answerKey, labels: [] });

  for (let start = 0; start < toAsk.length; start += batchSize) {
    const batch = toAsk.slice(start, start + batchSize);
    try {
      results.push(...(await classifyBatch(client, scheme, batch, options)));
    } catch (error) {
      const unclassified = toAsk.slice(start).map((a) => a.answerKey);
      if (error instanceof ClassificationError) {
        throw new ClassificationError(error.reason, error.message, results, unclassified, { cause: error.cause });
      }
      const why = error instanceof ChatError ? `${error.kind}: ${error.message}` : String(error);
      throw new ClassificationError('model', `The model could not classify answers to "${scheme.questionId}" (${why})`, results, unclassified, { cause: error });
    }
  }
  return results;
}

async function classifyBatch(
  client: ChatClient,
  scheme: CodebookScheme,
  batch: { answerKey: string; text: string }[],
  options: ClassifyOptions,
): Promise<ModelLabel[]> {
  const items: ClassifyItem[] = batch.map((answer, index) => ({ key: String(index + 1), text: answer.text }));
  const messages = classifyMessages(scheme, items);
  const call = (sent: ChatMessage[]) =>
    client.complete(sent, {
      json: true,
      maxTokens: 100 + 40 * items.length,
      timeoutMs: options.timeoutMs ?? DEFAULT_CLASSIFY_TIMEOUT_MS,
      ...(options.signal ? { signal: options.signal } : {}),
    });

  // A reply that is not the JSON asked for, in the completion or around it, is asked for once more.
  const attempt = async (sent: ChatMessage[]): Promise<Read & { reply?: string }> => {
    try {
      const reply = await call(sent);
      return { ...readReply(reply, scheme, batch), reply };
    } catch (error) {
      if (error instanceof ChatError && error.kind === 'malformed') return { ok: false, problem: 'not a chat completion' };
      throw error;
    }
  };
  let read = await attempt(messages);
  if (!read.ok) {
    const retry = read.reply === undefined
      ? messages
      : [
          ...messages,
          { role: 'assistant' as const, content: read.reply.slice(0, 2_000) },
          { role: 'user' as const, content: `That reply was not usable (${read.problem}). Reply again with JSON only: {"results":[{"key":"1","labels":["category-id"]}]}, one entry for every answer key.` },
        ];
    read = await attempt(retry);
    if (!read.ok) throw new ClassificationError('malformed', `The model's reply for "${scheme.questionId}" was not usable twice (${read.problem})`, [], []);
  }
  return read.labels;
}

type Read = { ok: true; labels: ModelLabel[] } | { ok: false; problem: string };

function readReply(text: string, scheme: CodebookScheme, batch: { answerKey: string }[]): Read {
  let json: unknown;
  try {
    json = JSON.parse(text.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/i, '$1'));
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  const parsed = ReplySchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: 'not the shape asked for' };

  const known = new Map(scheme.categories.map((c) => [c.id, c.id]));
  const byKey = new Map<string, string[]>();
  for (const { key, labels } of parsed.data.results) {
    if (byKey.has(key)) continue;
    const ids = [...new Set(labels.map((label) => known.get(label.trim().toLowerCase())).filter((id): id is string => id !== undefined))];
    byKey.set(key, scheme.multiLabel ? ids : ids.slice(0, 1));
  }
  const labels = batch.flatMap(({ answerKey }, index) => {
    const ids = byKey.get(String(index + 1));
    return ids === undefined ? [] : [{ answerKey, labels: ids }];
  });
  if (labels.length === 0) return { ok: false, problem: 'no entry for any answer key' };
  return { ok: true, labels };
}
