/** Entry of a worker process forked by the primary (primary.ts). */
import { logger } from '../../log/logger.ts';
import { runWorker } from './worker.ts';

try {
  process.exitCode = await runWorker();
} catch (err) {
  logger.fatal({ err }, 'worker failed to start');
  process.exitCode = 1;
}
// The IPC channel (and anything a session left behind) would keep the process alive; the
// shutdown already bounded and recorded everything, so leave shortly after the last log lines.
if (process.connected) process.disconnect();
setTimeout(() => process.exit(), 250).unref();
