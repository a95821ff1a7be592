import * as z from 'zod';
import { ChatError } from './chat-error.js';

/** Time one completion may take, unless the client or the call says otherwise. */
export const DEFAULT_CHAT_TIMEOUT_MS = 30_000;

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatClientOptions {
  /** The API root that `/chat/completions` hangs off, like https://api.openai.com/v1 or http://127.0.0.1:11434/v1. */
  baseUrl: string;
  /** Model name the server knows, like "gpt-4o-mini" or "llama3.1:8b". */
  model: string;
  /** Sent as `Authorization: Bearer <key>` when given; never logged and never part of an error. */
  apiKey?: string;
  /** Default time a completion may take, reply body included. Default {@link DEFAULT_CHAT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** The fetch to use (tests); default the global one. */
  fetch?: typeof fetch;
}

export interface CompleteOptions {
  /** Ask for a JSON object (`response_format: { type: "json_object" }`); the prompt must mention JSON. */
  json?: boolean;
  /** Upper bound on the reply's length in tokens (`max_tokens`). */
  maxTokens?: number;
  /** Sampling temperature; left to the server's default when not given. */
  temperature?: number;
  /** Aborts the call (a ChatError of kind `aborted`). */
  signal?: AbortSignal;
  /** Time this call may take, instead of the client's default. */
  timeoutMs?: number;
}

/** An OpenAI-compatible chat-completions endpoint. */
export interface ChatClient {
  readonly model: string;
  /** The text of the first choice. Rejects with a {@link ChatError} and nothing else. */
  complete(messages: readonly ChatMessage[], options?: CompleteOptions): Promise<string>;
}

const CompletionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

/**
 * A client for any OpenAI-compatible `POST {baseUrl}/chat/completions` (OpenAI, Azure's
 * compatible endpoint, Ollama, vLLM, llama.cpp, LiteLLM...), on the platform's fetch. Throws
 * at once when an option is malformed.
 */
export function createChatClient(options: ChatClientOptions): ChatClient {
  const endpoint = completionsUrl(options.baseUrl);
  const where = `${endpoint.origin}${endpoint.pathname}`; // for messages: no credentials in a URL
  const { model, apiKey } = options;
  if (typeof model !== 'string' || model.trim() === '') throw new Error('model must name the model to use, like "gpt-4o-mini"');
  const defaultTimeout = checkTimeout(options.timeoutMs ?? DEFAULT_CHAT_TIMEOUT_MS, 'timeoutMs');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const scrub = (text: string) => (apiKey ? text.split(apiKey).join('[redacted]') : text);

  async function complete(messages: readonly ChatMessage[], call: CompleteOptions = {}): Promise<string> {
    const timeoutMs = checkTimeout(call.timeoutMs ?? defaultTimeout, 'timeoutMs');
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = call.signal ? AbortSignal.any([timeout, call.signal]) : timeout;
    const failure = (error: unknown): ChatError => {
      if (error instanceof ChatError) return error;
      if (timeout.aborted) return new ChatError('timeout', `${where} gave no reply within ${timeoutMs} ms`);
      if (call.signal?.aborted) return new ChatError('aborted', `the call to ${where} was aborted`);
      return new ChatError('network', `could not reach ${where}: ${scrub(describe(error))}`, undefined, { cause: error });
    };
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (apiKey) headers['authorization'] = `Bearer ${apiKey}`;
    const body = {
      model,
      messages,
      stream: false,
      ...(call.json ? { response_format: { type: 'json_object' } } : {}),
      ...(call.maxTokens !== undefined ? { max_tokens: call.maxTokens } : {}),
      ...(call.temperature !== undefined ? { temperature: call.temperature } : {}),
    };
    let status: number;
    let text: string;
    try {
      const response = await doFetch(endpoint, { method: 'POST', headers, body: JSON.stringify(body), signal, redirect: 'error' });
      status = response.status;
      text = await response.text();
    } catch (error) {
      throw failure(error);
    }
    if (status < 200 || status > 299) {
      throw new ChatError('http', `${where} answered ${status}: ${scrub(text.slice(0, 200)).replace(/\s+/g, ' ')}`, status);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ChatError('malformed', `${where} answered ${status} with a body that is not JSON`);
    }
    const parsed = CompletionSchema.safeParse(json);
    if (!parsed.success) throw new ChatError('malformed', `${where} answered ${status} with JSON that is not a chat completion with text in it`);
    return parsed.data.choices[0]!.message.content;
  }

  return { model, complete };
}

function completionsUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(String(baseUrl));
  } catch {
    throw new Error(`baseUrl must be an http(s) URL like https://api.openai.com/v1; got "${String(baseUrl).slice(0, 100)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`baseUrl must be an http(s) URL; got a ${url.protocol} URL`);
  if (url.username || url.password) throw new Error('baseUrl must not hold credentials; pass the key as apiKey (CANDOR_LLM_API_KEY)');
  if (url.search || url.hash) throw new Error('baseUrl must not carry a query or fragment; give the API root, like https://api.openai.com/v1');
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/chat/completions`;
  return url;
}

function checkTimeout(ms: number, name: string): number {
  if (!Number.isSafeInteger(ms) || ms <= 0) throw new Error(`${name} must be a positive whole number of milliseconds; got ${ms}`);
  return ms;
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  if (cause && typeof cause.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}
