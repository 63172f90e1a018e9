/**
 * Closing a purchase in Spanish as shoppers of several countries say it, read by its parts rather
 * than as whole phrases:
 * - a checkout verb said last, with no product after it ("ya es todo, cóbreme", "venga,
 *   tramítalo", "bueno, listo, páselo", "dale, cerralo", "cobra no más", "simón, todo cuadra,
 *   mándalo"): the checkout, even beside a closing ("eso es todo" alone is a goodbye); with an
 *   order waiting and a consent word first, the checkout step itself turns it into the yes;
 * - regional consent ("simón", "órale", "hágale", "ándale", "ya po", "sí señor") and an explicit
 *   "confírmalo" / "confírmelo": a yes for the order waiting, never when a doubt or a refusal is
 *   in the words ("mmm, no estoy seguro", "y bueno, no sé");
 * - read-backs the general patterns miss ("¿ya qué traigo en el carrito?", "¿qué tengo en el
 *   carro?", "espérate, ¿cuánto era?"); on an English catalog with a "Ball Cart" the Spanish
 *   reading may already say "cart" for "carrito".
 * - going on to the till or the payment, said as a movement ("volvamos a la caja", "sigue con el
 *   pago", "pasemos al pago") or as a wish to see it again ("enséñame otra vez el pago"): the
 *   checkout's read-back, which still waits for a yes; a question about paying ("¿puedo pagar
 *   con …?") asks instead.
 * Patterns run on normalised text (no accents, no punctuation, numbers as digits).
 */

/** A verb that closes the purchase, said last: an object after it would be a product ("pásame la roja"). */
const CLOSES =
  /\b(cobr(a|e|ame|eme|amelo|emelo|alo|elo|anos|enos)|tramit(a|e|alo|elo|amelo|emelo)|cierr(a|e|alo|elo)|cerr(a|alo)|pas(alo|elo|amelo|emelo)|mand(alo|elo|amelo|emelo)|envi(alo|elo)|finaliz(a|e|alo|elo)|confirm(a|e|alo|elo|amelo|emelo|alo ya|elo ya))( ya| no mas| nomas| de una| porfa| por favor)?$/;

/** Consent words beyond the lexicon's yes (lexicon.ts YES), regional ones first. */
const CONSENT =
  /^((ya|bueno|pues|entonces|ok|venga|listo) )*(simon|orale|hagale|andale|ya po|si senor|si senora|de una|confirm(a|e|alo|elo|amelo|emelo))\b/;

/** Doubt or refusal anywhere in the answer: never a yes. */
const DOUBT =
  /\b(no(?! ?mas\b)|nel|espera|esperate|esperame|pero|duda|pienso|pensar|pensarlo|mejor|todavia|aun)\b/;

const READ_BACK =
  /\b(que|lo que) (traigo|llevo|tengo|hay|llevamos) en (el|mi|la) (carro|carrito|cesta|bolsa|canasta|changuito|cart|basket)\b|\bcuanto (era|es|sale|seria|salia|quedo|queda)( todo| en total| el total| entonces)?$|\b(muestrame|mostrame|mostrame|ensename|dime|decime) (lo que|que) (llevo|tengo|traigo)\b/;

/** Where the purchase is closed: the till, the payment, the end of the purchase. */
const TILL =
  '(la caja|caja|el pago|pago|pagar|la compra|el checkout|checkout|la cuenta|finalizar (la )?compra)';
/** A verb of moving on, going back or going ahead (any person: "vamos", "sigue", "procedamos"). */
const MOVE_ON =
  '(vamos|volvamos|volvemos|vuelve|volve|volver|ir|voy|vayamos|pasemos|pasamos|pasa|pasar|pase|llevame|llevanos|seguimos|sigamos|sigue|segui|seguir|siga|continua|continuemos|continuamos|continuar|continue|procede|procedamos|proceder|proceda|avanza|avancemos|avanzar|tira|tiremos)';
const GOES_TO_PAY = new RegExp(
  `\\b${MOVE_ON} (de nuevo |otra vez |ya |ahora |entonces )?(a|al|con|hacia|hasta|para) ${TILL}$|\\b${MOVE_ON} (de nuevo |otra vez |ya |ahora |entonces )?(a|al|con|hacia|hasta|para) ${TILL} (ya|ahora|entonces|por favor|porfa|de una|no mas|nomas)$|\\b(ensename|muestrame|mostrame|dame|pasame|llevame)( otra vez| de nuevo)? (el|la) (pago|cuenta)( otra vez| de nuevo)?$`,
);
/** A question about paying ("¿puedo pagar con tarjeta?", "¿cómo se paga?"): no request to pay. */
const ASKS_ABOUT_PAYING = /\b(puedo|podria|se puede|aceptan|aceptais|como|cuanto|cuando|donde)\b/;

/**
 * "No quiero seguir con la compra" gives the purchase up: a cancellation, never a checkout. A "no"
 * earlier in the turn ("bueno, no quito nada. volvamos a la caja") answers something else.
 */
const GIVES_UP = new RegExp(`\\bno (\\w+ )?${MOVE_ON}\\b`);

/** The text asks to go on to the till or the payment. */
export function goesToPay(text: string): boolean {
  return GOES_TO_PAY.test(text) && !ASKS_ABOUT_PAYING.test(text) && !GIVES_UP.test(text);
}

/** The text closes the purchase with a checkout verb said last. */
export function closesPurchase(text: string): boolean {
  return CLOSES.test(text);
}

/** Argentine and Uruguayan "dale" (go ahead), which the imperative reading turns into "dame". */
const DALE = /^[\s¡!,.]*d[aá]le\b/i;

/**
 * The text consents in words the lexicon's yes does not know, with no doubt in it. `spoken` is
 * the utterance as said: "dale, cerralo" reads "dame cerralo" once normalised.
 */
export function consentsEs(text: string, spoken = text): boolean {
  if (DOUBT.test(text)) return false;
  return CONSENT.test(text) || (DALE.test(spoken) && text.split(' ').length <= 2);
}

/** The whole-order request the Spanish text makes (checkout or a read-back), if any. */
export function spanishOrderTalk(text: string, namesProduct: boolean): 'checkout' | 'view_cart' | undefined {
  // "¿Qué traigo en el carrito?" names the cart, even where "carrito" is also a product's word.
  if (READ_BACK.test(text)) return 'view_cart';
  if (namesProduct) return undefined;
  if (closesPurchase(text) && !DOUBT.test(text)) return 'checkout';
  if (goesToPay(text)) return 'checkout';
  return undefined;
}

/**
 * A yes word that opens a question or a request, not an answer: "¿vale para inducción?" asks
 * whether it is good for it; "vale, pues un 9 y medio" asks for a value. Neither may place an order.
 */
const NOT_CONSENT = /^(vale|sirve) (para|la pena|mas|menos|lo mismo|igual|cuanto)\b/;

export function yesIsQuestion(text: string): boolean {
  return NOT_CONSENT.test(text);
}
