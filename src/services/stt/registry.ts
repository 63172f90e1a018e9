/**
 * Builds the configured STT service. New providers are a new case here plus their own file;
 * nothing else changes. For pocketsphinx the catalog LM is built (in a worker) before the
 * service is returned, and `rebuild` swaps it when the catalog changes.
 */
import { resolve } from 'node:path';
import { childLogger } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/clock.ts';
import type { CatalogVocabulary } from '../../shop/contract.ts';
import type { SttConfig } from './config.ts';
import { createDeepgramStt } from './deepgram.ts';
import { buildCatalogLmInWorker } from './lm/build.ts';
import type { CatalogLmFiles } from './lm/builder.ts';
import { createOpenAiStt } from './openai.ts';
import { PocketsphinxSttService } from './pocketsphinx/service.ts';
import { decoderArgs, decoderSpecFor } from './pocketsphinx/specs.ts';
import type { SttService } from './types.ts';

const log = childLogger({ component: 'stt' });

export interface SttDeps {
  clock?: Clock;
  /** The catalog's words; without it catalog/mixed modes fall back to the generic LM until `rebuild`. */
  vocabulary?: CatalogVocabulary;
  signal?: AbortSignal;
  /** Starts workers and one decoder each before returning (default true). */
  warmup?: boolean;
}

export interface SttSetup {
  service: SttService;
  /** Rebuilds the catalog LM for a changed catalog; new utterances use it once it is ready. */
  rebuild(vocabulary: CatalogVocabulary, signal?: AbortSignal): Promise<void>;
  /** The LM files in use (undefined in generic mode). */
  readonly lm: CatalogLmFiles | undefined;
}

/** Returns null when STT is disabled (typed input only). Throws a typed error when the engine is missing. */
export async function createSttService(config: SttConfig, deps: SttDeps = {}): Promise<SttSetup | null> {
  switch (config.STT_PROVIDER) {
    case 'none':
      return null;
    case 'pocketsphinx':
      return createPocketsphinx(config, deps);
    case 'openai': {
      // A remote batch API: no local language model to build or rebuild.
      const service = createOpenAiStt(config, deps);
      log.info({ baseUrl: config.STT_BASE_URL, model: config.STT_MODEL }, 'OpenAI-compatible STT ready');
      return { service, lm: undefined, rebuild: async () => {} };
    }
    case 'deepgram': {
      // Streaming over a socket per session; catalog words are sent as keyterms when streams open.
      const service = createDeepgramStt(config, deps);
      log.info({ model: service.model }, 'Deepgram streaming STT ready');
      return { service, lm: undefined, rebuild: async (vocabulary) => service.setKeyterms(vocabulary) };
    }
  }
}

async function createPocketsphinx(config: SttConfig, deps: SttDeps): Promise<SttSetup> {
  const modelDir = config.POCKETSPHINX_MODEL_DIR;
  const mode = config.STT_LM_MODE;
  const build = (v: CatalogVocabulary, signal?: AbortSignal) =>
    buildCatalogLmInWorker(
      v,
      {
        cacheDir: resolve(config.STT_LM_CACHE_DIR),
        modelDir,
        sentences: config.STT_LM_SENTENCES,
        mixedGenericWords: config.STT_MIXED_GENERIC_WORDS,
      },
      signal,
    );
  let lm: CatalogLmFiles | undefined;
  if (mode !== 'generic' && deps.vocabulary) lm = await build(deps.vocabulary, deps.signal);
  const extraArgs = decoderArgs({ fwdflat: config.STT_FWDFLAT });
  const initial = decoderSpecFor(
    mode,
    modelDir,
    lm,
    config.STT_LM_CATALOG_WEIGHT,
    extraArgs,
    config.STT_NBEST,
  );
  const service = new PocketsphinxSttService({
    modelDir,
    spec: initial.spec,
    model: initial.model,
    workers: config.STT_WORKERS,
    partialIntervalMs: config.STT_PARTIAL_INTERVAL_MS,
    maxIdleDecodersPerWorker: config.STT_IDLE_DECODERS_PER_WORKER,
    options: { timeoutMs: config.STT_FINALIZE_TIMEOUT_MS, maxRetries: 0 },
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  if (deps.warmup ?? true) await service.warmup();
  log.info({ mode, model: initial.model, workers: config.STT_WORKERS }, 'pocketsphinx STT ready');
  return {
    service,
    get lm() {
      return lm;
    },
    async rebuild(vocabulary, signal) {
      if (mode === 'generic') return;
      const files = await build(vocabulary, signal);
      lm = files;
      const next = decoderSpecFor(
        mode,
        modelDir,
        files,
        config.STT_LM_CATALOG_WEIGHT,
        extraArgs,
        config.STT_NBEST,
      );
      service.setSpec(next.spec, next.model);
      log.info({ model: next.model, fromCache: files.fromCache }, 'catalog LM rebuilt');
    },
  };
}
