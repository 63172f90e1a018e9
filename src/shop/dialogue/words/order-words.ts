/**
 * Placing the order said as a verb acting on "the order" ("sí, mete el pedido", "tramita el
 * pedido ya", "put the order through"): a confirmation of the checkout, not an add to the cart.
 * The shop verbs of adding ("mete", "pon", "manda") read as add_to_cart by their own patterns;
 * their object here is the order itself, which is no product. Patterns run on normalised text.
 */
import type { Language } from '../../contract.ts';

const PLACES_ORDER: Record<Language, RegExp> = {
  en: /\b(put|send|push|place|submit|process|get|run|lock|lodge|fire|bang) (the |my |this |that )?order (through|in|off)\b|\b(lock|lodge) in (the|my|this|that) order\b|\b(submit|process|send|finali[sz]e) (the |my |this |that )?order\b|\bgo ahead (with|and place) (the|my|this) order\b|\bgo ahead and (order|place it|buy (it|them)|check ?out)$|\border (them|it|everything|all of (it|them)|the lot)( now| please)?$|\b(confirm|place|finali[sz]e|complete|submit|process) (the|my|this|that|our) (\w+ ){0,2}order\b(?! (status|number|history)\b)/,
  es: /\b(mete|metelo|haz|hazlo|realiza|tramita|cursa|lanza|manda|envia|pasa|procesa|confirma|pon|formaliza|cierra|mande|envie|haga|realice|tramite|curse|lance|pase|procese|confirme|ponga|meta|formalice|cierre)(me)? (ya )?(el|mi|este|ese|nuestro) pedido\b|\b(adelante|sigue|segui|sigamos|continua|continuemos|procede|procedamos|dale|tira) (ya )?con (el|mi|este|ese|nuestro) pedido\b/,
};

/** The text (after any yes) places the order the checkout read back. */
export function placesOrder(text: string, lang: Language): boolean {
  return PLACES_ORDER[lang].test(text);
}
