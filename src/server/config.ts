import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { defineSection } from '../config/section.ts';

const iceServer = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.string().optional(),
  credential: z.string().optional(),
});

/** WORKERS: a count, or `auto` (one per core). */
export const workersSchema = z
  .string()
  .trim()
  .default('1')
  .transform((value, ctx) => {
    if (value === 'auto') return availableParallelism();
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > 256) {
      ctx.addIssue({
        code: 'custom',
        message: `WORKERS must be auto or a whole number from 1 to 256, got "${value}"`,
      });
      return z.NEVER;
    }
    return n;
  });

/** Environment variables of the HTTP server and session manager. */
export const serverEnvSchema = z.object({
  NODE_ENV: z
    .string()
    .optional()
    .describe(
      'production: the server refuses to start with settings unsafe on the internet (no PUBLIC_URL; Twilio on without TWILIO_AUTH_TOKEN).',
    ),
  PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65_535)
    .default(7860)
    .describe('TCP port of the HTTP/WebSocket server.'),
  HOST: z.string().min(1).default('0.0.0.0').describe('Interface to bind; 0.0.0.0 for all.'),
  WORKERS: workersSchema.describe(
    'Processes serving sessions on this machine, sharing PORT (one per core): 1 = one process; auto = one per core. A primary routes each connection to the worker owning the session it names, new sessions to the least loaded; rate limits and MAX_SESSIONS apply per worker.',
  ),
  PUBLIC_URL: z
    .url()
    .optional()
    .describe(
      'Public base URL (https://shop.example.com) of the URLs the server hands out (wsUrl, TwiML stream URL) and its own origin; required in production. Unset (development): derived from the request when its Host is well-formed, else the listening address.',
    ),
  MAX_SESSIONS: z.coerce
    .number()
    .int()
    .min(1)
    .default(50)
    .describe('Maximum concurrent sessions on this process.'),
  MAX_SESSIONS_PER_IDENTITY: z.coerce
    .number()
    .int()
    .min(1)
    .default(3)
    .describe('Maximum concurrent sessions per identity (guest or account).'),
  SESSION_RATE_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('Session creations allowed per client IP per minute.'),
  SESSION_RATE_PER_IDENTITY_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(10)
    .describe('Session creations allowed per identity (guest or account) per minute.'),
  SESSION_IDLE_TIMEOUT_S: z.coerce
    .number()
    .positive()
    .default(300)
    .describe('A session with no speech or text for this long is ended.'),
  SESSION_MAX_DURATION_S: z.coerce
    .number()
    .positive()
    .default(3600)
    .describe("Hard limit on a session's duration."),
  SESSION_CONNECT_TIMEOUT_S: z.coerce
    .number()
    .positive()
    .default(60)
    .describe('How long a started session waits for its transport to connect.'),
  SHUTDOWN_TIMEOUT_S: z.coerce
    .number()
    .positive()
    .default(10)
    .describe('SIGTERM: how long sessions get to end before the process exits anyway.'),
  SHUTDOWN_DRAIN_S: z.coerce
    .number()
    .min(0)
    .default(0)
    .describe(
      'SIGTERM: how long live sessions may go on before they are ended (new sessions get 503 and /readyz fails meanwhile; a second signal ends the wait); 0 ends them at once. Then SHUTDOWN_TIMEOUT_S applies.',
    ),
  MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1_048_576)
    .describe('Largest accepted HTTP body and WebSocket message, in bytes.'),
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
    })
    .describe('JSON array of RTCIceServer objects for SmallWebRTC; empty for LAN/offline use.'),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .describe(
      'Comma-separated origins allowed for CORS, WebSocket upgrades and cookie-authenticated POST/PATCH/DELETE (other sites get 403); always allowed: the same origin and PUBLIC_URL; loopback origins only while neither this nor PUBLIC_URL is set.',
    ),
  WEB_DIR: z
    .string()
    .default('web/out')
    .describe('Folder of the built web app served at /; missing: / answers with a pointer to /docs.'),
  SESSION_SECRET: z
    .string()
    .min(32, 'SESSION_SECRET must be at least 32 characters')
    .optional()
    .describe(
      'Cookie-signing secret (at least 32 characters); unset: one is generated once and kept next to the database.',
    ),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export const serverSection = defineSection({ title: 'HTTP server and sessions', schema: serverEnvSchema });
