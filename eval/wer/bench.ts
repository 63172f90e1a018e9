/**
 * WER and first-word recall of the real STT provider (as configured by the STT_* variables;
 * default pocketsphinx, mixed LM) on the frozen utterance sets, with the catalog LM built from
 * each catalog imported through the real importer. Four synthetic voices.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { loadSttConfig } from '../../src/services/stt/config.ts';
import { normalizeText } from '../../src/services/stt/lm/text-norm.ts';
import { createSttService } from '../../src/services/stt/registry.ts';
import { synthesize16k, type Voice, wordErrors } from '../../src/services/stt/synth.ts';
import type { SttStream } from '../../src/services/stt/types.ts';
import { getVocabulary } from '../../src/shop/catalog/vocabulary.ts';
import { type EvalCatalogSet, EvalShop, ROUND1 } from '../dialogue/harness.ts';
import { decodeVoiceSession } from './sessions.ts';
import { PAUSE, WER_UTTERANCES } from './utterances.ts';

/** One round's WER material: utterances by catalog, and where those catalogs live. */
export interface WerSet {
  name: string;
  /** Where every decoded clip goes; the table only counts misses, so a frozen set's errors are not read by whoever runs it. */
  transcriptFile: string;
  utterances: Readonly<Record<string, readonly string[]>>;
  catalogs: EvalCatalogSet;
}

export const WER_ROUND1: WerSet = {
  name: 'frozen utterance sets',
  transcriptFile: 'bench-results/eval-wer-transcripts.json',
  utterances: WER_UTTERANCES,
  catalogs: ROUND1,
};

/** A later round's WER set: its utterances on its own catalogs, named after the round in the table's title. */
export function roundWerSet(
  round: number,
  utterances: WerSet['utterances'],
  catalogs: EvalCatalogSet,
): WerSet {
  return {
    name: `round ${round} frozen utterance sets`,
    transcriptFile: `bench-results/eval${round}-wer-transcripts.json`,
    utterances,
    catalogs,
  };
}

export const EVAL_VOICES: readonly Voice[] = ['flite:kal16', 'flite:rms', 'flite:awb', 'espeak:en-us+f3'];
const CHUNK = 1600; // 100 ms at 16 kHz
/** Silence at a pause marker: longer than the default VAD stop window (0.2 s), as a hesitating shopper. */
const PAUSE_MS = 500;

export interface Clip {
  catalog: string;
  voice: Voice;
  text: string;
  paused: boolean;
}

export interface Decoded extends Clip {
  ref: string;
  hyp: string;
  lost: boolean;
}

/** Speech of `text` with silence where the pause markers are. */
export async function synthesizeWithPauses(text: string, voice: Voice): Promise<Int16Array> {
  const parts = await Promise.all(text.split(PAUSE).map((t) => synthesize16k(t.trim(), voice)));
  const gap = new Int16Array(Math.round((PAUSE_MS / 1000) * 16_000));
  const pieces = parts.flatMap((p, i) => (i === 0 ? [p] : [gap, p]));
  const out = new Int16Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The hypothesis, or null when the recognizer lost the utterance (scored as all words deleted). */
async function decode(stream: SttStream, pcm: Int16Array): Promise<string | null> {
  for (let i = 0; i < pcm.length; i += CHUNK) stream.push(pcm.subarray(i, Math.min(i + CHUNK, pcm.length)));
  try {
    return normalizeText((await stream.finalize()).text);
  } catch {
    return null;
  }
}

/**
 * The configured STT, except that a clip pushed faster than real time may take longer than the
 * live finalize timeout to decode on a busy machine: accuracy, not latency, is measured here.
 */
export function werSttConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadSttConfig({ STT_FINALIZE_TIMEOUT_MS: '60000', ...env });
}

export interface WerScore {
  errors: number;
  words: number;
  firstRight: number;
  clips: number;
}

export function score(decoded: readonly Decoded[]): WerScore {
  let errors = 0;
  let words = 0;
  let firstRight = 0;
  for (const d of decoded) {
    const r = wordErrors(d.ref, d.hyp);
    errors += r.errors;
    words += r.words;
    if (d.ref.split(' ')[0] === d.hyp.split(' ')[0]) firstRight++;
  }
  return { errors, words, firstRight, clips: decoded.length };
}

/** Decodes every clip of one catalog through the provider with that catalog's LM. */
export async function decodeCatalog(
  catalog: string,
  clips: readonly Clip[],
  signal?: AbortSignal,
  set: EvalCatalogSet = ROUND1,
): Promise<Decoded[]> {
  const shop = await EvalShop.open(catalog, set);
  let vocabulary: Awaited<ReturnType<typeof getVocabulary>>;
  try {
    vocabulary = await getVocabulary(shop.store.db, 'en');
  } finally {
    await shop.close();
  }
  const setup = await createSttService(werSttConfig(), {
    vocabulary,
    ...(signal ? { signal } : {}),
  });
  if (!setup) throw new Error('STT_PROVIDER=none: the WER bench needs a speech recognizer');
  const out: Decoded[] = [];
  try {
    const audio = await mapLimit(clips, 2, (c) => synthesizeWithPauses(c.text, c.voice));
    // One speaker per session, as in the app: each voice gets its own streams (a stream's
    // per-session adaptation, e.g. the session warp, must not carry one voice's choice to the next),
    // and each stream a fixed share of that voice's clips (sessions.ts: repeatable runs).
    for (const voice of [...new Set(clips.map((c) => c.voice))]) {
      const mine = clips.flatMap((c, i) => (c.voice === voice ? [i] : []));
      const hyps = await decodeVoiceSession(
        setup.service,
        mine.map((i) => audio[i]!),
        decode,
        signal,
      );
      mine.forEach((i, j) => {
        const clip = clips[i]!;
        const hyp = hyps[j] ?? null;
        const ref = normalizeText(clip.text.split(PAUSE).join(' '));
        out[i] = { ...clip, ref, hyp: hyp ?? '', lost: hyp === null };
      });
    }
  } finally {
    await setup.service.close();
  }
  return out;
}

async function mapLimit<T, R>(xs: readonly T[], limit: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(xs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < xs.length) {
        const i = next++;
        out[i] = await fn(xs[i]!);
      }
    }),
  );
  return out;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);

export async function runEvalWerBench(
  opts: BenchOptions,
  set: WerSet = WER_ROUND1,
  /** The voices to decode (a development run may take fewer); `--quick` keeps the first. */
  allVoices: readonly Voice[] = EVAL_VOICES,
): Promise<BenchTable[]> {
  const voices = opts.quick ? allVoices.slice(0, 1) : allVoices;
  const rows: (string | number)[][] = [];
  const firstWordMisses: string[] = [];
  const transcripts: { catalog: string; voice: Voice; ref: string; hyp: string }[] = [];
  const config = werSttConfig();
  let lost = 0;
  for (const [catalog, utterances] of Object.entries(set.utterances)) {
    const texts = opts.quick ? utterances.slice(0, 2) : utterances;
    const clips = voices.flatMap((voice) =>
      texts.map((text) => ({ catalog, voice, text, paused: text.includes(PAUSE) })),
    );
    const decoded = await decodeCatalog(catalog, clips, undefined, set.catalogs);
    for (const voice of voices) {
      const s = score(decoded.filter((d) => d.voice === voice));
      const p = score(decoded.filter((d) => d.voice === voice && d.paused));
      rows.push([
        catalog,
        voice,
        pct(s.errors, s.words),
        pct(s.firstRight, s.clips),
        s.clips,
        pct(p.errors, p.words),
      ]);
    }
    const all = score(decoded);
    const paused = score(decoded.filter((d) => d.paused));
    rows.push([
      catalog,
      'all voices',
      pct(all.errors, all.words),
      pct(all.firstRight, all.clips),
      all.clips,
      pct(paused.errors, paused.words),
    ]);
    lost += decoded.filter((d) => d.lost).length;
    for (const d of decoded) transcripts.push({ catalog, voice: d.voice, ref: d.ref, hyp: d.hyp });
    for (const d of decoded)
      if (d.ref.split(' ')[0] !== d.hyp.split(' ')[0])
        firstWordMisses.push(`${catalog} ${d.voice}: "${d.ref}" → "${d.hyp}"`);
  }
  await mkdir(dirname(set.transcriptFile), { recursive: true });
  await writeFile(set.transcriptFile, `${JSON.stringify(transcripts, null, 1)}\n`);
  return [
    {
      title: `Eval: WER and first-word recall on unseen catalogs (${set.name})`,
      columns: ['catalog', 'voice', 'WER', 'first word heard', 'utterances', 'WER with mid-sentence pause'],
      rows,
      notes: [
        `STT: ${config.STT_PROVIDER}${config.STT_PROVIDER === 'pocketsphinx' ? `, LM mode ${config.STT_LM_MODE}` : ''}; catalog LM built from the imported catalog's vocabulary. Audio pushed straight into the recognizer in 100 ms chunks (no VAD), so onset clipping by the VAD is not in these numbers.`,
        `Utterances lost by the recognizer (scored as all words deleted): ${lost}.`,
        `Pause marker = ${PAUSE_MS} ms of silence inside the utterance (decoded as one utterance).`,
        `First-word misses: ${firstWordMisses.length}. Every clip's reference and hypothesis: ${set.transcriptFile} (not printed: a frozen set's errors must not be read before it is spent).`,
      ],
    },
  ];
}
