import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/pipeline/clock.ts';
import { WebhookDispatcher } from '../../src/server/webhooks/dispatcher.ts';
import {
  SIGNATURE_HEADER,
  signWebhook,
  verifyWebhookSignature,
} from '../../src/server/webhooks/signature.ts';
import { WebhookOutbox } from '../../src/store/repositories/webhook-outbox.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';

const SECRET = 'webhook-secret-for-tests-0123456789abcdef';
const BASE = Date.parse('2025-06-15T12:00:00.000Z');

interface Received {
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

const servers: Server[] = [];
const dispatchers: WebhookDispatcher[] = [];
afterEach(async () => {
  for (const d of dispatchers.splice(0)) await d.close();
  for (const s of servers.splice(0)) await new Promise<void>((r) => s.close(() => r()));
});

/** A receiver answering with the given statuses in turn (then 200). */
async function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      res.writeHead(statuses.shift() ?? 200).end();
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { received, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
}

describe.each(TEST_DIALECTS)('webhooks on %s', (dialect) => {
  const t = useTestStore(dialect);

  function dispatcher(outbox: WebhookOutbox, clock: FakeClock, url: string, maxAttempts = 5) {
    const d = new WebhookDispatcher({
      outbox,
      url,
      secret: SECRET,
      clock,
      now: () => new Date(BASE + clock.now()),
      maxAttempts,
      retryBaseMs: 1_000,
      retryMaxMs: 60_000,
      timeoutMs: 5_000,
    });
    dispatchers.push(d);
    return d;
  }

  it('signs each delivery and retries with exponential backoff on the clock until a 2xx', async () => {
    const clock = new FakeClock();
    const outbox = new WebhookOutbox(t.store.db);
    const hook = await receiver([503, 500]);
    const d = dispatcher(outbox, clock, hook.url);
    const id = await d.publish('session.ended', { sessionId: 's1', text: "'; DROP TABLE users; --" });
    await d.idle();
    expect(hook.received).toHaveLength(1);
    await clock.advance(999);
    await d.idle();
    expect(hook.received).toHaveLength(1);
    await clock.advance(1);
    await d.idle();
    expect(hook.received).toHaveLength(2);
    await clock.advance(1_999);
    await d.idle();
    expect(hook.received).toHaveLength(2);
    await clock.advance(1);
    await d.idle();
    expect(hook.received).toHaveLength(3);
    expect((await outbox.get(id))?.status).toBe('delivered');
    expect(await outbox.counts()).toEqual({ pending: 0, delivered: 1, dead: 0 });

    const bodies = new Set(hook.received.map((r) => r.body));
    expect(bodies.size).toBe(1);
    const body = JSON.parse([...bodies][0]!);
    expect(body).toMatchObject({ id, type: 'session.ended', data: { text: "'; DROP TABLE users; --" } });
    for (const r of hook.received) {
      expect(r.headers['x-voice-shopper-event']).toBe('session.ended');
      const sig = r.headers[SIGNATURE_HEADER] as string;
      const ts = Number(/^t=(\d+)/.exec(sig)?.[1]);
      expect(verifyWebhookSignature(SECRET, sig, r.body, ts)).toBe(true);
      expect(verifyWebhookSignature('another-secret-another-secret-xx', sig, r.body, ts)).toBe(false);
      expect(verifyWebhookSignature(SECRET, sig, `${r.body} `, ts)).toBe(false);
      expect(verifyWebhookSignature(SECRET, sig, r.body, ts + 3_600)).toBe(false);
    }
    expect(clock.pendingTimers).toBe(0);
  });

  it('loses nothing across a restart: pending and never-attempted events are delivered by the next process', async () => {
    const clock = new FakeClock();
    const outbox = new WebhookOutbox(t.store.db);
    const down = await receiver([503]);
    const first = dispatcher(outbox, clock, down.url);
    const failedOnce = await first.publish('session.started', { n: 1 });
    await first.idle();
    await first.close();
    // A crash between commit and the first attempt.
    const neverTried = await outbox.enqueue('session.ended', { n: 2 }, new Date(BASE + clock.now()));
    expect((await outbox.counts()).pending).toBe(2);

    const hook = await receiver();
    const second = dispatcher(new WebhookOutbox(t.store.db), clock, hook.url);
    second.start();
    await second.idle();
    expect(hook.received.map((r) => JSON.parse(r.body).id)).toEqual([neverTried.id]);
    await clock.advance(1_000);
    await second.idle();
    expect(hook.received.map((r) => JSON.parse(r.body).id)).toEqual([neverTried.id, failedOnce]);
    expect(await outbox.counts()).toEqual({ pending: 0, delivered: 2, dead: 0 });
  });

  it('marks an event dead after the attempt limit and keeps the last error', async () => {
    const clock = new FakeClock();
    const outbox = new WebhookOutbox(t.store.db);
    const hook = await receiver([500, 500, 500]);
    const d = dispatcher(outbox, clock, hook.url, 3);
    const id = await d.publish('session.started', {});
    await d.idle();
    // Step exactly to each retry: a larger step would also fire the in-flight attempt's timeout.
    for (const step of [1_000, 2_000]) {
      await clock.advance(step);
      await d.idle();
    }
    expect(hook.received).toHaveLength(3);
    expect(await outbox.get(id)).toMatchObject({ status: 'dead', attempts: 3, last_error: 'HTTP 500' });
    expect(clock.pendingTimers).toBe(0);
  });
});

describe('webhook signature', () => {
  it('is the HMAC of "<t>.<body>" and refuses malformed headers', () => {
    const sig = signWebhook(SECRET, 1_700_000_000, '{"a":1}');
    expect(sig).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(SECRET, sig, '{"a":1}', 1_700_000_100)).toBe(true);
    for (const bad of [undefined, '', 'v1=abc', `${sig}0`, sig.replace('t=1700000000', 't=1700000001')])
      expect(verifyWebhookSignature(SECRET, bad, '{"a":1}', 1_700_000_000)).toBe(false);
  });
});
