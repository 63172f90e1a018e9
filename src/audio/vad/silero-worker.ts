/**
 * Worker thread owning the one Silero InferenceSession. onnxruntime-node's `session.run`
 * only defers the native call with setImmediate and then runs it on the calling thread, so
 * on the main thread every 32 ms frame would block the event loop; here it blocks nobody.
 *
 * The worker is stateless: each request carries a batch of frames from different streams
 * together with their RNN states ([2, B, 128]), so a crashed worker loses nothing but the
 * batch in flight.
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
  input: Float32Array;
  state: Float32Array;
}

export type WorkerReply =
  | { type: 'ready'; loadMs: number }
  | { type: 'init-error'; name: string; message: string }
  | { type: 'result'; id: number; probs: Float32Array; state: Float32Array; runUs: number }
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
  port!.on('message', async (req: RunRequest) => {
    try {
      let sr = srTensors.get(req.sampleRate);
      if (!sr) {
        sr = new ort.Tensor('int64', BigInt64Array.from([BigInt(req.sampleRate)]), []);
        srTensors.set(req.sampleRate, sr);
      }
      const start = performance.now();
      const out = await session.run({
        input: new ort.Tensor('float32', req.input, [req.batch, req.inputLength]),
        state: new ort.Tensor('float32', req.state, [2, req.batch, 128]),
        sr,
      });
      const runUs = (performance.now() - start) * 1000;
      const probs = Float32Array.from(out.output!.data as Float32Array);
      const state = Float32Array.from(out.stateN!.data as Float32Array);
      port!.postMessage({ type: 'result', id: req.id, probs, state, runUs } satisfies WorkerReply, [
        probs.buffer,
        state.buffer,
      ]);
    } catch (e) {
      port!.postMessage({
        type: 'run-error',
        id: req.id,
        message: (e as Error).message,
      } satisfies WorkerReply);
    }
  });
}

void main();
