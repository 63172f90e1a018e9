/** Environment variables of the shop domain and its tools. */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { defineSection, type Env, parseSection } from '../../config/section.ts';

/** The demo store's name, the default of SHOP_NAME. */
export const DEMO_STORE_NAME = 'Voice Shopper';

export const shopEnvSchema = z.object({
  SHOP_NAME: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .default(DEMO_STORE_NAME)
    .describe("The shop's name, said in the greeting and given to the LLM in its instructions."),
  SHOP_CONFIRM_SECRET: z
    .string()
    .min(16, 'SHOP_CONFIRM_SECRET must be at least 16 characters')
    .optional()
    .describe(
      'HMAC key for order confirmation tokens; set it when several server processes share a database.',
    ),
  SHOP_CONFIRM_TTL_MS: z.coerce
    .number()
    .int()
    .min(10_000)
    .default(10 * 60_000)
    .describe('How long a prepare_order confirmation stays valid.'),
  SHOP_IDENTITY_MAX_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .describe('Failed identify_user attempts allowed per session before it locks.'),
  SHOP_MAX_LINE_QUANTITY: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(20)
    .describe('Largest quantity of one cart line.'),
  SHOP_RESEARCH_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(30_000)
    .describe('Background research gives up after this long.'),
  SHOP_TOOL_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(8_000)
    .describe('Timeout of ordinary tool calls.'),
  SHOP_POLICY_TEXT: z
    .string()
    .max(20_000)
    .optional()
    .describe(
      "The store's policies in plain sentences (returns, shipping, warranty…), read by get_policy. Unset: policy questions go to a person.",
    ),
  SHOP_FILLER_AFTER_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(700)
    .describe('Say a filler ("one moment") when a read takes longer than this.'),
});

export type ShopEnv = z.infer<typeof shopEnvSchema>;

export interface ShopConfig extends Omit<ShopEnv, 'SHOP_CONFIRM_SECRET'> {
  SHOP_CONFIRM_SECRET: string;
}

export const shopSection = defineSection({
  title: 'Shop',
  // A per-process random secret is safe for one process: tokens simply do not outlive it.
  schema: shopEnvSchema.transform(
    (e): ShopConfig => ({
      ...e,
      SHOP_CONFIRM_SECRET: e.SHOP_CONFIRM_SECRET ?? randomBytes(32).toString('base64url'),
    }),
  ),
});

export function loadShopConfig(env: Env): ShopConfig {
  return parseSection(shopSection, env);
}

/** Just the shop's name (the server reads it from the config tree: `config.shop.SHOP_NAME`). */
export function loadShopName(env: Env): string {
  return loadShopConfig(env).SHOP_NAME;
}
