/** `npm run bench -- --only eval-dialogue`: conversation-step accuracy on the frozen scripts. */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type ScriptScore, scoreScript } from './scorer.ts';
import { SCRIPTS } from './scripts/index.ts';

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function dialogueTables(scores: readonly ScriptScore[]): BenchTable[] {
  const rows: (string | number)[][] = scores.map((s) => [
    s.catalog,
    s.language,
    s.right,
    s.steps,
    pct(s.right, s.steps),
  ]);
  for (const language of ['en', 'es'] as const) {
    const of = scores.filter((s) => s.language === language);
    const right = of.reduce((n, s) => n + s.right, 0);
    const steps = of.reduce((n, s) => n + s.steps, 0);
    rows.push(['all catalogs', language, right, steps, pct(right, steps)]);
  }
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
      title: 'Eval: scripted conversation steps right (typed, offline engine, unseen catalogs)',
      columns: ['catalog', 'language', 'right', 'steps', 'accuracy'],
      rows,
      notes: [
        'A step is right only when all its checks pass, plus the reply-language check; a failed step does not stop its conversation.',
        'Each catalog is imported from its Shopify CSV through the real importer into a fresh SQLite database; promo codes seeded into the promos table (no promo import exists).',
        ...importNotes,
      ],
    },
    {
      title: 'Eval: steps right by failure kind (both catalogs)',
      columns: ['covers', 'EN right', 'ES right'],
      rows: [...kinds].map(([k, v]) => [k, `${v.en[0]}/${v.en[1]}`, `${v.es[0]}/${v.es[1]}`]),
    },
    {
      title: 'Eval: failed steps',
      columns: ['catalog', 'lang', 'step', 'shopper said', 'why', 'reply'],
      rows: failures,
    },
  ];
}

export async function runEvalDialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  const scripts = opts.quick ? SCRIPTS.slice(0, 1) : SCRIPTS;
  const scores: ScriptScore[] = [];
  for (const script of scripts) scores.push(await scoreScript(script, opts.quick ? { maxSteps: 2 } : {}));
  return dialogueTables(scores);
}
