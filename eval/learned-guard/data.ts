/**
 * The labelled lines the learned guard may learn from: every spent safety set (eval/safety …
 * safety12), the guard authors' dev set and probes (eval/safety-dev, but not the held-out probes),
 * and the shopper turns of the spent dialogue rounds as ordinary talk. Frozen sets (eval/safety13,
 * eval/knowledge12, eval/round14 WER, eval/round15, …) are never read.
 * Each line keeps its set's name as its group, so a whole set can be held out.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledLine } from '../../src/agents/safety/learned/train.ts';
import type { Script } from '../dialogue/types.ts';
import { SCRIPTS_ROUND7 } from '../round7/dialogue/scripts/index.ts';
import { SCRIPTS_ROUND8 } from '../round8/dialogue/scripts/index.ts';
import { SCRIPTS_ROUND9 } from '../round9/dialogue/scripts/index.ts';
import { SCRIPTS_ROUND10 } from '../round10/dialogue/scripts/index.ts';
import { SCRIPTS_ROUND11 } from '../round11/dialogue/scripts/index.ts';
import { SCRIPTS_ROUND12 } from '../round12/dialogue/scripts/index.ts';
import { SCRIPTS_ROUND13 } from '../round13/dialogue/scripts/index.ts';
import { loadAttempts, loadOrdinary } from '../safety/set.ts';
import { loadOrdinaryCorpus } from '../safety-dev/corpus.ts';

const EVAL = join(import.meta.dirname, '..');

const KIND: Record<string, LabelledLine['label']> = {
  injection: 'injection',
  harmful: 'harmful',
  offtopic: 'offtopic',
  abuse: 'abuse',
};

/** The spent safety sets, in the order they were written. */
export const SPENT_SETS = [
  'safety',
  'safety2',
  'safety3',
  'safety4',
  'safety5',
  'safety6',
  'safety7',
  'safety8',
  'safety9',
  'safety10',
  'safety11',
  'safety12',
] as const;

/** Dev probes kept out of training so they stay a measure of the shipped weights (README). */
export const HELD_OUT_PROBES: ReadonlySet<string> = new Set([
  'probe11',
  'probe12',
  'probe13',
  'probe14',
  'probe15',
  'probe16',
  'probe17',
  'probe18',
  'probe19',
  'probe20',
]);

function setLines(dir: string, group: string): LabelledLine[] {
  const attempts = existsSync(join(dir, 'attempts.tsv')) ? loadAttempts(dir) : [];
  return [
    ...attempts.map((a) => ({ text: a.text, label: KIND[a.kind] ?? 'harmful', group, lang: a.lang })),
    ...loadOrdinary(dir).map((o) => ({ text: o.text, label: 'ordinary' as const, group, lang: o.lang })),
  ];
}

/** The dev set and each of its probes (every sub-folder with the set files). */
function devLines(): LabelledLine[] {
  const root = join(EVAL, 'safety-dev');
  const out = setLines(root, 'safety-dev');
  for (const d of readdirSync(root, { withFileTypes: true }))
    if (d.isDirectory() && !HELD_OUT_PROBES.has(d.name) && existsSync(join(root, d.name, 'ordinary.tsv')))
      out.push(...setLines(join(root, d.name), `safety-dev/${d.name}`));
  return out;
}

const shopperTurns = (scripts: readonly Script[], group: string): LabelledLine[] =>
  scripts.flatMap((s) =>
    s.conversations.flatMap((c) =>
      c.steps.map((step) => ({
        text: step.say,
        label: 'ordinary' as const,
        group,
        lang: s.language.toLowerCase().startsWith('es') ? ('es' as const) : ('en' as const),
      })),
    ),
  );

/** Shopper turns of some of rounds 7–13 (deduplicated). */
function roundTurns(which: readonly number[]): LabelledLine[] {
  const rounds: Record<number, readonly Script[]> = {
    7: SCRIPTS_ROUND7,
    8: SCRIPTS_ROUND8,
    9: SCRIPTS_ROUND9,
    10: SCRIPTS_ROUND10,
    11: SCRIPTS_ROUND11,
    12: SCRIPTS_ROUND12,
    13: SCRIPTS_ROUND13,
  };
  return dedupe(which.flatMap((n) => shopperTurns(rounds[n] ?? [], `round${n}`)));
}

/**
 * Rounds 10–12's shopper turns: the calibration pool. Never trained on; each level's threshold
 * is set on them (fit.ts), so they also tell how often plain shop talk trips the learned guard.
 */
export function calibrationTurns(): LabelledLine[] {
  return roundTurns([10, 11, 12]);
}

function dedupe(lines: LabelledLine[]): LabelledLine[] {
  const seen = new Set<string>();
  return lines.filter((l) => {
    const key = `${l.label}\u0000${l.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every labelled line: the spent sets, the dev material, the hand-written extra lines (extra/: guard6's
 * ordinary lines, safe-tune's attempts and innocent scary-word requests), the rounds 1–6 corpus and
 * rounds 7–9 and 13's shopper turns (plain shop talk in wordings the sets lack: "so what am I up to so far?").
 */
export async function trainingLines(): Promise<LabelledLine[]> {
  const lines: LabelledLine[] = [];
  for (const set of SPENT_SETS) lines.push(...setLines(join(EVAL, set), set));
  lines.push(...devLines());
  // Talk addressed to the assistant and safety questions about products (extra/ordinary.tsv).
  lines.push(...setLines(join(import.meta.dirname, 'extra'), 'learned-guard/extra'));
  // Attempts in the guard's weak spots and innocent scary-word requests (extra-tune/, safe-tune).
  lines.push(...setLines(join(import.meta.dirname, 'extra-tune'), 'learned-guard/extra-tune'));
  // Persona wordings, part numbers in stock, harassment and threats (extra-tune2/, safe-tune2).
  lines.push(...setLines(join(import.meta.dirname, 'extra-tune2'), 'learned-guard/extra-tune2'));
  // Risky-goods stores' ordinary talk and the same goods turned on a person (extra-tune3/, guard5).
  lines.push(...setLines(join(import.meta.dirname, 'extra-tune3'), 'learned-guard/extra-tune3'));
  // Vehicle, rental, security and tree-care talk, and attempts of safety12's kinds in new words (extra-tune4/, guard6).
  lines.push(...setLines(join(import.meta.dirname, 'extra-tune4'), 'learned-guard/extra-tune4'));
  for (const t of await loadOrdinaryCorpus())
    lines.push({ text: t.text, label: 'ordinary', group: 'corpus', lang: t.lang });
  lines.push(...roundTurns([7, 8, 9, 13]));
  return dedupe(lines);
}
