/**
 * Figures said in words and units of time, English and Spanish (folded, as the knowledge module compares text), for
 * reading a shopper's question and a passage alike: "forty-five days", "un niño de seis años".
 * One table, so every reader of figures knows the same words.
 */

/**
 * One to nineteen; articles are not numbers here, nor is Spanish "once" (eleven), which English
 * text says as "once a month": a reader that knows the language adds it.
 */
export const ONES: Readonly<Record<string, number>> = {
  one: 1,
  uno: 1,
  two: 2,
  dos: 2,
  three: 3,
  tres: 3,
  four: 4,
  cuatro: 4,
  five: 5,
  cinco: 5,
  six: 6,
  seis: 6,
  seven: 7,
  siete: 7,
  eight: 8,
  ocho: 8,
  nine: 9,
  nueve: 9,
  ten: 10,
  diez: 10,
  eleven: 11,
  twelve: 12,
  doce: 12,
  thirteen: 13,
  trece: 13,
  fourteen: 14,
  catorce: 14,
  fifteen: 15,
  quince: 15,
  sixteen: 16,
  dieciseis: 16,
  seventeen: 17,
  diecisiete: 17,
  eighteen: 18,
  dieciocho: 18,
  nineteen: 19,
  diecinueve: 19,
};

/** Twenty to ninety. */
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  veinte: 20,
  thirty: 30,
  treinta: 30,
  forty: 40,
  cuarenta: 40,
  fifty: 50,
  cincuenta: 50,
  sixty: 60,
  sesenta: 60,
  seventy: 70,
  setenta: 70,
  eighty: 80,
  ochenta: 80,
  ninety: 90,
  noventa: 90,
};

/** Every single word that is a figure: ones, tens and a hundred. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { ...ONES, ...TENS, hundred: 100, cien: 100 };

/** Units of time (folded, EN/ES) and their length in days, as a policy's windows count them. */
export const DAYS_PER_UNIT: readonly (readonly [RegExp, number])[] = [
  [/^(?:days?|dias?)$/, 1],
  [/^(?:weeks?|semanas?)$/, 7],
  [/^(?:months?|mes|meses)$/, 30],
  [/^(?:years?|anos?)$/, 365],
];
