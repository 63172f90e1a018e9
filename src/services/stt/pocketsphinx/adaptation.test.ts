import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogLm, type CatalogLmFiles } from '../lm/builder.ts';
import { normalizeText } from '../lm/text-norm.ts';
import { synthesize16k, wordErrors } from '../synth.ts';
import { HAND_VOCABULARY } from '../test-vocab.ts';
import { PocketsphinxSttService } from './service.ts';
import { type AcousticAdaptation, decoderSpecFor, SYNTHETIC_MLLR_PATH } from './specs.ts';
import type { PocketsphinxStream } from './stream.ts';

const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const TEXTS = [
  'add two navy hoodies to my cart',
  'does the arctic parka come in olive',
  'show me waterproof jackets under one hundred dollars',
  'remove the summit beanie from my cart',
];

let cacheDir: string;
let lm: CatalogLmFiles;
const clips: Int16Array[] = [];

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'vs-adapt-'));
  lm = await buildCatalogLm(HAND_VOCABULARY, { cacheDir, modelDir: MODEL_DIR, sentences: 8000 });
  for (const t of TEXTS) clips.push(await synthesize16k(t, 'espeak:en-us+f3'));
}, 60_000);

afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

interface Reading {
  text: string;
  score: number;
  adapted: boolean;
  decoders: number;
}

/** One session of the catalog decoder over the clips. */
async function session(adaptation: AcousticAdaptation): Promise<Reading[]> {
  const { spec, model } = decoderSpecFor('catalog', MODEL_DIR, lm, 0.95, [], 0, [], 0, adaptation);
  const stt = new PocketsphinxSttService({ modelDir: MODEL_DIR, spec, model, workers: 1 });
  try {
    const stream = (await stt.openStream()) as PocketsphinxStream;
    const out: Reading[] = [];
    for (const pcm of clips) {
      for (let k = 0; k < pcm.length; k += 1600) stream.push(pcm.subarray(k, k + 1600));
      const text = normalizeText((await stream.finalize()).text);
      out.push({ text, score: stream.lastScore, adapted: stream.lastAdapted, decoders: stream.lastDecoders });
    }
    await stream.close();
    return out;
  } finally {
    await stt.close();
  }
}

const errors = (rs: Reading[]) =>
  rs.reduce((n, r, i) => n + wordErrors(TEXTS[i] as string, r.text).errors, 0);

describe('acoustic adaptation (MLLR transform for synthetic voices)', () => {
  it('loads the committed transform and decodes a synthetic voice with it', async () => {
    const base = await session({ mode: 'base' });
    const adapted = await session({ mode: 'adapted', mllrPath: SYNTHETIC_MLLR_PATH });
    expect(base.every((r) => !r.adapted)).toBe(true);
    expect(adapted.every((r) => r.adapted && r.decoders === 1)).toBe(true);
    // The transform is applied: every clip scores differently under the moved means.
    for (const [i, r] of adapted.entries()) expect(r.score).not.toBe(base[i]?.score);
    // …and it reads espeak-ng's f3 (a voice it was not fitted on) at least as well as the stock model.
    expect(errors(adapted)).toBeLessThanOrEqual(errors(base));
    expect(errors(adapted)).toBeLessThanOrEqual(Math.ceil(0.25 * TEXTS.join(' ').split(' ').length));
  }, 240_000);

  it('auto: both models decode the first utterance, then the session feeds one', async () => {
    const auto = await session({ mode: 'auto', mllrPath: SYNTHETIC_MLLR_PATH, trialUtterances: 1 });
    expect(auto.map((r) => r.decoders)).toEqual([2, 1, 1, 1]);
    const kept = auto[1]?.adapted;
    expect(auto.slice(1).every((r) => r.adapted === kept)).toBe(true);
  }, 240_000);

  it('gives both dual searches the same per-session choice', () => {
    const { spec } = decoderSpecFor('dual', MODEL_DIR, lm, 0.95, [], 0, [], 0, {
      mode: 'auto',
      mllrPath: 'x.mllr',
      trialUtterances: 2,
    });
    expect(spec.adaptation).toEqual({ mllrPath: 'x.mllr', trialUtterances: 2 });
    expect(spec.shadow?.adaptation).toEqual({ mllrPath: 'x.mllr', trialUtterances: 2 });
    const fixed = decoderSpecFor('dual', MODEL_DIR, lm, 0.95, [], 0, [], 0, {
      mode: 'adapted',
      mllrPath: 'x.mllr',
    }).spec;
    expect(fixed.extraArgs).toEqual(['-mllr', 'x.mllr']);
    expect(fixed.shadow?.extraArgs).toEqual(['-mllr', 'x.mllr']);
    expect(fixed.adaptation).toBeUndefined();
  });
});
