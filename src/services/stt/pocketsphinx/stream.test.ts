import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../pipeline/clock.ts';
import type { DecoderPool, PoolStreamHandler } from './pool.ts';
import { WorkerSlot } from './pool.ts';
import type { DecoderSpec, FromWorker, ToWorker } from './protocol.ts';
import { PocketsphinxStream } from './stream.ts';

/** A stream on a stand-in worker: the test plays the worker's side of the protocol. */
function streamOnStandInWorker(finalizeTimeoutMs: number) {
  const clock = new FakeClock();
  const posted: ToWorker[] = [];
  let handler: PoolStreamHandler | undefined;
  const worker = { postMessage: (msg: ToWorker) => posted.push(msg) } as unknown as Worker;
  const slot = new WorkerSlot(worker, Promise.resolve(), () => {});
  const pool = {
    attach: (_id: number, h: PoolStreamHandler) => {
      handler = h;
      return slot;
    },
    detach: () => {},
  } as unknown as DecoderPool;
  const stream = new PocketsphinxStream(7, {
    pool,
    clock,
    finalizeTimeoutMs,
    currentSpec: () => ({}) as DecoderSpec,
  });
  const fromWorker = (msg: FromWorker) => handler?.onMessage(msg);
  return { clock, posted, stream, fromWorker };
}

const finalOf = (utt: number, text: string): FromWorker => ({
  op: 'final',
  streamId: 7,
  utt,
  text,
  score: 0,
  audioMs: 1000,
  decodeMs: 1,
  warp: 1,
  adapted: false,
  decoders: 1,
  finalCpuMs: 1,
  lastChunkCpuMs: 1,
});

describe('PocketsphinxStream finalize deadline', () => {
  it('waits for a decoder that is behind but still progressing, however long the backlog', async () => {
    const { clock, stream, fromWorker, posted } = streamOnStandInWorker(5_000);
    stream.push(new Int16Array(320));
    const utt = posted.find((m) => m.op === 'audio')?.utt ?? -1;
    const final = stream.finalize();
    let settled = false;
    void final.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    // 12 s of backlog decoded at a second per 4 s of wall time: progress keeps arriving.
    for (let i = 0; i < 3; i++) {
      await clock.advance(4_000);
      fromWorker({ op: 'progress', streamId: 7, utt });
    }
    await clock.advance(4_000);
    expect(settled).toBe(false);
    fromWorker({ op: 'partial', streamId: 7, utt, text: 'add the kettle' });
    await clock.advance(4_000);
    fromWorker(finalOf(utt, 'add the kettle'));
    await expect(final).resolves.toMatchObject({ text: 'add the kettle' });
    expect(clock.pendingTimers).toBe(0);
  });

  it('gives up on a decoder that shows no progress for the deadline, with a timeout error', async () => {
    const { clock, stream, fromWorker, posted } = streamOnStandInWorker(5_000);
    stream.push(new Int16Array(320));
    const utt = posted.find((m) => m.op === 'audio')?.utt ?? -1;
    const final = stream.finalize();
    const outcome = final.catch((e: unknown) => e);
    await clock.advance(3_000);
    fromWorker({ op: 'progress', streamId: 7, utt });
    await clock.advance(4_999);
    // Progress of another utterance does not count.
    fromWorker({ op: 'progress', streamId: 7, utt: utt + 1 });
    await clock.advance(1);
    await expect(outcome).resolves.toMatchObject({ kind: 'timeout' });
    expect(String(await outcome)).toMatch(/no progress on the utterance for 5000 ms/);
    // A final arriving after the give-up is ignored, and nothing is left scheduled.
    fromWorker(finalOf(utt, 'too late'));
    expect(clock.pendingTimers).toBe(0);
  });
});
