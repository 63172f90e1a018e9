/** Reading promos from the database into the pure PromoRule the math works on. */
import type { Kysely } from 'kysely';
import type { Database, Promo } from '../../store/schema.ts';
import type { Language } from '../contract.ts';
import { normalizePromoCode, type PromoRule } from './math.ts';

export interface LoadedPromo {
  rule: PromoRule;
  description: string;
}

export function promoFromRow(row: Promo, language: Language): LoadedPromo {
  return {
    rule: {
      code: row.code,
      kind: row.kind,
      value: row.value,
      minSubtotalCents: row.min_subtotal_cents,
      startsAt: row.starts_at ? new Date(row.starts_at) : null,
      expiresAt: row.ends_at ? new Date(row.ends_at) : null,
      appliesTo: row.applies_to,
      active: Number(row.active) === 1,
    },
    description: (language === 'es' && row.description_es) || row.description,
  };
}

/** Finds a promo by what the shopper said ("summer ten", "SUMMER-10"), or null. */
export async function findPromo(
  db: Kysely<Database>,
  spokenCode: string,
  language: Language,
): Promise<LoadedPromo | null> {
  const wanted = normalizePromoCode(spokenCode);
  if (!wanted) return null;
  const exact = await db.selectFrom('promos').selectAll().where('code', '=', wanted).executeTakeFirst();
  if (exact) return promoFromRow(exact, language);
  // Stored codes may carry dashes or lower case; the promo table is small, so compare normalised.
  const all = await db.selectFrom('promos').selectAll().execute();
  const row = all.find((p) => normalizePromoCode(p.code) === wanted);
  return row ? promoFromRow(row, language) : null;
}
