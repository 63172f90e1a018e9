/** Percent-off promo codes a development shop has beside the harness's SAVE10. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';

export interface DevPromo {
  code: string;
  /** Percent off. */
  value: number;
  /** Smallest subtotal it applies to, cents (0: any). */
  min?: number;
  /** When it ended (ISO), or null for a live code. */
  ends: string | null;
  en: string;
  es?: string;
}

export async function insertPercentPromos(db: Kysely<Database>, promos: readonly DevPromo[]): Promise<void> {
  for (const p of promos)
    await db
      .insertInto('promos')
      .values({
        code: p.code,
        kind: 'percent',
        value: p.value,
        description: p.en,
        description_es: p.es ?? null,
        min_subtotal_cents: p.min ?? 0,
        applies_to: null,
        active: 1,
        starts_at: null,
        ends_at: p.ends,
        created_at: new Date().toISOString(),
      })
      .execute();
}
