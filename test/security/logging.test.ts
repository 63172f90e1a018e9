import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { REDACT_PATHS } from '../../src/log/logger.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const log = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, stream);
  return { log, text: () => lines.join('') };
}

describe('logs carry no secrets', () => {
  it('redacts authorization headers, cookies, passwords, tokens and shared secrets wherever they appear', () => {
    const { log, text } = capture();
    const secrets = {
      bearer: 'Bearer eyJhbGciOiJSUzI1NiJ9.secret-jwt-body.sig',
      cookie: 'vs_guest=s%3Aguest_abc.SIGNATURE; vs.session_token=ACCOUNTSESSION',
      password: 'hunter2-correct-horse',
      token: 'one-use-session-token-xyz',
      s2s: 's2s-shared-secret-0123456789abcdef0123',
    };
    log.info({ req: { headers: { authorization: secrets.bearer, cookie: secrets.cookie } } }, 'request');
    log.info({ headers: { authorization: secrets.bearer, 'x-s2s-secret': secrets.s2s } }, 'headers');
    log.info({ body: { email: 'a@b.co', password: secrets.password } }, 'sign-in body');
    log.info({ password: secrets.password, token: secrets.token }, 'top level');
    log.info({ session: { token: secrets.token } }, 'nested');
    log.info({ res: { headers: { 'set-cookie': secrets.cookie } } }, 'response');
    log.info({ err: { request: { headers: { authorization: secrets.bearer } } } }, 'deep');
    const out = text();
    for (const s of Object.values(secrets)) expect(out).not.toContain(s);
    expect(out.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(10);
    expect(out).toContain('a@b.co');
  });
});
