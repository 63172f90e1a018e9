/**
 * Scripted EN/ES conversations on the furniture and home-decor development catalog, written
 * before the session-3 engine work (its first score is the "before").
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const MONEY = /(\$|dollars?|dólares)/i;

export const FURNITURE_SCRIPTS: DevScript[] = [
  {
    name: 'categories, price bounds, brand and feature negation',
    language: 'en',
    steps: [
      {
        say: "i'm looking for a coffee table under three hundred dollars",
        shown: { category: 'coffee-tables', maxPrice: 300, count: 1 },
      },
      { say: 'what about rugs', shown: { category: 'rugs', count: 2 } },
      { say: 'only the casa lume ones', shown: { category: 'rugs', brand: 'Casa Lume', count: 1 } },
      { say: 'show me accent chairs', shown: { category: 'accent-chairs', count: 2 } },
      { say: 'not the velvet one', shown: { category: 'accent-chairs', none: /Velvet/ } },
      { say: 'start over please', notCalls: NO_SEARCH },
      { say: 'floor lamps under 150', shown: { category: 'floor-lamps', maxPrice: 150, count: 1 } },
      { say: 'any sofas', shown: { category: 'sofas', count: 2 } },
      { say: 'which ones are under twelve hundred', shown: { category: 'sofas', maxPrice: 1200, count: 1 } },
    ],
  },
  {
    name: 'ordinals, focus, cart read-back',
    language: 'en',
    steps: [
      { say: 'show me floor lamps', shown: { category: 'floor-lamps', count: 2 } },
      { say: 'tell me about the second one', calls: ['get_product'], replyShown: 2 },
      { say: 'how tall is it', notCalls: NO_SEARCH, reply: [/(190|155) cm/] },
      { say: 'add the arc lamp in brass', cart: [{ name: /Arc Brass/, color: 'Brass' }] },
      { say: "what's in my cart", reply: [/Arc/, /179/, MONEY] },
    ],
  },
  {
    name: 'quantity, dimensions, colour, corrections',
    language: 'en',
    steps: [
      {
        say: 'i need two linen cushion covers, fifty by fifty, in rust',
        cart: [{ name: /Linen Cushion/, size: '50 x 50 cm', color: 'Rust', quantity: 2 }],
      },
      {
        say: 'and the atlas rug, 200 by 300, in charcoal',
        cart: [{ name: /Linen Cushion/ }],
        reply: [/(sold out|out of stock)/i, /Cream/],
      },
      {
        say: 'ok, cream then',
        cart: [{ name: /Linen Cushion/ }, { name: /Atlas/, size: '200 x 300 cm', color: 'Cream' }],
      },
      {
        say: 'make it three cushion covers',
        cart: [{ name: /Linen Cushion/, quantity: 3 }, { name: /Atlas/ }],
      },
      { say: 'take the rug out', cart: [{ name: /Linen Cushion/, quantity: 3 }] },
      {
        say: 'add a round mirror, eighty centimeters, gold',
        cart: [{ name: /Linen Cushion/ }, { name: /Round Wall Mirror/, size: '80 cm', color: 'Gold' }],
      },
      {
        say: 'no wait, the black one',
        cart: [{ name: /Linen Cushion/ }, { name: /Round Wall Mirror/, size: '80 cm', color: 'Black' }],
      },
      { say: 'clear everything', cart: [] },
    ],
  },
  {
    name: 'spec questions from the product text',
    language: 'en',
    steps: [
      { say: 'tell me about the haven sofa', calls: ['get_product'], reply: [/Haven/] },
      {
        say: 'are the covers washable',
        notCalls: NO_SEARCH,
        reply: [/(yes|washable)/i],
        notReply: [/don.t know/i],
      },
      { say: 'how wide is it', notCalls: NO_SEARCH, reply: [/210 cm/] },
      {
        say: 'what about the cloud sofa, are its covers washable',
        notCalls: NO_SEARCH,
        reply: [/(no|spot clean)/i],
        notReply: [/^yes/i],
      },
      { say: 'does the oslo table need assembly', notCalls: NO_SEARCH, reply: [/assembl/i] },
      {
        say: 'can i use the fjord chair outdoors',
        notCalls: NO_SEARCH,
        reply: [/indoor/i],
        notReply: [/^yes/i],
      },
      { say: 'how heavy is the marble table', notCalls: NO_SEARCH, reply: [/32 kg/] },
    ],
  },
  {
    name: 'superlatives',
    language: 'en',
    steps: [
      { say: 'which is your cheapest rug', reply: [/Flatweave/] },
      { say: 'what is the tallest floor lamp', reply: [/Arc/] },
      { say: 'your widest sofa', reply: [/Cloud/] },
      { say: 'the lightest accent chair', reply: [/Fjord/] },
      { say: 'most expensive coffee table', reply: [/Carrara/] },
    ],
  },
  {
    name: 'comparison',
    language: 'en',
    steps: [
      {
        say: 'compare the oslo coffee table with the carrara one',
        calls: ['compare_products'],
        reply: [/Oslo/, /Carrara/],
      },
      { say: 'which one is heavier', notCalls: NO_SEARCH, reply: [/Carrara/] },
      { say: 'which is cheaper', notCalls: NO_SEARCH, reply: [/Oslo/] },
    ],
  },
  {
    name: 'sold out, totals, checkout with a yes, cancel, policy, human',
    language: 'en',
    steps: [
      { say: 'add the chunky knit throw in grey', cart: [{ name: /Chunky Knit/, color: 'Grey' }] },
      {
        say: 'and a glow table lamp in sage',
        cart: [{ name: /Chunky Knit/ }],
        reply: [/(sold out|out of stock)/i, /(Terracotta|White)/],
      },
      {
        say: 'terracotta is fine',
        cart: [{ name: /Chunky Knit/ }, { name: /Glow Ceramic/, color: 'Terracotta' }],
      },
      { say: 'what does that come to', reply: [/148/, MONEY] },
      { say: 'ok checkout', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      {
        say: 'wait, how long does delivery take',
        calls: ['get_policy'],
        notCalls: ['confirm_order', 'search_products'],
      },
      { say: 'yes, go ahead', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: 'can you cancel that order', orderStatus: 'placed' },
      { say: 'yes please', orderStatus: 'cancelled' },
      { say: 'can i return a sofa', calls: ['get_policy'], notCalls: NO_SEARCH },
      { say: 'any coupons', notCalls: NO_SEARCH, reply: [/SAVE10/] },
      { say: 'get me a human', calls: ['request_human'] },
    ],
  },
  // Spanish shoppers on the English-only catalog.
  {
    name: 'categorías en español, precio, marca, negación',
    language: 'es',
    steps: [
      {
        say: 'busco una mesa de centro de menos de 300 dólares',
        shown: { category: 'coffee-tables', maxPrice: 300 },
      },
      { say: 'alfombras', shown: { category: 'rugs', count: 2 } },
      { say: 'solo las de nordhem', shown: { category: 'rugs', brand: 'Nordhem', count: 1 } },
      { say: 'sillones', shown: { category: 'accent-chairs' } },
      { say: 'que no sean de terciopelo', shown: { category: 'accent-chairs', none: /Velvet/ } },
      { say: 'empecemos otra vez', notCalls: NO_SEARCH },
      { say: 'lámparas de pie de menos de 150', shown: { category: 'floor-lamps', maxPrice: 150 } },
      { say: 'lámparas de mesa', shown: { category: 'table-lamps' } },
      { say: 'sofás', shown: { category: 'sofas' } },
      { say: 'espejos', shown: { category: 'mirrors' } },
      { say: 'estanterías', shown: { category: 'bookcases' } },
      { say: 'mantas', shown: { category: 'throws' } },
      { say: 'cojines', shown: { category: 'cushions' } },
    ],
  },
  {
    name: 'ordinales y foco',
    language: 'es',
    steps: [
      { say: 'enséñame las lámparas de pie', shown: { category: 'floor-lamps', count: 2 } },
      { say: 'háblame de la segunda', calls: ['get_product'], replyShown: 2 },
      { say: 'qué altura tiene', notCalls: NO_SEARCH, reply: [/(190|155) cm/] },
      { say: 'añade la lámpara arc en negro', cart: [{ name: /Arc Brass/, color: 'Black' }] },
      { say: 'qué hay en mi carrito', reply: [/Arc/, /179/] },
    ],
  },
  {
    name: 'cantidades, medidas, colores y correcciones',
    language: 'es',
    steps: [
      {
        say: 'quiero dos fundas de cojín de lino de 45 por 45 en verde salvia',
        cart: [{ name: /Linen Cushion/, size: '45 x 45 cm', color: 'Sage', quantity: 2 }],
      },
      { say: 'mejor tres', cart: [{ name: /Linen Cushion/, quantity: 3 }] },
      {
        say: 'añade la alfombra atlas de 200 por 300 en charcoal',
        cart: [{ name: /Linen Cushion/ }],
        reply: [/agotad/i],
      },
      {
        say: 'pues en crema',
        cart: [{ name: /Linen Cushion/ }, { name: /Atlas/, size: '200 x 300 cm', color: 'Cream' }],
      },
      { say: 'quita la alfombra', cart: [{ name: /Linen Cushion/, quantity: 3 }] },
      {
        say: 'añade un espejo redondo de 60 cm dorado',
        cart: [{ name: /Linen Cushion/ }, { name: /Round Wall Mirror/, size: '60 cm', color: 'Gold' }],
      },
      {
        say: 'no, espera, el negro',
        cart: [{ name: /Linen Cushion/ }, { name: /Round Wall Mirror/, size: '60 cm', color: 'Black' }],
      },
      { say: 'vacía mi carrito', cart: [] },
    ],
  },
  {
    name: 'preguntas de especificaciones, superlativos, comparación',
    language: 'es',
    steps: [
      { say: 'háblame del sofá haven', calls: ['get_product'], reply: [/Haven/] },
      { say: 'las fundas se pueden lavar', notCalls: NO_SEARCH, reply: [/(sí|lavable|washable)/i] },
      { say: 'cuánto mide de ancho', notCalls: NO_SEARCH, reply: [/210 cm/] },
      {
        say: 'y el sofá cloud, se puede lavar',
        notCalls: NO_SEARCH,
        reply: [/(no|spot clean)/i],
        notReply: [/^sí/i],
      },
      { say: 'cuánto pesa la mesa carrara', notCalls: NO_SEARCH, reply: [/32 kg/] },
      { say: 'cuál es la alfombra más barata', reply: [/Flatweave/] },
      { say: 'la lámpara de pie más alta', reply: [/Arc/] },
      { say: 'el sillón más ligero', reply: [/Fjord/] },
      { say: 'la mesa de centro más cara', reply: [/Carrara/] },
      {
        say: 'compara la mesa oslo y la mesa carrara',
        calls: ['compare_products'],
        reply: [/Oslo/, /Carrara/],
      },
      { say: 'cuál pesa más', notCalls: NO_SEARCH, reply: [/Carrara/] },
    ],
  },
  {
    name: 'pedido, cancelación, políticas, humano',
    language: 'es',
    steps: [
      { say: 'añade la manta de punto en gris', cart: [{ name: /Chunky Knit/, color: 'Grey' }] },
      { say: 'quiero pagar', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'sí, adelante', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: 'cancela el pedido por favor', orderStatus: 'placed' },
      { say: 'sí', orderStatus: 'cancelled', reply: [/cancelad/i] },
      { say: 'cuál es la política de devoluciones', calls: ['get_policy'], notCalls: NO_SEARCH },
      { say: 'cuánto cuesta el envío', calls: ['get_policy'], notCalls: NO_SEARCH },
      { say: 'tienen algún código de descuento', notCalls: NO_SEARCH, reply: [/SAVE10/] },
      { say: 'me pasas con un agente', calls: ['request_human'] },
    ],
  },
];
