/**
 * Spanish conversations on the English-only roller-skating store (rollerskate-catalog.ts), written
 * for branch dlg-es11 before it touched the engine and scored once untouched. Shoppers from Spain
 * (tú, patines, "me das", pavos), Argentina (vos, "¿tenés…?", rulemanes, lucas), Mexico (usted,
 * "quiero ver", pesos on a dollar store) and Colombia (ustedes, diminutivos), some typed without
 * accents or punctuation: context sentences before a request, price bounds in slang, refinements
 * and negation that keep the kind, sold-out variants and the follow-up after one, policy and a
 * human in Spanish, confirmations and a "no, mejor no".
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NOT_PLACED = ['confirm_order'];
const SOLD_OUT = /agotad|sin stock|no (nos )?qued/i;
const HUMAN = /persona|asesor|equipo|humano|compañer|atención/i;

const RETRO = { name: /Retro Quad Skates/ };
const KNEE = { name: /Knee Pads/ };

export const ROLLERSKATE_SCRIPTS: DevScript[] = [
  {
    name: 'patines de cuatro ruedas (España, tú): contexto antes del pedido, hasta N pavos, no de esa marca, talla y color agotados, rodilleras, quitar, confirmar',
    language: 'es',
    steps: [
      {
        say: 'hola, el sábado me voy a patinar al paseo marítimo con unas amigas y necesito unos patines de cuatro ruedas',
        kind: 'context sentence before the request (Spanish kind word)',
        shown: { category: 'quad-skates' },
      },
      {
        say: '¿cuáles tienes por menos de 150 pavos?',
        kind: 'price bound with money slang, keeps the kind',
        shown: { category: 'quad-skates', maxPrice: 150, some: /Retro/ },
      },
      {
        say: 'me das los retro en talla 7 en mint',
        kind: 'sold-out combination (catalog colour name)',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        say: 'vale, pues en negro',
        kind: 'follow-up after a refused add (colour in Spanish)',
        cart: [{ ...RETRO, size: '7', color: 'Black' }],
      },
      {
        say: '¿cuánto pesan?',
        kind: 'figure from the English text',
        notCalls: NO_SEARCH,
        reply: [/2[.,]1 ?kg/],
      },
      {
        say: 'ahora quiero ver rodilleras',
        kind: 'Spanish kind word (protective gear)',
        shown: { some: /Knee Pads/ },
      },
      {
        say: 'ponme unas rodilleras talla M',
        kind: 'sold-out size',
        reply: [SOLD_OUT],
        cart: [RETRO],
      },
      {
        say: 'entonces la L',
        kind: 'follow-up after a refused add (size alone)',
        cart: [RETRO, { ...KNEE, size: 'L' }],
      },
      {
        say: 'y un casco talla M en blanco',
        kind: 'Spanish kind word with size and colour',
        cart: [RETRO, KNEE, { name: /Skate Helmet/, size: 'M', color: 'White' }],
      },
      {
        say: 'quita las rodilleras',
        kind: 'remove by Spanish kind word',
        cart: [RETRO, { name: /Skate Helmet/ }],
      },
      { say: 'ya esta, quiero pagar', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      {
        say: 'si, confirmo',
        kind: 'confirmation without accent',
        calls: ['confirm_order'],
        orderStatus: 'placed',
      },
    ],
  },
  {
    name: 'ruedas y rulemanes (Argentina, vos): ¿tenés…?, entre X e Y, la más barata, pero no de esa marca, sin tildes, lucas, envío, persona',
    language: 'es',
    steps: [
      {
        say: 'che tenes ruedas para patinar en la calle',
        kind: 'no accents or punctuation, Spanish kind word',
        shown: { category: 'wheels', some: /Outdoor Wheels/ },
      },
      {
        say: '¿en qué colores vienen las de calle?',
        kind: 'option values of the outdoor wheels',
        notCalls: NO_SEARCH,
        reply: [/Clear|transparente/i, /Purple|violeta|morad/i],
      },
      {
        say: 'pasame las naranjas',
        kind: 'sold-out value in Spanish (Orange)',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        say: 'dale, entonces las violetas',
        kind: 'follow-up after a refused add (colour in Spanish)',
        cart: [{ name: /Outdoor Wheels/, color: 'Purple' }],
      },
      {
        say: 'y rulemanes tenés?',
        kind: 'regional kind word (rulemanes = bearings)',
        shown: { category: 'bearings' },
      },
      { say: '¿cuál es el más barato?', kind: 'superlative over the list shown', best: /ABEC-7/ },
      {
        say: 'sumame ese',
        kind: 'add the one put forward',
        cart: [{ name: /Outdoor Wheels/ }, { name: /ABEC-7 Bearings/ }],
      },
      {
        say: 'mostrame protecciones entre 20 y 30 dolares',
        kind: 'price range between two bounds',
        shown: { category: 'protective-gear', maxPrice: 30, some: /Wrist Guards|Elbow Pads/ },
      },
      {
        say: '¿las muñequeras se pueden lavar en el lavarropas?',
        kind: 'yes/no from the English text (negative)',
        notCalls: NO_SEARCH,
        reply: [/\bno\b/i],
      },
      {
        say: 'cuanto sale el envio si gasto menos de 99 lucas',
        kind: 'policy covered (shipping cost) with slang and no accents',
        notCalls: NO_SEARCH,
        reply: [/\$ ?7\b|\b7(?:[.,]00)? ?(?:US\$|dólares|USD)/i],
      },
      {
        say: 'quiero hablar con una persona',
        kind: 'human handoff in Spanish',
        calls: ['request_human'],
        reply: [HUMAN],
      },
    ],
  },
  {
    name: 'en línea para niños (México, usted): quiero ver, pesos en una tienda en dólares, no de esa marca, diminutivos, devolución, no mejor no',
    language: 'es',
    steps: [
      {
        say: 'buenas, quiero ver patines en linea para mi hija de ocho años',
        kind: 'Spanish kind word with an audience',
        shown: { category: 'inline-skates', some: /Junior/ },
      },
      {
        say: '¿cuánto cuestan los junior?',
        kind: 'price of a product named',
        notCalls: NO_SEARCH,
        reply: [/79/],
      },
      {
        say: 'póngame los junior talla S en morado',
        kind: 'add with size and colour in Spanish (Purple)',
        cart: [{ name: /Junior Inline/, size: 'S', color: 'Purple' }],
      },
      {
        say: 'también unas rodilleritas talla XS',
        kind: 'diminutive of a Spanish kind word',
        cart: [{ name: /Junior Inline/ }, { ...KNEE, size: 'XS' }],
      },
      {
        say: 'y unos patines de cuatro ruedas que no sean glidewell',
        kind: 'negation of a brand keeping the kind',
        shown: { category: 'quad-skates', notBrand: 'Glidewell' },
      },
      {
        say: '¿tiene algo para apretar los ejes, una llavecita?',
        kind: 'diminutive of a tool word',
        shown: { some: /Skate Tool/ },
      },
      {
        say: 'agréguela',
        kind: 'add the one shown (pronoun)',
        cart: [{ name: /Junior Inline/ }, KNEE, { name: /Skate Tool/ }],
      },
      {
        say: 'si los patines no le quedan ¿los puedo devolver?',
        kind: 'policy covered (returns)',
        notCalls: NO_SEARCH,
        reply: [/30 (?:days|días)/i],
      },
      { say: 'bueno, ya quiero pagar', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      {
        say: 'no, mejor no, espéreme tantito',
        kind: 'declined confirmation',
        notCalls: NOT_PLACED,
      },
    ],
  },
];
