/**
 * What a shop owner sets for the catalog and promos loaded at start, next to `CATALOG`. The same
 * values are the defaults of `voice-shopper catalog import` / `promos import`; flags override them.
 */
import { z } from 'zod';
import { defineSection, type Env, parseSection } from '../../../config/section.ts';
import { IMPORT_MODES } from '../writer.ts';

/** Used when neither the file, a flag nor CATALOG_CURRENCY states a currency (a Shopify CSV never does). */
export const DEFAULT_CURRENCY = 'EUR';
export const DEFAULT_LOCALE = 'en-US';

export const currencyCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .refine((c) => /^[A-Z]{3}$/.test(c) && Intl.supportedValuesOf('currency').includes(c), {
    message: 'must be an ISO 4217 currency code such as USD, EUR or GBP',
  });

export const localeTag = z
  .string()
  .trim()
  .refine(
    (l) => {
      try {
        return Intl.getCanonicalLocales(l).length === 1;
      } catch {
        return false;
      }
    },
    { message: 'must be a BCP 47 locale such as en-US or es-ES' },
  )
  .transform((l) => Intl.getCanonicalLocales(l)[0]!);

export const catalogEnvSchema = z.object({
  CATALOG_MODE: z
    .enum(IMPORT_MODES)
    .default('replace')
    .describe(
      '`replace` (default): the CATALOG file is the whole catalog; `upsert`: a partial feed merged in.',
    ),
  CATALOG_CURRENCY: currencyCode
    .optional()
    .describe("Currency of the CATALOG file's prices when the file states none; default EUR."),
  SHOP_LOCALE: localeTag
    .default(DEFAULT_LOCALE)
    .describe("Language/region of the shop's catalog texts; `es-*` also makes them the Spanish texts."),
  CATALOG_CATEGORIES_ES: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Spanish names of the CATALOG file's categories: a `name,name_es` CSV or a JSON object; categories it does not name get one from the built-in retail vocabulary.",
    ),
  PROMOS: z
    .string()
    .min(1)
    .optional()
    .describe('Promo codes file (project JSON or Shopify discount export CSV) imported at start.'),
  PROMOS_MODE: z
    .enum(IMPORT_MODES)
    .default('replace')
    .describe(
      '`replace` (default): codes missing from the PROMOS file are deactivated; `upsert`: left alone.',
    ),
});

export type CatalogEnv = z.infer<typeof catalogEnvSchema>;

export const catalogSection = defineSection({
  title: 'Catalog',
  schema: catalogEnvSchema,
  notes:
    'Formats, replace vs upsert, currency, negative inventory and error reporting: [catalog.md](catalog.md).',
});

export function loadCatalogSettings(env: Env): CatalogEnv {
  return parseSection(catalogSection, env);
}
