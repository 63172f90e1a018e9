/**
 * Scripted EN/ES conversations on the outdoor-gear development catalog, one per mechanism the
 * engine must have (issue 12 section 3). Written before the engine work, to measure it.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];

export const OUTDOOR_SCRIPTS: DevScript[] = [
  {
    name: 'category, price cap, brand refinement, start over',
    language: 'en',
    steps: [
      {
        say: 'show me backpacks under 200',
        shown: { category: 'backpacks', maxPrice: 200, some: /Summit Pack/ },
      },
      {
        say: 'only the alpenrock ones',
        shown: { category: 'backpacks', brand: 'Alpenrock', maxPrice: 200, count: 1 },
      },
      { say: 'start over', notCalls: NO_SEARCH, reply: [/what/i] },
      { say: 'show me tents', shown: { category: 'tents', count: 3 } },
    ],
  },
  {
    name: 'negation of a brand and a colour',
    language: 'en',
    steps: [
      { say: 'do you have tents', shown: { category: 'tents' } },
      { say: 'not the kestrel ones', shown: { category: 'tents', notBrand: 'Kestrel', count: 2 } },
      { say: 'sleeping bags but not red', shown: { category: 'sleeping-bags', none: /Polar Down/ } },
    ],
  },
  {
    name: 'superlatives over price and parsed attributes',
    language: 'en',
    steps: [
      { say: 'what is your lightest tent', reply: [/Nimbus 1/], notReply: [/Basecamp 4/] },
      { say: 'which sleeping bag is the warmest', reply: [/Polar Down/] },
      { say: 'show me the cheapest backpack', reply: [/Daytripper/] },
      { say: 'and the biggest backpack', reply: [/Traverse 60L/] },
      { say: 'what is the brightest headlamp', reply: [/Beacon 900/] },
    ],
  },
  {
    name: 'spec questions answered from the product text',
    language: 'en',
    steps: [
      { say: 'tell me about the ridgeline', calls: ['get_product'], reply: [/Ridgeline UL 2/] },
      { say: 'is it waterproof', notCalls: NO_SEARCH, reply: [/waterproof/i], notReply: [/don.t know/i] },
      { say: 'how heavy is it', notCalls: NO_SEARCH, reply: [/1\.2 kg/] },
      { say: 'tell me about the breeze wind shell', calls: ['get_product'], reply: [/Breeze Wind Shell/] },
      { say: 'is it waterproof', notCalls: NO_SEARCH, reply: [/(don.t know|doesn.t say|not sure)/i] },
    ],
  },
  {
    name: 'comparison of two named products',
    language: 'en',
    steps: [
      {
        say: 'compare the carbon trek and the alu trail poles',
        calls: ['compare_products'],
        reply: [/Carbon Trek/, /Alu Trail/],
      },
      {
        say: 'which one is lighter',
        notCalls: NO_SEARCH,
        reply: [/Carbon Trek/],
        notReply: [/Alu Trail.*lighter/],
      },
    ],
  },
  {
    name: 'quantity, half size, colour and product in one request',
    language: 'en',
    steps: [
      {
        say: 'add two pairs of the scree runner in size nine and a half in slate',
        calls: ['add_to_cart'],
        cart: [{ name: /Scree Runner/, size: '9.5', color: 'Slate', quantity: 2 }],
      },
      { say: 'what is in my cart', reply: [/Scree Runner/] },
    ],
  },
  {
    name: 'sold-out half size refused with what is in stock',
    language: 'en',
    steps: [
      {
        say: 'i want the cascade mid boots in size nine and a half',
        cart: [],
        reply: [/(sold out|out of stock)/i, /\b10\b/],
      },
      { say: 'ten then', cart: [{ name: /Cascade Mid/, size: '10', quantity: 1 }] },
    ],
  },
  {
    name: 'catalog colour names and colour families',
    language: 'en',
    steps: [
      {
        say: 'show me green rain jackets',
        shown: { category: 'rain-jackets', some: /Stormshell/, none: /Breeze/ },
      },
      { say: 'add the stormshell in medium moss', cart: [{ name: /Stormshell/, size: 'M', color: 'Moss' }] },
      {
        say: 'i would like the summit pack in long black',
        cart: [{ name: /Stormshell/ }],
        reply: [/(sold out|out of stock)/i, /Moss/],
      },
    ],
  },
  {
    name: 'several items in one request, then empty the cart',
    language: 'en',
    steps: [
      {
        say: 'add the carbon trek poles and the clearflow filter',
        cart: [{ name: /Carbon Trek/ }, { name: /ClearFlow/ }],
      },
      { say: 'empty my cart', cart: [], reply: [/empty/i] },
    ],
  },
  {
    name: 'promos, policy, human',
    language: 'en',
    steps: [
      { say: 'what promos do you have', notCalls: NO_SEARCH, reply: [/SAVE10/] },
      { say: 'can i return boots if they do not fit', notCalls: NO_SEARCH, reply: [/return/i] },
      { say: 'let me talk to a person', calls: ['request_human'] },
    ],
  },
  {
    name: 'cancel an unfulfilled order with a spoken confirmation',
    language: 'en',
    steps: [
      { say: 'add the beacon 400 headlamp in black', cart: [{ name: /Beacon 400/, color: 'Black' }] },
      { say: 'check out', calls: ['prepare_order'] },
      { say: 'yes', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: 'actually cancel my order', orderStatus: 'placed', reply: [/(sure|confirm|yes)/i] },
      { say: 'yes', orderStatus: 'cancelled', reply: [/cancel/i] },
    ],
  },
  {
    name: 'long titles by their short names',
    language: 'en',
    steps: [
      { say: 'tell me about the polar down', calls: ['get_product'], reply: [/Polar Down 20/] },
      { say: 'add the jetflame to my cart', cart: [{ name: /Jetflame/ }] },
      {
        say: 'and the cascade mid in size eleven',
        cart: [{ name: /Jetflame/ }, { name: /Cascade Mid/, size: '11' }],
      },
    ],
  },
  // Spanish shoppers on an English-only catalog.
  {
    name: 'categorías en español, refinar por marca',
    language: 'es',
    steps: [
      { say: 'busco tiendas de campaña', shown: { category: 'tents' } },
      { say: 'solo las de alpenrock', shown: { category: 'tents', brand: 'Alpenrock' } },
      { say: 'empecemos de nuevo', notCalls: NO_SEARCH },
      { say: 'mochilas de menos de 200', shown: { category: 'backpacks', maxPrice: 200 } },
      {
        say: 'botas de montaña en talla 11',
        shown: { category: 'hiking-boots', some: /Cascade Mid|Ridge Walker/ },
      },
    ],
  },
  {
    name: 'negación y colores en español',
    language: 'es',
    steps: [
      { say: 'quiero ver tiendas de campaña', shown: { category: 'tents' } },
      { say: 'no las de kestrel', shown: { category: 'tents', notBrand: 'Kestrel' } },
      {
        say: 'chaquetas de lluvia verdes',
        shown: { category: 'rain-jackets', some: /Stormshell/, none: /Breeze/ },
      },
    ],
  },
  {
    name: 'añadir y quitar con tallas en español',
    language: 'es',
    steps: [
      { say: 'quiero las cascade mid en talla 10', cart: [{ name: /Cascade Mid/, size: '10' }] },
      { say: 'añade los bastones carbon trek', cart: [{ name: /Cascade Mid/ }, { name: /Carbon Trek/ }] },
      { say: 'quita los bastones', cart: [{ name: /Cascade Mid/ }] },
      {
        say: 'añade dos pares de las scree runner talla nueve y media en naranja',
        cart: [{ name: /Cascade Mid/ }, { name: /Scree Runner/, size: '9.5', color: 'Orange', quantity: 2 }],
      },
      { say: 'vacía mi carrito', cart: [] },
    ],
  },
  {
    name: 'superlativos y preguntas de especificaciones',
    language: 'es',
    steps: [
      { say: 'qué saco de dormir es el más caliente', reply: [/Polar Down/] },
      { say: 'cuál es la mochila más ligera', reply: [/Daytripper/] },
      { say: 'háblame de la stormshell', calls: ['get_product'], reply: [/Stormshell/] },
      { say: 'es impermeable', notCalls: NO_SEARCH, reply: [/(impermeable|waterproof)/i] },
      { say: 'cuánto pesa', notCalls: NO_SEARCH, reply: [/380 g/] },
    ],
  },
  {
    name: 'agotado, promociones, humano',
    language: 'es',
    steps: [
      { say: 'quiero las cascade mid en talla nueve y media', cart: [], reply: [/agotad/i] },
      { say: 'qué promociones tenéis', notCalls: NO_SEARCH, reply: [/SAVE10/] },
      { say: 'quiero hablar con una persona', calls: ['request_human'] },
    ],
  },
  {
    name: 'comparar y cancelar un pedido',
    language: 'es',
    steps: [
      {
        say: 'compara la beacon 400 y la beacon 900',
        calls: ['compare_products'],
        reply: [/Beacon 400/, /Beacon 900/],
      },
      { say: 'añade la beacon 900 al carrito', cart: [{ name: /Beacon 900/ }] },
      { say: 'quiero pagar', calls: ['prepare_order'] },
      { say: 'sí', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: 'cancela mi pedido', orderStatus: 'placed' },
      { say: 'sí', orderStatus: 'cancelled', reply: [/cancelad/i] },
    ],
  },
  // Issue 12, the Spanish gap: discourse around the request, the running bill, a yes that places
  // the order with an add verb, an order on its way (phrasings written for this set).
  {
    name: 'muletillas, cuenta, confirmar con un verbo y seguimiento',
    language: 'es',
    steps: [
      { say: 'háblame de la stormshell', calls: ['get_product'], reply: [/Stormshell/] },
      { say: '¿cuánto pesa? la voy a llevar siempre en la mochila', notCalls: NO_SEARCH, reply: [/380 g/] },
      {
        say: 'pues añádela en talla L y en slate, supongo',
        cart: [{ name: /Stormshell/, size: 'L', color: 'Slate' }],
      },
      { say: '¿cómo vamos de gasto?', notCalls: NO_SEARCH, reply: [/Stormshell/, /US\$/] },
      { say: 'en fin. pues SAVE10', calls: ['apply_promo'] },
      { say: 'oye, a pagar, entrega en Tucson', calls: ['prepare_order'] },
      { say: 'sí, tramita el pedido ya', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: '¿mi compra ya viene de camino?', calls: ['order_status'] },
    ],
  },
];
