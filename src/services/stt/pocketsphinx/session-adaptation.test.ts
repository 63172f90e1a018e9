import { describe, expect, it } from 'vitest';
import type { Decoder } from './decoders.ts';
import type { PocketsphinxLib } from './ffi.ts';
import type { DecoderSpec } from './protocol.ts';
import { MAX_ADAPTATION_TRIAL_UTTERANCES, SessionAdaptationTrial } from './session-adaptation.ts';
import {
  decideSessionAdaptation,
  fedDecoders,
  newAdaptationTrial,
  type StreamWarps,
} from './stream-warps.ts';

describe('session acoustic-model trial', () => {
  it('keeps the model with the better summed score once the trial utterances are scored', () => {
    const trial = new SessionAdaptationTrial(2);
    expect(trial.endUtterance([-500, -300])).toBeUndefined();
    // The base model wins this one, but not the sum (-1100 vs -900).
    expect(trial.endUtterance([-600, -600])).toBe(1);
  });

  it('keeps the base model on a tie', () => {
    expect(new SessionAdaptationTrial(1).endUtterance([-40, -40])).toBe(0);
  });

  it('does not score an utterance a model heard nothing in, and gives up on the base model', () => {
    const trial = new SessionAdaptationTrial(1);
    expect(trial.endUtterance([-10, undefined])).toBeUndefined();
    for (let i = 2; i < MAX_ADAPTATION_TRIAL_UTTERANCES; i++)
      expect(trial.endUtterance([undefined, -5])).toBeUndefined();
    expect(trial.endUtterance([undefined, undefined])).toBe(0);
  });

  it('decides from what was scored when the trial runs out', () => {
    const trial = new SessionAdaptationTrial(3);
    expect(trial.endUtterance([-50, -20])).toBeUndefined();
    expect(trial.endUtterance([undefined, -20])).toBeUndefined();
    expect(trial.endUtterance([-1, undefined])).toBe(1);
  });
});

/** A decoder whose reading and log posterior the fake scorer below returns. */
function fake(name: string, adapted: boolean, spec: DecoderSpec): Decoder {
  return { key: name, spec, ps: name, config: null, warp: 1, adapted, cmnInit: new Float32Array(13) };
}

/** The scorer: ps_get_hyp / ps_get_prob answered from a table by decoder. */
function scorer(table: Record<string, { text: string | null; prob: number }>): PocketsphinxLib {
  const entry = (ps: unknown) => table[ps as string] ?? { text: null, prob: 0 };
  return {
    psGetHyp: (ps: unknown) => entry(ps).text,
    psGetProb: (ps: unknown) => entry(ps).prob,
  } as unknown as PocketsphinxLib;
}

describe('decideSessionAdaptation (dual decoder, fake scorer)', () => {
  const spec: DecoderSpec = {
    hmmDir: 'hmm',
    dictPath: 'dict',
    lms: [],
    adaptation: { mllrPath: 'x.mllr', trialUtterances: 1 },
  };
  const session = (): StreamWarps => {
    const mixed = fake('mixed', false, spec);
    mixed.twins = [fake('mixed+mllr', true, spec)];
    const catalog = fake('catalog', false, spec);
    catalog.twins = [fake('catalog+mllr', true, spec)];
    mixed.shadow = catalog;
    return { decoder: mixed, warps: new Map(), trial: undefined, adaptationTrial: newAdaptationTrial(mixed) };
  };

  it('feeds both models until the trial decides, then only the chosen one in both searches', () => {
    const s = session();
    expect(fedDecoders(s).map((d) => d.key)).toEqual(['mixed', 'mixed+mllr', 'catalog', 'catalog+mllr']);
    // Summed over the two searches: base -9 - 1 = -10, adapted -2 - 6 = -8 (the catalog search alone
    // prefers the base model; the session's choice is one model for both).
    decideSessionAdaptation(
      scorer({
        mixed: { text: 'a', prob: -9 },
        'mixed+mllr': { text: 'a', prob: -2 },
        catalog: { text: 'a', prob: -1 },
        'catalog+mllr': { text: 'a', prob: -6 },
      }),
      s,
    );
    expect(s.adaptationTrial).toBeUndefined();
    expect(fedDecoders(s).map((d) => d.key)).toEqual(['mixed+mllr', 'catalog+mllr']);
  });

  it('keeps the base model when it scores better, and keeps trying while a model hears nothing', () => {
    const s = session();
    const heardNothing = scorer({
      mixed: { text: 'a', prob: -1 },
      'mixed+mllr': { text: null, prob: 0 },
      catalog: { text: 'a', prob: -1 },
      'catalog+mllr': { text: 'a', prob: -1 },
    });
    decideSessionAdaptation(heardNothing, s);
    expect(s.adaptationTrial).toBeDefined();
    expect(fedDecoders(s)).toHaveLength(4);
    decideSessionAdaptation(
      scorer({
        mixed: { text: 'a', prob: -1 },
        'mixed+mllr': { text: 'a', prob: -3 },
        catalog: { text: 'a', prob: -1 },
        'catalog+mllr': { text: 'a', prob: -3 },
      }),
      s,
    );
    expect(fedDecoders(s).map((d) => d.adapted)).toEqual([false, false]);
  });

  it('has no trial when the decoders carry no adapted twin', () => {
    const plain: DecoderSpec = { hmmDir: 'hmm', dictPath: 'dict', lms: [] };
    expect(newAdaptationTrial(fake('d', false, plain))).toBeUndefined();
  });
});

describe('the reading of an undecided trial utterance', () => {
  it('comes from the model that heard it best, while the trial goes on', () => {
    const spec: DecoderSpec = {
      hmmDir: 'hmm',
      dictPath: 'dict',
      lms: [],
      adaptation: { mllrPath: 'x.mllr', trialUtterances: 2 },
    };
    const d = fake('catalog', false, spec);
    d.twins = [fake('catalog+mllr', true, spec)];
    const s: StreamWarps = {
      decoder: d,
      warps: new Map(),
      trial: undefined,
      adaptationTrial: newAdaptationTrial(d),
    };
    const lib = (base: number, adapted: number) =>
      scorer({ catalog: { text: 'a', prob: base }, 'catalog+mllr': { text: 'a', prob: adapted } });
    expect(decideSessionAdaptation(lib(-5, -2), s)).toBe(1);
    expect(s.adaptationTrial).toBeDefined();
    // Second utterance: the base model reads it better, but the session keeps the adapted one (-7 vs -8).
    expect(decideSessionAdaptation(lib(-3, -5), s)).toBe(1);
    expect(s.adaptationTrial).toBeUndefined();
    expect(fedDecoders(s).map((x) => x.key)).toEqual(['catalog+mllr']);
  });
});
