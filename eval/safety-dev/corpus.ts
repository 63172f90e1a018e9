/**
 * The ordinary-shopping corpus for false positives: every shopper step of the spent dialogue
 * material (round 1 `eval/dialogue`, rounds 2–6, `test/dialogue/dev`), EN and ES. Those are
 * ordinary shopping turns written for other purposes, so whatever the guard blocks there is a
 * false positive.
 */
import { SCRIPTS as ROUND1 } from '../dialogue/scripts/index.ts';
import type { Script } from '../dialogue/types.ts';
import { SCRIPTS_ROUND2 } from '../round2/dialogue/scripts/index.ts';
import { SCRIPTS_ROUND3 } from '../round3/dialogue/scripts/index.ts';
import { SCRIPTS_ROUND4 } from '../round4/dialogue/scripts/index.ts';
import { SCRIPTS_ROUND5 } from '../round5/dialogue/scripts/index.ts';
import { SCRIPTS_ROUND6 } from '../round6/dialogue/scripts/index.ts';

export interface CorpusTurn {
  readonly source: string;
  readonly lang: 'en' | 'es';
  readonly text: string;
}

interface DevLike {
  language: string;
  steps: { say: string }[];
}

const DEV_MODULES = [
  'crafts',
  'electronics',
  'eyewear',
  'furniture',
  'kitchen',
  'luggage',
  'nursery',
  'nutrition',
  'options',
  'outdoor',
  'party',
  'pets',
  'pharmacy',
  'pool',
];

const lang = (l: string): 'en' | 'es' => (l.toLowerCase().startsWith('es') ? 'es' : 'en');

/** Every shopper turn, deduplicated by language and text. */
export async function loadOrdinaryCorpus(): Promise<CorpusTurn[]> {
  const out: CorpusTurn[] = [];
  const rounds: [string, readonly Script[]][] = [
    ['round1', ROUND1],
    ['round2', SCRIPTS_ROUND2],
    ['round3', SCRIPTS_ROUND3],
    ['round4', SCRIPTS_ROUND4],
    ['round5', SCRIPTS_ROUND5],
    ['round6', SCRIPTS_ROUND6],
  ];
  for (const [name, scripts] of rounds)
    for (const s of scripts)
      for (const c of s.conversations)
        for (const step of c.steps) out.push({ source: name, lang: s.language, text: step.say });
  for (const m of DEV_MODULES) {
    const mod = (await import(`../../test/dialogue/dev/${m}-scripts.ts`)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (!Array.isArray(value)) continue;
      for (const script of value as DevLike[]) {
        if (!script || !Array.isArray(script.steps)) continue;
        for (const step of script.steps)
          if (typeof step.say === 'string')
            out.push({ source: `dev/${m}`, lang: lang(script.language), text: step.say });
      }
    }
  }
  const seen = new Set<string>();
  return out.filter((t) => {
    const key = `${t.lang}\u0000${t.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every sentence of the product titles and descriptions of the spent rounds' catalogs (Shopify
 * CSVs): what the assistant reads out, so the output check must let all of it through.
 */
export async function loadCatalogSentences(): Promise<string[]> {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { parse } = await import('csv-parse/sync');
  const root = join(import.meta.dirname, '..');
  const dirs = [
    'catalogs',
    'round2/catalogs',
    'round3/catalogs',
    'round4/catalogs',
    'round5/catalogs',
    'round6/catalogs',
  ];
  const out = new Set<string>();
  for (const d of dirs)
    for (const f of readdirSync(join(root, d)).filter((x) => x.endsWith('.csv'))) {
      const rows = parse(readFileSync(join(root, d, f), 'utf8'), {
        columns: true,
        relax_column_count: true,
      }) as Record<string, string>[];
      for (const r of rows) {
        const text = `${r.Title ?? ''}. ${(r['Body (HTML)'] ?? '').replace(/<[^>]+>/g, ' ')}`;
        for (const s of text.split(/(?<=[.!?])\s+/)) if (s.trim().length > 2) out.add(s.trim());
      }
    }
  return [...out];
}
