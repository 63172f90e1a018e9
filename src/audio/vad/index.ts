export * from './config.ts';
export * from './silero-engine.ts';
export * from './silero-format.ts';
export { defaultSileroModelPath, SILERO_V5_SHA256, VadModelError } from './silero-model.ts';
export * from './silero-stream.ts';
export * from './vad-analyzer.ts';
export * from './vad-processor.ts';

import { modelFromEnv } from './config.ts';
import { SileroVadEngine } from './silero-engine.ts';

let shared: Promise<SileroVadEngine> | null = null;

/** The process-wide Silero engine (one worker, one session), created on first use from env. */
export function sharedSileroVadEngine(
  env: Record<string, string | undefined> = {},
): Promise<SileroVadEngine> {
  if (!shared) {
    shared = SileroVadEngine.create(modelFromEnv(env));
    shared.catch(() => {
      shared = null; // let a later call retry (e.g. after fixing the model path)
    });
  }
  return shared;
}
