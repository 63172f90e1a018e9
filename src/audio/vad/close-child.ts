/**
 * Run by silero.test.ts: creates the engine, runs a frame (which leaves the idle worker
 * unref'd) and awaits close() with nothing else keeping the process alive. Node exits 13
 * ("unsettled top-level await") if closing does not hold the process open.
 */
import { SileroVadEngine } from './silero-engine.ts';

const engine = await SileroVadEngine.create();
await engine.infer(16000, new Float32Array(576), new Float32Array(256));
await engine.close();
process.stdout.write('closed\n');
