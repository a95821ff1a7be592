import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { SurveyDefinitionInput } from '@candor/protocol';
import { fetchDefinition } from '../../src/definition/fetch-definition.js';
import { browserPlatform } from '../../src/platform/platform.js';

const URL_ = 'https://collect.test/v1/surveys/study';
const definition = (version: string): SurveyDefinitionInput => ({ surveyId: 'study', version, questions: [{ id: 'hope', prompt: { en: `Hope, v${version}?` } }] });

// The definition's host: what it serves, how long it may be kept, and every request it saw.
const host = {
  body: definition('1') as unknown,
  etag: '"v1"',
  cacheControl: 'max-age=600' as string | undefined,
  down: false,
  hang: false,
  seen: [] as { ifNoneMatch: string | null }[],
};
const server = setupServer(
  http.get(URL_, async ({ request }) => {
    host.seen.push({ ifNoneMatch: request.headers.get('If-None-Match') });
    if (host.down) return HttpResponse.error();
    if (host.hang) await new Promise(() => {});
    const headers: Record<string, string> = { ETag: host.etag, ...(host.cacheControl ? { 'Cache-Control': host.cacheControl } : {}) };
    if (request.headers.get('If-None-Match') === host.etag) return new HttpResponse(null, { status: 304, headers });
    return HttpResponse.json(host.body as object, { headers });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
afterEach(() => {
  Object.assign(host, { body: definition('1'), etag: '"v1"', cacheControl: 'max-age=600', down: false, hang: false, seen: [] });
  server.resetHandlers();
  localStorage.clear();
  vi.useRealTimers();
});

const clock = { now: 1_700_000_000_000 };
const platform = browserPlatform({ now: () => clock.now });
const version = async () => (await fetchDefinition(URL_, platform)).definition?.version;

describe('fetching a survey definition', () => {
  it('asks once, then uses the kept one without a request while its max-age runs', async () => {
    expect(await fetchDefinition(URL_, platform)).toEqual({ definition: expect.objectContaining({ surveyId: 'study', version: '1', defaultLocale: 'en' }) });
    clock.now += 599_000;
    expect(await version()).toBe('1');
    expect(host.seen).toEqual([{ ifNoneMatch: null }]);
  });

  it('after max-age, revalidates with If-None-Match: a 304 keeps it for another max-age', async () => {
    await version();
    clock.now += 601_000;
    expect(await version()).toBe('1');
    clock.now += 599_000;
    expect(await version()).toBe('1');
    expect(host.seen).toEqual([{ ifNoneMatch: null }, { ifNoneMatch: '"v1"' }]);
  });

  it('picks up a new version after max-age', async () => {
    await version();
    Object.assign(host, { body: definition('2'), etag: '"v2"' });
    clock.now += 601_000;
    expect(await version()).toBe('2');
    expect(host.seen.at(-1)).toEqual({ ifNoneMatch: '"v1"' });
  });

  it('keeps one for an hour when the response says nothing of how long', async () => {
    host.cacheControl = undefined;
    await version();
    clock.now += 3_599_000;
    await version();
    expect(host.seen).toHaveLength(1);
    clock.now += 2_000;
    await version();
    expect(host.seen).toHaveLength(2);
  });

  it('reads max-age among other directives, and asks every time with max-age=0', async () => {
    host.cacheControl = 'public, max-age=0, must-revalidate';
    await version();
    await version();
    expect(host.seen).toEqual([{ ifNoneMatch: null }, { ifNoneMatch: '"v1"' }]);
  });

  it('keeps nothing from another URL', async () => {
    await version();
    const other = 'https://collect.test/v1/surveys/other';
    server.use(http.get(other, () => HttpResponse.json(definition('7'))));
    expect((await fetchDefinition(other, platform)).definition?.version).toBe('7');
    clock.now += 1000;
    expect(await version()).toBe('1');
    expect(host.seen).toHaveLength(2);
  });
});

describe('when the definition cannot be had', () => {
  it('unreachable: the last good one, with the error to report', async () => {
    await version();
    host.down = true;
    clock.now += 601_000;
    expect(await fetchDefinition(URL_, platform)).toEqual({ definition: expect.objectContaining({ version: '1' }), error: expect.stringMatching(/^could not be fetched/) });
  });

  it('unreachable and never fetched before: nothing, with the error to report', async () => {
    host.down = true;
    expect(await fetchDefinition(URL_, platform)).toEqual({ definition: undefined, error: expect.stringMatching(/^could not be fetched/) });
  });

  it('slower than 3 s: given up, the last good one used', async () => {
    await version();
    clock.now += 601_000;
    host.hang = true;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetching = fetchDefinition(URL_, platform);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await fetching).toEqual({ definition: expect.objectContaining({ version: '1' }), error: 'took longer than 3 s' });
  });

  it('invalid: refused, naming the field, the last good one used and still kept', async () => {
    await version();
    Object.assign(host, { body: { ...definition('2'), questions: [{ id: 'hope', prompt: 'Hope?' }] }, etag: '"v2"' });
    clock.now += 601_000;
    const fetched = await fetchDefinition(URL_, platform);
    expect(fetched.definition?.version).toBe('1');
    expect(fetched.error).toMatch(/^is not valid: questions\.0\.prompt must be an object of texts by language tag/);
    host.down = true;
    expect(await version()).toBe('1');
  });

  it('an error status or a body that is not JSON: the last good one', async () => {
    await version();
    clock.now += 601_000;
    server.use(http.get(URL_, () => new HttpResponse('busy', { status: 503 })));
    expect(await fetchDefinition(URL_, platform)).toMatchObject({ definition: { version: '1' }, error: 'answered 503' });
    server.use(http.get(URL_, () => new HttpResponse('<html>', { status: 200 })));
    expect(await fetchDefinition(URL_, platform)).toMatchObject({ definition: { version: '1' }, error: 'is not JSON' });
  });

  it('storage that throws: fetched each time, never thrown into the page', async () => {
    const blocked = browserPlatform({ prefs: () => { throw new Error('SecurityError'); } });
    const first = await fetchDefinition(URL_, blocked);
    expect(first).toEqual({ definition: expect.objectContaining({ version: '1' }) });
    expect((await fetchDefinition(URL_, blocked)).definition?.version).toBe('1');
    expect(host.seen).toHaveLength(2);
  });
});
