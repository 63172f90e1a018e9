import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ConfigError } from '../../src/config/index.ts';
import { FakeClock } from '../../src/pipeline/clock.ts';
import { phoneSessionCap } from '../../src/server/sessions.ts';
import { transportEnvSchema } from '../../src/transports/config.ts';
import { twilioEnvSchema } from '../../src/transports/twilio/config.ts';
import { twilioSignature, twilioTransport } from '../../src/transports/twilio/routes.ts';
import { webrtcEnvSchema } from '../../src/transports/webrtc/config.ts';
import { websocketTransport } from '../../src/transports/websocket/routes.ts';
import { useTestStore } from '../store/databases.ts';
import { Browser, startHarness, tryStartServer } from './harness.ts';

const TOKEN = 'twilio-auth-token-for-tests-0123';

describe('Twilio in production', () => {
  const startAttempt = (env: Record<string, string>) =>
    tryStartServer({ TWILIO_AUTH_TOKEN: '', PUBLIC_URL: '', ...env });

  it('refuses to start with Twilio on and no TWILIO_AUTH_TOKEN, saying what to set', async () => {
    const err = await startAttempt({ NODE_ENV: 'production', PUBLIC_URL: 'https://shop.example.test' });
    expect(err).toBeInstanceOf(ConfigError);
    expect(String((err as Error).message)).toMatch(/TWILIO_AUTH_TOKEN: required when NODE_ENV=production/);
    expect(String((err as Error).message)).toMatch(/TWILIO_ENABLED=false/);
  });
});

describe('the Twilio voice webhook and media sockets', () => {
  const t = useTestStore('sqlite');

  async function harness(
    twilio: Record<string, string>,
    opts: { env?: Record<string, string>; phoneCap?: boolean } = {},
  ) {
    const clock = new FakeClock(0);
    const twilioEnv = twilioEnvSchema.parse(twilio);
    const env = { MAX_SESSIONS: '50', ...opts.env };
    const h = await startHarness(t.store, {
      env,
      limits: opts.phoneCap
        ? { maxPerTransport: { twilio: phoneSessionCap(Number(env.MAX_SESSIONS), twilioEnv) } }
        : {},
      deps: {
        clock,
        transports: [websocketTransport, twilioTransport],
        transportConfig: {
          transport: transportEnvSchema.parse({}),
          webrtc: webrtcEnvSchema.parse({}),
          twilio: twilioEnv,
        },
      },
    });
    const webhook = async (params: Record<string, string>, signature?: string) => {
      const url = `${h.base}/telephony/twilio`;
      const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
      if (signature !== undefined) headers['x-twilio-signature'] = signature;
      const res = await fetch(url, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
      return { status: res.status, text: await res.text() };
    };
    const signed = (params: Record<string, string>) =>
      webhook(params, twilioSignature(TOKEN, `${h.base}/telephony/twilio`, params));
    const phoneSessions = () =>
      h.sessions.list().filter((s) => s.transport === 'twilio' && s.state !== 'ended');
    return { ...h, clock, webhook, signed, phoneSessions };
  }

  const connects = (text: string) => text.includes('<Connect><Stream');
  const isBusy = (text: string) => text.includes('all our assistants are busy');

  it('requires a valid signature when TWILIO_AUTH_TOKEN is set', async () => {
    const h = await harness({ TWILIO_AUTH_TOKEN: TOKEN });
    expect((await h.webhook({ CallSid: 'CA1', From: '+34600000001' })).status).toBe(403);
    expect((await h.webhook({ CallSid: 'CA1', From: '+34600000001' }, 'forged')).status).toBe(403);
    const ok = await h.signed({ CallSid: 'CA1', From: '+34600000001' });
    expect(ok.status).toBe(200);
    expect(connects(ok.text)).toBe(true);
  });

  it('gives a phone identity only to a signed From; an unsigned one is a new guest per call', async () => {
    const unsigned = await harness({});
    for (const sid of ['CA1', 'CA2']) await unsigned.webhook({ CallSid: sid, From: '+34600000001' });
    const anonymous = unsigned.phoneSessions().map((s) => s.userId);
    expect(anonymous).toHaveLength(2);
    expect(new Set(anonymous).size).toBe(2);

    const signed = await harness({ TWILIO_AUTH_TOKEN: TOKEN });
    for (const sid of ['CA3', 'CA4']) await signed.signed({ CallSid: sid, From: '+34600000001' });
    const caller = signed.phoneSessions().map((s) => s.userId);
    expect(caller).toHaveLength(2);
    expect(new Set(caller).size).toBe(1);
    // The unsigned calls claimed the same number and got none of its identity.
    expect(anonymous).not.toContain(caller[0]);
  });

  it('rate-limits the webhook per address (429) and overall (busy TwiML until the window passes)', async () => {
    const perIp = await harness({ TWILIO_WEBHOOK_RATE_PER_IP_PER_MINUTE: '3' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await perIp.webhook({ CallSid: `CA${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await perIp.webhook({ CallSid: 'CA9' });
    expect(JSON.parse(limited.text).detail).toMatch(/too many voice webhooks from this address/);

    const overall = await harness({ TWILIO_WEBHOOK_RATE_PER_MINUTE: '2' });
    const answers: string[] = [];
    for (let i = 0; i < 3; i++) answers.push((await overall.webhook({ CallSid: `CB${i}` })).text);
    expect(answers.map(connects)).toEqual([true, true, false]);
    expect(isBusy(answers[2]!)).toBe(true);
    await overall.clock.advance(60_000);
    expect(connects((await overall.webhook({ CallSid: 'CB9' })).text)).toBe(true);
  });

  it('cannot fill the session limit: phone calls get their share, web sessions the rest', async () => {
    const h = await harness({}, { env: { MAX_SESSIONS: '4' }, phoneCap: true });
    const answers: string[] = [];
    for (let i = 0; i < 4; i++)
      answers.push((await h.webhook({ CallSid: `CA${i}`, From: `+3460000000${i}` })).text);
    expect(answers.map(connects)).toEqual([true, true, false, false]);
    expect(isBusy(answers[3]!)).toBe(true);
    expect(h.phoneSessions()).toHaveLength(2);
    const web = await new Browser(h.base).fetch('/start', { method: 'POST', body: {} });
    expect(web.status).toBe(200);
  });

  it('tells a caller the line is busy while the server drains for a shutdown', async () => {
    const h = await harness({});
    const draining = h.sessions.drain(60_000);
    const answer = await h.webhook({ CallSid: 'CA1', From: '+34600000001' });
    expect({ status: answer.status, connects: connects(answer.text), busy: isBusy(answer.text) }).toEqual({
      status: 200,
      connects: false,
      busy: true,
    });
    expect(await draining).toBe('drained');
  });

  function openStream(port: number) {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/telephony/twilio/ws`);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    const opened = new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    /** Resolves true when the server answers a ping: the socket was still open when it got there. */
    const alive = () =>
      new Promise<boolean>((resolve) => {
        if (ws.readyState !== ws.OPEN) return resolve(false);
        ws.once('pong', () => resolve(true));
        ws.once('close', () => resolve(false));
        ws.ping();
      });
    return { ws, closed, opened, alive };
  }

  it('closes a media socket that sends no start event in time (fake clock)', async () => {
    const h = await harness({ TWILIO_STREAM_START_TIMEOUT_S: '5' });
    const idle = openStream(h.port);
    await idle.opened;
    idle.ws.send(JSON.stringify({ event: 'connected', protocol: 'Call', version: '1.0.0' }));
    expect(await idle.alive()).toBe(true);
    await h.clock.advance(4_900);
    expect(await idle.alive()).toBe(true);
    await h.clock.advance(100);
    expect(await idle.closed).toBe(1008);

    // A call that starts in time is not cut by the timer.
    const twiml = (await h.webhook({ CallSid: 'CA1' })).text;
    const token = /<Parameter name="token" value="([^"]+)"\/>/.exec(twiml)![1]!;
    const call = openStream(h.port);
    await call.opened;
    call.ws.send(
      JSON.stringify({
        event: 'start',
        streamSid: 'MZ1',
        start: { streamSid: 'MZ1', callSid: 'CA1', customParameters: { token } },
      }),
    );
    await expect.poll(() => h.phoneSessions()[0]?.state).toBe('active');
    await h.clock.advance(30_000);
    expect(await call.alive()).toBe(true);
    call.ws.close();
  });

  it('caps open media sockets per address', async () => {
    const h = await harness({ TWILIO_MAX_STREAMS_PER_IP: '2' });
    const first = openStream(h.port);
    const second = openStream(h.port);
    await Promise.all([first.opened, second.opened]);
    const third = openStream(h.port);
    expect(await third.closed).toBe(1013);
    first.ws.close();
    await first.closed;
    // The slot is free again once a socket closes.
    await expect
      .poll(async () => {
        const next = openStream(h.port);
        await next.opened.catch(() => undefined);
        const ok = await next.alive();
        next.ws.close();
        return ok;
      })
      .toBe(true);
    expect(await second.alive()).toBe(true);
    second.ws.close();
  });

  it('serves no Twilio routes when TWILIO_ENABLED=false', async () => {
    const h = await harness({ TWILIO_ENABLED: 'false' });
    expect((await h.webhook({ CallSid: 'CA1' })).status).toBe(404);
  });
});
