/**
 * Intents any store's shoppers use beyond browsing and the cart: start over, empty the cart,
 * cancel an order, ask what promos there are, ask about store policies, and ask a product's
 * specs. Patterns run on normalised text (numbers as digits, no accents).
 */
import type { SpecName } from '../../catalog/search-specs.ts';
import type { Language } from '../../contract.ts';
import { DAMAGED_EN, DAMAGED_ES, POLICY_MORE, SERVICE_VERBS_ES } from './policy-questions.ts';

export type ExtraIntent = 'reset' | 'clear_cart' | 'cancel_order' | 'list_promos' | 'policy';

const PROMO_WORDS =
  '(promos?|promotions?|deals?|discounts?|offers?|coupons?|sales?|discount codes?|promo codes?)';
const PROMO_ES =
  '(promociones|promocion|ofertas?|descuentos?|rebajas|cupon(es)?|codigos?( de descuento| promocionales?)?)';

const BASE_PATTERNS: Record<Language, Record<ExtraIntent, RegExp>> = {
  en: {
    reset:
      /^(ok |okay |so |actually )?(let s |lets )?(start (over|again|afresh|from scratch)|begin again|reset|new search|forget (that|it|all that|everything)|clear (the |my )?(search|filters))\b|\b(start over|start again|from scratch)\b/,
    clear_cart:
      /\b(empty|clear|wipe|reset) (out )?(my |the |this )?(whole |entire )?(shopping )?(cart|basket|bag)\b|^(please |just |ok |so )?(clear|empty) (it|it out|it all)$|^(please )?(clear|empty|remove|delete) (out )?(everything|it all|all of it)\b|\b(remove|delete|take out) (everything|all( the)? items|all of it)\b|\bstart (a )?new cart\b|\b(clear|empty|wipe) (out )?(the |this )?(whole|entire) (thing|lot)\b|\b(clear|empty) (everything|the lot) out\b/,
    cancel_order:
      /\bcancel (my |the |this |that |an? )?((last|latest|recent|previous|whole|entire|full) )?(\w+ )?(order|purchase)\b|\b(kill|call|scrap|ditch|pull|knock) (my |the |this |that )?(\w+ ){0,2}(order|purchase) off\b|\b(call|kill) off (my |the |this |that )?(\w+ ){0,2}(order|purchase)\b/,
    list_promos: new RegExp(
      `\\b(what|which|any|got any|have any|are there( any)?|do you have( any)?|does the store have( any)?) ${PROMO_WORDS}\\b|\\b${PROMO_WORDS} (do you have|are there|are available|available|going on|running|today|right now)\\b|^${PROMO_WORDS}\\??$` +
        // "Is there some discount code going", "got any codes that knock a bit off": a code asked
        // for, not given (a code given is read before this pattern).
        `|\\b(is there|are there|got|have you got|you got|do you have|any)( any| some| a| an)? (\\w+ )?(codes?|${PROMO_WORDS})\\b(?! (for|of) (the )?(postal|zip|post))` +
        '|\\b(codes?|coupons?|vouchers?) (\\w+ ){0,3}(knocks?|takes?|gets?|shaves?) (\\w+ ){0,3}off\\b',
    ),
    policy:
      /\b(return policy|returns?|return (it|them|this|that|the \w+)|refunds?|exchange|warranty|guarantee|shipping (cost|costs|policy|time|times|fee|fees)|delivery (cost|costs|time|times|fee)|how long (does|will) (shipping|delivery) take|free shipping|privacy policy|send (\w+ ){0,3}back|shipping|delivery|(do|can) you ship|to ship|ship (\w+ ){0,3}to)\b|\b(do|can|could|will|would) (you|u|y all|you guys) (do (?!it\b|that\b|this\b|them\b|so\b|anything\b|for\b|under\b|below\b|in\b)\w+|offer \w+ services?)\b|\b(can|could|may) i (pick (\w+ ){0,3}up|collect (\w+ ){0,3}(in|at|from))\b|\b(in store|store|curbside) pick ?up\b|\bclick and collect\b|\b(payment (methods?|options?)|what payment|(accept|take) (\w+ ){0,2}(cards?|paypal|apple pay|google pay|amex)|pay (with|by|using|via|in) (\w+ ){0,2}(card|paypal|installments?|instalments?|cash)|paypal|apple pay|google pay|installments?|instalments?|klarna|afterpay|affirm)\b|\b(showroom|physical (store|shop|location)|visit (\w+ ){0,2}in person|in person|swing by|stop by|drop by|come by)\b|\b(do|can|could|will|would) (you|u|y all|you guys) (install|fit|mount|assemble|set up|repair|fix|engrave|resize|size|wrap|clean|service)\b/,
  },
  es: {
    reset:
      // Starting again, not starting something ("deseando empezar con el paisaje" asks for scenery).
      /\b((empeza(r|mos)|empecemos|empieza|empiezo|comenza(r|mos)|comencemos|comienza) (de nuevo|otra vez|de cero)|volver a empezar|vuelve a empezar|vamos a empezar|desde cero|olvida (eso|lo anterior|todo)|borra (los )?filtros|nueva busqueda)\b|^(empecemos|empezamos|empieza)$/,
    clear_cart:
      /\b(vacia(r|lo|me)?|limpia(r)?|borra(r)?) (todo )?(mi |el |la )?(carrito|cesta)\b|^(mejor |vale |pues )?(vacialo|vacia todo)$|\b(quita(lo)?|borra(lo)?|elimina(lo)?|saca(lo)?) todo\b/,
    cancel_order:
      // Also the purchase given up ("no quiero seguir con la compra") and the order called by what
      // is in it ("anula lo del monociclo").
      /\b(cancel|anul)(a|ar|alo|ame|e|eme|en|ad) (mi |el |la |este |ese |esta |esa )?(ultimo |ultima )?(pedido|compra|orden)\b|\bfuera (mi |el |la |este |ese |esta |esa )(pedido|compra|orden)\b|\bno (quiero|queremos|voy a|vamos a) (seguir|continuar|tirar|ir) (adelante )?con (el|la|mi|este|ese|esta|esa) (pedido|compra|orden)\b|\b(cancela|anula|cancelar|anular) lo (del?|de la)\b/,
    list_promos: new RegExp(
      `\\b(que|cuales|hay|tienes|teneis|tienen|tenes|haceis|hacen|haces|dais|dan|ofreceis|ofrecen)( alguna?s?| algun| algunos)? ${PROMO_ES}\\b|\\b${PROMO_ES} (hay|tienes|teneis|tienen|disponibles|activ[oa]s)\\b|^${PROMO_ES}$`,
    ),
    policy:
      /\b(devolver(lo|la|los|las)?|devolucion(es)?|devuelvo|reembolso|cambiar (la talla|el producto|un producto)|garantia|gastos de envio|envio gratis|cuanto tarda (el envio|en llegar)|plazo de entrega|politica de \w+|envios?|entregas?|mandan a|(envia|manda)(is|n|s)?( \w+){0,3} a|(enviar|mandar)(me|te|le|nos|les)?(lo|la|los|las)?( \w+){0,3} a|se puede(n)? (devolver|cambiar))\b|\b(haceis|hacen|haces|ofreceis|ofrecen) (\w+ )?(servicios?|estudios?|envoltorios?|arreglos?|reparaciones?|montajes?|instalacion(es)?)\b|\b(haceis|hacen) \w+ en (la )?tienda\b|\b(puedo|podria|se puede) (recoger|retirar|pasar a (buscar|recoger))\b|\brecogida en tienda\b|\b(formas? de pago|metodos? de pago|pag(o|os|ar) (con|a plazos|en cuotas|en plazos)|paypal|apple pay|a plazos|en cuotas|acept(ais|an|as) (\w+ ){0,2}(tarjetas?|paypal))\b|\b(tienda fisica|exposicion|showroom|en persona|me paso por|pasarme por|pasar por (la )?tienda)\b|\b(instalais|instalan|montais|montan|poneis vosotros|ponen ustedes|grabais|graban|arreglais|arreglan)\b/,
  },
};

/** The policy pattern also reads policy questions said without a policy word (policy-questions.ts). */
export const EXTRA_PATTERNS: Record<Language, Record<ExtraIntent, RegExp>> = {
  en: {
    ...BASE_PATTERNS.en,
    policy: new RegExp(`${BASE_PATTERNS.en.policy.source}|${POLICY_MORE.en.source}`),
  },
  es: {
    ...BASE_PATTERNS.es,
    policy: new RegExp(`${BASE_PATTERNS.es.policy.source}|${POLICY_MORE.es.source}`),
  },
};

/** "Park the ND in my saved items": a verb putting something there saves it, it does not read the list. */
export const PUTS_SAVED =
  /\b(add|put|park|move|stick|send|shift|pop|anade|agrega|guardalo|guardala|pon|pasa|mete|deja)(me|lo|la|melo|mela)?\b|\bsave (it|this|that|the|them)\b/;

const ARRIVES_DAMAGED = new RegExp(
  `\\b(arrives?|comes|llega|llegan|viene|vienen)\\b.*\\b(${DAMAGED_EN}|${DAMAGED_ES})\\b`,
);
const SERVICE_VERB_ES = new RegExp(`\\b${SERVICE_VERBS_ES}\\b`);

/** Paying for sending it, not how to pay ("with my Visa"): the shipping text's to say. */
const PAYS_FOR_SHIPPING =
  /\b(pay|paying|charge|pagar|pago|cobran|cobrais|cobra)\b( \w+){0,4} (for |to |de |por |el |la )*(ship|shipping|post|posting|postage|mail|deliver|delivery|send|envio|enviar|mandar|entrega)\b/;
const MEANS_OF_PAYING =
  /\b(visa|mastercard|amex|american express|paypal|cards?|tarjetas?|klarna|afterpay|installments?|instalments?|plazos|cuotas|cheques?|checks?|cash|efectivo)\b/;

/** The policy a question is about, for get_policy. */
export function policyTopic(
  text: string,
): 'returns' | 'shipping' | 'warranty' | 'payment' | 'privacy' | 'other' {
  if (
    /\b(return|refund|exchange|devol|devuelv|reembolso|cambiar)|\b(send|take|give|ship|post|mail) (\w+ ){0,3}back\b|\b(go|be sent|be taken|be shipped) back\b|\b(envio|envios|enviar\w*|mandar\w*) de (vuelta|regreso)\b/.test(
      text,
    )
  )
    return 'returns';
  // "It showed up brown, what do I do": what arrives wrong is the returns text's to answer.
  if (/\b(arrived|showed up|turned up|got here|llego|llegaron|me vino)\b/.test(text)) return 'returns';
  if (ARRIVES_DAMAGED.test(text)) return 'returns';
  // "Anything extra to pay for shipping a mat?", "¿cuánto me cobran de envío?": what shipping costs.
  if (PAYS_FOR_SHIPPING.test(text) && !MEANS_OF_PAYING.test(text)) return 'shipping';
  if (
    /\b(pay|pago|pagar|pagando|plazos|cuotas|tarjeta|cheque|check|amex|visa|mastercard|credit|credito)/.test(
      text,
    )
  )
    return 'payment';
  if (
    /\b(ship|deliver|postage|envio|envia|enviar|manda|entrega|tarda|go out|salen)|\bque me (lo |la |los |las )?(tra|llev)/.test(
      text,
    )
  )
    return 'shipping';
  if (/\b(warrant|guarantee|garantia|covered|cubre|(estoy|esta|estan|quedo|queda|quedan) cubiert)/.test(text))
    return 'warranty';
  if (/\b(privacy|privacidad)/.test(text)) return 'privacy';
  return 'other';
}

/**
 * A question about a service the store may or may not give ("do you do gift wrapping", "can I
 * pick up my order at the store", "¿hacéis arreglos?"): answered only when the policy text says.
 * "¿Hacéis envíos a México?" asks the shipping policy, as "do you ship to Mexico" does.
 */
export function isServiceQuestion(text: string): boolean {
  if (SERVICE_VERB_ES.test(text)) return true;
  return /\b(do|can|could|will|would) (you|u|y all|you guys) (do (?!it\b|that\b|this\b|them\b|so\b|anything\b|for\b|under\b|below\b|in\b)\w+|offer \w+ services?)\b|\b(can|could|may) i (pick (\w+ ){0,3}up|collect)\b|\bpick ?up\b|\bclick and collect\b|\b(haceis|hacen|haces|ofreceis|ofrecen)\b(?! (envios?|entregas?|devoluciones|cambios|reembolsos)\b)|\b(recoger|retirar|recogida)\b|\b(showroom|physical (store|shop|location)|in person|swing by|stop by|drop by|come by|tienda fisica|exposicion|en persona|me paso por|pasarme por)\b|\b(do|can|could|will|would) (you|u|y all|you guys) (install|fit|mount|assemble|set up|repair|fix|engrave|resize|wrap|clean|service)\b|\b(instalais|instalan|montais|montan|poneis vosotros|ponen ustedes|grabais|graban|arreglais|arreglan)\b/.test(
    text,
  );
}

/** "How heavy is it", "cuánto pesa": the figure asked about. */
export const MEASURE_QUESTIONS: Record<Language, [SpecName, RegExp][]> = {
  en: [
    [
      'weight',
      /\bhow (heavy|light)\b|\bhow much (does|do|did) (it|they|this|that|this one|that one|the \w+( \w+){0,4}) weigh\b|\bwhat (does|do) (it|they|this|that) weigh\b|\b(what is|what s) (its|the) weight\b|\bweight of\b|\bhow much is the weight\b/,
    ],
    [
      'temperature',
      /\bhow warm\b|\b(temperature|comfort) rating\b|\bhow cold (can|does|will)\b|\brated to\b/,
    ],
    [
      'capacity',
      /\bhow (big|large|roomy)\b|\bhow much (does|can) (it|this|that) (hold|carry|fit)\b|\b(what s|what is) (its|the) (capacity|volume|size in litres|size in liters)\b|\bhow many (litres|liters|people|persons)\b|\bcapacity\b/,
    ],
    ['brightness', /\bhow bright\b|\bhow many lumens\b|\bbrightness\b/],
    ['power', /\bhow powerful\b|\bhow many watts\b|\bwattage\b/],
  ],
  es: [
    ['weight', /\b(cuanto pesa(n)?|que peso|cual es (el|su) peso|peso de|lo que pesa)\b/],
    [
      'temperature',
      /\b(cuanto abriga|que temperatura|temperatura de confort|cuanto calienta|hasta que temperatura)\b/,
    ],
    [
      'capacity',
      /\b(que capacidad|cuantos litros|cuanto cabe|para cuantas personas|que tan grande|de que tamano|cuanto le cabe)\b/,
    ],
    ['brightness', /\b(cuantos lumenes|cuanta luz|que brillo|cuanto alumbra)\b/],
    ['power', /\b(que potencia|cuantos vatios)\b/],
  ],
};

/**
 * "How much caffeine does it have", "how tall is it", "cuánta cafeína tiene": a figure the product
 * text gives next to a word (captured), answered from the text. Runs on translated text.
 */
export const AMOUNT_QUESTIONS: Record<Language, [RegExp, string?][]> = {
  en: [
    [/\bhow (tall|high) (is|are)\b/, 'height'],
    [/\bhow wide\b/, 'width'],
    [/\bhow deep\b/, 'depth'],
    [/\bhow long (does|do|will) (the |its |their )?battery\b|\bbattery life\b/, 'battery'],
    [/\bhow long (is|are) (it|they|this|that)\b/, 'length'],
    [/\bhow (much|many) (?!does|do|is|are|for|of)(\w+)\b/],
    // "Which building set has the most pieces": the figure to rank the shown products by.
    // "Which watch has the longest power reserve", "which one has the biggest pearls": the noun's
    // first word names the figure ("power" in "Power reserve: 42 hours").
    [
      /\bwhich\b.*\b(has|have|holds?|comes? with|with|gives?|offers?|got) (the )?(most|more|longest|longer|biggest|bigger|largest|larger|highest|higher|greatest|deepest|widest|thickest|least|fewest|shortest|smallest|lowest) (?!expensive|powerful|price|one|ones\b)(\w+)\b/,
    ],
  ],
  es: [
    [/\b(que altura|cuanto mide de alto|que tan alt[oa]|cuanto mide de altura)\b/, 'height'],
    [/\b(que ancho|cuanto mide de ancho|que anchura|que tan anch[oa])\b/, 'width'],
    [/\b(que profundidad|cuanto mide de fondo)\b/, 'depth'],
    [/\b(que largo|que tan larg[oa]s?|que longitud|cuanto miden? de largo)\b/, 'length'],
    [/\bcuanto dura (la )?(bateria|battery)\b|\bautonomia\b/, 'battery'],
    [
      /\bcuant[oa]s? (?!cuesta|cuestan|vale|valen|pesa|pesan|mide|miden|es|son|tarda|tardan|dura|llevo|debo|tengo|quieres)(\w+)\b/,
    ],
    [
      /\b(cual|que)\b.*\b(tiene|tienen|trae|traen|lleva|llevan|con|da|dan|ofrece) (el |la |los |las )?(?:mas|mayor|menos|menor) (?!barat|car|potent)(\w+)\b/,
    ],
  ],
};

/** "Is it waterproof", "does it have a hood", "¿es impermeable?", "¿tiene capucha?": the words after the verb. */
export const FEATURE_QUESTIONS: Record<Language, RegExp> = {
  // A lead-in naming the product may come first ("and the Night Shift, is that one …"), never a
  // wh-question ("what size is it"). The subject may be a long name ("the beach proof one").
  en: /^(?!(?:what|how)\b(?! about)|(?:where|which|why|when|who|whose)\b)(?:[a-z0-9 ]{2,60}? )?(is|are|isn t|aren t) (it|they|this|that|these|those|this one|that one|its \w+|their \w+|the \w+(?: \w+){0,4}?) (.+)$|^(?!(?:what|how)\b(?! about)|(?:where|which|why|when|who|whose)\b)(?:[a-z0-9 ]{2,60}? )?(does|do|can) (it|they|this|that|these|those|this one|that one|the \w+(?: \w+){0,5}?) (have|has|come with|come with any|include|includes|work as|need|needs|require|requires|contain|contains) (.+)$/,
  es: /^(es|son|esta|estan) (.+)$|^(tiene|tienen|lleva|llevan|viene con|vienen con|viene|vienen|incluye) (.+)$|^(?:(?:el|la|los|las) \w+ )?(?:se puede|se pueden|puedo|puede) (.+)$|^(?:(?:y|pero|oye|entonces) )?(?:el|la|los|las) [a-z0-9 ]{2,40}? (?:es|son|esta|estan|tiene|tienen|lleva|llevan|trae|traen|viene con|vienen con|incluye|incluyen|se puede|se pueden) (.+)$/,
};
