/** SmallWebRTC settings from env vars (ICE servers themselves come from the server's ICE_SERVERS). */
import { z } from 'zod';
import { defineSection, type Env, parseSection } from '../../config/section.ts';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const webrtcEnvSchema = z.object({
  WEBRTC_OPUS_BACKEND: z
    .enum(['auto', 'native', 'opusscript'])
    .default('auto')
    .describe(
      'Opus library: auto (native @discordjs/opus when installed, else opusscript), native, opusscript.',
    ),
  WEBRTC_ICE_LITE: bool
    .default(true)
    .describe(
      'ICE lite: answer only, never gather server-reflexive candidates (right for a server with a reachable IP).',
    ),
  WEBRTC_HOST_ADDRESSES: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .describe(
      'Comma-separated extra host addresses to offer as candidates (e.g. a public IP behind 1:1 NAT).',
    ),
  WEBRTC_LOOPBACK_ONLY: bool
    .default(false)
    .describe('Offer, accept and pair only 127.0.0.1 candidates: tests and single-machine offline demos.'),
  WEBRTC_PORT_RANGE: z
    .string()
    .default('')
    .transform((v, ctx) => {
      if (!v) return undefined;
      const m = /^(\d+)-(\d+)$/.exec(v.trim());
      const lo = Number(m?.[1]);
      const hi = Number(m?.[2]);
      if (!m || lo < 1024 || hi > 65_535 || lo >= hi) {
        ctx.addIssue({
          code: 'custom',
          message: 'WEBRTC_PORT_RANGE must look like 40000-40100 (1024–65535)',
        });
        return z.NEVER;
      }
      return [lo, hi] as [number, number];
    })
    .describe('UDP port range for ICE, "min-max" (empty: any port).'),
  WEBRTC_PING_TIMEOUT_MS: int(0, 60_000)
    .default(3000)
    .describe(
      'Once the client started pinging, the peer counts as gone after this long without a ping (0: never).',
    ),
  WEBRTC_CONNECT_TIMEOUT_MS: int(1000, 300_000)
    .default(30_000)
    .describe('A peer that never connects (ICE/DTLS) is given up after this long.'),
  WEBRTC_RECONNECT_GRACE_MS: int(0, 120_000)
    .default(10_000)
    .describe(
      'After ICE fails, how long the client has to come back with restart_pc before the session ends.',
    ),
  WEBRTC_OUTPUT_SAMPLE_RATE: z.coerce
    .number()
    .pipe(z.union([z.literal(16_000), z.literal(24_000), z.literal(48_000)]))
    .default(24_000)
    .describe('Rate of the bot audio fed to the Opus encoder (RTP still counts at 48 kHz).'),
});

export type WebRtcEnv = z.infer<typeof webrtcEnvSchema>;

export const webrtcSection = defineSection({ title: 'SmallWebRTC', schema: webrtcEnvSchema });

export function loadWebRtcEnv(env: Env): WebRtcEnv {
  return parseSection(webrtcSection, env);
}
