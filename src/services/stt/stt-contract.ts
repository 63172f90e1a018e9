/**
 * The behaviours every streaming cloud STT provider must show, as one Vitest suite run against
 * a loopback server that speaks the provider's documented wire format (the harness says how).
 * A new provider passes this suite by writing its harness; the assertions are shared.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Clock, FakeClock, systemClock } from '../../pipeline/clock.ts';
import { isServiceError, type ServiceError } from '../service-base.ts';
import { type FakeConnection, FakeProviderServer } from '../ws-test-server.ts';
import type { SttEvent, SttService, SttStream } from './types.ts';

export interface SttWire {
  /** The provider's authentication header was sent with the key the harness configured. */
  authorized(c: FakeConnection): boolean;
  /** Resolves when the client asked to finalize the utterance. */
  finalizeRequested(c: FakeConnection): Promise<unknown>;
  /** Resolves when the client sent a keepalive. */
  keepAlive(c: FakeConnection): Promise<unknown>;
  /** Resolves when the client asked the server to close the stream. */
  closeRequested(c: FakeConnection): Promise<unknown>;
  /** Sends an interim hypothesis covering [startSec, startSec+durSec). */
  interim(c: FakeConnection, text: string, startSec: number, durSec: number): void;
  /** Sends a final segment; `fromFinalize` marks the answer to a finalize request. */
  final(c: FakeConnection, text: string, startSec: number, durSec: number, fromFinalize: boolean): void;
}

export interface SttHarness {
  wire: SttWire;
  /** A service pointed at `url`, with retries as given (the provider's own defaults otherwise). */
  create(url: string, clock: Clock, opts?: { maxRetries?: number; retryIntervalMs?: number }): SttService;
  /** Finalize grace the harness configured (advanced on a FakeClock when the server stays silent). */
  finalizeGraceMs: number;
  keepAliveMs: number;
}

const SECOND = new Int16Array(16_000).map((_, i) => Math.round(Math.sin(i / 8) * 3000));

/** Registers the shared STT contract tests in the surrounding `describe`. */
export function sttContract(h: SttHarness): void {
  let server: FakeProviderServer;
  let services: SttService[] = [];
  let clock: FakeClock;

  beforeEach(async () => {
    server = await FakeProviderServer.start();
    clock = new FakeClock();
    services = [];
  });
  afterEach(async () => {
    await Promise.all(services.map((s) => s.close()));
    await server.stop();
  });

  const make = (c: Clock = clock, opts?: { maxRetries?: number; retryIntervalMs?: number }) => {
    const s = h.create(server.url, c, opts);
    services.push(s);
    return s;
  };
  const events = (stream: SttStream) => stream[Symbol.asyncIterator]();
  const nextOf = async (it: AsyncIterator<SttEvent>, type: SttEvent['type']): Promise<SttEvent> => {
    for (;;) {
      const r = await it.next();
      if (r.done) throw new Error(`stream ended before a ${type} event`);
      if (r.value.type === type) return r.value;
    }
  };

  it('streams audio, emits interims and resolves finalize with the answer to its finalize request', async () => {
    const stt = make();
    const stream = await stt.openStream({ language: 'en' });
    const conn = await server.connection(0);
    expect(h.wire.authorized(conn)).toBe(true);
    const it = events(stream);
    stream.push(SECOND);
    expect(await conn.audioBytes(SECOND.byteLength)).toBe(SECOND.byteLength);
    h.wire.interim(conn, 'add two', 0, 0.6);
    await expect(nextOf(it, 'interim')).resolves.toMatchObject({ text: 'add two', utteranceId: 1 });
    h.wire.final(conn, 'add two hoodies', 0, 0.9, false);
    await expect(nextOf(it, 'interim')).resolves.toMatchObject({ text: 'add two hoodies' });
    const done = stream.finalize();
    await h.wire.finalizeRequested(conn);
    h.wire.final(conn, 'to my cart', 0.9, 0.1, true);
    // Resolved by the provider's answer: the FakeClock never moved, so no timer decided it.
    await expect(done).resolves.toMatchObject({ text: 'add two hoodies to my cart' });
    await expect(nextOf(it, 'final')).resolves.toMatchObject({
      text: 'add two hoodies to my cart',
      utteranceId: 1,
    });
    await stream.close();
  });

  it('keeps utterances apart and drops a reset utterance', async () => {
    const stt = make();
    const stream = await stt.openStream();
    const conn = await server.connection(0);
    stream.push(SECOND);
    stream.reset();
    h.wire.final(conn, 'never mind', 0, 1, true);
    stream.push(SECOND);
    const done = stream.finalize();
    await conn.audioBytes(2 * SECOND.byteLength);
    h.wire.final(conn, 'show me jackets', 1, 1, true);
    await expect(done).resolves.toMatchObject({ text: 'show me jackets' });
    await stream.close();
  });

  it('without an answer to finalize, resolves with the best hypothesis after the grace period', async () => {
    const stt = make();
    const stream = await stt.openStream();
    const conn = await server.connection(0);
    const it = events(stream);
    stream.push(SECOND);
    h.wire.interim(conn, 'yes please', 0, 0.5);
    await nextOf(it, 'interim');
    const done = stream.finalize();
    await h.wire.finalizeRequested(conn);
    await clock.advance(h.finalizeGraceMs);
    await expect(done).resolves.toMatchObject({ text: 'yes please' });
    await stream.close();
  });

  it('an empty utterance finalizes at once without the server', async () => {
    const stream = await make().openStream();
    await expect(stream.finalize()).resolves.toEqual({ text: '' });
    await stream.close();
  });

  it('sends keepalives while the user is silent', async () => {
    const stream = await make().openStream();
    const conn = await server.connection(0);
    await clock.advance(h.keepAliveMs);
    await h.wire.keepAlive(conn);
    await stream.close();
  });

  it('a refused key fails openStream with a typed, non-retried, actionable error', async () => {
    server.refusals.push({ status: 401, body: JSON.stringify({ err_msg: 'Invalid credentials.' }) });
    const err = await make(clock, { maxRetries: 3 })
      .openStream()
      .catch((e: unknown) => e);
    expect(isServiceError(err)).toBe(true);
    expect(err).toMatchObject({ kind: 'auth', retryable: false, status: 401 });
    expect((err as ServiceError).message).toMatch(/API key/);
    expect((err as ServiceError).message).toMatch(/Invalid credentials/);
    expect(server.upgrades).toHaveLength(1);
  });

  it('429 at upgrade is retried by the base policy, and reported when it persists', async () => {
    server.refusals.push({ status: 429, body: '{"err_msg":"Too many requests"}' });
    const stream = await make(systemClock, { maxRetries: 2, retryIntervalMs: 1 }).openStream();
    expect(server.upgrades).toHaveLength(2);
    await stream.close();
    server.refusals.push(...[1, 2, 3].map(() => ({ status: 429 })));
    const err = await make(systemClock, { maxRetries: 2, retryIntervalMs: 1 })
      .openStream()
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'rate-limit', retryable: true, status: 429 });
    expect(server.upgrades).toHaveLength(5);
  });

  it('a server closing mid-utterance loses that utterance only; the next one reconnects', async () => {
    const stream = await make().openStream();
    const it = events(stream);
    const first = await server.connection(0);
    stream.push(SECOND);
    await first.audioBytes(SECOND.byteLength);
    first.close(1011, 'internal error');
    const lost = await nextOf(it, 'error');
    expect(lost).toMatchObject({ utteranceId: 1, error: { kind: 'unavailable' } });
    await expect(stream.finalize()).rejects.toMatchObject({ kind: 'unavailable' });
    stream.push(SECOND);
    const second = await server.connection(1);
    await second.audioBytes(SECOND.byteLength);
    const done = stream.finalize();
    await h.wire.finalizeRequested(second);
    h.wire.final(second, 'checkout', 0, 1, true);
    await expect(done).resolves.toMatchObject({ text: 'checkout' });
    await stream.close();
  });

  it('aborting the open signal closes the provider stream, ends events and rejects a pending finalize', async () => {
    const ctl = new AbortController();
    const stream = await make().openStream({ signal: ctl.signal });
    const conn = await server.connection(0);
    const it = events(stream);
    stream.push(SECOND);
    const pending = stream.finalize();
    await h.wire.finalizeRequested(conn);
    ctl.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    await h.wire.closeRequested(conn);
    await conn.closed;
    h.wire.final(conn, 'too late', 0, 1, true);
    expect((await it.next()).done).toBe(true);
    expect(() => stream.push(SECOND)).toThrow(/closed/);
  });

  it('leaves no socket and no timer behind', async () => {
    const stt = make();
    const a = await stt.openStream();
    const b = await stt.openStream();
    a.push(SECOND);
    const conn = await server.connection(0);
    const done = a.finalize();
    await h.wire.finalizeRequested(conn);
    h.wire.final(conn, 'ok', 0, 1, true);
    await done;
    await stt.close();
    await b.close();
    await server.allClosed();
    expect(server.openConnections).toBe(0);
    expect(clock.pendingTimers).toBe(0);
  });
}
