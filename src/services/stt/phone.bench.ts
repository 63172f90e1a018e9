/**
 * `bench --only phone-wer`: how much a phone call costs the recognizer. Every sentence of the
 * frozen phone set (phone-eval/utterances.ts, pets development catalog) is spoken by each voice and
 * decoded twice, each voice and path its own session (stream): 16 kHz as synthesised ("direct"),
 * and after the phone round trip the server really applies (phone-eval/phone-path.ts), opened as a
 * phone session. WER and first-word recall per voice and path.
 *
 * Decoders start cold (STT_IDLE_DECODERS_PER_WORKER=0 unless set): a reused decoder carries what
 * it decoded before (README, "Phone calls"), which would make a row depend on the row before it.
 * PHONE_BENCH_SET=tune runs the tuning set instead (phone-eval/tune-utterances.ts: other sentences,
 * other catalog, other voices), the one to iterate on.
 */
import { fileURLToPath } from 'node:url';
import type { BenchOptions, BenchTable } from '../../bench/table.ts';
import { importCatalog } from '../../shop/catalog/import/index.ts';
import { getVocabulary } from '../../shop/catalog/vocabulary.ts';
import { openDatabase } from '../../store/db.ts';
import { loadSttConfig } from './config.ts';
import { normalizeText } from './lm/text-norm.ts';
import { phoneRoundTrip } from './phone-eval/phone-path.ts';
import { PHONE_EVAL_UTTERANCES, PHONE_EVAL_VOICES } from './phone-eval/utterances.ts';
import { createSttService } from './registry.ts';
import { synthesize16k, type Voice, wordErrors } from './synth.ts';

const CHUNK = 1600;

interface PhoneSet {
  name: string;
  csv: string;
  voices: readonly Voice[];
  texts: readonly string[];
}

async function loadSet(name: string): Promise<PhoneSet> {
  if (name === 'tune') {
    const tune = await import('./phone-eval/tune-utterances.ts');
    return {
      name: 'tuning set (kitchen)',
      csv: fileURLToPath(new URL('./dev-catalog/kitchen.csv', import.meta.url)),
      voices: tune.PHONE_TUNE_VOICES,
      texts: tune.PHONE_TUNE_UTTERANCES,
    };
  }
  return {
    name: 'frozen phone set (pets)',
    csv: fileURLToPath(new URL('./dev-catalog/pets.csv', import.meta.url)),
    voices: PHONE_EVAL_VOICES,
    texts: PHONE_EVAL_UTTERANCES,
  };
}

type Path = 'direct' | 'phone';

interface Row {
  voice: Voice;
  path: Path;
  errors: number;
  words: number;
  firstRight: number;
  clips: number;
  misses: string[];
}

export async function runPhoneWerBench(opts: BenchOptions): Promise<BenchTable[]> {
  const set = await loadSet(process.env.PHONE_BENCH_SET ?? 'eval');
  const only = process.env.PHONE_BENCH_VOICES?.split(',').filter(Boolean) as Voice[] | undefined;
  const voices = opts.quick ? set.voices.slice(0, 1) : (only ?? set.voices);
  const texts = opts.quick ? set.texts.slice(0, 3) : set.texts;
  const store = await openDatabase({ path: ':memory:' });
  let vocabulary: Awaited<ReturnType<typeof getVocabulary>>;
  try {
    await importCatalog(store.db, set.csv);
    vocabulary = await getVocabulary(store.db, 'en');
  } finally {
    await store.close();
  }
  const config = loadSttConfig({
    STT_FINALIZE_TIMEOUT_MS: '60000',
    STT_IDLE_DECODERS_PER_WORKER: '0',
    ...process.env,
  });
  const setup = await createSttService(config, { vocabulary });
  if (!setup) throw new Error('STT_PROVIDER=none: this bench needs a speech recognizer');
  const rows: Row[] = [];
  try {
    const jobs: { voice: Voice; path: Path; clips: Int16Array[] }[] = [];
    for (const voice of voices) {
      const clips = await Promise.all(texts.map((t) => synthesize16k(t, voice)));
      jobs.push({ voice, path: 'direct', clips }, { voice, path: 'phone', clips: clips.map(phoneRoundTrip) });
    }
    let next = 0;
    await Promise.all(
      [0, 1].map(async () => {
        while (next < jobs.length) {
          const job = jobs[next++]!;
          const stream = await setup.service.openStream(job.path === 'phone' ? { audioSource: 'phone' } : {});
          const r: Row = {
            voice: job.voice,
            path: job.path,
            errors: 0,
            words: 0,
            firstRight: 0,
            clips: 0,
            misses: [],
          };
          for (const [i, pcm] of job.clips.entries()) {
            for (let at = 0; at < pcm.length; at += CHUNK)
              stream.push(pcm.subarray(at, Math.min(at + CHUNK, pcm.length)));
            const hyp = normalizeText((await stream.finalize()).text);
            const ref = normalizeText(texts[i]!);
            const e = wordErrors(ref, hyp);
            r.errors += e.errors;
            r.words += e.words;
            r.clips++;
            if (ref.split(' ')[0] === hyp.split(' ')[0]) r.firstRight++;
            if (e.errors > 0) r.misses.push(`${job.voice} ${job.path} #${i}: "${ref}" → "${hyp}"`);
          }
          await stream.close();
          rows.push(r);
        }
      }),
    );
  } finally {
    await setup.service.close();
  }
  const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
  const cell = (voice: Voice | 'all', path: Path) => {
    const rs = rows.filter((r) => r.path === path && (voice === 'all' || r.voice === voice));
    const sum = (k: 'errors' | 'words' | 'firstRight' | 'clips') => rs.reduce((n, r) => n + r[k], 0);
    return [pct(sum('errors'), sum('words')), `${sum('firstRight')}/${sum('clips')}`];
  };
  return [
    {
      title: `Phone calls: WER and first words per voice, 16 kHz direct vs the phone path (${set.name})`,
      columns: ['voice', 'direct WER', 'direct first words', 'phone WER', 'phone first words'],
      rows: [...voices, 'all' as const].map((v) => [
        v === 'all' ? 'all voices' : v,
        ...cell(v, 'direct'),
        ...cell(v, 'phone'),
      ]),
      notes: [
        `STT: ${config.STT_PROVIDER}, LM mode ${config.STT_LM_MODE}, acoustic model ${config.STT_ACOUSTIC_ADAPTATION}, idle decoders ${config.STT_IDLE_DECODERS_PER_WORKER}; ${texts.length} sentences; one session per voice and path.`,
        `Phone path: 16 kHz → 8 kHz → µ-law → decode → 16 kHz with the project's resampler and codec; phone sessions opened with audioSource 'phone'.`,
        `Errors (${rows.reduce((n, r) => n + r.misses.length, 0)}): ${rows.flatMap((r) => r.misses).join('; ')}`,
      ],
    },
  ];
}
