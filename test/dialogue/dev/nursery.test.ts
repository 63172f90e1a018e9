/**
 * Cart requests on an invented nursery store imported from a Shopify CSV, through the real tool
 * loop and shop tools: every step must be right (the mechanisms, not this store's words).
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { loadOutdoor, playScript } from './harness.ts';
import { nurseryCsv } from './nursery-catalog.ts';
import { NURSERY_SCRIPTS } from './nursery-scripts.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

describe('cart requests on a nursery store', () => {
  const t = useTestStore('sqlite');
  for (const script of NURSERY_SCRIPTS)
    it(`${script.language}: ${script.name}`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, nurseryCsv());
      const r = await playScript(t.store.db, script);
      expect(r.misses).toEqual([]);
    });
});
