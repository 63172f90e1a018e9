import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../config/section.ts';
import { loadSttConfig } from '../config.ts';
import { SYNTHETIC_MLLR_PATH } from '../pocketsphinx/specs.ts';
import { acousticAdaptation, pocketsphinxSttEnvSchema } from './pocketsphinx.ts';

const parse = (env: Record<string, string>) => pocketsphinxSttEnvSchema.parse(env);

describe('STT_ACOUSTIC_ADAPTATION', () => {
  it('defaults to the stock model and the committed transform', () => {
    const config = parse({});
    expect(config.STT_ACOUSTIC_ADAPTATION).toBe('base');
    expect(config.STT_MLLR_FILE).toBe(SYNTHETIC_MLLR_PATH);
    expect(config.STT_ADAPTATION_TRIAL_UTTERANCES).toBe(3);
    expect(acousticAdaptation(config)).toEqual({ mode: 'base' });
  });

  it('turns adapted and auto into the decoders’ setting', () => {
    expect(acousticAdaptation(parse({ STT_ACOUSTIC_ADAPTATION: 'adapted' }))).toEqual({
      mode: 'adapted',
      mllrPath: SYNTHETIC_MLLR_PATH,
    });
    expect(
      acousticAdaptation(parse({ STT_ACOUSTIC_ADAPTATION: 'auto', STT_ADAPTATION_TRIAL_UTTERANCES: '2' })),
    ).toEqual({ mode: 'auto', mllrPath: SYNTHETIC_MLLR_PATH, trialUtterances: 2 });
  });

  it('rejects an unknown mode and a trial length out of range, naming the variable', () => {
    expect(() => loadSttConfig({ STT_ACOUSTIC_ADAPTATION: 'always' })).toThrow(/STT_ACOUSTIC_ADAPTATION/);
    expect(() => loadSttConfig({ STT_ADAPTATION_TRIAL_UTTERANCES: '4' })).toThrow(
      /STT_ADAPTATION_TRIAL_UTTERANCES/,
    );
  });

  it('refuses a missing transform file and auto with warp candidates, with the fix in the message', () => {
    const missing = parse({ STT_ACOUSTIC_ADAPTATION: 'adapted', STT_MLLR_FILE: '/nonexistent/x.mllr' });
    expect(() => acousticAdaptation(missing)).toThrow(ConfigError);
    expect(() => acousticAdaptation(missing)).toThrow(/scripts\/stt-adapt\.ts/);
    const both = parse({ STT_ACOUSTIC_ADAPTATION: 'auto', STT_WARP_CANDIDATES: '1.2' });
    expect(() => acousticAdaptation(both)).toThrow(/STT_WARP_CANDIDATES/);
    // The stock model needs no file.
    expect(acousticAdaptation(parse({ STT_MLLR_FILE: '/nonexistent/x.mllr' }))).toEqual({ mode: 'base' });
  });
});
