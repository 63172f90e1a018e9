/**
 * Worker thread owning the one Silero InferenceSession. onnxruntime-node's `session.run`
 * only defers the native call with setImmediate and then runs it on the calling thread, so
 * on the main thread every 32 ms frame would block the event loop; here it blocks nobody.
 *
 * The worker is stateless: each request carries a batch of frames from different streams
 * together with their RNN states ([2, B, 128]), so a crashed worker loses nothing but the
 * batch in flight. The frames, states and results travel in SharedArrayBuffers the engine
 * allocates once and reuses (one batch is in flight at a time): a fresh ArrayBuffer per batch,
 * transferred each way, cost more main-thread CPU than the rest of the hand-off together. A stream that fell behind real time sends its whole backlog as one item of
 * `steps` consecutive windows: the worker runs them in order, carrying the stream's state from
 * one to the next, so catching up costs one round trip instead of one per window.
 */
import { parentPort, workerData } from 'node:worker_threads';
import ort from 'onnxruntime-node';
import { loadVerifiedModel } from './silero-model.ts';

export interface WorkerInit {
  modelPath: string;
  sha256: string;
}

export interface RunRequest {
  type: 'run';
  id: number;
  sampleRate: number;
  batch: number;
  inputLength: number;
  /** Windows in the batch (the sum of steps, or batch). */
  frames: number;
  /** Shared: item i's windows one after another (steps[i] × inputLength each), items in order. */
  input: Float32Array<SharedArrayBuffer>;
  /**
   * Shared, [2, batch, 128]: each item's state before its first window; the worker writes the
   * state after each item's last window over it.
   */
  state: Float32Array<SharedArrayBuffer>;
  /** Shared: the worker writes every item's window probabilities here, in order (frames values). */
  probs: Float32Array<SharedArrayBuffer>;
  /** Consecutive windows per item (all 1 when absent). */
  steps?: number[];
}

/**
 * Sent by the engine's close(): the worker finishes the batch it is running, releases the
 * session and exits on its own. Terminating it from outside while onnxruntime-node is inside
 * `session.run` throws a C++ Napi::Error on the dying environment, which aborts the whole
 * process (SIGABRT under a SIGTERM with sessions still speaking; core dump: std::terminate
 * from InferenceSessionWrap's method wrapper).
 */
export interface CloseRequest {
  type: 'close';
}

export type WorkerReply =
  | { type: 'ready'; loadMs: number }
  | { type: 'init-error'; name: string; message: string }
  /** The request's shared probs and state now hold the results. */
  | { type: 'result'; id: number; runUs: number }
  | { type: 'run-error'; id: number; message: string };

const port = parentPort;
if (!port) throw new Error('silero-worker.ts must run as a worker thread');
const init = workerData as WorkerInit;

async function main(): Promise<void> {
  const t0 = performance.now();
  let session: ort.InferenceSession;
  try {
    const bytes = await loadVerifiedModel(init.modelPath, init.sha256);
    session = await ort.InferenceSession.create(bytes, {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    });
  } catch (e) {
    const err = e as Error;
    port!.postMessage({ type: 'init-error', name: err.name, message: err.message } satisfies WorkerReply);
    return;
  }
  port!.postMessage({ type: 'ready', loadMs: performance.now() - t0 } satisfies WorkerReply);

  const srTensors = new Map<number, ort.Tensor>();
  /** The batch being run; a close waits for it. */
  let running: Promise<void> = Promise.resolve();
  port!.on('message', (req: RunRequest | CloseRequest) => {
    if (req.type === 'close') {
      void running.then(async () => {
        await session.release().catch(() => {});
        process.exit(0); // ends this worker thread only, from JavaScript, outside any native call
      });
      return;
    }
    running = run(req);
  });

  async function run(req: RunRequest): Promise<void> {
    try {
      let sr = srTensors.get(req.sampleRate);
      if (!sr) {
        sr = new ort.Tensor('int64', BigInt64Array.from([BigInt(req.sampleRate)]), []);
        srTensors.set(req.sampleRate, sr);
      }
      const start = performance.now();
      const steps = req.steps;
      const input = req.input.subarray(0, req.frames * req.inputLength);
      const state = req.state.subarray(0, 2 * req.batch * 128);
      const out = steps?.some((n) => n !== 1)
        ? await runSequences(session, sr, input, state, req.batch, req.inputLength, steps)
        : await runOnce(session, sr, input, state, req.batch, req.inputLength);
      req.probs.set(out.probs);
      req.state.set(out.state);
      const runUs = (performance.now() - start) * 1000;
      port!.postMessage({ type: 'result', id: req.id, runUs } satisfies WorkerReply);
    } catch (e) {
      port!.postMessage({
        type: 'run-error',
        id: req.id,
        message: (e as Error).message,
      } satisfies WorkerReply);
    }
  }
}

/** One model run; the outputs are onnxruntime's own arrays (read them before the next run). */
async function runOnce(
  session: ort.InferenceSession,
  sr: ort.Tensor,
  input: Float32Array<ArrayBufferLike>,
  state: Float32Array<ArrayBufferLike>,
  batch: number,
  inputLength: number,
): Promise<{ probs: Float32Array; state: Float32Array }> {
  const out = await session.run({
    // onnxruntime-node reads a SharedArrayBuffer view like any other typed array.
    input: new ort.Tensor('float32', input as Float32Array, [batch, inputLength]),
    state: new ort.Tensor('float32', state as Float32Array, [2, batch, 128]),
    sr,
  });
  return { probs: out.output!.data as Float32Array, state: out.stateN!.data as Float32Array };
}

/** Step t runs window t of every item that has one, as one batch; states carry over per item. */
async function runSequences(
  session: ort.InferenceSession,
  sr: ort.Tensor,
  reqInput: Float32Array<ArrayBufferLike>,
  reqState: Float32Array<ArrayBufferLike>,
  b: number,
  len: number,
  steps: number[],
): Promise<{ probs: Float32Array; state: Float32Array }> {
  const state = Float32Array.from(reqState);
  const inputAt: number[] = [];
  const probAt: number[] = [];
  for (let i = 0, input = 0, prob = 0; i < b; i++) {
    inputAt.push(input);
    probAt.push(prob);
    input += steps[i]! * len;
    prob += steps[i]!;
  }
  const probs = new Float32Array(probAt[b - 1]! + steps[b - 1]!);
  const longest = Math.max(...steps);
  for (let t = 0; t < longest; t++) {
    const active = steps.flatMap((n, i) => (n > t ? [i] : []));
    const a = active.length;
    const input = new Float32Array(a * len);
    const s = new Float32Array(2 * a * 128);
    active.forEach((item, k) => {
      const from = inputAt[item]! + t * len;
      input.set(reqInput.subarray(from, from + len), k * len);
      s.set(state.subarray(item * 128, (item + 1) * 128), k * 128);
      s.set(state.subarray((b + item) * 128, (b + item + 1) * 128), (a + k) * 128);
    });
    const out = await runOnce(session, sr, input, s, a, len);
    active.forEach((item, k) => {
      probs[probAt[item]! + t] = out.probs[k]!;
      state.set(out.state.subarray(k * 128, (k + 1) * 128), item * 128);
      state.set(out.state.subarray((a + k) * 128, (a + k + 1) * 128), (b + item) * 128);
    });
  }
  return { probs, state };
}

void main();
