/**
 * Device protocol, measured as a device would see it: the server runs as its own process
 * (offline stack), one device client runs in another (src/bench/e2e/device-driver.ts) and holds
 * push-to-talk turns with flite speech. Voice-to-voice is button release → first reply audio
 * at the device: no VAD silence window is in it, since the release ends the turn. Also the
 * client's RSS and CPU while talking (a Raspberry-Pi-class box runs it).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { synthesize } from '../../audio/testing/speech-fixtures.ts';
import { DebugWatch } from '../../bench/e2e/debug-watch.ts';
import type {
  DeviceDriverMessage,
  DeviceDriverPlan,
  DeviceDriverResult,
} from '../../bench/e2e/device-driver.ts';
import { startServerProcess } from '../../bench/e2e/server-process.ts';
import { type BenchOptions, type BenchTable, percentile } from '../../bench/table.ts';

const DRIVER = fileURLToPath(new URL('../../bench/e2e/device-driver.ts', import.meta.url));

const REQUESTS = [
  'show me running shoes',
  'what is in my cart',
  'show me hoodies',
  'do you have rain jackets',
  'show me backpacks',
];

async function runDriver(plan: DeviceDriverPlan): Promise<DeviceDriverResult> {
  const child = fork(DRIVER, [], {
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    return await new Promise<DeviceDriverResult>((resolve, reject) => {
      child.once('message', (m: DeviceDriverMessage) =>
        m.type === 'result' ? resolve(m.result) : reject(new Error(`device driver: ${m.message}`)),
      );
      child.once('exit', (code) => reject(new Error(`device driver exited with ${code}`)));
      child.send(plan);
    });
  } finally {
    child.kill();
  }
}

export async function runDeviceBench(opts: BenchOptions): Promise<BenchTable[]> {
  const utterances = await Promise.all(
    REQUESTS.map(async (text) => (await synthesize(text, { engine: 'flite', voice: 'slt' })).pcm),
  );
  const server = await startServerProcess();
  const table: BenchTable = {
    title: 'Device protocol: push-to-talk voice-to-voice (button release → first reply audio at the device)',
    columns: ['format', 'turns', 'missed', 'p50 ms', 'p95 ms', 'max ms', 'client RSS MB', 'client CPU %'],
    rows: [],
    notes: [
      'Server (offline stack: pocketsphinx, offline dialogue engine, flite) and client in separate processes on one machine; binary frames, 20 ms chunks.',
      'Each turn cuts the previous reply after its first second (barge-in), as a device user pressing the button would.',
      'The first turn of a fresh server is cold (first search, first synthesis: ~1 s); it is counted.',
      'Client CPU is the whole client process (Opus encode of the mic and decode of the reply included) over the talking time.',
    ],
  };
  const watch = await DebugWatch.connect(server.url, server.adminToken);
  try {
    for (const format of opts.quick ? (['opus'] as const) : (['opus', 'pcm16'] as const)) {
      const res = await fetch(`${server.url}/api/admin/devices`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `bench ${format}` }),
      });
      const device = (await res.json()) as { id: string; secret: string };
      const result = await runDriver({
        url: `${server.url.replace('http', 'ws')}/device/ws`,
        deviceId: device.id,
        secret: device.secret,
        format,
        utterances,
        turns: opts.quick ? 2 : 30,
        listenMs: 1000,
        replyTimeoutMs: 10_000,
      });
      const sorted = [...result.v2vMs].sort((a, b) => a - b);
      table.rows.push([
        format,
        result.v2vMs.length + result.missed,
        result.missed,
        Math.round(percentile(sorted, 50)),
        Math.round(percentile(sorted, 95)),
        Math.round(sorted.at(-1) ?? Number.NaN),
        Number((result.rssMaxBytes / 2 ** 20).toFixed(1)),
        Number(result.cpuPercent.toFixed(1)),
      ]);
    }
    table.notes?.push(stageNote(watch));
  } finally {
    watch.close();
    await server.stop();
  }
  return [table];
}

/** The server's own account of where a turn's time went (its debug stream), per stage. */
function stageNote(watch: DebugWatch): string {
  const byStage = new Map<string, number[]>();
  for (const t of watch.ttfb) byStage.set(t.stage, [...(byStage.get(t.stage) ?? []), t.valueMs]);
  const stages = [...byStage]
    .map(([stage, ms]) => `${stage} ${Math.round(percentile(ms, 50))} / ${Math.round(percentile(ms, 95))} ms`)
    .join(', ');
  return `Server stages, time to first output p50 / p95 over all turns (debug stream): ${stages || 'none reported'}.`;
}
