/** Environment variables of the shop domain and its tools. */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { defineSection, type Env, parseSection } from '../../config/section.ts';
import { WEB_SEARCH_NAMES } from '../research/web/index.ts';

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
  SHOP_RESEARCH_SUMMARIZER: z
    .enum(['template', 'llm'])
    .default('template')
    .describe(
      "Who writes research summaries: `template` (offline, from the gathered facts) or `llm` (the default profile's LLM; the template when it fails). `llm` needs an LLM_PROVIDER other than offline.",
    ),
  SHOP_RESEARCH_WEB: z
    .enum(WEB_SEARCH_NAMES)
    .default('none')
    .describe(
      'Web or product-search provider research also asks: `none`, `searxng` (self-hosted) or `brave`.',
    ),
  SHOP_RESEARCH_WEB_URL: z
    .url()
    .optional()
    .describe(
      "The web search endpoint: the SearXNG instance (required for searxng); overrides Brave's API URL.",
    ),
  SHOP_RESEARCH_WEB_API_KEY: z
    .string()
    .min(1)
    .optional()
    .describe('API key of the web search provider (required for brave).'),
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
  schema: shopEnvSchema
    .superRefine((e, ctx) => {
      if (e.SHOP_RESEARCH_WEB === 'searxng' && !e.SHOP_RESEARCH_WEB_URL)
        ctx.addIssue({
          code: 'custom',
          path: ['SHOP_RESEARCH_WEB_URL'],
          message:
            'SHOP_RESEARCH_WEB=searxng needs SHOP_RESEARCH_WEB_URL (the instance, e.g. http://searx:8080)',
        });
      if (e.SHOP_RESEARCH_WEB === 'brave' && !e.SHOP_RESEARCH_WEB_API_KEY)
        ctx.addIssue({
          code: 'custom',
          path: ['SHOP_RESEARCH_WEB_API_KEY'],
          message: 'SHOP_RESEARCH_WEB=brave needs SHOP_RESEARCH_WEB_API_KEY',
        });
    })
    .transform(
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
