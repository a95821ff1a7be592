import { describe, expect, it } from 'vitest';
import { createSessionStore, SESSION_IDLE_MS, SESSION_MAX_MS } from '../../src/http/session-store.js';
import { createSignInThrottle, FREE_TRIES } from '../../src/http/sign-in-throttle.js';
import { clearedSessionCookie, sessionCookie, sessionIdFrom } from '../../src/http/session-cookie.js';

describe('results app sessions', () => {
  it('gives each sign-in a long random id, valid until it ends', () => {
    const sessions = createSessionStore();
    const a = sessions.create();
    const b = sessions.create();
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.id).not.toBe(b.id);
    expect(sessions.use(a.id)).toBeDefined();
    expect(sessions.use('x'.repeat(43))).toBeUndefined();
  });

  it('ends a session left unused, renews one in use, and ends every session at its limit however used', () => {
    let now = 0;
    const sessions = createSessionStore({ now: () => now });
    const idle = sessions.create();
    const busy = sessions.create();
    for (now = 0; now < SESSION_MAX_MS; now += SESSION_IDLE_MS / 2) expect(sessions.use(busy.id)).toBeDefined();
    expect(sessions.use(idle.id)).toBeUndefined();
    now = SESSION_MAX_MS;
    expect(sessions.use(busy.id)).toBeUndefined();
  });

  it('ends a session when its browser signs out', () => {
    const sessions = createSessionStore();
    const { id } = sessions.create();
    sessions.end(id);
    expect(sessions.use(id)).toBeUndefined();
  });
});

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Strict, Secure only over HTTPS', () => {
    expect(sessionCookie('abc', { maxAgeSeconds: 60, secure: false })).toBe('candor_session=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Strict');
    expect(sessionCookie('abc', { maxAgeSeconds: 60, secure: true })).toMatch(/; Secure$/);
    expect(clearedSessionCookie(false)).toContain('Max-Age=0');
  });

  it('is read from a Cookie header among others, and only when it looks like one of ours', () => {
    const id = 'A'.repeat(43);
    expect(sessionIdFrom(`theme=dark; candor_session=${id}; other=1`)).toBe(id);
    expect(sessionIdFrom('candor_session=<script>')).toBeUndefined();
    expect(sessionIdFrom(undefined)).toBeUndefined();
  });
});

describe('slowing down wrong admin tokens', () => {
  it(`lets a client try ${FREE_TRIES} times, then makes it wait longer and longer`, () => {
    let now = 0;
    const throttle = createSignInThrottle(() => now);
    for (let i = 0; i < FREE_TRIES; i += 1) {
      expect(throttle.waitSeconds('10.0.0.1')).toBe(0);
      throttle.failed('10.0.0.1');
    }
    expect(throttle.waitSeconds('10.0.0.1')).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      throttle.failed('10.0.0.1');
      waits.push(throttle.waitSeconds('10.0.0.1'));
      now += waits.at(-1)! * 1000;
    }
    expect(waits).toEqual([1, 2, 4, 8]);
  });

  it('slows no other client, and forgets a client once it signs in', () => {
    const throttle = createSignInThrottle(() => 0);
    for (let i = 0; i < 10; i += 1) throttle.failed('attacker');
    expect(throttle.waitSeconds('attacker')).toBeGreaterThan(0);
    expect(throttle.waitSeconds('colleague')).toBe(0);
    throttle.succeeded('attacker');
    expect(throttle.waitSeconds('attacker')).toBe(0);
  });
});
