/**
 * The time the shopper says has gone by ("it's been forty-five days since it arrived", "hace tres
 * semanas que llegó", "ya pasaron dos meses y medio"), in days, to read against a policy's
 * windows ("within 30 days … between day 31 and day 60 … after 60 days"). Only when the question
 * says time has passed: "can I return it within 30 days" states no elapsed time. English and
 * Spanish, figures in words too. Pure.
 */
import { DAYS_PER_UNIT, ONES as NUMBER_ONES, TENS } from './number-words.ts';
import { fold } from './terms.ts';

const UNITS = '(days?|dias?|weeks?|semanas?|months?|mes|meses|years?|anos?)';

/** "a month", "un mes": an article counts one before a unit of time, as does "once" (eleven) there. */
const ONES: Readonly<Record<string, number>> = { a: 1, an: 1, un: 1, una: 1, once: 11, ...NUMBER_ONES };
const ONE_WORD = Object.keys(ONES).join('|');
const TEN_WORD = Object.keys(TENS).join('|');
/** "forty-five", "forty five", "cuarenta y cinco", "veintitrés" (folded "veintitres"), "45". */
const AMOUNT = `(\\d+(?:\\.\\d+)?|(?:${TEN_WORD})(?:[- ](?:y )?(?:${ONE_WORD}))?|veinti(?:${ONE_WORD})|${ONE_WORD})`;
const HALF = '( and a half| and half| y medio| y media)?';
/** Words that say the time has gone by, not that it is a limit asked about. */
const PASSED =
  /\b(?:since|ago|been|already|passed|gone by|later|after|owned|had it|hace|hacen|pasaron|pasado|paso|ya|llevo|lleva|desde|tengo|despues)\b/;

function amount(said: string): number {
  if (/^\d/.test(said)) return Number(said);
  const twenty = /^veinti(.+)$/.exec(said);
  if (twenty) return 20 + (ONES[twenty[1]!] ?? 0);
  const [ten, ...rest] = said.split(/[- ]/).filter((w) => w !== 'y');
  if (ten && ten in TENS) return TENS[ten]! + (ONES[rest[0] ?? ''] ?? 0);
  return ONES[said] ?? Number.NaN;
}

/**
 * The elapsed time the question says, in days, the figure as said and its unit words; undefined
 * when it says none.
 */
export function elapsedDays(question: string): { days: number; said: string; units: string[] } | undefined {
  const q = fold(question)
    .replace(/[¿?¡!.,;:]/g, ' ')
    .replace(/\s+/g, ' ');
  if (!PASSED.test(q)) return undefined;
  const re = new RegExp(`\\b${AMOUNT} ${UNITS}${HALF}\\b(?! old)`, 'g');
  for (const m of q.matchAll(re)) {
    const n = amount(m[1]!);
    const per = DAYS_PER_UNIT.find(([u]) => u.test(m[2]!))?.[1];
    if (!Number.isFinite(n) || per === undefined) continue;
    // "Mi hijo tiene 6 años" is an age: years are elapsed only after "hace", "since", "ago"….
    if (/^(?:anos?|years?)$/.test(m[2]!) && !/\b(?:hace|ago|since|been|desde|pasaron|already|ya)\b/.test(q))
      continue;
    // The unit and "y medio" are part of the figure: said wherever a window in days is.
    const units = [m[2]!, ...(m[3]?.trim().split(' ').slice(-1) ?? [])];
    return { days: Math.round((n + (m[3] ? 0.5 : 0)) * per), said: m[1]!, units };
  }
  return undefined;
}
