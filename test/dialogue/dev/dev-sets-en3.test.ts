/**
 * English-only development sets of branch dlg-en3 (surf & skate, art supplies), scored like the
 * sets of dev-sets.ts. They have no Spanish scripts, so they run here rather than through
 * describeDevSets, which scores both languages.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { artCsv } from './art-catalog.ts';
import { ART_SCRIPTS } from './art-scripts.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { surfCsv } from './surf-catalog.ts';
import { SURF_SCRIPTS } from './surf-scripts.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

// Each floor is the score measured last. Written before any engine change (branch dlg-en3) and
// scored then: surf 30/51, art 25/48; after its English mechanisms: surf 42/51, art 40/48.
const SETS: { name: string; csv: () => string; scripts: DevScript[]; floor: number }[] = [
  { name: 'surf & skate', csv: surfCsv, scripts: SURF_SCRIPTS, floor: 42 / 51 },
  { name: 'art supplies', csv: artCsv, scripts: ART_SCRIPTS, floor: 40 / 48 },
];

describe.each(SETS)(
  'English development conversations on a Shopify import: $name',
  ({ name, csv, scripts, floor }) => {
    const t = useTestStore('sqlite');
    it('en: scripted steps right', { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, csv());
      let steps = 0;
      const misses: string[] = [];
      for (const sc of scripts) {
        const r = await playScript(t.store.db, sc);
        steps += r.steps;
        misses.push(...r.misses);
      }
      const score = (steps - misses.length) / steps;
      console.info(
        `${name}/en: ${steps - misses.length}/${steps} steps right (${(score * 100).toFixed(1)} %)\n${misses.join('\n')}`,
      );
      expect(score).toBeGreaterThanOrEqual(floor);
    });
  },
);
