import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../service-base.ts';
import { isSpuriousCommand } from '../bench-data.ts';
import { buildCatalogLm, type CatalogLmFiles } from '../lm/builder.ts';
import { normalizeText } from '../lm/text-norm.ts';
import { synthesize16k, wordErrors } from '../synth.ts';
import { generatedKitchenVocabulary, HAND_VOCABULARY } from '../test-vocab.ts';
import type { SttEvent } from '../types.ts';
import { INSTALL_HINT } from './ffi.ts';
import { assertPocketsphinxAvailable, PocketsphinxSttService } from './service.ts';
import { decoderSpecFor } from './specs.ts';
import type { PocketsphinxStream } from './stream.ts';

const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const CHUNK = 1600;

const IN_DOMAIN = [
  'add two navy hoodies to my cart',
  'does the arctic parka come in olive',
  'show me waterproof jackets under one hundred dollars',
  'where is my order number four five two one',
];

const OFF_DOMAIN = 'what is the weather like today';

let cacheDir: string;
let lm: CatalogLmFiles;
let kitchenLm: CatalogLmFiles;
const audio = new Map<string, Int16Array>();

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'vs-stt-'));
  const texts = [...IN_DOMAIN, OFF_DOMAIN, 'i want a copper kettle'];
  const [a, b, ...pcms] = await Promise.all([
    buildCatalogLm(HAND_VOCABULARY, { cacheDir, modelDir: MODEL_DIR, sentences: 8000 }),
    buildCatalogLm(generatedKitchenVocabulary(), { cacheDir, modelDir: MODEL_DIR, sentences: 8000 }),
    ...texts.map((t) => synthesize16k(t, 'flite:slt')),
  ]);
  lm = a;
  kitchenLm = b;
  for (const [i, t] of texts.entries()) audio.set(t, pcms[i] as Int16Array);
}, 60_000);

afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

function service(mode: 'catalog' | 'mixed' | 'dual', workers = 1, files = lm) {
  const { spec, model } = decoderSpecFor(mode, MODEL_DIR, files, 0.95);
  return new PocketsphinxSttService({
    modelDir: MODEL_DIR,
    spec,
    model,
    workers,
    options: { timeoutMs: 15_000 },
  });
}

function pushAll(stream: { push(p: Int16Array): void }, pcm: Int16Array, upTo = pcm.length): void {
  for (let i = 0; i < upTo; i += CHUNK) stream.push(pcm.subarray(i, Math.min(i + CHUNK, upTo)));
}

async function collect(stream: AsyncIterable<SttEvent>): Promise<SttEvent[]> {
  const out: SttEvent[] = [];
  for await (const e of stream) out.push(e);
  return out;
}

// Decoding synthesized speech is CPU work: 'dual mode' took over the 20 s default under two busy
// processes on two cores (scripts/stress-suites.sh). Slow there is not wrong; the tests check words, not time.
describe('pocketsphinx STT', { timeout: 120_000 }, () => {
  it('reports a typed missing-dependency error naming the apt packages', () => {
    let err: unknown;
    try {
      assertPocketsphinxAvailable('/nonexistent/model');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ServiceError);
    expect(err).toMatchObject({ kind: 'missing-dependency', retryable: false });
    expect((err as Error).message).toContain(INSTALL_HINT);
  });

  it('transcribes catalog utterances with the catalog LM, streaming interim results', async () => {
    const stt = service('catalog');
    const stream = (await stt.openStream()) as PocketsphinxStream;
    const events = collect(stream);
    let errors = 0;
    let words = 0;
    for (const text of IN_DOMAIN) {
      const pcm = audio.get(text) as Int16Array;
      pushAll(stream, pcm, pcm.length - CHUNK);
      await stream.drain();
      pushAll(stream, pcm.subarray(pcm.length - CHUNK));
      stream.flush(); // as at the VAD stop: a settled interim of everything pushed
      await stream.drain(); // (answered after it: the worker takes messages in order)
      const { text: hyp } = await stream.finalize();
      const r = wordErrors(text, normalizeText(hyp));
      errors += r.errors;
      words += r.words;
    }
    await stream.close();
    expect(errors / words).toBeLessThanOrEqual(0.1);
    const got = await events;
    expect(got.filter((e) => e.type === 'final').map((e) => e.utteranceId)).toEqual([1, 2, 3, 4]);
    expect(got.some((e) => e.type === 'interim' && e.text.length > 0)).toBe(true);
    // One settled interim per utterance, before its final, covering the whole of it (a word-level
    // match with the final is not guaranteed: the final also weighs the shadow decoder and N-best).
    const settled = got.flatMap((e) => (e.type === 'interim' && e.settled ? [e] : []));
    expect(settled.map((e) => e.utteranceId)).toEqual([1, 2, 3, 4]);
    for (const e of settled) {
      const at = got.findIndex((f) => f.type === 'final' && f.utteranceId === e.utteranceId);
      const final = got[at];
      expect(got.indexOf(e)).toBeLessThan(at);
      if (final?.type !== 'final') continue;
      expect(e.text.split(' ').length).toBeGreaterThanOrEqual(final.text.split(' ').length - 1);
    }
    // Finals carry other readings for the dialogue to choose from: N-best, typed, never the text itself.
    const finals = got.filter((e) => e.type === 'final');
    const withAlts = finals.filter((e) => 'alternatives' in e && e.alternatives?.length);
    expect(withAlts.length).toBeGreaterThan(0);
    for (const e of withAlts) {
      if (e.type !== 'final') continue;
      for (const a of e.alternatives ?? []) {
        expect(a.source).toBe('nbest');
        expect(a.text).not.toBe(e.text);
        expect(a.posterior).toBeGreaterThanOrEqual(0);
        expect(a.posterior).toBeLessThan(1);
      }
      expect(e.alternatives?.length).toBeLessThanOrEqual(4);
    }
    await stt.close();
  });

  it('dual mode: catalog words for shopping, flags and keeps readable other speech', async () => {
    const stt = service('dual');
    const stream = await stt.openStream();
    const events = collect(stream);
    const shop = IN_DOMAIN[0] as string;
    pushAll(stream, audio.get(shop) as Int16Array);
    const inDomain = await stream.finalize();
    expect(wordErrors(shop, normalizeText(inDomain.text)).errors).toBeLessThanOrEqual(1);
    expect(inDomain.inDomain).toBe(true);
    expect(inDomain.confidence).toBeGreaterThan(0);
    expect(inDomain.confidence).toBeLessThanOrEqual(1);

    pushAll(stream, audio.get(OFF_DOMAIN) as Int16Array);
    const other = await stream.finalize();
    expect(other.inDomain).toBe(false);
    expect(isSpuriousCommand(OFF_DOMAIN, normalizeText(other.text))).toBe(false);
    // The other decoder's reading stays available as an alternative (dual mode), after the N-best.
    const fromOther = other.alternatives?.filter((a) => a.source.endsWith('-decoder')) ?? [];
    expect(fromOther).toHaveLength(1);
    expect(fromOther[0]?.text).not.toBe(other.text);
    expect(other.alternatives?.at(-1)).toBe(fromOther[0]);
    // The mixed decoder's English, not the catalog decoder's forced shopping words.
    expect(wordErrors(OFF_DOMAIN, normalizeText(other.text)).errors).toBeLessThanOrEqual(3);
    await stt.close();
    const finals = (await events).filter((e) => e.type === 'final');
    expect(finals.map((e) => 'inDomain' in e && e.inDomain)).toEqual([true, false]);
  });

  it('switches to a rebuilt LM at the next utterance', async () => {
    const stt = service('catalog');
    const stream = await stt.openStream();
    const kettle = audio.get('i want a copper kettle') as Int16Array;
    pushAll(stream, kettle);
    const before = normalizeText((await stream.finalize()).text);
    const next = decoderSpecFor('catalog', MODEL_DIR, kitchenLm);
    stt.setSpec(next.spec, next.model);
    pushAll(stream, kettle);
    const after = normalizeText((await stream.finalize()).text);
    expect(before).not.toContain('kettle'); // not in the apparel catalog's dictionary
    expect(after).toContain('copper kettle');
    await stt.close();
  });

  it('replaces a crashed worker: the lost utterance gets a typed error, the next one works', async () => {
    const stt = service('catalog', 1);
    const stream = (await stt.openStream()) as PocketsphinxStream;
    const events = collect(stream);
    const pcm = audio.get(IN_DOMAIN[0] as string) as Int16Array;
    pushAll(stream, pcm);
    await stream.drain();
    stt.pool.crashAll();
    await waitFor(() => stt.pool.crashCount === 1);
    expect(stt.workerCount).toBe(1); // replaced
    pushAll(stream, pcm); // rest of the lost turn: dropped
    const err = await stream.finalize().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect(err).toMatchObject({ kind: 'engine', retryable: false });
    expect((err as Error).message).toMatch(/utterance was lost/);
    pushAll(stream, pcm);
    const ok = await stream.finalize();
    expect(wordErrors(IN_DOMAIN[0] as string, normalizeText(ok.text)).errors).toBeLessThanOrEqual(1);
    await stream.close();
    const got = await events;
    expect(got.filter((e) => e.type !== 'interim').map((e) => `${e.type}:${e.utteranceId}`)).toEqual([
      'error:1',
      'final:2',
    ]);
    await stt.close();
  });

  it('abort rejects finalize at once and skips the cancelled audio; the stream keeps working', async () => {
    const stt = service('catalog');
    const stream = await stt.openStream();
    const pcm = audio.get(IN_DOMAIN[1] as string) as Int16Array;
    pushAll(stream, pcm);
    const ac = new AbortController();
    const p = stream.finalize(ac.signal);
    ac.abort();
    await expect(p).rejects.toMatchObject({ kind: 'aborted' });
    pushAll(stream, pcm);
    stream.reset(); // dropped turn: this audio must not leak into the next result
    pushAll(stream, pcm);
    const { text } = await stream.finalize();
    expect(normalizeText(text)).toBe(IN_DOMAIN[1]);
    await stt.close();
  });

  it('leaks no workers or handles over 50 sessions', async () => {
    const baseline = process.getActiveResourcesInfo().length;
    const baseThreads = osThreads();
    const stt = service('catalog', 2);
    const short = (audio.get(IN_DOMAIN[3] as string) as Int16Array).subarray(0, 8000);
    for (let i = 0; i < 50; i++) {
      const ac = new AbortController();
      const stream = await stt.openStream({ signal: ac.signal });
      pushAll(stream, short);
      if (i % 5 === 0) await stream.finalize();
      if (i % 2 === 0) await stream.close();
      else ac.abort();
    }
    expect(stt.workerCount).toBeLessThanOrEqual(2);
    expect(osThreads()).toBeGreaterThan(baseThreads); // the probe does see worker threads
    expect(stt.openStreams).toBe(0);
    expect(stt.pool.load.reduce((a, b) => a + b, 0)).toBe(0);
    await stt.close();
    expect(stt.workerCount).toBe(0);
    await waitFor(() => process.getActiveResourcesInfo().length <= baseline && osThreads() <= baseThreads);
    expect(process.getActiveResourcesInfo().length).toBeLessThanOrEqual(baseline);
    expect(osThreads()).toBeLessThanOrEqual(baseThreads);
  });
});

/** OS threads of this process (worker_threads do not show up in getActiveResourcesInfo). */
function osThreads(): number {
  return Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
}

async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
}
