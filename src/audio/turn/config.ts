/**
 * Turn detection configuration from the environment. Waits are added to the VAD's own
 * stop_secs (0.2 s): with the text strategy a finished request ends ~0.2 s after the last
 * word, one the judge cannot read ~0.4 s after, an unfinished one ~0.9 s after, and nothing
 * waits beyond TURN_MAX_WAIT_MS.
 *
 * Why these waits: the unfinished wait has to outlast a mid-sentence pause ("I want the …
 * blue one", 300–600 ms) minus the VAD stop window, plus the VAD's start latency on the words
 * that follow (0.2–0.35 s); 700 ms covers a 600 ms pause with ~100 ms to spare. LiveKit's
 * model-based endpointing waits 0.5–3 s; with a parse-based judge the long wait is rarely
 * taken, so the cap is 0.8 s rather than 3 s (the old 1.5 s waits were the p95 tail).
 *
 * The judge reads the STT's settled hypothesis of all the audio, asked for at the VAD stop
 * (TURN_SETTLE_WAIT_MS bounds the wait for it): the interim before it lags the audio and often
 * ends a word early, which read as unfinished and held complete requests 0.7 s. On an idle
 * machine it arrives 10–20 ms after the stop; the bound only matters when the decoder is far
 * behind (a loaded machine), and then the final transcript the reply needs comes later than
 * the settled one anyway, so the wait costs no voice-to-voice time (one message hop), while
 * ending on a stale transcript that happens to read as complete ("show me a bag" of "show me a
 * bag of … dog food") cuts the request in two. A stale transcript that reads as unfinished
 * waits its full wait unless the settled one, arriving meanwhile, reads as complete.
 */
import { z } from 'zod';
import type { CompletenessJudge } from './judge.ts';
import { TextAwareTurnStrategy, type TurnStrategy, VadSilenceTurnStrategy } from './strategy.ts';

const ms = z.coerce.number().int().min(0).max(30_000);

export const turnEnvSchema = z.object({
  TURN_STRATEGY: z
    .enum(['vad', 'text'])
    .default('text')
    .describe('End-of-turn strategy: vad (silence only) or text'),
  TURN_MAX_WAIT_MS: ms
    .default(800)
    .describe('Longest wait after the VAD stop before the turn ends regardless'),
  TURN_COMPLETE_WAIT_MS: ms
    .default(0)
    .describe('Text strategy: extra wait when the transcript is clearly complete'),
  TURN_DEFAULT_WAIT_MS: ms
    .default(200)
    .describe('Text strategy: extra wait when completeness is unknown (nothing parsed yet, a misheard tail)'),
  TURN_LIKELY_COMPLETE_WAIT_MS: ms
    .default(0)
    .describe(
      'Text strategy: extra wait when the transcript ends on a content word ("show me running shoes"); 0 keeps voice-to-voice at the VAD floor',
    ),
  TURN_INCOMPLETE_WAIT_MS: ms
    .default(700)
    .describe('Text strategy: extra wait when the transcript looks unfinished'),
  TURN_SETTLE_WAIT_MS: ms
    .default(400)
    .describe(
      "Longest wait after the VAD stop for the STT's settled hypothesis of all the audio (judged instead of a stale interim); 0 = judge whatever interim is there",
    ),
});

export type TurnEnv = z.infer<typeof turnEnvSchema>;

export interface TurnConfig {
  strategy: TurnStrategy;
  maxWaitMs: number;
  settleWaitMs: number;
}

export interface TurnConfigOptions {
  /** Completeness judge for the text strategy (the composition root passes the dialogue engine's). */
  judge?: CompletenessJudge;
}

export function turnConfigFromEnv(
  env: Record<string, string | undefined>,
  options: TurnConfigOptions = {},
): TurnConfig {
  return turnConfigFromSettings(turnEnvSchema.parse(env), options);
}

export function turnConfigFromSettings(e: TurnEnv, options: TurnConfigOptions = {}): TurnConfig {
  const strategy =
    e.TURN_STRATEGY === 'vad'
      ? new VadSilenceTurnStrategy()
      : new TextAwareTurnStrategy(
          {
            completeMs: e.TURN_COMPLETE_WAIT_MS,
            defaultMs: e.TURN_DEFAULT_WAIT_MS,
            incompleteMs: e.TURN_INCOMPLETE_WAIT_MS,
            likelyCompleteMs: e.TURN_LIKELY_COMPLETE_WAIT_MS,
          },
          options.judge ? { judge: options.judge } : {},
        );
  return { strategy, maxWaitMs: e.TURN_MAX_WAIT_MS, settleWaitMs: e.TURN_SETTLE_WAIT_MS };
}
