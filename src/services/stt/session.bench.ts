/**
 * `bench --only stt-session`: WER, first-word recall and decoding CPU per voice when every voice
 * is its own session (one stream per speaker, as in the app), on the development set written for
 * speaker adaptation (dev-catalog/session-utterances.ts, outdoor-gear catalog). The STT is the
 * configured one (STT_* variables), so a configuration is compared by running this twice.
 *
 * STT_SESSION_LEAD_MS (bench only): silence put before each clip, as the live pre-roll would give
 * the recognizer (default 0: the clip as synthesised, like the eval WER benches).
 */
import { fileURLToPath } from 'node:url';
import type { BenchOptions, BenchTable } from '../../bench/table.ts';
import { importCatalog } from '../../shop/catalog/import/index.ts';
import { getVocabulary } from '../../shop/catalog/vocabulary.ts';
import { openDatabase } from '../../store/db.ts';
import { loadSttConfig } from './config.ts';
import { SESSION_UTTERANCES } from './dev-catalog/session-utterances.ts';
import { normalizeText } from './lm/text-norm.ts';
import { PocketsphinxStream } from './pocketsphinx/stream.ts';
import { createSttService } from './registry.ts';
import { synthesize16k, type Voice, wordErrors } from './synth.ts';

const VOICES: readonly Voice[] = ['flite:kal16', 'flite:rms', 'flite:awb', 'espeak:en-us+f3'];
const CHUNK = 1600;
const CSV = fileURLToPath(new URL('./dev-catalog/outdoor-gear.csv', import.meta.url));

interface VoiceResult {
  voice: Voice;
  errors: number;
  words: number;
  firstRight: number;
  clips: number;
  audioS: number;
  misses: string[];
  /** Finals read by the adapted acoustic model (STT_ACOUSTIC_ADAPTATION). */
  adapted: number;
}

function withLead(pcm: Int16Array, leadMs: number): Int16Array {
  if (leadMs <= 0) return pcm;
  const out = new Int16Array(Math.round((leadMs / 1000) * 16_000) + pcm.length);
  out.set(pcm, out.length - pcm.length);
  return out;
}

export async function runSttSessionBench(opts: BenchOptions): Promise<BenchTable[]> {
  const voices = opts.quick ? VOICES.slice(3) : VOICES;
  const texts = opts.quick ? SESSION_UTTERANCES.slice(0, 3) : SESSION_UTTERANCES;
  const leadMs = Number(process.env.STT_SESSION_LEAD_MS ?? 0);
  const store = await openDatabase({ path: ':memory:' });
  let vocabulary: Awaited<ReturnType<typeof getVocabulary>>;
  try {
    await importCatalog(store.db, CSV);
    vocabulary = await getVocabulary(store.db, 'en');
  } finally {
    await store.close();
  }
  const config = loadSttConfig({ STT_FINALIZE_TIMEOUT_MS: '60000', ...process.env });
  const setup = await createSttService(config, { vocabulary });
  if (!setup) throw new Error('STT_PROVIDER=none: this bench needs a speech recognizer');
  const results: VoiceResult[] = [];
  let cpuUs = 0;
  try {
    const audio = new Map<Voice, Int16Array[]>();
    for (const voice of voices)
      audio.set(
        voice,
        await Promise.all(texts.map(async (t) => withLead(await synthesize16k(t, voice), leadMs))),
      );
    // Two sessions at a time (one per worker); CPU is the whole process's, all threads.
    const cpu0 = process.cpuUsage();
    let next = 0;
    await Promise.all(
      [0, 1].map(async () => {
        while (next < voices.length) {
          const voice = voices[next++] as Voice;
          const stream = await setup.service.openStream();
          const r: VoiceResult = {
            voice,
            errors: 0,
            words: 0,
            firstRight: 0,
            clips: 0,
            audioS: 0,
            misses: [],
            adapted: 0,
          };
          for (const [i, pcm] of (audio.get(voice) ?? []).entries()) {
            for (let at = 0; at < pcm.length; at += CHUNK)
              stream.push(pcm.subarray(at, Math.min(at + CHUNK, pcm.length)));
            const hyp = normalizeText((await stream.finalize()).text);
            if (stream instanceof PocketsphinxStream && stream.lastAdapted) r.adapted++;
            const ref = normalizeText(texts[i] as string);
            const e = wordErrors(ref, hyp);
            r.errors += e.errors;
            r.words += e.words;
            r.clips++;
            r.audioS += pcm.length / 16_000;
            if (ref.split(' ')[0] === hyp.split(' ')[0]) r.firstRight++;
            else r.misses.push(`${voice} #${i}: "${ref}" → "${hyp}"`);
          }
          await stream.close();
          results.push(r);
        }
      }),
    );
    const cpu = process.cpuUsage(cpu0);
    cpuUs = cpu.user + cpu.system;
  } finally {
    await setup.service.close();
  }
  const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
  results.sort((a, b) => voices.indexOf(a.voice) - voices.indexOf(b.voice));
  const total = results.reduce(
    (t, r) => ({
      errors: t.errors + r.errors,
      words: t.words + r.words,
      firstRight: t.firstRight + r.firstRight,
      clips: t.clips + r.clips,
      audioS: t.audioS + r.audioS,
    }),
    { errors: 0, words: 0, firstRight: 0, clips: 0, audioS: 0 },
  );
  return [
    {
      title: 'STT per-session speaker adaptation: WER and first words per voice (outdoor-gear dev set)',
      columns: ['voice', 'WER', 'first word heard', 'utterances', 'read by the adapted model'],
      rows: [
        ...results.map((r) => [
          r.voice,
          pct(r.errors, r.words),
          pct(r.firstRight, r.clips),
          r.clips,
          r.adapted,
        ]),
        [
          'all voices',
          pct(total.errors, total.words),
          pct(total.firstRight, total.clips),
          total.clips,
          results.reduce((n, r) => n + r.adapted, 0),
        ],
      ],
      notes: [
        `STT: ${config.STT_PROVIDER}, LM mode ${config.STT_LM_MODE}, warp ${config.STT_FREQ_WARP}, warp candidates "${config.STT_WARP_CANDIDATES ?? ''}", acoustic model ${config.STT_ACOUSTIC_ADAPTATION}; one session (stream) per voice; lead ${leadMs} ms of silence before each clip.`,
        `Decoding CPU (process CPU time, all threads, while decoding): ${(cpuUs / 1e6).toFixed(1)} s for ${total.audioS.toFixed(1)} s of audio = ${(cpuUs / 1e6 / total.audioS).toFixed(3)} CPU s per audio s.`,
        `First-word misses (${results.reduce((n, r) => n + r.misses.length, 0)}): ${results.flatMap((r) => r.misses).join('; ')}`,
      ],
    },
  ];
}
