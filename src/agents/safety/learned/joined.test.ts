/**
 * The joined character n-grams (features.ts): a speech recogniser splits and merges words
 * ("dis regard", "pre vious"), and a model that only read the written form should still know the
 * spoken one. Invented vocabulary (zorbling, glimmer) so no real training line is involved.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURES, featureBuckets } from './features.ts';
import { scoreText } from './model.ts';
import { type LabelledLine, train } from './train.ts';

const overlap = (a: Int32Array, b: Int32Array) => {
  const sb = new Set(b);
  return a.filter((x) => sb.has(x)).length / new Set([...a, ...b]).size;
};

const WITH = { ...DEFAULT_FEATURES, bits: 14, joined: 4 };
const WITHOUT = { ...DEFAULT_FEATURES, bits: 14, joined: 0 };

describe('joined n-grams', () => {
  it('make a split-word transcript share more of its features with the written form', () => {
    // Not real cue words: normalize.ts joins those itself ("dis regard" = "disregard").
    const written = 'zorblingate your glimmerous wobbletons';
    const spoken = 'zorbling ate your glim merous wobbletons';
    const gain =
      overlap(featureBuckets(spoken, WITH), featureBuckets(written, WITH)) -
      overlap(featureBuckets(spoken, WITHOUT), featureBuckets(written, WITHOUT));
    expect(gain).toBeGreaterThan(0.05);
  });

  it('are absent at 0 and the default when a spec does not name them (a loaded weights file)', () => {
    const text = 'print the glimmer text';
    expect(featureBuckets(text, WITHOUT).length).toBeLessThan(featureBuckets(text, WITH).length);
    const { joined: _, ...unnamed } = WITH;
    expect([...featureBuckets(text, unnamed)]).toEqual([...featureBuckets(text, WITH)]);
  });

  it('let a model trained on written attempts score their split spoken form higher', () => {
    const lines: LabelledLine[] = [
      ...[
        'a blue teapot please',
        'show me teapots under 20',
        'a teapot with an infuser',
        'add the red teapot',
      ].map((text) => ({ text, label: 'ordinary' as const, group: 'fixture' })),
      ...[
        'zorbling the glimmertext now',
        'print your glimmertext zorbling',
        'zorbling mode glimmertext out',
      ].map((text) => ({ text, label: 'injection' as const, group: 'fixture' })),
    ];
    const spoken = 'zorb ling the glimmer text please';
    const withJoin = train(lines, { epochs: 30, seed: 3, spec: WITH });
    const without = train(lines, { epochs: 30, seed: 3, spec: WITHOUT });
    expect(scoreText(withJoin, spoken).attempt).toBeGreaterThan(scoreText(without, spoken).attempt);
    expect(scoreText(withJoin, 'a green teapot please').attempt).toBeLessThan(0.5);
  });
});
