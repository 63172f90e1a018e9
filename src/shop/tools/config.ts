/** Environment variables of the shop domain and its tools. */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** The demo store's name, the default of SHOP_NAME. */
export const DEMO_STORE_NAME = 'Voice Shopper';

export const shopEnvSchema = z.object({
  /** The shop's name, said in the greeting and given to the LLM in its instructions. */
  SHOP_NAME: z.string().trim().min(1).max(100).default(DEMO_STORE_NAME),
  /** HMAC key for order confirmation tokens; set it when several server processes share a database. */
  SHOP_CONFIRM_SECRET: z.string().min(16, 'SHOP_CONFIRM_SECRET must be at least 16 characters').optional(),
  /** How long a prepare_order confirmation stays valid. */
  SHOP_CONFIRM_TTL_MS: z.coerce
    .number()
    .int()
    .min(10_000)
    .default(10 * 60_000),
  /** Failed identify_user attempts allowed per session before it locks. */
  SHOP_IDENTITY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  /** Largest quantity of one cart line. */
  SHOP_MAX_LINE_QUANTITY: z.coerce.number().int().min(1).max(1000).default(20),
  /** Background research gives up after this long. */
  SHOP_RESEARCH_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  /** Timeout of ordinary tool calls. */
  SHOP_TOOL_TIMEOUT_MS: z.coerce.number().int().min(100).default(8_000),
  /**
   * The store's policies in plain sentences (returns, shipping, warranty…), read by get_policy.
   * Unset: policy questions go to a person.
   */
  SHOP_POLICY_TEXT: z.string().max(20_000).optional(),
  /** Say a filler ("one moment") when a read takes longer than this. */
  SHOP_FILLER_AFTER_MS: z.coerce.number().int().min(0).default(700),
});

export type ShopEnv = z.infer<typeof shopEnvSchema>;

export interface ShopConfig extends Omit<ShopEnv, 'SHOP_CONFIRM_SECRET'> {
  SHOP_CONFIRM_SECRET: string;
}

export function loadShopConfig(env: NodeJS.ProcessEnv = process.env): ShopConfig {
  const parsed = shopEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid shop configuration:\n${lines.join('\n')}`);
  }
  // A per-process random secret is safe for one process: tokens simply do not outlive it.
  return {
    ...parsed.data,
    SHOP_CONFIRM_SECRET: parsed.data.SHOP_CONFIRM_SECRET ?? randomBytes(32).toString('base64url'),
  };
}

/** Just the shop's name (what the session pipeline needs for the assistant's instructions). */
export function loadShopName(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = shopEnvSchema.shape.SHOP_NAME.safeParse(env.SHOP_NAME);
  if (!parsed.success)
    throw new Error(`Invalid shop configuration:\n  SHOP_NAME: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
