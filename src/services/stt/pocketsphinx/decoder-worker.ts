/**
 * Worker thread owning pocketsphinx decoders. Each stream is pinned to one decoder here;
 * decoders with the same spec share one loaded LM set (the mixed LM is the expensive part),
 * and closed streams return their decoder to a small idle list so the next stream starts warm.
 * Everything in here is synchronous C calls, which is the point of running it off the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPocketsphinx, type PocketsphinxLib, type Ptr } from './ffi.ts';
import { CANCEL_SLOT, type DecoderSpec, type FromWorker, type ToWorker } from './protocol.ts';

const opts = workerData as { partialEverySamples: number; maxIdleDecoders: number };
const port = parentPort;
if (!port) throw new Error('decoder-worker must run in a worker thread');

interface SharedLm {
  set: Ptr;
  refs: number;
}
interface Decoder {
  key: string;
  ps: Ptr;
  config: Ptr;
}
interface StreamState {
  decoder: Decoder;
  cancel: Int32Array;
  utt: number;
  inUtt: boolean;
  samples: number;
  sincePartial: number;
  lastPartial: string;
  decodeMs: number;
}

let lib: PocketsphinxLib;
const lmSets = new Map<string, SharedLm>();
const idle: Decoder[] = [];
const streams = new Map<number, StreamState>();

function send(msg: FromWorker): void {
  port?.postMessage(msg);
}

function specKey(spec: DecoderSpec): string {
  return JSON.stringify(spec);
}

function createDecoder(spec: DecoderSpec, key: string): Decoder {
  const argv = [
    '-hmm',
    spec.hmmDir,
    '-dict',
    spec.dictPath,
    '-logfn',
    '/dev/null',
    ...(spec.extraArgs ?? []),
  ];
  const config = lib.cmdLnParse(lib.psArgs(), argv);
  if (!config) throw new Error(`invalid decoder arguments: ${argv.join(' ')}`);
  const ps = lib.psInit(config);
  if (!ps) {
    lib.cmdLnFree(config);
    throw new Error(`pocketsphinx failed to initialise with ${spec.hmmDir} and ${spec.dictPath}`);
  }
  let shared = lmSets.get(key);
  if (!shared) {
    const models: Ptr[] = [];
    for (const lm of spec.lms) {
      const m = lib.ngramRead(config, lm.path, 0, lib.psGetLogmath(ps));
      if (!m) {
        for (const loaded of models) lib.ngramFree(loaded);
        lib.psFree(ps);
        lib.cmdLnFree(config);
        throw new Error(`cannot read language model ${lm.path}`);
      }
      models.push(m);
    }
    const set = lib.ngramSetInit(
      config,
      models,
      spec.lms.map((l) => l.name),
      spec.lms.map((l) => l.weight),
      models.length,
    );
    // The set retains the models; drop our references so freeing the set frees everything.
    for (const m of models) lib.ngramFree(m);
    shared = { set, refs: 0 };
    lmSets.set(key, shared);
  }
  // ps_set_lm retains the set; every decoder maps the same dictionary, so sharing is safe
  // (the set's word map is rewritten identically and calls never overlap in this thread).
  if (lib.psSetLm(ps, 'lm', shared.set) < 0 || lib.psSetSearch(ps, 'lm') < 0) {
    lib.psFree(ps);
    lib.cmdLnFree(config);
    throw new Error('pocketsphinx rejected the language model');
  }
  shared.refs++;
  return { key, ps, config };
}

function freeDecoder(d: Decoder): void {
  lib.psFree(d.ps);
  lib.cmdLnFree(d.config);
  const shared = lmSets.get(d.key);
  if (shared && --shared.refs === 0) {
    lib.ngramFree(shared.set);
    lmSets.delete(d.key);
  }
}

function cancelled(s: StreamState, utt: number): boolean {
  return utt <= Atomics.load(s.cancel, CANCEL_SLOT);
}

function beginUtt(s: StreamState, utt: number): void {
  if (s.inUtt && s.utt === utt) return;
  if (s.inUtt) lib.psEndUtt(s.decoder.ps);
  lib.psStartUtt(s.decoder.ps);
  s.inUtt = true;
  s.utt = utt;
  s.samples = 0;
  s.sincePartial = 0;
  s.lastPartial = '';
  s.decodeMs = 0;
}

function onAudio(s: StreamState, streamId: number, utt: number, pcm: Int16Array): void {
  if (cancelled(s, utt)) return;
  beginUtt(s, utt);
  const t0 = performance.now();
  lib.psProcessRaw(s.decoder.ps, pcm, pcm.length, 0, 0);
  s.decodeMs += performance.now() - t0;
  s.samples += pcm.length;
  s.sincePartial += pcm.length;
  if (s.sincePartial >= opts.partialEverySamples) {
    s.sincePartial = 0;
    const text = lib.psGetHyp(s.decoder.ps, [0]) ?? '';
    if (text && text !== s.lastPartial) {
      s.lastPartial = text;
      send({ op: 'partial', streamId, utt, text });
    }
  }
}

function onFinalize(s: StreamState, streamId: number, utt: number): void {
  if (cancelled(s, utt)) {
    if (s.inUtt) lib.psEndUtt(s.decoder.ps);
    s.inUtt = false;
    return;
  }
  let text = '';
  let score = 0;
  const t0 = performance.now();
  if (s.inUtt && s.utt === utt) {
    lib.psEndUtt(s.decoder.ps);
    const out = [0];
    text = lib.psGetHyp(s.decoder.ps, out) ?? '';
    score = out[0] ?? 0;
  }
  s.decodeMs += performance.now() - t0;
  s.inUtt = false;
  send({
    op: 'final',
    streamId,
    utt,
    text,
    score,
    audioMs: (s.samples / 16_000) * 1000,
    decodeMs: s.decodeMs,
  });
}

function onOpen(msg: Extract<ToWorker, { op: 'open' }>): void {
  const key = specKey(msg.spec);
  const t0 = performance.now();
  const idx = idle.findIndex((d) => d.key === key);
  const reused = idx >= 0;
  if (!reused) {
    // A new spec means the catalog LM was rebuilt: warm decoders for older specs are dead weight.
    for (const d of idle.splice(0)) {
      if (d.key === key) idle.push(d);
      else freeDecoder(d);
    }
  }
  const decoder = reused ? idle.splice(idx, 1)[0] : createDecoder(msg.spec, key);
  if (!decoder) throw new Error('unreachable');
  streams.set(msg.streamId, {
    decoder,
    cancel: new Int32Array(msg.cancel),
    utt: 0,
    inUtt: false,
    samples: 0,
    sincePartial: 0,
    lastPartial: '',
    decodeMs: 0,
  });
  send({ op: 'opened', streamId: msg.streamId, initMs: performance.now() - t0, reused });
}

function onClose(streamId: number): void {
  const s = streams.get(streamId);
  if (!s) return;
  streams.delete(streamId);
  if (s.inUtt) lib.psEndUtt(s.decoder.ps);
  idle.push(s.decoder);
  while (idle.length > opts.maxIdleDecoders) {
    const old = idle.shift();
    if (old) freeDecoder(old);
  }
}

port.on('message', (msg: ToWorker) => {
  if (msg.op === 'crash') {
    // Simulates a native fault: the process-level error path, not a handled message error.
    throw new Error('decoder worker crash requested');
  }
  const streamId = msg.streamId;
  try {
    if (msg.op === 'open') return onOpen(msg);
    if (msg.op === 'close') return onClose(streamId);
    if (msg.op === 'sync') return send({ op: 'synced', streamId, seq: msg.seq });
    const s = streams.get(streamId);
    if (!s) return;
    if (msg.op === 'audio') onAudio(s, streamId, msg.utt, msg.pcm);
    else if (msg.op === 'finalize') onFinalize(s, streamId, msg.utt);
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
  lib = loadPocketsphinx();
  send({ op: 'ready' });
} catch (err) {
  send({
    op: 'error',
    streamId: -1,
    message: err instanceof Error ? err.message : String(err),
    kind: 'missing-dependency',
  });
}
