/**
 * Compares training variants by leave-one-set-out (the same fit as loso.ts, today's rules cached),
 * one line per variant and held-out set: learned alone and rules ∪ learned, caught and ordinary
 * blocked at strict. How the options in fit.ts were chosen (README).
 *
 *   node eval/learned-guard/sweep.ts [sets, default safety4,safety5,safety6] [variant,…]
 */
import { join } from 'node:path';
import { SafetyGuard } from '../../src/agents/safety/guard.ts';
import { DEFAULT_FEATURES } from '../../src/agents/safety/learned/features.ts';
import { learnedFinding } from '../../src/agents/safety/learned/learned-guard.ts';
import type { LabelledLine, TrainOptions } from '../../src/agents/safety/learned/train.ts';
import { SafetySettings } from '../../src/agents/safety/settings.ts';
import { loadSettings } from '../safety/set.ts';
import { calibrationTurns, trainingLines } from './data.ts';
import { fitLearnedGuard, TRAINING } from './fit.ts';

interface Variant {
  readonly keep?: (l: LabelledLine) => boolean;
  readonly opts?: TrainOptions;
}
const isExtraAttempt = (l: LabelledLine) => l.group === 'learned-guard/extra-tune' && l.label !== 'ordinary';
const NO_JOIN: TrainOptions = { ...TRAINING, spec: { ...DEFAULT_FEATURES, joined: 0 } };
const VARIANTS: Record<string, Variant> = {
  base: { keep: (l) => !isExtraAttempt(l) && l.group !== 'round13', opts: NO_JOIN },
  current: {},
  orig: { keep: (l) => l.group !== 'learned-guard/extra-tune' && l.group !== 'round13', opts: NO_JOIN },
  nojoin: { opts: NO_JOIN },
  nocon: { opts: { ...TRAINING, spec: { ...DEFAULT_FEATURES, concepts: false } } },
  nocon0: { opts: { ...TRAINING, spec: { ...DEFAULT_FEATURES, concepts: false, joined: 0 } } },
  conj0: { opts: { ...TRAINING, spec: { ...DEFAULT_FEATURES, joined: 0 } } },
  join3: { opts: { ...TRAINING, spec: { ...DEFAULT_FEATURES, joined: 3 } } },
  join5: { opts: { ...TRAINING, spec: { ...DEFAULT_FEATURES, joined: 5 } } },
  noextra: { keep: (l) => !isExtraAttempt(l) },
  skip: { opts: { ...TRAINING, spec: { ...DEFAULT_FEATURES, skipPairs: true } } },
  stem5: { opts: { ...TRAINING, spec: { ...DEFAULT_FEATURES, stem: 5 } } },
  ow1: { opts: { ...TRAINING, ordinaryWeight: 1 } },
  ow3: { opts: { ...TRAINING, ordinaryWeight: 3 } },
  ep30: { opts: { ...TRAINING, epochs: 30 } },
  l2lo: { opts: { ...TRAINING, l2: 1e-5 } },
  // guard5: the session-23 data without its extra lines, or without their attempts
  no3: { keep: (l) => l.group !== 'learned-guard/extra-tune3' },
  ord3: { keep: (l) => l.group !== 'learned-guard/extra-tune3' || l.label === 'ordinary' },
  // guard6: without its extra lines, or without their attempts
  no4: { keep: (l) => l.group !== 'learned-guard/extra-tune4' },
  ord4: { keep: (l) => l.group !== 'learned-guard/extra-tune4' || l.label === 'ordinary' },
};

const sets = (process.argv[2] ?? 'safety4,safety5,safety6').split(',');
const names = (process.argv[3] ?? Object.keys(VARIANTS).join(',')).split(',');
const all = await trainingLines();
const calibration = calibrationTurns();
const rules = new SafetyGuard({ learned: null });
const cache = new Map<string, boolean>();

for (const name of names) {
  const v = VARIANTS[name];
  if (!v) throw new Error(`unknown variant ${name}`);
  const lines = all.filter(v.keep ?? (() => true));
  const totals = { att: 0, caught: 0, both: 0, ord: 0, ordL: 0, ordB: 0, full: 0, ordF: 0 };
  for (const held of sets) {
    const settings = SafetySettings.parse({
      ...loadSettings(join(import.meta.dirname, '..', held)),
      level: 'strict',
    });
    const fitted = fitLearnedGuard(
      lines.filter((l) => l.group !== held),
      calibration,
      v.opts,
    );
    const ruled = (l: LabelledLine) => {
      const key = `${held}\u0000${l.text}`;
      let hit = cache.get(key);
      if (hit === undefined) {
        hit =
          rules.checkLocal(l.text, { settings, direction: 'input', language: l.lang ?? 'en' }).action ===
          'block';
        cache.set(key, hit);
      }
      return hit;
    };
    const learned = (l: LabelledLine) =>
      learnedFinding(fitted, l.text, 'strict', settings.blockedTopics) !== undefined;
    // The shipped guard with this fit: rules, learned, and the shop senses that clear the learned score.
    const guard = new SafetyGuard({ learned: fitted });
    const full = (l: LabelledLine) =>
      guard.checkLocal(l.text, { settings, direction: 'input', language: l.lang ?? 'en' }).action === 'block';
    const test = all.filter((l) => l.group === held);
    const att = test.filter((l) => l.label !== 'ordinary');
    const ord = test.filter((l) => l.label === 'ordinary');
    const c = {
      caught: att.filter(learned).length,
      both: att.filter((l) => learned(l) || ruled(l)).length,
      ordL: ord.filter(learned).length,
      ordB: ord.filter((l) => learned(l) || ruled(l)).length,
      full: att.filter(full).length,
      ordF: ord.filter(full).length,
    };
    totals.att += att.length;
    totals.ord += ord.length;
    totals.caught += c.caught;
    totals.both += c.both;
    totals.ordL += c.ordL;
    totals.ordB += c.ordB;
    totals.full += c.full;
    totals.ordF += c.ordF;
    console.log(
      `${name.padEnd(8)} ${held}: learned ${c.caught}/${att.length} (${c.ordL}/${ord.length} ord), ∪ ${c.both}/${att.length} (${c.ordB}/${ord.length} ord), guard ${c.full}/${att.length} (${c.ordF}/${ord.length} ord), threshold ${fitted.thresholds.strict.toFixed(3)}`,
    );
  }
  console.log(
    `${name.padEnd(8)} TOTAL: learned ${totals.caught}/${totals.att} (${totals.ordL}/${totals.ord} ord), ∪ ${totals.both}/${totals.att} (${totals.ordB}/${totals.ord} ord), guard ${totals.full}/${totals.att} (${totals.ordF}/${totals.ord} ord)`,
  );
}
