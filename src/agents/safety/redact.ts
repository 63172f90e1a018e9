/**
 * Sensitive numbers, found and replaced before the text reaches the LLM, the logs or the
 * conversation recording: payment cards (an issuer prefix and a valid Luhn check digit, so an
 * order number of 16 digits is left alone), phone numbers (libphonenumber-js, valid numbers only,
 * the shopper's language choosing the country for national formats), US social security numbers
 * and Spanish DNI/NIE (with their check letter). Every level redacts; nothing here blocks.
 */
import { type CountryCode, findPhoneNumbersInText } from 'libphonenumber-js/max';

export type SensitiveKind = 'card' | 'phone' | 'national-id';

export interface Redaction {
  kind: SensitiveKind;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

export interface Redacted {
  text: string;
  redactions: Redaction[];
}

const PLACEHOLDER: Record<SensitiveKind, string> = {
  card: '[card number]',
  phone: '[phone number]',
  'national-id': '[id number]',
};

/** 13–19 digits, optionally grouped by single spaces or dashes. */
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
/** US SSN with separators (ddd-dd-dddd, ddd dd dddd), never the invalid areas 000, 666, 9xx. */
const SSN_GROUPED = /(?<!\d)(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?!\d)/g;
/** Nine bare digits count as an SSN only right after the words that name one. */
const SSN_NAMED = /\b(?:ssn|social security(?: number)?)\s*(?:is|:|#)?\s*((?!000|666|9\d\d)\d{9})(?!\d)/gi;
const DNI = /(?<![\dA-Za-z])(\d{8})[- ]?([A-Za-z])(?![A-Za-z\d])/g;
const NIE = /(?<![\dA-Za-z])([XYZxyz])[- ]?(\d{7})[- ]?([A-Za-z])(?![A-Za-z\d])/g;
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Issuer prefixes (IIN ranges) of the networks a shop takes: Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro. */
function issuerKnown(d: string): boolean {
  const two = Number(d.slice(0, 2));
  const four = Number(d.slice(0, 4));
  if (d[0] === '4') return d.length === 13 || d.length === 16 || d.length === 19;
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return d.length === 16;
  if (two === 34 || two === 37) return d.length === 15;
  if (d.startsWith('6011') || d.startsWith('65') || (four >= 6440 && four <= 6499)) return d.length >= 16;
  if (two === 36 || two === 38 || (four >= 3000 && four <= 3059)) return d.length >= 14;
  if (four >= 3528 && four <= 3589) return d.length >= 16;
  if (two === 62 || two === 50 || (two >= 56 && two <= 69)) return d.length >= 16;
  return false;
}

export function isCardNumber(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, '');
  return digits.length >= 13 && digits.length <= 19 && issuerKnown(digits) && luhnValid(digits);
}

export function dniValid(number: string, letter: string): boolean {
  return DNI_LETTERS[Number(number) % 23] === letter.toUpperCase();
}

export function nieValid(prefix: string, number: string, letter: string): boolean {
  const lead = 'XYZ'.indexOf(prefix.toUpperCase());
  return lead >= 0 && dniValid(`${lead}${number}`, letter);
}

function overlaps(found: Redaction[], start: number, end: number): boolean {
  return found.some((r) => start < r.end && end > r.start);
}

function collect(text: string, language: string | undefined, phones: boolean): Redaction[] {
  const found: Redaction[] = [];
  const add = (kind: SensitiveKind, start: number, end: number) => {
    if (!overlaps(found, start, end)) found.push({ kind, start, end });
  };
  for (const m of text.matchAll(CARD)) if (isCardNumber(m[0])) add('card', m.index, m.index + m[0].length);
  for (const m of text.matchAll(DNI))
    if (dniValid(m[1] ?? '', m[2] ?? '')) add('national-id', m.index, m.index + m[0].length);
  for (const m of text.matchAll(NIE))
    if (nieValid(m[1] ?? '', m[2] ?? '', m[3] ?? '')) add('national-id', m.index, m.index + m[0].length);
  for (const m of text.matchAll(SSN_GROUPED)) add('national-id', m.index, m.index + m[0].length);
  for (const m of text.matchAll(SSN_NAMED)) {
    const digits = m[1] ?? '';
    const start = m.index + m[0].length - digits.length;
    add('national-id', start, start + digits.length);
  }
  if (!phones) return found.sort((a, b) => a.start - b.start);
  for (const p of findPhones(text, language)) add('phone', p.start, p.end);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Regions tried for numbers written without a country code, whatever the language of the sentence
 * around them (a Spanish sentence may carry a US number, an English one a Spanish mobile):
 * - the shopper's language's own region first, then the US and Spain (NANP's 10 digits and Spain's
 *   9 digits starting 6–9 are both strictly checked);
 * - the UK and France only as written at home, with their trunk 0 ("07911 123456", "06 12 34 56 78");
 * - after a word that names a phone ("call me", "teléfono", "whatsapp"), any of the regions below,
 *   whose national formats would otherwise swallow order numbers and dates.
 * A number with its +country code is found whatever the region.
 */
const ALWAYS: readonly CountryCode[] = ['US', 'ES'];
const TRUNK_ZERO: readonly CountryCode[] = ['GB', 'FR'];
const NAMED: readonly CountryCode[] = ['MX', 'AR', 'CO', 'CL', 'PE', 'DE', 'IT', 'PT', 'BR', 'CA'];
/** Words that name a phone: a number after one (within a few words) is read in the named regions too. */
const PHONE_CUE_WORDS =
  '(?:phone|mobile|cell|call|text|ring|whats ?app|number|tel|tlf|telefono|teléfono|movil|móvil|llama|llámame|llamame|numero|número|contacto|fijo|celular)';
const PHONE_CUE = new RegExp(`${PHONE_CUE_WORDS}\\W*(?:\\w+\\W+){0,4}$`, 'i');

/** Digits in a row as a phone is written: up to two separators between them, an optional "+". */
const DIGIT_RUN = /\+?\d(?:[\s().\-/]{0,2}\d)*/g;
/** No number any region below accepts is shorter (trunk 0 or country code included). */
const MIN_PHONE_DIGITS = 5;
/** A number written from its trunk 0 or its "+": the only ones the trunk-zero regions accept. */
const TRUNK_OR_PLUS = /(?:^|[^\d])(?:\+|\(?0)\s?\d/;
/** The cue anywhere in the text: without one, no named region can accept a number. */
const PHONE_CUE_ANYWHERE = new RegExp(PHONE_CUE_WORDS, 'i');

function longestDigitRun(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(DIGIT_RUN)) {
    let digits = 0;
    for (const ch of m[0]) if (ch >= '0' && ch <= '9') digits++;
    if (digits > longest) longest = digits;
  }
  return longest;
}

/**
 * Every region's scan is a full parse of the text (~0.1 ms each, fourteen of them): texts that
 * cannot hold a number a region would accept skip its scan, so a product list or a price costs
 * next to nothing (a search result's payload took 40 ms to record before).
 */
function findPhones(text: string, language: string | undefined): { start: number; end: number }[] {
  if (longestDigitRun(text) < MIN_PHONE_DIGITS) return [];
  const own: CountryCode = language?.toLowerCase().startsWith('es') ? 'ES' : 'US';
  const out: { start: number; end: number }[] = [];
  const take = (country: CountryCode, accept: (raw: string, start: number) => boolean) => {
    for (const p of findPhoneNumbersInText(text, { defaultCountry: country })) {
      const raw = text.slice(p.startsAt, p.endsAt);
      if (accept(raw, p.startsAt)) out.push({ start: p.startsAt, end: p.endsAt });
    }
  };
  // Grouped like a US social security number (ddd-dd-dddd): only the shopper's own region reads it as a phone.
  const ssnShaped = (raw: string) => /^\d{3}[- ]\d{2}[- ]\d{4}$/.test(raw.trim());
  take(own, () => true);
  for (const c of ALWAYS.filter((x) => x !== own)) take(c, (raw) => !ssnShaped(raw));
  if (TRUNK_OR_PLUS.test(text)) for (const c of TRUNK_ZERO) take(c, (raw) => /^[(\s]*(?:0|\+)/.test(raw));
  if (PHONE_CUE_ANYWHERE.test(text))
    for (const c of NAMED)
      take(c, (_raw, start) => PHONE_CUE.test(text.slice(Math.max(0, start - 60), start)));
  return out;
}

export interface RedactOptions {
  /**
   * Phone numbers too (default). The assistant's own words skip them: it never saw the shopper's
   * (redacted on the way in), so a number it says is the shop's, which the shopper needs to hear.
   */
  phones?: boolean;
}

/** The text with every sensitive number replaced by a placeholder naming its kind. */
export function redactSensitive(text: string, language?: string, opts: RedactOptions = {}): Redacted {
  if (!/\d/.test(text)) return { text, redactions: [] };
  const redactions = collect(text, language, opts.phones ?? true);
  if (redactions.length === 0) return { text, redactions };
  let out = '';
  let at = 0;
  for (const r of redactions) {
    out += text.slice(at, r.start) + PLACEHOLDER[r.kind];
    at = r.end;
  }
  return { text: out + text.slice(at), redactions };
}

/** Shorthand for places that only need the text (log lines, recorded payloads). */
export function redactText(text: string, language?: string): string {
  return redactSensitive(text, language).text;
}
