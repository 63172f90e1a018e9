import { it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { loadOutdoor, playScript } from './harness.ts';
import { fishingCsv } from './en11-mechanisms.test.ts';

const t = useTestStore('sqlite');
const LINES = (process.env.PROBE ?? '').split('|');
it('probe', { timeout: 60000 }, async () => {
  await loadOutdoor(t.store.db, fishingCsv());
  const r = await playScript(t.store.db, { name: 'p', language: 'en', steps: LINES.map((say) => ({ say, cart: [{ name: /zzz/ }] })) });
  console.log(r.misses.join('\n'));
});
