/**
 * piscina worker: owns one flite module and one espeak-ng instance, warmed at start (the
 * first call per voice is several times slower), resamples to the requested rate and posts
 * chunks on the task's port as they are produced. Tasks are stateless, so any worker serves
 * any request and a crashed worker is simply replaced.
 */
import { threadId, workerData } from 'node:worker_threads';
import { Resampler } from '../../../audio/resampler.ts';
import { ESPEAK_SAMPLE_RATE, EspeakEngine, EspeakEngineError } from '../engines/espeak.ts';
import { FliteEngine, FliteEngineError } from '../engines/flite.ts';
import type { OfflineEngine } from '../voices.ts';
import type { PingResult, PingTask, PortMessage, SynthesizeTask, TtsTask, WorkerData } from './protocol.ts';

/** flite renders a whole sentence at once; posting it in slices keeps messages small. */
const FLITE_CHUNK_MS = 200;

let flite: Promise<FliteEngine> | undefined;
let espeak: Promise<EspeakEngine> | undefined;

function engine(name: 'flite'): Promise<FliteEngine>;
function engine(name: 'espeak'): Promise<EspeakEngine>;
function engine(name: OfflineEngine): Promise<FliteEngine | EspeakEngine> {
  if (name === 'flite') {
    flite ??= FliteEngine.create();
    return flite;
  }
  espeak ??= EspeakEngine.create();
  return espeak;
}

const warmed: PingResult['warmed'] = [];
const warmErrors: string[] = [];

async function warm(data: WorkerData | undefined): Promise<void> {
  for (const spec of data?.warm ?? []) {
    const started = performance.now();
    try {
      if (spec.engine === 'flite') {
        const fl = await engine('flite');
        fl.synthesize('Hello.', spec.voice, 1);
      } else (await engine('espeak')).synthesize('Hello.', spec.voice, 1, () => false);
      warmed.push({ voice: `${spec.engine}:${spec.voice}`, ms: performance.now() - started });
    } catch (err) {
      // Keep the worker: other voices may work, and the task for this one reports the error.
      warmErrors.push(`${spec.engine}:${spec.voice}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

function post(task: SynthesizeTask, msg: PortMessage): void {
  if (msg.type === 'audio') task.port.postMessage(msg, [msg.audio.buffer as ArrayBuffer]);
  else task.port.postMessage(msg);
}

function threadCpuMs(): number {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
}

async function synthesize(task: SynthesizeTask): Promise<void> {
  const cpuStart = threadCpuMs();
  const cancelled = () => Atomics.load(task.cancel, 0) !== 0;
  let samples = 0;
  let engineRate = 0;
  let resampler: Resampler | undefined;
  const emit = (chunk: Int16Array) => {
    const out = resampler ? resampler.process(chunk) : chunk.slice();
    if (out.length === 0) return;
    samples += out.length;
    post(task, { type: 'audio', audio: out });
  };
  try {
    if (!cancelled()) {
      if (task.engine === 'flite') {
        const fl = await engine('flite');
        if (!cancelled()) {
          const result = fl.synthesize(task.text, task.voice, task.speed);
          engineRate = result.sampleRate;
          if (engineRate !== task.outRate) resampler = new Resampler(engineRate, task.outRate);
          const step = Math.round((engineRate * FLITE_CHUNK_MS) / 1000);
          for (let i = 0; i < result.samples.length && !cancelled(); i += step) {
            emit(result.samples.subarray(i, i + step));
          }
        }
      } else {
        const es = await engine('espeak');
        engineRate = ESPEAK_SAMPLE_RATE;
        if (engineRate !== task.outRate) resampler = new Resampler(engineRate, task.outRate);
        es.synthesize(task.text, task.voice, task.speed, (chunk) => {
          if (cancelled()) return true;
          emit(chunk);
          return false;
        });
      }
      if (resampler && !cancelled()) {
        const tail = resampler.flush();
        if (tail.length > 0) {
          samples += tail.length;
          post(task, { type: 'audio', audio: tail });
        }
      }
    }
    post(task, { type: 'end', cancelled: cancelled(), engineRate, samples, cpuMs: threadCpuMs() - cpuStart });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const kind = err instanceof FliteEngineError || err instanceof EspeakEngineError ? err.kind : 'engine';
    post(task, { type: 'error', kind, message });
  } finally {
    task.port.close();
  }
}

async function ping(task: PingTask): Promise<PingResult> {
  if (task.holdMs > 0) await new Promise((r) => setTimeout(r, task.holdMs));
  const mem = process.memoryUsage();
  return { threadId, warmed, warmErrors, heapUsedBytes: mem.heapUsed, externalBytes: mem.external };
}

async function handle(task: TtsTask): Promise<PingResult | null> {
  if (task.op === 'ping') return ping(task);
  await synthesize(task);
  return null;
}

async function init(): Promise<typeof handle> {
  await warm(workerData as WorkerData | undefined);
  return handle;
}

// piscina awaits a promised default export before the worker takes tasks: warming happens
// once per worker, including workers that replace crashed ones.
export default init();
