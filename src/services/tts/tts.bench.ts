/**
 * TTS half of the speech benchmark: per engine and voice, time to first audio (p50/p95),
 * whole-sentence time and real-time factor at the web transport's 24 kHz, sentence by
 * sentence on one warm worker (no queueing); then memory and CPU per worker and throughput
 * with every worker busy.
 */
import type { BenchOptions, BenchTable } from '../../bench/table.ts';
import { mean, percentile } from '../../bench/table.ts';
import { OfflineTtsService } from './offline-tts.ts';

export { ROUND_TRIP_VOICES, synthesizeSentences } from './round-trip.ts';

const OUT_RATE = 24_000;

const EN = [
  'I found three pairs of red running shoes under fifty dollars.',
  'The blue hoodie comes in small, medium and large.',
  'Your order number four five one two shipped yesterday.',
  'Would you like me to add the wool beanie to your cart?',
  'Your total is forty two dollars and ninety nine cents, including shipping.',
  'Sure.',
  'The leather boots are back in stock in size nine.',
  'I can check the status of your return, what is the order number?',
];
const ES = [
  'Encontré tres pares de zapatillas rojas por menos de cincuenta euros.',
  '¿Quieres que añada el gorro de lana a tu carrito?',
  'Tu pedido número cuatro cinco uno dos salió ayer.',
  'Claro.',
  'El total es de cuarenta y dos euros con noventa y nueve, envío incluido.',
  'Las botas de cuero vuelven a estar disponibles en la talla cuarenta.',
];

const VOICES: { voice: string; lang: 'en' | 'es' }[] = [
  { voice: 'flite:slt', lang: 'en' },
  { voice: 'flite:rms', lang: 'en' },
  { voice: 'flite:awb', lang: 'en' },
  { voice: 'flite:kal16', lang: 'en' },
  { voice: 'espeak:en-us', lang: 'en' },
  { voice: 'espeak:es', lang: 'es' },
  { voice: 'espeak:es-419', lang: 'es' },
];

interface Sample {
  firstMs: number;
  totalMs: number;
  audioSec: number;
}

async function speakOnce(
  tts: OfflineTtsService,
  text: string,
  voice: string,
  sampleRate: number,
): Promise<Sample> {
  const t0 = performance.now();
  let firstMs = Number.NaN;
  let samples = 0;
  for await (const chunk of tts.synthesize(text, { voice, sampleRate })) {
    if (Number.isNaN(firstMs)) firstMs = performance.now() - t0;
    samples += chunk.length;
  }
  return { firstMs, totalMs: performance.now() - t0, audioSec: samples / sampleRate };
}

async function latencyTable(quick: boolean): Promise<BenchTable> {
  const voices = quick ? VOICES.filter((v) => v.voice === 'flite:slt' || v.voice === 'espeak:es') : VOICES;
  const rounds = quick ? 1 : 3;
  const tts = new OfflineTtsService({
    workers: 1,
    voices: { en: 'flite:slt', es: 'espeak:es' },
    speed: 1,
    warmVoices: voices.map((v) => v.voice),
  });
  const rows: (string | number)[][] = [];
  try {
    await tts.warmup();
    for (const { voice, lang } of voices) {
      const sentences = (lang === 'en' ? EN : ES).slice(0, quick ? 2 : undefined);
      const samples: Sample[] = [];
      for (let r = 0; r < rounds; r++) {
        for (const text of sentences) samples.push(await speakOnce(tts, text, voice, OUT_RATE));
      }
      const first = samples.map((s) => s.firstMs);
      const total = samples.map((s) => s.totalMs);
      const audio = samples.reduce((a, s) => a + s.audioSec, 0);
      rows.push([
        voice,
        samples.length,
        percentile(first, 50),
        percentile(first, 95),
        percentile(total, 50),
        percentile(total, 95),
        total.reduce((a, b) => a + b, 0) / 1000 / audio,
        audio / samples.length,
      ]);
    }
    // The same default voices at Twilio's 8 kHz (the resampler's cost differs by ratio).
    for (const voice of ['flite:slt', 'espeak:es']) {
      const text = voice.startsWith('flite') ? EN[0]! : ES[0]!;
      const samples: Sample[] = [];
      for (let r = 0; r < (quick ? 1 : 5); r++) samples.push(await speakOnce(tts, text, voice, 8000));
      const first = samples.map((s) => s.firstMs);
      const total = samples.map((s) => s.totalMs);
      rows.push([
        `${voice} @ 8 kHz`,
        samples.length,
        percentile(first, 50),
        percentile(first, 95),
        percentile(total, 50),
        percentile(total, 95),
        total.reduce((a, b) => a + b, 0) / 1000 / samples.reduce((a, s) => a + s.audioSec, 0),
        mean(samples.map((s) => s.audioSec)),
      ]);
    }
  } finally {
    await tts.close();
  }
  return {
    title: `TTS latency per voice (offline, warm worker, output ${OUT_RATE / 1000} kHz unless noted)`,
    columns: [
      'voice',
      'sentences',
      'first audio p50 ms',
      'first audio p95 ms',
      'whole sentence p50 ms',
      'whole sentence p95 ms',
      'RTF',
      'audio s / sentence',
    ],
    rows,
    notes: [
      'Times are measured on the main thread from synthesize() to the first / last PCM chunk, including the worker hop and resampling.',
      'flite renders a whole sentence before any audio (first audio ≈ whole sentence); espeak-ng streams ~95 ms chunks as it goes.',
      'Target: first audio ≤ 60 ms. Sentence-level streaming means only the first sentence of a reply is on the critical path.',
    ],
  };
}

/** Worker CPU time in µs. piscina unrefs idle workers, so hold the loop open meanwhile. */
async function workerCpu(tts: OfflineTtsService): Promise<number> {
  const keepAlive = setInterval(() => {}, 1000);
  try {
    const usage = await Promise.all(tts.threads.map((t) => t.cpuUsage()));
    return usage.reduce((a, c) => a + c.user + c.system, 0);
  } finally {
    clearInterval(keepAlive);
  }
}

async function resourceTable(quick: boolean): Promise<BenchTable> {
  const rows: (string | number)[][] = [];
  const workerCounts = quick ? [1] : [1, 2];
  for (const workers of workerCounts) {
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const tts = new OfflineTtsService({ workers, voices: { en: 'flite:slt', es: 'espeak:es' }, speed: 1 });
    try {
      const t0 = performance.now();
      await tts.warmup();
      const warmMs = performance.now() - t0;
      const rssWarm = process.memoryUsage().rss;
      const cpuBefore = await workerCpu(tts);
      // Every worker busy: `streams` parallel request loops over the EN and ES sentences.
      const streams = workers * 2;
      const perStream = quick ? 2 : 12;
      const t1 = performance.now();
      let audioSec = 0;
      await Promise.all(
        Array.from({ length: streams }, async (_, s) => {
          for (let i = 0; i < perStream; i++) {
            const es = (s + i) % 2 === 1;
            const list = es ? ES : EN;
            const text = list[i % list.length]!;
            audioSec += (await speakOnce(tts, text, es ? 'espeak:es' : 'flite:slt', OUT_RATE)).audioSec;
          }
        }),
      );
      const wallSec = (performance.now() - t1) / 1000;
      const cpuSec = ((await workerCpu(tts)) - cpuBefore) / 1e6;
      rows.push([
        workers,
        warmMs,
        (rssWarm - rssBefore) / workers / 2 ** 20,
        streams * perStream,
        audioSec / wallSec,
        cpuSec / audioSec,
        (process.memoryUsage().rss - rssBefore) / 2 ** 20,
      ]);
    } finally {
      await tts.close();
    }
  }
  return {
    title: 'TTS workers: memory, CPU and throughput (flite slt + espeak-ng es, 24 kHz)',
    columns: [
      'workers',
      'start + warm ms',
      'RSS per worker MB',
      'sentences',
      'throughput × real time',
      'worker CPU s per audio s',
      'RSS after load MB',
    ],
    rows,
    notes: [
      'RSS is process-wide (worker threads share the process), measured as the growth after the pool warmed.',
      'CPU comes from Worker.cpuUsage() of the TTS threads only; "× real time" is seconds of speech produced per wall second with every worker busy.',
    ],
  };
}

export async function runTtsBench(opts: BenchOptions): Promise<BenchTable[]> {
  return [await latencyTable(opts.quick), await resourceTable(opts.quick)];
}
