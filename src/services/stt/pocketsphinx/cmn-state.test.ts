/**
 * Live CMN is decoder state: the same audio reads differently on a decoder that has decoded other
 * audio before (the hypothesis behind "phone results depend on what the process decoded before"),
 * and a decoder reused by a new session must read like a fresh one (cmn.ts, DecoderStore).
 * Runs the worker's decoder store on this thread with the real library.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogLm, type CatalogLmFiles } from '../lm/builder.ts';
import { phoneRoundTrip } from '../phone-eval/phone-path.ts';
import { synthesize16k } from '../synth.ts';
import { HAND_VOCABULARY } from '../test-vocab.ts';
import { readCmn } from './cmn.ts';
import { type Decoder, DecoderStore } from './decoders.ts';
import { loadPocketsphinx, type PocketsphinxLib } from './ffi.ts';
import { decoderSpecFor } from './specs.ts';

const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';

let cacheDir: string;
let lm: CatalogLmFiles;
let wideband: Int16Array[];
let phone: Int16Array;

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'vs-cmn-'));
  lm = await buildCatalogLm(HAND_VOCABULARY, { cacheDir, modelDir: MODEL_DIR, sentences: 8000 });
  wideband = await Promise.all(
    [
      'show me waterproof jackets',
      'add the arctic parka to my cart',
      'do you have the summit beanie in red',
    ].map((t) => synthesize16k(t, 'espeak:en-us+m3')),
  );
  phone = phoneRoundTrip(await synthesize16k('add two navy hoodies to my cart', 'espeak:en-us+f2'));
}, 60_000);

afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

/** One utterance through the decoder, as the worker feeds it. */
function decode(lib: PocketsphinxLib, d: Decoder, pcm: Int16Array): { text: string; score: number } {
  lib.psStartUtt(d.ps);
  for (let k = 0; k < pcm.length; k += 1600) {
    const chunk = pcm.slice(k, k + 1600);
    lib.psProcessRaw(d.ps, chunk, chunk.length, 0, 0);
  }
  lib.psEndUtt(d.ps);
  const score = [0];
  const text = lib.psGetHyp(d.ps, score) ?? '';
  return { text, score: score[0] ?? 0 };
}

describe('live cepstral mean across sessions', () => {
  it('carries over within a decoder, and a reused decoder starts the new session from the init', () => {
    const lib = loadPocketsphinx();
    const store = new DecoderStore(lib, 2);
    const { spec } = decoderSpecFor('catalog', MODEL_DIR, lm, 0.95, ['-fwdflat', 'no'], 0);
    const first = store.acquire(spec);
    expect(first.reused).toBe(false);
    const d = first.decoder;
    const init = Array.from(readCmn(lib, d.ps));
    const fresh = decode(lib, d, phone);
    for (const w of wideband) decode(lib, d, w);
    expect(Array.from(readCmn(lib, d.ps))).not.toEqual(init);
    const warm = decode(lib, d, phone);
    // Same audio, same decoder, other history: it is normalised with another mean and reads otherwise.
    expect(warm.score).not.toBe(fresh.score);

    store.release(d);
    // A phone session on the same catalog gets its own decoder and leaves the wideband one warm.
    const phoneDecoder = store.acquire({ ...spec, cmnInit: Array.from(init, (v) => v + 1) });
    expect(phoneDecoder.reused).toBe(false);
    store.release(phoneDecoder.decoder);
    const again = store.acquire(spec);
    try {
      expect(again.reused).toBe(true);
      expect(again.decoder).toBe(d);
      // The new session starts from the init mean, and reads the audio as the fresh decoder did.
      // (Not the same score to the unit: the codebook's top-N search starts from the last frame's.)
      expect(Array.from(readCmn(lib, d.ps))).toEqual(init);
      expect(decode(lib, d, phone).text).toBe(fresh.text);
    } finally {
      // Back to the idle list (the store has no close: a worker's decoders go with its thread).
      store.release(again.decoder);
    }
  }, 120_000);

  it("starts from the spec's cepstral mean when it gives one (a -cmninit flag is overridden by the model)", () => {
    const lib = loadPocketsphinx();
    const store = new DecoderStore(lib, 0);
    const { spec } = decoderSpecFor(
      'catalog',
      MODEL_DIR,
      lm,
      0.95,
      ['-cmninit', '40,1,1,1,1,1,1,1,1,1,1,1,1'],
      0,
    );
    const plain = store.acquire(spec).decoder;
    const mean = [44, 29, -35, 41, -23, -7, 10, -35, 15, -6, -6, 12, -14];
    const phoneLike = store.acquire({ ...spec, cmnInit: mean }).decoder;
    try {
      // The model's feat.params (-cmninit 41,-5.29,…) wins over the flag.
      expect(readCmn(lib, plain.ps)[0]).toBeCloseTo(41, 5);
      expect(Array.from(readCmn(lib, phoneLike.ps))).toEqual(mean);
      expect(Array.from(phoneLike.cmnInit)).toEqual(mean);
    } finally {
      store.release(plain);
      store.release(phoneLike);
    }
  }, 60_000);
});
