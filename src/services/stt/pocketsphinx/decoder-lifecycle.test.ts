/**
 * Decoder lifecycle under session churn: two workers, two decoders per stream (dual shape),
 * decoders created and freed on every session (no idle cache), streams opened in parallel while
 * the other worker is decoding. This is the load under which dual mode used to abort the process
 * (sphinxbase's global log FILE swapped by every ps_init with -logfn, see ffi.ts). A native abort
 * kills this test process, so "every final arrived, no worker died" is the assertion.
 * STT_STRESS_SESSIONS raises the session count for a longer run (default keeps it under ~15 s).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../service-base.ts';
import { buildCatalogLm, type CatalogLmFiles } from '../lm/builder.ts';
import { normalizeText } from '../lm/text-norm.ts';
import { synthesize16k, wordErrors } from '../synth.ts';
import { HAND_VOCABULARY } from '../test-vocab.ts';
import { DEFAULT_DUAL_RULE } from './combine.ts';
import { assertNoLogFile } from './ffi.ts';
import type { DecoderSpec } from './protocol.ts';
import { PocketsphinxSttService } from './service.ts';

const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const SESSIONS = Number(process.env.STT_STRESS_SESSIONS ?? 12);
const PARALLEL = 4;
const CHUNK = 1600;
const SENTENCE = 'add two navy hoodies to my cart';

let cacheDir: string;
let lm: CatalogLmFiles;
let pcm: Int16Array;

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'vs-stt-life-'));
  [lm, pcm] = await Promise.all([
    buildCatalogLm(HAND_VOCABULARY, { cacheDir, modelDir: MODEL_DIR, sentences: 3000, mixedGenericWords: 0 }),
    synthesize16k(SENTENCE, 'flite:rms'),
  ]);
}, 60_000);

afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

/** Dual shape (a decoder + its shadow per stream) on the small catalog LM, so churn stays cheap. */
function dualShapedSpec(): DecoderSpec {
  const single = (name: string): DecoderSpec => ({
    hmmDir: join(MODEL_DIR, 'en-us'),
    dictPath: lm.dictPath,
    lms: [{ name, path: lm.arpaPath, weight: 1 }],
    domainDictPath: lm.dictPath,
    extraArgs: ['-fwdflat', 'no'],
  });
  return { ...single('a'), shadow: single('b'), dualRule: DEFAULT_DUAL_RULE };
}

describe('pocketsphinx decoder lifecycle', () => {
  it('refuses -logfn, which swaps a process-wide log FILE on every decoder start', () => {
    expect(() => assertNoLogFile(['-hmm', 'x', '-logfn', '/dev/null'])).toThrow(ServiceError);
    expect(() => assertNoLogFile(['-hmm', 'x', '-logfn', '/dev/null'])).toThrow(/corrupts the heap/);
    expect(() => assertNoLogFile(['-hmm', 'x', '-fwdflat', 'no'])).not.toThrow();
  });

  it('survives sessions that create and free two decoders each on two workers in parallel', async () => {
    const stt = new PocketsphinxSttService({
      modelDir: MODEL_DIR,
      spec: dualShapedSpec(),
      model: 'stress',
      workers: 2,
      maxIdleDecodersPerWorker: 0, // every session creates and frees its decoders
      options: { timeoutMs: 30_000 },
    });
    let next = 0;
    // Text per turn position: a fresh decoder is deterministic, so every session's first turn must
    // read the same, and every second turn too (the second differs from the first only through the
    // decoder's adapted cepstral mean). A corrupted decoder garbles text long before it aborts.
    const texts: [string[], string[]] = [[], []];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < SESSIONS) {
          const i = next++;
          const stream = await stt.openStream();
          // Half the sessions speak twice, some leave mid-utterance (start/stop without a final).
          for (let turn = 0; turn < 1 + (i % 2); turn++) {
            for (let o = 0; o < pcm.length; o += CHUNK) stream.push(pcm.subarray(o, o + CHUNK));
            if (i % 5 === 4 && turn === 0) break;
            texts[turn]?.push(normalizeText((await stream.finalize()).text));
          }
          await stream.close();
        }
      }),
    );
    expect(stt.pool.crashCount).toBe(0);
    const [first, second] = texts;
    expect(first.length + second.length).toBeGreaterThanOrEqual(SESSIONS);
    expect(new Set(first).size).toBe(1);
    expect(new Set(second).size).toBe(1);
    expect(wordErrors(SENTENCE, second[0] ?? '').errors).toBeLessThanOrEqual(1);
    await stt.close();
  }, 120_000);
});
