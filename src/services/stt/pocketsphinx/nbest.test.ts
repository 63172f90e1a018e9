import { describe, expect, it } from 'vitest';
import { cleanReading, LOG_BASE, rankAlternatives } from './nbest.ts';

describe('N-best alternatives', () => {
  it('strips markers, fillers and pronunciation variants', () => {
    expect(cleanReading('<s> add the(2) <sil> tent [NOISE] </s>')).toBe('add the tent');
  });

  it('merges duplicates, drops the first choice, ranks by score and shares the probability', () => {
    const alts = rankAlternatives(
      { text: 'add the tent', score: -1000 },
      [
        { text: '<s> add the tent </s>', score: -1000 },
        { text: 'add the tents', score: -8000 },
        { text: 'add the tents <sil>', score: -7000 },
        { text: 'had the tent', score: -5000 },
      ],
      4,
      (t) => !t.includes('had'),
    );
    expect(alts.map((a) => a.text)).toEqual(['had the tent', 'add the tents']);
    expect(alts[1]).toMatchObject({ source: 'nbest', score: -7000, inDomain: true });
    expect(alts[0]?.inDomain).toBe(false);
    const w = [0, -4000, -6000].map((d) => LOG_BASE ** d);
    const total = w.reduce((a, b) => a + b, 0);
    expect(alts[0]?.posterior).toBeCloseTo((w[1] as number) / total, 10);
    expect(alts[1]?.posterior).toBeCloseTo((w[2] as number) / total, 10);
  });

  it('keeps at most max alternatives and none for an empty list', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ text: `word ${i}`, score: -i * 100 }));
    expect(rankAlternatives({ text: 'word 0', score: 0 }, many, 3)).toHaveLength(3);
    expect(rankAlternatives({ text: 'yes', score: 0 }, [], 3)).toEqual([]);
  });
});
