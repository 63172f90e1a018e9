/**
 * Adapter overhead of the streaming cloud speech providers, measured against loopback servers
 * that answer at once in each provider's wire format: what our code adds on top of the
 * provider's own latency and the network round trip (which a loopback cannot show).
 *   - Deepgram: end of turn (`finalize()`) → final transcript, when the answer is immediate.
 *   - TTS: `synthesize()` → first PCM chunk, cold socket vs pre-warmed (ElevenLabs) vs shared (Cartesia).
 *   - Interruption: abort → the server sees the cancel (Cartesia) or the socket close (ElevenLabs).
 */
import type { BenchOptions, BenchTable } from '../bench/table.ts';
import { systemClock } from '../pipeline/clock.ts';
import { DeepgramSttService } from './stt/deepgram.ts';
import { CartesiaTtsService } from './tts/cartesia.ts';
import { ElevenLabsTtsService } from './tts/elevenlabs.ts';
import type { TtsService } from './tts/types.ts';
import { type FakeConnection, FakeProviderServer } from './ws-test-server.ts';

const CHUNK = Buffer.alloc(4800); // 100 ms at 24 kHz

function stats(values: number[]): { p50: number; p95: number; max: number } {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1] ?? 0) };
}
const round = (v: number) => Math.round(v * 100) / 100;

async function deepgramFinalize(turns: number): Promise<number[]> {
  const server = await FakeProviderServer.start();
  server.onConnection((c) => {
    let covered = 0;
    c.next((m) => {
      if (m.kind === 'json' && m.json.type === 'Finalize') {
        const total = c.received.reduce((n, x) => n + (x.kind === 'binary' ? x.bytes.length : 0), 0) / 32_000;
        c.send({
          type: 'Results',
          start: covered,
          duration: total - covered,
          is_final: true,
          speech_final: true,
          from_finalize: true,
          channel: { alternatives: [{ transcript: 'add two hoodies', confidence: 0.9 }] },
        });
        covered = total;
      }
      return false;
    });
  });
  const stt = new DeepgramSttService({ apiKey: 'k', baseUrl: server.url, clock: systemClock });
  const stream = await stt.openStream();
  const out: number[] = [];
  try {
    for (let i = 0; i < turns; i++) {
      for (let k = 0; k < 10; k++) stream.push(new Int16Array(320));
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

type Answer = (c: FakeConnection, json: Record<string, unknown>) => void;

const elevenAnswer: Answer = (c, j) => {
  if (typeof j.text === 'string' && j.text.trim() !== '') {
    c.send({ audio: CHUNK.toString('base64'), isFinal: false });
    c.send({ isFinal: true });
  }
};
const cartesiaAnswer: Answer = (c, j) => {
  if (typeof j.transcript === 'string') {
    c.send({ type: 'chunk', data: CHUNK.toString('base64'), context_id: j.context_id });
    c.send({ type: 'done', done: true, context_id: j.context_id });
  }
};

async function withServer<T>(answer: Answer, fn: (server: FakeProviderServer) => Promise<T>): Promise<T> {
  const server = await FakeProviderServer.start();
  server.onConnection((c) => {
    c.next((m) => {
      if (m.kind === 'json') answer(c, m.json);
      return false;
    });
  });
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

/** synthesize() → first chunk, per sentence, sentences one after another; closes `tts`. */
export async function firstAudio(tts: TtsService, sentences: number): Promise<number[]> {
  const out: number[] = [];
  try {
    await tts.warmup();
    for (let i = 0; i < sentences; i++) {
      const t0 = performance.now();
      let first = true;
      for await (const _ of tts.synthesize(`Sentence number ${i}.`, { sampleRate: 24_000 })) {
        if (first) out.push(performance.now() - t0);
        first = false;
      }
    }
  } finally {
    await tts.close();
  }
  return out;
}

/** abort → the provider learns about it (cancel message or socket closed). */
async function abortToCancel(kind: 'elevenlabs' | 'cartesia', n: number): Promise<number[]> {
  const out: number[] = [];
  const hold: Answer = (c, j) => {
    // Audio starts but never ends: the sentence is interrupted mid-way.
    if (typeof j.transcript === 'string')
      c.send({ type: 'chunk', data: CHUNK.toString('base64'), context_id: j.context_id });
    if (typeof j.text === 'string' && j.text.trim() !== '') c.send({ audio: CHUNK.toString('base64') });
  };
  await withServer(hold, async (server) => {
    const tts =
      kind === 'cartesia'
        ? new CartesiaTtsService({ apiKey: 'k', baseUrl: server.url, voices: { en: 'v', es: 'v' } })
        : new ElevenLabsTtsService({ apiKey: 'k', baseUrl: server.url, voices: { en: 'v', es: 'v' } });
    try {
      for (let i = 0; i < n; i++) {
        const ctl = new AbortController();
        const it = tts
          .synthesize(`Interrupt ${i}.`, { sampleRate: 24_000, signal: ctl.signal })
          [Symbol.asyncIterator]();
        await it.next();
        const { conn, msg } = await server.nthMessage(
          i,
          (m) =>
            m.kind === 'json' &&
            (typeof m.json.transcript === 'string' ||
              (typeof m.json.text === 'string' && m.json.text.trim() !== '')),
        );
        const ctx = msg.kind === 'json' ? msg.json.context_id : undefined;
        const seen =
          kind === 'cartesia' ? conn.nextJson((j) => j.cancel === true && j.context_id === ctx) : conn.closed;
        const t0 = performance.now();
        ctl.abort();
        await seen;
        out.push(performance.now() - t0);
        await it.next().catch(() => undefined);
      }
    } finally {
      await tts.close();
    }
  });
  return out;
}

export async function runCloudSpeechBench(opts: BenchOptions): Promise<BenchTable[]> {
  const n = opts.quick ? 5 : 200;
  const stt = stats(await deepgramFinalize(n));
  const eleven = (prewarm: boolean) =>
    withServer(elevenAnswer, (server) =>
      firstAudio(
        new ElevenLabsTtsService({ apiKey: 'k', baseUrl: server.url, voices: { en: 'v', es: 'v' }, prewarm }),
        n,
      ),
    );
  const cold = stats(await eleven(false));
  const warm = stats(await eleven(true));
  const shared = stats(
    await withServer(cartesiaAnswer, (server) =>
      firstAudio(
        new CartesiaTtsService({ apiKey: 'k', baseUrl: server.url, voices: { en: 'v', es: 'v' } }),
        n,
      ),
    ),
  );
  const abortEleven = stats(await abortToCancel('elevenlabs', Math.min(n, 50)));
  const abortCartesia = stats(await abortToCancel('cartesia', Math.min(n, 50)));
  const row = (name: string, s: { p50: number; p95: number; max: number }, count: number) => [
    name,
    count,
    s.p50,
    s.p95,
    s.max,
  ];
  return [
    {
      title: 'Streaming cloud speech: adapter overhead on loopback (ms)',
      columns: ['measure', 'n', 'p50', 'p95', 'max'],
      rows: [
        row('Deepgram finalize → final (immediate answer)', stt, n),
        row('ElevenLabs first audio, new socket per sentence', cold, n),
        row('ElevenLabs first audio, pre-warmed socket', warm, n),
        row('Cartesia first audio, shared socket + context', shared, n),
        row('ElevenLabs abort → socket closed at server', abortEleven, Math.min(n, 50)),
        row('Cartesia abort → cancel at server', abortCartesia, Math.min(n, 50)),
      ],
      notes: [
        'Loopback ws:// servers answering at once: the numbers are what the adapters add; a real provider adds its inference time, the network round trip and, for a new socket, TLS + upgrade (100–500 ms per anchors.md).',
        'Pre-warming moves the socket open off the sentence path: ElevenLabs needs one socket per sentence, Cartesia multiplexes contexts on one.',
      ],
    },
  ];
}
