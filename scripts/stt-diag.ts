/**
 * Development tool (not a bench): decodes spent/dev utterance sets with the dual decoder and dumps
 * every clip's reference, dual text and both decoders' readings, so errors can be classified.
 * Audio is cached under STT_DIAG_AUDIO (default /tmp/stt-diag-audio).
 *   node scripts/stt-diag.ts OUT.json [set,...]   sets: round2, dev (kitchen, pets, outdoor-gear), dev11
 *   (session 17's new utterances on round 11's catalogs)
 *   sets also: round4 … round12 (the spent rounds; never later ones)
 * Env: STT_DIAG_ARGS="-lw 8 -wip 0.5" extra decoder flags; STT_DIAG_MODE=dual|catalog;
 * STT_DIAG_MATCH=regex decodes only the utterances it matches; STT_DIAG_LM_CACHE the LM cache dir.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EvalShop, ROUND1 } from '../eval/dialogue/harness.ts';
import { WER_UTTERANCES_ROUND2 } from '../eval/round2/wer/utterances.ts';
import { WER_UTTERANCES_ROUND3 } from '../eval/round3/wer/utterances.ts';
import { PAUSE, WER_UTTERANCES } from '../eval/wer/utterances.ts';
import {
  KITCHEN_UTTERANCES,
  PETS_UTTERANCES,
} from '../src/services/stt/dev-catalog/kitchen-pets-utterances.ts';
import { ROUND11_DEV_UTTERANCES } from '../src/services/stt/dev-catalog/round11-dev-utterances.ts';
import { OUTDOOR_GEAR_UTTERANCES } from '../src/services/stt/dev-catalog/utterances.ts';
import { buildCatalogLm } from '../src/services/stt/lm/builder.ts';
import { normalizeText } from '../src/services/stt/lm/text-norm.ts';
import { PocketsphinxSttService } from '../src/services/stt/pocketsphinx/service.ts';
import { DEFAULT_DECODER_ARGS, decoderSpecFor, type LmMode } from '../src/services/stt/pocketsphinx/specs.ts';
import { synthesize16k, type Voice, wordErrors } from '../src/services/stt/synth.ts';
import { importCatalog } from '../src/shop/catalog/import/index.ts';
import { getVocabulary } from '../src/shop/catalog/vocabulary.ts';
import { importPromos } from '../src/shop/promos/import/index.ts';
import { openDatabase } from '../src/store/db.ts';

const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const AUDIO_DIR = process.env.STT_DIAG_AUDIO ?? '/tmp/stt-diag-audio';
const VOICES = (process.env.STT_DIAG_VOICES ?? 'flite:kal16,flite:rms,flite:awb,espeak:en-us+f3').split(
  ',',
) as Voice[];
const dev = (f: string) => fileURLToPath(new URL(`../src/services/stt/dev-catalog/${f}`, import.meta.url));
const r2 = (f: string) => fileURLToPath(new URL(`../eval/round2/catalogs/${f}`, import.meta.url));
const r1 = (f: string) => fileURLToPath(new URL(`../eval/catalogs/${f}`, import.meta.url));
const r3 = (f: string) => fileURLToPath(new URL(`../eval/round3/catalogs/${f}`, import.meta.url));

/** Spent rounds 4–12 (never 13 or later: frozen), each `eval/round<n>/wer/utterances.ts` on its own catalogs. */
async function spentRound(n: number): Promise<{ csv: string; utterances: readonly string[] }[]> {
  if (n < 4 || n > 12) throw new Error(`round${n}: only the spent rounds 4–12 are diagnosed here`);
  const mod = (await import(`../eval/round${n}/wer/utterances.ts`)) as Record<
    string,
    Record<string, readonly string[]>
  >;
  const utterances = mod[`WER_UTTERANCES_ROUND${n}`]!;
  return Object.entries(utterances).map(([catalog, texts]) => ({
    csv: fileURLToPath(new URL(`../eval/round${n}/catalogs/${catalog}.csv`, import.meta.url)),
    utterances: texts,
  }));
}

const SETS: Record<string, { csv: string; utterances: readonly string[] }[]> = {
  round1: [
    { csv: r1('garden-supplies.csv'), utterances: WER_UTTERANCES['garden-supplies']! },
    { csv: r1('toys-and-games.csv'), utterances: WER_UTTERANCES['toys-and-games']! },
  ],
  round3: [
    { csv: r3('coffee-and-tea.csv'), utterances: WER_UTTERANCES_ROUND3['coffee-and-tea']! },
    { csv: r3('bicycles-cycling.csv'), utterances: WER_UTTERANCES_ROUND3['bicycles-cycling']! },
  ],
  round2: [
    { csv: r2('beauty-personal-care.csv'), utterances: WER_UTTERANCES_ROUND2['beauty-personal-care']! },
    { csv: r2('hardware-tools.csv'), utterances: WER_UTTERANCES_ROUND2['hardware-tools']! },
  ],
  // Session 17's development utterances on spent round 11's catalogs (dev-catalog/round11-dev-utterances.ts).
  dev11: Object.entries(ROUND11_DEV_UTTERANCES).map(([catalog, utterances]) => ({
    csv: fileURLToPath(new URL(`../eval/round11/catalogs/${catalog}.csv`, import.meta.url)),
    utterances,
  })),
  dev: [
    { csv: dev('kitchen.csv'), utterances: KITCHEN_UTTERANCES },
    { csv: dev('pets.csv'), utterances: PETS_UTTERANCES },
    { csv: dev('outdoor-gear.csv'), utterances: OUTDOOR_GEAR_UTTERANCES },
  ],
};

async function audio(text: string, voice: Voice): Promise<Int16Array> {
  const key = createHash('sha1').update(`${voice}|${text}`).digest('hex');
  const file = join(AUDIO_DIR, `${key}.pcm`);
  if (existsSync(file)) {
    const b = await readFile(file);
    return new Int16Array(b.buffer, b.byteOffset, b.length / 2);
  }
  const parts = await Promise.all(text.split(PAUSE).map((t) => synthesize16k(t.trim(), voice)));
  const gap = new Int16Array(8000);
  const pieces = parts.flatMap((p, i) => (i === 0 ? [p] : [gap, p]));
  const out = new Int16Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  await mkdir(AUDIO_DIR, { recursive: true });
  await writeFile(file, Buffer.from(out.buffer, out.byteOffset, out.byteLength));
  return out;
}

interface Row {
  catalog: string;
  voice: Voice;
  index: number;
  ref: string;
  hyp: string;
  catalogHyp: string;
  mixedHyp: string;
}

/** The catalog's vocabulary, imported as the WER benches do (round 1 seeds its promos directly). */
async function catalogVocabulary(csv: string) {
  if (csv.includes('/eval/')) {
    const dir = dirname(csv);
    const set = dir.endsWith('/eval/catalogs') ? ROUND1 : { dir, promos: 'import' as const, policy: true };
    const shop = await EvalShop.open(basename(csv, '.csv'), set);
    try {
      return await getVocabulary(shop.store.db, 'en');
    } finally {
      await shop.close();
    }
  }
  const store = await openDatabase({ path: ':memory:' });
  await importCatalog(store.db, csv, { currency: 'USD' });
  const promos = csv.replace(/\.csv$/, '.promos.json');
  if (existsSync(promos)) await importPromos(store.db, promos);
  const vocabulary = await getVocabulary(store.db, 'en');
  await store.close();
  return vocabulary;
}

async function main() {
  const outFile = process.argv[2] ?? '/tmp/stt-diag.json';
  const sets = (process.argv[3] ?? 'round2,dev').split(',');
  const mode = (process.env.STT_DIAG_MODE ?? 'dual') as LmMode;
  const extra = process.env.STT_DIAG_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  const rows: Row[] = [];
  for (const set of sets) {
    const round = /^round(\d+)$/.exec(set);
    const cats = SETS[set] ?? (round ? await spentRound(Number(round[1])) : undefined);
    if (!cats) throw new Error(`unknown set ${set}`);
    for (const cat of cats) {
      const catalog = cat.csv.split('/').at(-1)!.replace('.csv', '');
      const vocabulary = await catalogVocabulary(cat.csv);
      const lm = await buildCatalogLm(vocabulary, {
        cacheDir: process.env.STT_DIAG_LM_CACHE ?? '/tmp/stt-diag-lm',
        modelDir: MODEL_DIR,
      });
      const { spec, model } = decoderSpecFor(
        mode,
        MODEL_DIR,
        lm,
        0.95,
        [...DEFAULT_DECODER_ARGS, ...extra],
        undefined,
        process.env.STT_DIAG_WARPS ? process.env.STT_DIAG_WARPS.split(',').map(Number) : undefined,
      );
      const svc = new PocketsphinxSttService({
        modelDir: MODEL_DIR,
        spec,
        model,
        workers: 2,
        options: { timeoutMs: 120_000 },
      });
      // STT_DIAG_MATCH: only the utterances matching this regex (index kept), for a targeted re-run.
      const match = process.env.STT_DIAG_MATCH ? new RegExp(process.env.STT_DIAG_MATCH, 'i') : undefined;
      const clips = VOICES.flatMap((voice) =>
        cat.utterances.flatMap((text, index) => (match && !match.test(text) ? [] : [{ voice, text, index }])),
      );
      const pcms: Int16Array[] = [];
      for (const c of clips) pcms.push(await audio(c.text, c.voice));
      const streams = await Promise.all([svc.openStream(), svc.openStream()]);
      const cpu0 = process.cpuUsage();
      let next = 0;
      await Promise.all(
        streams.map(async (s) => {
          while (next < clips.length) {
            const i = next++;
            const c = clips[i]!;
            const pcm = pcms[i]!;
            for (let k = 0; k < pcm.length; k += 1600) s.push(pcm.subarray(k, k + 1600));
            const t = await s.finalize();
            const alt = (src: string) => t.alternatives?.find((a) => a.source === src)?.text;
            const hyp = normalizeText(t.text);
            rows.push({
              catalog,
              voice: c.voice,
              index: c.index,
              ref: normalizeText(c.text.split(PAUSE).join(' ')),
              hyp,
              // dual: text is one decoder's; the other is in alternatives
              catalogHyp: normalizeText(alt('catalog-decoder') ?? t.text),
              mixedHyp: normalizeText(alt('mixed-decoder') ?? t.text),
            });
          }
        }),
      );
      const cpu = process.cpuUsage(cpu0);
      const audioSec = pcms.reduce((n, p) => n + p.length, 0) / 16_000;
      await svc.close();
      process.stderr.write(
        `${catalog} done (${lm.dir}) CPU RTF ${((cpu.user + cpu.system) / 1e6 / audioSec).toFixed(3)} over ${audioSec.toFixed(0)} s\n`,
      );
    }
  }
  await writeFile(outFile, JSON.stringify(rows, null, 1));
  const agg = (f: (r: Row) => boolean, k: 'hyp' | 'catalogHyp' | 'mixedHyp' = 'hyp') => {
    let e = 0;
    let w = 0;
    let first = 0;
    let n = 0;
    for (const r of rows.filter(f)) {
      const x = wordErrors(r.ref, r[k]);
      e += x.errors;
      w += x.words;
      n++;
      if (r.ref.split(' ')[0] === r[k].split(' ')[0]) first++;
    }
    return `${((100 * e) / w).toFixed(1)}% fw ${first}/${n}`;
  };
  for (const catalog of [...new Set(rows.map((r) => r.catalog))]) {
    const line = [catalog.padEnd(22)];
    for (const v of VOICES)
      line.push(`${v.split(':')[1]} ${agg((r) => r.catalog === catalog && r.voice === v)}`);
    line.push(`ALL ${agg((r) => r.catalog === catalog)}`);
    line.push(`dev ${agg((r) => r.catalog === catalog && r.index % 2 === 0)}`);
    line.push(`held ${agg((r) => r.catalog === catalog && r.index % 2 === 1)}`);
    line.push(`catOnly ${agg((r) => r.catalog === catalog, 'catalogHyp')}`);
    console.log(line.join(' | '));
  }
}

await main();
