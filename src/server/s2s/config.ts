import { z } from 'zod';
import { defineSection } from '../../config/section.ts';

/** Environment variables of the server-to-server API. */
export const s2sEnvSchema = z.object({
  S2S_SECRET: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined))
    .refine((v) => v === undefined || v.length >= 32, 'S2S_SECRET must be at least 32 characters')
    .describe(
      'Shared secret a backend (Convex, a shop platform) sends in `x-s2s-secret`; unset: the API answers 503.',
    ),
});

export type S2sEnv = z.infer<typeof s2sEnvSchema>;

export const s2sSection = defineSection({ title: 'Server-to-server API', schema: s2sEnvSchema });
