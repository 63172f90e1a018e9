/**
 * The behaviours every request-per-utterance (batch) STT provider must show, as one Vitest
 * suite run against a loopback server speaking the provider's documented wire format (the
 * harness reads its request and writes its answers). A new batch provider passes this suite
 * by writing its harness; the assertions are shared.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readWav } from '../../audio/wav.ts';
import { type Clock, systemClock } from '../../pipeline/clock.ts';
import { FakeHttpServer, type RecordedRequest } from '../http-test-server.ts';
import type { ServiceError } from '../service-base.ts';
import type { SttEvent, SttService } from './types.ts';

export interface BatchSttWire {
  /** The audio file and fields of a transcription request (checks its documented shape). */
  parse(r: RecordedRequest): Promise<{ file: Uint8Array; language: string | undefined }>;
  ok(r: RecordedRequest, text: string): void;
  /** The provider's documented error answer. */
  error(r: RecordedRequest, status: number, message: string): void;
}

export interface BatchSttHarness {
  wire: BatchSttWire;
  create(url: string, clock: Clock, opts: { maxRetries: number; timeoutMs: number }): SttService;
}

const tone = (n: number) => Int16Array.from({ length: n }, (_, i) => Math.round(8000 * Math.sin(i / 5)));

export function batchSttContract(h: BatchSttHarness): void {
  let server: FakeHttpServer;
  let services: SttService[] = [];
  beforeEach(async () => {
    server = await FakeHttpServer.start();
    services = [];
  });
  afterEach(async () => {
    await Promise.all(services.map((s) => s.close()));
    await server.stop();
  });
  // Retries sleep 250 ms on the real clock; nothing here asserts a duration.
  const make = (opts: { maxRetries?: number; timeoutMs?: number } = {}) => {
    const s = h.create(server.url, systemClock, {
      maxRetries: opts.maxRetries ?? 0,
      timeoutMs: opts.timeoutMs ?? 10_000,
    });
    services.push(s);
    return s;
  };

  it('sends the utterance as one 16 kHz mono WAV with its language, and resolves the transcript', async () => {
    server.script((r) => h.wire.ok(r, 'add two hoodies to my cart'));
    const stream = await make().openStream({ language: 'es-MX' });
    const events: SttEvent[] = [];
    const pump = (async () => {
      for await (const e of stream) events.push(e);
    })();
    const audio = tone(8_000);
    stream.push(audio.subarray(0, 3_000));
    stream.push(audio.subarray(3_000));
    await expect(stream.finalize()).resolves.toMatchObject({ text: 'add two hoodies to my cart' });
    const { file, language } = await h.wire.parse(server.requests[0]!);
    const wav = readWav(file);
    expect(wav).toMatchObject({ sampleRate: 16_000, channels: 1 });
    expect(wav.samples).toEqual(audio);
    expect(language).toBe('es');
    await stream.close();
    await pump;
    expect(events).toEqual([
      expect.objectContaining({ type: 'final', utteranceId: 1, text: 'add two hoodies to my cart' }),
    ]);
  });

  it('an empty utterance resolves at once without a request', async () => {
    const stream = await make().openStream();
    await expect(stream.finalize()).resolves.toEqual({ text: '' });
    expect(server.requests).toHaveLength(0);
    await stream.close();
  });

  it('a 5xx or a cut connection is retried; credentials refused are not', async () => {
    server.script(
      (r) => h.wire.error(r, 503, 'model loading'),
      (r) => r.cut(),
      (r) => h.wire.ok(r, 'checkout'),
    );
    const stream = await make({ maxRetries: 2 }).openStream();
    stream.push(tone(1_600));
    await expect(stream.finalize()).resolves.toMatchObject({ text: 'checkout' });
    expect(server.requests).toHaveLength(3);

    server.script((r) => h.wire.error(r, 401, 'bad token'));
    stream.push(tone(1_600));
    const err = await stream.finalize().catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'auth', retryable: false });
    expect((err as ServiceError).message).toMatch(/bad token/);
    expect(server.requests).toHaveLength(4);
    await stream.close();
  });

  it('garbage answers are a clear, non-retried error; the utterance is reported lost and the next one works', async () => {
    server.script(
      (r) => {
        r.res.writeHead(200, { 'content-type': 'text/html' });
        r.res.end('<html>It works!</html>');
      },
      (r) => {
        r.res.writeHead(200, { 'content-type': 'application/json' });
        r.res.end('{"segments":[]}');
      },
      (r) => h.wire.ok(r, 'yes'),
    );
    const stream = await make({ maxRetries: 3 }).openStream();
    const it = stream[Symbol.asyncIterator]();
    for (const pattern of [/not JSON/, /"text"/]) {
      stream.push(tone(1_600));
      const err = await stream.finalize().catch((e: unknown) => e);
      expect(err).toMatchObject({ name: 'ServiceError', kind: 'bad-request', retryable: false });
      expect((err as ServiceError).message).toMatch(pattern);
      expect((await it.next()).value).toMatchObject({ type: 'error', error: { kind: 'bad-request' } });
    }
    expect(server.requests).toHaveLength(2);
    stream.push(tone(1_600));
    await expect(stream.finalize()).resolves.toMatchObject({ text: 'yes' });
    await stream.close();
  });

  it('aborting finalize rejects as aborted and drops the request', async () => {
    server.script(() => {});
    const stream = await make().openStream();
    stream.push(tone(1_600));
    const ctl = new AbortController();
    const pending = stream.finalize(ctl.signal);
    const req = await server.request(0);
    ctl.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    await req.closed;
    await stream.close();
  });
}
