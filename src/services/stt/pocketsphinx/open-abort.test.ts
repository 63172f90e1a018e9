/**
 * A session that ends while its STT stream is still opening (worker starting, decoder being
 * built) must not wait for the decoder: openStream rejects with an `aborted` error as soon as the
 * signal aborts or the service closes, the stream is released, and the worker frees (or keeps
 * warm) the decoder it built anyway. Before, close() left openStream waiting for an `opened`
 * message whose handler it had just detached, so the pipeline's start never finished and a
 * cancel waited for its 20 s deadline.
 *
 * No timing: "before the decoder was ready" is guaranteed because the abort happens in the same
 * synchronous run as the open request (the worker's answer cannot have been handled yet), and
 * "promptly" is checked as "settled by the time a later open, queued behind it on the same
 * worker, has completed" (real worker) or "settled although the worker never answers" (stand-in).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../../pipeline/clock.ts';
import type { Frame } from '../../../pipeline/frames.ts';
import { Pipeline } from '../../../pipeline/pipeline.ts';
import { PipelineTask } from '../../../pipeline/task.ts';
import { settle } from '../../../pipeline/testing.ts';
import { SttProcessor } from '../stt-processor.ts';
import { DecoderPool, WorkerSlot } from './pool.ts';
import type { ToWorker } from './protocol.ts';
import { type PocketsphinxSttInit, PocketsphinxSttService } from './service.ts';
import type { PocketsphinxStream } from './stream.ts';
import { POCKETSPHINX_MODEL_DIR, writeTinyLms } from './tiny-lm.ts';

let dir: string;
let lm: { arpaPaths: string[]; dictPath: string };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vs-open-abort-'));
  lm = await writeTinyLms(dir, ['add a copper lamp to the basket']);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function service(
  maxIdleDecodersPerWorker = 1,
  extra: Pick<PocketsphinxSttInit, 'pool' | 'clock'> = {},
): PocketsphinxSttService {
  return new PocketsphinxSttService({
    modelDir: POCKETSPHINX_MODEL_DIR,
    spec: {
      hmmDir: join(POCKETSPHINX_MODEL_DIR, 'en-us'),
      dictPath: lm.dictPath,
      lms: [{ name: 'tiny', path: lm.arpaPaths[0] as string, weight: 1 }],
    },
    model: 'tiny',
    workers: 1,
    maxIdleDecodersPerWorker,
    ...extra,
  });
}

/** A pool with one stand-in worker that records what it is sent and never answers. */
class SilentWorkerPool extends DecoderPool {
  readonly posted: ToWorker[] = [];
  readonly detached: number[] = [];
  onOpen: () => void = () => {};
  readonly #slot = new WorkerSlot(
    {
      postMessage: (msg: ToWorker) => {
        this.posted.push(msg);
        if (msg.op === 'open') this.onOpen();
      },
    } as unknown as Worker,
    Promise.resolve(),
    () => {},
  );
  constructor() {
    super({ size: 1, partialEverySamples: 3200, maxIdleDecoders: 1 });
  }
  override attach(): WorkerSlot {
    return this.#slot;
  }
  override detach(_slot: WorkerSlot, streamId: number): void {
    this.detached.push(streamId);
  }
}

/** Records how a promise settled, without waiting for it. */
function track<T>(p: Promise<T>): { state: 'pending' | 'resolved' | 'rejected'; error?: unknown } {
  const out: { state: 'pending' | 'resolved' | 'rejected'; error?: unknown } = { state: 'pending' };
  p.then(
    () => {
      out.state = 'resolved';
    },
    (error: unknown) => {
      out.state = 'rejected';
      out.error = error;
    },
  );
  return out;
}

describe('closing a pocketsphinx stream before its decoder is ready', () => {
  it('an abort while the decoder is being built rejects openStream and releases the decoder', async () => {
    const stt = service();
    await stt.pool.warmup();
    const controller = new AbortController();
    const opening = track(stt.openStream({ signal: controller.signal }));
    controller.abort(new Error('session ended'));
    // Queued behind the first open (and its close) on the same worker.
    const next = (await stt.openStream()) as PocketsphinxStream;
    await settle();
    expect(opening.state).toBe('rejected');
    expect(opening.error).toMatchObject({ kind: 'aborted', cause: controller.signal.reason });
    expect(stt.openStreams).toBe(1);
    expect(stt.pool.load).toEqual([1]);
    // The worker closed the aborted stream's decoder before this open: it was reused (init 0 ms).
    expect(await next.prepare()).toBe(0);
    await next.close();
    await stt.close();
  });

  it('an already aborted signal opens nothing', async () => {
    const stt = service();
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await expect(stt.openStream({ signal: controller.signal })).rejects.toMatchObject({ kind: 'aborted' });
    expect(stt.openStreams).toBe(0);
    expect(stt.workerCount).toBe(0);
    await stt.close();
  });

  it('closing the service while a stream opens rejects the open instead of leaving it waiting', async () => {
    const stt = service();
    await stt.pool.warmup();
    const opening = track(stt.openStream());
    await stt.close();
    await settle();
    expect(opening.state).toBe('rejected');
    expect(opening.error).toMatchObject({ kind: 'aborted' });
    expect(stt.openStreams).toBe(0);
    expect(stt.workerCount).toBe(0);
  });

  it('a pipeline cancelled while its STT stream opens finishes without waiting for the decoder', async () => {
    // The real service and stream on a pool whose worker never answers the open (a decoder that
    // takes longer to build than the session lives): the cancel must not depend on the worker.
    const pool = new SilentWorkerPool();
    const stt = service(1, { pool, clock: new FakeClock() });
    let openRequested: () => void = () => {};
    const openStarted = new Promise<void>((resolve) => {
      openRequested = resolve;
    });
    pool.onOpen = openRequested;
    const clock = new FakeClock(); // the task's 20 s cancel deadline never fires on its own
    const frames: Frame[] = [];
    const task = new PipelineTask(new Pipeline([new SttProcessor({ stt })]), { clock, idleTimeoutMs: null });
    task.on('frame', ({ frame }: { frame: Frame }) => frames.push(frame));
    const started = track(task.start());
    await openStarted;
    expect(pool.posted.map((m) => m.op)).toEqual(['open']);
    const cancelled = track(task.cancel('caller hung up'));
    await settle();
    expect(cancelled.state).toBe('resolved');
    expect(started.state).toBe('resolved');
    expect(await task.whenFinished()).toEqual({ reason: 'cancel', detail: 'caller hung up' });
    // The stream let go of its worker (the pool posts the close), and no error was reported.
    expect(pool.detached).toEqual([1]);
    expect(stt.openStreams).toBe(0);
    expect(frames.filter((f) => f.type === 'error')).toEqual([]);
    expect(clock.pendingTimers).toBe(0);
    await stt.close();
  });
});
