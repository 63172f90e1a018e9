import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One test file at a time: the end-to-end files run real speech engines and a real browser
    // against real time, and two of them competing for this 2-core machine's CPU made the
    // recognizer mishear and timeouts fire. Serial is slower overall but deterministic.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // An unhandled rejection or uncaught exception anywhere fails the run.
    dangerouslyIgnoreUnhandledErrors: false,
    restoreMocks: true,
    unstubEnvs: true,
  },
});
