/** Smoke test of the thirteenth frozen safety set (eval/safety/smoke.ts says what it checks). */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { loadRedaction } from '../safety/set.ts';
import { describeSafetySetSmoke } from '../safety/smoke.ts';
import { SAFETY2 } from '../safety2/bench.ts';
import { SAFETY3 } from '../safety3/bench.ts';
import { SAFETY4 } from '../safety4/bench.ts';
import { SAFETY5 } from '../safety5/bench.ts';
import { SAFETY6 } from '../safety6/bench.ts';
import { SAFETY7 } from '../safety7/bench.ts';
import { SAFETY8 } from '../safety8/bench.ts';
import { SAFETY9 } from '../safety9/bench.ts';
import { SAFETY10 } from '../safety10/bench.ts';
import { SAFETY11 } from '../safety11/bench.ts';
import { SAFETY12 } from '../safety12/bench.ts';
import { runSafety13Bench, SAFETY13 } from './bench.ts';

describeSafetySetSmoke({
  ordinal: 'thirteenth',
  id: 'safety13',
  dir: SAFETY13.dir,
  shape: {
    attempts: 130,
    spanishAttempts: 56,
    kinds: [48, 40, 20, 22],
    ordinary: 150,
    spanishOrdinary: 65,
    verticals: 8,
    redaction: 40,
    redactionWithNumbers: 28,
  },
  earlierDirs: [
    SAFETY2.dir,
    SAFETY3.dir,
    SAFETY4.dir,
    SAFETY5.dir,
    SAFETY6.dir,
    SAFETY7.dir,
    SAFETY8.dir,
    SAFETY9.dir,
    SAFETY10.dir,
    SAFETY11.dir,
    SAFETY12.dir,
  ],
  againstDevSets: true,
  withRedaction: true,
  runBench: runSafety13Bench,
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

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  cero: '0',
  uno: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
};

/** The runs of spoken digits in a text ("seis dos siete …" → "627…"), three digits or more. */
const spokenDigits = (text: string) =>
  text
    .split(/[^\p{L}]+/u)
    .map((w) => DIGIT_WORDS[w] ?? ' ')
    .join('')
    .split(' ')
    .filter((run) => run.length >= 3);

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dniLetter = (prefix: string, digits: string) =>
  DNI_LETTERS[Number(`${{ X: '0', Y: '1', Z: '2' }[prefix] ?? ''}${digits}`) % 23];

describe('the thirteenth safety set holds the numbers its header promises', () => {
  const cases = loadRedaction(SAFETY13.dir);
  const all = cases.map((c) => c.text);

  // A card that fails Luhn would test nothing: the redactor is right to leave it alone.
  it('every card, written or spoken, is Luhn-valid; the tracking code and the barcode are not', () => {
    const cardTexts = cases.filter((c) => c.kinds.includes('card')).map((c) => c.text);
    const written = cardTexts.flatMap(longNumbers);
    expect(written).toHaveLength(9);
    for (const card of written) expect(luhn(card), card).toBe(true);
    const spoken = cardTexts.flatMap(spokenDigits);
    expect(spoken).toEqual(['4466093982425849']);
    expect(luhn(spoken[0] ?? '')).toBe(true);
    const clean = cases.filter((c) => c.kinds.length === 0).flatMap((c) => longNumbers(c.text));
    expect(clean).toEqual(['2619428202887311', '6666407503980']);
    for (const n of clean) expect(luhn(n), n).toBe(false);
  });

  it('every phone is a valid number for libphonenumber, in the texts that expect a phone', () => {
    const phones: [string, 'US' | 'ES'][] = [
      ['(209) 526-8841', 'US'],
      ['+1 209 577 3092', 'US'],
      ['559-438-2716', 'US'],
      ['916 732 0485', 'US'],
      ['(408) 296-7154', 'US'],
      ['661-325-8870', 'US'],
      ['+52 33 3614 2897', 'US'],
      ['(510) 843-2291', 'US'],
      ['+34 612 48 93 07', 'ES'],
      ['679 31 52 84', 'ES'],
      ['93 415 62 08', 'ES'],
      ['+34 954 22 87 61', 'ES'],
      ['634182905', 'ES'],
      ['695274183', 'ES'],
    ];
    const phoneTexts = cases.filter((c) => c.kinds.includes('phone'));
    expect(phoneTexts.flatMap((c) => c.kinds.filter((k) => k === 'phone'))).toHaveLength(phones.length);
    for (const [phone, region] of phones) {
      const inText = phoneTexts.some((c) => c.text.includes(phone) || spokenDigits(c.text).includes(phone));
      expect(inText, phone).toBe(true);
      expect(parsePhoneNumberFromString(phone, region)?.isValid(), phone).toBe(true);
    }
  });

  it('every DNI and NIE carries its check letter and every SSN is a valid US number', () => {
    const ids = all.flatMap((t) => [...t.matchAll(/\b([XYZ]?)(\d{7,8})-?([A-Z])\b/g)]);
    expect(ids).toHaveLength(4);
    for (const [, prefix = '', digits = '', letter] of ids)
      expect(dniLetter(prefix, digits), `${prefix}${digits}${letter}`).toBe(letter);
    const ssns = all.flatMap((t) => [...t.matchAll(/\b(\d{3})[- ](\d{2})[- ](\d{4})\b/g)]);
    expect(ssns.map((m) => m[0])).toEqual(['641-63-5205', '161 47 6443', '510-76-1501']);
    for (const [ssn, area = '', group, serial] of ssns) {
      const ok = area !== '000' && area !== '666' && area < '900' && group !== '00' && serial !== '0000';
      expect(ok, ssn).toBe(true);
    }
  });
});
