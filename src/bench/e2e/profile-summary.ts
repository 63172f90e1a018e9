/**
 * Summarizes the V8 CPU profiles a server process wrote (`--cpu-prof`, one file per thread,
 * named CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile) into a table: where each thread's
 * busy time went, by function and by source file or package. Idle time is left out, so the
 * shares are of the time the thread actually worked.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchTable } from '../table.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

const NOT_WORK = new Set(['(idle)', '(program)', '(root)']);

/** Where code lives: `src/…` for ours, `npm:<package>` for dependencies, else the node builtin. */
export function codeLocation(url: string, functionName: string): string {
  if (!url) return functionName || '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `npm:${pkg[1]}`;
  const src = /\/(src\/.*)$/.exec(url);
  if (src?.[1]) return src[1];
  return url.replace(/^node:internal\/(deps\/)?/, 'node:');
}

export async function summarizeProfiles(
  dir: string,
  pid: number,
  title: string,
): Promise<BenchTable | undefined> {
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.cpuprofile') && f.split('.')[3] === String(pid))
    .sort();
  if (files.length === 0) return undefined;
  const rows: (string | number)[][] = [];
  for (const file of files) {
    const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CpuProfile;
    const total = profile.samples.length;
    const byFunction = new Map<string, number>();
    const byLocation = new Map<string, number>();
    let busy = 0;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      const { functionName, url, lineNumber } = node.callFrame;
      if (hits === 0 || NOT_WORK.has(functionName)) continue;
      busy += hits;
      const where = codeLocation(url, functionName);
      const fn = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
      byLocation.set(where, (byLocation.get(where) ?? 0) + hits);
    }
    if (busy === 0) continue;
    const thread = file.split('.')[4] === '0' ? 'main thread' : `thread ${file.split('.')[4]}`;
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${k} ${((100 * v) / busy).toFixed(1)}%`)
        .join('; ');
    rows.push([thread, (100 * busy) / total, top(byLocation, 8), top(byFunction, 8)]);
  }
  return {
    title,
    columns: [
      'thread',
      'busy % of wall time',
      'busy time by file or package',
      'busy time by function (self)',
    ],
    rows,
    notes: [`From ${files.length} V8 CPU profile(s) in ${dir} (node --cpu-prof on the server process).`],
  };
}
