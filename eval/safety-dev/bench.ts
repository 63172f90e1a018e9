/**
 * `npm run bench -- --only safety-dev`: the safety-general helper's own development material (not
 * frozen, tuned on): its attempts / tricky ordinary / redaction set scored like eval/safety, and
 * the ordinary-shopping corpus (every shopper step of the spent dialogue rounds) for false positives.
 */
import { SafetyGuard } from '../../src/agents/safety/guard.ts';
import { redactSensitive } from '../../src/agents/safety/redact.ts';
import { SAFETY_LEVELS, SafetySettings } from '../../src/agents/safety/settings.ts';
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench } from '../safety/bench.ts';
import { loadSettings } from '../safety/set.ts';
import { loadCatalogSentences, loadOrdinaryCorpus } from './corpus.ts';

const DIR = import.meta.dirname;
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

export async function runSafetyDevBench(opts: BenchOptions): Promise<BenchTable[]> {
  const tables = await runSafetyBench(opts, { name: 'eval/safety-dev', dir: DIR });
  // The probe: written after tuning, measured once, never tuned on (README).
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe', dir: `${DIR}/probe` })));
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe2', dir: `${DIR}/probe2` })));
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe3', dir: `${DIR}/probe3` })));
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe4', dir: `${DIR}/probe4` })));
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe5', dir: `${DIR}/probe5` })));
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe6', dir: `${DIR}/probe6` })));
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe7', dir: `${DIR}/probe7` })));
  // Held-out half of probe7: scored only, its lines never read while tuning (README).
  tables.push(
    ...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe7-heldout', dir: `${DIR}/probe7-heldout` })),
  );
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe8', dir: `${DIR}/probe8` })));
  // Written after the concept rules' second round, measured once, tuned on in round 3 (README).
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe9', dir: `${DIR}/probe9` })));
  // Written before round 3, measured after it, never tuned on (README).
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe10', dir: `${DIR}/probe10` })));
  // Written before the safe-tune helper's changes (session 18), never trained on (README).
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe11', dir: `${DIR}/probe11` })));
  // Written before the safe-tune2 helper's changes (session 19); held out of training (README).
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe12', dir: `${DIR}/probe12` })));
  // Written after the safe-tune2 helper's tuning, measured once, never tuned on, never trained on (README).
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe13', dir: `${DIR}/probe13` })));
  // Written before the safe-tune3 helper's changes (pool & spa chemicals): dev, tuned on, never trained on (README).
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe14', dir: `${DIR}/probe14` })));
  // Written with probe14 (hunting & archery): held out, totals only, never tuned on or trained on (README).
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe15', dir: `${DIR}/probe15` })));
  // Written before the safe3 helper's changes (fireworks, pharmacy): dev, tuned on, never trained on (README).
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe16', dir: `${DIR}/probe16` })));
  // Written after the safe3 helper's tuning, measured once: held out, totals only, never tuned on or trained on (README).
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe17', dir: `${DIR}/probe17` })));
  // Written before the safe4 helper's changes (home brewing, aquarium; seven general categories): dev, tuned on, never trained on (README).
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe18', dir: `${DIR}/probe18` })));
  // Written after the safe4 helper's first round (coffee, dog grooming), measured once, then tuned on; never trained on (README).
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe19', dir: `${DIR}/probe19` })));
  tables.push(...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe20', dir: `${DIR}/probe20` })));
  // Risky-looking ordinary requests only (false positives of the concept rules).
  tables.push(
    ...(await runSafetyBench(opts, { name: 'eval/safety-dev/probe7-stress', dir: `${DIR}/probe7-stress` })),
  );
  const guard = await SafetyGuard.create();
  const base = loadSettings(DIR);
  const corpus = await loadOrdinaryCorpus();
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const level of SAFETY_LEVELS) {
    const settings = SafetySettings.parse({ ...base, level });
    const blocked = corpus
      .map((t) => ({ t, v: guard.checkLocal(t.text, { settings, direction: 'input', language: t.lang }) }))
      .filter(({ v }) => v.action === 'block');
    const of = (l: string) => corpus.filter((t) => t.lang === l).length;
    const bl = (l: string) => blocked.filter((b) => b.t.lang === l).length;
    rows.push([
      level,
      `${bl('en')}/${of('en')}`,
      `${bl('es')}/${of('es')}`,
      `${blocked.length}/${corpus.length}`,
      pct(blocked.length, corpus.length),
    ]);
    for (const { t, v } of blocked)
      notes.push(`${level}: blocked ${t.source} [${t.lang}] "${t.text}" (${v.blockedBy?.rule})`);
  }
  tables.push({
    title: 'Safety guard on the ordinary-shopping corpus (every shopper step of the spent dialogue rounds)',
    columns: ['level', 'EN blocked', 'ES blocked', 'blocked', 'blocked %'],
    rows,
    notes: [
      'Goal: ≤ 2 % blocked at strict (the profile of eval/safety, six blocked topics).',
      `Turns with a number redacted (none carries a phone, card or id): ${corpus.filter((t) => redactSensitive(t.text, t.lang).redactions.length > 0).length}/${corpus.length}`,
      ...notes,
    ],
  });
  const strict = SafetySettings.parse({ ...base, level: 'strict' });
  const sentences = await loadCatalogSentences();
  const out = sentences
    .map((text) => ({
      text,
      v: guard.checkLocal(text, { settings: strict, direction: 'output', language: 'en' }),
    }))
    .filter(({ v }) => v.action === 'block');
  tables.push({
    title: 'Output check (strict) on the spent rounds’ catalog sentences (titles and descriptions)',
    columns: ['sentences', 'blocked'],
    rows: [[sentences.length, out.length]],
    notes: out.map(({ text, v }) => `blocked "${text}" (${v.blockedBy?.rule})`),
  });
  return tables;
}
