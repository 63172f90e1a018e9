/**
 * The crafts store (a vertical the engine was not written for) played through the real importer,
 * tool loop and shop tools, with an expired promo code beside the harness's SAVE10.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { craftsCsv } from './crafts-catalog.ts';
import { CRAFTS_SCRIPTS } from './crafts-scripts.ts';
import { loadOutdoor, playScript } from './harness.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

describe('development conversations on a Shopify import: crafts', () => {
  const t = useTestStore('sqlite');

  it('en: every scripted step right', { timeout: DEV_SET_TIMEOUT_MS }, async () => {
    await loadOutdoor(t.store.db, craftsCsv());
    await t.store.db
      .insertInto('promos')
      .values({
        code: 'OLDCRAFT',
        kind: 'percent',
        value: 15,
        description: '15% off, spring only',
        description_es: null,
        min_subtotal_cents: 0,
        applies_to: null,
        active: 1,
        starts_at: null,
        ends_at: '2020-04-30T23:59:59Z',
        created_at: new Date().toISOString(),
      })
      .execute();
    let steps = 0;
    const misses: string[] = [];
    for (const sc of CRAFTS_SCRIPTS) {
      const r = await playScript(t.store.db, sc);
      steps += r.steps;
      misses.push(...r.misses);
    }
    console.info(`crafts/en: ${steps - misses.length}/${steps} steps right\n${misses.join('\n')}`);
    expect(misses).toEqual([]);
  });
});
