/**
 * Worker: reads, checks and decodes the learned guard's weights (weights-file.ts), so the
 * JSON, the schema check and the 5 MB table's decoding (tens of milliseconds, more on a loaded
 * machine) happen off the server's event loop. The table goes back transferred, not copied.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { LearnedWeightsError, parseWeights, type WeightsReply } from './weights-file.ts';

const { path } = workerData as { path: string };

async function load(): Promise<WeightsReply> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      ok: false,
      code: missing ? 'missing' : 'unreadable',
      detail: missing ? 'are missing' : `cannot be read (${(err as Error).message})`,
    };
  }
  try {
    const { model, thresholds } = parseWeights(text, path);
    return { ok: true, spec: model.spec, weights: model.weights, bias: model.bias, thresholds };
  } catch (err) {
    if (err instanceof LearnedWeightsError) return { ok: false, code: err.code, message: err.message };
    throw err;
  }
}

const reply = await load();
parentPort?.postMessage(reply, reply.ok ? [reply.weights.buffer as ArrayBuffer] : []);
