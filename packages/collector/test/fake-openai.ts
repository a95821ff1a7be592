import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake OpenAI-compatible chat-completions server on 127.0.0.1, over real HTTP, for tests.
 *
 * ```ts
 * const model = await startFakeOpenAi({ followUp: 'What would that make possible for you?', labels: (text) => text.includes('job') ? ['jobs-economy'] : [] });
 * const collector = await startCollector({ llm: { baseUrl: model.baseUrl, model: 'fake-model', apiKey: 'sk-test' } });
 * model.next({ delayMs: 5000 });      // the next request answers late
 * model.next({ status: 500 });        // and the one after that fails
 * model.requests.at(-1)?.headers.authorization; // 'Bearer sk-test'
 * await model.close();
 * ```
 *
 * By default every `POST /v1/chat/completions` gets a completion whose content is:
 * - for a classification request (a user message that is JSON `{ "answers": [{ "key", "text" }] }`,
 *   as `classifyWithModel` sends), `{"results":[{"key","labels": labels(text, questionId)}]}`;
 * - otherwise the follow-up (`options.followUp`, a string or a function of the request).
 * Replies queued with `next()` are used first, one per request, in order.
 */
export interface FakeOpenAi {
  /** The API root to configure, like http://127.0.0.1:54321/v1. */
  baseUrl: string;
  /** Every request received, oldest first (also those still waiting on a delay). */
  requests: FakeChatRequest[];
  /** Queues replies for the next requests, one each, before falling back to the defaults. */
  next(...replies: FakeReply[]): void;
  /** Changes the default behaviour from now on. */
  set(options: FakeOpenAiOptions): void;
  /** Forgets recorded requests and queued replies (not the defaults). */
  reset(): void;
  /** Stops the server, cutting connections still waiting on a delay. */
  close(): Promise<void>;
}

export interface FakeChatRequest {
  method: string;
  /** Path and query, like /v1/chat/completions. */
  url: string;
  /** Lower-cased header names. */
  headers: IncomingHttpHeaders;
  /** The body as sent. */
  text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  body: any;
  /** The chat messages sent (empty when absent). */
  messages: { role: string; content: string }[];
  /** For a classification request: its question id and answers. */
  classify?: { questionId?: string; answers: { key: string; text: string }[] };
}

/** One scripted reply. Without `status`/`raw`/`content`, the default content for the request is sent. */
export interface FakeReply {
  /** Wait this long before answering (the client may time out first). */
  delayMs?: number;
  /** Answer with this HTTP status and `body` (default an OpenAI-style error object). */
  status?: number;
  body?: string;
  /** Answer 200 with exactly this body (like malformed JSON). */
  raw?: string;
  /** Answer a well-formed completion whose message content is this. */
  content?: string;
}

export interface FakeOpenAiOptions {
  /** Content of replies to requests that are not classifications. Default {@link DEFAULT_FAKE_FOLLOW_UP}. */
  followUp?: string | ((request: FakeChatRequest) => string);
  /** Category ids for one answer of a classification request. Default: none. */
  labels?: (text: string, questionId: string | undefined) => string[];
  /** Delay before every default reply. */
  delayMs?: number;
}

export const DEFAULT_FAKE_FOLLOW_UP = 'What would that make possible for you?';

export async function startFakeOpenAi(initial: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  let options = { ...initial };
  let queue: FakeReply[] = [];
  const requests: FakeChatRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = describeRequest(req.method ?? 'GET', req.url ?? '/', req.headers, Buffer.concat(chunks).toString('utf8'));
      requests.push(request);
      const scripted = queue.shift();
      const reply: FakeReply = { delayMs: options.delayMs, ...scripted };
      const send = () => {
        timers.delete(timer);
        if (res.destroyed) return;
        const { status, body } = respond(request, reply, options);
        res.writeHead(status, { 'content-type': 'application/json' }).end(body);
      };
      const timer = setTimeout(send, reply.delayMs ?? 0);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    next: (...replies) => void queue.push(...replies),
    set: (changes) => void (options = { ...options, ...changes }),
    reset: () => {
      requests.length = 0;
      queue = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function respond(request: FakeChatRequest, reply: FakeReply, options: FakeOpenAiOptions): { status: number; body: string } {
  if (reply.status !== undefined) {
    return { status: reply.status, body: reply.body ?? JSON.stringify({ error: { message: `fake error ${reply.status}`, type: 'server_error' } }) };
  }
  if (reply.raw !== undefined) return { status: 200, body: reply.raw };
  if (request.method !== 'POST' || !request.url.startsWith('/v1/chat/completions')) {
    return { status: 404, body: JSON.stringify({ error: { message: `no ${request.method} ${request.url} here` } }) };
  }
  const content = reply.content ?? defaultContent(request, options);
  return { status: 200, body: completion(request.body?.model, content) };
}

function defaultContent(request: FakeChatRequest, options: FakeOpenAiOptions): string {
  if (request.classify) {
    const { questionId, answers } = request.classify;
    return JSON.stringify({ results: answers.map(({ key, text }) => ({ key, labels: options.labels?.(text, questionId) ?? [] })) });
  }
  const { followUp = DEFAULT_FAKE_FOLLOW_UP } = options;
  return typeof followUp === 'function' ? followUp(request) : followUp;
}

/** A chat completion as OpenAI shapes it. */
export function completion(model: unknown, content: string): string {
  return JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: typeof model === 'string' ? model : 'fake',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });
}

function describeRequest(method: string, url: string, headers: IncomingHttpHeaders, text: string): FakeChatRequest {
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const messages = Array.isArray(body?.messages) ? (body.messages as { role: string; content: string }[]) : [];
  const request: FakeChatRequest = { method, url, headers, text, body, messages };
  for (const message of messages) {
    if (message.role !== 'user' || typeof message.content !== 'string') continue;
    try {
      const parsed = JSON.parse(message.content) as { questionId?: string; answers?: { key: string; text: string }[] };
      if (Array.isArray(parsed.answers)) {
        request.classify = { questionId: parsed.questionId, answers: parsed.answers };
        break;
      }
    } catch {
      // not a classification request
    }
  }
  return request;
}
