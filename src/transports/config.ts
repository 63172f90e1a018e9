/** Transport and RTVI settings from env vars (validated once; defaults match the Pipecat clients). */
import { z } from 'zod';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const transportEnvSchema = z.object({
  /** Output audio chunk duration; pacing sends one chunk per chunk duration. */
  TRANSPORT_OUTPUT_CHUNK_MS: int(10, 200).default(40),
  /** Bot counts as stopped after the output queue stayed empty this long without a tts-stopped. */
  TRANSPORT_BOT_SILENCE_STOP_MS: int(100, 10_000).default(1500),
  /** Largest accepted WebSocket message in bytes (client-js refuses to send more than 1 MiB). */
  WS_MAX_MESSAGE_BYTES: int(1024, 16 * 1024 * 1024).default(1024 * 1024),
  /** Rate the Pipecat web player runs at (its AudioContext rate; frame fields are ignored). */
  WS_OUTPUT_SAMPLE_RATE: int(8000, 48_000).default(24_000),
  /** Rate assumed for client audio frames that carry sample_rate 0. */
  WS_INPUT_SAMPLE_RATE: int(8000, 48_000).default(16_000),
  /** How much RTVI tells the client about tool calls: none (ids only), name, full (args, results). */
  RTVI_FUNCTION_CALL_REPORT_LEVEL: z.enum(['none', 'name', 'full']).default('name'),
});

export type TransportEnv = z.infer<typeof transportEnvSchema>;

export function loadTransportEnv(env: NodeJS.ProcessEnv = process.env): TransportEnv {
  const parsed = transportEnvSchema.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid transport configuration: ${details}`);
  }
  return parsed.data;
}
