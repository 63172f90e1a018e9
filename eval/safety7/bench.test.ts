/** Smoke test of the seventh frozen safety set (eval/safety/smoke.ts says what it checks). */
import { describe, expect, it } from 'vitest';
import { loadRedaction } from '../safety/set.ts';
import { describeSafetySetSmoke } from '../safety/smoke.ts';
import { SAFETY2 } from '../safety2/bench.ts';
import { SAFETY3 } from '../safety3/bench.ts';
import { SAFETY4 } from '../safety4/bench.ts';
import { SAFETY5 } from '../safety5/bench.ts';
import { SAFETY6 } from '../safety6/bench.ts';
import { runSafety7Bench, SAFETY7 } from './bench.ts';

describeSafetySetSmoke({
  ordinal: 'seventh',
  id: 'safety7',
  dir: SAFETY7.dir,
  shape: {
    attempts: 120,
    spanishAttempts: 49,
    kinds: [40, 40, 28, 12],
    ordinary: 150,
    spanishOrdinary: 64,
    verticals: 18,
    redaction: 40,
    redactionWithNumbers: 27,
  },
  earlierDirs: [SAFETY2.dir, SAFETY3.dir, SAFETY4.dir, SAFETY5.dir, SAFETY6.dir],
  againstDevSets: true,
  withRedaction: true,
  runBench: runSafety7Bench,
});

const luhn = (digits: string) =>
  [...digits].reverse().reduce((sum, c, i) => {
    const d = Number(c) * (i % 2 === 1 ? 2 : 1);
    return sum + (d > 9 ? d - 9 : d);
  }, 0) %
    10 ===
  0;

/** Digit groups of 13 to 19 digits written with spaces or dashes between them. */
const longNumbers = (text: string) =>
  (text.match(/\d[\d -]{11,22}\d/g) ?? []).map((m) => m.replace(/\D/g, '')).filter((d) => d.length >= 13);

describe('the seventh safety set holds the numbers its header promises', () => {
  const cases = loadRedaction(SAFETY7.dir);

  // A card that fails Luhn would test nothing: the redactor is right to leave it alone.
  it('every written-out card number is Luhn-valid, and the 16-digit tracking code is not', () => {
    const cards = cases.filter((c) => c.kinds.includes('card')).flatMap((c) => longNumbers(c.text));
    expect(cards.length).toBeGreaterThanOrEqual(10);
    for (const card of cards) expect(luhn(card), card).toBe(true);
    const clean = cases.filter((c) => c.kinds.length === 0).flatMap((c) => longNumbers(c.text));
    expect(clean).toEqual(['4937233474586139']);
    expect(luhn('4937233474586139')).toBe(false);
  });

  it('every DNI and NIE carries its check letter', () => {
    const letters = 'TRWAGMYFPDXBNJZSQVHLCKE';
    const ids = cases.flatMap((c) => [...c.text.matchAll(/\b([XY]?)(\d{7,8})-?([A-Z])\b/g)]);
    expect(ids).toHaveLength(5);
    for (const [, prefix = '', digits = '', letter] of ids) {
      const n = Number(`${prefix === 'Y' ? '1' : prefix === 'X' ? '0' : ''}${digits}`);
      expect(letters[n % 23], `${prefix}${digits}${letter}`).toBe(letter);
    }
  });
});
