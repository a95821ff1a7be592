import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollector } from '../helpers/use-test-collector.js';
import { get, postAnswers } from '../helpers/collector-client.js';
import { freshSubmission } from '../helpers/fresh-submission.js';

let collector: RunningCollector;
const TOKEN = 'framework-errors-token';

useTestCollector({ adminToken: TOKEN }, (_, c) => (collector = c));

/** Sends bytes as they are (no client would), and reads the whole reply. */
function rawRequest(bytes: Buffer): Promise<{ status: number; headers: string; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect(collector.port, '127.0.0.1', () => socket.end(bytes));
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head, body: JSON.parse(Buffer.from(body, 'latin1').toString('utf8')) });
    });
  });
}

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const OTHER_WORDS = /Client Error|Bad Request|Maximum call stack|statusCode|is not a valid url component|Body is not valid JSON/;

function expectOurShape(body: unknown): string {
  expect(Object.keys(body as object)).toEqual(['error']);
  const { error } = body as { error: string };
  expect(error).not.toMatch(OTHER_WORDS);
  return error;
}

async function expectStillServing() {
  expect((await postAnswers(collector.url, freshSubmission())).status).toBe(200);
}

describe('errors the framework or Node.js used to word', () => {
  it('raw non-ASCII bytes in a URL: 400 in the contract shape, saying to percent-encode', async () => {
    const reply = await rawRequest(Buffer.concat([Buffer.from('GET /v1/answers?q='), Buffer.from([0xc3, 0xa9]), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')]));

    expect(reply.status).toBe(400);
    expect(reply.headers).toMatch(/content-type: application\/json/i);
    expect(expectOurShape(reply.body)).toMatch(/percent-encode/);
    await expectStillServing();
  });

  it('headers over the size Node.js accepts: 431 in the contract shape', async () => {
    const reply = await rawRequest(Buffer.from(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));

    expect(reply.status).toBe(431);
    expect(expectOurShape(reply.body)).toMatch(/headers/);
  });

  it('a broken percent escape in the path: 400 in the contract shape', async () => {
    const reply = await get(collector.url, '/v1/answers%zz', { authorization: `Bearer ${TOKEN}` });

    expect(reply.status).toBe(400);
    expect(expectOurShape(reply.body)).toMatch(/%/);
  });

  it.each([
    ['POST /v1/answers, a 5,000-deep array', '/v1/answers', nested(5_000), 422],
    ['POST /v1/answers, a 100,000-deep array', '/v1/answers', nested(100_000), 422],
    ['POST /v1/probe, a 5,000-deep field', '/v1/probe', `{"questionId":${nested(5_000)}}`, 400],
    ['POST /v1/themes/reclassify, a 5,000-deep field', '/v1/themes/reclassify', `{"questionId":${nested(5_000)}}`, 400],
    ['POST /v1/themes/reclassify, text that is not JSON', '/v1/themes/reclassify', '{bad', 400],
  ])('%s: the status it names, in our words', async (_, path, body, status) => {
    const response = await fetch(`${collector.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body });

    expect(response.status).toBe(status);
    expectOurShape(await response.json());
    await expectStillServing();
  });

  it('a valid submission with a 5,000-deep unknown field is stored without it', async () => {
    const submission = freshSubmission();
    const body = `${JSON.stringify(submission).slice(0, -1)},"extra":${nested(5_000)}}`;

    const reply = await postAnswers(collector.url, body);

    expect(reply.status).toBe(200);
    expect(reply.body.stored).toEqual([submission.id]);
  });

  it('still refuses a "__proto__" key, however deep', async () => {
    const submission = freshSubmission();
    const body = `${JSON.stringify(submission).slice(0, -1)},"extra":${'['.repeat(3_000)}{"__proto__":{"x":1}}${']'.repeat(3_000)}}`;

    const reply = await postAnswers<{ error: string }>(collector.url, body);

    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatch(/__proto__/);
  });
});
