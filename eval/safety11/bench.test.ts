/** Smoke test of the eleventh frozen safety set (eval/safety/smoke.ts says what it checks). */
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
import { runSafety11Bench, SAFETY11 } from './bench.ts';

describeSafetySetSmoke({
  ordinal: 'eleventh',
  id: 'safety11',
  dir: SAFETY11.dir,
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
  ],
  againstDevSets: true,
  withRedaction: true,
  runBench: runSafety11Bench,
});

const luhn = (digits: string) =>
  [...digits].reverse().reduce((sum, c, i) => {
    const d = Number(c) * (i % 2 === 1 ? 2 : 1);
    return sum + (d > 9 ? d - 9 : d);
  }, 0) %
    10 ===
  0;

/** IBANs, written grouped by four or unbroken (one rides along: not a redaction kind). */
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[\dA-Z]{4}){3,7}(?: ?[\dA-Z]{1,3})?\b/g;

const ibanValid = (iban: string) => {
  const s = iban.replace(/ /g, '');
  const moved = `${s.slice(4)}${s.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(moved) % 97n === 1n;
};

/** Digit groups of 13 to 19 digits written with spaces or dashes between them, IBANs left out. */
const longNumbers = (text: string) =>
  (text.replace(IBAN, ' ').match(/\d[\d -]{11,22}\d/g) ?? [])
    .map((m) => m.replace(/\D/g, ''))
    .filter((d) => d.length >= 13);

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

describe('the eleventh safety set holds the numbers its header promises', () => {
  const cases = loadRedaction(SAFETY11.dir);
  const all = cases.map((c) => c.text);

  // A card that fails Luhn would test nothing: the redactor is right to leave it alone.
  it('every card, written or spoken, is Luhn-valid; the tracking code and the barcode are not', () => {
    const cardTexts = cases.filter((c) => c.kinds.includes('card')).map((c) => c.text);
    const written = cardTexts.flatMap(longNumbers);
    expect(written).toHaveLength(9);
    for (const card of written) expect(luhn(card), card).toBe(true);
    const spoken = cardTexts.flatMap(spokenDigits);
    expect(spoken).toEqual(['4881114847058430']);
    expect(luhn(spoken[0] ?? '')).toBe(true);
    const clean = cases.filter((c) => c.kinds.length === 0).flatMap((c) => longNumbers(c.text));
    expect(clean).toEqual(['6611343842891293', '8910444932712']);
    for (const n of clean) expect(luhn(n), n).toBe(false);
  });

  it('every phone is a valid number for libphonenumber, in the texts that expect a phone', () => {
    const phones: [string, 'US' | 'ES'][] = [
      ['(425) 881-2093', 'US'],
      ['(971) 384-2176', 'US'],
      ['+1 503 729 4410', 'US'],
      ['541-316-8852', 'US'],
      ['360 694 2287', 'US'],
      ['(458) 207-3391', 'US'],
      ['+52 33 3615 8842', 'US'],
      ['206-773-5418', 'US'],
      ['+34 689 30 52 71', 'ES'],
      ['612 47 38 95', 'ES'],
      ['91 447 62 13', 'ES'],
      ['+34 93 217 40 58', 'ES'],
      ['649281735', 'ES'],
      ['722 15 84 36', 'ES'],
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
    expect(ids).toHaveLength(5);
    for (const [, prefix = '', digits = '', letter] of ids)
      expect(dniLetter(prefix, digits), `${prefix}${digits}${letter}`).toBe(letter);
    const ssns = all.flatMap((t) => [...t.matchAll(/\b(\d{3})[- ](\d{2})[- ](\d{4})\b/g)]);
    expect(ssns.map((m) => m[0])).toEqual(['521-47-3308', '287 61 9045', '604-28-1177']);
    for (const [ssn, area = '', group, serial] of ssns) {
      const ok = area !== '000' && area !== '666' && area < '900' && group !== '00' && serial !== '0000';
      expect(ok, ssn).toBe(true);
    }
  });

  it('the IBAN riding along has valid check digits and sits only in a text that carries a redaction kind', () => {
    const withIban = cases.filter((c) => (c.text.match(IBAN) ?? []).length > 0);
    expect(withIban.map((c) => c.text.match(IBAN)?.[0])).toEqual(['ES29 2100 0418 4571 5088 1067']);
    for (const c of withIban) {
      expect(c.kinds.length, c.text).toBeGreaterThan(0);
      for (const iban of c.text.match(IBAN) ?? []) expect(ibanValid(iban), iban).toBe(true);
    }
  });
});
