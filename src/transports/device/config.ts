/** Device protocol settings (issue #16): liveness, resume, and the limits one device gets. */
import { z } from 'zod';
import { defineSection, type Env, parseSection } from '../../config/section.ts';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const secs = (max: number) => z.coerce.number().positive().max(max);

export const deviceEnvSchema = z.object({
  DEVICE_ENABLED: z
    .stringbool()
    .default(true)
    .describe('Serve the device WebSocket (/device/ws) and the owner’s device admin API.'),
  DEVICE_HANDSHAKE_TIMEOUT_S: secs(120)
    .default(10)
    .describe('A device socket that has not completed its handshake in this time is closed (1008).'),
  DEVICE_HEARTBEAT_INTERVAL_S: secs(300)
    .default(10)
    .describe('How often the server sends a heartbeat (devices should send theirs as often).'),
  DEVICE_HEARTBEAT_TIMEOUT_S: secs(600)
    .default(30)
    .describe(
      'A device that sent nothing (no heartbeat, no audio) this long is dropped (then the grace window).',
    ),
  DEVICE_RESUME_GRACE_S: z.coerce
    .number()
    .min(0)
    .max(3600)
    .default(30)
    .describe(
      'A dropped device that reconnects within this time resumes the same session (history, cart); after it the session ends and everything it held is released.',
    ),
  DEVICE_MAX_BUFFERED_AUDIO_MS: int(0, 120_000)
    .default(10_000)
    .describe('Audio a device may keep while offline and send on resume (told to the device in `config`).'),
  DEVICE_MAX_CHUNK_BYTES: int(256, 1_000_000)
    .default(32_768)
    .describe(
      'Largest audio payload in one chunk (bytes, decoded); bigger chunks are refused with an error.',
    ),
  DEVICE_MAX_MESSAGES_PER_SECOND: int(1, 10_000)
    .default(100)
    .describe('Messages per second one device may send on average (20 ms audio is 50/s).'),
  DEVICE_MESSAGE_BURST: int(1, 100_000)
    .default(600)
    .describe('Messages a device may send at once above that rate (a resume’s buffered audio).'),
  DEVICE_CONNECTS_PER_MINUTE: int(1, 10_000)
    .default(30)
    .describe(
      'Handshakes accepted per device id per minute, and failed handshakes (bad credentials) per address per minute.',
    ),
});

export type DeviceEnv = z.infer<typeof deviceEnvSchema>;

export const deviceSection = defineSection({ title: 'Devices', schema: deviceEnvSchema });

export function loadDeviceEnv(env: Env): DeviceEnv {
  return parseSection(deviceSection, env);
}
