import { describe, expect, it } from 'vitest';
import { parseCliArgs, USAGE } from '../src/cli-args.js';

const run = (argv: string[], env: Record<string, string> = {}) => {
  const command = parseCliArgs(argv, env);
  if (command.kind !== 'run') throw new Error(JSON.stringify(command));
  return command.options;
};

describe('candor-collector --min-group-size', () => {
  it('takes the privacy threshold from the flag or CANDOR_MIN_GROUP_SIZE, the flag first; the app default otherwise', () => {
    expect(run(['--min-group-size', '25']).minGroupSize).toBe(25);
    expect(run([], { CANDOR_MIN_GROUP_SIZE: '5' }).minGroupSize).toBe(5);
    expect(run(['--min-group-size', '7'], { CANDOR_MIN_GROUP_SIZE: '5' }).minGroupSize).toBe(7);
    expect(run([]).minGroupSize).toBe(10);
  });

  it.each(['0', '-3', 'ten', '2.5'])('refuses %s, naming where it came from', (value) => {
    expect(parseCliArgs(['--min-group-size', value])).toEqual({ kind: 'error', message: expect.stringContaining('--min-group-size') });
    expect(parseCliArgs([], { CANDOR_MIN_GROUP_SIZE: value })).toEqual({ kind: 'error', message: expect.stringContaining('CANDOR_MIN_GROUP_SIZE') });
  });

  it('is in the help, with the theme and quote routes', () => {
    expect(USAGE).toContain('--min-group-size <n>');
    expect(USAGE).toContain('GET /v1/themes');
    expect(USAGE).toContain('POST /v1/quotes/:id/:question');
  });
});
