/**
 * What kind of answer a question wants, from its wording alone (English and Spanish): a price, a
 * time or duration, a count, a place, or a yes or no. Ranking prefers passages that hold that kind
 * of fact ("how much is delivery" → the passage with "$4.99"), and the answer says the sentences
 * that hold it. Pure.
 */
import { NUMBER_WORDS } from './number-words.ts';
import { fold, meaningfulWords } from './terms.ts';

export type QuestionKind = 'price' | 'duration' | 'count' | 'temperature' | 'size' | 'yesno' | 'other';

const KINDS: [QuestionKind, RegExp][] = [
  [
    'price',
    /\b(how much(?! (room|space|(does|do|will) (it|they|one|that) weigh|weighs?)\b)|what does it cost|cost|costs|price|fee|fees|charge|charged|spend|cuanto (cuesta|cuestan|vale|valen|cobrais|cobran|me cobrais|sale)|precio|coste|costo|cobrais|cobran|a partir de que importe|importe|gastar)\b/,
  ],
  // Before count: "how cold can the water get" wants degrees, "how much room" a measure. Before
  // duration too: "how big is it when it's folded" asks a measure, its "when" no time.
  [
    'temperature',
    /\b(how (hot|cold|warm|cool|chilly)|what temperature|how many degrees|que temperatura|a que temperatura|cuantos grados|que tan (frio|fria|caliente)|cuanto (calienta|enfria))\b/,
  ],
  [
    'size',
    /\b(how (big|tall|wide|high|deep|heavy|much room|much space)|how long is (?![^?]*\b(going to|take|takes|last|lasts|wait|stay|open|valid|good for|keep|until|till|warranty|guarantee|trial|session|lesson|class|course|window|period|term|contract|lease|rental|loan|plan|delay|drive|trip|ride|visit|appointment|tour|queue|line)\b)|how much ((does|do|will) (it|they|one|that) weigh|weighs?)|what size|what dimensions|que tamano|cuanto (mide|ocupa|pesa|pesan)|cuanto espacio|que altura|que medidas)\b/,
  ],
  [
    'duration',
    /\b(how long|how soon|how quickly|how many (days|hours|weeks|months|years)|when|what time|(what|which) (hours|days)|que (horario|dias)|until when|today|tonight|tomorrow|cuanto tarda|cuanto tardan|cuantos (dias|anos|meses)|cuantas (horas|semanas)|cuando|a que hora|hasta cuando|plazo|hoy|manana)\b/,
  ],
  ['count', /\b(how many|maximum|minimum|max|min|limit|cuantos|cuantas|maximo|minimo|limite)\b/],
  [
    'yesno',
    /^(and |so |but |also |y |pero |entonces |oye )?(can|could|do|does|did|is|are|will|would|should|may|am|have|has|puedo|puede|pueden|podeis|podria|podriais|se puede|se pueden|hay|tiene|tienen|teneis|es|son|esta|estan|aceptais|aceptan|haceis|hacen|enviais|envian|mandais|instalais|cobrais|os|me|lo|la|le)\b/,
  ],
];

export function questionKind(question: string): QuestionKind {
  const q = fold(question)
    // "Unos cuantos golpes" is "a few hits", not "how many".
    .replace(/\b(unos|unas) cuant[oa]s\b/g, 'varios')
    .replace(/[¿?¡!.,;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A yes/no question may follow a statement ("I opened a pack. Can I send it back?").
  const last = q.split(/(?<=[.?!])\s+/).at(-1) ?? q;
  for (const [kind, re] of KINDS) if (re.test(kind === 'yesno' ? lastClause(last) : q)) return kind;
  // "I opened a pack and they look yellow, can I send them back": the asking part follows —
  // unless it asks which or what ("my son is 4, which class would he go in").
  if (ASKS_YES_NO.test(q) && !WH_ASKED.test(askingClause(question))) return 'yesno';
  return 'other';
}

const ASKS_YES_NO =
  /\b(can|could|will|would|may|do|does|is|are) (i|we|you|u|it|they|that|this|these|those|he|she)\b|\b(puedo|puede|pueden|se puede|se pueden|podeis|podriais|aceptais|lo cubre|la cubre|los cubre|las cubre)\b/;

const WH_ASKED =
  /^(?:and |so |but )?(?:which|what|where|who|whom|whose|why|how|que|cual|cuales|donde|quien|quienes|por que|como)\b/;

/** The question's last clause as typed, commas kept ("my son is 4, which class…" → "which class…"). */
function askingClause(question: string): string {
  const clauses = fold(question)
    .replace(/[¿¡]/g, '')
    .split(/[,;]|(?<=[.?!])\s+/)
    .map((c) => c.replace(/[?!.]/g, '').trim())
    .filter(Boolean);
  return clauses.at(-1) ?? '';
}

/** The clause that asks ("my eggs arrived broken, can I get a refund" → "can I get a refund"). */
function lastClause(q: string): string {
  const parts = q.split(/,\s*/);
  return parts.at(-1)!.trim() || q;
}

// "25 €": no word boundary follows a currency sign, so only the unit words need one.
const MONEY = /[$€£]\s?\d|\d(?:[.,]\d+)?\s?(?:€|(?:eur|euros?|dollars?|usd|cents?|centimos?)\b)/i;
/**
 * A fee stated as a share of the price ("a rush fee of 50% of the price", "un recargo del 20 %"):
 * what "how much extra does it cost" is answered with, though it names no currency.
 */
const FEE_PERCENT =
  /\b(?:fees?|charges?|surcharges?|recargos?|cargos?|comision(?:es)?)\b[^.]{0,60}?\d\s?%|\d\s?%[^.]{0,60}?\b(?:fees?|charges?|surcharges?|recargos?|cargos?|comision(?:es)?)\b/;
/** A duration or a time: a figure in a unit, "next day", or the days of the week ("ship Monday to Wednesday"). */
const TIME =
  /\b\d+(?:[.,]\d+)?\s?(?:-|to|a)?\s?\d*\s?(?:(?:working|business|calendar|full) )?(?:minutes?|mins?|hours?|h|days?|business days|weeks?|months?|years?|am|pm|minutos?|horas?|dias?|semanas?|meses|mes|anos?)\b|\b(same|next) day\b|\bmismo dia\b|\b(at once|immediately|de inmediato|al momento)\b|\b(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays?|weekends?|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?)\b/i;
const COUNT = /\b\d+\b/;
const TEMPERATURE = /\d\s?(?:°|º|degrees?|grados?)|\b\d+\s?(?:c|f)\b/i;
const SIZE =
  /\b\d+(?:[.,]\d+)?\s?(?:by|x|por)?\s?\d*\s?(?:feet|foot|ft|inches|inch|in|meters?|metres?|m|cm|mm|yards?|metros?|centimetros?|pies|pulgadas|square feet|sq ft|gallons?|liters?|litres?|litros?|pounds?|lbs?|kg|kilos?|kilograms?|kilogramos?)\b/i;

/** A question's figures in words; "una" too ("una semana"). */
const QUESTION_NUMBER_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, una: 1 };
const NUMBER_WORD = new RegExp(
  `\\b(${Object.keys(QUESTION_NUMBER_WORDS).join('|')})\\b(?=\\s+(?:to|or|a|o|\\d|[a-z]))`,
  'g',
);

/**
 * A figure said in words as digits ("three to five weeks" → "3 to 5 weeks", "seats four adults"
 * → "seats 4 adults"), so a passage saying it in words holds a duration or a count as one saying
 * "4 h" does. Only before another word, so a lone "one" or "once" at a sentence's end stays.
 */
export function figuresOf(text: string): string {
  return text.replace(NUMBER_WORD, (w) => String(QUESTION_NUMBER_WORDS[w]));
}

/** Whether a text holds the kind of fact a question of this kind wants (any text for yes/no and other). */
export function holdsAnswer(kind: QuestionKind, text: string): boolean {
  const t = figuresOf(fold(text));
  if (kind === 'temperature') return TEMPERATURE.test(t);
  if (kind === 'size') return SIZE.test(t);
  if (kind === 'price')
    return (
      MONEY.test(t) || FEE_PERCENT.test(t) || /\b(free|gratis|gratuit[oa]|sin coste|no charge)\b/.test(t)
    );
  if (kind === 'duration') return TIME.test(t);
  if (kind === 'count') return COUNT.test(t);
  return false;
}

/**
 * A place a delivery or store question asks about by name ("do you ship to Canada", "¿tenéis
 * tienda en Barcelona?"): a capitalised word, as typed, after a place preposition that follows a
 * word of sending or of a store. Undefined when none.
 */
export function askedPlace(question: string): string | undefined {
  const m =
    /\b(?:ship|shipping|deliver|delivery|send|post|mail|store|stores|shop|shops|showroom|located|env[ií]\p{L}*|mand\p{L}*|entreg\p{L}*|tienda|tiendas|local)\b[^.?!]{0,30}?\b(?:to|in|into|at|near|en|a|hasta|cerca de)\s+([A-ZÁÉÍÓÚÑ][\p{L}-]+(?:\s+[A-ZÁÉÍÓÚÑ][\p{L}-]+)?)/u.exec(
      question,
    );
  return m?.[1];
}

const OFFER_VERB =
  '(?:sell|rent|rent out|offer|have|do|make|give|provide|carry|stock|hire|hiring|repair|fix|service)';
/**
 * "Do you sell …", "they sell …" (a Spanish question's English reading drops the "do"), "have
 * …" and "sell …" (it drops the subject too), or the Spanish verb itself.
 */
const OFFER = new RegExp(
  '^(?:and |so |hey |also |y |oye |pero )?(?:' +
    `(?:(?:do|does|can|could|will|would|are) )?(?:you|u|y all|they|we)(?: guys| all)? ${OFFER_VERB}` +
    '|(?:sell|rent|offer|have|make|provide|carry|stock|repair|fix)' +
    '|(?:vendeis|venden|vendes|rentan|rentais|alquilais|alquilan|ofreceis|ofrecen|teneis|tienen|haceis|hacen|dais|dan|reparan|reparais|arreglan|arreglais)' +
    ')\\b(.*)$',
);
/** Words that say nothing of what is offered ("any kind of", "algún tipo de"). */
const FILLER =
  /\b(?:(?:any|some) )?(?:kind|sort|type)s? of\b|\b(?:algun|alguna|algunos|algunas) (?:tipo|clase) de\b/g;
/**
 * Where what is offered ends: a condition, a reason or what it is for ("a discount if I buy
 * two", "mattresses that fit a camper", "tables and chairs for parties").
 */
const OFFER_END =
  /\b(if|when|because|that|which|who|where|to|for|in|at|with|si|cuando|porque|que|donde|para|en|con)\b/;

/**
 * What a question asks whether the shop offers ("do you sell water beds" → "water beds", "¿tenéis
 * descuento para estudiantes?" → "descuento para estudiantes"): only a passage that names it
 * answers, not one sharing the verb or a neighbouring word ("we sell spare covers"). Undefined
 * when the question does not ask that.
 */
export function askedOffer(question: string): string | undefined {
  const m = offerAsked(question);
  const thing = m?.[1]?.split(OFFER_END)[0]?.trim();
  if (thing) return thing;
  // "Is there a student discount", "¿hay programa de fidelidad?" asks for an offer too, when
  // all that follows is the thing, named in two or three words. One word ("is there a minimum",
  // "¿hay garantía?") is asked about, and a page saying it otherwise answers it; so does a longer
  // rest ("a limit on how many miles I can drive", "a trial before I pay"): a question about it.
  const rest = EXISTS.exec(clean(question))?.[1] ?? '';
  // Spanish joins a compound's nouns with "de" ("programa de fidelidad").
  const named = rest.split(' ').filter((w) => w !== 'de');
  return named.length >= 2 && named.length <= 3 && meaningfulWords(named.join(' ')).length === named.length
    ? rest
    : undefined;
}

/** "Is there …", "are there any …", "¿hay …?". */
const EXISTS =
  /^(?:and |so |also |y |pero )?(?:is there|are there|hay)(?: (?:a|an|any|some|algun|alguna|algunos|algunas|un|una))? (.*)$/;

function clean(question: string): string {
  return fold(question)
    .replace(/[¿?¡!.,;:']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(FILLER, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function offerAsked(question: string): RegExpExecArray | null {
  const q = clean(question);
  return OFFER.exec(q) ?? RENT_ASKED.exec(q);
}

/**
 * The verb of an offer question when it is itself what is asked, as the start its forms share
 * ("rent", "hir", "alquil"): "do you rent wedding dresses" is not answered by a shop that sells
 * them, nor "are you hiring mechanics" by its mechanics' page. Undefined for "do you sell / have /
 * offer …" and for other questions.
 */
export function askedRenting(question: string): string | undefined {
  const m = offerAsked(question);
  const asking = m?.[0].slice(0, m[0].length - (m[1]?.length ?? 0));
  // "We rent bikes to tourists, what about the warranty": the shopper's own business, not asked.
  if (!asking || /^(?:(?:and|so|hey|also) )?we\b/.test(asking)) return undefined;
  const verb = RENTING.exec(asking)?.[1];
  // As the start of the passage's words: "rent" is said "rented" or "rental", "hire" "hiring".
  return verb && (/^(?:rent|alquil|hir|leas)/.exec(verb)?.[0] ?? verb);
}

/** Verbs that are themselves what is asked ("rent", "hire"), unlike "have", "sell" or "do". */
const RENTING =
  /\b(rent|lease|hire|hiring|rentan|rentais|rentas|rentar|alquilan|alquilais|alquilas|alquilar)\b/;
/** "Can I rent one of your kilns", "¿puedo alquilar…?": renting asked with the shopper as subject. */
const RENT_ASKED =
  /^(?:and |so |hey |also |y |oye |pero )?(?:(?:can|could|may) (?:i|we) (?:rent|lease|hire)|(?:puedo|podemos|se puede) (?:alquilar|rentar))\b(.*)$/;
