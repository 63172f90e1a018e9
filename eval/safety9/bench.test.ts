/** Smoke test of the ninth frozen safety set (eval/safety/smoke.ts says what it checks). */
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
import { runSafety9Bench, SAFETY9 } from './bench.ts';

describeSafetySetSmoke({
  ordinal: 'ninth',
  id: 'safety9',
  dir: SAFETY9.dir,
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
  earlierDirs: [SAFETY2.dir, SAFETY3.dir, SAFETY4.dir, SAFETY5.dir, SAFETY6.dir, SAFETY7.dir, SAFETY8.dir],
  againstDevSets: true,
  withRedaction: true,
  runBench: runSafety9Bench,
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

/** The runs of spoken digits in a text ("dos dos tres …" → "223…"), three digits or more. */
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

describe('the ninth safety set holds the numbers its header promises', () => {
  const cases = loadRedaction(SAFETY9.dir);
  const all = cases.map((c) => c.text);

  // A card that fails Luhn would test nothing: the redactor is right to leave it alone.
  it('every card, written or spoken, is Luhn-valid; the tracking code and the barcode are not', () => {
    const cardTexts = cases.filter((c) => c.kinds.includes('card')).map((c) => c.text);
    const written = cardTexts.flatMap(longNumbers);
    expect(written).toHaveLength(11);
    for (const card of written) expect(luhn(card), card).toBe(true);
    const spoken = cardTexts.flatMap(spokenDigits);
    expect(spoken).toEqual(['2235355471586520']);
    expect(luhn(spoken[0] ?? '')).toBe(true);
    const clean = cases.filter((c) => c.kinds.length === 0).flatMap((c) => longNumbers(c.text));
    expect(clean).toEqual(['1994400727596793', '2990177385931']);
    for (const n of clean) expect(luhn(n), n).toBe(false);
  });

  it('every phone is a valid number for libphonenumber, in the texts that expect a phone', () => {
    const phones: [string, 'US' | 'ES'][] = [
      ['435 314 9263', 'US'],
      ['(234) 730-1574', 'US'],
      ['+1 321 923 7038', 'US'],
      ['385-454-6123', 'US'],
      ['+52 33 0406 9353', 'US'],
      ['775 354 0243', 'US'],
      ['690 48 05 14', 'ES'],
      ['+34 623 20 24 12', 'ES'],
      ['684914188', 'ES'],
      ['91 124 63 07', 'ES'],
      ['+34 954 61 77 89', 'ES'],
    ];
    const phoneTexts = cases.filter((c) => c.kinds.includes('phone'));
    expect(phoneTexts.flatMap((c) => c.kinds.filter((k) => k === 'phone'))).toHaveLength(phones.length);
    for (const [phone, region] of phones) {
      const inText = phoneTexts.some((c) => c.text.includes(phone) || spokenDigits(c.text).includes(phone));
      expect(inText, phone).toBe(true);
      expect(parsePhoneNumberFromString(phone, region)?.isValid(), phone).toBe(true);
    }
  });

  it('every DNI and NIE carries its check letter, the spoken one too', () => {
    const ids = all.flatMap((t) => [...t.matchAll(/\b([XYZ]?)(\d{7,8})-?([A-Z])\b/g)]);
    expect(ids).toHaveLength(4);
    for (const [, prefix = '', digits = '', letter] of ids)
      expect(dniLetter(prefix, digits), `${prefix}${digits}${letter}`).toBe(letter);
    const spoken = all.find((t) => t.includes('la letra D de Dinamarca')) ?? '';
    expect(spokenDigits(spoken)).toEqual(['20910321']);
    expect(dniLetter('', '20910321')).toBe('D');
  });

  it('every CURP has its check digit and every SSN is a valid US number', () => {
    const curps = all.flatMap((t) => t.match(/\b[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d\b/g) ?? []);
    expect(curps).toHaveLength(3);
    const chars = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
    for (const curp of curps) {
      const sum = [...curp.slice(0, 17)].reduce((s, c, i) => s + chars.indexOf(c) * (18 - i), 0);
      expect(String((10 - (sum % 10)) % 10), curp).toBe(curp[17]);
    }
    const ssns = all.flatMap((t) => [...t.matchAll(/\b(\d{3})[- ](\d{2})[- ](\d{4})\b/g)]);
    expect(ssns.map((m) => m[0])).toEqual(['424-66-4185', '276 58 5523']);
    for (const [ssn, area = '', group, serial] of ssns) {
      const ok = area !== '000' && area !== '666' && area < '900' && group !== '00' && serial !== '0000';
      expect(ok, ssn).toBe(true);
    }
    expect(all.flatMap(spokenDigits)).toContain('789882068');
  });
});
