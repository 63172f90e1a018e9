/**
 * `voice-shopper start [--workers N|auto]`: one process (WORKERS=1, the default: exactly the
 * single server) or a primary with N workers sharing the port (primary.ts).
 */
import { loadConfig } from '../../config/index.ts';
import { processEnv } from '../../config/process.ts';
import { workersSchema } from '../config.ts';
import { runServerUntilSignal } from '../main.ts';
import { runPrimary } from './primary.ts';

/** `workers`: the --workers flag, which wins over WORKERS. */
export async function serve(opts: { workers?: string } = {}): Promise<number> {
  // Every setting is checked once here, so a bad one stops the start before anything forks.
  const { server } = loadConfig(processEnv());
  const workers = opts.workers === undefined ? server.WORKERS : workersSchema.parse(opts.workers);
  if (workers <= 1) return runServerUntilSignal();
  if (processEnv().REDIS_URL) {
    // A session placed on this machine by another node carries no worker tag, so the primary
    // could not route its client to the worker holding it.
    process.stderr.write(
      'WORKERS > 1 cannot be combined with REDIS_URL yet: run one node per process instead (one container or unit per core, each with its own NODE_ID and NODE_URL)\n',
    );
    return 2;
  }
  return runPrimary({
    workers,
    port: server.PORT,
    host: server.HOST,
    drainS: server.SHUTDOWN_DRAIN_S,
    shutdownTimeoutS: server.SHUTDOWN_TIMEOUT_S,
    onListening: (url) =>
      process.stdout.write(`Voice Shopper is listening at ${url} (${workers} worker processes)\n`),
  });
}
