import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One file at a time (Vitest's default on 2 cores, said here on purpose): tried with two, the
    // browser tests raced to build the web app and the churn test ran past its time next to
    // another CPU-heavy file. Overlapping the suite's waiting needs those made independent first.
    maxWorkers: 1,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // An unhandled rejection or uncaught exception anywhere fails the run.
    dangerouslyIgnoreUnhandledErrors: false,
    restoreMocks: true,
    unstubEnvs: true,
  },
});
