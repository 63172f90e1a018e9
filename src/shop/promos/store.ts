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
  // Stored codes may carry dashes or lower case; the promo table is small, so compare normalised.
  const row =
    exact ??
    (await db.selectFrom('promos').selectAll().execute()).find((p) => normalizePromoCode(p.code) === wanted);
  if (!row) return null;
  const promo = promoFromRow(row, language);
  if (row.usage_limit !== null && promo.rule.active && (await timesUsed(db, row.code)) >= row.usage_limit)
    promo.rule.active = false; // used up: it reads as no longer active
  return promo;
}

/** Orders (not cancelled) that used the code. */
async function timesUsed(db: Kysely<Database>, code: string): Promise<number> {
  const row = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('promo_code', '=', code)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
