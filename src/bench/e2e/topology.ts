/**
 * The shapes the concurrency bench runs the server in (issue 18, part 5):
 * - `single`: one `voice-shopper start` process (SQLite);
 * - `workers`: one `voice-shopper start --workers N` (a primary and N worker processes sharing
 *   one port, SQLite);
 * - `nodes3`: three `voice-shopper start` processes as nodes on one PostgreSQL database and one
 *   Redis (nodes.ts); `/start` on any node places the session and the client connects to the
 *   URL it returns, so the bench spreads its `/start`s over the three.
 * Each gives the URLs to start sessions at, the root processes to sample (their children
 * included), and where the server says each session runs.
 */
import { workerOfId } from '../../http/worker-tag.ts';
import type { TopologyKind } from './config.ts';
import { type BenchNodes, startNodes } from './nodes.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

export interface DeploymentOptions {
  /** Environment of every server process (stand-ins, BENCH_SERVER_ENV). */
  env: Record<string, string>;
  /** Extra arguments after `start` (BENCH_SERVER_ARGS). */
  args: string[];
  /** `workers`: the worker count (`auto` = one per core). */
  workers: string;
  cpuProfDir?: string | undefined;
}

export interface Deployment {
  kind: TopologyKind;
  /** For the tables: "one process", "2 worker processes", "3 nodes". */
  label: string;
  /** Where clients POST /start (one per node; the first also serves the admin API). */
  startUrls: string[];
  adminToken: string;
  /** The processes this deployment started itself (their children are found by sampling). */
  rootPids: number[];
  /** Set when a server process has exited: what it said last. */
  exited(): string | undefined;
  /** Where each of these sessions runs, by the server's own account: place → sessions. */
  placement(sessionIds: readonly string[]): Promise<Map<string, number>>;
  stop(): Promise<void>;
}

export async function startDeployment(kind: TopologyKind, opts: DeploymentOptions): Promise<Deployment> {
  const profile = opts.cpuProfDir ? { cpuProfDir: opts.cpuProfDir } : {};
  if (kind === 'nodes3')
    return nodesDeployment(await startNodes({ count: 3, env: opts.env, args: opts.args, ...profile }));
  const workers = kind === 'workers';
  const server = await startServerProcess({
    env: opts.env,
    args: workers ? ['--workers', opts.workers, ...opts.args] : opts.args,
    ...profile,
  });
  const label = workers
    ? `${/\((\d+) worker processes\)/.exec(server.output())?.[1] ?? opts.workers} worker processes`
    : 'one process';
  return {
    kind,
    label,
    startUrls: [server.url],
    adminToken: server.adminToken,
    rootPids: [server.pid],
    exited: () => exitedOf([server]),
    async placement(ids) {
      // With workers every session id starts with its worker's tag (src/http/worker-tag.ts).
      const places = new Map<string, number>();
      for (const id of ids) {
        const w = workers ? workerOfId(id) : undefined;
        const place = w ? `w${w.workerId}` : workers ? 'untagged' : 'the process';
        places.set(place, (places.get(place) ?? 0) + 1);
      }
      return places;
    },
    stop: async () => {
      await server.stop();
    },
  };
}

function nodesDeployment(cluster: BenchNodes): Deployment {
  const servers = cluster.nodes.map((n) => n.server);
  const first = servers[0]!;
  return {
    kind: 'nodes3',
    label: `${servers.length} nodes`,
    startUrls: servers.map((s) => s.url),
    adminToken: cluster.adminToken,
    rootPids: servers.map((s) => s.pid),
    exited: () => exitedOf(servers),
    async placement(ids) {
      // The session list is cluster-wide: each entry names the node running it.
      const res = await fetch(`${first.url}/api/sessions`, {
        headers: { authorization: `Bearer ${cluster.adminToken}` },
      });
      if (!res.ok) throw new Error(`session list: ${res.status} ${await res.text()}`);
      const { sessions } = (await res.json()) as { sessions: { id: string; node?: string }[] };
      const nodeOf = new Map(sessions.map((s) => [s.id, s.node ?? 'unknown']));
      const places = new Map<string, number>();
      for (const id of ids) {
        const place = nodeOf.get(id) ?? 'not listed';
        places.set(place, (places.get(place) ?? 0) + 1);
      }
      return places;
    },
    stop: () => cluster.stop(),
  };
}

function exitedOf(servers: ServerProcess[]): string | undefined {
  const gone = servers.find((s) => s.exitCode() !== undefined);
  return gone ? `a server process exited (code ${gone.exitCode()}):\n${gone.output()}` : undefined;
}

/** "w1: 2 · w2: 1" (sorted by place). */
export function formatPlacement(places: Map<string, number>): string {
  return [...places]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([place, n]) => `${place}: ${n}`)
    .join(' · ');
}
