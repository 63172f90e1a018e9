/**
 * Talk about the shopper's orders, read by its parts rather than by whole phrases: a reference to
 * an order ("my order", "the order I just placed", "my last purchase", "lo mío", an order number)
 * and what is asked of it (where it is, whether it shipped or arrived; cancelling it). A vague
 * reference ("where's my stuff", "has it gone out", "I'd like to cancel it") counts only while an
 * order is what the conversation is about. Patterns run on normalised text (numbers as digits, no
 * accents, no punctuation).
 */
import type { Language } from '../../contract.ts';
import type { Understanding } from '../understand/nlu.ts';
import type { DecideInput } from './action-types.ts';

export type OrderAct = 'order_status' | 'cancel_order';

/** An order named outright: possessive or demonstrative + order word, or the one just placed. */
const ORDER_REF: Record<Language, RegExp> = {
  en: /\b(my|our|the|that|this) (\w+ )?(order|purchase)s?\b|\b(my|our) (\w+ )?(shipment|package|parcel)s?\b|\b(order|purchase)s? (i|we) (just |have |ve )?(placed|made|did)\b|\bwhat (i|we) (just |have |ve )?(ordered|bought|purchased)\b/,
  es: /\b(mi|mis|el|ese|este|nuestro|la|esa|esta) (\w+ )?(pedido|pedidos|compra|orden)\b|\b(mi|mis|nuestro) (\w+ )?(paquete|envio)\b|\blo que (acabo de |he )?(pedi|compre|pedido|comprado|pedir|comprar)\b/,
};

/** Words that can mean the shopper's order only once they have one ("my stuff", "lo mío"). */
const SOFT_REF: Record<Language, RegExp> = {
  en: /\b(my|our) (stuff|things|items|goods|delivery|gear)\b/,
  es: /\b(lo mio|mis cosas|lo nuestro|mis articulos|mi envio)\b/,
};

/** A pronoun: the order only while it is the topic ("has it shipped?", "lo quiero cancelar"). */
const PRONOUN: Record<Language, RegExp> = {
  en: /\b(it|they|them|that|this|everything)\b/,
  es: /\b(lo|la|los|las|eso|esto|todo)\b|(ar|cela|ula)(lo|la)\b/,
};

/** Asking where an order is or whether it left or arrived. */
const STATUS: Record<Language, RegExp> = {
  en: /\b(where (is|s|are|re)|where|status|track|tracking|shipped|ship yet|sent|dispatched|(go|gone|went|going) out|left (the )?(warehouse|yet)|on (its|the|their) way|arrived?|arriving|delivered|get here|be here|any (news|update)|update on|ready yet|(come|coming) (yet|today|tomorrow|soon)|when (will|does|do|is|s|are) [a-z ]{0,30}(come|arrive|get here|ship|be delivered)|when (it|they|that|everything) ll (come|arrive|get here|ship|go out|be delivered)|what s (going on|happening|up) with|how (is|s|are) [a-z ]{0,30}(going|doing|coming along))\b/,
  es: /\b(donde (esta|estan|anda|andan|va)|por donde (va|anda|van)|estado|rastrear|seguimiento|enviado|enviasteis|enviaste|enviaron|mandado|mandasteis|despachado|salido|salio|ha salido|en camino|llega|llegan|llegado|llegara|llegaran|como va|como van|que tal va|novedades|se sabe algo|que pasa con|que hay de|cuando (se envia|se manda|sale|saldra|se enviara|lo (envias|enviais|envian|mandais|mandan)))\b/,
};

/** Cancelling. */
const CANCEL: Record<Language, RegExp> = {
  en: /\b(cancel|cancell?ing|call off|call it off)\b/,
  es: /\b(cancela|cancelar|cancelalo|cancelala|cancelarlo|cancelarla|cancelame|anula|anular|anulalo|anulala|anularlo|anularla|anulame)\b/,
};

/** Talk that is about something else even when it names an order ("add it to my order", "put the code on my order"). */
const NOT_ORDER_TALK: Record<Language, RegExp> = {
  // What shipping costs for an order of some amount ("my order comes to 30 euros, how much is
  // delivery", "mi pedido no llega a 40 dólares") asks the shipping policy.
  en: /\b(add|put|apply|use|code|promo|coupon|return|refund|exchange|policy|charge|postage|\d+ (dollars?|bucks|euros?|pounds?|quid))\b/,
  es: /\b(anade|agrega|pon|ponme|aplica|usa|codigo|cupon|devolver|devolucion|reembolso|politica|cobran|cobrais|cobra|gastos de envio|\d+ (dolares|euros|libras|pesos))\b/,
};

export interface OrderContext {
  /** The shopper placed or asked about an order in this conversation. */
  hasOrder: boolean;
  /** The last turn was about that order (placed, tracked, read back for cancelling). */
  orderInFocus: boolean;
  /** An order number was said. */
  orderId?: string | undefined;
}

/**
 * What the text asks of an order, if it is about one: an order named (or its number) with a
 * status question or a cancel; a vague reference only when the shopper has an order, and a bare
 * "cancel it" only while that order is the topic.
 */
export function orderTalk(text: string, lang: Language, ctx: OrderContext): OrderAct | undefined {
  if (NOT_ORDER_TALK[lang].test(text)) return undefined;
  const cancel = CANCEL[lang].test(text);
  const status = STATUS[lang].test(text);
  if (!cancel && !status) return undefined;
  const named = !!ctx.orderId || ORDER_REF[lang].test(text);
  const act: OrderAct = cancel ? 'cancel_order' : 'order_status';
  if (named) return act;
  if (ctx.hasOrder && SOFT_REF[lang].test(text)) return act;
  // "I'd like to cancel it" or "has it gone out?" right after a product was talked about asks
  // nothing of the order.
  // Spanish leaves the subject out ("¿sabes cuándo se envía?"): a short question is about the order.
  const short = text.split(' ').length <= (lang === 'es' ? 5 : 3);
  if (ctx.orderInFocus && (PRONOUN[lang].test(text) || short)) return act;
  return undefined;
}

/** Tools whose turn leaves an order as the topic of the conversation. */
const ORDER_TOOLS = ['confirm_order', 'order_status', 'cancel_order', 'shopping_history'];

/** Intents an order reference never overrides: the shopper is doing something else with it. */
const KEEP = new Set(['human', 'promo', 'add_to_cart', 'checkout', 'clear_cart', 'remove_from_cart']);

/**
 * The order intent the request means, if any (route.ts). Sets the order number said, so the
 * tool is asked about that order; otherwise the tools take the latest one.
 */
export function orderRoute(
  intent: string,
  input: DecideInput,
  s: Understanding['slots'],
): OrderAct | undefined {
  if (KEEP.has(intent) || s.productNames?.length) return undefined;
  const previous = input.previousCalls ?? [];
  const ctx: OrderContext = {
    hasOrder: !!input.state.lastOrderId,
    orderInFocus: previous.some((c) => ORDER_TOOLS.includes(c)),
    orderId: s.orderId,
  };
  return orderTalk(input.nlu.text, input.nlu.language, ctx);
}
