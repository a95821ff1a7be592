import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { createChatClient } from '../../src/llm/chat-client.js';
import { ChatError } from '../../src/llm/chat-error.js';
import { startFakeOpenAi, type FakeOpenAi } from '../fake-openai.js';

const KEY = 'sk-chat-client-test-0b1c2d';
const hello = [{ role: 'user' as const, content: 'Say hi' }];

let model: FakeOpenAi;
beforeAll(async () => {
  model = await startFakeOpenAi({ followUp: 'Hi!' });
});
afterAll(() => model.close());
beforeEach(() => model.reset());

/** What complete() rejected with (it must reject). */
async function failure(promise: Promise<unknown>): Promise<ChatError> {
  const error = await promise.then(
    () => expect.fail('complete() resolved'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChatError);
  return error as ChatError;
}

describe('createChatClient', () => {
  it('posts the model and messages to {baseUrl}/chat/completions with the key as Bearer, and returns the text', async () => {
    const client = createChatClient({ baseUrl: `${model.baseUrl}/`, model: 'gpt-test', apiKey: KEY });

    const text = await client.complete(hello);

    expect(text).toBe('Hi!');
    const [sent] = model.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.body).toEqual({ model: 'gpt-test', messages: hello, stream: false });
  });

  it('asks for a JSON object and caps tokens when told to', async () => {
    await createChatClient({ baseUrl: model.baseUrl, model: 'm' }).complete(hello, { json: true, maxTokens: 50, temperature: 0 });

    expect(model.requests[0]?.body).toMatchObject({ response_format: { type: 'json_object' }, max_tokens: 50, temperature: 0 });
  });

  it('sends no Authorization header without a key (a local model server)', async () => {
    await createChatClient({ baseUrl: model.baseUrl, model: 'm' }).complete(hello);

    expect(model.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('rejects with a timeout error once the time allowed has passed, not when the server answers', async () => {
    model.next({ delayMs: 2_000 });
    const client = createChatClient({ baseUrl: model.baseUrl, model: 'm', timeoutMs: 200 });
    const started = performance.now();

    const error = await failure(client.complete(hello));

    expect(error.kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(600);
  });

  it('lets a call take longer than the client’s default when it says so', async () => {
    model.next({ delayMs: 300 });
    const client = createChatClient({ baseUrl: model.baseUrl, model: 'm', timeoutMs: 100 });

    expect(await client.complete(hello, { timeoutMs: 2_000 })).toBe('Hi!');
  });

  it('rejects with an aborted error when the caller aborts', async () => {
    model.next({ delayMs: 2_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);

    const error = await failure(createChatClient({ baseUrl: model.baseUrl, model: 'm' }).complete(hello, { signal: controller.signal }));

    expect(error.kind).toBe('aborted');
  });

  it('rejects with the status on a non-2xx, with the key scrubbed from the message', async () => {
    model.next({ status: 401, body: JSON.stringify({ error: { message: `Incorrect API key provided: ${KEY}` } }) });

    const error = await failure(createChatClient({ baseUrl: model.baseUrl, model: 'm', apiKey: KEY }).complete(hello));

    expect(error.kind).toBe('http');
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/answered 401: .*Incorrect API key provided: \[redacted\]/);
    expect(`${error.message}${String(error.stack)}`).not.toContain(KEY);
  });

  it.each([
    ['a body that is not JSON', '{"choices":[{"message":'],
    ['JSON that is no completion', '{"error":null}'],
    ['no choices', '{"choices":[]}'],
    ['a null content', '{"choices":[{"message":{"role":"assistant","content":null}}]}'],
  ])('rejects a 200 with %s as malformed', async (_, raw) => {
    model.next({ raw });

    const error = await failure(createChatClient({ baseUrl: model.baseUrl, model: 'm' }).complete(hello));

    expect(error.kind).toBe('malformed');
  });

  it('rejects with a network error when nothing listens', async () => {
    const port = await freePort();

    const error = await failure(createChatClient({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'm', apiKey: KEY }).complete(hello));

    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/could not reach http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions: ECONNREFUSED/);
    expect(error.message).not.toContain(KEY);
  });

  it.each([
    [{ baseUrl: 'not a url', model: 'm' }, /baseUrl must be an http\(s\) URL/],
    [{ baseUrl: 'ftp://example.com/v1', model: 'm' }, /baseUrl must be an http\(s\) URL; got a ftp: URL/],
    [{ baseUrl: 'https://user:sk-secret@example.com/v1', model: 'm' }, /baseUrl must not hold credentials/],
    [{ baseUrl: 'https://example.com/v1?x=1', model: 'm' }, /must not carry a query/],
    [{ baseUrl: 'https://example.com/v1', model: ' ' }, /model must name the model/],
    [{ baseUrl: 'https://example.com/v1', model: 'm', timeoutMs: 0 }, /timeoutMs must be a positive whole number/],
  ])('refuses malformed options at once: %o', (options, message) => {
    expect(() => createChatClient(options)).toThrow(message);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
