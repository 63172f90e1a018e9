/** STT_PROVIDER=pocketsphinx (default): offline recognition with a language model built from the catalog. */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { dataDirVariable, inDataDir } from '../../../config/data-dir.ts';
import { ConfigError } from '../../../config/section.ts';
import { childLogger } from '../../../log/logger.ts';
import type { CatalogVocabulary } from '../../../shop/contract.ts';
import { buildCatalogLmInWorker } from '../lm/build.ts';
import type { CatalogLmFiles } from '../lm/builder.ts';
import { PocketsphinxSttService } from '../pocketsphinx/service.ts';
import {
  type AcousticAdaptation,
  DEFAULT_ACOUSTIC_ADAPTATION,
  DEFAULT_FREQ_WARP,
  DEFAULT_PHONE_MODEL,
  DEFAULT_WARP_CANDIDATES,
  DEFAULT_WARP_TRIAL_UTTERANCES,
  decoderArgs,
  decoderSpecFor,
  SYNTHETIC_MLLR_PATH,
} from '../pocketsphinx/specs.ts';
import { defineSttProvider, type SttDeps, type SttSetup } from '../provider.ts';
import { phoneSetup } from './pocketsphinx-phone.ts';

const log = childLogger({ component: 'stt' });

const intFrom = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

export const pocketsphinxSttEnvSchema = z.object({
  STT_LM_MODE: z
    .enum(['dual', 'catalog', 'mixed', 'generic'])
    .default('dual')
    .describe(
      'Language model: dual (default: catalog decoder for the words + mixed decoder on the same audio to flag non-shopping speech), mixed (catalog + generic English, one decoder), catalog only, or generic only.',
    ),
  STT_LM_CATALOG_WEIGHT: z.coerce
    .number()
    .gt(0)
    .lt(1)
    .default(0.95)
    .describe(
      'Weight of the catalog LM in the mixed decoder (mixed and dual modes); the generic LM gets the rest.',
    ),
  STT_MIXED_GENERIC_WORDS: intFrom(10_000, 0, 200_000).describe(
    'Most frequent generic English words kept in the mixed dictionary (0 = all 72k).',
  ),
  STT_LM_SENTENCES: intFrom(30_000, 1_000, 500_000).describe(
    'Sentences generated from the catalog for the LM.',
  ),
  DATA_DIR: dataDirVariable,
  STT_LM_CACHE_DIR: z
    .string()
    .min(1)
    .optional()
    .meta({ docDefault: '$DATA_DIR/lm' })
    .describe('Where built catalog LMs are cached (keyed by a hash of the vocabulary).'),
  STT_WORKERS: intFrom(Math.max(1, Math.min(2, availableParallelism())), 1, 64)
    .meta({ docDefault: 'min(2, CPU cores)' })
    .describe('Decoder worker threads (each holds several decoders; one stream per decoder).'),
  STT_PARTIAL_INTERVAL_MS: intFrom(200, 20, 5_000).describe(
    'Interim hypotheses at most every this much audio.',
  ),
  STT_FINALIZE_TIMEOUT_MS: intFrom(5_000, 100, 120_000).describe(
    'Longest time the decoder may show no progress on a finished turn before the turn is given up (a decoder still working through a backlog on a busy machine is waited for).',
  ),
  STT_IDLE_DECODERS_PER_WORKER: intFrom(2, 0, 64).describe(
    'Warm decoders kept per worker after their session ends (fast next session, more memory).',
  ),
  STT_FWDFLAT: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1')
    .describe(
      "pocketsphinx's second (flat-lexicon) pass at the end of each utterance: it re-searches the whole utterance at finalize, about twice the end-of-turn → final latency for no measurable WER gain (README).",
    ),
  STT_FREQ_WARP: z.coerce
    .number()
    .min(0.8)
    .max(1.25)
    .default(DEFAULT_FREQ_WARP)
    .describe(
      "Front-end frequency warp (f / warp; 1 = off, the default). 1.1 lowered WER on round 2's synthetic voices but not on the development catalogs (README); not measured on real speakers.",
    ),
  STT_WARP_CANDIDATES: z
    .string()
    .default(DEFAULT_WARP_CANDIDATES.join(','))
    .transform((v) =>
      v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
        .map(Number),
    )
    .pipe(z.array(z.number().min(0.8).max(1.3)).max(3))
    .describe(
      "Frequency warps (f / warp) also decoded on a session's first utterance(s), comma-separated (empty = none); the session then keeps the one its speaker's pitch calls for (1 up to 140 Hz, higher for higher voices) and decodes only that. Each candidate is one more decoder per dual decoder, fed only during the trial (STT_WARP_TRIAL_UTTERANCES; 0 = every warp on every utterance, the best-scoring reading reported, +40 % decoding CPU per candidate). Off by default: 1.2 did not lower espeak-ng f3's WER measurably with the dual LM (README).",
    ),
  STT_WARP_TRIAL_UTTERANCES: intFrom(DEFAULT_WARP_TRIAL_UTTERANCES, 0, 20).describe(
    "With STT_WARP_CANDIDATES: decode every warp on a session's first this-many utterances (longer while too little voiced speech was heard to measure the pitch, at most 3), then keep the speaker's warp for the rest of the session (one speaker per session); 0 = every warp on every utterance.",
  ),
  STT_ACOUSTIC_ADAPTATION: z
    .enum(['base', 'adapted', 'auto'])
    .default(DEFAULT_ACOUSTIC_ADAPTATION)
    .describe(
      'Acoustic model: base (pocketsphinx\'s en-us), adapted (en-us with the STT_MLLR_FILE transform, fitted to synthetic voices), or auto: both decode a session\'s first utterance(s) (STT_ADAPTATION_TRIAL_UTTERANCES) and the session keeps the better-scoring one (README, "Acoustic adaptation"). Not with STT_WARP_CANDIDATES.',
    ),
  STT_ADAPTATION_TRIAL_UTTERANCES: intFrom(3, 1, 3).describe(
    'With STT_ACOUSTIC_ADAPTATION=auto: utterances both acoustic models decode before the session keeps one (an utterance one model heard nothing in does not count; at most 3 in all).',
  ),
  STT_MLLR_FILE: z
    .string()
    .min(1)
    .default(SYNTHETIC_MLLR_PATH)
    .meta({ docDefault: 'src/services/stt/pocketsphinx/adaptation/synthetic.mllr' })
    .describe(
      'The MLLR transform (sphinxtrain mllr_solve output) the adapted decoder loads with STT_ACOUSTIC_ADAPTATION adapted or auto; the default is fitted to synthetic voices by scripts/stt-adapt.ts.',
    ),
  STT_PHONE_MODEL: z
    .enum(['off', 'cmn', 'mllr'])
    .default(DEFAULT_PHONE_MODEL)
    .describe(
      'Phone calls (Twilio: 8 kHz µ-law): off decodes them like any session; cmn starts their cepstral mean normalisation from the mean of phone-path speech (adaptation/phone.cmninit) instead of wideband speech\'s; mllr also applies the MLLR transform fitted on phone-path speech (adaptation/phone.mllr). README, "Phone calls".',
    ),
  STT_NBEST: intFrom(4, 0, 20).describe(
    'Other readings (N-best) attached to each final transcript for the dialogue to choose from (0 = none).',
  ),
  POCKETSPHINX_MODEL_DIR: z
    .string()
    .min(1)
    .default('/usr/share/pocketsphinx/model/en-us')
    .describe('pocketsphinx model directory (en-us/, cmudict-en-us.dict, en-us.lm.bin).'),
});

type PocketsphinxConfig = z.output<typeof pocketsphinxSttEnvSchema>;

export const pocketsphinxStt = defineSttProvider({
  name: 'pocketsphinx',
  configSchema: pocketsphinxSttEnvSchema,
  create: createPocketsphinx,
});

/** The acoustic model choice; throws a ConfigError for a setting the decoders cannot honour. */
export function acousticAdaptation(config: PocketsphinxConfig): AcousticAdaptation {
  const mode = config.STT_ACOUSTIC_ADAPTATION;
  if (mode === 'base') return { mode };
  const problems: string[] = [];
  if (!existsSync(config.STT_MLLR_FILE))
    problems.push(
      `STT_MLLR_FILE: ${config.STT_MLLR_FILE} does not exist (regenerate it with node scripts/stt-adapt.ts, or set STT_ACOUSTIC_ADAPTATION=base)`,
    );
  if (mode === 'auto' && config.STT_WARP_CANDIDATES.length > 0)
    problems.push(
      'STT_ACOUSTIC_ADAPTATION: auto cannot be combined with STT_WARP_CANDIDATES (both choose a twin decoder per session); unset one of them',
    );
  if (problems.length > 0) throw new ConfigError(problems, 'Invalid speech-to-text configuration');
  return mode === 'adapted'
    ? { mode, mllrPath: config.STT_MLLR_FILE }
    : { mode, mllrPath: config.STT_MLLR_FILE, trialUtterances: config.STT_ADAPTATION_TRIAL_UTTERANCES };
}

async function createPocketsphinx(config: PocketsphinxConfig, deps: SttDeps): Promise<SttSetup> {
  const modelDir = config.POCKETSPHINX_MODEL_DIR;
  const mode = config.STT_LM_MODE;
  const build = (v: CatalogVocabulary, signal?: AbortSignal) =>
    buildCatalogLmInWorker(
      v,
      {
        cacheDir: inDataDir(config.DATA_DIR, config.STT_LM_CACHE_DIR, 'lm'),
        modelDir,
        sentences: config.STT_LM_SENTENCES,
        mixedGenericWords: config.STT_MIXED_GENERIC_WORDS,
      },
      signal,
    );
  let lm: CatalogLmFiles | undefined;
  if (mode !== 'generic' && deps.vocabulary) lm = await build(deps.vocabulary, deps.signal);
  const extraArgs = decoderArgs({ fwdflat: config.STT_FWDFLAT, warp: config.STT_FREQ_WARP });
  const adaptation = acousticAdaptation(config);
  const initial = decoderSpecFor(
    mode,
    modelDir,
    lm,
    config.STT_LM_CATALOG_WEIGHT,
    extraArgs,
    config.STT_NBEST,
    config.STT_WARP_CANDIDATES,
    config.STT_WARP_TRIAL_UTTERANCES,
    adaptation,
  );
  const service = new PocketsphinxSttService({
    modelDir,
    spec: initial.spec,
    model: initial.model,
    workers: config.STT_WORKERS,
    partialIntervalMs: config.STT_PARTIAL_INTERVAL_MS,
    maxIdleDecodersPerWorker: config.STT_IDLE_DECODERS_PER_WORKER,
    ...phoneSetup(config.STT_PHONE_MODEL),
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
        config.STT_WARP_CANDIDATES,
        config.STT_WARP_TRIAL_UTTERANCES,
        adaptation,
      );
      service.setSpec(next.spec, next.model);
      log.info({ model: next.model, fromCache: files.fromCache }, 'catalog LM rebuilt');
    },
  };
}
