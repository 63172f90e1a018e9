/**
 * Spoken identifiers in a request: order ids, promo codes, customer and document numbers and
 * postal codes after the words that introduce them, and promo codes said without the word
 * "code" ("use GLOW10", "put SPRING20 on my order", "then SAVE5").
 */
import type { Language } from '../../contract.ts';
import { STOPWORDS } from './lexicon.ts';
import { spokenCode } from './numbers.ts';
import type { Slots } from './slots.ts';

const ID_FILLERS = new Set(
  'is it the my mi es el la number numero num no id please por favor and y de del code codigo apply aplica use usa usar this este'.split(
    ' ',
  ),
);

/**
 * Tokens after the trigger (index of its last word) up to the next trigger, as a spoken code. Words
 * of a sentence among them ("is there a code a student could use") make no code: a code spelled
 * in several words is letters and numbers, not "could" or "on".
 */
function captureCode(
  raw: string[],
  after: number,
  stops: Set<number>,
  lang: Language,
  numbered: boolean,
): string | undefined {
  const out: string[] = [];
  for (let i = after + 1; i < raw.length && !stops.has(i); i++) {
    const t = raw[i]!;
    if (
      ID_FILLERS.has(t) &&
      !(
        t === 'y' &&
        out.length &&
        /^(veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)$/.test(out.at(-1)!)
      )
    )
      continue;
    out.push(t);
  }
  // A number word ("one", "uno") is a stop word too, but in a code it is a digit said aloud.
  const saysDigit = (w: string) => /\d/.test(spokenCode([w], lang));
  if (out.length >= 2 && out.some((w) => w.length >= 2 && STOPWORDS[lang].has(w) && !saysDigit(w)))
    return undefined;
  // An order id or a customer number is digits and letters said one by one ("o seven nine"), not
  // "my order doesn't reach 40 dollars": a word that is no number leaves it unsaid.
  if (numbered && out.length >= 2 && out.some((w) => /^[a-z]{3,}$/.test(w) && !saysDigit(w)))
    return undefined;
  const code = spokenCode(out, lang);
  return code.length > 0 ? code : undefined;
}

const TRIGGERS: {
  slot: 'orderId' | 'promoCode' | 'customerNumber' | 'documentNumber' | 'postalCode';
  re: RegExp;
}[] = [
  { slot: 'customerNumber', re: /^(customer|member|membership|account|cliente|socio|cuenta)$/ },
  { slot: 'documentNumber', re: /^(document|documento|dni|passport|pasaporte|cedula|nie)$/ },
  { slot: 'postalCode', re: /^(zip|postal|postcode|zipcode|postales)$/ },
  { slot: 'promoCode', re: /^(promo|coupon|voucher|cupon|promocional|descuento|discount)$/ },
  { slot: 'orderId', re: /^(order|pedido|orden)$/ },
];

/** Words after which "order" is the verb of buying ("I order", "can we order", "to order"). */
const ORDER_SUBJECT = /^(i|we|you|they|to|ll|d|can|could|should|and|then|please|just)$/;

export function extractIdentifiers(raw: string[], lang: Language, slots: Slots): Set<number> {
  const consumed = new Set<number>();
  const hits: { slot: (typeof TRIGGERS)[number]['slot']; at: number }[] = [];
  raw.forEach((t, i) => {
    // "Can I order one now": "order" said as a verb (after its subject) names no order.
    for (const tr of TRIGGERS)
      if (tr.re.test(t) && !(tr.slot === 'orderId' && ORDER_SUBJECT.test(raw[i - 1] ?? '')))
        hits.push({ slot: tr.slot, at: i });
    // "code" alone: a postal code after zip/postal, otherwise a promo code.
    if ((t === 'code' || t === 'codigo') && !hits.some((h) => h.at === i - 1 || h.at === i + 1))
      hits.push({ slot: 'promoCode', at: i });
  });
  const stops = new Set(hits.map((h) => h.at));
  for (const h of hits) {
    if (slots[h.slot]) continue;
    // Skip the rest of a multi-word trigger ("postal code", "customer number", "codigo de descuento").
    let at = h.at;
    while (/^(code|codigo|number|numero|de|id|postal|promo|promocional|descuento)$/.test(raw[at + 1] ?? ''))
      at++;
    const code = captureCode(raw, at, stops, lang, h.slot !== 'promoCode');
    // An order id, customer number or postal code has at least one digit; a promo code may be letters only.
    if (code && (h.slot === 'promoCode' || /\d/.test(code)) && code.length <= 24) {
      slots[h.slot] = code;
      for (let i = h.at; i < raw.length && !(stops.has(i) && i !== h.at); i++) consumed.add(i);
    }
  }
  if (!slots.promoCode) promoSaidAlone(raw, slots, consumed);
  return consumed;
}

/** Verbs that apply a code ("use GLOW10", "aplica el código X", "canjea X"). */
const APPLY_VERB = /^(use|apply|redeem|usa|usar|aplica|aplicar|aplicame|canjea|canjear)$/;
/** Verbs that put a code on an order only when the order is named ("put X on my order"). */
const PUT_VERB = /^(put|add|pon|ponme|mete|anade|agrega)$/;
const ON_ORDER = /\b(on|to|onto|a|en) (my|the|this|mi|el|este) (order|purchase|pedido|compra)$/;
const APPLY_SKIP = /^(the|code|promo|el|la|codigo|cupon|coupon)$/;
/** Words around a code said alone ("then SAVE5", "vale, entonces SAVE5"). */
const CODE_FILLER = /^(then|so|ok|okay|and|well|entonces|pues|vale|y|bueno|venga|con)$/;

/**
 * A promo code without the word "code": after an apply verb as the request's last word ("use
 * GLOW10"), or alone among fillers when it mixes letters and digits the way codes do ("then SAVE5").
 */
function promoSaidAlone(raw: string[], slots: Slots, consumed: Set<number>): void {
  // "Put SPRING20 on my order", "aplica X a mi pedido": the code is the word before the order.
  const onOrder = ON_ORDER.exec(raw.join(' '));
  const end = onOrder ? raw.length - onOrder[0].split(' ').length : raw.length;
  const verb = raw.findIndex((t) => APPLY_VERB.test(t) || (!!onOrder && PUT_VERB.test(t)));
  if (verb >= 0) {
    let at = verb + 1;
    while (at < end - 1 && APPLY_SKIP.test(raw[at]!)) at++;
    const t = raw[at];
    if (at === end - 1 && t && /^[a-z][a-z0-9]{3,}$/.test(t) && (/\d/.test(t) || t.length >= 6)) {
      if (!/\d/.test(t) && STOP_CODE.has(t)) return;
      slots.promoCode = t.toUpperCase();
      for (let i = verb; i <= at; i++) consumed.add(i);
      return;
    }
  }
  const rest = raw.filter((t) => !CODE_FILLER.test(t));
  if (rest.length === 1 && /^(?=[a-z0-9]*[a-z])(?=[a-z0-9]*\d)[a-z0-9]{4,12}$/.test(rest[0]!)) {
    slots.promoCode = rest[0]!.toUpperCase();
    for (let i = 0; i < raw.length; i++) consumed.add(i);
  }
}

/** Long words after an apply verb that are not codes ("use something", "prueba otra"). */
const STOP_CODE = new Set([
  'something',
  'another',
  'instead',
  'anything',
  'otra',
  'otro',
  'despues',
  'luego',
]);
