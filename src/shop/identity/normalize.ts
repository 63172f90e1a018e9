/**
 * Spoken identifiers → canonical form. STT hands us "c dash one oh oh four two", "C-10042",
 * "c 1 0 0 4 2" or "ce guion uno cero cero cuatro dos"; all of them must become "C10042".
 */

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
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
  una: '1',
  un: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
};

const TEENS: Record<string, string> = {
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  diez: '10',
  once: '11',
  doce: '12',
  trece: '13',
  catorce: '14',
  quince: '15',
  dieciseis: '16',
  diecisiete: '17',
  dieciocho: '18',
  diecinueve: '19',
  veinte: '20',
};

const TENS: Record<string, string> = {
  twenty: '2',
  thirty: '3',
  forty: '4',
  fifty: '5',
  sixty: '6',
  seventy: '7',
  eighty: '8',
  ninety: '9',
  treinta: '3',
  cuarenta: '4',
  cincuenta: '5',
  sesenta: '6',
  setenta: '7',
  ochenta: '8',
  noventa: '9',
};

/** Letter names as STT tends to write them (NATO alphabet, English and Spanish letter names). */
const LETTER_WORDS: Record<string, string> = {
  alpha: 'A',
  alfa: 'A',
  bravo: 'B',
  charlie: 'C',
  delta: 'D',
  echo: 'E',
  foxtrot: 'F',
  golf: 'G',
  hotel: 'H',
  india: 'I',
  juliet: 'J',
  kilo: 'K',
  lima: 'L',
  mike: 'M',
  november: 'N',
  oscar: 'O',
  papa: 'P',
  quebec: 'Q',
  romeo: 'R',
  sierra: 'S',
  tango: 'T',
  uniform: 'U',
  victor: 'V',
  whiskey: 'W',
  xray: 'X',
  yankee: 'Y',
  zulu: 'Z',
  bee: 'B',
  see: 'C',
  sea: 'C',
  dee: 'D',
  gee: 'G',
  jay: 'J',
  kay: 'K',
  pee: 'P',
  cue: 'Q',
  queue: 'Q',
  tee: 'T',
  tea: 'T',
  vee: 'V',
  ex: 'X',
  zed: 'Z',
  zee: 'Z',
  be: 'B',
  ce: 'C',
  efe: 'F',
  ge: 'G',
  hache: 'H',
  jota: 'J',
  ka: 'K',
  ele: 'L',
  eme: 'M',
  ene: 'N',
  pe: 'P',
  cu: 'Q',
  erre: 'R',
  ese: 'S',
  te: 'T',
  uve: 'V',
  equis: 'X',
  zeta: 'Z',
};

/** Spoken separators that carry no identifier characters. */
const FILLER_WORDS = new Set([
  'dash',
  'hyphen',
  'minus',
  'space',
  'dot',
  'point',
  'slash',
  'guion',
  'espacio',
  'punto',
  'barra',
  'y',
  'and',
  'number',
  'numero',
  'is',
  'es',
  'my',
  'mi',
  'de',
  'of',
  'the',
  'customer',
  'cliente',
  'document',
  'documento',
]);

const MULTIPLIERS: Record<string, number> = { double: 2, triple: 3, doble: 2 };

/**
 * Canonical identifier: upper-case letters and digits only. Words are mapped only when the whole
 * token is a number/letter word, so an already-typed "C-10042" passes through untouched.
 */
export function normalizeSpokenId(text: string): string {
  const tokens = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

  let out = '';
  let repeat = 1;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const mult = MULTIPLIERS[tok];
    if (mult) {
      repeat = mult;
      continue;
    }
    let piece: string;
    if (tok in DIGIT_WORDS) piece = DIGIT_WORDS[tok]!;
    else if (tok in TEENS) piece = TEENS[tok]!;
    else if (tok in TENS) {
      // "forty two" → 42, "cuarenta y dos" → 42, "forty" alone → 40.
      let j = i + 1;
      if (tokens[j] === 'y' || tokens[j] === 'and') j++;
      const unit = tokens[j] !== undefined ? DIGIT_WORDS[tokens[j]!] : undefined;
      if (unit && unit !== '0') {
        piece = TENS[tok]! + unit;
        i = j;
      } else piece = `${TENS[tok]!}0`;
    } else if (FILLER_WORDS.has(tok)) continue;
    else if (tok in LETTER_WORDS) piece = LETTER_WORDS[tok]!;
    else piece = tok.toUpperCase();
    out += piece.repeat(repeat);
    repeat = 1;
  }
  return out;
}

/** True when a spoken id names the stored id, allowing a shopper to leave out a letter prefix ("10042" for "C-10042"). */
export function spokenIdMatches(stored: string, spoken: string): boolean {
  const a = normalizeSpokenId(stored);
  const b = normalizeSpokenId(spoken);
  if (!a || !b) return false;
  if (a === b) return true;
  const prefix = a.slice(0, a.length - b.length);
  return /^\d{4,}$/.test(b) && a.endsWith(b) && /^[A-Z]+$/.test(prefix);
}
