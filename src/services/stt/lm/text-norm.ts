/**
 * Spoken-form normalisation shared by the LM builder and the benchmark's WER scoring:
 * lower case, digits as words, symbols spelled out, only letters and apostrophes kept.
 */
const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0 ≤ n < 1e9, integer, as English words ("one hundred twenty five"). */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e9) throw new RangeError(`numberToWords: unsupported ${n}`);
  if (n < 20) return ONES[n] as string;
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? ` ${ONES[n % 10]}` : ''}`;
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` ${numberToWords(n % 100)}` : ''}`;
  if (n < 1e6)
    return `${numberToWords(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${numberToWords(n % 1000)}` : ''}`;
  return `${numberToWords(Math.floor(n / 1e6))} million${n % 1e6 ? ` ${numberToWords(n % 1e6)}` : ''}`;
}

/** "4521" → "four five two one" (order numbers, codes). */
export function digitsToWords(digits: string): string {
  return [...digits].map((d) => ONES[Number(d)] ?? '').join(' ');
}

export const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

const CURRENCY_WORDS: Record<string, [string, string]> = {
  USD: ['dollar', 'dollars'],
  EUR: ['euro', 'euros'],
  GBP: ['pound', 'pounds'],
  MXN: ['peso', 'pesos'],
};

export function currencyWord(code: string, amount: number): string {
  const [one, many] = CURRENCY_WORDS[code.toUpperCase()] ?? ['dollar', 'dollars'];
  return amount === 1 ? one : many;
}

/** Ways people say a price: "forty nine dollars", "forty nine ninety nine". */
export function priceToWords(price: number, currency: string): string[] {
  const whole = Math.floor(price);
  const cents = Math.round((price - whole) * 100);
  const out = [`${numberToWords(whole)} ${currencyWord(currency, whole)}`];
  if (cents > 0) out.push(`${numberToWords(whole)} ${numberToWords(cents)}`);
  return out;
}

/** Spoken forms of clothing/shoe sizes ("XL" → "extra large", "10.5" → "ten and a half"). */
export function sizeToWords(size: string): string[] {
  const s = size.trim().toUpperCase();
  const letters: Record<string, string[]> = {
    XXS: ['double extra small'],
    XS: ['extra small'],
    S: ['small'],
    M: ['medium'],
    L: ['large'],
    XL: ['extra large', 'x l'],
    XXL: ['double extra large', 'two x l'],
    XXXL: ['triple extra large', 'three x l'],
    OS: ['one size'],
  };
  const named = letters[s];
  if (named) return named;
  const half = /^(\d+)\.5$/.exec(s);
  if (half)
    return [`${numberToWords(Number(half[1]))} and a half`, `${numberToWords(Number(half[1]))} point five`];
  return [normalizeText(size)];
}

/** Dimensions: "4 x 7 in", "2x2" are said "four by seven", "two by two". */
export const DIMENSION_X = /(\d)\s*[x×]\s*(?=\d)/gi;

/** Turns arbitrary catalog or transcript text into space-separated lower-case spoken words. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .replace(/\+/g, ' plus ')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(DIMENSION_X, '$1 by ')
    .replace(/(\d+)\.(\d+)/g, (_, a: string, b: string) => ` ${a} point ${[...b].join(' ')} `)
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/\d+/g, (d) => ` ${d.length > 4 ? digitsToWords(d) : numberToWords(Number(d))} `)
    .replace(/[’`]/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/(^| )'+|'+( |$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
