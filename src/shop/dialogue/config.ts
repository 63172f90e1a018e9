/**
 * Env configuration of the offline dialogue engine. Delays are off by default: the engine answers
 * as fast as it computes; set them to rehearse the pipeline against a cloud-like latency.
 */
import { z } from 'zod';
import { defineSection, type Env, parseSection } from '../../config/section.ts';

const ms = z.coerce.number().int().min(0).max(60_000);

export const dialogueEnvSchema = z.object({
  DIALOGUE_FIRST_CHUNK_DELAY_MS: ms
    .default(0)
    .describe('Simulated time to first output of each model call, ms.'),
  DIALOGUE_CHUNK_DELAY_MS: ms.default(0).describe('Simulated gap between text chunks, ms.'),
  DIALOGUE_WORDS_PER_CHUNK: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(3)
    .describe('Words per streamed text chunk.'),
  DIALOGUE_DEFAULT_LANGUAGE: z
    .enum(['en', 'es'])
    .default('en')
    .describe('Language used when neither the instructions nor the utterance reveal one.'),
  DIALOGUE_MAX_STEPS: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .describe('Tool steps per user turn before the engine answers with what it has.'),
  DIALOGUE_THREADS: z.coerce
    .number()
    .int()
    .min(0)
    .max(16)
    .default(1)
    .describe(
      "Worker threads the engine runs in, off the event loop that paces every session's audio (0: in process).",
    ),
});
export type DialogueEnv = z.infer<typeof dialogueEnvSchema>;

export const dialogueSection = defineSection({ title: 'Offline dialogue engine', schema: dialogueEnvSchema });

export function loadDialogueConfig(env: Env): DialogueEnv {
  return parseSection(dialogueSection, env);
}
