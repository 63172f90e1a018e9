/** Every benchmark `npm run bench` runs, loaded lazily so one section can run alone. */
import type { BenchOptions, BenchTable } from './table.ts';

export interface BenchEntry {
  name: string;
  run: (opts: BenchOptions) => Promise<BenchTable[]>;
}

export const BENCHES: BenchEntry[] = [
  {
    name: 'pipeline',
    run: async (o) => (await import('../pipeline/pipeline.bench.ts')).runPipelineBench(o),
  },
];
