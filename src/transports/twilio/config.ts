/** Twilio Media Streams settings. */
import { z } from 'zod';
import { defineSection } from '../../config/section.ts';

export const twilioEnvSchema = z.object({
  TWILIO_AUTH_TOKEN: z
    .string()
    .optional()
    .describe('Twilio account auth token; when set, voice webhooks must carry a valid X-Twilio-Signature'),
});

export type TwilioEnv = z.infer<typeof twilioEnvSchema>;

export const twilioSection = defineSection({ title: 'Twilio telephony', schema: twilioEnvSchema });
