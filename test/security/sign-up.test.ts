/**
 * Sign-up and sign-in as a prober meets them: weak passwords (digits only, runs, repeats, common
 * ones, the email's own name) are refused with the reason; sign-ups per address are throttled;
 * sign-in answers an unknown email exactly as a wrong password.
 */
import { describe, expect, it } from 'vitest';
import { passwordWeakness } from '../../src/server/auth/password-policy.ts';
import { useTestStore } from '../store/databases.ts';
import { Browser, startHarness } from './harness.ts';

describe('sign-up and sign-in', () => {
  const t = useTestStore('sqlite');

  it('refuses weak passwords with the reason; passphrases pass', async () => {
    const h = await startHarness(t.store);
    const signUp = (email: string, password: string) =>
      new Browser(h.base).fetch('/api/auth/sign-up', { method: 'POST', body: { email, password } });
    for (const password of [
      '1234567890',
      'aaaaaaaaaaaa',
      'qwertyuiop',
      '9876543210',
      'password123',
      'marialopez2024',
    ]) {
      const r = await signUp('marialopez@example.test', password);
      expect({ password, status: r.status }).toEqual({ password, status: 400 });
      expect(r.json.detail).toMatch(/^choose a stronger password: /);
    }
    expect((await signUp('marialopez@example.test', 'correct horse battery staple')).status).toBe(200);
    expect(passwordWeakness('tres tristes tigres', 'x@y.z')).toBeUndefined();
  });

  it('throttles sign-ups per address, then lets them through after the window', async () => {
    const h = await startHarness(t.store, { env: { AUTH_SIGNUP_RATE_PER_IP_PER_HOUR: '2' } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await new Browser(h.base).fetch('/api/auth/sign-up', {
        method: 'POST',
        body: { email: `probe${i}@example.test`, password: 'correct horse battery staple' },
      });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    await h.clock.advance(3_600_000);
    const later = await new Browser(h.base).fetch('/api/auth/sign-up', {
      method: 'POST',
      body: { email: 'probe9@example.test', password: 'correct horse battery staple' },
    });
    expect(later.status).toBe(200);
  });

  it('sign-in answers an unknown email exactly like a wrong password', async () => {
    const h = await startHarness(t.store);
    await new Browser(h.base).fetch('/api/auth/sign-up', {
      method: 'POST',
      body: { email: 'known@example.test', password: 'correct horse battery staple' },
    });
    const attempt = (email: string) =>
      new Browser(h.base).fetch('/api/auth/sign-in', {
        method: 'POST',
        body: { email, password: 'not the password at all' },
      });
    const known = await attempt('known@example.test');
    const unknown = await attempt('nobody@example.test');
    expect(known.status).toBe(401);
    expect({ status: unknown.status, body: unknown.json }).toEqual({
      status: known.status,
      body: known.json,
    });
  });
});
