/** STT configuration from environment variables (validated at startup). */
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { deepgramSttEnvSchema } from './deepgram.ts';
import { openAiSttEnvSchema } from './openai.ts';

const intFrom = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

export const sttEnvSchema = z
  .object({
    /** Which STT provider runs: pocketsphinx (offline), openai (any OpenAI-compatible server), deepgram (streaming), none = typed input only. */
    STT_PROVIDER: z.enum(['pocketsphinx', 'openai', 'deepgram', 'none']).default('pocketsphinx'),
    /**
     * Language model: dual (default: catalog decoder for the words + mixed decoder on the same audio
     * to flag non-shopping speech), mixed (catalog + generic English, one decoder), catalog only, or generic only.
     */
    STT_LM_MODE: z.enum(['dual', 'catalog', 'mixed', 'generic']).default('dual'),
    /** Weight of the catalog LM in the mixed decoder (mixed and dual modes); the generic LM gets the rest. */
    STT_LM_CATALOG_WEIGHT: z.coerce.number().gt(0).lt(1).default(0.95),
    /** Most frequent generic English words kept in the mixed dictionary (0 = all 72k). */
    STT_MIXED_GENERIC_WORDS: intFrom(10_000, 0, 200_000),
    /** Sentences generated from the catalog for the LM. */
    STT_LM_SENTENCES: intFrom(30_000, 1_000, 500_000),
    /** Where built catalog LMs are cached (keyed by a hash of the vocabulary). */
    STT_LM_CACHE_DIR: z.string().min(1).default('data/lm'),
    /** Decoder worker threads (each holds several decoders; one stream per decoder). */
    STT_WORKERS: intFrom(Math.max(1, Math.min(2, availableParallelism())), 1, 64),
    /** Interim hypotheses at most every this much audio. */
    STT_PARTIAL_INTERVAL_MS: intFrom(200, 20, 5_000),
    /** Longest wait for a final hypothesis after the end of a turn. */
    STT_FINALIZE_TIMEOUT_MS: intFrom(5_000, 100, 120_000),
    /** Warm decoders kept per worker after their session ends (fast next session, more memory). */
    STT_IDLE_DECODERS_PER_WORKER: intFrom(2, 0, 64),
    /**
     * pocketsphinx's second (flat-lexicon) pass at the end of each utterance: it re-searches the whole
     * utterance at finalize, about twice the end-of-turn → final latency for no measurable WER gain (README).
     */
    STT_FWDFLAT: z
      .enum(['true', 'false', '1', '0'])
      .default('false')
      .transform((v) => v === 'true' || v === '1'),
    /** Other readings (N-best) attached to each final transcript for the dialogue to choose from (0 = none). */
    STT_NBEST: intFrom(4, 0, 20),
    /** pocketsphinx model directory (en-us/, cmudict-en-us.dict, en-us.lm.bin). */
    POCKETSPHINX_MODEL_DIR: z.string().min(1).default('/usr/share/pocketsphinx/model/en-us'),
  })
  .extend(openAiSttEnvSchema.shape)
  .extend(deepgramSttEnvSchema.shape);

export type SttConfig = z.infer<typeof sttEnvSchema>;

/** Parses the STT section of `env`; throws a zod error naming each bad variable. */
export function loadSttConfig(env: Record<string, string | undefined> = process.env): SttConfig {
  return sttEnvSchema.parse(env);
}
