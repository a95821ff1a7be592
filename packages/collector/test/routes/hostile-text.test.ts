import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollector } from '../helpers/use-test-collector.js';
import { postAnswers, readAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

/** Text people (and attackers) really send. Each must come back exactly, code unit for code unit. */
const HOSTILE: Record<string, string> = {
  html: '<img src=x onerror=alert(1)><b>bold</b>&amp;',
  scriptClose: '</script><script>alert(1)</script><!--',
  rtl: '\u202Eevil\u202C \u200F\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627\u200E',
  emoji: '👩🏽‍💻 🇯🇵 😀 𝕳𝖔𝖕𝖊',
  combining: 'e\u0301 vs \u00E9, Z\u0335\u0321a\u0336\u0322',
  nul: 'before\u0000after\u0000',
  controls: '\u0001\u001F\u007F\u0085\u2028\u2029\uFEFF',
  loneSurrogates: 'high \uD800 low \uDFFF reversed \uDC00\uD800 end \uDBFF',
  noncharacters: '\uFFFE\uFFFF\uFDD0',
  quoting: `"quotes" 'single' \`back\` \\ \\u0000 literally \${x} %s {{x}}`,
  sql: "'); drop table submissions; -- \\x00 E'\\\\'",
  whitespace: '  leading\r\n\ttrailing  \n\n',
  long: 'é👍'.repeat(16_000),
};

let collector: RunningCollector;
const TOKEN = 'hostile-token';

useTestCollector({ adminToken: TOKEN }, (_, c) => (collector = c));

describe('answer text', () => {
  it.each(Object.entries(HOSTILE))('comes back exactly as sent through POST then GET (%s)', async (name, text) => {
    const submission = freshSubmission({
      surveyId: uniqueSurveyId(),
      answers: [{ questionId: name, prompt: `Prompt ${text}`.slice(0, 2000), text }],
      context: { path: '/chat', product: text.slice(0, 200), metadata: { [`key ${text}`.slice(0, 100)]: text.slice(0, 1000) } },
    });

    const posted = await postAnswers(collector.url, submission);
    const read = await readAnswers(collector.url, TOKEN, { survey: submission.surveyId });

    expect(posted.status).toBe(200);
    const { receivedAt, ...stored } = read.body.items[0]!;
    expect(stored).toEqual(submission);
    expect(JSON.stringify(stored)).toBe(JSON.stringify(submission));
    expect(stored.answers[0]!.text.length).toBe(text.length);
  });

  it('survives a batch mixing every kind of hostile text, sent as text/plain', async () => {
    const surveyId = uniqueSurveyId();
    const batch = Object.entries(HOSTILE).map(([name, text]) => freshSubmission({ surveyId, answers: [{ questionId: name, prompt: 'Why?', text }] }));

    const posted = await postAnswers(collector.url, batch, { contentType: 'text/plain;charset=UTF-8' });
    const read = await readAnswers(collector.url, TOKEN, { survey: surveyId });

    expect(posted.body.stored).toHaveLength(batch.length);
    const byId = new Map(read.body.items.map(({ receivedAt, ...s }) => [s.id, s]));
    for (const sent of batch) expect(byId.get(sent.id)).toEqual(sent);
  });
});
