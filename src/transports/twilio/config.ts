/** Twilio Media Streams settings. */
import { z } from 'zod';
import { defineSection } from '../../config/section.ts';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const twilioEnvSchema = z.object({
  TWILIO_ENABLED: z
    .stringbool()
    .default(true)
    .describe(
      'Serve the Twilio voice webhook and media streams. In production (NODE_ENV=production) it needs TWILIO_AUTH_TOKEN; set false on a server that takes no phone calls.',
    ),
  TWILIO_AUTH_TOKEN: z
    .string()
    .optional()
    .describe(
      'Twilio account auth token; when set, voice webhooks must carry a valid X-Twilio-Signature and callers get a stable identity per number (unsigned webhooks get a new guest per call).',
    ),
  TWILIO_MAX_SESSIONS: int(1, 100_000)
    .optional()
    .describe(
      'Concurrent phone sessions at most; default: half of MAX_SESSIONS, so calls can never take every session.',
    ),
  TWILIO_WEBHOOK_RATE_PER_IP_PER_MINUTE: int(1, 100_000)
    .default(60)
    .describe('Voice webhook requests accepted per client IP per minute (more get 429).'),
  TWILIO_WEBHOOK_RATE_PER_MINUTE: int(1, 1_000_000)
    .default(300)
    .describe('Voice webhook requests accepted per minute from everyone (more hear a busy message).'),
  TWILIO_STREAM_START_TIMEOUT_S: z.coerce
    .number()
    .positive()
    .max(120)
    .default(5)
    .describe('A media stream socket that sends no `start` event within this time is closed.'),
  TWILIO_MAX_STREAMS_PER_IP: int(1, 100_000)
    .default(50)
    .describe(
      'Open media stream sockets per client IP (Twilio connects from a few addresses: keep it at least TWILIO_MAX_SESSIONS).',
    ),
});

export type TwilioEnv = z.infer<typeof twilioEnvSchema>;

export const twilioSection = defineSection({ title: 'Twilio telephony', schema: twilioEnvSchema });
