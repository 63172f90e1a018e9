/**
 * Settings of provider failover (issue #17): how a `*_PROVIDER` list is parsed, and how failed
 * providers are probed and given up on. One provider name in a list keeps the old behaviour.
 */
import { z } from 'zod';
import { defineSection } from '../config/section.ts';

/** `deepgram,pocketsphinx` → a non-empty list of known, distinct names, in order. */
export function providerListSchema<const N extends string>(names: readonly N[], fallback: N) {
  return z
    .string()
    .trim()
    .toLowerCase()
    .default(fallback)
    .superRefine((value, ctx) => {
      const list = splitProviders(value);
      if (list.length === 0)
        ctx.addIssue({ code: 'custom', message: `name at least one of: ${names.join(', ')}` });
      for (const name of list)
        if (!names.includes(name as N))
          ctx.addIssue({
            code: 'custom',
            message: `unknown provider "${name}"; available: ${names.join(', ')}`,
          });
      if (new Set(list).size !== list.length)
        ctx.addIssue({ code: 'custom', message: 'a provider is listed twice' });
    });
}

export function splitProviders(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

const ms = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const failoverSchema = z.object({
  PROVIDER_PROBE_INTERVAL_MS: ms(100, 600_000)
    .default(2_000)
    .describe('First health probe of a provider that failed; doubles per failed probe'),
  PROVIDER_PROBE_MAX_INTERVAL_MS: ms(100, 3_600_000)
    .default(60_000)
    .describe('Longest wait between two health probes of a provider that is down'),
  PROVIDER_PROBE_TIMEOUT_MS: ms(100, 120_000).default(5_000).describe('Longest one health probe may take'),
  STT_FAILOVER_TIMEOUT_MS: ms(200, 120_000)
    .default(5_000)
    .describe(
      'With several STT providers: longest one may take to finalize an utterance before the turn is replayed into the next',
    ),
  TTS_FAILOVER_TIMEOUT_MS: ms(200, 120_000)
    .default(5_000)
    .describe(
      'With several TTS providers: longest one may take to start (or continue) a sentence before the next re-synthesizes it',
    ),
});

export type FailoverConfig = z.infer<typeof failoverSchema>;

export const failoverSection = defineSection({
  title: 'Provider failover',
  notes:
    'STT_PROVIDER, LLM_PROVIDER and TTS_PROVIDER take an ordered list (`deepgram,pocketsphinx`): on a failure the stage moves to the next provider without losing the turn, and returns to the first once a probe finds it healthy.',
  schema: failoverSchema,
});
