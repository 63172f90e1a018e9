/**
 * A Spanish correction of how many, said of the line just ordered or named, with no product verb:
 * - "mejor que sea una sola", "no, que sean tres", "que sea solo uno" (the subjunctive of being so
 *   many: the patterns know "que sean 2" only in the plural and with a digit);
 * - leaving so many in the cart: "mejor deje solo una capa", "déjame una nada más", "dejá dos nomás";
 * - so many being enough: "con una basta", "con dos me alcanza".
 * The count may be the article-like "un / una / uno" ("una sola"), which the number reader leaves as
 * a word. Runs on normalised text (no accents, numbers as digits, imperatives as tú forms). Pure.
 */

/** Words a correction opens with ("no, mejor…", "pensándolo bien…"). */
const LEAD =
  '^(?:(?:no|mejor|mejor dicho|perdon|espera|bueno|pues|oye|ah|ay|ya|y|sabes que|pensandolo bien)\\s)*';
const COUNT = '(\\d+|una|uno|un)';
const ONLY = '(?:\\s(?:sola|solo|solas|solos|solamente|nada mas|nomas|no mas|unicamente))?';
/** What the count is of: a noun, with or without an article ("una capa", "dos de las rojas"). */
const OF = '(?:\\s(?:de\\s)?(?:(?:el|la|los|las)\\s)?[a-z]+){0,2}';

const PATTERNS = [
  new RegExp(`${LEAD}que sean?(?:\\s(?:solo|solamente|nada mas))?\\s${COUNT}${ONLY}${OF}$`),
  new RegExp(
    `${LEAD}deja(?:me|le|nos|lo|la|los|las)?(?:\\s(?:solo|solamente|nada mas|nomas))?\\s${COUNT}${ONLY}${OF}${ONLY}$`,
  ),
  new RegExp(
    `${LEAD}con\\s${COUNT}${ONLY}(?:\\s(?:me|nos))?\\s(?:basta|alcanza|sobra|es suficiente|esta bien|vale|tengo)$`,
  ),
];

/** The quantity a Spanish correction asks for, or undefined when the text is no such correction. */
export function spanishQuantityChange(text: string): number | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : 1;
    return n > 0 && n < 1000 ? n : undefined;
  }
  return undefined;
}
