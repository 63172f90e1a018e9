/**
 * Turn detection configuration from the environment. Waits are added to the VAD's own
 * stop_secs (0.2 s): with the text strategy a clearly finished sentence ends ~0.2 s after the
 * last word, an unfinished one ~1.7 s after, and nothing waits beyond TURN_MAX_WAIT_MS.
 */
import { z } from 'zod';
import { defineSection } from '../../config/section.ts';
import { TextAwareTurnStrategy, type TurnStrategy, VadSilenceTurnStrategy } from './strategy.ts';

const ms = z.coerce.number().int().min(0).max(30_000);

export const turnEnvSchema = z.object({
  TURN_STRATEGY: z
    .enum(['vad', 'text'])
    .default('text')
    .describe('End-of-turn strategy: vad (silence only) or text'),
  TURN_MAX_WAIT_MS: ms
    .default(3000)
    .describe('Longest wait after the VAD stop before the turn ends regardless'),
  TURN_COMPLETE_WAIT_MS: ms
    .default(0)
    .describe('Text strategy: extra wait when the transcript is clearly complete'),
  TURN_DEFAULT_WAIT_MS: ms.default(400).describe('Text strategy: extra wait when completeness is unknown'),
  TURN_LIKELY_COMPLETE_WAIT_MS: ms
    .default(0)
    .describe(
      'Text strategy: extra wait when the transcript ends on a content word ("show me running shoes"); 0 keeps voice-to-voice at the VAD floor',
    ),
  TURN_INCOMPLETE_WAIT_MS: ms
    .default(1500)
    .describe('Text strategy: extra wait when the transcript looks unfinished'),
});

export type TurnEnv = z.infer<typeof turnEnvSchema>;

export interface TurnConfig {
  strategy: TurnStrategy;
  maxWaitMs: number;
}

export const turnSection = defineSection({ title: 'Turn detection', schema: turnEnvSchema });

export function turnConfigFromEnv(env: Record<string, string | undefined>): TurnConfig {
  return turnConfigFromSettings(turnEnvSchema.parse(env));
}

export function turnConfigFromSettings(e: TurnEnv): TurnConfig {
  const strategy =
    e.TURN_STRATEGY === 'vad'
      ? new VadSilenceTurnStrategy()
      : new TextAwareTurnStrategy({
          completeMs: e.TURN_COMPLETE_WAIT_MS,
          defaultMs: e.TURN_DEFAULT_WAIT_MS,
          incompleteMs: e.TURN_INCOMPLETE_WAIT_MS,
          likelyCompleteMs: e.TURN_LIKELY_COMPLETE_WAIT_MS,
        });
  return { strategy, maxWaitMs: e.TURN_MAX_WAIT_MS };
}
