/**
 * Worker thread owning pocketsphinx decoders: the entry point the pool spawns. It loads the
 * library, reports ready (or why not), and routes the pool's messages to the worker's streams
 * (worker-streams.ts), turning a failed message into an error reply for its stream.
 * Everything behind it is synchronous C calls, which is the point of running it off the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPocketsphinx } from './ffi.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { type WorkerStreamOptions, WorkerStreams } from './worker-streams.ts';

const opts = workerData as WorkerStreamOptions;
const port = parentPort;
if (!port) throw new Error('decoder-worker must run in a worker thread');

function send(msg: FromWorker): void {
  port?.postMessage(msg);
}

/** Undefined when the library failed to load (the pool was told, and opens no streams here). */
let streams: WorkerStreams | undefined;

port.on('message', (msg: ToWorker) => {
  if (msg.op === 'crash') {
    // Simulates a native fault: the process-level error path, not a handled message error.
    throw new Error('decoder worker crash requested');
  }
  const streamId = msg.streamId;
  try {
    if (msg.op === 'sync') return send({ op: 'synced', streamId, seq: msg.seq });
    if (!streams) {
      if (msg.op === 'open') throw new Error('pocketsphinx is not loaded in this worker');
      return; // no stream can be open: like a message for an unknown stream
    }
    if (msg.op === 'open') return streams.open(msg);
    if (msg.op === 'close') return streams.close(streamId);
    if (msg.op === 'audio') streams.audio(streamId, msg.utt, msg.pcm);
    else if (msg.op === 'finalize') streams.finalize(streamId, msg.utt);
    else if (msg.op === 'hyp') streams.hyp(streamId, msg.utt);
  } catch (err) {
    const utt = msg.op === 'audio' || msg.op === 'finalize' ? msg.utt : undefined;
    send({
      op: 'error',
      streamId,
      ...(utt === undefined ? {} : { utt }),
      message: err instanceof Error ? err.message : String(err),
      kind: (err as { kind?: string }).kind === 'missing-dependency' ? 'missing-dependency' : 'engine',
    });
  }
});

try {
  streams = new WorkerStreams(loadPocketsphinx(), opts, send);
  send({ op: 'ready' });
} catch (err) {
  send({
    op: 'error',
    streamId: -1,
    message: err instanceof Error ? err.message : String(err),
    kind: 'missing-dependency',
  });
}
