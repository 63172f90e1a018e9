import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../pipeline/clock.ts';
import { ServiceError } from '../service-base.ts';
import { BatchSttService } from './batch-adapter.ts';
import type { BatchTranscriber, SttEvent } from './types.ts';

function fakeTranscriber(
  script: (pcm: Int16Array, call: number) => Promise<string>,
): BatchTranscriber & { calls: Int16Array[] } {
  const calls: Int16Array[] = [];
  return {
    provider: 'fake',
    model: 'echo',
    calls,
    transcribe: async (pcm) => {
      calls.push(pcm);
      return { text: await script(pcm, calls.length) };
    },
  };
}

describe('BatchSttService', () => {
  it('buffers audio until finalize and sends the whole utterance once', async () => {
    const t = fakeTranscriber(async (pcm) => `samples ${pcm.length}`);
    const stt = new BatchSttService({
      transcriber: t,
      clock: new FakeClock(),
    });
    expect(stt.capabilities).toEqual({ streaming: false, interimResults: false });
    const stream = await stt.openStream();
    const buf = new Int16Array([1, 2, 3]);
    stream.push(buf);
    buf.fill(9); // the stream must have copied the chunk
    stream.push(new Int16Array([4, 5]));
    expect(t.calls).toHaveLength(0);
    await expect(stream.finalize()).resolves.toEqual({ text: 'samples 5' });
    expect(Array.from(t.calls[0] ?? [])).toEqual([1, 2, 3, 4, 5]);
    stream.push(new Int16Array(7));
    await expect(stream.finalize()).resolves.toEqual({ text: 'samples 7' });
    await stream.close();
    const events: SttEvent[] = [];
    for await (const e of stream) events.push(e);
    expect(events.map((e) => [e.type, e.utteranceId])).toEqual([
      ['final', 1],
      ['final', 2],
    ]);
  });

  it('retries a retryable failure, reports a lost utterance as an error event, and keeps going', async () => {
    const clock = new FakeClock();
    const t = fakeTranscriber(async (_pcm, call) => {
      if (call <= 3) throw new ServiceError('busy', { kind: 'unavailable', provider: 'fake' });
      return 'second';
    });
    const stt = new BatchSttService({
      transcriber: t,
      clock,
      options: { maxRetries: 2, retryIntervalMs: 10 },
    });
    const stream = await stt.openStream();
    stream.push(new Int16Array(10));
    const first = stream.finalize().catch((e: unknown) => e);
    await clock.runAll();
    expect(await first).toMatchObject({ kind: 'unavailable' });
    expect(t.calls).toHaveLength(3);
    stream.push(new Int16Array(10));
    await expect(stream.finalize()).resolves.toEqual({ text: 'second' });
    await stream.close();
    const types: string[] = [];
    for await (const e of stream) types.push(e.type);
    expect(types).toEqual(['error', 'final']);
  });

  it('closes when the open signal aborts and rejects further audio', async () => {
    const stt = new BatchSttService({
      transcriber: fakeTranscriber(async () => 'x'),
      clock: new FakeClock(),
    });
    const ac = new AbortController();
    const stream = await stt.openStream({ signal: ac.signal });
    ac.abort();
    await Promise.resolve();
    expect(() => stream.push(new Int16Array(1))).toThrow(ServiceError);
  });

  it('caps buffered audio to the configured maximum', async () => {
    const t = fakeTranscriber(async (pcm) => String(pcm.length));
    const stt = new BatchSttService({ transcriber: t, clock: new FakeClock(), maxUtteranceSeconds: 1 });
    const stream = await stt.openStream();
    for (let i = 0; i < 30; i++) stream.push(new Int16Array(1600));
    const { text } = await stream.finalize();
    expect(Number(text)).toBeLessThanOrEqual(16_000);
    expect(Number(text)).toBeGreaterThan(14_000);
  });
});
