import { z } from 'zod';
import { defineSection } from '../../config/section.ts';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** Environment variables of outbound conversation webhooks. */
export const webhookEnvSchema = z
  .object({
    WEBHOOK_URL: z
      .url()
      .optional()
      .describe('Where conversation events are POSTed (a Convex HTTP action, a shop platform); unset: off.'),
    WEBHOOK_SECRET: optionalText.describe(
      'HMAC-SHA256 key of the signature header; default: S2S_SECRET. At least 32 characters.',
    ),
    S2S_SECRET: optionalText.describe(
      'The shared server-to-server secret (see s2s/config.ts); the webhook key falls back to it.',
    ),
    WEBHOOK_MAX_ATTEMPTS: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(12)
      .describe('Attempts per event before it is marked dead.'),
    WEBHOOK_RETRY_BASE_MS: z.coerce
      .number()
      .int()
      .min(1)
      .default(1_000)
      .describe('First retry delay; doubles per attempt up to WEBHOOK_RETRY_MAX_MS.'),
    WEBHOOK_RETRY_MAX_MS: z.coerce
      .number()
      .int()
      .min(1)
      .default(15 * 60_000)
      .describe('Longest retry delay.'),
    WEBHOOK_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .default(10_000)
      .describe('One delivery attempt is abandoned after this long.'),
  })
  .transform((v, ctx) => {
    const secret = v.WEBHOOK_SECRET ?? v.S2S_SECRET;
    if (v.WEBHOOK_URL && (!secret || secret.length < 32)) {
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_SECRET'],
        message:
          'WEBHOOK_URL needs WEBHOOK_SECRET (or S2S_SECRET) of at least 32 characters to sign deliveries',
      });
      return z.NEVER;
    }
    return { ...v, secret };
  });

export type WebhookEnv = z.infer<typeof webhookEnvSchema>;

export const webhookSection = defineSection({ title: 'Outbound webhooks', schema: webhookEnvSchema });
