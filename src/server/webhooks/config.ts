import { z } from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** Environment variables of outbound conversation webhooks. */
export const webhookEnvSchema = z
  .object({
    /** Where conversation events are POSTed (a Convex HTTP action, a shop platform); unset: off. */
    WEBHOOK_URL: z.url().optional(),
    /** HMAC-SHA256 key of the signature header; default: S2S_SECRET. At least 32 characters. */
    WEBHOOK_SECRET: optionalText,
    /** The shared server-to-server secret (see s2s/config.ts); the webhook key falls back to it. */
    S2S_SECRET: optionalText,
    /** Attempts per event before it is marked dead. */
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
    /** First retry delay; doubles per attempt up to WEBHOOK_RETRY_MAX_MS. */
    WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(1_000),
    WEBHOOK_RETRY_MAX_MS: z.coerce
      .number()
      .int()
      .min(1)
      .default(15 * 60_000),
    /** One delivery attempt is abandoned after this long. */
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
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
