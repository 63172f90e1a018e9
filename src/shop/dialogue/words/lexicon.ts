/**
 * Generic shopping language built into the engine: what any store's shoppers say, in English and
 * Spanish. Nothing here names a product, brand or category of a particular catalog; those come
 * from the CatalogVocabulary at run time. Patterns run on normalised text (see text.ts) in which
 * number words are already digits.
 */
import type { Language } from '../../contract.ts';
import { MONEY_NOUN } from './money-words.ts';

export type Intent =
  | 'greeting'
  | 'search'
  | 'refine'
  | 'details'
  | 'compare'
  | 'availability'
  | 'add_to_cart'
  | 'remove_from_cart'
  | 'update_quantity'
  | 'view_cart'
  | 'promo'
  | 'checkout'
  | 'confirm'
  | 'deny'
  | 'order_status'
  | 'identify'
  | 'save_item'
  | 'list_saved'
  | 'history'
  | 'research'
  | 'research_status'
  | 'help'
  | 'human'
  | 'goodbye'
  | 'survey'
  | 'reset'
  | 'clear_cart'
  | 'cancel_order'
  | 'list_promos'
  | 'policy'
  | 'spec'
  | 'unknown';

type Patterns = Partial<Record<Intent | 'remove', RegExp>>;

const N = '\\d+(?:\\.\\d+)?';

/** Ordered: the first matching intent wins (see nlu.ts for the few cross-intent rules). */
export const INTENT_PATTERNS: Record<Language, Patterns> = {
  en: {
    human:
      /\b(human|real person|an? (agent|representative|operator)|customer (service|support)|live (person|agent)|(talk|speak|chat) (to|with) (a |an |some )?(\w+ )?(person|someone|somebody|people|human|agent))\b/,
    survey: new RegExp(
      `\\b(survey|feedback|rate (you|it|this|the)|rating|(?<!\\b(the|these|those|your|of|in|any) )(${N}|one) (stars?|out of 5)(?! (ball|balls|one|ones|rated|grade)\\b))\\b|\\b(i (d|would) (rate|give)( (it|you))? (${N}|one))\\b`,
    ),
    research_status:
      /\b(research (results?|ready|done|status)|what did you find( out)?|is (the|my) research|results of (the|my) research|how is the research)\b/,
    research: /\b(research|look into|investigate|deep dive|find out (about|which|what)|dig into)\b/,
    history:
      /\b(order history|(past|previous|earlier|old) (orders|purchases)|what (did|have) i (buy|bought|order|ordered|purchased?)|purchase history|shopping history|bought before|my (past )?orders)\b/,
    order_status:
      /\b((where|how) (is|s) my (\w+ ){0,2}(order|package|parcel|stuff)|my (last|latest|recent) order|order status|status of (my |the )?order|track(ing)? (my |the )?(order|package)|(has|have|did|is|was) (my|the|our) (\w+ ){0,2}(order|package|parcel|delivery) (been )?(shipped|arrived|left|gone out|dispatched|sent|posted|come|set off|departed|leave|ship|arrive|go out)|when (will|does) (my|the) (order|package) (arrive|come|ship)|(check|about) (my |the )?order( \w+)? \d|order (number )?#?[a-z]*\d+)\b|\b(i|we) (ordered|bought|purchased) (\w+ ){0,3}(leave|left|ship|shipped|go out|gone out|set off|arrive|arrived|come|dispatched|been sent|been shipped)\b|\bwhere (is|s|are) (my|the|our) (\w+ ){0,3}order at\b/,
    identify:
      /\b(customer (number|id)|member(ship)? number|account number|document (number|id)|id number|passport|(zip|postal) code|postcode|log ?in|sign in|identify|it s me|this is customer)\b/,
    promo: /\b(promo|coupon|discount code|voucher|promotion(al)? code|gift code|apply (the )?code|code is)\b/,
    list_saved:
      /\b((show|see|list|read|what s in|whats in|what is in|what are) (me )?(my |the )?(saved( items)?|wish ?list|favou?rites|bookmarks)|what (did|have) i saved?|my (saved items|wish ?list|favou?rites))\b/,
    save_item:
      /\b(save (it|this|that|them|the|for later|to)|(add|put) (it |this |that |them )?(to|on|in) (my )?(wish ?list|favou?rites)|wish ?list|bookmark|remember (this|it|that)|(keep|hold|put aside|set aside) [a-z ]{1,40} for later|(move|put|send|stick|park|shift) [a-z ]{1,40} (to|in|into|on) (my |the )?(saved|saved items|save for later|saved for later|later list))\b/,
    checkout:
      /\b(check ?out|check (me|us) out|place (the |my |an )?order|buy (now|everything)|pay( now)?|complete (my |the )?(order|purchase)|finish (my |the )?(order|purchase)|proceed to (payment|checkout)|ready to (order|buy|pay)|i m ready|checkout)\b/,
    compare:
      /\b(compare|comparison|difference between|differences|versus|vs|which (one )?is better|what s the difference|(separates?|distinguishes?) (\w+ ){1,5}from|sets (\w+ ){1,5}apart|(different|differs?) from|how (does|do) (\w+ ){1,6}compare)\b/,
    // Any verb of discarding with its object ("lose the strap", "scratch the protector", "ditch it").
    remove:
      /\b(remove|delete|take (out|off|away)|take (the |that |this |it )?[a-z ]{0,30} out of|get rid of|drop)\b|\btake (the |that |this )?[a-z ]{0,30} out$|\b(lose|ditch|scratch|nix|scrap|axe|bin) (the|that|this|those|these|my|it|them)\b(?! (in|into|on|to)\b)|\bforget (about )?(the|those|these|my) (?!(rest|idea|whole|lot|list|search|results|others|other|last|previous|question)\b)|^(?!(can|could|do|does|how|is|will|would|should)\b).*\b(pull|take|yank|get|knock|pop) (the|that|this|those|these|my|it|them)( [a-z]+){0,4} (back )?(out|off)\b(?! of (the |its |their )?(box|bag|case|package|packaging|wrapper)\b)/,
    update_quantity: new RegExp(
      `\\b((change|set|update|make) (the |that |it )?(quantity|amount|number)|make (it|that|them) ${N}|(change|set|update) (it|that) to ${N}|(change|set|update|make) (the |my )?[a-z ]{1,40} to (just |only )?(${N}|one)\\b|${N} instead|only (want|need) (${N}|one)|quantity (to )?${N})\\b`,
    ),
    // Last alternative: "one of those too", "two of them please": a count of what was just
    // shown, said with no verb, takes it ("uno de esos también" in Spanish).
    add_to_cart:
      /\b(add|ad|put (it|them|this|that|one|the|\d+)|buy (it|them|this|that|the|one|\d+)|i ll take|i will take|i d like to buy|i want to buy|get me|(throw|toss|chuck) in|grab me|place (it|them) in|to (my |the )?(cart|basket|bag)|into (my |the |your )?(cart|basket|bag)|(goes|go|going) in(to)? (my |the |your )?(cart|basket|bag))\b|\b(stick|pop|bung|chuck|toss|throw) (it|them|that|this|those|these|the|one|a|an)\b(?:(?! (out|off|back)\b).){0,40} in(to)?( (my|the|your) (cart|basket|bag|order))?( (too|as well|please|then|for me))*$|^(?:and |ok |okay |yes |yeah |sure |then )?(?:\d+|one|a couple|a pair|a few)(?: more)? of (?:those|these|them|that one|this one)(?: (?:too|as well|also|please|then|thanks))*$/,
    view_cart:
      /\b((my|the) (shopping )?(cart|basket|bag)|what s in (my|the)|how much (is|are) (my|the) (cart|total|basket|order)|how much do i owe|(cart|order) total|my total|what (does|do) (that|it|this|everything|all that|they) come to|what (s|is) the total|how much (is )?(that|everything|it all) (altogether|in total|all together)|show (me )?(my |the )?cart|how much is (it|that|everything) (all )?(now|so far)|how much is it all|read (me )?(back|out) (what|my|the|everything)|what (do i have|have i got|i have|i ve got|i got)( so far| now| in there)?$|where (am i|are we) (at|with)|(total|price|money)[ -]wise|running total|what s the damage)\b|^(the |my )?(cart|basket)( please| now)?$/,
    availability:
      /\b(in stock|available|availability|do you have (it|this|that|them|one|the \w+ one) in|(does|do) (it|this|that|they|those) come in|comes? in|have (it|them|that|this) in|is there (a|an|one) in|any left|sold out|(is|are) (it|they|this|that) (in|available))\b/,
    details:
      /\b(tell me (more )?about|more (about|info|information|details)|details|describe|what (is|s) (it|that|this) made of|made of|what material|how much (is|does|are) (it|this|that|the)|price of|what about (it|this|that)|reviews?|features|specs)\b/,
    search:
      /\b(looking for|look for|search|find|show me|do you (have|sell|carry)|i need|i want|i (d|would) (like|love)(?! (to|it|them|that|this|one|those|these)\b)|got any|any|browse|recommend|suggest|something|i m after|have you got)\b/,
    help: /\b(help|what can you do|how does (this|it) work|what do you do)\b/,
    goodbye:
      /\b(bye|goodbye|see you|that s all|that is all|i m done|nothing else|good night|thanks that s it)\b/,
    greeting: /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|howdy)\b/,
  },
  es: {
    human:
      /\b(humano|persona (real|de verdad)|un (agente|representante|operador|asesor)|atencion al cliente|servicio al cliente|hablar con (una |alguna )?(persona|alguien))\b/,
    survey: new RegExp(
      `\\b(encuesta|calificacion|calificar|valoracion|valoro|puntuacion|opinion del servicio|(${N}|una|un) estrellas?|(le |te )(doy|pongo) (un )?(${N}|una|un)\\b|\\b(doy|pongo) (un )?(${N}|una|un)$)`,
    ),
    research_status:
      /\b(resultados? de la investigacion|que (has )?encontra(ste|do)|esta lista la investigacion|como va la investigacion)\b/,
    research: /\b(investiga|investigar|investigacion|averigua|averiguar|indaga)\b/,
    history:
      /\b(historial|compras anteriores|pedidos anteriores|(que|lo que) (he comprado|compre|pedi)|mis pedidos|mis compras)\b/,
    // "¿Ya mandasteis el monociclo?": the shop's sending, asked in the past with "ya", names the order.
    order_status:
      /\b(donde (esta|estan|anda|va) mi (pedido|paquete|compra)|(como|que tal) (va|esta|anda|van) (mi|el) (pedido|paquete|envio|compra)|en que estado (esta|va) (mi|el) (pedido|paquete|compra)|estado de(l| mi) pedido|rastrear|seguimiento|cuando llega|ha (sido enviado|llegado) mi pedido|ya (salio|envio|enviaron) mi pedido|(han|ha) (enviado|mandado) (ya )?(mi|el) pedido|pedido (numero )?#?[a-z]*\d+|(mi|el) (pedido|paquete|envio|compra) (ya )?(va|viene|esta) (de |en )?camino|(mi|el) (pedido|paquete|compra) (ya )?(ha )?(salido|llegado|sido enviado)|(mi|el) (pedido|paquete|envio|compra) (del? (la |el |los |las )?\w+ )?(ya )?(salio|ha salido|llego|ha llegado|se envio|se ha enviado|lo (enviaron|mandaron|han enviado)))\b|\bya (me |nos )?(mandasteis|mandaron|mando|enviasteis|enviaron|envio|despachasteis|despacharon|despacho|habeis (mandado|enviado|despachado)|han (mandado|enviado|despachado)) (mi |el |la |los |las |lo )(?!(codigo|cupon|correo|email|mail|mensaje|enlace|link|factura)\b)|\b(que|lo que) (pedi|encargue|compre|pedimos|encargamos|compramos)\b.*\b(salieron|salio|han salido|ha salido|enviaron|mandaron|despacharon|llegaron|llego|estan en camino|va en camino|van en camino)\b/,
    identify:
      /\b(numero de (cliente|socio|cuenta|documento)|documento|dni|pasaporte|cedula|codigo postal|identificar(me)?|iniciar sesion|soy (el )?cliente)\b/,
    promo: /\b(codigo( de)? (descuento|promocional|promo)|cupon|promo|codigo|vale de descuento)\b/,
    list_saved:
      /\b((muestrame|ensename|ver|cuales son|que hay en|lee(me)?) (mis |los |la |mi )?(guardados|favoritos|lista de deseos)|que (he )?guarde|que (tengo|hay) guardado|lo (que tengo )?guardado|mis (guardados|favoritos)|mi lista de deseos)\b/,
    // "Tapas de guardar", "bolsas para guardar ropa": an infinitive after de / para is what the
    // thing is for (storage), never a request to save it.
    save_item:
      /(?<!\b(?:de|para|pa) )\b(guarda(lo|la|los|las|r|me|melo|mela)?|(a|para) (mis )?favoritos|lista de deseos|para (despues|luego|mas tarde|mas adelante|otro momento|otro dia)|marcar|(a|en) (mis |los )?guardados)\b/,
    checkout:
      /\b(pagar|finalizar (la |mi )?compra|realizar (el |mi )?pedido|(hacer|haz|haga|hagan|haced|hazme) (el |mi )?pedido|que salga (el |mi )?pedido|tramitar|tramita (el |mi )?pedido|finaliza(r|mos)?|vamos a (terminar|pagar)|terminemos|terminar (la |mi )?compra|confirmar (el |mi )?pedido|completar (la |mi )?compra|ir a (pagar|caja)|comprar ya|lo compro ya)\b/,
    compare:
      /\b(compara(r|los|las|me|melos|melas)?|comparacion|diferencia(s|n)?|distingue(n)?|versus|cual es mejor|(que|en que) se (diferencia|distingue)n?)\b/,
    // Imperatives carry clitics ("quítame la correa", "sácamelo"); "X fuera" puts a line out.
    // "¿Se puede quitar la capucha?" asks what the product does, it removes nothing; "la marca
    // va a sacar un modelo nuevo" tells of a brand bringing a product out.
    // "Olvida la de rebote", "olvídate de las tijeras": a thing forgotten is taken out (a filter
    // forgotten, "olvida la talla", is not a product).
    remove:
      /(?<!\bse (?:le |les )?(?:puede|pueden|podra|podran|podria|podrian) )(?<!\b(?:va|van|vas|iba|iban|acaba|acaban) a )\b(quita|elimina|borra|saca)(r|me|nos)?(lo|la|los|las)?\b|\b(olvida|olvidate|olvidad|olvide|olvidense)( de| del)? (el |la |los |las )?(?=\w)(?<=(del|el|la|los|las) )(?!(talla|tallas|color|colores|precio|marca|filtros?|busqueda)\b)|^(\w+ ){0,2}(el|la|los|las) [a-z ]{2,40} fuera$|^fuera (el|la|los|las)\b/,
    update_quantity: new RegExp(
      `\\b(cambia(r)? (la )?cantidad|pon(er)? (la cantidad )?(a |en )?${N}( unidades| pares)?$|cambia(r)? (el|la|los|las)( de)? [a-z ]{1,40} a (${N}|una|uno)\\b|mejor ${N}|solo (quiero|necesito) ${N}|cantidad (a |de )?${N}|que sean ${N})\\b`,
    ),
    add_to_cart:
      /\b(anade|anadelo|anadela|anadelos|anadelas|anadir|agrega(lo|la|los|las|r)?|ponlo|ponla|ponlos|ponlas|ponme|ponmelo|ponmela|ponmelos|ponmelas|mete(lo|la|los|las)?|me (lo |la |los |las )?llevo|lo compro|la compro|(al|en el|a mi) (carrito|cesta))\b|^(?:y |vale |si |bueno )?(?:\d+|uno|una|un par) (?:mas )?de (?:esos|esas|estos|estas|ellos|ellas)(?: (?:tambien|porfa|por favor|entonces))*$/,
    view_cart:
      /\b((mi|el|la) (carrito|cesta)|(que|lo que) (hay|tengo|llevo) en (el|mi|la)|cuanto (llevo|debo)|cuanto es (el|mi) total|total del (carrito|pedido)|ver (el )?carrito|cuanto (me )?(va|es|sale|va saliendo|sube) (todo|el total)|(leeme|lee|repasame|repasa|dime) (lo que (llevo|tengo)|que (llevo|tengo))|lo que llevo (hasta ahora|en total)?$)\b|^(el |mi )?(carrito|cesta)( por favor)?$/,
    availability:
      /\b(en stock|disponible(s)?|disponibilidad|hay stock|(lo|la|los|las) (tienes|tiene|teneis|tienen|tenes|hay) en|viene(n)? en|queda(n)? (en|alguno|alguna)|agotado|esta(n)? disponible|en (que|cuales) (colores|tallas|talles|medidas|tamanos|pesos|numeros|opciones|formatos|versiones|largos|anchos|aromas|sabores|fragancias|olores|acabados|modelos|presentaciones|capacidades|materiales|estilos|disenos|grosores|longitudes|tonos|paquetes) (viene|vienen|sale|salen|esta|estan|hay|(lo|la|los|las) (tienes|tiene|tenes|teneis|tienen|hay|venden|vendes|vendeis))|(que|cuales) (colores|tallas|talles|medidas|tamanos|pesos|numeros|formatos|versiones|aromas|sabores|fragancias|olores|acabados|modelos|presentaciones|capacidades|materiales|estilos|disenos|grosores|longitudes|tonos|paquetes) (tiene|tienen|tienes|tenes|teneis|hay|trae|traen|viene|vienen|quedan|queda)|de que (colores|tallas|talles|medidas|tamanos|pesos|numeros) (es|son|viene|vienen|hay))\b/,
    details:
      /\b(cuentame|hablame (de|del|sobre)|cuentame (de|del|sobre)|dime mas|informacion (de|sobre)|mas (sobre|informacion|detalles)|detalles|describe(lo|la)?|de que (esta hecho|material)|cuanto (cuesta|vale)|precio de|que tal (es )?(el|la|ese|esa)|caracteristicas|opiniones|resenas)\b/,
    search:
      /\b(busco|buscar|buscando|muestrame|ensename|tienes|tienen|teneis|tenes|venden|vendeis|vendes|manejan|necesito|quiero|(quisiera|me gustaria) (ver|mirar)|hay|recomienda(me)?|sugiere|algo|algun|alguna)\b/,
    help: /\b(ayuda|ayudame|que puedes hacer|como funciona)\b/,
    // "Nada más las que van con rodamientos" is "only those that…", no goodbye.
    goodbye:
      /\b(adios|chao|chau|hasta luego|hasta pronto|eso es todo|nada mas(?! (?:los|las|lo|el|la|aquellos|aquellas) (?:que|de|con)\b)|es todo|me voy)\b/,
    greeting: /^(hola|buenos dias|buenas tardes|buenas noches|buenas|que tal)\b/,
  },
};

/** Affirmations and refusals, for the explicit yes before an order and for clarifications. */
export const YES: Record<Language, RegExp> = {
  en: /^(yes|yeah|yep|yup|sure|correct|confirm(ed)?|go ahead|do it|ok|okay|affirmative|that s right|please do|sounds good|absolutely|of course|right|place (it|the order))\b/,
  es: /^(si|claro|confirmo|confirmar|confirmado|adelante|dale|de acuerdo|vale|correcto|por supuesto|hazlo|ok|okay|perfecto|exacto)\b/,
};
export const NO: Record<Language, RegExp> = {
  en: /^(no|nope|nah|cancel|don t|do not|stop|wait|not yet|never ?mind|hold on)\b/,
  // "Para" alone is "stop"; "para el verano" is a preposition.
  es: /^(no|cancela(r|lo)?|espera|todavia no|aun no|mejor no|olvidalo|para(?=$| ya\b| para\b))\b/,
};
/** Hedges that turn a "yes" into something other than consent ("yes but change the size"). */
export const HEDGE: Record<Language, RegExp> = {
  en: /\b(but|not|don t|change|wait|instead|actually|remove|add)\b/,
  es: /\b(pero|no|cambia|espera|mejor|quita|anade|agrega)\b/,
};

/** Price bounds; the number is the first capture group after the trigger phrase. */
export const PRICE: Record<Language, { max: RegExp; min: RegExp; between: RegExp; around: RegExp }> = {
  en: {
    // "Nothing over 20", "not above 50", "20 or less", "20 dollars max": a cap said the other way round.
    max: new RegExp(
      `\\b(under|below|less than|cheaper than|up to|no more than|max(imum)?|at most|within|lower than|beneath|(?:nothing|not|no|none) (?:over|above|more than|higher than|pricier than)|(?:don t|do not|dont|won t|will not|wouldn t|would not|can t|cannot|not|never|rather not)(?: \\w+){0,4} (?:spend|spending|pay|paying|go|going|drop|dropping|shell out) (?:any )?(?:more than|over|above|beyond|past))( a| an)? (${N})\\b|\\b(${N})(?= (?:${MONEY_NOUN})? ?(?:or (?:less|under|below|cheaper)|max|maximum|tops|at most)\\b)|\\b(?:for|at) (${N})(?= ${MONEY_NOUN}\\b)`,
    ),
    min: new RegExp(
      `(?<!\\b(?:nothing|not|no|none) )\\b(over|above|more than|at least|starting (at|from)|higher than|min(imum)?)( a| an)? (${N})\\b`,
    ),
    between: new RegExp(`\\b(between|from) (${N}) (and|to) (${N})\\b`),
    around: new RegExp(`\\b(around|about|roughly|approximately|close to)( a| an)? (${N})\\b`),
  },
  es: {
    max: new RegExp(
      // "900 pavos o menos", "2000 como mucho": the cap said after the figure.
      `\\b(menos de|por debajo de|hasta|maximo( de)?|no mas de|inferior(es)? a|como maximo|mas baratos? que|que no (?:pasen?|superen?|excedan?)(?: de)?|que no (?:cuesten?|valgan?) mas de|sin pasar(?:me|se)? de|no(?: \\w+){0,3} (?:gastar(?:me)?|gasto|pagar|pago|soltar|pasar(?:me)?|dejar(?:me)?)(?: de)? (?:mas de|por encima de|arriba de))( unos)? (${N})\\b|\\b(${N})(?= (?:(?:dolares|dolar|euros?|pesos|pavos|pelas|lucas|usd|eur) )?(?:o menos|como mucho|como maximo|maximo|a lo sumo|tope)\\b)`,
    ),
    min: new RegExp(
      `(?<!\\b(?:no|nada|cuesten?|valgan?) )\\b(mas de|por encima de|desde|minimo( de)?|al menos|superior(es)? a|como minimo)( unos)? (${N})\\b`,
    ),
    between: new RegExp(`\\b(entre|de) (${N}) (y|a) (${N})\\b`),
    // "Unos 40 cm de pecho" is a measure, not a price.
    around: new RegExp(
      `\\b(alrededor de|unos|aproximadamente|cerca de|sobre los)( unos)? (${N})\\b(?! ?(?:cm|centimetros|mm|milimetros|m|metros|kg|kilos|g|gramos|l|litros|ml|lb|libras|pulgadas|pies|anos|meses|dias|semanas|horas|minutos|grados|psi)\\b)`,
    ),
  },
};

export const ORDINALS: Record<Language, Record<string, number>> = {
  en: {
    first: 1,
    '1st': 1,
    second: 2,
    '2nd': 2,
    third: 3,
    '3rd': 3,
    fourth: 4,
    '4th': 4,
    fifth: 5,
    '5th': 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    last: -1,
  },
  es: {
    primero: 1,
    primeros: 1,
    primeras: 1,
    primera: 1,
    primer: 1,
    segundo: 2,
    segunda: 2,
    tercero: 3,
    tercera: 3,
    tercer: 3,
    cuarto: 4,
    cuarta: 4,
    quinto: 5,
    quinta: 5,
    sexto: 6,
    sexta: 6,
    septimo: 7,
    septima: 7,
    octavo: 8,
    octava: 8,
    noveno: 9,
    novena: 9,
    decimo: 10,
    decima: 10,
    ultimo: -1,
    ultima: -1,
  },
};
/** "number two", "option 3", "el numero dos". */
export const POSITION_WORDS: Record<Language, RegExp> = {
  en: /\b(number|option|item|choice|result|no) (\d+|one)\b/,
  es: /\b(numero|opcion|articulo|resultado) (\d+|uno|una)\b/,
};

export const REFERENCES: Record<
  Language,
  { cheapest: RegExp; priciest: RegExp; anaphora: RegExp; all: RegExp }
> = {
  en: {
    cheapest:
      /\b(cheaper|cheapest|least expensive|less expensive|lowest (price(d)?|cost)|most affordable|more affordable|costs? (me )?(the )?least|least money|less money|(the )?fewest (dollars|euros|pounds|bucks|quid)|(won t|wouldn t|doesn t|will not|would not|does not|not) break the bank|easiest on the (wallet|pocket))\b/,
    priciest:
      /\b(more expensive|most expensive|priciest|pricier|higher end|premium one|costs? (the )?most)\b/,
    anaphora: /\b(it|that|this|those|these|them|that one|this one|the same)\b/,
    all: /\b(them|all|these|those|both|all of them|the three|the two)\b/,
  },
  es: {
    // Also the least money said by spending or paying ("¿con cuál gasto menos?").
    cheapest:
      /\b(mas barat[oa]s?|menos car[oa]s?|economic[oa]s?|(cuesta|vale|sale) menos|(que |el que |la que )?menos (\w+ )?(cuesta|cuestan|vale|valen|sale|salen)|(me )?(gasto|gasta|gaste|gastaria|gastamos|gastas|pago|paga|pagas|pague|pagaria|pagamos) menos|menos (plata|dinero|pasta|guita|lana|feria|pelas))\b/,
    priciest: /\b(mas car[oa]s?|(cuesta|vale|sale) mas)\b/,
    anaphora:
      /\b(ese|esa|este|eso|esto|esos|esas|estos|estas|el mismo|la misma)\b|\b(lo|la|los|las) (quiero|tomo|compro|llevo|tienes|tiene|teneis|tienen|hay)\b|(lo|la|los|las)$|\b(anade|agrega|quita|elimina|borra|guarda|compra|pon|mete|describe|compara|saca)(me)?(lo|la|los|las)\b/,
    all: /\b(ambos|ambas|todos|todas|los dos|las dos|los tres|las tres|estos|estas|esos|esas)\b/,
  },
};

/** Names of one colour in both languages: the one colour table (catalog/color-table.ts). */
export { COLOR_NAME_GROUPS as COLOR_FAMILIES } from '../../catalog/search-colors.ts';

/** Spoken size names mapped to the size labels catalogs use. */
export const SIZE_WORDS: Record<string, string[]> = {
  XS: ['extra small', 'x small', 'xs', 'extra pequena', 'extra pequeno', 'muy pequena'],
  S: ['small', 'pequena', 'pequeno', 'chica', 'chico'],
  M: ['medium', 'mediana', 'mediano', 'med'],
  L: ['large', 'grande'],
  XL: ['extra large', 'x large', 'xl', 'extra grande', 'ex el'],
  XXL: ['double extra large', 'xx large', 'xxl', '2xl', 'two xl', 'doble extra grande'],
};
export const SIZE_CUE: Record<Language, RegExp> = {
  // "In m", "en M": the cue may be the preposition alone (the label is the last word).
  en: /\b(size|sized|in( a| an| size)?|us|eu|uk)$/,
  // "Una de 17", "la sábana de 78": Spanish names a thing by its size with "de" (only catalog size labels match).
  es: /\b(talla|numero|en( la| el| talla)?|del|de la|de)$/,
};
export const QUANTITY_UNITS: Record<Language, RegExp> = {
  en: /^(of|pairs?|units?|items?|pieces?|more|x|copies|boxes|packs?|times)$/,
  // Containers count too ("dos bobinas", "tres botes"): what a count of goods is sold in.
  es: /^(de|pares?|unidades|unidad|piezas?|mas|copias|cajas|paquetes|bolsas|botellas|latas|botes|tarros|tubos|rollos|bobinas|frascos|sobres|sacos)$/,
};

/** Words never sent as a free-text search query. */
export const STOPWORDS: Record<Language, Set<string>> = {
  en: new Set(
    (
      'a an the i me my mine you your we us our it its is are was be been am do does did have has had can could would ' +
      'will shall should may might must please thanks thank just only some any something anything one ones that this ' +
      'these those them they for of to in on at by with from about and or but so if then there here what which who how ' +
      'want need looking look find search show see get give got like love prefer also too very really much many more less least money ' +
      'under below over above between around than cheaper cheap price priced dollars dollar bucks quid euros euro cost costs ' +
      'hi hello hey okay ok yes no not new good nice best buy sell selling carry im id ill s t re ve ll d m size sizes color colour colors colours ' +
      'kind type sort pair pairs item items product products stuff thing things available stock store shop now today maybe ' +
      // Fillers and hesitations of spoken requests ("hmm, actually not Solstice").
      'actually um umm uh uhh hmm hmmm erm er well oh wait sorry anyway basically nothing though tho either ' +
      // Saying a choice will do ("black works", "la beige me sirve") adds nothing to search for.
      'works'
    ).split(' '),
  ),
  es: new Set(
    (
      'un una unos unas el la los las lo le les yo me mi mis tu tus te se su sus nos es son esta estan ser estar hay ' +
      'de del al a en con por para sin sobre y o pero que cual cuales quien como donde cuando porque muy mas menos ' +
      'busco buscar buscando quiero queria quisiera necesito tienes tienen tiene venden muestrame ensename ver algo algun alguna ' +
      'alguno algunos algunas hola gracias si no por favor favor bueno buena mejor barato barata baratos baratas precio ' +
      'euros euro dolares dolar pesos cuesta cuestan talla tallas color colores tipo clase par pares articulo articulos producto ' +
      'productos cosa cosas disponible stock tienda ahora hoy entre hasta desde unos ese esa este esta eso esto solo solamente unicamente ' +
      'sean sea pues oye vale entonces bueno mmm hmm eh esos esas estos estas teneis tenes vendeis vendes llevais cualquiera cualquier nada ' +
      'sirve sirven viene vienen'
    ).split(' '),
  ),
};

/** Function words that tell English from Spanish in a short transcript. */
export const LANGUAGE_MARKERS: Record<Language, Set<string>> = {
  en: new Set(
    'the i i m im you want show me a an in for with cart size yes what how much do have add order hello hi thanks bye please my under cheaper one is it that this and of to looking need can please where my'.split(
      ' ',
    ),
  ),
  es: new Set(
    (
      'el la los las de del en por para un una unos unas quiero busco carrito talla si que cuanto tienes hay muestrame anade agrega pedido hola gracias adios y con barato baratos mi mis es esta ese esa lo donde necesito quisiera dame menos mas cual buenas buenos tardes noches dias hasta luego ayuda puedes hacer estrellas llevo quita elimina cambia cantidad guarda compara cuentame ' +
      'vale pues entonces vamos oye mejor tambien pero usa aplica haz hazlo pagar teneis tenes vuestro vuestra vuestros vuestras hay ' +
      'como va esta estado tiene tengo puedo quiero queria quiera sean sea ensename enseñame muestrame ' +
      'devolver envio envios enviais haceis garantia pedido pedidos codigo codigos descuento cual cuales ' +
      'alguien algo algun alguna algunos algunas nada todo todos todas ya muy ahora aqui'
    ).split(' '),
  ),
};
