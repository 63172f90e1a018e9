/**
 * Turn latency of speech-to-speech sessions through each local stand-in, with the stand-in's
 * configured delays in the table: the real server (in this process, temporary SQLite) on
 * REALTIME_PROVIDER=openai|gemini, a Pipecat WebSocket client, and per turn
 * - typed: send-text → first bot audio frame, through a search_products call (two model
 *   replies and the tool in between);
 * - spoken: last voiced sample sent → first bot audio frame (the stand-in's server VAD waits
 *   400 ms of silence, then answers without a tool).
 * What it measures is our side (socket, resampling, tool run, recorder, output pacing) plus
 * the stand-in's delays; a real provider's think time replaces those.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../server/main.ts';
import { GeminiStandIn } from '../services/realtime/standin/gemini-standin.ts';
import { OpenAiStandIn, type StandInDelays } from '../services/realtime/standin/openai-standin.ts';
import { PipecatWsClient } from './pipecat-ws-client.ts';
import { type BenchOptions, type BenchTable, percentile } from './table.ts';

const DELAYS: StandInDelays = { firstDeltaMs: 120, chunkIntervalMs: 10, chunkMs: 100, msPerChar: 45 };

interface Measured {
  typed: number[];
  spoken: number[];
}

function spokenTurn(): { pcm: Int16Array; voicedMs: number } {
  const voiced = 16_000 * 0.6;
  const pcm = new Int16Array(voiced + 16_000 * 0.8);
  for (let i = 0; i < voiced; i++) pcm[i] = Math.round(6000 * Math.sin((2 * Math.PI * 300 * i) / 16_000));
  return { pcm, voicedMs: 600 };
}

async function measure(env: Record<string, string>, turns: number): Promise<Measured> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-rt-bench-'));
  const server = await startServer({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: path.join(dir, 'shop.db'),
    LOG_LEVEL: 'silent',
    AGENT_GREETING: 'false',
    ...env,
  });
  const out: Measured = { typed: [], spoken: [] };
  try {
    const client = await PipecatWsClient.connect(server.url.replace('localhost', '127.0.0.1'));
    try {
      const idle = async () => {
        const at = performance.now();
        await client.waitFor((m) => m.type === 'bot-stopped-speaking', 30_000, { after: at });
      };
      for (let i = 0; i < turns; i++) {
        const sent = performance.now();
        client.sendText('show me hoodies');
        const first = await client.waitForAudio(sent, 30_000);
        out.typed.push(first.at - sent);
        await idle();
        const { pcm, voicedMs } = spokenTurn();
        const start = performance.now();
        const streaming = client.streamAudio(pcm);
        const voicedEnd = start + voicedMs;
        const audio = await client.waitForAudio(voicedEnd, 30_000);
        out.spoken.push(audio.at - voicedEnd);
        await streaming;
        await idle();
      }
    } finally {
      await client.close();
    }
  } finally {
    await server.close('bench done');
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}

export async function runRealtimeBench(opts: BenchOptions): Promise<BenchTable[]> {
  const turns = opts.quick ? 1 : 6;
  const rows: (string | number)[][] = [];
  const openai = await OpenAiStandIn.start({ delays: DELAYS, fallbackHeard: 'hello' });
  try {
    const m = await measure(
      { REALTIME_PROVIDER: 'openai', OPENAI_REALTIME_URL: openai.url, REALTIME_API_KEY: 'bench' },
      turns,
    );
    rows.push(...toRows('openai (stand-in)', m));
  } finally {
    await openai.close();
  }
  const gemini = await GeminiStandIn.start({ delays: DELAYS, fallbackHeard: 'hello' });
  try {
    const m = await measure(
      { REALTIME_PROVIDER: 'gemini', GEMINI_LIVE_BASE_URL: gemini.baseUrl, REALTIME_API_KEY: 'bench' },
      turns,
    );
    rows.push(...toRows('gemini (stand-in)', m));
  } finally {
    await gemini.close();
  }
  return [
    {
      title: 'Speech-to-speech turn latency through the stand-ins (ms, at the client)',
      columns: ['provider', 'turn', 'n', 'p50', 'p95', 'max'],
      rows,
      notes: [
        `Stand-in delays: ${DELAYS.firstDeltaMs} ms before each reply's first output, audio deltas of ${DELAYS.chunkMs} ms every ${DELAYS.chunkIntervalMs} ms; its VAD ends a spoken turn after 400 ms of silence.`,
        'typed: send-text → first bot audio, through search_products (two model replies, the tool and the recorder in between). spoken: last voiced sample → first bot audio.',
        `load average at start: ${(os.loadavg()[0] ?? 0).toFixed(2)}`,
      ],
    },
  ];
}

function toRows(provider: string, m: Measured): (string | number)[][] {
  const row = (turn: string, v: number[]) => [
    provider,
    turn,
    v.length,
    Math.round(percentile(v, 50)),
    Math.round(percentile(v, 95)),
    Math.round(Math.max(...v)),
  ];
  return [row('typed + tool', m.typed), row('spoken', m.spoken)];
}
