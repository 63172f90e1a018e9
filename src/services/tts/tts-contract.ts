/**
 * The behaviours every WebSocket TTS provider must show, as one Vitest suite run against a
 * loopback server that speaks the provider's documented wire format (the harness says how).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Clock, FakeClock, systemClock } from '../../pipeline/clock.ts';
import type { ServiceError } from '../service-base.ts';
import { type ClientMessage, type FakeConnection, FakeProviderServer } from '../ws-test-server.ts';
import type { TtsService } from './types.ts';

export interface TtsRequest {
  conn: FakeConnection;
  /** The sentence the client asked for. */
  text: string;
  /** The provider's synthesis id on that connection (context id), if it has one. */
  ctx: string | undefined;
  /** Sample rate the client asked the provider for. */
  rate: number;
}

export interface TtsWire {
  authorized(c: FakeConnection): boolean;
  /** Whether a client message is a synthesis request. */
  isRequest(m: ClientMessage): boolean;
  describe(conn: FakeConnection, m: ClientMessage): TtsRequest;
  audio(r: TtsRequest, bytes: Buffer): void;
  done(r: TtsRequest): void;
  /** A rate-limit answer before any audio. */
  rateLimited(r: TtsRequest): void;
  /** Resolves when the client stopped this synthesis (cancel message or closed socket). */
  cancelled(r: TtsRequest): Promise<unknown>;
}

export interface TtsHarness {
  wire: TtsWire;
  create(url: string, clock: Clock, opts?: { maxRetries?: number }): TtsService;
  /** Waits until the socket(s) the provider keeps ready for the next sentence are open. */
  warm(server: FakeProviderServer): Promise<void>;
}

const pcmBytes = (n: number, seed: number) =>
  Buffer.from(Int16Array.from({ length: n }, (_, i) => ((i * 37 + seed) % 2000) - 1000).buffer);
const samplesOf = (b: Buffer) => Int16Array.from({ length: b.length / 2 }, (_, i) => b.readInt16LE(i * 2));

export function ttsContract(h: TtsHarness): void {
  let server: FakeProviderServer;
  let clock: FakeClock;
  let services: TtsService[] = [];

  beforeEach(async () => {
    server = await FakeProviderServer.start();
    clock = new FakeClock();
    services = [];
  });
  afterEach(async () => {
    await Promise.all(services.map((s) => s.close()));
    await server.stop();
  });

  const make = (c: Clock = clock, opts?: { maxRetries?: number }) => {
    const s = h.create(server.url, c, opts);
    services.push(s);
    return s;
  };
  const request = async (n: number): Promise<TtsRequest> => {
    const { conn, msg } = await server.nthMessage(n, (m) => h.wire.isRequest(m));
    return h.wire.describe(conn, msg);
  };
  const collect = async (it: AsyncIterable<Int16Array>, into: Int16Array[]) => {
    for await (const chunk of it) into.push(chunk);
  };

  it('speaks a sentence: the PCM sent (split anywhere, even mid-sample) arrives intact and in order', async () => {
    const tts = make();
    const out: Int16Array[] = [];
    const done = collect(tts.synthesize('Hello there.', { sampleRate: 24_000, language: 'en' }), out);
    const req = await request(0);
    expect(req.text.trim()).toBe('Hello there.');
    expect(req.rate).toBe(24_000);
    expect(h.wire.authorized(req.conn)).toBe(true);
    const bytes = pcmBytes(3000, 1);
    for (const [a, b] of [
      [0, 1001],
      [1001, 4000],
      [4000, 6000],
    ] as const)
      h.wire.audio(req, bytes.subarray(a, b));
    h.wire.done(req);
    await done;
    const all = Int16Array.from(out.flatMap((c) => [...c]));
    expect(all).toEqual(samplesOf(bytes));
  });

  it('resamples from the nearest provider rate to the requested one', async () => {
    const tts = make();
    const out: Int16Array[] = [];
    const done = collect(tts.synthesize('Resample me.', { sampleRate: 12_000 }), out);
    const req = await request(0);
    expect(req.rate).toBe(16_000);
    h.wire.audio(req, pcmBytes(16_000, 2));
    h.wire.done(req);
    await done;
    const n = out.reduce((s, c) => s + c.length, 0);
    expect(Math.abs(n - 12_000)).toBeLessThan(120);
  });

  it('a refused key is a typed, non-retried, actionable error', async () => {
    server.refusals.push({ status: 401, body: JSON.stringify({ detail: { status: 'invalid_api_key' } }) });
    const err = await collect(
      make(clock, { maxRetries: 3 }).synthesize('Hi.', { sampleRate: 24_000 }),
      [],
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'auth', retryable: false, status: 401 });
    expect((err as ServiceError).message).toMatch(/API key/);
    expect(server.upgrades).toHaveLength(1);
  });

  it('429 at upgrade and rate limits before the first audio are retried by the base policy', async () => {
    server.refusals.push({ status: 429 });
    const tts = make(systemClock, { maxRetries: 2 });
    const out: Int16Array[] = [];
    const done = collect(tts.synthesize('Try again.', { sampleRate: 24_000 }), out);
    h.wire.rateLimited(await request(0));
    const second = await request(1);
    h.wire.audio(second, pcmBytes(100, 3));
    h.wire.done(second);
    await done;
    expect(out.reduce((s, c) => s + c.length, 0)).toBe(100);
    expect(server.upgrades[0]).toBeDefined();
  });

  it('a server dropping the socket mid-sentence fails it without repeating words', async () => {
    const tts = make();
    const out: Int16Array[] = [];
    const done = collect(tts.synthesize('Half a sentence.', { sampleRate: 24_000 }), out);
    const req = await request(0);
    h.wire.audio(req, pcmBytes(200, 4));
    while (out.length === 0) await new Promise((r) => setImmediate(r));
    req.conn.close(1011, 'internal server error');
    await expect(done).rejects.toMatchObject({ name: 'ServiceError', kind: 'unavailable' });
    expect(out.reduce((s, c) => s + c.length, 0)).toBe(200);
    expect(server.messages.filter((m) => h.wire.isRequest(m.msg))).toHaveLength(1);
  });

  it('abort mid-sentence cancels the provider stream and nothing arrives after it', async () => {
    const tts = make();
    const ctl = new AbortController();
    const out: Int16Array[] = [];
    const done = collect(tts.synthesize('Stop me.', { sampleRate: 24_000, signal: ctl.signal }), out);
    const req = await request(0);
    h.wire.audio(req, pcmBytes(100, 5));
    while (out.length === 0) await new Promise((r) => setImmediate(r));
    ctl.abort();
    h.wire.audio(req, pcmBytes(100, 6));
    await expect(done).rejects.toMatchObject({ kind: 'aborted' });
    await h.wire.cancelled(req);
    expect(out.reduce((s, c) => s + c.length, 0)).toBe(100);
  });

  it('a consumer that stops early cancels the provider stream', async () => {
    const tts = make();
    const it = tts.synthesize('Only the start.', { sampleRate: 24_000 })[Symbol.asyncIterator]();
    const first = it.next();
    const req = await request(0);
    h.wire.audio(req, pcmBytes(50, 7));
    expect((await first).done).toBe(false);
    await it.return?.();
    await h.wire.cancelled(req);
  });

  it('the next sentence starts on a socket that was open before it was asked for', async () => {
    const tts = make();
    const first = collect(tts.synthesize('One.', { sampleRate: 24_000 }), []);
    const r1 = await request(0);
    h.wire.audio(r1, pcmBytes(10, 8));
    h.wire.done(r1);
    await first;
    await h.warm(server);
    const ready = new Set(server.connections.filter((c) => c.open));
    const second = collect(tts.synthesize('Two.', { sampleRate: 24_000 }), []);
    const r2 = await request(1);
    expect(ready.has(r2.conn)).toBe(true);
    h.wire.done(r2);
    await second;
  });

  it('leaves no socket and no timer behind', async () => {
    const tts = make();
    const done = collect(tts.synthesize('Bye.', { sampleRate: 24_000 }), []);
    const req = await request(0);
    h.wire.audio(req, pcmBytes(10, 9));
    h.wire.done(req);
    await done;
    await h.warm(server);
    await tts.close();
    await server.allClosed();
    expect(server.openConnections).toBe(0);
    expect(clock.pendingTimers).toBe(0);
  });
}
