import { describe, expect, it } from 'vitest';
import { SubmissionSchema } from '@candor/protocol';
import { buildSubmission } from '../../src/delivery/build-submission.js';
import { deliveryPlatform } from '../../src/delivery/delivery-platform.js';
import { OptionsSchema } from '../../src/options/options.js';
import { browserPlatform } from '../../src/platform/platform.js';

const responses = { answers: [{ questionId: 'hope', prompt: 'Hope?', text: 'More time' }], questionOrder: ['hope'], partial: false };
const session = { locale: 'en', trigger: 'open', respondentId: 'r1' };
const options = OptionsSchema.parse({ endpoint: '/v1/answers' });

/** The submission a page at this location would send. */
const from = (pathname: string) =>
  buildSubmission(responses, options, session, deliveryPlatform(browserPlatform({ window: () => ({ location: { pathname }, navigator: {} }) as unknown as Window })));

describe('where the answer was given (context.path)', () => {
  it('is the page’s path, which the collector accepts', () => {
    const submission = from('/chat/42');
    expect(submission.context.path).toBe('/chat/42');
    expect(SubmissionSchema.safeParse(submission).success).toBe(true);
  });

  it('is "/" in a frame with no path of its own (about:srcdoc), and at most 2,000 characters: the collector would refuse either', () => {
    expect(from('srcdoc').context.path).toBe('/');
    expect(from(`/${'a'.repeat(3000)}`).context.path).toHaveLength(2000);
    for (const pathname of ['srcdoc', `/${'a'.repeat(3000)}`]) expect(SubmissionSchema.safeParse(from(pathname)).success).toBe(true);
  });
});
