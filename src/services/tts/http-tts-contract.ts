/**
 * The behaviours every request/response (HTTP) TTS provider must show, as one Vitest suite run
 * against a loopback server that speaks the provider's documented wire format (the harness
 * says how to read its request and write its answers). A new HTTP provider passes this suite by
 * writing its harness; the assertions are shared.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Clock, FakeClock, systemClock } from '../../pipeline/clock.ts';
import { FakeHttpServer, type RecordedRequest } from '../http-test-server.ts';
import { isServiceError, type ServiceError } from '../service-base.ts';
import type { TtsService } from './types.ts';

export interface HttpTtsWire {
  /** The sentence the request asks for (and checks the request is the provider's documented shape). */
  text(r: RecordedRequest): string;
  /** The rate the stand-in answers this request in (the voice's rate, or what the client asked). */
  answerRate(r: RecordedRequest): number;
  /** Writes a successful answer's status, headers and any audio header (a WAV header). */
  head(r: RecordedRequest, rate: number): void;
  /** The provider's documented error answer. */
  error(r: RecordedRequest, status: number, message: string): void;
}

export interface HttpTtsHarness {
  wire: HttpTtsWire;
  create(url: string, clock: Clock, opts: { maxRetries: number; timeoutMs: number }): TtsService;
  /** An output rate the stand-in answers in without resampling. */
  nativeRate: number;
  /** The stand-in speaks HTTP/2 (cleartext), as an SDK on NodeHttp2Handler expects. */
  http2?: boolean;
}

const ramp = (n: number, seed = 0) =>
  Int16Array.from({ length: n }, (_, i) => ((i * 37 + seed) % 2000) - 1000);
const bytesOf = (pcm: Int16Array) => Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength);
const total = (chunks: Int16Array[]) => chunks.reduce((n, c) => n + c.length, 0);

export function httpTtsContract(h: HttpTtsHarness): void {
  let server: FakeHttpServer;
  let clock: FakeClock;
  let services: TtsService[] = [];

  beforeEach(async () => {
    server = await FakeHttpServer.start({ http2: h.http2 ?? false });
    clock = new FakeClock();
    services = [];
  });
  afterEach(async () => {
    await Promise.all(services.map((s) => s.close()));
    await server.stop();
  });

  const make = (opts: { maxRetries?: number; timeoutMs?: number; clock?: Clock } = {}) => {
    const s = h.create(server.url, opts.clock ?? clock, {
      maxRetries: opts.maxRetries ?? 0,
      timeoutMs: opts.timeoutMs ?? 5_000,
    });
    services.push(s);
    return s;
  };
  const collect = async (it: AsyncIterable<Int16Array>, into: Int16Array[]) => {
    for await (const c of it) into.push(c);
  };
  const until = async (cond: () => boolean) => {
    while (!cond()) await new Promise((r) => setImmediate(r));
  };

  it('speaks a sentence: the audio, split anywhere (even mid-sample), arrives intact and in order', async () => {
    const pcm = ramp(3_000, 1);
    const bytes = bytesOf(pcm);
    server.script((r) => {
      h.wire.head(r, h.wire.answerRate(r));
      for (const [a, b] of [
        [0, 1001],
        [1001, 4000],
        [4000, 6000],
      ] as const)
        r.res.write(bytes.subarray(a, b));
      r.res.end();
    });
    const out: Int16Array[] = [];
    await collect(
      make().synthesize('  Here are three shoes.  ', { sampleRate: h.nativeRate, language: 'en' }),
      out,
    );
    expect(h.wire.text(server.requests[0]!)).toBe('Here are three shoes.');
    expect(Int16Array.from(out.flatMap((c) => [...c]))).toEqual(pcm);
  });

  it('resamples what the server sends to the rate the transport asked for', async () => {
    server.script((r) => {
      const rate = h.wire.answerRate(r);
      h.wire.head(r, rate);
      r.res.end(bytesOf(ramp(rate, 2)));
    });
    for (const rate of [24_000, 8_000]) {
      const out: Int16Array[] = [];
      await collect(make().synthesize('One second.', { sampleRate: rate }), out);
      expect(Math.abs(total(out) - rate)).toBeLessThan(rate / 100);
    }
  });

  it('a rate limit or 5xx before the first byte is retried; the audio then plays once', async () => {
    server.script(
      (r) => h.wire.error(r, 429, 'slow down'),
      (r) => h.wire.error(r, 503, 'warming up'),
      (r) => {
        h.wire.head(r, h.wire.answerRate(r));
        r.res.end(bytesOf(ramp(100, 3)));
      },
    );
    const out: Int16Array[] = [];
    // The real clock: the base policy sleeps 250 + 500 ms between the attempts.
    await collect(
      make({ maxRetries: 2, clock: systemClock }).synthesize('Try again.', { sampleRate: h.nativeRate }),
      out,
    );
    expect(total(out)).toBe(100);
    expect(server.requests).toHaveLength(3);
  });

  it('refused credentials are a typed auth error, not retried, with the server’s words', async () => {
    server.script((r) => h.wire.error(r, 403, 'The security token is invalid'));
    const err = await collect(
      make({ maxRetries: 3 }).synthesize('Hi.', { sampleRate: h.nativeRate }),
      [],
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'auth', retryable: false, status: 403 });
    expect((err as ServiceError).message).toMatch(/security token is invalid/);
    expect(server.requests).toHaveLength(1);
  });

  it('a rejected request (bad voice) is a typed bad-request error naming the server’s reason', async () => {
    server.script((r) => h.wire.error(r, 400, 'voice nope not found'));
    const err = await collect(
      make({ maxRetries: 3 }).synthesize('Hi.', { sampleRate: h.nativeRate }),
      [],
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'bad-request', retryable: false });
    expect((err as ServiceError).message).toMatch(/voice nope not found/);
    expect(server.requests).toHaveLength(1);
  });

  it('a 200 answer that is not audio is a clear error and nothing is played', async () => {
    server.script((r) => {
      r.res.writeHead(200, { 'content-type': 'text/html' });
      r.res.end('<html><body>It works!</body></html>');
    });
    const out: Int16Array[] = [];
    const err = await collect(make().synthesize('Hi.', { sampleRate: h.nativeRate }), out).catch(
      (e: unknown) => e,
    );
    expect(isServiceError(err)).toBe(true);
    expect(err).toMatchObject({ kind: 'bad-request', retryable: false });
    expect((err as ServiceError).message).toMatch(/instead of audio|not a WAV/);
    expect(out).toHaveLength(0);
  });

  it('a socket cut mid-audio fails the sentence once, without repeating the words already played', async () => {
    server.script((r) => {
      h.wire.head(r, h.wire.answerRate(r));
      r.res.write(bytesOf(ramp(200, 4)), () => setImmediate(() => r.cut()));
    });
    const out: Int16Array[] = [];
    const err = await collect(
      make({ maxRetries: 3 }).synthesize('Half a sentence.', { sampleRate: h.nativeRate }),
      out,
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ServiceError', kind: 'network' });
    expect(total(out)).toBe(200);
    expect(server.requests).toHaveLength(1);
  });

  it('a body that stalls longer than the timeout is a timeout error (fake clock)', async () => {
    server.script((r) => {
      h.wire.head(r, h.wire.answerRate(r));
      r.res.write(bytesOf(ramp(100, 5)));
    });
    const out: Int16Array[] = [];
    const done = collect(
      make({ timeoutMs: 2_000 }).synthesize('Stall.', { sampleRate: h.nativeRate }),
      out,
    ).catch((e: unknown) => e);
    await until(() => total(out) === 100);
    await clock.advance(2_000);
    expect(await done).toMatchObject({ kind: 'timeout' });
  });

  it('abort mid-audio stops at once, nothing arrives after it, and the connection is dropped', async () => {
    server.script((r) => {
      h.wire.head(r, h.wire.answerRate(r));
      r.res.write(bytesOf(ramp(100, 6)));
    });
    const ctl = new AbortController();
    const out: Int16Array[] = [];
    const done = collect(
      make().synthesize('Stop me.', { sampleRate: h.nativeRate, signal: ctl.signal }),
      out,
    ).catch((e: unknown) => e);
    await until(() => total(out) === 100);
    ctl.abort();
    const req = await server.request(0);
    req.res.write(bytesOf(ramp(100, 7)));
    expect(await done).toMatchObject({ kind: 'aborted' });
    await req.closed;
    expect(total(out)).toBe(100);
  });

  it('a consumer that stops early (barge-in) drops the connection', async () => {
    server.script((r) => {
      h.wire.head(r, h.wire.answerRate(r));
      r.res.write(bytesOf(ramp(50, 8)));
    });
    const it = make().synthesize('Only the start.', { sampleRate: h.nativeRate })[Symbol.asyncIterator]();
    expect((await it.next()).done).toBe(false);
    await it.return?.();
    await (await server.request(0)).closed;
  });

  it('refuses an unusable output rate, and sends nothing for blank text', async () => {
    const tts = make();
    await expect(collect(tts.synthesize('Hi.', { sampleRate: 100 }), [])).rejects.toMatchObject({
      kind: 'bad-request',
    });
    await collect(tts.synthesize('   ', { sampleRate: h.nativeRate }), []);
    expect(server.requests).toHaveLength(0);
  });
}

/** A 16-bit PCM WAV header with unknown sizes, as streaming servers write it. */
export function streamingWavHeader(rate: number, channels = 1): Buffer {
  const b = Buffer.alloc(44);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(0xffffffff, 4);
  b.write('WAVE', 8, 'ascii');
  b.write('fmt ', 12, 'ascii');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(channels, 22);
  b.writeUInt32LE(rate, 24);
  b.writeUInt32LE(rate * channels * 2, 28);
  b.writeUInt16LE(channels * 2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36, 'ascii');
  b.writeUInt32LE(0xffffffff, 40);
  return b;
}
