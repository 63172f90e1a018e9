/**
 * Development tool (no decoding): how well each catalog LM covers what shoppers said in a spent or
 * development WER set. For every catalog, builds (or reuses) its LM the way the server does, then
 * counts reference words the LM lacks (OOV: the catalog decoder can never say them) and reference
 * bigrams/trigrams the LM never saw (the decoder must back off there, so a seen neighbour wins).
 *   node scripts/lm-coverage.ts [set,...]    sets: dev11, dev18, dev19, dev24, round4 … round13
 * Env: STT_DIAG_LM_CACHE the LM cache dir (default /tmp/stt-diag-lm).
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EvalShop } from '../eval/dialogue/harness.ts';
import { PAUSE } from '../eval/wer/utterances.ts';
import { ROUND11_DEV_UTTERANCES } from '../src/services/stt/dev-catalog/round11-dev-utterances.ts';
import { SESSION18_DEV_UTTERANCES } from '../src/services/stt/dev-catalog/session18-utterances.ts';
import { SESSION19_DEV_UTTERANCES } from '../src/services/stt/dev-catalog/session19-utterances.ts';
import { SESSION24_DEV_UTTERANCES } from '../src/services/stt/dev-catalog/session24-utterances.ts';
import { buildCatalogLm } from '../src/services/stt/lm/builder.ts';
import { normalizeText } from '../src/services/stt/lm/text-norm.ts';
import { getVocabulary } from '../src/shop/catalog/vocabulary.ts';

const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';

async function setOf(name: string): Promise<{ csv: string; utterances: readonly string[] }[]> {
  const round = /^round(\d+)$/.exec(name);
  // Round 14 and later are frozen: never measured here.
  if (round && (Number(round[1]) < 4 || Number(round[1]) > 13))
    throw new Error(`${name}: spent rounds 4–13 only`);
  const utterances = round
    ? (
        (await import(`../eval/round${round[1]}/wer/utterances.ts`)) as Record<
          string,
          Record<string, string[]>
        >
      )[`WER_UTTERANCES_ROUND${round[1]}`]!
    : name === 'dev11'
      ? ROUND11_DEV_UTTERANCES
      : name === 'dev18'
        ? SESSION18_DEV_UTTERANCES
        : name === 'dev19'
          ? SESSION19_DEV_UTTERANCES
          : name === 'dev24'
            ? SESSION24_DEV_UTTERANCES
            : undefined;
  if (!utterances) throw new Error(`unknown set ${name}`);
  const dir =
    name === 'dev18' || name === 'dev19' || name === 'dev24'
      ? `../src/services/stt/dev-catalog/session${name.slice(3)}`
      : `../eval/${round ? `round${round[1]}` : 'round11'}/catalogs`;
  return Object.entries(utterances).map(([catalog, texts]) => ({
    csv: fileURLToPath(new URL(`${dir}/${catalog}.csv`, import.meta.url)),
    utterances: texts,
  }));
}

/** The ARPA's n-grams of one order as "w1 w2 …" strings. */
function ngrams(arpa: string, order: number): Set<string> {
  const out = new Set<string>();
  const start = arpa.indexOf(`\\${order}-grams:`);
  if (start < 0) return out;
  const end = arpa.indexOf('\\', start + 3);
  for (const line of arpa.slice(start, end).split('\n').slice(1)) {
    const parts = line.trim().split(/\s+/);
    if (parts.length >= order + 1) out.add(parts.slice(1, order + 1).join(' '));
  }
  return out;
}

async function main() {
  const sets = (process.argv[2] ?? 'dev11').split(',');
  const oovCount = new Map<string, number>();
  const missingBigrams = new Map<string, number>();
  let words = 0;
  let oov = 0;
  let bigrams = 0;
  let unseenBigrams = 0;
  let trigrams = 0;
  let unseenTrigrams = 0;
  let firstUnseen = 0;
  let clips = 0;
  for (const set of sets) {
    for (const cat of await setOf(set)) {
      const shop = await EvalShop.open(basename(cat.csv, '.csv'), {
        dir: dirname(cat.csv),
        promos: 'import',
        policy: false, // the policy text is not in the vocabulary
      });
      const vocabulary = await getVocabulary(shop.store.db, 'en').finally(() => shop.close());
      const lm = await buildCatalogLm(vocabulary, {
        cacheDir: process.env.STT_DIAG_LM_CACHE ?? '/tmp/stt-diag-lm',
        modelDir: MODEL_DIR,
      });
      const arpa = await readFile(lm.arpaPath, 'utf8');
      const uni = ngrams(arpa, 1);
      const bi = ngrams(arpa, 2);
      const tri = ngrams(arpa, 3);
      for (const u of cat.utterances) {
        const w = ['<s>', ...normalizeText(u.split(PAUSE).join(' ')).split(' '), '</s>'];
        clips++;
        if (!bi.has(`${w[0]} ${w[1]}`)) firstUnseen++;
        for (let i = 1; i < w.length - 1; i++) {
          words++;
          if (!uni.has(w[i]!)) {
            oov++;
            oovCount.set(w[i]!, (oovCount.get(w[i]!) ?? 0) + 1);
          }
        }
        for (let i = 0; i + 1 < w.length; i++) {
          bigrams++;
          const b = `${w[i]} ${w[i + 1]}`;
          if (!bi.has(b)) {
            unseenBigrams++;
            missingBigrams.set(b, (missingBigrams.get(b) ?? 0) + 1);
          }
        }
        for (let i = 0; i + 2 < w.length; i++) {
          trigrams++;
          if (!tri.has(`${w[i]} ${w[i + 1]} ${w[i + 2]}`)) unseenTrigrams++;
        }
      }
      process.stderr.write(`${set} ${basename(cat.csv)}: ${lm.dir}\n`);
    }
  }
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
  console.log(`words ${words}, OOV ${oov} (${pct(oov, words)})`);
  console.log(
    `bigrams unseen ${unseenBigrams}/${bigrams} (${pct(unseenBigrams, bigrams)}), trigrams unseen ${unseenTrigrams}/${trigrams} (${pct(unseenTrigrams, trigrams)})`,
  );
  console.log(`utterances whose opening "<s> w1" the LM never saw: ${firstUnseen}/${clips}`);
  const top = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => (n > 1 ? `${k} ×${n}` : k));
  console.log(`OOV: ${top(oovCount).join(', ')}`);
  console.log(`unseen bigrams: ${top(missingBigrams).join(', ')}`);
}

await main();
