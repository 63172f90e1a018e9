/**
 * Env configuration of the offline dialogue engine. Delays are off by default: the engine answers
 * as fast as it computes; set them to rehearse the pipeline against a cloud-like latency.
 */
import { z } from 'zod';

const ms = z.coerce.number().int().min(0).max(60_000);

export const dialogueEnvSchema = z.object({
  /** Simulated time to first output of each model call, ms. */
  DIALOGUE_FIRST_CHUNK_DELAY_MS: ms.default(0),
  /** Simulated gap between text chunks, ms. */
  DIALOGUE_CHUNK_DELAY_MS: ms.default(0),
  /** Words per streamed text chunk. */
  DIALOGUE_WORDS_PER_CHUNK: z.coerce.number().int().min(1).max(50).default(3),
  /** Language used when neither the instructions nor the utterance reveal one. */
  DIALOGUE_DEFAULT_LANGUAGE: z.enum(['en', 'es']).default('en'),
  /** Tool steps per user turn before the engine answers with what it has. */
  DIALOGUE_MAX_STEPS: z.coerce.number().int().min(1).max(10).default(3),
});
export type DialogueEnv = z.infer<typeof dialogueEnvSchema>;

export function loadDialogueConfig(env: NodeJS.ProcessEnv = process.env): DialogueEnv {
  const parsed = dialogueEnvSchema.safeParse(env);
  if (!parsed.success)
    throw new Error(`Invalid offline dialogue engine configuration: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
