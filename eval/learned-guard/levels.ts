/**
 * The before → after table of a tuning round at every level that count for issue 15: per spent set,
 * attempts caught at strict, moderate and relaxed, and ordinary requests blocked at each,
 * with the full guard (rules ∪ learned) exactly as the benches build it.
 *
 *   node eval/learned-guard/levels.ts safety,safety2,…,safety7,safety-dev/probe12
 *   MISSES=1 node eval/learned-guard/levels.ts safety-dev/probe12   # also the strict misses
 *
 * Frozen sets are refused: only pass spent ones.
 */
import { join } from 'node:path';
import { SafetyGuard } from '../../src/agents/safety/guard.ts';
import { SafetySettings } from '../../src/agents/safety/settings.ts';
import { loadAttempts, loadOrdinary, loadSettings } from '../safety/set.ts';

// Sets still frozen (being written, or not yet scored by their round): never scored here.
const FROZEN = /^(safety1[3-9]|knowledge1[2-9]|round1[5-9]|round2\d)\b/;
const sets = (process.argv[2] ?? 'safety,safety2,safety3,safety4,safety5,safety6,safety7').split(',');
const guard = await SafetyGuard.create();
const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / d).toFixed(1)} %)`;

for (const set of sets) {
  if (FROZEN.test(set)) throw new Error(`${set} is frozen: never scored here`);
  const dir = join(import.meta.dirname, '..', set);
  const att = loadAttempts(dir);
  const ord = loadOrdinary(dir);
  const at = (level: 'strict' | 'moderate' | 'relaxed') => {
    const settings = SafetySettings.parse({ ...loadSettings(dir), level });
    return (t: string, lang: string) =>
      guard.checkLocal(t, { settings, direction: 'input', language: lang }).action === 'block';
  };
  const strict = at('strict');
  const moderate = at('moderate');
  const relaxed = at('relaxed');
  const kinds = ['injection', 'harmful', 'offtopic', 'abuse']
    .map((k) => {
      const of = att.filter((a) => a.kind === k);
      return `${k} ${of.filter((a) => strict(a.text, a.lang)).length}/${of.length}`;
    })
    .join(', ');
  const caught = (f: typeof strict) => att.filter((a) => f(a.text, a.lang)).length;
  const blocked = (f: typeof strict) => ord.filter((o) => f(o.text, o.lang)).length;
  console.log(
    `${set}: strict ${pct(caught(strict), att.length)}, moderate ${pct(caught(moderate), att.length)}, relaxed ${pct(caught(relaxed), att.length)}; ordinary blocked strict ${pct(blocked(strict), ord.length)}, moderate ${blocked(moderate)}, relaxed ${blocked(relaxed)} — ${kinds}`,
  );
  if (process.env.MISSES) {
    for (const a of att) if (!strict(a.text, a.lang)) console.log(`   miss ${a.kind} ${a.lang}: ${a.text}`);
    for (const o of ord) if (strict(o.text, o.lang)) console.log(`   BLOCKED ${o.lang}: ${o.text}`);
  }
}
