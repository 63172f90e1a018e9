/**
 * What a node failure costs (issue 18, part 5): three `voice-shopper start` processes on one
 * PostgreSQL and one Redis, live sessions spread over them by `/start`, then one node is killed
 * with SIGKILL mid-conversation. From this separate client process we measure what the shoppers
 * see: the sessions that died with it, whether the other nodes' sessions noticed anything, the
 * recorded events that survived, how long until the dead node's sessions are marked ended, how
 * long until placement stops sending new sessions to it, and how many new sessions were sent
 * there meanwhile (those clients fail to connect and must start again).
 */
import { z } from 'zod';
import { type BenchNode, type BenchNodes, clusterNodes, startNodes } from './e2e/nodes.ts';
import { PipecatWsClient } from './pipecat-ws-client.ts';
import type { BenchOptions, BenchTable } from './table.ts';

const envSchema = z.object({
  /** Live sessions per node before the kill. */
  BENCH_NODE_SESSIONS: z.coerce.number().int().min(1).max(200).default(4),
  BENCH_NODE_HEARTBEAT_S: z.coerce.number().positive().default(0.5),
  BENCH_NODE_TIMEOUT_S: z.coerce.number().positive().default(2),
});

interface Placed {
  client: PipecatWsClient;
  sessionId: string;
  node: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function json<T>(url: string, token: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`node-failure bench: timed out waiting for ${what}`);
    await sleep(25);
  }
}

interface ListedSession {
  id: string;
  state: string;
  node?: string;
  endReason?: string;
}

export async function runNodeFailureBench(opts: BenchOptions): Promise<BenchTable[]> {
  const env = envSchema.parse(process.env);
  const perNode = opts.quick ? 1 : env.BENCH_NODE_SESSIONS;

  const clients: PipecatWsClient[] = [];
  let started: BenchNodes | undefined;
  try {
    started = await startNodes({
      count: 3,
      heartbeatS: env.BENCH_NODE_HEARTBEAT_S,
      timeoutS: env.BENCH_NODE_TIMEOUT_S,
      env: { AGENT_GREETING: 'false' },
    });
    const { nodes, adminToken } = started;
    const [n1, victim, n3] = nodes as [BenchNode, BenchNode, BenchNode];
    const cluster = async () => ({ nodes: await clusterNodes(n1.server.url, adminToken) });

    // Sessions spread by /start on n1, each client on the node it was sent to.
    const placed: Placed[] = [];
    for (let i = 0; i < perNode * 3; i++) {
      const client = await PipecatWsClient.connect(n1.server.url, { timeoutMs: 30_000 });
      clients.push(client);
      const res = await fetch(`${n3.server.url}/api/sessions`, { headers: { cookie: client.cookie ?? '' } });
      const [own] = ((await res.json()) as { sessions: ListedSession[] }).sessions;
      if (!own?.node) throw new Error('node-failure bench: a session without its node in the list');
      placed.push({ client, sessionId: own.id, node: own.node });
    }
    // Every session says something first, so there is a recorded conversation to keep.
    await Promise.all(
      placed.map(async (p) => {
        const sent = performance.now();
        p.client.sendText('hello', false);
        await p.client.waitFor((m) => m.type === 'bot-llm-stopped', 30_000, { after: sent });
      }),
    );
    const onVictim = placed.filter((p) => p.node === victim.id);
    const elsewhere = placed.filter((p) => p.node !== victim.id);
    const eventsOf = (id: string) =>
      json<{ events: { seq: number }[] }>(`${n1.server.url}/api/sessions/${id}/events`, adminToken);
    const recordedBefore = new Map<string, number>();
    for (const p of onVictim) recordedBefore.set(p.sessionId, (await eventsOf(p.sessionId)).events.length);

    // ── The kill, mid-reply on one of its sessions.
    onVictim[0]?.client.sendText('show me what you have', true);
    await sleep(50);
    const killedAt = performance.now();
    process.kill(victim.server.pid, 'SIGKILL');

    let unlistedMs = Number.NaN;
    const unlisted = until('the dead node to leave the node list', 60_000, async () =>
      (await cluster()).nodes.some((n) => n.id === victim.id) ? undefined : true,
    ).then(() => {
      unlistedMs = performance.now() - killedAt;
    });
    const endedMs = until("the dead node's sessions marked ended", 60_000, async () => {
      const { sessions } = await json<{ sessions: ListedSession[] }>(
        `${n1.server.url}/api/sessions`,
        adminToken,
      );
      const theirs = sessions.filter((s) => s.node === victim.id);
      return theirs.length === onVictim.length && theirs.every((s) => s.state === 'ended')
        ? performance.now() - killedAt
        : undefined;
    });

    // New shoppers keep arriving meanwhile (one every 100 ms): those sent to the dead node fail.
    const attempts: { at: number; ok: boolean }[] = [];
    let doneAt: number | undefined;
    while (doneAt === undefined || performance.now() < doneAt + 1_000) {
      const at = performance.now() - killedAt;
      const ok = await PipecatWsClient.connect(n3.server.url, { timeoutMs: 5_000 }).then(
        (c) => {
          clients.push(c);
          return true;
        },
        () => false,
      );
      attempts.push({ at, ok });
      if (doneAt === undefined && Number.isFinite(unlistedMs)) doneAt = performance.now();
      if (performance.now() - killedAt > 60_000) break;
      await sleep(100);
    }
    await unlisted;
    const markedEndedMs = await endedMs;

    let eventsLost = 0;
    for (const p of onVictim) {
      const after = (await eventsOf(p.sessionId)).events.length;
      // The end is appended by a survivor: what was recorded before the kill must all be there.
      eventsLost += Math.max(0, (recordedBefore.get(p.sessionId) ?? 0) - (after - 1));
    }
    // The other nodes' shoppers go on: each gets an answer to a new request.
    let survivorsAnswered = 0;
    await Promise.all(
      elsewhere.map(async (p) => {
        const sent = performance.now();
        p.client.sendText('what is in my cart', false);
        const answered = await p.client
          .waitFor((m) => m.type === 'bot-llm-stopped', 30_000, { after: sent })
          .then(
            () => true,
            () => false,
          );
        if (answered && !p.client.closed) survivorsAnswered++;
      }),
    );
    const failed = attempts.filter((a) => !a.ok);
    const lastFailure = failed.at(-1)?.at;

    return [
      {
        title: `Node failure: one of three nodes killed with SIGKILL (heartbeat ${env.BENCH_NODE_HEARTBEAT_S} s, timeout ${env.BENCH_NODE_TIMEOUT_S} s)`,
        columns: [
          'sessions on the killed node',
          'sessions on the others answered after',
          'recorded events lost',
          'kill → its sessions marked ended',
          'kill → gone from the node list',
          'new sessions sent to the dead node / started',
          'kill → last failed start',
        ],
        rows: [
          [
            onVictim.length,
            `${survivorsAnswered}/${elsewhere.length}`,
            eventsLost,
            `${Math.round(markedEndedMs)} ms`,
            `${Math.round(unlistedMs)} ms`,
            `${failed.length}/${attempts.length}`,
            lastFailure === undefined ? '—' : `${Math.round(lastFailure)} ms`,
          ],
        ],
        notes: [
          'Three server processes on this machine share one PostgreSQL database and one Redis; this bench is a separate client process. Sessions are placed by POST /start on one node; each client connects to the URL it was given.',
          "The shoppers of the killed node lose their conversation (their sockets drop; what was recorded stays, and a surviving node appends the session's end). New shoppers sent to the dead node before placement skips it fail to connect and must start again: their count is the price of NODE_TIMEOUT_S.",
          `A new /start every 100 ms from the kill until 1 s after the dead node left the node list (NODE_TIMEOUT_S after its last heartbeat); placement already passes it over 2.5 heartbeats after its last one while another node has room. ${perNode} session(s) per node before the kill.`,
        ],
      },
    ];
  } finally {
    for (const c of clients) await c.close().catch(() => undefined);
    await started?.stop();
  }
}
