import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../config/section.ts';
import { phoneSetup, readPhoneCmnInit } from '../providers/pocketsphinx-phone.ts';
import { audioSourceOf } from '../stt-processor.ts';
import type { DecoderSpec } from './protocol.ts';
import { PHONE_CMNINIT_PATH, phoneSpec } from './specs.ts';

const dual: DecoderSpec = {
  hmmDir: '/m/en-us',
  dictPath: '/m/mixed.dict',
  lms: [{ name: 'catalog', path: '/c.arpa', weight: 1 }],
  extraArgs: ['-fwdflat', 'no', '-mllr', '/synthetic.mllr'],
  adaptation: { mllrPath: '/synthetic.mllr', trialUtterances: 3 },
  shadow: { hmmDir: '/m/en-us', dictPath: '/m/catalog.dict', lms: [], extraArgs: ['-fwdflat', 'no'] },
};

describe('phone sessions', () => {
  it('start both dual searches from the phone cepstral mean and read through the phone transform', () => {
    const spec = phoneSpec(dual, { cmnInit: [1, 2, 3], mllrPath: '/phone.mllr' });
    expect(spec.extraArgs).toEqual(['-fwdflat', 'no', '-mllr', '/phone.mllr']);
    expect(spec.shadow?.extraArgs).toEqual(['-fwdflat', 'no', '-mllr', '/phone.mllr']);
    expect(spec.cmnInit).toEqual([1, 2, 3]);
    expect(spec.shadow?.cmnInit).toEqual([1, 2, 3]);
    // The wideband synthetic-voice trial is not run on phone audio.
    expect(spec.adaptation).toBeUndefined();
    // Without a phone transform a phone session keeps whatever model the spec had.
    expect(phoneSpec(dual, { cmnInit: [1, 2, 3] }).extraArgs).toEqual([
      '-fwdflat',
      'no',
      '-mllr',
      '/synthetic.mllr',
    ]);
    // The wideband spec is untouched.
    expect(dual.extraArgs).toEqual(['-fwdflat', 'no', '-mllr', '/synthetic.mllr']);
  });

  it('are the sessions whose input is 8 kHz', () => {
    expect(audioSourceOf(8000)).toBe('phone');
    expect(audioSourceOf(16000)).toBe('wideband');
    expect(audioSourceOf(48000)).toBe('wideband');
  });

  describe('setup files', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'vs-phone-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("reads the committed phone mean: 13 cepstra, c0 a log energy like the model's own init", () => {
      const values = readPhoneCmnInit();
      expect(values).toHaveLength(13);
      expect(values[0]).toBeGreaterThan(30);
      expect(values[0]).toBeLessThan(60);
    });

    it('fails at startup on a missing or malformed file, naming the command that regenerates it', async () => {
      const bad = join(dir, 'bad.cmninit');
      await writeFile(bad, '1,2,x\n');
      expect(() => readPhoneCmnInit(bad)).toThrow(ConfigError);
      expect(() => readPhoneCmnInit(join(dir, 'none'))).toThrow(/stt-adapt.ts --phone/);
      expect(phoneSetup('off')).toEqual({});
      expect(phoneSetup('cmn').phone?.mllrPath).toBeUndefined();
      expect(() => phoneSetup('mllr', { cmn: PHONE_CMNINIT_PATH, mllr: join(dir, 'none.mllr') })).toThrow(
        /none\.mllr does not exist/,
      );
    });
  });
});
