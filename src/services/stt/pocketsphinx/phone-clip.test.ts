/**
 * A real phone-path clip decoded end to end: espeak-ng en-us+f2 (a voice of neither phone set nor
 * the phone transform's training) saying "do you have the arctic parka in olive", sent through the
 * phone round trip and committed as the 8 kHz µ-law bytes a Twilio call delivers. A fresh decoder
 * with the wideband setup misreads it ("do you have an arctic are it"); a phone session reads it.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogLm, type CatalogLmFiles } from '../lm/builder.ts';
import { normalizeText } from '../lm/text-norm.ts';
import { fromPhoneMulaw } from '../phone-eval/phone-path.ts';
import { phoneSetup } from '../providers/pocketsphinx-phone.ts';
import { HAND_VOCABULARY } from '../test-vocab.ts';
import type { SttAudioSource } from '../types.ts';
import { PocketsphinxSttService } from './service.ts';
import { DEFAULT_PHONE_MODEL, decoderSpecFor, type PhoneModel } from './specs.ts';

const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const CLIP = new URL('../phone-eval/clips/arctic-parka-en-us-f2.ulaw', import.meta.url);
const SAID = 'do you have the arctic parka in olive';

let cacheDir: string;
let lm: CatalogLmFiles;
const pcm = fromPhoneMulaw(new Uint8Array(readFileSync(CLIP)));

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'vs-phone-clip-'));
  lm = await buildCatalogLm(HAND_VOCABULARY, { cacheDir, modelDir: MODEL_DIR, sentences: 8000 });
}, 60_000);

afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

async function read(model: PhoneModel, source: SttAudioSource): Promise<string> {
  const { spec, model: name } = decoderSpecFor('catalog', MODEL_DIR, lm);
  const stt = new PocketsphinxSttService({
    modelDir: MODEL_DIR,
    spec,
    model: name,
    workers: 1,
    maxIdleDecodersPerWorker: 0,
    ...phoneSetup(model),
  });
  try {
    const stream = await stt.openStream({ audioSource: source });
    for (let k = 0; k < pcm.length; k += 1600) stream.push(pcm.subarray(k, k + 1600));
    const text = normalizeText((await stream.finalize()).text);
    await stream.close();
    return text;
  } finally {
    await stt.close();
  }
}

describe('a phone call clip', () => {
  it('is read right by a phone session with the default phone setup', async () => {
    expect(await read(DEFAULT_PHONE_MODEL, 'phone')).toBe(SAID);
  }, 60_000);

  it('is misread by a fresh decoder with the wideband setup (what the phone setup fixes)', async () => {
    expect(await read(DEFAULT_PHONE_MODEL, 'wideband')).not.toBe(SAID);
  }, 60_000);
});
