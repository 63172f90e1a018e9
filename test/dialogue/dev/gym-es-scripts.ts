/**
 * Spanish conversations on the home-gym store (gym-catalog.ts, an English-only catalog in US
 * dollars), written for branch dlg-es8 from the shopper's side before the engine was touched and
 * scored once untouched. Shoppers from Mexico, Spain, Argentina and Colombia open with a Spanish
 * kind word or a use ("pesas", "esterilla para abdominales", "mancuernas regulables", "algo para
 * hacer dominadas"), ask for two products in one add, ask yes/no about a product other than the
 * one in focus and with participles ("¿viene armada?"), and say quantities and sizes the Spanish
 * way ("un par", "media docena", "la de quince milímetros", "de veinte libras"). Each step names
 * its failure kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NOT_PLACED = ['confirm_order'];
const SOLD_OUT = /agotad/i;
const YES = /(?:^|[^\p{L}])sí(?:[^\p{L}]|$)/iu;
const NO = /(?:^|[^\p{L}])no(?:[^\p{L}]|$)/iu;

const HEX = { name: /Hex Rubber Dumbbell/ };
const KETTLE = { name: /Cast Iron Kettlebell/ };
const PLATE = { name: /Olympic Bumper Plate/ };
const BENCH = { name: /Folding Weight Bench/ };
const PULLUP = { name: /Doorway Pull-Up Bar/ };
const MAT = { name: /High-Density Exercise Mat/ };
const POWER = { name: /Long Power Band/ };
const ROPE = { name: /Speed Jump Rope/ };
const HRM = { name: /Heart Rate Monitor/ };
const GLOVES = { name: /Padded Lifting Gloves/ };
const ROLLER = { name: /Foam Roller/ };
const SHAKER = { name: /Insulated Shaker Bottle/ };

export const GYM_ES_SCRIPTS: DevScript[] = [
  {
    name: 'pesas (México, usted): pesas, libras, un par de veinte, ¿las de veinticinco?, ¿la banca viene armada?, banca roja y cuerda negra, qué llevo, cóbreme, sí',
    language: 'es',
    steps: [
      { say: 'buenas tardes, ¿tiene pesas?', kind: 'first search by kind word', shown: { some: /Dumbbell/ } },
      {
        say: '¿de cuántas libras vienen las hexagonales?',
        kind: 'option values',
        notCalls: NO_SEARCH,
        reply: [/10 lb/, /20 lb/],
      },
      {
        say: 'deme un par de las de veinte libras',
        kind: 'quantity the Spanish way (un par) with a value in words',
        cart: [{ ...HEX, options: { Weight: '20 lb' }, quantity: 2 }],
      },
      {
        say: '¿y de veinticinco libras sí tiene?',
        kind: 'sold-out value asked',
        notCalls: NO_SEARCH,
        reply: [SOLD_OUT],
      },
      {
        say: 'oiga, ¿y la banca para pesas viene armada?',
        kind: 'yes/no naming another product (participle)',
        reply: [NO],
      },
      {
        say: 'agrégueme la banca roja y una cuerda para saltar negra',
        kind: 'two products in one add',
        cart: [HEX, { ...BENCH, color: 'Red' }, { ...ROPE, color: 'Black' }],
      },
      {
        say: '¿qué llevo hasta ahorita?',
        kind: 'read-back',
        notCalls: NO_SEARCH,
        reply: [/Dumbbell/, /Bench/, /Jump Rope/],
      },
      { say: 'ándale, cóbreme', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí, adelante', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'esterilla y pulsómetro (España, tú): esterilla para abdominales, grosores, quince en gris agotada, en azul, ¿el pulsómetro lleva pila?, bluetooth, añádelo, media docena de bandas medianas, mejor dos, total, código, tramítalo, sí',
    language: 'es',
    steps: [
      {
        say: 'quería una esterilla para hacer abdominales',
        kind: 'first search by regional kind word and a use',
        shown: { first: /Exercise Mat/ },
      },
      {
        say: '¿qué grosores tiene?',
        kind: 'option values',
        notCalls: NO_SEARCH,
        reply: [/10 mm/, /15 mm/],
      },
      {
        say: 'ponme la de quince milímetros en gris',
        kind: 'size in words, sold-out combination',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        say: 'vale, pues en azul',
        kind: 'value after a refusal',
        cart: [{ ...MAT, color: 'Blue', options: { Thickness: '15 mm' } }],
      },
      {
        say: '¿el pulsómetro lleva la pila incluida?',
        kind: 'yes/no naming another product (participle)',
        reply: [YES],
      },
      {
        say: '¿y funciona por bluetooth?',
        kind: 'details yes/no',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      { say: 'pues añádelo', kind: 'add the product in focus', cart: [MAT, HRM] },
      {
        say: 'y media docena de bandas largas de resistencia media',
        kind: 'quantity the Spanish way (media docena) with a value',
        cart: [MAT, HRM, { ...POWER, options: { Strength: 'Medium' }, quantity: 6 }],
      },
      {
        say: 'mejor solo dos bandas',
        kind: 'correction (quantity)',
        cart: [MAT, HRM, { ...POWER, quantity: 2 }],
      },
      { say: '¿cuánto es en total?', kind: 'total', notCalls: NO_SEARCH, reply: [/136/] },
      { say: 'aplica el código LIFT15', kind: 'promo', calls: ['apply_promo'], reply: [/115[.,]60/] },
      { say: 'venga, tramítalo', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'mancuernas y pesa rusa (Argentina, vos): regulables, hasta cuánto, ¿trae bandeja?, pesa rusa en kilos, la de doce, guantes talle M, ¿la barra necesita tornillos?, barra y dos rodillos naranjas, carrito, cerralo, dale',
    language: 'es',
    steps: [
      {
        say: '¿tenés mancuernas regulables?',
        kind: 'first search by kind word with a trait',
        shown: { first: /Adjustable Dumbbell Set/ },
      },
      { say: '¿hasta cuánto peso llegan?', kind: 'details', notCalls: NO_SEARCH, reply: [/52[.,]5/] },
      {
        say: '¿traen bandeja para guardarlas?',
        kind: 'details yes/no',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: '¿y la pesa rusa de cuántos kilos la tenés?',
        kind: 'question naming another product by a regional word',
        reply: [/8 kg/, /12 kg/, /16 kg/],
      },
      {
        say: 'sumá la de doce kilos',
        kind: 'value in words',
        cart: [{ ...KETTLE, options: { Weight: '12 kg' } }],
      },
      {
        say: 'y unos guantes para levantar pesas talle M',
        kind: 'kind word with a size (talle)',
        cart: [KETTLE, { ...GLOVES, size: 'M' }],
      },
      {
        say: '¿la barra de dominadas necesita tornillos?',
        kind: 'yes/no naming another product',
        reply: [NO],
      },
      {
        say: 'agregá la barra de dominadas y dos rodillos de espuma naranjas',
        kind: 'two products in one add',
        cart: [KETTLE, GLOVES, PULLUP, { ...ROLLER, color: 'Orange', quantity: 2 }],
      },
      {
        say: '¿qué tengo en el carrito?',
        kind: 'read-back',
        notCalls: NO_SEARCH,
        reply: [/Kettlebell/, /Gloves/, /Pull-Up/, /Foam Roller/],
      },
      { say: 'listo, cerralo', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'dale', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'barra y discos (Colombia, usted): algo para hacer dominadas, peso, ancho de puerta, me la llevo, discos olímpicos, cuatro de diez libras, ¿el shaker mantiene frío?, agréguelo, quite los discos, total, eso es todo, sí señor',
    language: 'es',
    steps: [
      {
        say: 'necesito algo para hacer dominadas en la puerta',
        kind: 'first search by a use',
        shown: { first: /Pull-Up Bar/ },
      },
      { say: '¿cuánto peso aguanta?', kind: 'details', notCalls: NO_SEARCH, reply: [/300/] },
      {
        say: '¿para qué ancho de puerta sirve?',
        kind: 'details',
        notCalls: NO_SEARCH,
        reply: [/24/, /32/],
      },
      { say: 'listo, me la llevo', kind: 'add the product in focus', cart: [PULLUP] },
      {
        say: '¿manejan discos olímpicos?',
        kind: 'search by kind word (plural)',
        shown: { some: /Bumper Plate/ },
      },
      {
        say: 'regáleme cuatro de diez libras',
        kind: 'quantity and value in words (regional verb)',
        cart: [PULLUP, { ...PLATE, options: { Weight: '10 lb' }, quantity: 4 }],
      },
      {
        say: '¿el shaker mantiene las bebidas frías?',
        kind: 'yes/no naming another product',
        reply: [YES],
      },
      { say: 'agréguelo también', kind: 'add the product just asked about', cart: [PULLUP, PLATE, SHAKER] },
      { say: 'quíteme los discos', kind: 'remove by kind word', cart: [PULLUP, SHAKER] },
      { say: '¿cuánto me sale todo?', kind: 'total', notCalls: NO_SEARCH, reply: [/66/] },
      {
        say: 'listo, eso es todo, hágale',
        kind: 'checkout (regional)',
        calls: ['prepare_order'],
        notCalls: NOT_PLACED,
      },
      { say: 'sí señor', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
];
