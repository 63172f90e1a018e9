import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Files that start real servers, browsers or speech in real time, or measure time: they run one
 * at a time, after everything else. Next to another CPU-heavy file their real-time audio and
 * timeouts stretched (the churn test ran past its time), and the browser tests share one web
 * build. Everything else is CPU-bound logic with its own temporary stores, two files at once.
 */
const SERIAL = [
  'test/e2e/**/*.test.ts',
  'test/server/**/*.test.ts',
  'test/cluster/**/*.test.ts',
  'test/deploy/**/*.test.ts',
  '**/*.bench.test.ts',
  'src/server/open-handles.test.ts',
  'src/services/stt/pocketsphinx/lm-sharing.test.ts',
  'src/services/stt/pocketsphinx/warp.test.ts',
  'test/store/recorder.test.ts',
  'test/store/sqlite-shared-file.test.ts',
];

/**
 * The convex/ module's suites: its functions run in convex-test's in-memory backend, in the
 * edge runtime Convex's default runtime resembles (no Node built-ins), so they get their own project.
 */
const CONVEX = ['test/convex/**/*.test.ts'];
/** The voice server and the convex/ module together over HTTP: a real server, so run after the rest. */
const CONVEX_SERVER = ['test/convex/server-link.test.ts', 'test/convex/sync-stand-in.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // An unhandled rejection or uncaught exception anywhere fails the run.
    dangerouslyIgnoreUnhandledErrors: false,
    restoreMocks: true,
    unstubEnvs: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SERIAL, ...CONVEX],
          maxWorkers: 2,
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'convex',
          include: CONVEX,
          exclude: [...configDefaults.exclude, ...CONVEX_SERVER],
          environment: 'edge-runtime',
          server: { deps: { inline: ['convex-test'] } },
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'serial',
          include: SERIAL,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'convex-server',
          include: CONVEX_SERVER,
          server: { deps: { inline: ['convex-test'] } },
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
