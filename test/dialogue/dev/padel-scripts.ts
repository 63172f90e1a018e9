/**
 * Spanish conversations on the Spanish-catalog pádel store (padel-catalog.ts), written for branch
 * dlg-es5 before it touched the engine and scored once untouched. Shoppers from Spain (tú,
 * vosotros, pala, bote), Argentina (vos, paleta, remera, pollera, talle 42 y medio, sumale), Mexico
 * (usted, maleta, calcetas, póngame) and Chile (ustedes, pónganme): the catalog already speaks
 * Spanish, so what is measured is regional words, option names in Spanish (Talla, Peso, Formato),
 * values alone, sold-out variants, colour families (azul → Azul marino, amarillo → Amarillo flúor),
 * several items per request, quantities, a total, emptying the cart and a checkout that waits for
 * an explicit "sí".
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /agotad|sin stock|no (nos )?qued/i;

const CONTROL = { name: /Control Redonda/ };
const BALLS = { name: /Pelotas Vértice Pro/ };
const OVERGRIP = { name: /Overgrip/ };
const ATAQUE = { name: /Ataque Carbono/ };
const OMNI = { name: /Vértice Omni/ };
const TOUR = { name: /Paletero Vértice Tour/ };
const JUNIOR = { name: /Brisa Junior/ };

export const PADEL_SCRIPTS: DevScript[] = [
  {
    name: 'primera pala (España, tú): control, peso, turquesa agotado, negro, bote de pelotas, tres botes, dos cosas, quitar, pago con sí',
    language: 'es',
    steps: [
      {
        say: 'hola, busco una pala de control para empezar',
        shown: { category: 'palas', some: /Control Redonda/ },
      },
      { say: '¿cuánto pesa la redonda de Vértice?', notCalls: NO_SEARCH, reply: [/355/] },
      { say: 'la quiero en turquesa', reply: [SOLD_OUT], cart: [] },
      { say: 'vale, en negro', cart: [{ ...CONTROL, color: 'Negro' }] },
      {
        say: 'y un bote de pelotas pro',
        cart: [CONTROL, { ...BALLS, options: { Formato: 'Bote de 3' } }],
      },
      { say: 'que sean tres botes', cart: [CONTROL, { ...BALLS, quantity: 3 }] },
      {
        say: 'añade también un overgrip amarillo y el protector de pala',
        cart: [CONTROL, BALLS, { ...OVERGRIP, color: 'Amarillo flúor' }, { name: /Protector de Pala/ }],
      },
      { say: 'quita el protector', cart: [CONTROL, BALLS, OVERGRIP] },
      { say: 'quiero pagar', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'espera, que lo miro', notCalls: ['confirm_order'] },
      { say: 'sí, confírmalo', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'ataque (Argentina, vos): paleta, pesos, 360 agotada, la de 365, zapatillas para cemento talle 42 y medio, azul marino agotado, remera, pollera, total, pago',
    language: 'es',
    steps: [
      { say: '¿tenés paletas de ataque?', shown: { first: /Ataque Carbono/ } },
      { say: '¿en qué pesos la tenés?', notCalls: NO_SEARCH, reply: [/365/, /370/] },
      { say: 'pasame la de 360', reply: [SOLD_OUT], cart: [] },
      { say: 'bueno, la de 365', cart: [{ ...ATAQUE, options: { Peso: '365 g' } }] },
      { say: 'ahora necesito zapatillas para cemento', shown: { first: /Omni/ } },
      { say: 'talle 42 y medio en azul marino', reply: [SOLD_OUT], cart: [ATAQUE] },
      { say: 'bueno, dámelas en blanco', cart: [ATAQUE, { ...OMNI, size: '42.5', color: 'Blanco' }] },
      {
        say: 'sumale una remera técnica talle L coral',
        cart: [ATAQUE, OMNI, { name: /Camiseta Técnica/, size: 'L', color: 'Coral' }],
      },
      {
        say: 'y una pollera pantalón negra talle S para mi novia',
        cart: [ATAQUE, OMNI, { name: /Camiseta/ }, { name: /Falda Pantalón/, size: 'S', color: 'Negro' }],
      },
      { say: '¿cuánto suma todo?', notCalls: NO_SEARCH, reply: [/432/] },
      { say: 'quiero pagar', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'sí, dale', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'paletero (México, usted): maleta, el más grande, rojo agotado, negro, calcetas por talla, gorra azul → Azul marino, quitar, pelotas de entrenamiento, cuatro botes',
    language: 'es',
    steps: [
      { say: '¿tiene maletas para las palas?', shown: { category: 'paleteros' } },
      { say: '¿cuál es el más grande?', best: /Paletero Vértice Tour/ },
      { say: 'démelo en rojo', reply: [SOLD_OUT], cart: [] },
      { say: 'en negro está bien', cart: [{ ...TOUR, color: 'Negro' }] },
      {
        say: 'agregue unas calcetas de la talla 39 a 42',
        cart: [TOUR, { name: /Calcetines/, size: '39-42' }],
      },
      {
        say: 'y una gorra azul',
        cart: [TOUR, { name: /Calcetines/ }, { name: /Gorra/, color: 'Azul marino' }],
      },
      { say: 'mejor quite las calcetas', cart: [TOUR, { name: /Gorra/ }] },
      { say: '¿tienen pelotas para entrenar?', shown: { first: /Entrenamiento/ } },
      {
        say: 'póngame cuatro botes',
        cart: [TOUR, { name: /Gorra/ }, { name: /Entrenamiento/, quantity: 4 }],
      },
    ],
  },
  {
    name: 'niños (Chile, ustedes): palas junior, una rosa y una azul, mochila para las dos, la verde, vaciar',
    language: 'es',
    steps: [
      { say: '¿tienen palas para niños?', shown: { first: /Junior/ } },
      {
        say: 'pónganme dos, una rosa y una azul',
        cart: [
          { ...JUNIOR, color: 'Rosa', quantity: 1 },
          { ...JUNIOR, color: 'Azul', quantity: 1 },
        ],
      },
      { say: '¿y una mochila donde quepan las dos?', shown: { first: /Mochila/ } },
      { say: 'la verde', cart: [JUNIOR, JUNIOR, { name: /Mochila/, color: 'Verde' }] },
      { say: 'vacía el carrito', cart: [] },
    ],
  },
];
