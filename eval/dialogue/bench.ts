/** `npm run bench -- --only eval-dialogue`: conversation-step accuracy on the frozen scripts. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type EvalCatalogSet, ROUND1 } from './harness.ts';
import { type ScriptScore, scoreScript } from './scorer.ts';
import { SCRIPTS } from './scripts/index.ts';
import type { Script } from './types.ts';

/** One round's scripted conversations and where their catalogs live. */
export interface DialogueSet {
  /** In table titles: "unseen catalogs" / "round 2". */
  label: string;
  scripts: readonly Script[];
  catalogs: EvalCatalogSet;
  /** Every step with its reply, right or not, for reading what passed as well as what failed. */
  transcriptFile: string;
  /** How the promo codes reached the shop, for the table's notes. */
  promoNote: string;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function dialogueTables(
  scores: readonly ScriptScore[],
  set: Pick<DialogueSet, 'label' | 'promoNote'> = DIALOGUE_ROUND1,
): BenchTable[] {
  const row = (catalog: string, language: string, of: readonly ScriptScore[]) => {
    const right = of.reduce((n, s) => n + s.right, 0);
    const vacuous = of.reduce((n, s) => n + s.vacuous, 0);
    const steps = of.reduce((n, s) => n + s.steps, 0);
    return [catalog, language, right, steps, pct(right, steps), vacuous];
  };
  const rows: (string | number)[][] = scores.map((s) => row(s.catalog, s.language, [s]));
  for (const language of ['en', 'es'] as const)
    rows.push(
      row(
        'all catalogs',
        language,
        scores.filter((s) => s.language === language),
      ),
    );
  const kinds = new Map<string, { en: [number, number]; es: [number, number] }>();
  for (const o of scores.flatMap((s) => s.outcomes)) {
    const k = kinds.get(o.covers) ?? { en: [0, 0], es: [0, 0] };
    k[o.language][0] += o.ok ? 1 : 0;
    k[o.language][1] += 1;
    kinds.set(o.covers, k);
  }
  const failures = scores
    .flatMap((s) => s.outcomes)
    .filter((o) => !o.ok)
    .map((o) => [
      o.catalog,
      o.language,
      o.index,
      clip(o.say, 60),
      clip(o.failures.join(' / '), 160),
      clip(o.reply.replace(/\s+/g, ' '), 120),
    ]);
  const importNotes = scores.flatMap((s) => s.importNotes.map((n) => `${s.catalog}: ${n}`));
  return [
    {
      title: `Eval: scripted conversation steps right (typed, offline engine, ${set.label})`,
      columns: ['catalog', 'language', 'right', 'steps', 'accuracy', 'right without acting'],
      rows,
      notes: [
        'A step is right only when all its checks pass, plus the reply-language check; a failed step does not stop its conversation.',
        '"right without acting": right steps whose checks are all about the cart and already held before the step (emptying a cart an earlier failure left empty, removing what never got in).',
        `Each catalog is imported from its Shopify CSV through the real importer into a fresh SQLite database; ${set.promoNote}.`,
        ...importNotes,
      ],
    },
    {
      title: `Eval: steps right by failure kind (both catalogs, ${set.label})`,
      columns: ['covers', 'EN right', 'ES right'],
      rows: [...kinds].map(([k, v]) => [k, `${v.en[0]}/${v.en[1]}`, `${v.es[0]}/${v.es[1]}`]),
    },
    {
      title: `Eval: failed steps (${set.label})`,
      columns: ['catalog', 'lang', 'step', 'shopper said', 'why', 'reply'],
      rows: failures,
    },
  ];
}

export const TRANSCRIPT_FILE = 'bench-results/eval-dialogue-transcripts.json';

export const DIALOGUE_ROUND1: DialogueSet = {
  label: 'unseen catalogs',
  scripts: SCRIPTS,
  catalogs: ROUND1,
  transcriptFile: TRANSCRIPT_FILE,
  promoNote: 'promo codes seeded into the promos table (no promo import exists)',
};

export async function runEvalDialogueBench(
  opts: BenchOptions,
  set: DialogueSet = DIALOGUE_ROUND1,
): Promise<BenchTable[]> {
  const scripts = opts.quick ? set.scripts.slice(0, 1) : set.scripts;
  const scores: ScriptScore[] = [];
  for (const script of scripts)
    scores.push(
      await scoreScript(script, { catalogs: set.catalogs, ...(opts.quick ? { maxSteps: 2 } : {}) }),
    );
  const tables = dialogueTables(scores, set);
  if (!opts.quick) {
    await mkdir(dirname(set.transcriptFile), { recursive: true });
    await writeFile(
      set.transcriptFile,
      JSON.stringify(
        scores.flatMap((s) => s.outcomes),
        null,
        2,
      ),
    );
    tables[0]!.notes!.push(`Every step with its reply: ${set.transcriptFile}.`);
  }
  return tables;
}
