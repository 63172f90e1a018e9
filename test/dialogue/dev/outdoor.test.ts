/**
 * Development score on the outdoor-gear catalog (a vertical the engine was not written for),
 * imported from a Shopify CSV through the real importer, played through the real tool loop and
 * shop tools. Prints every miss; asserts a floor per language.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { loadOutdoor, playScript } from './harness.ts';
import { outdoorCsv } from './outdoor-catalog.ts';
import { OUTDOOR_SCRIPTS } from './outdoor-scripts.ts';

const FLOOR = 0;

describe('development conversations on an outdoor-gear Shopify import', () => {
  const t = useTestStore('sqlite');
  for (const language of ['en', 'es'] as const) {
    it(`${language}: scripted steps right`, async () => {
      await loadOutdoor(t.store.db, outdoorCsv());
      let steps = 0;
      const misses: string[] = [];
      for (const sc of OUTDOOR_SCRIPTS.filter((s) => s.language === language)) {
        const r = await playScript(t.store.db, sc);
        steps += r.steps;
        misses.push(...r.misses);
      }
      const score = (steps - misses.length) / steps;
      console.info(
        `outdoor/${language}: ${steps - misses.length}/${steps} steps right (${(score * 100).toFixed(1)} %)\n${misses.join('\n')}`,
      );
      expect(score).toBeGreaterThanOrEqual(FLOOR);
    });
  }
});
