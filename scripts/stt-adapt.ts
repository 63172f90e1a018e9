/**
 * Regenerates the MLLR transform that adapts pocketsphinx's en-us acoustic model to synthetic
 * speech (src/services/stt/pocketsphinx/adaptation/synthetic.mllr), with Debian's sphinxtrain:
 * the CMU recipe "adapting the default acoustic model" (sphinx_fe features → bw statistics against
 * the en-us model → mllr_solve).
 *
 *   apt-get install sphinxtrain sphinxbase-utils      # bw, mllr_solve, sphinx_fe (not needed by CI)
 *   node scripts/stt-adapt.ts [--keep DIR] [--voices flite:slt,espeak:en-us+f1,…] [--out FILE]
 *
 * Honesty rules (README "Acoustic adaptation"): the voices here are NEVER the four the WER goal is
 * measured on (flite kal16/rms/awb, espeak-ng en-us+f3), and the text is generic shopping sentences
 * written here filled with the kitchen and pets development catalogs' product names and option
 * values (never eval/, never the outdoor-gear catalog the session bench measures on).
 *
 * Debian's en-us model ships its mixture weights only as the decoder's 8-bit `sendump`; bw needs
 * a Sphinx-III `mixture_weights` file, which is rebuilt here from it (p = 1.0001^-(byte << 10)).
 */
import { execFile } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { readWav, writeWav } from '../src/audio/wav.ts';
import { espeakIpa, ipaToArpabet } from '../src/services/stt/lm/dictionary.ts';
import { phoneRoundTrip } from '../src/services/stt/phone-eval/phone-path.ts';
import { PHONE_TUNE_VOICES } from '../src/services/stt/phone-eval/tune-utterances.ts';
import { PHONE_EVAL_VOICES } from '../src/services/stt/phone-eval/utterances.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const HMM = join(MODEL_DIR, 'en-us');
const SPHINXTRAIN = '/usr/lib/sphinxtrain';
const OUT = join(ROOT, 'src/services/stt/pocketsphinx/adaptation/synthetic.mllr');
const PHONE_OUT = join(ROOT, 'src/services/stt/pocketsphinx/adaptation/phone.mllr');
const PHONE_CMN_OUT = join(ROOT, 'src/services/stt/pocketsphinx/adaptation/phone.cmninit');
const catalogPaths = (files: string[]) => files.map((f) => join(ROOT, 'src/services/stt/dev-catalog', f));
const CATALOGS = catalogPaths(['kitchen.csv', 'pets.csv']);
/** --phone: not pets, the frozen phone set's catalog. */
const PHONE_CATALOGS = catalogPaths(['kitchen.csv']);

/**
 * Adaptation voices: synthetic, but none of the measured four. espeak-ng variants (female and
 * male formant sets), British English, other pitch and speed settings; flite's slt.
 */
const VOICES: readonly string[] = [
  'flite:slt',
  'espeak:en-us+f1',
  'espeak:en-us+f2',
  'espeak:en-us+f4',
  'espeak:en-us+f5',
  'espeak:en-us+m1',
  'espeak:en-us+m3',
  'espeak:en-us+m7',
  'espeak:en-us+klatt',
  'espeak:en-gb+f2',
  'espeak:en-us+f4:p70',
  'espeak:en-us+f1:s150',
];

/**
 * --phone: the transform for phone calls is fitted on speech sent through the real phone round
 * trip (phone-eval/phone-path.ts), by voices in neither the frozen phone set nor its tuning set.
 */
const PHONE_VOICES: readonly string[] = [
  'espeak:en-us+f1',
  'espeak:en-us+f4',
  'espeak:en-us+f5',
  'espeak:en-us+m1',
  'espeak:en-us+m3',
  'espeak:en-us+m7',
  'espeak:en-us+klatt',
  'espeak:en-gb+f4',
  'espeak:en-us+f4:p70',
  'espeak:en-us+f1:s150',
];

/** The voices the WER goal is measured on: never adapted on. */
const MEASURED = ['flite:kal16', 'flite:rms', 'flite:awb', 'espeak:en-us+f3'];
/** With --phone also the phone sets' voices (slt among them). */
const PHONE_MEASURED = [...new Set([...MEASURED, ...PHONE_EVAL_VOICES, ...PHONE_TUNE_VOICES])];

/** Sentences per product (different request shapes). */
const PER_PRODUCT = 6;

/** Request shapes a shopper says; {p} = a product, {o} = one of its option values. */
const TEMPLATES: readonly string[] = [
  'add the {p} to my cart',
  'show me the {p}',
  'what colors does the {p} come in',
  'do you have the {p} in {o}',
  'i would like the {p} in {o}',
  'how much is the {p}',
  'put two of the {p} in my basket',
  'is the {p} in stock',
  'remove the {p} from my cart',
  'take the {p} in {o} please',
  'only the {o} ones',
  'find me something like the {p}',
  'tell me more about the {p}',
  'can i get the {p} in {o}',
  'what sizes does the {p} have',
  'give me one {p}',
];
const GENERIC: readonly string[] = [
  'what is in my cart',
  'check out please',
  'yes go ahead',
  'no thank you',
  'show me something cheaper',
  'what promotions do you have',
  'empty my cart',
  'cancel my order',
  'can i talk to a person',
  'how long does shipping take',
  'start over',
  'what is your return policy',
  'only show me the cheapest ones',
  'wait go back',
  'that is all for today',
  'which one is the lightest',
];

/** Product titles and option values of a Shopify CSV (lower case, letters and spaces only). */
async function catalogWords(csv: string): Promise<{ products: string[]; options: string[] }> {
  const rows = parse(await readFile(csv, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const clean = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z' ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const products = [...new Set(rows.map((r) => clean(r.Title ?? '')).filter(Boolean))];
  const options = [
    ...new Set(rows.flatMap((r) => [r['Option1 Value'], r['Option2 Value']].map((v) => clean(v ?? '')))),
  ].filter(Boolean);
  return { products, options };
}

/** cmudict's first pronunciation of each word. */
async function readDict(): Promise<Map<string, string>> {
  const dict = new Map<string, string>();
  for (const line of (await readFile(join(MODEL_DIR, 'cmudict-en-us.dict'), 'utf8')).split('\n')) {
    const sp = line.indexOf(' ');
    if (sp > 0 && !line.slice(0, sp).includes('(')) dict.set(line.slice(0, sp), line.slice(sp + 1).trim());
  }
  return dict;
}

/** Templates filled with every product (deterministic), each shape several times. */
async function sentences(catalogs: readonly string[], perProduct: number): Promise<string[]> {
  const out = [...GENERIC, ...GENERIC];
  for (const csv of catalogs) {
    const { products, options } = await catalogWords(csv);
    products.forEach((p, i) => {
      for (let k = 0; k < perProduct; k++) {
        const t = TEMPLATES[(i * perProduct + k) % TEMPLATES.length] as string;
        out.push(t.replace('{p}', p).replace('{o}', options[(i * 7 + k) % options.length] ?? 'blue'));
      }
    });
  }
  return out;
}

/** Pronunciations of words cmudict lacks (brand names), from espeak-ng as the catalog LM does. */
async function addGuesses(dict: Map<string, string>, words: readonly string[]): Promise<void> {
  for (const w of words) {
    if (dict.has(w)) continue;
    const ipa = await espeakIpa(w);
    const arpa = ipa ? ipaToArpabet(ipa) : '';
    if (!arpa) throw new Error(`no pronunciation for "${w}"`);
    dict.set(w, arpa);
  }
}

async function synthesize(
  text: string,
  voice: string,
  wav: string,
  dir: string,
  phone: boolean,
): Promise<void> {
  const raw = join(dir, 'raw.wav');
  const [engine, name, setting] = voice.split(':') as [string, string, string | undefined];
  if (engine === 'flite') await run('flite', ['-voice', name, '-t', text, '-o', raw]);
  else {
    const extra = setting ? [`-${setting[0]}`, setting.slice(1)] : [];
    await run('espeak-ng', ['-v', name, ...extra, '-w', raw, text]);
  }
  // -R: dither from a fixed seed, so every run gives the same transform. Not -D: without dither,
  // espeak-ng's digital silence breaks bw's alignment (44 of 206 utterances instead of 2–3).
  await run('sox', ['-R', raw, '-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer', wav]);
  if (phone) {
    const audio = readWav(await readFile(wav));
    await writeFile(wav, writeWav({ ...audio, samples: phoneRoundTrip(audio.samples) }));
  }
}

/**
 * The mean cepstrum of every frame (speech and pauses) of sphinx_fe's feature files: what a
 * decoder's live CMN settles on after a few utterances of this kind of audio, used as `-cmninit`
 * so a phone session's first utterance is normalised with it (README, "Phone calls").
 */
async function meanCepstrum(mfcDir: string, ids: readonly string[]): Promise<number[]> {
  const sum = new Float64Array(13);
  let frames = 0;
  for (const id of ids) {
    const buf = await readFile(join(mfcDir, `${id}.mfc`));
    // Header: the number of floats; its byte order is the file's.
    const little = buf.readInt32LE(0) === (buf.length - 4) / 4;
    for (let at = 4; at + 13 * 4 <= buf.length; at += 13 * 4, frames++)
      for (let c = 0; c < 13; c++)
        sum[c]! += little ? buf.readFloatLE(at + 4 * c) : buf.readFloatBE(at + 4 * c);
  }
  return Array.from(sum, (s) => s / frames);
}

/** Sphinx-III mixture_weights (n_senones × n_streams × n_codewords floats) from the 8-bit sendump. */
function sendumpToMixw(buf: Buffer): Buffer {
  let at = 0;
  const int = () => {
    const v = buf.readInt32LE(at);
    at += 4;
    return v;
  };
  const str = () => {
    const n = int();
    const s = buf.toString('latin1', at, at + n).replace(/\0$/, '');
    at += n;
    return s;
  };
  str(); // title
  str(); // format description
  const header = new Map<string, number>();
  for (let s = str(); s !== ''; s = str()) {
    const [k, v] = s.split(' ');
    if (k) header.set(k, Number(v));
  }
  if ((header.get('cluster_count') ?? 0) !== 0) throw new Error('clustered sendump: not supported');
  const shift = header.get('mixw_shift') ?? 10;
  const streams = header.get('feature_count') ?? 0;
  const codewords = int();
  const senones = int();
  if (streams < 1 || at + streams * codewords * senones > buf.length)
    throw new Error(`unexpected sendump layout (${streams} × ${codewords} × ${senones})`);
  const mixw = new Float32Array(senones * streams * codewords);
  for (let f = 0; f < streams; f++)
    for (let c = 0; c < codewords; c++)
      for (let s = 0; s < senones; s++)
        mixw[(s * streams + f) * codewords + c] = 1.0001 ** -(buf[at++]! << shift);
  const pad = (4 - (Buffer.byteLength('s3\nversion 1.0\nendhdr\n') % 4)) % 4;
  const dims = Buffer.alloc(20);
  dims.writeInt32LE(0x11223344, 0);
  dims.writeUInt32LE(senones, 4);
  dims.writeUInt32LE(streams, 8);
  dims.writeUInt32LE(codewords, 12);
  dims.writeUInt32LE(mixw.length, 16);
  return Buffer.concat([
    Buffer.from(`s3\nversion 1.0\n${' '.repeat(pad)}endhdr\n`, 'latin1'),
    dims,
    Buffer.from(mixw.buffer),
  ]);
}

async function main(): Promise<void> {
  const { values: flags } = parseArgs({
    options: {
      keep: { type: 'string' },
      voices: { type: 'string' },
      out: { type: 'string' },
      phone: { type: 'boolean', default: false },
    },
  });
  const phone = flags.phone === true;
  const voices = flags.voices ? flags.voices.split(',') : phone ? PHONE_VOICES : VOICES;
  const measured = phone ? PHONE_MEASURED : MEASURED;
  const bad = voices.filter((v) => measured.some((m) => v === m || v.startsWith(`${m}:`)));
  if (bad.length > 0) throw new Error(`${bad.join(', ')}: measured voices must not be adapted on`);
  const out = flags.out ?? (phone ? PHONE_OUT : OUT);
  const dir = flags.keep ?? (await mkdtemp(join(tmpdir(), 'stt-adapt-')));
  await mkdir(join(dir, 'wav'), { recursive: true });
  try {
    const dict = await readDict();
    // One catalog for --phone: more shapes per product keep the amount of speech about the same.
    const texts = phone
      ? await sentences(PHONE_CATALOGS, 2 * PER_PRODUCT)
      : await sentences(CATALOGS, PER_PRODUCT);
    const words = [...new Set(texts.flatMap((t) => t.split(' ')))].sort();
    await addGuesses(dict, words);
    const ids: string[] = [];
    const transcripts: string[] = [];
    for (const [i, text] of texts.entries()) {
      const voice = voices[i % voices.length] as string;
      const id = `u${String(i).padStart(4, '0')}`;
      await synthesize(text, voice, join(dir, 'wav', `${id}.wav`), dir, phone);
      ids.push(id);
      transcripts.push(`<s> ${text} </s> (${id})`);
    }
    await writeFile(join(dir, 'fileids'), `${ids.join('\n')}\n`);
    await writeFile(join(dir, 'transcription'), `${transcripts.join('\n')}\n`);
    await writeFile(join(dir, 'dict'), `${words.map((w) => `${w} ${dict.get(w)}`).join('\n')}\n`);
    const hmm = join(dir, 'hmm');
    await cp(HMM, hmm, { recursive: true });
    await run('pocketsphinx_mdef_convert', ['-text', join(HMM, 'mdef'), join(hmm, 'mdef.txt')]);
    await writeFile(join(hmm, 'mixture_weights'), sendumpToMixw(await readFile(join(HMM, 'sendump'))));
    await mkdir(join(dir, 'mfc'), { recursive: true });
    await run('sphinx_fe', [
      ...['-argfile', join(HMM, 'feat.params'), '-samprate', '16000', '-c', join(dir, 'fileids')],
      ...['-di', join(dir, 'wav'), '-do', join(dir, 'mfc'), '-ei', 'wav', '-eo', 'mfc', '-mswav', 'yes'],
    ]);
    if (phone) {
      const mean = await meanCepstrum(join(dir, 'mfc'), ids);
      await writeFile(PHONE_CMN_OUT, `${mean.map((v) => v.toFixed(2)).join(',')}\n`);
      console.log(`wrote ${PHONE_CMN_OUT}: ${mean.map((v) => v.toFixed(2)).join(',')}`);
    }
    await mkdir(join(dir, 'acc'), { recursive: true });
    const bw = await run(
      join(SPHINXTRAIN, 'bw'),
      [
        ...['-hmmdir', hmm, '-moddeffn', join(hmm, 'mdef.txt'), '-ts2cbfn', '.ptm.'],
        ...['-feat', '1s_c_d_dd', '-svspec', '0-12/13-25/26-38', '-cmn', 'current', '-agc', 'none'],
        ...['-dictfn', join(dir, 'dict'), '-fdictfn', join(hmm, 'noisedict')],
        ...['-ctlfn', join(dir, 'fileids'), '-lsnfn', join(dir, 'transcription')],
        ...['-cepdir', join(dir, 'mfc'), '-accumdir', join(dir, 'acc')],
      ],
      { maxBuffer: 64 << 20 },
    );
    const log = bw.stdout + bw.stderr;
    const total = /overall>.*$/m.exec(log)?.[0];
    const skipped = log.match(/ignored/g)?.length ?? 0;
    await run(join(SPHINXTRAIN, 'mllr_solve'), [
      ...['-meanfn', join(hmm, 'means'), '-varfn', join(hmm, 'variances')],
      ...['-outmllrfn', join(dir, 'mllr_matrix'), '-accumdir', join(dir, 'acc')],
    ]);
    await mkdir(join(out, '..'), { recursive: true });
    await copyFile(join(dir, 'mllr_matrix'), out);
    console.log(`${texts.length} utterances × ${voices.length} voices (round robin), ${words.length} words`);
    console.log(`bw: ${skipped} utterances not aligned, ${total ?? 'no summary'}`);
    console.log(`wrote ${out}`);
  } finally {
    if (!flags.keep) await rm(dir, { recursive: true, force: true });
  }
}

await main();
