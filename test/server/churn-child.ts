/**
 * Run by churn.test.ts as `node test/server/churn-child.ts <sessions>`: starts the
 * real server in this process, opens and closes sessions in a row (every fourth with a typed
 * turn, one in twenty spoken, closed while the reply is still going), and prints one JSON line with heap, external
 * memory, handles and threads after a warm-up and after the run, both measured after full GCs.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { PipecatWsClient } from '../../src/bench/pipecat-ws-client.ts';
import { startTestServer } from './e2e-helpers.ts';

const total = Number(process.argv[2] ?? 200);
// The session manager keeps the last 200 ended sessions for the API: fill that tail first.
const warmup = 200;
const ADMIN_TOKEN = 'churn-admin-token-0123456789abcdef';
// Not `node --expose-gc`: worker threads inherit execArgv and refuse that flag.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const t = await startTestServer({
  ADMIN_TOKEN,
  SESSION_RATE_PER_MINUTE: '100000',
  SESSION_RATE_PER_IDENTITY_PER_MINUTE: '100000',
  // Every session is a cookieless client, so a new guest from this one address.
  AUTH_GUEST_RATE_PER_IP_PER_MINUTE: '100000',
});

async function live(): Promise<number> {
  const res = await fetch(`${t.base}/api/sessions`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  const { sessions } = (await res.json()) as { sessions: { state: string }[] };
  return sessions.filter((s) => s.state !== 'ended').length;
}

async function oneSession(i: number): Promise<void> {
  const client = await PipecatWsClient.connect(t.base);
  if (i % 20 === 10) {
    // A spoken reply, cut off by the client leaving after its first audio.
    client.sendText('show me hoodies');
    await client.waitForAudio(0, 20_000);
  } else if (i % 4 === 0) {
    client.sendText('show me hoodies', false);
    await client.waitFor((m) => m.type === 'server-message', 20_000);
  }
  await client.close();
}

async function settled() {
  for (let i = 0; i < 100 && (await live()) > 0; i++) await sleep(50);
  await sleep(300); // sockets and pool jobs finish closing
  for (let i = 0; i < 4; i++) {
    gc();
    await sleep(50);
  }
  const mem = process.memoryUsage();
  const handles: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) handles[r] = (handles[r] ?? 0) + 1;
  const metricsText = await (await fetch(`${t.base}/metrics`)).text();
  return {
    live: await live(),
    metricsLines: metricsText.split('\n').length,
    series: metricsText
      .split('\n')
      .filter((l) => l.startsWith('vs_') && !/^vs_(nodejs|process)_/.test(l) && !l.includes('_bucket{'))
      .map((l) => l.replace(/ [^ ]+$/, '')),
    heapUsed: mem.heapUsed,
    external: mem.external,
    arrayBuffers: mem.arrayBuffers,
    rss: mem.rss,
    handles,
    threads: Number(/Threads:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]),
  };
}

for (let i = 0; i < warmup; i++) await oneSession(i);
const before = await settled();
const t0 = performance.now();
for (let i = 0; i < total; i++) await oneSession(i);
const ms = performance.now() - t0;
const after = await settled();
process.stdout.write(`${JSON.stringify({ sessions: total, ms, before, after })}\n`);
await t.stop();
process.exit(0);
