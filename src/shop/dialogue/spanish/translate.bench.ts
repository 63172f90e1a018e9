/**
 * Cost of the Spanish second reading (second-reading.ts): Apertium's spa→eng pipeline alone (start,
 * then per utterance), its stages' CPU time, and what it adds to an engine call whose Spanish parse
 * led nowhere. Other Spanish calls never translate, so they pay nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import type { CatalogVocabulary } from '../../contract.ts';
import type { BenchTable } from '../dialogue.bench.ts';
import { createShopDialogueModel } from '../model.ts';
import { ApertiumTranslator } from './translate.ts';

/** Spanish requests of several stores that the Spanish parse alone does not place. */
const UTTERANCES = [
  'resérvamelo, que lo recojo el lunes',
  '¿se pueden meter en la lavadora?',
  'apúntame dos de esas para el sábado',
  '¿me lo envolvéis para regalo?',
  'ni idea, decide tú',
  '¿y eso cuánto aguanta sin cargar?',
  'oye, ¿eso se puede lavar a mano?',
  'lo quiero para una boda en la playa',
];

const VOCAB: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Popfest Latex Party Balloons',
    'Tablewell Compostable Paper Plates',
    'Voltra Surge Jump Starter',
  ],
  categories: ['balloons', 'plates', 'jump starters'],
  brands: ['Popfest', 'Tablewell', 'Voltra'],
  colors: ['gold', 'red'],
  sizes: [],
  attributes: [],
  minPrice: 4,
  maxPrice: 120,
  currency: 'USD',
};

const user = (text: string): LanguageModelV4Prompt => [{ role: 'user', content: [{ type: 'text', text }] }];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}
const r2 = (x: number) => Math.round(x * 100) / 100;

/** CPU seconds (user + system) of the processes whose parent is `pid` (Linux /proc). */
function childrenCpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  const tick = 100;
  let total = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[1]) === pid) total += (Number(f[11]) + Number(f[12])) / tick;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

export async function runTranslateBench(opts: { quick: boolean }): Promise<BenchTable[]> {
  const translator = new ApertiumTranslator();
  if (!translator.available())
    return [
      {
        title: 'Spanish second reading (Apertium spa→eng)',
        columns: ['note'],
        rows: [['apertium-eng-spa is not installed: nothing measured']],
      },
    ];
  const rounds = opts.quick ? 3 : 30;
  const t0 = performance.now();
  await translator.translate('hola');
  const start = performance.now() - t0;
  const cpu0 = childrenCpuSeconds(translator.pid);
  const per: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const u of UTTERANCES) {
      // A new text each time: the translator remembers the ones it has seen.
      const a = performance.now();
      await translator.translate(`${u} ${r}`);
      per.push(performance.now() - a);
    }
  const cpu = childrenCpuSeconds(translator.pid) - cpu0;

  const engine = async (t: ApertiumTranslator | null) => {
    const model = createShopDialogueModel({ vocabulary: () => VOCAB, translator: t });
    await model.decide({ prompt: user('hola') });
    const times: number[] = [];
    for (let r = 0; r < rounds; r++)
      for (const u of UTTERANCES) {
        const a = performance.now();
        await model.decide({ prompt: user(`${u} ${r}`) });
        times.push(performance.now() - a);
      }
    return times;
  };
  const without = await engine(null);
  const withIt = await engine(translator);
  translator.close();
  return [
    {
      title: 'Spanish second reading: Apertium spa→eng (one persistent pipeline)',
      columns: [
        'first call (start) ms',
        'utterances',
        'p50 ms',
        'p95 ms',
        'max ms',
        'pipeline CPU ms / utterance',
      ],
      rows: [
        [
          r2(start),
          per.length,
          r2(pct(per, 50)),
          r2(pct(per, 95)),
          r2(Math.max(...per)),
          r2((cpu * 1000) / per.length),
        ],
      ],
      notes: [
        "CPU is the pipeline stages' user+system time from /proc (10 ms ticks), spread over the utterances.",
        'The pipeline starts on the first Spanish dead end of the process and stays up for every session.',
      ],
    },
    {
      title: 'Spanish second reading: engine call on a Spanish dead end, with and without it',
      columns: ['translator', 'calls', 'p50 ms', 'p95 ms', 'max ms'],
      rows: [
        ['none', without.length, r2(pct(without, 50)), r2(pct(without, 95)), r2(Math.max(...without))],
        ['apertium', withIt.length, r2(pct(withIt, 50)), r2(pct(withIt, 95)), r2(Math.max(...withIt))],
      ],
      notes: ['Only calls whose Spanish parse ends in "no te he entendido" / "¿de qué producto?" translate.'],
    },
  ];
}
