/** Runs benchmarks, prints their tables and writes JSON results to bench-results/. */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BENCHES } from './registry.ts';
import { type BenchTable, formatTable } from './table.ts';

export interface RunBenchOptions {
  quick: boolean;
  only?: string[];
  outDir?: string;
  log?: (line: string) => void;
}

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export async function runBenchmarks(opts: RunBenchOptions): Promise<Record<string, BenchTable[]>> {
  const log = opts.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const selected = BENCHES.filter((b) => !opts.only?.length || opts.only.includes(b.name));
  if (selected.length === 0)
    throw new Error(
      `no benchmark named ${opts.only?.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`,
    );
  const results: Record<string, BenchTable[]> = {};
  log(
    `# Voice Shopper benchmarks${opts.quick ? ' (quick smoke run)' : ''}\n\nMachine: ${machineDescription()}\n`,
  );
  for (const bench of selected) {
    const t0 = performance.now();
    const tables = await bench.run({ quick: opts.quick });
    results[bench.name] = tables;
    for (const table of tables) log(`${formatTable(table)}\n`);
    log(`(${bench.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  }
  const outDir = opts.outDir ?? 'bench-results';
  await mkdir(outDir, { recursive: true });
  const payload = JSON.stringify(
    { machine: machineDescription(), at: new Date().toISOString(), quick: opts.quick, results },
    null,
    2,
  );
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await writeFile(path.join(outDir, `bench-${stamp}.json`), payload);
  await writeFile(path.join(outDir, 'latest.json'), payload);
  return results;
}
