import { z } from 'zod';
import { defineSection } from '../../config/section.ts';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** Environment variables of the link to a Convex deployment (the convex/ module's HTTP actions). */
export const convexEnvSchema = z
  .object({
    CONVEX_URL: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe(
        'The deployment’s HTTP actions URL (https://<name>.convex.site); set: every turn, saved item and research result of a session started through Convex is delivered there. Unset: off.',
      ),
    CONVEX_CLIENT_URL: z
      .url({ protocol: /^https?$/ })
      .refine((u) => !/\.convex\.site\/*$/.test(u), {
        message:
          'CONVEX_CLIENT_URL is the deployment URL (https://<name>.convex.cloud); .convex.site is the HTTP actions URL, which is CONVEX_URL',
      })
      .optional()
      .describe(
        'The deployment URL the web app’s Convex client connects to (https://<name>.convex.cloud); set: for a shopper signed in with Clerk, saved items and conversation history come from Convex queries with live updates, and saving from a product card is a Convex mutation. Unset: they come from this server’s REST API.',
      ),
    CONVEX_CLERK_TOKEN_TEMPLATE: z
      .string()
      .trim()
      .max(100)
      .default('convex')
      .describe(
        'The Clerk JWT template whose token the web app gives Convex (Clerk’s Convex integration names it `convex`); empty: the plain Clerk session token.',
      ),
    CONVEX_SECRET: optionalText.describe(
      'The secret the HTTP actions check in `x-s2s-secret` (Convex’s VOICE_S2S_SECRET); default: S2S_SECRET. At least 32 characters.',
    ),
    S2S_SECRET: optionalText.describe('The shared server-to-server secret; CONVEX_SECRET falls back to it.'),
    CONVEX_RETRY_BASE_MS: z.coerce
      .number()
      .int()
      .min(1)
      .default(1_000)
      .describe('First retry delay after a failed delivery; doubles per attempt up to CONVEX_RETRY_MAX_MS.'),
    CONVEX_RETRY_MAX_MS: z.coerce
      .number()
      .int()
      .min(1)
      .default(5 * 60_000)
      .describe('Longest retry delay.'),
    CONVEX_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .default(10_000)
      .describe('One delivery attempt is abandoned after this long (then retried).'),
    CONVEX_POLL_MS: z.coerce
      .number()
      .int()
      .min(50)
      .default(5_000)
      .describe('How often links left by another node or an earlier process are looked for.'),
  })
  .transform((v, ctx) => {
    const secret = v.CONVEX_SECRET ?? v.S2S_SECRET;
    if (v.CONVEX_URL && (!secret || secret.length < 32)) {
      ctx.addIssue({
        code: 'custom',
        path: ['CONVEX_SECRET'],
        message:
          'CONVEX_URL needs CONVEX_SECRET (or S2S_SECRET) of at least 32 characters, the one set as VOICE_S2S_SECRET in Convex',
      });
      return z.NEVER;
    }
    return {
      ...v,
      CONVEX_URL: v.CONVEX_URL?.replace(/\/+$/, ''),
      CONVEX_CLIENT_URL: v.CONVEX_CLIENT_URL?.replace(/\/+$/, ''),
      secret,
    };
  });

export type ConvexEnv = z.infer<typeof convexEnvSchema>;

export const convexSection = defineSection({ title: 'Convex link', schema: convexEnvSchema });

/** What a browser needs to open a Convex client (GET /api/auth/config → convex), or null when off. */
export function convexClientConfig(
  env: Pick<ConvexEnv, 'CONVEX_CLIENT_URL' | 'CONVEX_CLERK_TOKEN_TEMPLATE'>,
) {
  return env.CONVEX_CLIENT_URL
    ? { url: env.CONVEX_CLIENT_URL, tokenTemplate: env.CONVEX_CLERK_TOKEN_TEMPLATE || null }
    : null;
}

/**
 * The origins a page must be allowed to connect to (CSP connect-src) for the Convex client: its
 * WebSocket (ws/wss, which an http(s) source does not cover) and its HTTP fallback.
 */
export function convexConnectSources(url: string): string[] {
  const origin = new URL(url).origin;
  return [origin, origin.replace(/^http/, 'ws')];
}
