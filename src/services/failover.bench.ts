/**
 * Time to fail over, per stage, against loopback stand-ins (a Deepgram socket, OpenAI-compatible
 * chat and speech servers) that answer at once: what a failure costs the turn on top of the
 * backup's own latency, next to the same work on a healthy primary. The failures are the ones
 * that do not wait for a timeout (a refused request, a connection that drops); a silent provider
 * costs its timeout on top (STT_FAILOVER_TIMEOUT_MS, LLM_FIRST_CHUNK_TIMEOUT_MS,
 * TTS_FAILOVER_TIMEOUT_MS), by design.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openaiCompatible } from '../../test/llm/dialects.ts';
import { WireServer } from '../../test/llm/wire-server.ts';
import type { BenchOptions, BenchTable } from '../bench/table.ts';
import { percentile } from '../bench/table.ts';
import { systemClock } from '../pipeline/clock.ts';
import { ProviderHealth } from './health.ts';
import { streamLlm } from './llm/adapter.ts';
import { checkLlmConfig } from './llm/config.ts';
import { FailoverLanguageModel } from './llm/failover.ts';
import { createLlmService } from './llm/service.ts';
import { DeepgramSttService } from './stt/deepgram.ts';
import { FailoverSttService } from './stt/failover.ts';
import { loadTtsConfig } from './tts/config.ts';
import { FailoverTtsService } from './tts/failover.ts';
import { createTtsService } from './tts/registry.ts';
import { type FakeConnection, FakeProviderServer } from './ws-test-server.ts';

const round = (v: number) => Math.round(v * 10) / 10;
const row = (stage: string, failure: string, failover: number[], healthy: number[]) => [
  stage,
  failure,
  round(percentile(failover, 50)),
  round(percentile(failover, 95)),
  round(percentile(healthy, 50)),
  round(percentile(failover, 50) - percentile(healthy, 50)),
  failover.length,
];

/** A health list whose probes never run during the bench (each iteration starts from healthy). */
const freshHealth = (stage: 'stt' | 'llm' | 'tts', n: number) =>
  new ProviderHealth(
    stage,
    Array.from({ length: n }, (_, i) => ({ name: `p${i}` })),
    { clock: systemClock, probeIntervalMs: 3_600_000 },
  );

function answerFinalizes(c: FakeConnection): void {
  c.next((m) => {
    if (m.kind === 'json' && m.json.type === 'Finalize') {
      const total = c.received.reduce((n, x) => n + (x.kind === 'binary' ? x.bytes.length : 0), 0) / 32_000;
      c.send({
        type: 'Results',
        start: 0,
        duration: total,
        is_final: true,
        speech_final: true,
        from_finalize: true,
        channel: { alternatives: [{ transcript: 'add two hoodies', confidence: 0.9 }] },
      });
    }
    return false;
  });
}

/** End of turn → final transcript, with the primary's socket dropping as the turn ends. */
async function sttFailover(n: number): Promise<{ failover: number[]; healthy: number[] }> {
  const primary = await FakeProviderServer.start();
  const backup = await FakeProviderServer.start();
  backup.onConnection(answerFinalizes);
  const make = (url: string) =>
    new DeepgramSttService({ apiKey: 'k', baseUrl: url, clock: systemClock, options: { maxRetries: 0 } });
  const services = [make(primary.url), make(backup.url)];
  const failover: number[] = [];
  const healthy: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      for (const [dies, out] of [
        [true, failover],
        [false, healthy],
      ] as const) {
        primary.onConnection((c) => {
          if (dies) void c.nextJson((j) => j.type === 'Finalize').then(() => c.close(1011, 'crash'));
          else answerFinalizes(c);
        });
        const stt = new FailoverSttService(services, { health: freshHealth('stt', 2), clock: systemClock });
        const stream = await stt.openStream();
        for (let k = 0; k < 25; k++) stream.push(new Int16Array(640)); // 1 s of audio
        const t0 = performance.now();
        await stream.finalize();
        out.push(performance.now() - t0);
        await stream.close();
        stt.health.close();
      }
    }
  } finally {
    await Promise.all(services.map((s) => s.close()));
    await Promise.all([primary.stop(), backup.stop()]);
  }
  return { failover, healthy };
}

/** Request → first text: the primary refuses (503) or drops mid-reply, vs. a healthy primary. */
async function llmFailover(n: number): Promise<Record<'refused' | 'cut' | 'healthy', number[]>> {
  const a = new WireServer();
  const b = new WireServer();
  const primary = await createLlmService(checkLlmConfig(openaiCompatible.env(await a.start())));
  const backup = await createLlmService(checkLlmConfig(openaiCompatible.env(await b.start())));
  const out = { refused: [] as number[], cut: [] as number[], healthy: [] as number[] };
  const once = async (cutMidReply: boolean) => {
    const model = new FailoverLanguageModel([primary.model, backup.model], {
      health: freshHealth('llm', 2),
      firstChunkTimeoutMs: 4000,
      chunkTimeoutMs: 10_000,
      clock: systemClock,
    });
    const t0 = performance.now();
    let at: number | undefined;
    let text = '';
    for await (const ev of streamLlm({
      model,
      provider: 'failover',
      instructions: 'x',
      messages: [{ role: 'user', content: 'find running shoes' }],
      tools: [],
      maxRetries: 0,
      clock: systemClock,
    })) {
      if (ev.type !== 'text') continue;
      text += ev.text;
      // After a cut, the first text of the backup is what the shopper waited for.
      if (at === undefined && (!cutMidReply || text.length > 'Two options: '.length))
        at = performance.now() - t0;
    }
    model.health.close();
    return at ?? Number.NaN;
  };
  try {
    for (let i = 0; i < n; i++) {
      a.enqueue(openaiCompatible.httpError(503, 'overloaded'));
      b.enqueue(openaiCompatible.text(['Two options.']));
      out.refused.push(await once(false));
      a.enqueue({ ...openaiCompatible.text(['Two options: ', 'the Trail Runner.']), cutAfter: 2 });
      b.enqueue(openaiCompatible.text(['and the Road Racer.']));
      out.cut.push(await once(true));
      a.enqueue(openaiCompatible.text(['Two options.']));
      out.healthy.push(await once(false));
    }
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
  return out;
}

/** Sentence → first audio: the primary refuses (503) or drops mid-sentence, vs. a healthy one. */
async function ttsFailover(n: number): Promise<Record<'refused' | 'cut' | 'healthy', number[]>> {
  let mode: 'refused' | 'cut' | 'healthy' = 'healthy';
  const pcm = Buffer.alloc(4800);
  const speak = (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(pcm);
  };
  const servers: Server[] = [];
  const start = async (handler: (res: ServerResponse, destroy: () => void) => void) => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => handler(res, () => req.socket.destroy()));
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  };
  const aUrl = await start((res, destroy) => {
    if (mode === 'refused') res.writeHead(503).end('{"error":"overloaded"}');
    else if (mode === 'cut') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(pcm.subarray(0, 960));
      setImmediate(destroy);
    } else speak(res);
  });
  const bUrl = await start((res) => speak(res));
  const env = (url: string) => ({ TTS_PROVIDER: 'openai', TTS_BASE_URL: url, TTS_MAX_RETRIES: '0' });
  const built = [
    await createTtsService(loadTtsConfig(env(aUrl))),
    await createTtsService(loadTtsConfig(env(bUrl))),
  ];
  const out = { refused: [] as number[], cut: [] as number[], healthy: [] as number[] };
  try {
    for (let i = 0; i < n; i++) {
      for (const m of ['refused', 'cut', 'healthy'] as const) {
        mode = m;
        const tts = new FailoverTtsService(built, { health: freshHealth('tts', 2), clock: systemClock });
        const t0 = performance.now();
        let at: number | undefined;
        let chunks = 0;
        for await (const _ of tts.synthesize('Here are three shoes.', { sampleRate: 24_000 })) {
          chunks++;
          // After a cut, the backup's first chunk (the sentence said again) is what counts.
          if (at === undefined && (m !== 'cut' || chunks > 1)) at = performance.now() - t0;
        }
        out[m].push(at ?? Number.NaN);
        tts.health.close();
      }
    }
  } finally {
    await Promise.all(built.map((s) => s.close()));
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
  }
  return out;
}

export async function runFailoverBench(opts: BenchOptions): Promise<BenchTable[]> {
  const n = opts.quick ? 2 : 30;
  const stt = await sttFailover(n);
  const llm = await llmFailover(n);
  const tts = await ttsFailover(n);
  return [
    {
      title: 'Provider failover: time to the backup’s answer (loopback stand-ins, ms)',
      columns: ['stage', 'primary failure', 'failover p50', 'failover p95', 'healthy p50', 'cost p50', 'n'],
      rows: [
        row('stt', 'socket drops at end of turn; turn replayed', stt.failover, stt.healthy),
        row('llm', 'HTTP 503 before the reply', llm.refused, llm.healthy),
        row('llm', 'connection cut mid-reply; backup continues', llm.cut, llm.healthy),
        row('tts', 'HTTP 503 before the audio', tts.refused, tts.healthy),
        row('tts', 'connection cut mid-sentence; sentence said again', tts.cut, tts.healthy),
      ],
      notes: [
        'stt: finalize() → final transcript (1 s of audio replayed into the backup). llm: request → first text of the answer (after a cut: the backup’s first text). tts: synthesize() → first audio (after a cut: the backup’s first chunk).',
        'A silent provider costs its failover timeout on top (STT_FAILOVER_TIMEOUT_MS, LLM_FIRST_CHUNK_TIMEOUT_MS, TTS_FAILOVER_TIMEOUT_MS).',
      ],
    },
  ];
}
