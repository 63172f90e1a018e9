/**
 * Spanish conversations on the English-only basketball store (basketball-catalog.ts), written for
 * branch dlg-es5 before it touched the engine and scored once untouched. Shoppers from Argentina
 * (vos, básquet, pelota, talle/número, inflador, medias, sumale, sacá), Mexico (usted, basquetbol,
 * tenis, canasta, póngame), Spain (vosotros, baloncesto, balón, ponme, pizarra) and Colombia
 * (ustedes, morral, portátil, hágale): values said alone, corrections, sold-out variants, half sizes
 * in words, colour families for the store's names (rojo → Scarlet, negro → Triple Black), several
 * items in one request, quantities by noun, pronouns, spec questions, and a checkout that waits
 * for an explicit "sí".
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /agotad|sin stock|no (nos )?qued/i;

const STREET = { name: /Street Outdoor/ };
const ROOKIE = { name: /Rookie Kids/ };
const ELEVATE = { name: /Elevate/ };
const JERSEY = { name: /Reversible Practice Jersey/ };
const SHORTS = { name: /Mesh Basketball Shorts/ };
const GOGGLES = { name: /Dribble Goggles/ };
const BACKPACK = { name: /Ball Backpack/ };

export const BASKETBALL_SCRIPTS: DevScript[] = [
  {
    name: 'pelotas (Argentina, vos): la más barata, número, color agotado, valor solo, dos cosas a la vez, cantidad, sacar, pago con sí',
    language: 'es',
    steps: [
      { say: 'hola, ¿qué pelotas de básquet tenés?', shown: { category: 'basketballs' } },
      { say: '¿cuál es la más barata?', best: /Youth Rubber/ },
      {
        say: '¿y la de calle en qué colores viene?',
        notCalls: NO_SEARCH,
        reply: [/Orange|naranja/i, /Midnight/i],
      },
      { say: 'pasame la de calle número 6 en midnight', reply: [SOLD_OUT], cart: [] },
      { say: 'bueno, entonces en naranja', cart: [{ ...STREET, size: '6', color: 'Orange' }] },
      {
        say: 'sumale un inflador y un pack de medias negras talle L',
        cart: [STREET, { name: /Ball Pump/ }, { name: /Crew Socks/, size: 'L', color: 'Black' }],
      },
      {
        say: 'mejor que sean dos packs de medias',
        cart: [STREET, { name: /Ball Pump/ }, { name: /Crew Socks/, quantity: 2 }],
      },
      { say: 'sacá el inflador', cart: [STREET, { name: /Crew Socks/, quantity: 2 }] },
      { say: 'quiero pagar', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'mmm, dejame pensarlo un segundo', notCalls: ['confirm_order'] },
      { say: 'sí, confirmá nomás', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'tenis y canasta (México, usted): niños, talla 3Y agotada, nueve y medio en palabras, negro → Triple Black, tablero en pulgadas, red de cadena',
    language: 'es',
    steps: [
      {
        say: 'buenas tardes, busco unos tenis de basquetbol para mi hijo de diez años',
        shown: { category: 'basketball-shoes', some: /Rookie Kids/ },
      },
      { say: '¿los tiene en talla 3Y en rojo?', reply: [SOLD_OUT], cart: [] },
      { say: 'entonces démelos en azul', cart: [{ ...ROOKIE, size: '3Y', color: 'Blue' }] },
      {
        say: 'también quiero los Elevate para mí, del nueve y medio, en negro',
        cart: [ROOKIE, { ...ELEVATE, size: '9.5', color: 'Triple Black' }],
      },
      { say: '¿cuánto pesan?', notCalls: NO_SEARCH, reply: [/420 ?g/] },
      { say: 'ahora enséñeme las canastas portátiles', shown: { category: 'hoops', some: /Portable/ } },
      { say: '¿de qué tamaños es el tablero?', notCalls: NO_SEARCH, reply: [/44/, /54/] },
      {
        say: 'póngame la de cincuenta y cuatro pulgadas',
        cart: [ROOKIE, ELEVATE, { name: /Portable Basketball Hoop/, options: { Backboard: '54 in' } }],
      },
      { say: '¿con qué se llena la base?', notCalls: NO_SEARCH, reply: [/agua|arena/i] },
      {
        say: 'agregue también una red de cadena',
        cart: [
          ROOKIE,
          ELEVATE,
          { name: /Portable/ },
          { name: /All-Weather Net/, options: { Material: 'Chain' } },
        ],
      },
      { say: 'quiero pagar', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'sí, por favor', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'equipo (España, vosotros): reversibles, seis en M, rojo → Scarlet agotado, verde → Forest, cantidad por sustantivo, la más cara, bote sin mirar, unas, pizarra, código',
    language: 'es',
    steps: [
      { say: '¿tenéis camisetas de baloncesto reversibles?', shown: { first: /Reversible/ } },
      { say: 'ponme seis en talla M, de color rojo', reply: [SOLD_OUT], cart: [] },
      { say: 'vale, pues en verde', cart: [{ ...JERSEY, size: 'M', color: 'Forest', quantity: 6 }] },
      {
        say: 'y seis pantalones cortos negros de la talla M',
        cart: [JERSEY, { ...SHORTS, size: 'M', color: 'Black', quantity: 6 }],
      },
      {
        say: 'mejor ocho pantalones',
        cart: [
          { ...JERSEY, quantity: 6 },
          { ...SHORTS, quantity: 8 },
        ],
      },
      { say: '¿cuál es la canasta más cara?', best: /In-Ground Pro Hoop/ },
      { say: '¿trae el anclaje?', notCalls: NO_SEARCH, reply: [/separad|aparte|\bno\b/i] },
      {
        say: 'vale, olvídalo. ¿Tenéis algo para aprender a botar el balón sin mirarlo?',
        shown: { first: /Dribble Goggles/ },
      },
      { say: 'añade unas', cart: [JERSEY, SHORTS, GOGGLES] },
      {
        say: 'y una pizarra magnética de entrenador',
        cart: [JERSEY, SHORTS, GOGGLES, { name: /Coach Board/ }],
      },
      { say: 'quita la pizarra', cart: [JERSEY, SHORTS, GOGGLES] },
      { say: 'tengo el código SAVE10', calls: ['apply_promo'] },
      { say: 'quiero pagar', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'sí', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'morral y tobillera (Colombia, ustedes/usted): morral con portátil, camuflado agotado, negra, talla S agotada, hágale, manga de a una, dos blancas de adulto',
    language: 'es',
    steps: [
      { say: '¿ustedes venden morrales para llevar el balón?', shown: { first: /Ball Backpack/ } },
      { say: '¿le cabe un portátil?', notCalls: NO_SEARCH, reply: [/15/] },
      { say: 'lo quiero camuflado', reply: [SOLD_OUT], cart: [] },
      { say: 'bueno, negro entonces', cart: [{ ...BACKPACK, color: 'Black' }] },
      { say: 'necesito también una tobillera talla S', reply: [SOLD_OUT], cart: [BACKPACK] },
      { say: 'hágale con la M', cart: [BACKPACK, { name: /Ankle Brace/, size: 'M' }] },
      {
        say: '¿la manga de compresión viene por pares?',
        notCalls: NO_SEARCH,
        reply: [/\bno\b|una sola|solo una|una manga/i],
      },
      {
        say: 'deme dos blancas de adulto',
        cart: [
          BACKPACK,
          { name: /Ankle Brace/ },
          { name: /Arm Sleeve/, size: 'Adult', color: 'White', quantity: 2 },
        ],
      },
    ],
  },
];
