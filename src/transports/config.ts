/** Transport and RTVI settings from env vars (validated once; defaults match the Pipecat clients). */
import { z } from 'zod';
import { defineSection, type Env, parseSection } from '../config/section.ts';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const transportEnvSchema = z.object({
  TRANSPORT_OUTPUT_CHUNK_MS: int(10, 200)
    .default(40)
    .describe('Output audio chunk duration; pacing sends one chunk per chunk duration.'),
  TRANSPORT_OUTPUT_LEAD_MS: int(0, 200)
    .default(40)
    .describe(
      "How far ahead of the client's playback bot audio is sent (web and phone): a late send up to this long is never heard; it is also what still plays after a barge-in.",
    ),
  TRANSPORT_BOT_SILENCE_STOP_MS: int(100, 10_000)
    .default(1500)
    .describe('Bot counts as stopped after the output queue stayed empty this long without a tts-stopped.'),
  WS_MAX_MESSAGE_BYTES: int(1024, 16 * 1024 * 1024)
    .default(1024 * 1024)
    .describe('Largest accepted WebSocket message in bytes (client-js refuses to send more than 1 MiB).'),
  WS_OUTPUT_SAMPLE_RATE: int(8000, 48_000)
    .default(24_000)
    .describe('Rate the Pipecat web player runs at (its AudioContext rate; frame fields are ignored).'),
  WS_INPUT_SAMPLE_RATE: int(8000, 48_000)
    .default(16_000)
    .describe('Rate assumed for client audio frames that carry sample_rate 0.'),
  RTVI_FUNCTION_CALL_REPORT_LEVEL: z
    .enum(['none', 'name', 'full'])
    .default('name')
    .describe(
      'How much RTVI tells the client about tool calls: none (ids only), name, full (args, results).',
    ),
});

export type TransportEnv = z.infer<typeof transportEnvSchema>;

export const transportSection = defineSection({ title: 'Transports and RTVI', schema: transportEnvSchema });

export function loadTransportEnv(env: Env): TransportEnv {
  return parseSection(transportSection, env);
}
