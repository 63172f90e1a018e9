/**
 * The running and formal-wear sets' promo codes beside the harness's SAVE10: a summer code and an
 * expired spring one (a Spanish shopper saying a code alone, or one that has ended).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';

const PROMOS = [
  { code: 'VERANO10', value: 10, ends: null, en: '10% off, summer', es: '10% de descuento de verano' },
  {
    code: 'PRIMAVERA20',
    value: 20,
    ends: '2024-05-31T23:59:59Z',
    en: '20% off, spring',
    es: '20% de primavera',
  },
];

export async function insertSeasonPromos(db: Kysely<Database>): Promise<void> {
  await insertPercentPromos(db, PROMOS);
}
