import { describe, expect, it } from 'vitest';
import { parseCollectorOptions, DEFAULT_BODY_LIMIT, DEFAULT_PROBE_TIMEOUT_MS } from '../../src/options/collector-options.js';

describe('the collector options', () => {
  it('fill in every default from the one schema', () => {
    expect(parseCollectorOptions({})).toMatchObject({
      port: 0,
      host: '127.0.0.1',
      db: ':memory:',
      origins: [],
      bodyLimit: DEFAULT_BODY_LIMIT,
      rateLimit: 600,
      withdrawRateLimit: 30,
      maxPending: 512,
      loadShedding: { maxEventLoopDelayMs: 1000 },
      trustProxy: false,
      probeRateLimit: 60,
      minGroupSize: 10,
      definitionMaxAge: 300,
      themes: { classifyIntervalMs: 30_000 },
    });
    expect(parseCollectorOptions({ llm: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'm' } }).llm).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'm',
      timeoutMs: DEFAULT_PROBE_TIMEOUT_MS,
    });
  });

  it('normalise the origins, and "*" anywhere allows every origin', () => {
    expect(parseCollectorOptions({ origins: ['https://a.example/', 'https://a.example'] }).origins).toEqual(['https://a.example']);
    expect(parseCollectorOptions({ origins: ['https://a.example', '*'] }).origins).toEqual(['*']);
  });

  it.each([
    [{ bodyLimit: 0 }, 'bodyLimit must be a whole number from 1 to 104857600; got 0'],
    [{ maxPending: 2.5 }, 'maxPending must be a whole number from 1 to 1000000; got 2.5'],
    [{ definitionMaxAge: -1 }, 'definitionMaxAge must be a whole number from 0 to 86400; got -1'],
    [{ probeRateLimit: 0 }, 'probeRateLimit must be a whole number'],
    [{ themes: { clusters: 51 } }, 'themes.clusters must be a whole number from 1 to 50; got 51'],
    [{ themes: { classifyIntervalMs: -1 } }, 'themes.classifyIntervalMs must be a whole number, 0 or more'],
    [{ llm: { baseUrl: 'ftp://x', model: 'm' } }, 'llm.baseUrl must be an http(s) URL'],
    [{ llm: { baseUrl: 'http://x/v1', model: ' ' } }, 'llm.model must name the model'],
    [{ origins: ['app.example.com'] }, 'origins: "app.example.com" is not an origin'],
    [{ adminTokn: 'x' }, 'adminTokn is not an option'],
  ])('refuse %j, naming the option', (options, message) => {
    expect(() => parseCollectorOptions(options)).toThrow(message);
  });
});
