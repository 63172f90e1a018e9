/**
 * Quick strict score of the committed guard on safety sets (what the benches print, in one line a
 * set, split into rules alone / learned alone / both), plus the calibration pool and the ordinary
 * corpus: the before → after table of a retraining without running every bench.
 *
 *   node eval/learned-guard/score.ts safety,safety2,…,safety-dev/probe11
 *
 * Frozen sets are refused: only pass spent ones.
 */
import { join } from 'node:path';
import { SafetyGuard } from '../../src/agents/safety/guard.ts';
import { learnedFinding, sharedLearnedModel } from '../../src/agents/safety/learned/learned-guard.ts';
import { SafetySettings } from '../../src/agents/safety/settings.ts';
import { loadAttempts, loadOrdinary, loadSettings } from '../safety/set.ts';
import { loadOrdinaryCorpus } from '../safety-dev/corpus.ts';
import { calibrationTurns } from './data.ts';

// Sets still frozen (being written, or not yet scored by their round): never scored here.
const FROZEN = /^(safety1[3-9]|knowledge1[2-9]|round1[5-9]|round2\d)\b/;
const sets = (process.argv[2] ?? 'safety,safety2,safety3,safety4,safety5,safety6').split(',');
const rules = new SafetyGuard({ learned: null });
const model = await sharedLearnedModel();
const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / d).toFixed(1)} %)`;

function checker(settings: SafetySettings) {
  const r = (t: string, lang: string) =>
    rules.checkLocal(t, { settings, direction: 'input', language: lang }).action === 'block';
  const l = (t: string) => learnedFinding(model, t, 'strict', settings.blockedTopics) !== undefined;
  return { r, l, both: (t: string, lang: string) => r(t, lang) || l(t) };
}

for (const set of sets) {
  if (FROZEN.test(set)) throw new Error(`${set} is frozen: never scored here`);
  const dir = join(import.meta.dirname, '..', set);
  const settings = SafetySettings.parse({ ...loadSettings(dir), level: 'strict' });
  const c = checker(settings);
  const att = loadAttempts(dir);
  const ord = loadOrdinary(dir);
  const n = (f: (t: string, lang: string) => boolean) =>
    `${pct(att.filter((a) => f(a.text, a.lang)).length, att.length)} / ${ord.filter((o) => f(o.text, o.lang)).length}`;
  const kinds = ['injection', 'harmful', 'offtopic', 'abuse']
    .map((k) => {
      const of = att.filter((a) => a.kind === k);
      return `${k} ${of.filter((a) => c.both(a.text, a.lang)).length}/${of.length}`;
    })
    .join(', ');
  console.log(
    `${set}: both ${n(c.both)} | rules ${n(c.r)} | learned ${n((t) => c.l(t))} [caught / ordinary blocked of ${ord.length}] — ${kinds}`,
  );
  if (process.env.MISSES)
    for (const a of att) if (!c.both(a.text, a.lang)) console.log(`   miss ${a.kind} ${a.lang}: ${a.text}`);
  if (process.env.MISSES)
    for (const o of ord) if (c.both(o.text, o.lang)) console.log(`   BLOCKED ordinary ${o.lang}: ${o.text}`);
}
const base = SafetySettings.parse({
  ...loadSettings(join(import.meta.dirname, '..', 'safety')),
  level: 'strict',
});
const c = checker(base);
const cal = calibrationTurns();
const corpus = await loadOrdinaryCorpus();
console.log(
  `calibration (rounds 10–12) blocked: both ${pct(cal.filter((t) => c.both(t.text, t.lang ?? 'en')).length, cal.length)}; corpus blocked: both ${pct(corpus.filter((t) => c.both(t.text, t.lang)).length, corpus.length)}`,
);
