/**
 * Adapter overhead of the self-hosted speech providers (issue 17), against loopback stand-ins
 * that answer at once in each server's documented protocol: what our code adds on top of the
 * server's own inference time.
 *   - WhisperLiveKit: end of turn (`finalize()`: end of audio) → final, when ready_to_stop is immediate.
 *   - whisper.cpp: `finalize()` → transcript (WAV encode + multipart POST + JSON).
 *   - Piper / Chatterbox / Polly: `synthesize()` → first PCM chunk at 24 kHz (WAV or PCM decode + resample).
 *   - Abort mid-audio → the stand-in sees the connection closed (Piper over HTTP/1.1, Polly over HTTP/2).
 */
import type { BenchOptions, BenchTable } from '../bench/table.ts';
import { systemClock } from '../pipeline/clock.ts';
import { firstAudio } from './cloud-speech.bench.ts';
import { FakeHttpServer, type RecordedRequest } from './http-test-server.ts';
import { createWhisperCppStt } from './stt/whisper-cpp.ts';
import { WhisperLiveKitSttService } from './stt/whisperlivekit.ts';
import { ChatterboxTtsService } from './tts/chatterbox.ts';
import { streamingWavHeader } from './tts/http-tts-contract.ts';
import { PiperTtsService } from './tts/piper.ts';
import { PollyTtsService } from './tts/polly.ts';
import type { TtsService } from './tts/types.ts';
import { FakeProviderServer } from './ws-test-server.ts';

type Stats = { p50: number; p95: number; max: number };

function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1] ?? 0) };
}
const round = (v: number) => Math.round(v * 100) / 100;
const TURN = new Int16Array(16_000).fill(200); // 1 s of audio per utterance

async function wlkFinalize(turns: number): Promise<number[]> {
  const server = await FakeProviderServer.start();
  server.onConnection((c) => {
    c.next((m) => {
      if (m.kind === 'binary' && m.bytes.length === 0) {
        c.send({
          lines: [{ speaker: 1, text: 'add two hoodies', start: 0, end: 1 }],
          buffer_transcription: '',
        });
        c.send({ type: 'ready_to_stop' });
      }
      return false;
    });
  });
  const stt = new WhisperLiveKitSttService({ url: server.url, clock: systemClock });
  const stream = await stt.openStream();
  const out: number[] = [];
  try {
    for (let i = 0; i < turns; i++) {
      // The next utterance's socket is opened while the last finishes: wait for it, as a user pause would.
      await server.connection(i);
      stream.push(TURN);
      const t0 = performance.now();
      await stream.finalize();
      out.push(performance.now() - t0);
    }
  } finally {
    await stt.close();
    await server.stop();
  }
  return out;
}

async function whisperCppFinalize(turns: number): Promise<number[]> {
  const server = await FakeHttpServer.start();
  server.script((r) => {
    r.res.writeHead(200, { 'content-type': 'application/json' });
    r.res.end(JSON.stringify({ text: ' add two hoodies' }));
  });
  const stt = createWhisperCppStt(
    {
      WHISPER_CPP_URL: server.url,
      WHISPER_CPP_TIMEOUT_MS: 10_000,
      WHISPER_CPP_MAX_RETRIES: 0,
      WHISPER_CPP_PROMPT: undefined,
    },
    { clock: systemClock },
  );
  const stream = await stt.openStream();
  const out: number[] = [];
  try {
    for (let i = 0; i < turns; i++) {
      stream.push(TURN);
      const t0 = performance.now();
      await stream.finalize();
      out.push(performance.now() - t0);
    }
  } finally {
    await stream.close();
    await server.stop();
  }
  return out;
}

/** 200 ms of audio at the server's rate, in its format. */
function answer(format: 'wav' | 'pcm', rate: number) {
  return (r: RecordedRequest) => {
    r.res.writeHead(200, { 'content-type': format === 'wav' ? 'audio/wav' : 'audio/pcm' });
    if (format === 'wav') r.res.write(streamingWavHeader(rate));
    r.res.end(Buffer.alloc(Math.round(rate / 5) * 2, 1));
  };
}

async function firstAudioFrom(
  make: (url: string) => TtsService,
  http2: boolean,
  format: 'wav' | 'pcm',
  rate: number,
  n: number,
) {
  const server = await FakeHttpServer.start({ http2 });
  server.script(answer(format, rate));
  try {
    return await firstAudio(make(server.url), n);
  } finally {
    await server.stop();
  }
}

async function abortToClosed(
  make: (url: string) => TtsService,
  http2: boolean,
  n: number,
): Promise<number[]> {
  const server = await FakeHttpServer.start({ http2 });
  server.script((r) => {
    r.res.writeHead(200, { 'content-type': http2 ? 'audio/pcm' : 'audio/wav' });
    if (!http2) r.res.write(streamingWavHeader(24_000));
    r.res.write(Buffer.alloc(4_800, 1)); // audio starts and never ends
  });
  const tts = make(server.url);
  const out: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const ctl = new AbortController();
      const it = tts
        .synthesize(`Interrupt ${i}.`, { sampleRate: 24_000, signal: ctl.signal })
        [Symbol.asyncIterator]();
      await it.next();
      const req = await server.request(i);
      const t0 = performance.now();
      ctl.abort();
      await req.closed;
      out.push(performance.now() - t0);
      await it.next().catch(() => undefined);
    }
  } finally {
    await tts.close();
    await server.stop();
  }
  return out;
}

const piper = (url: string) =>
  new PiperTtsService({ url, voices: {}, speed: 1, timeoutMs: 10_000, maxRetries: 0 });
const chatterbox = (url: string) =>
  new ChatterboxTtsService({ url, voiceMode: 'predefined', speed: 1, timeoutMs: 10_000, maxRetries: 0 });
const polly = (url: string) =>
  new PollyTtsService({
    region: 'us-east-1',
    endpoint: url,
    credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'secret' },
    voices: { en: 'Joanna', es: 'Lucia' },
    engine: 'neural',
    speed: 1,
    timeoutMs: 10_000,
    maxRetries: 0,
  });

export async function runSelfHostedSpeechBench(opts: BenchOptions): Promise<BenchTable[]> {
  const n = opts.quick ? 5 : 200;
  const aborts = Math.min(n, 50);
  const rows: [string, number, Stats][] = [
    ['WhisperLiveKit finalize → final (immediate ready_to_stop)', n, stats(await wlkFinalize(n))],
    ['whisper.cpp finalize → transcript (1 s utterance)', n, stats(await whisperCppFinalize(n))],
    [
      'Piper first audio (22.05 kHz WAV → 24 kHz)',
      n,
      stats(await firstAudioFrom(piper, false, 'wav', 22_050, n)),
    ],
    [
      'Chatterbox first audio (24 kHz WAV)',
      n,
      stats(await firstAudioFrom(chatterbox, false, 'wav', 24_000, n)),
    ],
    [
      'Polly first audio (SDK, HTTP/2, 16 kHz PCM → 24 kHz)',
      n,
      stats(await firstAudioFrom(polly, true, 'pcm', 16_000, n)),
    ],
    ['Piper abort → connection closed at server', aborts, stats(await abortToClosed(piper, false, aborts))],
    ['Polly abort → stream closed at server', aborts, stats(await abortToClosed(polly, true, aborts))],
  ];
  return [
    {
      title: 'Self-hosted and AWS speech providers: adapter overhead on loopback (ms)',
      columns: ['measure', 'n', 'p50', 'p95', 'max'],
      rows: rows.map(([name, count, s]) => [name, count, s.p50, s.p95, s.max]),
      notes: [
        'Loopback stand-ins answering at once in each server’s protocol: what the adapters add. A real server adds its inference time (Whisper: hundreds of ms per utterance on CPU) and the network.',
        'WhisperLiveKit ends each utterance’s audio and opens the next socket meanwhile, so a new turn never waits for a socket.',
      ],
    },
  ];
}
