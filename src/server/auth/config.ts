import { z } from 'zod';
import { defineSection } from '../../config/section.ts';
import { frontendApiOf } from './clerk.ts';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

const csv = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** Environment variables of accounts, external tokens and sign-in throttling. */
export const authEnvSchema = z.object({
  AUTH_PASSWORD_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .describe('Turns email + password accounts off (guests and external tokens still work).'),
  AUTH_PASSWORD_MIN_LENGTH: z.coerce
    .number()
    .int()
    .min(8)
    .max(128)
    .default(10)
    .describe('Shortest accepted password.'),
  AUTH_SESSION_DAYS: z.coerce
    .number()
    .positive()
    .default(30)
    .describe('Days an email + password sign-in stays valid.'),
  AUTH_JWT_ISSUER: optionalText.describe(
    'Expected `iss` of external session JWTs (Clerk: https://<instance>.clerk.accounts.dev); unset: off.',
  ),
  AUTH_CLERK_PUBLISHABLE_KEY: optionalText
    .refine((v) => {
      if (v === undefined) return true;
      try {
        frontendApiOf(v);
        return true;
      } catch {
        return false;
      }
    }, 'AUTH_CLERK_PUBLISHABLE_KEY must be a Clerk publishable key (pk_test_… or pk_live_…, from the Clerk dashboard’s API keys page)')
    .describe(
      'Clerk publishable key: the web app signs in with Clerk, and (unless AUTH_JWT_ISSUER is set) the server verifies session tokens of the instance it names.',
    ),
  AUTH_CLERK_JS_URL: z
    .url()
    .optional()
    .describe('Where the browser loads clerk-js from; default: the instance’s own Frontend API.'),
  AUTH_JWT_AUDIENCE: optionalText.describe(
    'Expected `aud`; unset: not checked (Clerk session tokens carry none by default).',
  ),
  AUTH_JWKS_URL: optionalText.describe('JWKS of the issuer; default: <issuer>/.well-known/jwks.json.'),
  AUTH_JWT_AUTHORIZED_PARTIES: csv.describe(
    'Comma-separated allowed `azp` values (Clerk: your frontend origins); empty: not checked.',
  ),
  AUTH_JWT_ALGORITHMS: z
    .string()
    .default('RS256,ES256,EdDSA')
    .transform((v, ctx) => {
      const list = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = list.filter((a) => !/^(RS|PS|ES)(256|384|512)$|^EdDSA$/.test(a));
      if (bad.length || list.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: `only asymmetric algorithms are allowed (RS*, PS*, ES*, EdDSA); got ${bad.join(',') || 'none'}`,
        });
        return z.NEVER;
      }
      return list;
    })
    .describe('Accepted signature algorithms (asymmetric only).'),
  AUTH_JWT_CLOCK_SKEW_S: z.coerce
    .number()
    .int()
    .min(0)
    .max(300)
    .default(5)
    .describe('Seconds of clock skew tolerated on exp/nbf/iat.'),
  AUTH_SIGNIN_MAX_FAILURES: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe('Failed sign-ins per account (email) or per IP before throttling starts.'),
  AUTH_SIGNIN_LOCK_S: z.coerce
    .number()
    .positive()
    .default(60)
    .describe('Lock-out after reaching the limit; doubles with each further failure, up to 1 hour.'),
  AUTH_SIGNUP_RATE_PER_IP_PER_HOUR: z.coerce
    .number()
    .int()
    .min(1)
    .default(10)
    .describe('Account sign-ups accepted per client IP per hour (more get 429 with Retry-After).'),
  AUTH_GUEST_RATE_PER_IP_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe(
      'New guest identities (a cookieless first visit) created per client IP per minute; more get 429.',
    ),
  AUTH_GUEST_PRUNE_AFTER_H: z.coerce
    .number()
    .positive()
    .default(24)
    .describe(
      'Guests that never kept anything (no cart items, saved items, orders or sessions) are deleted this long after they were created.',
    ),
  ADMIN_TOKEN: optionalText.describe(
    'Bearer token with admin rights (all sessions, the debug stream of any session); unset: no admin.',
  ),
});

export type AuthEnv = z.infer<typeof authEnvSchema>;

export const authSection = defineSection({ title: 'Accounts and sign-in', schema: authEnvSchema });
