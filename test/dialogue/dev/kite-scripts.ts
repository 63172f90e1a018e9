/**
 * Spanish conversations on the English-only kite and kiteboarding store (kite-catalog.ts), written
 * for branch dlg-es11 before it touched the engine and scored once untouched. Shoppers from Mexico
 * (usted, papalote, pesos on a dollar store), Argentina (vos, barrilete, "¿tenés…?", lucas), Spain
 * (tú, cometa, pavos, vale) and Chile (volantín, al tiro): regional kind words, context before the
 * request, price bounds, refinements that keep the kind, negation of a brand, sizes in square
 * meters and board lengths, sold-out variants and what follows, spec figures from English text,
 * policy and a human in Spanish, confirmations.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NOT_PLACED = ['confirm_order'];
const SOLD_OUT = /agotad|sin stock|no (nos )?qued/i;
const HUMAN = /persona|asesor|equipo|humano|compañer|atención/i;

const DELTA = { name: /Delta Kite/ };
const SPARK = { name: /Spark Kiteboarding Kite/ };

export const KITE_SCRIPTS: DevScript[] = [
  {
    name: 'papalotes (México, usted): contexto, menos de N pesos, colores, agotado, el más chico, hilo, pagar con dale',
    language: 'es',
    steps: [
      {
        say: 'oiga, el domingo vamos a la playa con los niños y quiero un papalote',
        kind: 'context sentence before the request (regional kind word)',
        shown: { some: /Delta Kite|Octopus Kite|Mini Diamond/ },
      },
      {
        say: '¿tiene alguno de menos de 30 pesos?',
        kind: 'price bound in pesos on a dollar store, keeps the kind',
        shown: { maxPrice: 30, some: /Delta Kite|Mini Diamond/ },
      },
      {
        say: '¿en qué colores viene el delta?',
        kind: 'option values of a product named',
        notCalls: NO_SEARCH,
        reply: [/Sunset/i, /Rainbow|arco/i],
      },
      {
        say: 'démelo en lagoon',
        kind: 'sold-out value (catalog colour name)',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        say: 'bueno, el sunset entonces',
        kind: 'follow-up after a refused add (value alone)',
        cart: [{ ...DELTA, color: 'Sunset' }],
      },
      {
        say: '¿con cuánto viento vuela?',
        kind: 'figure from the English text',
        notCalls: NO_SEARCH,
        reply: [/8/, /30/],
      },
      {
        say: 'agrégueme también dos papalotitos chiquitos, uno rojo y uno amarillo',
        kind: 'diminutive kind word, several values in one request',
        cart: [DELTA, { name: /Mini Diamond/, color: 'Red' }, { name: /Mini Diamond/, color: 'Yellow' }],
      },
      {
        say: 'y un carrete de hilo de 100 metros',
        kind: 'Spanish product word (line spool)',
        cart: [DELTA, { name: /Mini Diamond/ }, { name: /Mini Diamond/ }, { name: /Kite Line/ }],
      },
      {
        say: 'ya, ¿cómo le hago para pagar?',
        kind: 'checkout',
        calls: ['prepare_order'],
        notCalls: NOT_PLACED,
      },
      { say: 'dale', kind: 'confirmation (regional)', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'kitesurf (España, tú): cometas de kite por metros, agotado, tablas, pero no de esa marca, arnés, traje de neopreno, devolución, listo',
    language: 'es',
    steps: [
      {
        say: 'buenas, estoy empezando con el kitesurf y busco una cometa de 9 metros',
        kind: 'context before the request, size in square meters',
        shown: { category: 'kiteboarding-kites', some: /Spark/ },
      },
      {
        say: 'me das la spark de 9 en volt',
        kind: 'sold-out combination',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        say: 'vale, pues la de 9 en lagoon',
        kind: 'follow-up after a refused add',
        cart: [{ ...SPARK, size: '9m', color: 'Lagoon' }],
      },
      {
        say: '¿la barra viene incluida?',
        kind: 'yes/no from the English text (negative)',
        notCalls: NO_SEARCH,
        reply: [/\bno\b/i],
      },
      {
        say: 'enséñame tablas',
        kind: 'Spanish kind word (boards)',
        shown: { category: 'kiteboards' },
      },
      {
        say: 'pero no de tidewind',
        kind: 'negation of a brand keeping the kind',
        shown: { category: 'kiteboards', notBrand: 'Tidewind', some: /Carbon Twin Tip/ },
      },
      {
        say: '¿cuánto pesa?',
        kind: 'figure from the English text (the one shown)',
        notCalls: NO_SEARCH,
        reply: [/2[.,]6 ?kg/],
      },
      {
        say: 'añade la de 140',
        kind: 'add by option value (length)',
        cart: [SPARK, { name: /Carbon Twin Tip/, options: { Length: '140 cm' } }],
      },
      {
        say: 'necesito tambien un arnes de cintura talla M en lagoon',
        kind: 'sold-out combination, no accents, Spanish kind word',
        reply: [SOLD_OUT],
        cart: [SPARK, { name: /Carbon Twin Tip/ }],
      },
      {
        say: 'pues en negro',
        kind: 'follow-up after a refused add (colour in Spanish)',
        cart: [SPARK, { name: /Carbon Twin Tip/ }, { name: /Waist Harness/, size: 'M', color: 'Black' }],
      },
      {
        say: 'si la cometa no me convence, ¿la puedo devolver?',
        kind: 'policy covered (returns)',
        notCalls: NO_SEARCH,
        reply: [/14 (?:days|días)/i],
      },
      { say: 'listo, a pagar', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí, confirmo', kind: 'confirmation', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'barriletes y trajes (Argentina, vos; Chile): ¿tenés…?, hasta N lucas, solo los de una marca, neopreno, garantía, volantín, persona',
    language: 'es',
    steps: [
      {
        say: 'tenes barriletes acrobaticos de dos lineas',
        kind: 'regional kind word without accents',
        shown: { some: /Stunt Kite/ },
      },
      {
        say: 'quiero ver trajes de neopreno hasta 200 dolares',
        kind: 'Spanish kind word with an upper bound',
        shown: { category: 'wetsuits', maxPrice: 200, some: /Shorty/ },
      },
      {
        say: 'pasame el corto talle L',
        kind: 'add by Spanish adjective (shorty) with size',
        cart: [{ name: /Shorty Wetsuit/, size: 'L' }],
      },
      {
        say: '¿las tablas tienen garantía?',
        kind: 'policy covered (warranty)',
        notCalls: NO_SEARCH,
        reply: [/6 (?:months|meses)/i],
      },
      {
        say: 'hola, ¿tienen volantines para niños?',
        kind: 'regional kind word (Chile) with an audience',
        shown: { some: /Mini Diamond|Delta Kite|Octopus/ },
      },
      {
        say: 'necesito hablar con alguien de la tienda al tiro',
        kind: 'human handoff in Spanish',
        calls: ['request_human'],
        reply: [HUMAN],
      },
    ],
  },
];
