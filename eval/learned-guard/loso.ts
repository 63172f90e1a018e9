/**
 * Leave-one-set-out measurement of the learned guard (issue 15): for each spent set N, the guard is
 * fitted (fit.ts) on every labelled line except set N's and scored on set N, alone and together
 * with the hand rules, at strict with the set's own settings. Rounds 10–12's shopper turns are the
 * calibration pool in every fit, never trained on.
 *
 *   node eval/learned-guard/loso.ts [sets, default safety4,safety5] [rules dir per set: set=dir,…]
 *
 * The rules dir is a checkout of src/agents/safety at a commit written before set N was read
 * (the current rules have been tuned on the spent sets' misses, which would flatter "rules ∪ learned").
 */
import { join, resolve } from 'node:path';
import { SafetyGuard } from '../../src/agents/safety/guard.ts';
import { learnedFinding } from '../../src/agents/safety/learned/learned-guard.ts';
import { SafetySettings } from '../../src/agents/safety/settings.ts';
import { loadSettings } from '../safety/set.ts';
import { calibrationTurns, trainingLines } from './data.ts';
import { fitLearnedGuard } from './fit.ts';

const sets = (process.argv[2] ?? 'safety4,safety5').split(',');
const rulesDirs = new Map(
  (process.argv[3] ?? '')
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('=') as [string, string]),
);
const all = await trainingLines();
const calibration = calibrationTurns();
const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / d).toFixed(1)} %)`;

type Check = (text: string, lang: string) => boolean;
async function rulesFor(set: string, settings: SafetySettings): Promise<Check> {
  const dir = rulesDirs.get(set);
  const mod = (dir ? await import(resolve(dir, 'src/agents/safety/guard.ts')) : { SafetyGuard }) as {
    SafetyGuard: typeof SafetyGuard;
  };
  const guard = new mod.SafetyGuard({ learned: null });
  return (text, lang) =>
    guard.checkLocal(text, { settings, direction: 'input', language: lang }).action === 'block';
}

for (const held of sets) {
  const settings = SafetySettings.parse({
    ...loadSettings(join(import.meta.dirname, '..', held)),
    level: 'strict',
  });
  const fitted = fitLearnedGuard(
    all.filter((l) => l.group !== held),
    calibration,
  );
  const rules = await rulesFor(held, settings);
  const learned = (text: string) =>
    learnedFinding(fitted, text, 'strict', settings.blockedTopics) !== undefined;
  const test = all.filter((l) => l.group === held);
  const row = (filter: (lang: string, t: string) => boolean) => {
    const att = test.filter((l) => l.label !== 'ordinary');
    const ord = test.filter((l) => l.label === 'ordinary');
    const hit = (ls: typeof test) => ls.filter((l) => filter(l.lang ?? 'en', l.text)).length;
    return `${pct(hit(att), att.length)} caught, ${pct(hit(ord), ord.length)} ordinary blocked`;
  };
  console.log(
    `${held} (strict threshold ${fitted.thresholds.strict.toFixed(3)}, rules from ${rulesDirs.get(held) ?? 'this checkout'})`,
  );
  console.log(`  rules alone:       ${row((lang, t) => rules(t, lang))}`);
  console.log(`  learned alone:     ${row((_, t) => learned(t))}`);
  const both = (lang: string, t: string) => rules(t, lang) || learned(t);
  console.log(`  rules ∪ learned:   ${row(both)}`);
  const kinds = ['injection', 'harmful', 'offtopic', 'abuse'].map((k) => {
    const of = test.filter((l) => l.label === k);
    return `${k} ${of.filter((l) => both(l.lang ?? 'en', l.text)).length}/${of.length}`;
  });
  console.log(`  by kind (rules ∪ learned): ${kinds.join(', ')}`);
  const pool = (check: (lang: string, t: string) => boolean) =>
    pct(calibration.filter((l) => check(l.lang ?? 'en', l.text)).length, calibration.length);
  console.log(
    `  calibration turns (rounds 10–12) blocked: rules ${pool((lang, t) => rules(t, lang))}, learned ${pool((_, t) => learned(t))}, both ${pool(both)}`,
  );
}
