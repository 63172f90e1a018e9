/**
 * Speech benchmark, STT half: WER of the generic / catalog / mixed LMs on synthesized shopping
 * and off-domain sentences (flite slt/rms/awb, espeak-ng en-us and en-us+f3), how often
 * off-domain speech turns into a cart/order command, end-of-audio → final latency, RTF, and CPU /
 * RSS per concurrent real-time stream.
 */
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions, BenchTable } from '../../bench/table.ts';
import { importCatalog } from '../../shop/catalog/import/index.ts';
import { getVocabulary } from '../../shop/catalog/vocabulary.ts';
import type { CatalogVocabulary } from '../../shop/contract.ts';
import { compileVocabulary, understand } from '../../shop/dialogue/index.ts';
import { openDatabase } from '../../store/db.ts';
import {
  BENCH_VOCABULARY,
  isSpuriousCommand,
  OFF_DOMAIN_UTTERANCES,
  SHOPPING_UTTERANCES,
} from './bench-data.ts';
import { KITCHEN_UTTERANCES, PETS_UTTERANCES } from './dev-catalog/kitchen-pets-utterances.ts';
import { OUTDOOR_GEAR_UTTERANCES } from './dev-catalog/utterances.ts';
import { buildCatalogLm } from './lm/builder.ts';
import { normalizeText } from './lm/text-norm.ts';
import { PocketsphinxSttService } from './pocketsphinx/service.ts';
import { DEFAULT_DECODER_ARGS, decoderSpecFor, type LmMode } from './pocketsphinx/specs.ts';
import type { PocketsphinxStream } from './pocketsphinx/stream.ts';
import { synthesize16k, type Voice, wordErrors } from './synth.ts';

export type { BenchTable };

const MODEL_DIR = process.env.POCKETSPHINX_MODEL_DIR ?? '/usr/share/pocketsphinx/model/en-us';
const CHUNK = 1600; // 100 ms

interface Clip {
  text: string;
  voice: Voice;
  offDomain: boolean;
  /** Held-out half of the shopping sentences (odd index): never looked at while writing templates. */
  heldOut: boolean;
  pcm: Int16Array;
}

interface Config {
  label: string;
  mode: LmMode;
  weight?: number;
  args?: string[];
}

interface Outcome {
  clip: Clip;
  hyp: string;
  finalMs: number;
  finalCpuMs: number;
  /** Worker wall time decoding the clip. */
  decodeMs: number;
  inDomain: boolean | undefined;
}

/** Dialogue intents that change the cart or place an order. */
const COMMAND_INTENTS = new Set([
  'add_to_cart',
  'remove_from_cart',
  'update_quantity',
  'promo',
  'checkout',
  'confirm',
]);
const nluVocabulary = compileVocabulary(BENCH_VOCABULARY);

/** The offline dialogue engine's reading of a transcript, when it is a cart/order command. */
export function commandIntent(hypothesis: string): string | undefined {
  const { intent } = understand(hypothesis, nluVocabulary, 'en');
  return COMMAND_INTENTS.has(intent) ? intent : undefined;
}

function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`;
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}

async function mapLimit<T, R>(xs: readonly T[], limit: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(xs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < xs.length) {
        const i = next++;
        out[i] = await fn(xs[i] as T);
      }
    }),
  );
  return out;
}

async function decodeClip(stream: PocketsphinxStream, clip: Clip): Promise<Outcome> {
  const pcm = clip.pcm;
  const lastStart = Math.max(0, pcm.length - CHUNK);
  for (let i = 0; i < lastStart; i += CHUNK) stream.push(pcm.subarray(i, Math.min(i + CHUNK, lastStart)));
  // Real-time streaming keeps the decoder caught up; draining first measures what the user waits for.
  await stream.drain();
  stream.push(pcm.subarray(lastStart));
  const t0 = performance.now();
  const { text, inDomain } = await stream.finalize();
  const finalMs = performance.now() - t0;
  return {
    clip,
    hyp: normalizeText(text),
    finalMs,
    finalCpuMs: stream.lastFinalCpuMs,
    decodeMs: stream.lastDecodeMs,
    inDomain,
  };
}

async function runConfig(cfg: Config, clips: Clip[], lm: Awaited<ReturnType<typeof buildCatalogLm>>) {
  const { spec, model } = decoderSpecFor(
    cfg.mode,
    MODEL_DIR,
    lm,
    cfg.weight,
    cfg.args ?? DEFAULT_DECODER_ARGS,
  );
  const svc = new PocketsphinxSttService({ modelDir: MODEL_DIR, spec, model, workers: 2 });
  const t0 = performance.now();
  const streams = (await Promise.all([svc.openStream(), svc.openStream()])) as PocketsphinxStream[];
  const initMs = performance.now() - t0;
  // Two streams on two workers, each taking the next clip.
  let next = 0;
  const outcomes: Outcome[] = [];
  await Promise.all(
    streams.map(async (stream) => {
      while (next < clips.length) outcomes.push(await decodeClip(stream, clips[next++] as Clip));
    }),
  );
  await svc.close();
  return { outcomes, initMs, decodeMs: outcomes.reduce((sum, o) => sum + o.decodeMs, 0) };
}

async function perStreamCost(
  cfg: Config,
  lm: Awaited<ReturnType<typeof buildCatalogLm>>,
  n: number,
  pcm: Int16Array,
) {
  const { spec, model } = decoderSpecFor(
    cfg.mode,
    MODEL_DIR,
    lm,
    cfg.weight,
    cfg.args ?? DEFAULT_DECODER_ARGS,
  );
  const svc = new PocketsphinxSttService({ modelDir: MODEL_DIR, spec, model, workers: Math.min(n, 2) });
  await svc.pool.warmup();
  const rss0 = process.memoryUsage().rss;
  const streams = await Promise.all(Array.from({ length: n }, () => svc.openStream()));
  const rss1 = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const w0 = performance.now();
  for (let i = 0; i < pcm.length; i += CHUNK) {
    for (const s of streams) s.push(pcm.subarray(i, i + CHUNK));
    await new Promise((r) => setTimeout(r, 100));
  }
  await Promise.all(streams.map((s) => s.finalize()));
  const wallMs = performance.now() - w0;
  const cpu = process.cpuUsage(cpu0);
  await svc.close();
  const cpuShare = (cpu.user + cpu.system) / 1000 / wallMs / n;
  return { cpuPct: 100 * cpuShare, rssMb: (rss1 - rss0) / 1e6 / n };
}

/**
 * Development catalogs other than the demo store: a Shopify CSV imported with the real importer
 * into a throw-away SQLite database, and a speech set written for it (`STT_BENCH_CATALOG`).
 */
const DEV_CATALOGS: Record<string, { csv: string; utterances: readonly string[] }> = {
  'outdoor-gear': {
    csv: fileURLToPath(new URL('./dev-catalog/outdoor-gear.csv', import.meta.url)),
    utterances: OUTDOOR_GEAR_UTTERANCES,
  },
  kitchen: {
    csv: fileURLToPath(new URL('./dev-catalog/kitchen.csv', import.meta.url)),
    utterances: KITCHEN_UTTERANCES,
  },
  pets: {
    csv: fileURLToPath(new URL('./dev-catalog/pets.csv', import.meta.url)),
    utterances: PETS_UTTERANCES,
  },
};

async function benchCatalog(): Promise<{
  name: string;
  vocabulary: CatalogVocabulary;
  shopping: readonly string[];
}> {
  const name = process.env.STT_BENCH_CATALOG;
  if (!name || name === 'demo')
    return { name: 'demo', vocabulary: BENCH_VOCABULARY, shopping: SHOPPING_UTTERANCES };
  const dev = DEV_CATALOGS[name];
  if (!dev)
    throw new Error(
      `STT_BENCH_CATALOG=${name}: unknown; use demo or ${Object.keys(DEV_CATALOGS).join(', ')}`,
    );
  const store = await openDatabase({ path: ':memory:' });
  try {
    await importCatalog(store.db, dev.csv);
    return { name, vocabulary: await getVocabulary(store.db, 'en'), shopping: dev.utterances };
  } finally {
    await store.close();
  }
}

const DEFAULT_VOICES: Voice[] = ['flite:slt', 'flite:rms', 'flite:awb', 'espeak:en-us', 'espeak:en-us+f3'];

/** `STT_BENCH_VOICES=flite:kal16,flite:rms,...` picks the voices (issue 12 measured kal16, rms, awb, en-us+f3). */
function benchVoices(quick: boolean | undefined): Voice[] {
  const env = process.env.STT_BENCH_VOICES?.split(',').map((v) => v.trim());
  if (env?.length) {
    for (const v of env)
      if (!/^(flite|espeak):[\w+-]+$/.test(v))
        throw new Error(`STT_BENCH_VOICES: "${v}" is not flite:NAME or espeak:NAME`);
    return env as Voice[];
  }
  return quick ? ['flite:slt'] : DEFAULT_VOICES;
}

/** The first word of the request was heard as the first word of the transcript. */
function firstWordHeard(ref: string, hyp: string): boolean {
  return ref.split(' ')[0] === hyp.split(' ')[0];
}

const progress = (msg: string) => {
  if (process.env.STT_BENCH_VERBOSE)
    process.stderr.write(`[stt-bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
};

export async function runSttBench(opts: BenchOptions): Promise<BenchTable[]> {
  const quick = opts.quick;
  const catalog = await benchCatalog();
  const lm = await buildCatalogLm(catalog.vocabulary, {
    cacheDir: join(process.cwd(), 'data', 'lm'),
    modelDir: MODEL_DIR,
  });
  const voices = benchVoices(quick);
  const shopping = quick ? catalog.shopping.slice(0, 4) : catalog.shopping;
  const off = quick ? OFF_DOMAIN_UTTERANCES.slice(0, 2) : OFF_DOMAIN_UTTERANCES;
  const jobs = voices.flatMap((voice) => [
    ...shopping.map((text, i) => ({ text, voice, offDomain: false, heldOut: i % 2 === 1 })),
    ...off.map((text) => ({ text, voice, offDomain: true, heldOut: false })),
  ]);
  const clips: Clip[] = await mapLimit(jobs, 2, async (j) => ({
    ...j,
    pcm: await synthesize16k(j.text, j.voice),
  }));
  progress(`synthesized ${clips.length} clips`);
  const audioMs = clips.reduce((n, c) => n + (c.pcm.length / 16_000) * 1000, 0);

  const configs: Config[] = quick
    ? [{ label: 'dual (default)', mode: 'dual', weight: 0.95 }]
    : [
        { label: 'catalog', mode: 'catalog' },
        { label: 'dual (default)', mode: 'dual', weight: 0.95 },
        { label: 'mixed 0.95', mode: 'mixed', weight: 0.95 },
        { label: 'mixed 0.95 + fwdflat', mode: 'mixed', weight: 0.95, args: [] },
        { label: 'generic', mode: 'generic' },
      ];
  // STT_BENCH_ONLY=dual,catalog runs a subset (by mode or label), e.g. to re-measure latency alone.
  const only = process.env.STT_BENCH_ONLY?.split(',').map((x) => x.trim());
  if (only)
    configs.splice(
      0,
      configs.length,
      ...configs.filter((c) => only.includes(c.mode) || only.includes(c.label)),
    );
  const werRows: (string | number)[][] = [];
  const voiceRows: (string | number)[][] = [];
  // STT_BENCH_DUMP=file.json writes every transcript (dev errors are what templates get written from).
  const dump: { lm: string; voice: string; heldOut: boolean; ref: string; hyp: string }[] = [];
  const safetyRows: (string | number)[][] = [];
  const latencyRows: (string | number)[][] = [];
  const spuriousNotes: string[] = [];
  const startLoad = loadavg()[0] ?? 0;
  for (const cfg of configs) {
    const { outcomes, initMs, decodeMs } = await runConfig(cfg, clips, lm);
    progress(`decoded with ${cfg.label}`);
    for (const o of outcomes)
      dump.push({
        lm: cfg.label,
        voice: o.clip.voice,
        heldOut: o.clip.heldOut,
        ref: normalizeText(o.clip.text),
        hyp: o.hyp,
      });
    const score = (filter: (o: Outcome) => boolean) => {
      let e = 0;
      let w = 0;
      let sentErr = 0;
      let n = 0;
      for (const o of outcomes.filter(filter)) {
        const r = wordErrors(normalizeText(o.clip.text), o.hyp);
        e += r.errors;
        w += r.words;
        n++;
        if (r.errors > 0) sentErr++;
      }
      return { wer: pct(e, w), ser: pct(sentErr, n) };
    };
    const inDomain = score((o) => !o.clip.offDomain);
    const offDomain = outcomes.filter((o) => o.clip.offDomain);
    const shopping = outcomes.filter((o) => !o.clip.offDomain);
    const commandWord = offDomain.filter((o) => isSpuriousCommand(normalizeText(o.clip.text), o.hyp));
    const commands = offDomain.filter((o) => commandIntent(o.hyp) !== undefined);
    const accepted = commands.filter((o) => o.inDomain !== false);
    const judged = cfg.mode === 'mixed' || cfg.mode === 'dual';
    const flagged = (xs: Outcome[]) =>
      judged ? `${xs.filter((o) => o.inDomain === false).length}/${xs.length}` : '–';
    const inCommands = shopping.filter((o) => commandIntent(normalizeText(o.clip.text)) !== undefined);
    werRows.push([
      cfg.label,
      inDomain.wer,
      score((o) => !o.clip.offDomain && !o.clip.heldOut).wer,
      score((o) => !o.clip.offDomain && o.clip.heldOut).wer,
      inDomain.ser,
      score((o) => !o.clip.offDomain && o.clip.voice.startsWith('flite')).wer,
      score((o) => !o.clip.offDomain && o.clip.voice.startsWith('espeak')).wer,
      score((o) => o.clip.offDomain).wer,
    ]);
    const firstWords = (xs: Outcome[]) => {
      const heard = xs.filter((o) => firstWordHeard(normalizeText(o.clip.text), o.hyp)).length;
      return `${heard}/${xs.length}`;
    };
    voiceRows.push([
      cfg.label,
      ...voices.map((v) => score((o) => !o.clip.offDomain && o.clip.voice === v).wer),
      score((o) => !o.clip.offDomain).wer,
      firstWords(shopping),
    ]);
    safetyRows.push([
      cfg.label,
      `${commandWord.length}/${offDomain.length}`,
      `${commands.length}/${offDomain.length}`,
      judged ? `${accepted.length}/${offDomain.length}` : `${commands.length}/${offDomain.length}`,
      flagged(offDomain),
      flagged(shopping),
      flagged(shopping.filter((o) => wordErrors(normalizeText(o.clip.text), o.hyp).errors === 0)),
      flagged(inCommands),
    ]);
    const finals = outcomes.map((o) => o.finalMs);
    const cpu = outcomes.map((o) => o.finalCpuMs);
    latencyRows.push([
      cfg.label,
      quantile(finals, 0.5).toFixed(1),
      quantile(finals, 0.95).toFixed(1),
      quantile(cpu, 0.5).toFixed(1),
      quantile(cpu, 0.95).toFixed(1),
      (decodeMs / audioMs).toFixed(3),
      initMs.toFixed(0),
    ]);
    progress(
      `${werRows.at(-1)?.join(' | ')} || ${safetyRows.at(-1)?.join(' | ')} || ${latencyRows.at(-1)?.join(' | ')}`,
    );
    if (!quick && commands.length > 0) {
      spuriousNotes.push(
        `${cfg.label}: off-domain read as commands: ${commands
          .map((o) => `"${o.hyp}" → ${commandIntent(o.hyp)}${o.inDomain === false ? ' (flagged)' : ''}`)
          .join('; ')}`,
      );
    }
  }
  const endLoad = loadavg()[0] ?? 0;
  if (process.env.STT_BENCH_DUMP) await writeFile(process.env.STT_BENCH_DUMP, JSON.stringify(dump, null, 1));

  const costRows: (string | number)[][] = [];
  const costPcm = new Int16Array(Math.round((quick ? 1 : 6) * 16_000));
  let off2 = 0;
  for (const c of clips) {
    if (off2 >= costPcm.length) break;
    const part = c.pcm.subarray(0, costPcm.length - off2);
    costPcm.set(part, off2);
    off2 += part.length;
  }
  const costConfigs: Config[] = quick
    ? [{ label: 'catalog', mode: 'catalog' }]
    : [
        { label: 'catalog', mode: 'catalog' },
        { label: 'dual (default)', mode: 'dual', weight: 0.95 },
      ];
  for (const cfg of costConfigs.filter((c) => !only || only.includes(c.mode))) {
    for (const n of quick ? [1] : [1, 2, 4]) {
      const r = await perStreamCost(cfg, lm, n, costPcm);
      costRows.push([cfg.label, n, r.cpuPct.toFixed(1), r.rssMb.toFixed(0)]);
    }
  }

  const split = `${shopping.length} shopping sentences (even-indexed: dev, used while writing LM templates; odd: held out) + ${off.length} off-domain, × ${voices.length} voices (${voices.join(', ')}); ${(audioMs / 1000).toFixed(0)} s of audio.`;
  return [
    {
      title: 'STT accuracy (pocketsphinx, synthetic voices)',
      columns: [
        'LM',
        'in-domain WER',
        'dev',
        'held-out',
        'sentence errors',
        'flite WER',
        'espeak WER',
        'off-domain WER',
      ],
      rows: werRows,
      notes: [
        `Catalog: ${catalog.name}. ${split}`,
        `Catalog LM: ${lm.stats.vocabulary} words, ${lm.stats.bigrams} bigrams, ${lm.stats.trigrams} trigrams; g2p words: ${lm.stats.guessed.join(', ') || 'none'}.`,
        'Synthetic voices only: real microphones and accents score worse (see notes/offline-speech.md, 15 dB SNR table).',
      ],
    },
    {
      title: `STT WER per voice and first-word recall (catalog: ${catalog.name})`,
      columns: ['LM', ...voices, 'all voices', 'first word heard'],
      rows: voiceRows,
      notes: [
        "first word heard: the transcript starts with the request's first word (shopping sentences, all voices).",
      ],
    },
    {
      title: 'STT safety: off-domain speech read as cart/order commands',
      columns: [
        'LM',
        'off-domain → command word',
        'off-domain → NLU command',
        'NLU command not flagged',
        'off-domain flagged out of domain',
        'shopping flagged',
        'correct shopping transcripts flagged',
        'shopping commands flagged',
      ],
      rows: safetyRows,
      notes: [
        `NLU command: the offline dialogue engine's intent (src/shop/dialogue understand(), bench catalog) is one of ${[...COMMAND_INTENTS].join(', ')}.`,
        '"flagged" = the final transcript has inDomain: false (the mixed decoder needed a word outside the catalog LM). "not flagged" commands are the ones the dialogue cannot tell from real requests (catalog and generic cannot flag anything).',
        ...spuriousNotes,
      ],
    },
    {
      title: 'STT latency and speed',
      columns: [
        'LM',
        'end of audio → final p50 (ms)',
        'p95 (ms)',
        'final CPU p50 (ms)',
        'CPU p95 (ms)',
        'RTF',
        'first decoder init (ms)',
      ],
      rows: latencyRows,
      notes: [
        'Audio streamed in 100 ms chunks; the decoder is drained before the last chunk (as in real time), then last chunk + finalize are timed.',
        'final CPU = decoder-thread CPU time for the last chunk + finalize: what the wall time would be on an idle core.',
        `Load average (1 min) ${startLoad.toFixed(1)} at the start, ${endLoad.toFixed(1)} at the end of the accuracy runs (2 cores).`,
      ],
    },
    {
      title: 'STT cost per concurrent real-time stream',
      columns: ['LM', 'streams', 'CPU % of a core per stream', 'RSS MB per stream'],
      rows: costRows,
      notes: [
        '2 decoder workers; streams on one worker share the LM set; RSS per stream excludes the first decoder of each worker (warmed up).',
      ],
    },
  ];
}
