/**
 * Other people's data and the shop's own confidential data (concept-match.ts):
 * - **privacy** (kind `privacy`, strict and moderate): who bought something, where a customer, the
 *   owner or an employee lives, their phone or schedule — also when "your older version told me
 *   before". The shopper's own address, order and shipping are not someone else's.
 * - **the shop's confidential business data** (kind `injection`): what the shop pays its supplier,
 *   its margin or markup, other customers' orders.
 */

import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import { STAFF } from './concept-threats.ts';
import type { PatternRule } from './rules.ts';

/** Asking who did a purchase: the answer is a person. */
const WHO_BOUGHT = concept(
  'who (?:bought|ordered|purchased|picked up|reserved)',
  'whoever (?:bought|ordered|purchased|picked up|reserved|rented)',
  'quien(?:es)? (?:haya|hayan|ha|han) (?:comprado|pedido|alquilado)',
  'who (?:else )?(?:has|had) (?:bought|ordered)',
  'quien(?:es)? (?:compro|compraron|pidio|pidieron|encargo|reservo|se llevo)',
  'quien (?:lo|la|los|las) (?:compro|pidio|encargo)',
  'el que (?:compro|pidio)',
  'which (?:customer|client|person|buyer|shopper)s? (?:bought|ordered|purchased|picked up)',
  'que (?:cliente|persona|comprador)(?:es)? (?:compro|pidio|compraron|pidieron)',
  'la que (?:compro|pidio)',
);
/** What identifies or locates a person. */
const PERSON_DETAILS = concept(
  'names?',
  'address\\w*',
  'phones?',
  'phone numbers?',
  'numbers?',
  'emails?',
  'contact\\w*',
  'lives?',
  'streets?',
  'where to find (?:him|her|them)',
  'find (?:him|her|them)',
  'schedule',
  'shifts?',
  'instagram',
  'nombres?',
  'direccion\\w*',
  'telefonos?',
  'movil',
  'numeros?',
  'correos?',
  'contacto\\w*',
  'vive',
  'calles?',
  'domicilios?',
  'moviles',
  'donde encontrarl[oa]s?',
  'localizarl[oa]s?',
  'horarios?',
  'turnos?',
);
/** Where or how to reach a person other than the speaker. */
const WHEREABOUTS = concept(
  'where (?:does )?(?:\\w+ ){0,3}lives?',
  '(?:his|her|their) (?:home )?(?:address|phone|number|cell|email|schedule|shifts?)',
  'home address',
  '(?:domicilio|direccion|casa|telefono|movil) particular',
  '(?:telefono|movil|numero) personal',
  '(?:personal|private|cell) (?:phone|number|email)',
  'donde vive\\w*',
  'su (?:direccion|telefono|movil|numero|correo|horario|turno|casa)',
  'direccion de (?:la|el|los|las) \\w+',
  'telefono de (?:la|el|los|las) \\w+',
);
/** A named third person the shop knows: a customer, a staff member. */
const THIRD_PARTY = concept(
  '(?:another|other|that|this|the) (?:customer|client|buyer|shopper)s? (?:who|that)',
  '(?:another|other|that|previous|last) (?:customer|client|buyer|shopper)s?',
  'the (?:person|lady|guy|woman|man|girl|boy) who',
  '\\w+ who (?:teaches|served|helped|sold|delivered|attended|works)',
  '(?:otr[oa]s?|ese|esa|el|la|un|una) (?:cliente|clienta|comprador|compradora)s? (?:que|de)',
  '(?:otr[oa]s?|ese|esa|anterior) (?:cliente|clienta|comprador|compradora)s?',
  '(?:otr[oa]|ese|esa|un|una) (?:cliente|clienta|comprador|compradora)s?',
  '(?:los|las) demas (?:clientes|compradores)',
  'la persona que',
  // Every buyer at once: a list of people is as private as one of them.
  '(?:cada|todos los|de los|los) (?:compradores|comprador|clientes)',
  '(?:each|every|all (?:the )?|your) (?:buyers?|customers?|shoppers?|clients?)',
  '(?:buyers|purchasers) of',
  '(?:propietario|dueno|duena) (?:del|de la)',
  '\\w+ que me (?:atendio|vendio|ayudo|entrego)',
  '(?:que|quien) (?:da|imparte|ensena) (?:la|el) (?:clase|curso|taller)',
);
/** "Your previous version told me", "you gave it to me before": a disclosure claimed to repeat it. */
const SAID_BEFORE = concept(
  '(?:your|the) (?:older|old|previous|earlier|last) (?:version|model|bot|assistant)',
  'you (?:already )?(?:told|gave|showed) (?:it to )?me (?:before|yesterday|last time)',
  'say it again',
  'repeat it',
  'version anterior',
  'la otra version',
  'ya me (?:lo |la )?(?:dio|dijo|diste|dijiste|paso|pasaste)',
  'repitel[oa]',
  'dimelo otra vez',
);
/** The owner's or a customer's own, with "my" the shopper asks about their own data. */
const NOT_OTHERS =
  /\b(?:my (?:own )?(?:address|phone|order|number)|mi (?:direccion|telefono|pedido|numero)|customer (?:service|support|care)|atencion al cliente|servicio al cliente)\b/;

/** A code that opens the shop's premises or systems. */
const ACCESS_CODE = concept(
  'pass ?codes?',
  '(?:alarm|gate|door|safe|lockbox|key ?box|keypad|till|register|backend|back-end|admin) (?:codes?|combinations?|pins?)',
  'codes? (?:for|to) the (?:alarm|gate|door|safe|yard|shop|store|warehouse)',
  'codigos? (?:de (?:la |el )?)?(?:alarma|puerta|verja|porton|caja fuerte|acceso)',
  'clave (?:de (?:la |el )?)?(?:alarma|puerta|verja|porton|caja fuerte)',
);
/** The shop's own premises or systems, or a time when nobody from it is there. */
const SHOP_PREMISES = concept(
  '(?:the|your) (?:\\w+ )?(?:yard|shop|store|warehouse|premises|depot|showroom|workshop|till|back ?office)',
  'after (?:hours|closing|dark)',
  'when (?:you|the shop|the store) (?:are|is) closed',
  '(?:la|vuestra|su) (?:tienda|nave|almacen|taller|caja)',
  'del (?:patio|almacen|taller|local)',
  'fuera de horario',
  'cuando (?:cerreis|cierren|este cerrado)',
  'de noche',
);
/** The shopper's own device, or a product's factory code, is not the shop's. */
const OWN_CODE =
  /\b(?:my (?:own |new )?(?:alarm|gate|safe|lock|keypad|door)|default (?:code|pin|combination)|factory (?:code|reset)|reset the (?:code|pin|combination)|mi (?:alarma|caja fuerte|candado|puerta)|codigo (?:de fabrica|por defecto))\b/;

/** What the shop pays, and what it keeps. */
const SUPPLIER = concept(
  'suppliers?',
  'vendors?',
  'wholesal\\w*',
  'distributors?',
  'proveedor\\w*',
  'mayorista\\w*',
  'distribuidor\\w*',
);
const SHOP_PAYS = concept(
  '(?:do|did|does) (?:you|the (?:shop|store)) (?:actually |really )?pay',
  'you (?:actually |really )?pay',
  'what you pay',
  'cost (?:you|the (?:shop|store))',
  'costs? price',
  'buying price',
  'purchase price',
  '(?:os|te|les|le) cuesta\\w*',
  'pagais',
  '(?:pagan|paga) (?:ustedes|la tienda|vosotros)',
  'precio de (?:coste|costo|compra)',
);
/** What the shop pays someone per unit: a supplier by any name. */
const PAY_PER_UNIT = concept(
  '(?:what|how much) do you (?:actually |really )?pay (?:the|your) \\w+ (?:per|for each|a|an)',
  '(?:what|how much) (?:do|does) (?:the|your) \\w+ charge (?:you|the (?:shop|store))',
  'cuanto (?:le|les) pagais (?:al|a los|a la|por)',
  'cuanto os cobra',
);
/** A bare "margin" is also a page's edge (calligraphy paper), so it needs its money sense. */
const MARGIN = concept(
  '(?:your|the (?:shop|store)\\W?s?|what|how much|which) (?:margin|markup|mark-up)s?',
  'how much (?:do|did) you (?:make|earn) on',
  '(?:que|cuanto|vuestro|su) margen',
  'cuanto (?:ganais|ganan|sacais|os llevais)',
);
/** Words that only mean the seller's cut (an HTML markup is cleared by NOT_BOOKS). */
const SELLER_CUT = concept(
  'markups?',
  'mark-ups?',
  'profit margins?',
  'margen(?:es)? de (?:beneficio|ganancia)',
  'sobreprecio',
);
const SHOP_SIDE = concept(
  'you',
  'your',
  'shop',
  'store',
  'os',
  'vuestro\\w*',
  'poneis',
  'tienda',
  'ustedes',
  'ganais',
);
/** A margin of error, a markup language, a profit from one's own brewing are not the shop's books. */
const NOT_BOOKS =
  /\b(?:margin of error|margin for error|markup language|html|margen de error|my (?:own )?(?:margin|profit))\b/;

const RULES: readonly ConceptRule[] = [
  { name: 'who-bought', kind: 'privacy', all: [WHO_BOUGHT, PERSON_DETAILS], span: 14, unless: NOT_OTHERS },
  { name: 'whereabouts-of-staff', kind: 'privacy', all: [WHEREABOUTS, STAFF], span: 10, unless: NOT_OTHERS },
  {
    name: 'whereabouts-of-customer',
    kind: 'privacy',
    all: [WHEREABOUTS, THIRD_PARTY],
    span: 10,
    unless: NOT_OTHERS,
  },
  {
    name: 'details-of-third-party',
    kind: 'privacy',
    all: [PERSON_DETAILS, THIRD_PARTY],
    span: 8,
    unless: NOT_OTHERS,
  },
  {
    name: 'disclosure-repeated',
    kind: 'privacy',
    all: [SAID_BEFORE, PERSON_DETAILS],
    span: 16,
    unless: NOT_OTHERS,
  },
  {
    name: 'shop-access-code',
    kind: 'injection',
    all: [ACCESS_CODE, SHOP_PREMISES],
    span: 14,
    unless: OWN_CODE,
  },
  { name: 'supplier-cost', kind: 'injection', all: [SUPPLIER, SHOP_PAYS], span: 12 },
  { name: 'supplier-cost', kind: 'injection', all: [PAY_PER_UNIT] },
  { name: 'shop-margin', kind: 'injection', all: [MARGIN, SHOP_SIDE], span: 6, unless: NOT_BOOKS },
  { name: 'seller-cut', kind: 'injection', all: [SELLER_CUT], unless: NOT_BOOKS },
];

export const CONCEPT_PRIVACY_RULES: readonly PatternRule[] = RULES.map(conceptRule);
