/**
 * Worker thread owning pocketsphinx decoders. Each stream is pinned to one decoder here;
 * decoders with the same spec share one loaded LM set (the mixed LM is the expensive part),
 * and closed streams return their decoder to a small idle list so the next stream starts warm.
 * Everything in here is synchronous C calls, which is the point of running it off the main thread.
 */
import { readFileSync } from 'node:fs';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { SttAlternative } from '../types.ts';
import { chooseTranscript } from './combine.ts';
import { loadPocketsphinx, type PocketsphinxLib, type Ptr } from './ffi.ts';
import { cleanReading, rankAlternatives, type ScoredReading } from './nbest.ts';
import { CANCEL_SLOT, type DecoderSpec, type FromWorker, type ToWorker } from './protocol.ts';
import { nearestWarp, SessionWarpTrial } from './session-warp.ts';

const opts = workerData as {
  partialEverySamples: number;
  maxIdleDecoders: number;
  /** Decoded samples between progress reports of an utterance without new partials; 0 = never. */
  progressEverySamples: number;
};
const port = parentPort;
if (!port) throw new Error('decoder-worker must run in a worker thread');

interface SharedLm {
  set: Ptr;
  /**
   * The log-math table the set scores with. sphinxbase's ngram models keep the pointer they were
   * read with without retaining it, and each decoder frees its own table in ps_free: reading the
   * set with the first decoder's table and freeing that decoder while another decodes was a
   * use-after-free (SIGSEGV in logmath_add under ngram_tg_score, seen when many sessions ended at
   * once). The set holds its own reference until it is freed.
   */
  lmath: Ptr;
  refs: number;
}
interface Decoder {
  key: string;
  spec: DecoderSpec;
  ps: Ptr;
  config: Ptr;
  /** Front-end warp this decoder was created with (1 = none). */
  warp: number;
  /** The catalog-only decoder fed the same audio (dual mode). */
  shadow?: Decoder;
  /** The same decoder at other front-end warps (spec.warpCandidates); the best-scoring one reports. */
  warped?: Decoder[];
}
interface StreamState {
  decoder: Decoder;
  cancel: Int32Array;
  utt: number;
  inUtt: boolean;
  samples: number;
  sincePartial: number;
  /** Samples decoded since the last message sent for this utterance (partial or progress). */
  sinceMessage: number;
  lastPartial: string;
  decodeMs: number;
  /** CPU time of the latest audio chunk: with finalize, what a turn's end costs. */
  lastChunkCpuMs: number;
  /**
   * The session's warp per decoder group with warped twins (spec.sessionWarp), keyed by the group's
   * decoder; empty until the trial decided. A new session (stream) starts a new trial.
   */
  warps: Map<Decoder, Decoder>;
  /** Until the session's warp is chosen: the speaker's first utterances (session-warp.ts). */
  trial: SessionWarpTrial | undefined;
}

let lib: PocketsphinxLib;
const lmSets = new Map<string, SharedLm>();
const idle: Decoder[] = [];
const streams = new Map<number, StreamState>();
const domains = new Map<string, Set<string>>();

function domainWords(path: string): Set<string> {
  let words = domains.get(path);
  if (!words) {
    words = new Set();
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const sp = line.indexOf(' ');
      if (sp > 0) words.add(line.slice(0, sp).replace(/\(\d+\)$/, ''));
    }
    domains.set(path, words);
  }
  return words;
}

/** Sentence markers, silence and fillers ([NOISE], <sil>) carry no words. */
const isWord = (w: string) => !/^[<[]/.test(w);

/**
 * Word posteriors from the lattice: the lowest one is the utterance's confidence (one doubtful
 * word is enough to doubt a command). `inDomain` says whether every word is a catalog-LM word.
 */
function assess(
  ps: Ptr,
  spec: DecoderSpec,
): { confidence?: number; inDomain?: boolean; genericWords: number } {
  lib.psGetProb(ps);
  const lmath = lib.psGetLogmath(ps);
  const domain = spec.domainDictPath ? domainWords(spec.domainDictPath) : undefined;
  let confidence: number | undefined;
  let genericWords = 0;
  const none = [0];
  for (let seg = lib.psSegIter(ps); seg; seg = lib.psSegNext(seg)) {
    const word = (lib.psSegWord(seg) ?? '').replace(/\(\d+\)$/, '');
    if (!isWord(word)) continue;
    const p = lib.logmathExp(lmath, lib.psSegProb(seg, none, none, none));
    confidence = Math.min(confidence ?? 1, Math.max(0, Math.min(1, p)));
    if (domain && !domain.has(word)) genericWords++;
  }
  return {
    ...(confidence === undefined ? {} : { confidence }),
    ...(domain ? { inDomain: genericWords === 0 } : {}),
    genericWords,
  };
}

/** Up to `max` distinct readings from the lattice's N-best list (A* over the lattice). */
function nbestReadings(ps: Ptr, max: number): ScoredReading[] {
  const out: ScoredReading[] = [];
  const seen = new Set<string>();
  let it = lib.psNbest(ps);
  // Entries often differ only in silences or pronunciation variants: look a little further.
  for (let steps = 0; it && steps < max * 4 && seen.size <= max; steps++) {
    it = lib.psNbestNext(it); // NULL after the last one; the library has freed the iterator then
    if (!it) break;
    const score = [0];
    const text = lib.psNbestHyp(it, score);
    if (!text) continue;
    seen.add(cleanReading(text));
    out.push({ text, score: score[0] ?? 0 });
  }
  if (it) lib.psNbestFree(it);
  return out;
}

function inDomainFn(spec: DecoderSpec): ((text: string) => boolean) | undefined {
  if (!spec.domainDictPath) return undefined;
  const words = domainWords(spec.domainDictPath);
  return (text) => text.split(' ').every((w) => words.has(w));
}

/** N-best alternatives of the decoder that produced `text` (none when the spec asks for none). */
function alternativesOf(d: Decoder, text: string, score: number, max: number): SttAlternative[] {
  if (!text || max <= 0) return [];
  return rankAlternatives(
    { text: cleanReading(text), score },
    nbestReadings(d.ps, max),
    max,
    inDomainFn(d.spec),
  );
}

function send(msg: FromWorker): void {
  port?.postMessage(msg);
}

function specKey(spec: DecoderSpec): string {
  return JSON.stringify(spec);
}

function createDecoder(spec: DecoderSpec, key: string): Decoder {
  const decoder = createWithWarps(spec, key);
  if (!spec.shadow) return decoder;
  try {
    decoder.shadow = createWithWarps(spec.shadow, specKey(spec.shadow));
  } catch (err) {
    freeWithWarps(decoder);
    throw err;
  }
  return decoder;
}

function freeDecoder(d: Decoder): void {
  if (d.shadow) freeWithWarps(d.shadow);
  freeWithWarps(d);
}

/** Warp flags that replace any the spec's extra arguments carry. */
function warpArgs(extra: readonly string[], warp: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < extra.length; i++) {
    if (extra[i] === '-warp_type' || extra[i] === '-warp_params') i++;
    else out.push(extra[i] as string);
  }
  return warp === 1 ? out : [...out, '-warp_type', 'inverse_linear', '-warp_params', String(warp)];
}

function createWithWarps(spec: DecoderSpec, key: string): Decoder {
  const decoder = createSingle(spec, key);
  const warped: Decoder[] = [];
  try {
    for (const w of spec.warpCandidates ?? [])
      warped.push(createSingle(spec, key, warpArgs(spec.extraArgs ?? [], w)));
  } catch (err) {
    for (const x of warped) freeSingle(x);
    freeSingle(decoder);
    throw err;
  }
  if (warped.length > 0) decoder.warped = warped;
  return decoder;
}

function freeWithWarps(d: Decoder): void {
  for (const x of d.warped ?? []) freeSingle(x);
  freeSingle(d);
}

/** The decoder and its warped twins, in the order they are fed. */
const allOf = (d: Decoder | undefined): Decoder[] => (d ? [d, ...(d.warped ?? [])] : []);

/**
 * After the utterance ended: of a decoder and its warped twins, the one whose reading has the
 * best path score (acoustic + LM): the warp that fits this speaker best for this utterance.
 */
function bestWarp(d: Decoder): Decoder {
  let best = d;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const x of allOf(d)) {
    const score = [0];
    const text = lib.psGetHyp(x.ps, score);
    if (text && (score[0] ?? 0) > bestScore) {
      best = x;
      bestScore = score[0] ?? 0;
    }
  }
  return best;
}

/** The decoders of a group this session feeds: all warps until the session's warp is chosen. */
function membersOf(s: StreamState, group: Decoder | undefined): Decoder[] {
  if (!group) return [];
  const chosen = s.warps.get(group);
  return chosen ? [chosen] : allOf(group);
}

/** Every decoder this session feeds, in order: the main group, then its shadow's. */
const fedDecoders = (s: StreamState): Decoder[] => [
  ...membersOf(s, s.decoder),
  ...membersOf(s, s.decoder.shadow),
];

/** Decoder groups whose warp is chosen once per session. */
const sessionGroups = (d: Decoder): Decoder[] =>
  [d, ...(d.shadow ? [d.shadow] : [])].filter((g) => g.warped && g.spec.sessionWarp);

function newTrial(d: Decoder): SessionWarpTrial | undefined {
  const trial = sessionGroups(d)[0]?.spec.sessionWarp;
  return trial ? new SessionWarpTrial(trial.trialUtterances) : undefined;
}

/**
 * After a trial utterance has been read: when the speaker's pitch is known, every session group
 * keeps the member whose warp is nearest the pitch's, and the others are no longer fed.
 */
function decideSessionWarp(s: StreamState): void {
  const target = s.trial?.endUtterance();
  if (target === undefined) return;
  s.trial = undefined;
  for (const group of sessionGroups(s.decoder)) {
    const members = allOf(group);
    s.warps.set(
      group,
      members[
        nearestWarp(
          members.map((m) => m.warp),
          target,
        )
      ] ?? group,
    );
  }
}

let warpSerial = 0;

/**
 * The `-warp_params` value spelt differently on every decoder creation ("1.2", "1.20", "1.200"…).
 * sphinxbase keeps the inverse-linear warp in process-wide statics and, when it is given the same
 * parameter string as the previous call, returns early after marking the warp neutral: the second
 * decoder created with "1.2" (another stream, a warped twin, the other worker thread) got no warp
 * at all (seen: twin readings identical to the unwarped decoder's). The filter bank is built from
 * the statics at ps_init, so a distinct string per creation gives every decoder its own warp.
 */
function distinctWarpArgs(args: readonly string[]): string[] {
  const i = args.indexOf('-warp_params');
  const value = i >= 0 ? Number(args[i + 1]) : Number.NaN;
  if (!Number.isFinite(value)) return [...args];
  const zeros = (threadId % 8) * 24 + (warpSerial++ % 24);
  const out = [...args];
  out[i + 1] = `${value.toFixed(2)}${'0'.repeat(zeros)}`;
  return out;
}

function createSingle(
  spec: DecoderSpec,
  key: string,
  args: readonly string[] = spec.extraArgs ?? [],
): Decoder {
  const argv = ['-hmm', spec.hmmDir, '-dict', spec.dictPath, ...distinctWarpArgs(args)];
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
    const lmath = lib.logmathRetain(lib.psGetLogmath(ps));
    for (const lm of spec.lms) {
      const m = lib.ngramRead(config, lm.path, 0, lmath);
      if (!m) {
        for (const loaded of models) lib.ngramFree(loaded);
        lib.logmathFree(lmath);
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
    shared = { set, lmath, refs: 0 };
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
  const w = args.indexOf('-warp_params');
  return { key, spec, ps, config, warp: w >= 0 ? Number(args[w + 1]) : 1 };
}

function freeSingle(d: Decoder): void {
  lib.psFree(d.ps);
  lib.cmdLnFree(d.config);
  const shared = lmSets.get(d.key);
  if (shared && --shared.refs === 0) {
    lib.ngramFree(shared.set);
    lib.logmathFree(shared.lmath);
    lmSets.delete(d.key);
  }
}

function cancelled(s: StreamState, utt: number): boolean {
  return utt <= Atomics.load(s.cancel, CANCEL_SLOT);
}

function beginUtt(s: StreamState, utt: number): void {
  if (s.inUtt && s.utt === utt) return;
  if (s.inUtt) endUtt(s);
  for (const x of fedDecoders(s)) lib.psStartUtt(x.ps);
  s.inUtt = true;
  s.utt = utt;
  s.samples = 0;
  s.sincePartial = 0;
  s.sinceMessage = 0;
  s.lastPartial = '';
  s.decodeMs = 0;
  s.lastChunkCpuMs = 0;
}

function onAudio(s: StreamState, streamId: number, utt: number, pcm: Int16Array): void {
  if (cancelled(s, utt)) return;
  beginUtt(s, utt);
  const t0 = performance.now();
  const cpu0 = process.threadCpuUsage();
  for (const x of fedDecoders(s)) lib.psProcessRaw(x.ps, pcm, pcm.length, 0, 0);
  s.trial?.add(pcm);
  const cpu = process.threadCpuUsage(cpu0);
  s.lastChunkCpuMs = (cpu.user + cpu.system) / 1000;
  s.decodeMs += performance.now() - t0;
  s.samples += pcm.length;
  s.sincePartial += pcm.length;
  s.sinceMessage += pcm.length;
  if (s.sincePartial >= opts.partialEverySamples) {
    s.sincePartial = 0;
    // Interims follow the decoder whose text the final will most likely be (the catalog one).
    const text = lib.psGetHyp((s.decoder.shadow ?? s.decoder).ps, [0]) ?? '';
    if (text && text !== s.lastPartial) {
      s.lastPartial = text;
      s.sinceMessage = 0;
      send({ op: 'partial', streamId, utt, text });
    }
  }
  if (opts.progressEverySamples > 0 && s.sinceMessage >= opts.progressEverySamples) {
    s.sinceMessage = 0;
    send({ op: 'progress', streamId, utt });
  }
}

/** The current hypothesis of an open utterance, sent even when unchanged (the caller waits for it). */
function onHyp(s: StreamState, streamId: number, utt: number): void {
  if (cancelled(s, utt) || !s.inUtt || s.utt !== utt) return;
  const text = lib.psGetHyp((s.decoder.shadow ?? s.decoder).ps, [0]) ?? '';
  s.lastPartial = text;
  send({ op: 'partial', streamId, utt, text, settled: true });
}

function endUtt(s: StreamState): void {
  for (const x of fedDecoders(s)) lib.psEndUtt(x.ps);
}

/** Ends the utterance on the decoder (and its shadow) and picks the transcript. */
function finish(s: StreamState): {
  text: string;
  score: number;
  confidence?: number;
  inDomain?: boolean;
  alternatives?: SttAlternative[];
  warp: number;
} {
  endUtt(s);
  const outer = s.decoder;
  // Each decoder reports through its session's warp or, before that is chosen, this utterance's
  // best-scoring warp (itself when it has no warped twins).
  const readingOf = (g: Decoder) => s.warps.get(g) ?? bestWarp(g);
  const d: Decoder = {
    ...readingOf(outer),
    ...(outer.shadow ? { shadow: readingOf(outer.shadow) } : {}),
  };
  decideSessionWarp(s);
  const out = [0];
  const text = lib.psGetHyp(d.ps, out) ?? '';
  const { genericWords, ...quality } = text ? assess(d.ps, d.spec) : { genericWords: 0 };
  const max = d.spec.nbest ?? 0;
  const withAlternatives = <T extends object>(r: T, alternatives: SttAlternative[]) =>
    alternatives.length > 0 ? { ...r, alternatives } : r;
  if (!d.shadow) {
    return withAlternatives(
      { text, score: out[0] ?? 0, ...quality, warp: d.warp },
      alternativesOf(d, text, out[0] ?? 0, max),
    );
  }
  const shadowOut = [0];
  const catalog = lib.psGetHyp(d.shadow.ps, shadowOut) ?? '';
  const pick = chooseTranscript(
    {
      catalog,
      mixed: cleanReading(text),
      mixedGenericWords: genericWords,
    },
    d.spec.dualRule,
  );
  // The other decoder's reading goes last among the alternatives: a different kind of evidence.
  const other = (t: string, source: SttAlternative['source'], inDomain?: boolean): SttAlternative[] =>
    t && t !== (pick === 'mixed' ? text : catalog)
      ? [{ text: t, source, ...(inDomain === undefined ? {} : { inDomain }) }]
      : [];
  if (pick === 'mixed') {
    const alts = [...alternativesOf(d, text, out[0] ?? 0, max), ...other(catalog, 'catalog-decoder', true)];
    return withAlternatives(
      { text, score: out[0] ?? 0, ...quality, warp: d.warp },
      alts.filter((a, i) => alts.findIndex((b) => b.text === a.text) === i),
    );
  }
  // The catalog decoder's words, its confidence, the mixed decoder's verdict on the domain.
  const { genericWords: _, ...shadowQuality } = catalog
    ? assess(d.shadow.ps, d.shadow.spec)
    : { genericWords: 0 };
  const mixedDomain = inDomainFn(d.spec);
  const alts = [
    ...alternativesOf(d.shadow, catalog, shadowOut[0] ?? 0, max),
    ...other(cleanReading(text), 'mixed-decoder', mixedDomain?.(cleanReading(text))),
  ];
  return withAlternatives(
    {
      text: catalog,
      score: shadowOut[0] ?? 0,
      warp: d.shadow.warp,
      ...(shadowQuality.confidence === undefined ? {} : { confidence: shadowQuality.confidence }),
      ...(quality.inDomain === undefined ? {} : { inDomain: quality.inDomain }),
    },
    alts.filter((a, i) => alts.findIndex((b) => b.text === a.text) === i),
  );
}

function onFinalize(s: StreamState, streamId: number, utt: number): void {
  if (cancelled(s, utt)) {
    if (s.inUtt) endUtt(s);
    s.inUtt = false;
    return;
  }
  let result: ReturnType<typeof finish> = { text: '', score: 0, warp: s.decoder.warp };
  const decoders = fedDecoders(s).length;
  const t0 = performance.now();
  const cpu0 = process.threadCpuUsage();
  if (s.inUtt && s.utt === utt) result = finish(s);
  const cpu = process.threadCpuUsage(cpu0);
  s.decodeMs += performance.now() - t0;
  s.inUtt = false;
  send({
    op: 'final',
    streamId,
    utt,
    ...result,
    audioMs: (s.samples / 16_000) * 1000,
    decodeMs: s.decodeMs,
    finalCpuMs: (cpu.user + cpu.system) / 1000,
    lastChunkCpuMs: s.lastChunkCpuMs,
    decoders,
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
    sinceMessage: 0,
    lastPartial: '',
    decodeMs: 0,
    lastChunkCpuMs: 0,
    // A new session: a reused decoder's warp choice belonged to the previous speaker.
    warps: new Map(),
    trial: newTrial(decoder),
  });
  send({ op: 'opened', streamId: msg.streamId, initMs: performance.now() - t0, reused });
}

function onClose(streamId: number): void {
  const s = streams.get(streamId);
  if (!s) return;
  streams.delete(streamId);
  if (s.inUtt) endUtt(s);
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
    else if (msg.op === 'hyp') onHyp(s, streamId, msg.utt);
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
