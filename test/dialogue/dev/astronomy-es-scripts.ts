/**
 * Spanish conversations on the Spanish-shopper astronomy store (astronomy-es-catalog.ts; another
 * store than astronomy-catalog.ts, written at the same time by another helper), written for branch dlg-es4
 * before it touched the engine and scored once untouched. Shoppers from Spain (tú), Mexico (usted,
 * binoculares, tripié), Argentina (vos, sumale) and Colombia (estuche) talk to an English-only
 * import: a price cap, superlatives over figures only in the body (aperture, weight), spec
 * questions (weight, what is included, batteries, motor), decimals said in Spanish (1,25 pulgadas),
 * focal lengths in words, sold-out variants, quantities, an expired promo code and checkout.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /agotad/i;
const EXPIRED = /caduc|venci|expir/i;

const STARFINDER = { name: /Starfinder 130/ };
const BINOCULARS = { name: /10x50/ };
const VOYAGER = { name: /Voyager 90/ };

export const ASTRONOMY_ES_SCRIPTS: DevScript[] = [
  {
    name: 'primer telescopio (España, tú): tope de precio, más apertura, peso, oculares incluidos, filtro, ocular en palabras',
    language: 'es',
    steps: [
      {
        say: 'hola, quiero un telescopio para empezar que no pase de 300 dólares',
        shown: { category: 'telescopes', maxPrice: 300 },
      },
      { say: '¿cuál tiene más apertura?', best: /Starfinder 130/ },
      { say: '¿cuánto pesa?', notCalls: NO_SEARCH, reply: [/9 kg/] },
      { say: '¿trae oculares?', notCalls: NO_SEARCH, reply: [/10 mm/, /25 mm/] },
      { say: 'me lo llevo', cart: [STARFINDER] },
      {
        say: 'añade un filtro lunar de 1,25 pulgadas',
        cart: [STARFINDER, { name: /Moon Filter/, options: { Barrel: '1.25 in' } }],
      },
      { say: 'y un ocular plössl de diecisiete milímetros', reply: [SOLD_OUT] },
      {
        say: 'pues el de veinticinco',
        cart: [STARFINDER, { name: /Moon Filter/ }, { name: /Plossl/, options: { 'Focal Length': '25 mm' } }],
      },
      { say: '¿tenéis algo para mirar el sol sin peligro?', shown: { first: /Solar Filter/ } },
      { say: 'quita el filtro lunar', cart: [STARFINDER, { name: /Plossl/ }] },
      { say: 'mejor pon dos oculares de esos', cart: [STARFINDER, { name: /Plossl/, quantity: 2 }] },
    ],
  },
  {
    name: 'binoculares (México, usted): los más ligeros, 10x50, verde olivo agotado, tripié, lámpara roja, código vencido, pago',
    language: 'es',
    steps: [
      {
        say: 'buenas noches, ¿qué binoculares tienen para ver estrellas?',
        shown: { category: 'binoculars' },
      },
      { say: '¿cuáles son los más ligeros?', best: /8x42/ },
      { say: '¿y los de 10x50 cuánto cuestan?', notCalls: NO_SEARCH, reply: [/149/] },
      { say: '¿los tiene en verde olivo?', reply: [SOLD_OUT] },
      { say: 'démelos en negro', cart: [{ name: /10x50/, color: 'Black' }] },
      { say: '¿traen el adaptador para tripié?', notCalls: NO_SEARCH, reply: [/separad|separately|no/i] },
      { say: 'enséñeme los tripiés', shown: { some: /Aluminium Tripod/ } },
      { say: 'agregue el de aluminio', cart: [BINOCULARS, { name: /Aluminium Tripod/ }] },
      { say: '¿tienen una lámpara de luz roja?', shown: { first: /Red Light Headlamp/ } },
      { say: '¿incluye las pilas?', notCalls: NO_SEARCH, reply: [/AAA/] },
      {
        say: 'agréguela también',
        cart: [BINOCULARS, { name: /Aluminium Tripod/ }, { name: /Red Light Headlamp/ }],
      },
      { say: 'PRIMAVERA20', calls: ['apply_promo'], reply: [EXPIRED] },
      { say: 'quiero pagar', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'sí, adelante', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'cielo profundo (Argentina, vos; Colombia): dobson, sin motor, GoTo y sus pilas, batería, planisferio por latitud, estuche',
    language: 'es',
    steps: [
      { say: 'hola, ¿tenés un telescopio grande para cielo profundo?', shown: { first: /Dobson 8/ } },
      { say: '¿tiene motor?', notCalls: NO_SEARCH, reply: [/motor|tracking|seguimiento/i] },
      {
        say: '¿y uno computarizado que encuentre solo los objetos?',
        shown: { first: /Voyager 90 GoTo/ },
      },
      { say: '¿qué pilas usa?', notCalls: NO_SEARCH, reply: [/AA/] },
      { say: 'dame ese', cart: [VOYAGER] },
      { say: 'sumale una batería de doce voltios', cart: [VOYAGER, { name: /Power Tank/ }] },
      { say: 'mostrame planisferios', shown: { first: /Planisphere/ } },
      {
        say: 'quiero uno para veinte grados norte',
        reply: [SOLD_OUT],
        cart: [VOYAGER, { name: /Power Tank/ }],
      },
      {
        say: 'dame el de treinta grados',
        cart: [VOYAGER, { name: /Power Tank/ }, { name: /Planisphere/, options: { Latitude: '30° N' } }],
      },
      { say: 'también un estuche acolchado grande, azul', reply: [SOLD_OUT] },
      {
        say: 'bueno, negro',
        cart: [
          VOYAGER,
          { name: /Power Tank/ },
          { name: /Planisphere/ },
          { name: /Telescope Case/, size: 'Large', color: 'Black' },
        ],
      },
      { say: 'quitá la batería', cart: [VOYAGER, { name: /Planisphere/ }, { name: /Telescope Case/ }] },
      { say: '¿cuánto es el total?', notCalls: NO_SEARCH, reply: [/\d+[.,]\d\d/] },
    ],
  },
];
