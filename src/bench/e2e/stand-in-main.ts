/**
 * Entry point of the stand-in process (forked by the I/O-bound benchmark): starts the
 * OpenAI-compatible stand-ins, sends `{baseUrl}` to the parent and exits when the parent
 * disconnects, so the stand-ins never compete for the server process's event loop.
 */
import { DEFAULT_STAND_IN, type StandInOptions, startStandIns } from './stand-ins.ts';

const overrides = JSON.parse(process.argv[2] ?? '{}') as Partial<StandInOptions>;
const standIns = await startStandIns({ ...DEFAULT_STAND_IN, ...overrides });
process.send?.({ type: 'ready', baseUrl: standIns.baseUrl });
process.on('message', (msg: { type?: string }) => {
  if (msg.type === 'counts') process.send?.({ type: 'counts', counts: standIns.counts });
});
process.on('disconnect', () => {
  void standIns.close().then(() => process.exit(0));
});
