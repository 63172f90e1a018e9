import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSttConfig } from './config.ts';
import { decoderArgs } from './pocketsphinx/specs.ts';
import { createSttService } from './registry.ts';
import { generatedKitchenVocabulary, HAND_VOCABULARY } from './test-vocab.ts';

describe('STT config', () => {
  it('has working defaults and rejects bad values with the variable name', () => {
    const cfg = loadSttConfig({});
    expect(cfg).toMatchObject({
      STT_PROVIDER: 'pocketsphinx',
      STT_LM_MODE: 'dual',
      STT_LM_CATALOG_WEIGHT: 0.95,
    });
    expect(loadSttConfig({ STT_WORKERS: '3', STT_LM_MODE: 'catalog' })).toMatchObject({
      STT_WORKERS: 3,
      STT_LM_MODE: 'catalog',
    });
    expect(() => loadSttConfig({ STT_LM_CATALOG_WEIGHT: '1.5' })).toThrow(/STT_LM_CATALOG_WEIGHT/);
    expect(() => loadSttConfig({ STT_PROVIDER: 'whisper' })).toThrow(/STT_PROVIDER/);
    expect(loadSttConfig({}).STT_FWDFLAT).toBe(false);
    expect(loadSttConfig({ STT_FWDFLAT: 'true' }).STT_FWDFLAT).toBe(true);
    expect(loadSttConfig({}).STT_FREQ_WARP).toBe(1);
    expect(() => loadSttConfig({ STT_FREQ_WARP: '2' })).toThrow(/STT_FREQ_WARP/);
  });

  it('passes the frequency warp to the decoder, and none at 1', () => {
    expect(decoderArgs({ fwdflat: false, warp: 1.1 })).toEqual([
      '-fwdflat',
      'no',
      '-warp_type',
      'inverse_linear',
      '-warp_params',
      '1.1',
    ]);
    expect(decoderArgs({ fwdflat: true, warp: 1 })).toEqual([]);
  });
});

describe('createSttService', () => {
  it('returns null when STT is disabled', async () => {
    expect(await createSttService(loadSttConfig({ STT_PROVIDER: 'none' }))).toBeNull();
  });

  it('builds the catalog LM, serves streams and rebuilds for a new catalog', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'vs-reg-'));
    try {
      const cfg = loadSttConfig({
        STT_LM_MODE: 'catalog',
        STT_LM_CACHE_DIR: cacheDir,
        STT_LM_SENTENCES: '3000',
        STT_WORKERS: '1',
        STT_MIXED_GENERIC_WORDS: '2000',
        STT_FWDFLAT: 'false',
      });
      const setup = await createSttService(cfg, { vocabulary: HAND_VOCABULARY, warmup: true });
      if (!setup) throw new Error('expected a service');
      expect(setup.service.provider).toBe('pocketsphinx');
      expect(setup.service.model).toBe(`catalog-${setup.lm?.hash}`);
      const firstHash = setup.lm?.hash;
      await setup.rebuild(generatedKitchenVocabulary());
      expect(setup.lm?.hash).not.toBe(firstHash);
      expect(setup.lm?.dir.startsWith(cacheDir)).toBe(true);
      const stream = await setup.service.openStream();
      stream.push(new Int16Array(3200));
      await expect(stream.finalize()).resolves.toHaveProperty('text');
      await setup.service.close();
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  }, 90_000); // builds two language models (g2p, generic-word ranking): slow on a loaded 2-core machine
});
