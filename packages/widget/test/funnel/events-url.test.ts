import { describe, expect, it } from 'vitest';
import { OptionsSchema, type CandorOptions } from '../../src/options/options.js';
import { eventsUrl } from '../../src/funnel/events-url.js';

const PAGE = 'https://app.example.com/chat/1';
const urlFor = (over: Partial<CandorOptions>) => eventsUrl(OptionsSchema.parse({ endpoint: 'https://collect.example.com/v1/answers', ...over }), PAGE);

describe('where the counts go', () => {
  it("to the collector's /events beside /answers, counting being on by default", () => {
    expect(urlFor({})).toBe('https://collect.example.com/v1/events');
    expect(urlFor({ endpoint: '/candor/v1/answers' })).toBe('https://app.example.com/candor/v1/events');
  });

  it('nowhere with countEvents false', () => {
    expect(urlFor({ countEvents: false })).toBeUndefined();
  });

  it('nowhere when answers do not go to a plain Candor collector: a transport, a named destination, headers, another route', () => {
    expect(urlFor({ transport: async () => 'sent' } as unknown as Partial<CandorOptions>)).toBeUndefined();
    expect(urlFor({ destination: 'webhook' })).toBeUndefined();
    expect(urlFor({ headers: { 'x-tenant': 'acme' } })).toBeUndefined();
    expect(urlFor({ endpoint: 'https://api.example.com/feedback' })).toBeUndefined();
    expect(urlFor({ endpoint: 'https://[broken' })).toBeUndefined();
  });
});
