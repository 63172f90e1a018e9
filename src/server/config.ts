import { z } from 'zod';

const iceServer = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.string().optional(),
  credential: z.string().optional(),
});

/** Environment variables of the HTTP server and session manager. */
export const serverEnvSchema = z.object({
  /** TCP port of the HTTP/WebSocket server. */
  PORT: z.coerce.number().int().min(0).max(65_535).default(7860),
  /** Interface to bind; 0.0.0.0 for all. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Public base URL (https://shop.example.com) used in wsUrl and TwiML; default: derived from the request. */
  PUBLIC_URL: z.url().optional(),
  /** Maximum concurrent sessions on this process. */
  MAX_SESSIONS: z.coerce.number().int().min(1).default(50),
  /** Maximum concurrent sessions per identity (guest or account). */
  MAX_SESSIONS_PER_IDENTITY: z.coerce.number().int().min(1).default(3),
  /** Session creations allowed per client IP per minute. */
  SESSION_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Session creations allowed per identity (guest or account) per minute. */
  SESSION_RATE_PER_IDENTITY_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** A session with no speech or text for this long is ended. */
  SESSION_IDLE_TIMEOUT_S: z.coerce.number().positive().default(300),
  /** Hard limit on a session's duration. */
  SESSION_MAX_DURATION_S: z.coerce.number().positive().default(3600),
  /** How long a started session waits for its transport to connect. */
  SESSION_CONNECT_TIMEOUT_S: z.coerce.number().positive().default(60),
  /** SIGTERM: how long sessions get to end before the process exits anyway. */
  SHUTDOWN_TIMEOUT_S: z.coerce.number().positive().default(10),
  /** Largest accepted HTTP body and WebSocket message, in bytes. */
  MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** JSON array of RTCIceServer objects for SmallWebRTC; empty for LAN/offline use. */
  ICE_SERVERS: z
    .string()
    .default('[]')
    .transform((value, ctx) => {
      try {
        return z.array(iceServer).parse(JSON.parse(value));
      } catch (err) {
        ctx.addIssue({
          code: 'custom',
          message: `ICE_SERVERS must be a JSON array of {urls}: ${String(err)}`,
        });
        return z.NEVER;
      }
    }),
  /** Comma-separated origins allowed for CORS and WebSocket upgrades; empty: same origin and localhost. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;
