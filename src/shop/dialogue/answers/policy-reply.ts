/**
 * A store policy said in the shopper's language. The owner writes the policy once (usually in
 * English); a Spanish shopper hears it in Spanish: each sentence is put into Spanish through
 * common retail-policy phrasings and the retail vocabulary when every part of it is understood.
 * A sentence that is not fully understood is never half-translated: its figures (amounts,
 * days, years, places) are said in Spanish under a Spanish frame that says the text is in
 * English, with a person offered for the rest. Pure.
 */
import { spanishName } from '../../catalog/retail-vocabulary.ts';
import type { Language } from '../../contract.ts';
import { detectLanguage } from '../understand/nlu.ts';

const TOPIC_ES: Record<string, string> = {
  returns: 'devoluciones',
  shipping: 'envíos',
  warranty: 'garantía',
  payment: 'pagos',
  privacy: 'privacidad',
  other: 'eso',
};

const COUNTRIES: Record<string, string> = {
  'united states': 'Estados Unidos',
  usa: 'Estados Unidos',
  canada: 'Canadá',
  mexico: 'México',
  spain: 'España',
  'united kingdom': 'el Reino Unido',
  uk: 'el Reino Unido',
  europe: 'Europa',
  'the eu': 'la UE',
  france: 'Francia',
  germany: 'Alemania',
  portugal: 'Portugal',
  italy: 'Italia',
  australia: 'Australia',
  overseas: 'el extranjero',
  abroad: 'el extranjero',
  international: 'el extranjero',
};
const PLACE = `(${Object.keys(COUNTRIES)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const place = (p: string) => COUNTRIES[p.toLowerCase()] ?? p;

/** "$14", "$5.95", "€20" → "14 US$" / "5,95 US$" / "20 €" (the currency sign read, decimals kept). */
function moneyEs(sign: string, amount: string): string {
  const cur = sign === '€' ? '€' : sign === '£' ? '£' : 'US$';
  return `${amount.replace('.', ',')} ${cur}`;
}
const MONEY = '([$€£])\\s?(\\d+(?:[.,]\\d{1,2})?)';
const NUM = '(\\d+)';

const STATES: Record<string, string> = {
  unused: 'sin usar',
  unopened: 'sin abrir',
  opened: 'abiertos',
  used: 'usados',
  damaged: 'dañados',
};

/**
 * Common retail-policy phrasings, English → Spanish, applied in order (case-insensitive): small
 * generic pieces that compose, never a particular store's sentences.
 */
const PHRASES: [RegExp, string | ((...m: string[]) => string)][] = [
  [/\b(?:cannot|can't|can not) be returned unless\b/gi, 'no se pueden devolver salvo si'],
  [/\barrived damaged\b/gi, 'llegaron dañados'],
  [/\bthat have been (?:worn|used)\b/gi, 'usados'],
  [/\bwe (?:do not|don't) accept\b/gi, 'no aceptamos'],
  [/\bpersonal (?:checks|cheques)\b/gi, 'cheques personales'],
  [/\bchecks\b/gi, 'cheques'],
  // "Klarna pay-in-4 is available": the service keeps its name; its plan is said in Spanish.
  [
    /^([a-z][a-z]+)(?: pay-in-(\d+))? is available\b/gi,
    (_m, name, n) =>
      `${name!.charAt(0).toUpperCase()}${name!.slice(1)}${n ? ` (pago en ${n} plazos)` : ''} está disponible`,
  ],
  [/\bsend (?:us )?a (?:photo|picture)\b/gi, 'envía una foto'],
  [/\bwithin (\d+) hours of delivery\b/gi, (_m, n) => `en un plazo de ${n} horas desde la entrega`],
  [/\bwe send a replacement\b/gi, 'te enviamos uno de reemplazo'],
  [/\bwe accept\b/gi, 'aceptamos'],
  [/\bstandard shipping\b/gi, 'el envío estándar'],
  [/\bexpress shipping\b/gi, 'el envío exprés'],
  [/\b(?:is|are) free\b/gi, 'es gratis'],
  [/\bby ground only\b/gi, 'solo por vía terrestre'],
  [new RegExp(`\\b(?:go|are shipped|travel) to ${PLACE}`, 'gi'), (_m, p) => `van a ${place(p!)}`],
  [
    /\b(?:carry|have|come with) (?:the |a )?manufacturer'?s (limited )?warranty\b/gi,
    (_m, lim) => `tienen la garantía ${lim ? 'limitada ' : ''}del fabricante`,
  ],
  [/\b(\d+) years? for\b/gi, (_m, n) => `${n} ${n === '1' ? 'año' : 'años'} para`],
  [
    new RegExp(`\\bwe (?:do not|don't) ship to ${PLACE}(?: or ${PLACE})?( yet)?`, 'gi'),
    (_m, a, b, y) => `${y ? 'todavía ' : ''}no enviamos a ${place(a!)}${b ? ` ni a ${place(b)}` : ''}`,
  ],
  [new RegExp(`\\bwe ship to ${PLACE}`, 'gi'), (_m, p) => `enviamos a ${place(p!)}`],
  [new RegExp(`\\b(?:within|in|to) (?:the )?${PLACE}\\b`, 'gi'), (_m, p) => `en ${place(p!)}`],
  [new RegExp(`\\bfor (?:a flat )?${MONEY}`, 'gi'), (_m, s, a) => `por ${moneyEs(s!, a!)}`],
  [/\b(?:free shipping|ships? free|shipping is free)\b/gi, 'envío gratis'],
  [
    new RegExp(`\\b(?:on )?orders (?:of|over) ${MONEY} or more\\b`, 'gi'),
    (_m, s, a) => `en pedidos de ${moneyEs(s!, a!)} o más`,
  ],
  [
    new RegExp(`\\b(?:on )?orders (?:of|over) ${MONEY}\\b`, 'gi'),
    (_m, s, a) => `en pedidos de más de ${moneyEs(s!, a!)}`,
  ],
  [new RegExp(`\\band ${MONEY} otherwise\\b`, 'gi'), (_m, s, a) => `y ${moneyEs(s!, a!)} en los demás casos`],
  [
    new RegExp(`\\b(?:delivered|arrives?) in ${NUM} to ${NUM} business days`, 'gi'),
    (_m, a, b) => `con entrega de ${a} a ${b} días hábiles`,
  ],
  [
    new RegExp(`\\bdelivery takes ${NUM} to ${NUM} business days`, 'gi'),
    (_m, a, b) => `la entrega tarda de ${a} a ${b} días hábiles`,
  ],
  [new RegExp(`\\b${NUM} to ${NUM} business days`, 'gi'), (_m, a, b) => `de ${a} a ${b} días hábiles`],
  [/\bwithin (\d+) days of (?:delivery|receipt)\b/gi, (_m, n) => `en un plazo de ${n} días desde la entrega`],
  [/\bwithin (\d+) days of purchase\b/gi, (_m, n) => `en un plazo de ${n} días desde la compra`],
  [/\bwithin (\d+) days\b/gi, (_m, n) => `en un plazo de ${n} días`],
  // Limits and exclusions: a Spanish reply that drops them says the opposite of the policy.
  [/\b(?:can|may) be returned only\b/gi, 'solo se pueden devolver'],
  [/\bonly unworn\b/gi, 'solo sin usar'],
  [/\bunworn\b/gi, 'sin usar'],
  [/\bwith (?:their|its|the) tags (?:on|attached)\b/gi, 'con las etiquetas puestas'],
  [/\bare not covered\b/gi, 'no están cubiertos'],
  [/\bis not covered\b/gi, 'no está cubierto'],
  [/\b(?:cannot|can't|can not) be (?:shipped|sent|delivered)\b/gi, 'no se pueden enviar'],
  [/\bwe (?:do not|don't) ship to other countries\b/gi, 'no enviamos a otros países'],
  [/\b(?:can|may) be returned\b/gi, 'se pueden devolver'],
  [/\b(?:cannot|can't|can not) be returned\b/gi, 'no se pueden devolver'],
  [/\bare non-?refundable\b/gi, 'no tienen reembolso'],
  [/\bonly if (?:they are|it is) defective\b/gi, 'solo si son defectuosos'],
  [/\bwith (?:the |a )?(?:proof of purchase|receipt)\b/gi, 'con el tique de compra'],
  [/\bfor a full refund\b/gi, 'con reembolso completo'],
  [/\bto the original payment method\b/gi, 'al método de pago original'],
  [/\bin (?:their|its|the) original packaging\b/gi, 'en su embalaje original'],
  [/\bwith duties included\b/gi, 'con aranceles incluidos'],
  [/\b(\d+)[- ]years? warranty\b/gi, (_m, n) => `garantía de ${n} ${n === '1' ? 'año' : 'años'}`],
  // "All work boots carry a 6-month warranty": the products named through the retail vocabulary.
  [
    /\b(?:all )?([a-z-]+(?: [a-z-]+)?) (?:carry|have|come with) (?:a |an )?(\d+)[- ](month|year)s? warranty\b/gi,
    (m, noun, n, unit) => {
      // "work boots" → "botas" when the vocabulary knows only the head noun.
      const es = spanishName(noun!).name ?? spanishName(noun!.split(' ').at(-1)!).name;
      const span =
        unit!.toLowerCase() === 'month' ? (n === '1' ? 'mes' : 'meses') : n === '1' ? 'año' : 'años';
      return es ? `${es.toLowerCase()} tienen una garantía de ${n} ${span}` : `${UNTRANSLATED}${m}`;
    },
  ],
  [/\b(\d+)[- ]months? warranty\b/gi, (_m, n) => `garantía de ${n} ${n === '1' ? 'mes' : 'meses'}`],
  [/\bagainst (?:manufacturing|manufacturer'?s?) defects\b/gi, 'contra defectos de fabricación'],
  [/\bare warranted for life\b/gi, 'tienen garantía de por vida'],
  [/\b(?:a )?lifetime warranty\b/gi, 'garantía de por vida'],
  [/\bfor the original (?:owner|purchaser|buyer)\b/gi, 'para el comprador original'],
  [
    /\b(?:are|is) covered for (\d+) years?\b/gi,
    (_m, n) => `tienen ${n} ${n === '1' ? 'año' : 'años'} de cobertura`,
  ],
  [/\bfor life\b/gi, 'de por vida'],
  // "unused tools" → "herramientas sin usar": the state follows the noun in Spanish.
  [
    /\b(unused|unopened|opened|used|damaged) ([a-z-]+(?: [a-z-]+)?)\b/gi,
    (m, state, noun) => {
      const es = spanishName(noun!).name;
      const st = STATES[state!.toLowerCase()]!;
      return es ? `${es.toLowerCase()} ${st}` : `${UNTRANSLATED}${m}`;
    },
  ],
];

// Translated pieces are wrapped in these marks until the sentence is checked.
/** The most sentences of an answer quoted as written (more is the whole topic: its figures only). */
const MAX_QUOTED = 2;

const OPEN = '\u0001';
const CLOSE = '\u0002';
const wrap = (x: string) => `${OPEN}${x}${CLOSE}`;
/** Marks a phrase matched but not put into Spanish ("unopened bags of"): never said as Spanish. */
const UNTRANSLATED = '\u0003';

/** Words outside the phrase table, read through the retail vocabulary ("tools" → herramientas). */
function vocabularyWords(piece: string): string {
  return piece.replace(/\b([A-Za-z][a-z-]*)\b/g, (w) => {
    if (/^(and|or)$/.test(w)) return wrap(w === 'and' ? 'y' : 'o');
    const es = spanishName(w).name;
    return es ? wrap(/^[A-Z]/.test(w) && w !== w.toUpperCase() ? es : es.toLowerCase()) : w;
  });
}

/** The sentence with its understood pieces wrapped (policy phrasings first, then retail words). */
function wrapped(sentence: string, words = true): string {
  let s = sentence.trim().replace(/[.!?]+$/, '');
  const head = /^(returns|shipping|warranty|payment|privacy)\s*:\s*/i.exec(s);
  if (head) s = s.slice(head[0].length);
  // The first word is capitalised as a sentence's, not as a name.
  s = s.replace(/^([A-Z])([a-z])/, (_m, a: string, b: string) => `${a.toLowerCase()}${b}`);
  // A phrasing never rewrites inside a piece already matched: "3-month warranty" inside a
  // "<noun> carry a 3-month warranty" left in English would nest a mark and lose its figure.
  const marked = new RegExp(`(${OPEN}[^${CLOSE}]*${CLOSE})`);
  for (const [re, to] of PHRASES)
    s = s
      .split(marked)
      .map((part) =>
        part.startsWith(OPEN)
          ? part
          : part.replace(re, (...m: string[]) => wrap(typeof to === 'string' ? to : to(...m))),
      )
      .join('');
  if (!words) return s;
  return s
    .split(new RegExp(`(${OPEN}[^${CLOSE}]*${CLOSE})`))
    .map((part) => (part.startsWith(OPEN) ? part : vocabularyWords(part)))
    .join('');
}

/** The sentence in Spanish, or null when a word of it is neither translated nor a name or figure. */
function sentenceEs(sentence: string): string | null {
  const s = wrapped(sentence);
  if (s.includes(UNTRANSLATED)) return null;
  const left = s.replace(new RegExp(`${OPEN}[^${CLOSE}]*${CLOSE}`, 'g'), ' ');
  // Only names (capitalised), figures and punctuation may stay as written.
  if (/(^|[^A-Za-z])[a-z]/.test(left.replace(/\b[A-Z][\w-]*/g, ''))) return null;
  const out = s
    .replace(new RegExp(`[${OPEN}${CLOSE}]`, 'g'), '')
    .replace(/\ba el\b/g, 'al')
    .replace(/\bde el\b/g, 'del')
    .replace(/\s+/g, ' ')
    .trim();
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}.`;
}

/**
 * What of a sentence not fully understood can be said in Spanish, in its order: the policy
 * phrasings and retail words understood ("cascos", "no se pueden devolver") and the figures of
 * the rest ("30 días", "Canadá"). Never a half-translated sentence: a list of facts.
 */
function piecesEs(sentence: string): string[] {
  const out: string[] = [];
  const phrased = wrapped(sentence, false);
  // The sentence's subject, when it opens it and the vocabulary knows it ("Helmets …" → cascos).
  const first = /^([A-Za-z-]+)\s/.exec(phrased)?.[1];
  const subject = first ? spanishName(first).name : undefined;
  if (subject) out.push(subject.toLowerCase());
  for (const part of phrased.split(new RegExp(`(${OPEN}[^${CLOSE}]*${CLOSE})`))) {
    if (part.startsWith(OPEN)) {
      const piece = part.slice(1, -1).trim();
      // A phrasing matched but not put into Spanish still gives its figures ("a 3-month warranty").
      if (!piece.startsWith(UNTRANSLATED)) out.push(piece);
      else out.push(...figuresEs(piece.slice(1)));
    } else out.push(...figuresEs(part));
  }
  return [...new Set(out.filter((x) => x.length > 1))];
}

/** The figures of a sentence, said in Spanish ("19,99 US$", "de 5 a 9 días hábiles", "Canadá"). */
function figuresEs(sentence: string): string[] {
  const out: string[] = [];
  const re = new RegExp(
    `${MONEY}|${NUM} to ${NUM} (business )?days|${NUM} days|${NUM} hours|${NUM}[- ]years?|\\b${PLACE}\\b|(\\d+)\\s?%|\\bfor life\\b|\\bfree\\b|\\b(installments?|instalments?|monthly payments)\\b|${NUM}[- ](month|week)s?\\b`,
    'gi',
  );
  // Names inside the sentence ("Klarna", "Shop Pay", "FedEx") say what the policy offers in any
  // language; the sentence's own first word is capitalised as a sentence's, not as a name.
  const names = [...sentence.matchAll(/(?<=[a-z0-9,;] )[A-Z][a-z]+[A-Z]?[a-z]*(?: [A-Z][a-z]+)*/g)]
    .map((m) => m[0])
    .filter((n) => !new RegExp(`^${PLACE}$`, 'i').test(n));
  for (const m of sentence.matchAll(re)) {
    if (m[1]) out.push(moneyEs(m[1], m[2]!));
    else if (m[3]) out.push(`de ${m[3]} a ${m[4]} días${m[5] ? ' hábiles' : ''}`);
    else if (m[6]) out.push(`${m[6]} días`);
    else if (m[7]) out.push(`${m[7]} horas`);
    else if (m[8]) out.push(`${m[8]} ${m[8] === '1' ? 'año' : 'años'}`);
    else if (m[9]) out.push(place(m[9]));
    else if (m[10]) out.push(`${m[10]} %`);
    else if (/life/i.test(m[0])) out.push('de por vida');
    else if (m[11]) out.push('pago a plazos');
    // "a 6-month warranty", "2 weeks": a span of months or weeks is a figure as days and years are.
    else if (m[12])
      out.push(
        `${m[12]} ${m[13]!.toLowerCase() === 'month' ? (m[12] === '1' ? 'mes' : 'meses') : m[12] === '1' ? 'semana' : 'semanas'}`,
      );
    else out.push('gratis');
  }
  return [...new Set([...out, ...names])];
}

/**
 * The policy text for a topic in the shopper's language. `quoted`: the text is the one or two
 * sentences that answer the question: one not understood is quoted as written, under a Spanish
 * frame, since its figures alone ("Express", "1 año") lose what it says ("we do not accept…",
 * "carry no warranty"); a whole topic's text keeps its figures only (too long to quote).
 */
export function policyReply(text: string, topic: string, lang: Language, quoted = false): string {
  if (lang === 'en') return text;
  // A policy the owner wrote in Spanish is said as written: only an English text needs reading.
  if (detectLanguage(text, 'en') === 'es') return `Sobre ${TOPIC_ES[topic] ?? TOPIC_ES.other!}: ${text}`;
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  const said: string[] = [];
  const figures: string[] = [];
  const unread: string[] = [];
  for (const s of sentences) {
    const es = sentenceEs(s);
    if (es) said.push(es);
    else {
      figures.push(...piecesEs(s));
      // Quoted without the section's label ("Warranty: …") or its closing stop.
      unread.push(
        s
          .trim()
          .replace(/^(returns|shipping|warranty|payment|privacy|services?|[A-Z][a-z]+)\s*:\s*/, '')
          .replace(/[.!]$/, ''),
      );
    }
  }
  const about = TOPIC_ES[topic] ?? TOPIC_ES.other!;
  const parts: string[] = [];
  if (said.length > 0) parts.push(`Sobre ${about}: ${said.join(' ')}`);
  if (quoted && unread.length > 0 && sentences.length <= MAX_QUOTED) {
    const quote = `${said.length > 0 ? 'Además, la política' : `Sobre ${about}, la política de la tienda`} lo dice en inglés: «${unread.join('. ')}»${figures.length > 0 ? `; sus datos: ${[...new Set(figures)].join(', ')}` : ''}. Si quieres, te paso con una persona que te lo explique.`;
    // Only while the reply still reads as Spanish: a long English quote under a short frame does not.
    const reply = [...parts, quote].join(' ');
    if (detectLanguage(reply, 'en') === 'es') return reply;
  }
  if (figures.length > 0)
    parts.push(
      `${said.length > 0 ? 'El resto de la política' : `Sobre ${about}, la política de la tienda`} está escrita en inglés; estos son sus datos: ${[...new Set(figures)].join(', ')}. Si quieres los detalles, te paso con una persona.`,
    );
  if (parts.length === 0)
    return `Sobre ${about}, la política de la tienda está escrita en inglés y no sé decírtela bien. Si quieres, te paso con una persona.`;
  return parts.join(' ');
}
