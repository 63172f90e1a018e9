/**
 * Requests about the cart as a whole, the checkout and a person, read by their parts (a verb and
 * what it acts on) rather than by whole phrases, in English and Spanish:
 * - a read-back: a verb of reading, going over or adding up + the whole selection ("run through
 *   everything", "what've I got and what's it come to", "repásame lo que llevo", "¿cuánto suma
 *   todo eso?");
 * - emptying the cart: a verb of emptying + the cart or everything ("dump the whole lot", "vacíalo
 *   todo");
 * - saving for later: a verb of keeping + aside / for later ("set the X aside for later");
 * - a person: a word for a person + a verb of talking or passing ("is there an actual person I
 *   can talk to", "¿me pasas con alguien?");
 * - the checkout said with a statement of where it goes ("checkout, it's shipping to Phoenix",
 *   "cóbrame, todo va a Denver"), which is no shipping question.
 * Patterns run on normalised text (numbers as digits, no accents, no punctuation).
 */
import type { Language } from '../../contract.ts';
import { INTENT_PATTERNS } from '../words/lexicon.ts';
import type { Slots } from '../words/slots.ts';

export type CartTalk = 'view_cart' | 'clear_cart' | 'save_item' | 'human' | 'checkout';

/** What the shopper has selected, as a whole. */
const WHOLE: Record<Language, string> = {
  en: '(everything|every (last |single )?(thing|item)|it all|all of it|all that|all this|all of that|all of this|the whole (thing|lot)|the lot|what i (ve |have )?(got|have|picked|chosen)|what s in (there|it|my cart|the cart)|my (stuff|items|things|selection|picks)|(my|the) (cart|basket|bag)|my (shopping )?list|my order so far|(?<=\\b(read|run|go|walk|take|recap|summari[sz]e|sum up|list|repeat|check) (me |us )?(back |out |through |over |thru )?(through |over )?)my order)(?! (about|on|regarding|of|number|status)\\b)',
  es: '(todo( eso| esto| lo que (llevo|tengo|he (cogido|elegido|pedido)))?|lo que (llevo|tengo|he (cogido|elegido))|que (llevo|tengo)|mis cosas|(mi|el|la) (carrito|cesta))(?! (sobre|de|del|acerca)\\b)',
};

const READ_BACK: Record<Language, RegExp> = {
  en: new RegExp(
    [
      // a verb of reading out or going over + the whole selection
      `\\b(read|run|go|walk|take) (me |us )?(back |out |through |over |thru )?(through |over )?${WHOLE.en}`,
      `\\b(recap|summari[sz]e|sum up|list|tell me|remind me( of)?|repeat|check) ${WHOLE.en}`,
      // a verb of adding up + the whole ("tally it all up", "add everything up for me")
      // ("ring it up" is the till's checkout: CHECKOUT_MORE)
      '\\b(tally|add|total) (it|it all|everything|that|all that|them|the lot|all of it)( all)? up\\b',
      // what the selection looks like, what the shopper is buying ("so what am I buying")
      '\\bwhat (does|do) (my|the) (cart|basket|bag|list|order)( \\w+)? look like\\b',
      '^((so|ok|okay|and|alright|right) )*what am i (buying|getting|ordering|paying for)( (then|so far|now|here))?$',
      // a question about what it all comes to
      '\\bwhat (s|does|do|did|would|will) (it|that|this|everything|all that|it all|they|these|the lot)( all)? (come|add|amount|run|total)( up)?( to)?\\b',
      '\\bhow much (is|does|do|s|are) (everything|all that|it all|all of it|all of that|the lot|my things|my stuff)\\b',
      '\\bhow much (is|does|s) (it|that|this) (all|in total|altogether|all together)\\b',
      '\\bwhat (ve|have) (i|we) got\\b|\\bwhat do (i|we) have( so far| now| in (my|the) (cart|basket|bag))?$',
      '\\bwhat (i|we) (ve )?got\\b',
      '\\b(grand |running )?total (so far|now|please|then)\\b|^(the |my )?(grand )?total$',
    ].join('|'),
  ),
  es: new RegExp(
    [
      `\\b(lee|leeme|repasa|repasame|repasamos|resume|resumeme|dime|cuentame|enumera|enumerame|recuerdame|revisa|revisame|repite|repiteme) ${WHOLE.es}`,
      '\\b(que|lo que) (llevo|tengo|he cogido|he elegido|llevamos)( hasta ahora| en total| ahora| ya)?$',
      // "lo que llevo (en el carrito)", not "que llevo calcetines finos" (what the shopper wears)
      '\\b(que|lo que) (llevo|llevamos)\\b(?! (?!(hasta|en|ya|ahora|de|por|y|gastado|cogido|elegido|pedido|comprado)\\b)\\w)',
      '\\bcuanto (suma|sale|es|cuesta|me sale|me cuesta|va|sube|da|hace|seria)( todo| todo eso| todo esto| en total| el total| lo que llevo| eso en total)\\b',
      '\\bcuanto (suma|suman|sube|me sale todo|llevo|llevamos)\\b',
      // the running sum as it goes ("¿cuánto va sumando todo esto?")
      '\\bcuanto (va|van|vamos|voy|me va|me van) (sumando|subiendo|saliendo|costando)\\b',
      // the running bill by its own words ("¿cuánto va la factura?", "¿cómo vamos de gasto?")
      '\\bcuanto (va|suma|sube|sale|es|hace) (la cuenta|el total|la factura|el importe|el gasto)\\b',
      '\\b(como|cuanto) (voy|vamos|llevo|llevamos) (de (dinero|gasto|presupuesto|pasta|cuenta)|gastado)\\b',
      '\\bcuanto (me )?(he|hemos|llevo|llevamos) gastado\\b',
    ].join('|'),
  ),
};

/**
 * The whole bill asked in so many words, whatever kind the shopper calls the lot by ("add it all
 * up, where does the spice haul stand", "show me the total once more", "súmame todo, ¿cómo va la
 * cuenta de especias?"): a read-back though a category is named.
 */
const BILL: Record<Language, RegExp> = {
  en: /\b(add|tally|total) (it|it all|everything|that|all that|the lot)( all)? up\b|\bwhat ?s (it|that|this|everything|the lot)( all)? (come|add|amount|run) (up )?to\b|\bwhere (does|do|is|s) (the|my|our) (\w+ ){0,2}(haul|tally|bill|tab|total|cart|basket) (stand|at)\b|\b(show|give|tell|read|run) (me |us )?(through )?(the |my )?(order )?(summary|total|bill|tab)( (once more|again|one more time))?\b(?! (of|for|on) )/,
  es: /\bsuma(me|nos)? (todo|lo que llevo)\b|\bcomo (va|van|vamos con) (quedando )?(la cuenta|el total|la factura|mi carr(o|ito)|el carr(o|ito)|mi cesta|la cesta)\b|\b(muestrame|ensename|dime|repiteme|dame|leeme|pasame) (otra vez |de nuevo |una vez mas )?(el total|el resumen( del pedido)?|la cuenta|el importe)\b/,
};

const CLEAR: Record<Language, RegExp> = {
  en: new RegExp(
    `\\b(empty|clear|wipe|dump|scrap|ditch|trash|bin|nuke|remove|delete|get rid of|toss|throw out|throw away|clean) (out )?(all |the whole |the entire )?(of )?${WHOLE.en}( out)?\\b(?! (to|for|on)\\b)(?! in (?!(my|the|your) (cart|basket|bag)))|\\b(empty|clear|wipe|dump|scrap|ditch|trash|nuke|toss|clean) (out )?(my|the|this) (whole |entire )(cart|basket|bag|order)\\b|\\b(empty|clear|wipe) (it|it out|it all)$|\\bstart (over )?with an empty (cart|basket|bag)\\b`,
  ),
  es: /\b(vacia(lo|la|me|melo|mela|r|rlo|rla)?|vaciame|limpia(lo|me)?|borra(lo|me)?|quita(lo|me)?|elimina(lo|me)?|saca(lo|me)?|tira(lo)?) (todo|el carrito|la cesta|mi carrito|mi cesta|el carrito entero|la cesta entera)\b|\bvacia(lo|melo|r)\b|\b(vaciar|vacia|vaciame) (el|la|mi) (carrito|cesta)\b|\b(deja|dejame|dejad|deje|dejalo|dejala)( el| la| mi)?( carrito| cesta| carro)? (vacio|vacia|limpio|limpia|en cero)\b/,
};

const SAVE_LATER: Record<Language, RegExp> = {
  en: /\b(set|put|lay|leave|keep|hold|hang|move|stash|park|save|stick) (\w+ ){0,6}(aside|on hold|for later|till later|until later|for another (day|time)|for next time)\b/,
  es: /\b(deja|dejame|guarda|guardame|aparta|apartame|reserva|reservame)(lo|la|los|las|melo|mela|melos|melas)? (\w+ ){0,5}(para (luego|despues|mas tarde|mas adelante|otro (dia|momento))|guardad[oa]s?|aparte|apartad[oa]s?)\b/,
};

const PERSON: Record<Language, string> = {
  en: '(person|human|human being|someone|somebody|anyone|anybody|agent|representative|rep|operator|staff|employee|manager|supervisor|associate|real people|people)',
  // "person": a catalog that sells for one person reads "persona" as its English word first.
  es: '(persona|person|humano|ser humano|alguien|agente|representante|operador|operadora|empleado|empleada|encargado|encargada|dependiente|asesor|asesora|gente)',
};
const TALK: Record<Language, string> = {
  en: '(talk|speak|chat|call|contact|reach|connect|transfer|put me through|get me|pass me|hand me over)',
  es: '(hablar|hable|hablo|comunicar|comunicarme|contactar|pasa|pasas|pasame|pasais|pones|ponme|atienda|atender|llamar|transferir|transfiere)',
};
const HUMAN: Record<Language, RegExp> = {
  en: new RegExp(
    `\\b${TALK.en}\\b(\\s\\w+){0,4} (to |with )?(a |an |some |your |the )?(real |actual |live |human )?${PERSON.en}\\b|\\b(real|actual|live|human) ${PERSON.en}\\b(\\s\\w+){0,5} ${TALK.en}\\b|\\b${PERSON.en}(\\s\\w+){0,4} (i|we) (can|could|may) ${TALK.en}\\b`,
  ),
  es: new RegExp(
    `\\b${TALK.es}\\b(\\s\\w+){0,3} (con )?(una |un |alguna |algun |alguien )?${PERSON.es}\\b|\\b${PERSON.es} (de verdad|real)\\b|\\b${PERSON.es}(\\s\\w+){0,5} (con (la|el|quien) que )?(pueda|podria) ${TALK.es}\\b`,
  ),
};

/** A checkout said as a command; a question about shipping asks instead. */
const CHECKOUT_MORE: Record<Language, RegExp> = {
  en: /\b(ring (me|it|us|this|everything|it all) up|(wrap|finish) (it|this|things|everything|it all) up|settle up|settle (the|my) (bill|tab)|cash (me )?out|pay up|wrap (it|this|things) up and (check|pay)|let s pay|take my (money|payment)|pay for (it|this|everything|these|them)|(ship|send|deliver|mail) (it|them|everything|it all|the (order|lot)|my order) (\w+ )?to)\b/,
  // The verb with its clitics ("cóbramelo", "cóbranoslo"); "mándalo todo a Bozeman" as "ship it all to".
  es: /\b(cobra|cobrad|cobre|cobren)(me|nos)?(lo|la|los|las)?\b|\bcobrarme\b|\ba pagar\b|\b(pasar|paso|pasamos|pasemos|vamos a pasar) por (la )?caja\b|\b(manda|envia|mandad|enviad|mande|envie)(me|nos)?(lo|la|los|las)? todo (\w+ )?a\b|\b(manda|envia|mandad|enviad|mande|envie)(me|nos)?(lo|los) (todo )?a (?!(mi|tu|su|el|la|los|las|un|una)\b)\w+$/,
};
const ASKS: Record<Language, RegExp> = {
  en: /^(do|does|can|could|will|would|is|are|how|what|when|where|which|why)\b|\b(do|can|could|will|would) (you|y all|u)\b|\bhow (long|much|many)\b/,
  es: /\b(cuanto|cuanta|cuantos|cuantas|cuando|como|donde|podeis|puedes|pueden|podrian|puedo|podria|se puede|envias|enviais|envian|mandais|mandan|haceis|hacen|hay|aceptais|aceptan|acepta)\b/,
};
/**
 * Done shopping, said in so many words ("that's all", "that covers it"): beside a checkout verb
 * ("that's all, ring it up") the checkout, whatever else matched ("that's all" alone says goodbye);
 * "that's everything" alone hands over to the checkout, which still waits for a yes.
 */
const DONE: Record<Language, RegExp> = {
  en: /\b(that s|that is|that ll be|i think that s|i think that is) (all|everything|it|the lot)\b|\bthat (covers|does) (it|everything)\b|\bi m (all )?(done|finished|set)\b/,
  es: /(?!)/,
};
const DONE_ALONE: Record<Language, RegExp> = {
  en: /^((ok|okay|alright|right|so|well|yeah|great|i think) )*(that s|that is|that ll be) (everything|the lot)( (for now|for today|then|thanks|thank you))?$|^((ok|okay|alright|right|so|well|i think) )*that covers (it|everything)$/,
  es: /(?!)/,
};
/** A wish said before the checkout verb ("I want to settle up"), which reads as an add on its own. */
const WANTS_TO: Record<Language, RegExp> = {
  en: /^((ok|okay|so|great|alright|right|well|now) )*(i (want|d like|would like|need) to|i m ready to|let s|time to) /,
  // Spanish checkout verbs are read without this (left to the Spanish work).
  es: /(?!)/,
};
/** Where the order goes, said as a statement ("it's shipping to Phoenix", "todo va a Denver"). */
const DESTINATION: Record<Language, RegExp> = {
  en: /\b(ship|ships|shipping|send|sending|deliver|delivering|going|goes|headed|heading) (\w+ ){0,2}to\b/,
  // The noun says it too ("a pagar, envío a Tucson", "entrega en Quito").
  es: /\b(va|van|envio va|envialo|mandalo|entregalo|enviar|mandar|entregar) (\w+ ){0,2}a\b|\b(envio|entrega) (a|en|para)\b/,
};

/** Consent to go on, said before where the order goes ("ok, let's go ahead, it's going to …"). */
const GO_AHEAD: Record<Language, RegExp> = {
  en: /\b(go ahead|let s go|let s do (it|this)|let s wrap (it|this) up|go for it|send it|ship it)\b/,
  es: /\b(adelante|dale|venga|tira|hazlo|vamos alla|manda(lo|la|melo)?|envia(lo|la|melo)?)\b/,
};
/** The shopper's own place as where something goes ("to my place in Tulsa", "a mi oficina"). */
const OWN_PLACE: Record<Language, RegExp> = {
  en: /\bto (my|our) (place|home|house|apartment|flat|office|work|address|door|parents|mom s|dad s)\b/,
  // A catalog selling for the home has "casa" in English already ("a mi home"): still the shopper's place.
  es: /\ba (mi|nuestra|nuestro) (casa|piso|oficina|trabajo|direccion|apartamento|depa|departamento|domicilio|home|house|office|apartment)\b/,
};

/**
 * The whole-cart, checkout or person request the text makes, if any. `slots` keeps a named
 * product's question ("how much is the X altogether") out of a read-back.
 */
export function cartTalk(
  text: string,
  lang: Language,
  slots: Slots,
  matched: string | null,
): CartTalk | undefined {
  if (HUMAN[lang].test(text)) return 'human';
  if (CLEAR[lang].test(text) && !slots.productNames?.length) return 'clear_cart';
  if (SAVE_LATER[lang].test(text) && matched !== 'list_saved') return 'save_item';
  const checkout = INTENT_PATTERNS[lang].checkout?.test(text) || CHECKOUT_MORE[lang].test(text);
  // "Ok, let's go ahead, it's going to my place in Tulsa": consent and where it goes, said not asked.
  if (
    GO_AHEAD[lang].test(text) &&
    DESTINATION[lang].test(text) &&
    OWN_PLACE[lang].test(text) &&
    !ASKS[lang].test(text) &&
    !slots.productNames?.length
  )
    return 'checkout';
  if (
    !ASKS[lang].test(text) &&
    !slots.productNames?.length &&
    (DONE_ALONE[lang].test(text) || (checkout && DONE[lang].test(text)))
  )
    return 'checkout';
  // "Checkout, it's shipping to Phoenix": the destination is said, not asked.
  if (
    checkout &&
    !ASKS[lang].test(text) &&
    (matched === null ||
      (matched === 'policy' && DESTINATION[lang].test(text)) ||
      (WANTS_TO[lang].test(text) && !slots.productNames?.length))
  )
    return 'checkout';
  if (READ_BACK[lang].test(text) && !slots.productNames?.length && !slots.category && !slots.brand)
    return 'view_cart';
  if (BILL[lang].test(text)) return 'view_cart';
  return undefined;
}
