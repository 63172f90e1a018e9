/**
 * Toys and games, Spanish shopper on the English-only catalog. Frozen: written before any
 * tuning; never edit expectations.
 */
import type { Script } from '../types.ts';
import {
  called,
  cancelled,
  DONT_KNOW,
  has,
  keeps,
  lacks,
  notCalled,
  notCancelledYet,
  orderStatusAnswered,
  orders,
  policyHandled,
  says,
  saysNot,
  shown,
  shownOnly,
  usd,
} from './build.ts';
import { T } from './toys.handles.ts';

const SETS = 'Building Sets';

export const toysEs: Script = {
  catalog: 'toys-and-games',
  language: 'es',
  replyLanguage: 'es',
  conversations: [
    {
      title: 'juegos de construcción: refinar, negar, superlativo, edades, comparar, agotado',
      steps: [
        {
          say: 'enséñame juegos de construcción de menos de 50 dólares',
          covers: 'category search with a price bound',
          checks: [shown({ type: SETS, maxPrice: 50 })],
        },
        {
          say: 'solo los de Brightblock',
          covers: 'refinement keeps category and price bound',
          checks: [shown({ type: SETS, vendor: 'Brightblock', maxPrice: 50 })],
        },
        {
          say: 'mmm, que no sean de Brightblock',
          covers: 'negation',
          checks: [shown({ type: SETS, notVendor: 'Brightblock', maxPrice: 50 })],
        },
        {
          say: '¿qué juego de construcción tiene más piezas?',
          covers: 'superlative over a number in titles (pieces)',
          checks: [says('space shuttle|shuttle explorer')],
        },
        {
          say: '¿el Space Shuttle sirve para un niño de seis años?',
          covers: 'spec question (age) answered from product text; short name',
          checks: [says('\\b9\\b|nueve'), shownOnly(T.shuttle)],
        },
        {
          say: 'compara el Fire Station con el Dino Valley',
          covers: 'comparison of two named products',
          checks: [says('fire station'), says('dino valley')],
        },
        {
          say: 'añade el Dino Valley',
          covers: 'add by short name',
          checks: [has(T.dinoValley, undefined, 1)],
        },
        {
          say: 'y la caja de ladrillos Starter en pastel',
          covers: 'sold-out variant refused with in-stock alternatives',
          checks: [lacks(T.starterBox, ['Pastel']), says('classic|clasic')],
        },
        {
          say: 'vale, pues la clásica',
          covers: 'option value by catalog name (Spanish form)',
          checks: [has(T.starterBox, ['Classic'], 1), keeps(T.starterBox)],
        },
      ],
    },
    {
      title:
        'peluches: cantidad + talla + color, agotado, lavable, varios artículos, promociones, pago, cancelación',
      steps: [
        {
          say: 'quiero ver vuestros peluches',
          covers: 'category search',
          checks: [shown({ type: 'Plush Toys' })],
        },
        {
          say: 'tres Snuggle Bear pequeños en color avena',
          covers: 'quantity + product + size + colour in one request',
          checks: [has(T.snuggleBear, ['Small', 'Oatmeal'], 3)],
        },
        {
          say: 'y un oso grande en Sage',
          covers: 'sold-out variant refused with in-stock alternatives',
          checks: [lacks(T.snuggleBear, ['Large', 'Sage']), says('oatmeal|avena|blush|rosa|small|pequen')],
        },
        {
          say: '¿el Snuggle Bear se puede lavar a máquina?',
          covers: 'spec question answered from product text',
          checks: [says('lava|wash'), saysNot(DONT_KNOW), shownOnly(T.snuggleBear)],
        },
        {
          say: '¿y el Sleepy Sloth se puede meter en la lavadora?',
          covers: 'spec question whose answer in the text is no (surface wash only)',
          checks: [says('superficie|surface|\\bno\\b'), shownOnly(T.sleepySloth)],
        },
        {
          say: 'añade el perezoso en verde musgo y el peluche de dinosaurio que brilla en la oscuridad',
          covers: 'several items in one request; colour family',
          checks: [has(T.sleepySloth, ['Moss'], 1), has(T.dinoPlush, undefined, 1)],
        },
        {
          say: 'quita el dinosaurio',
          covers: 'remove an item',
          checks: [lacks(T.dinoPlush), keeps(T.dinoPlush)],
        },
        {
          say: 'mejor dos osos en vez de tres',
          covers: 'change a quantity',
          checks: [has(T.snuggleBear, ['Small', 'Oatmeal'], 2)],
        },
        {
          say: '¿qué llevo en el carrito?',
          covers: "cart read-back in the store's currency",
          checks: [says('snuggle|oso'), says('sloth|perezoso'), ...usd],
        },
        {
          say: '¿tenéis algún código de descuento ahora?',
          covers: 'list the promos',
          checks: [says('play10|birthday5'), notCalled('search_products')],
        },
        {
          say: 'usa el código PLAY10',
          covers: 'apply a promo code',
          checks: [{ kind: 'cartPromo', code: 'PLAY10' }],
        },
        {
          say: 'quiero pagar, por favor',
          covers: 'checkout needs an explicit yes',
          checks: [orders(0), says('\\$|dolar')],
        },
        {
          say: 'no',
          covers: 'no order on "no"',
          checks: [orders(0)],
        },
        {
          say: 'venga, ya estoy listo para pagar',
          covers: 'checkout read-back',
          checks: [orders(0)],
        },
        {
          say: 'sí, adelante',
          covers: 'order placed after an explicit yes',
          checks: [orders(1)],
        },
        {
          say: '¿en qué estado está mi pedido?',
          covers: 'order status',
          checks: [orderStatusAnswered],
        },
        {
          say: 'cancélalo por favor, lo pedí demasiado pronto',
          covers: 'cancel an unfulfilled order asks for confirmation first',
          checks: [notCancelledYet, says('cancel')],
        },
        {
          say: 'sí, estoy seguro',
          covers: 'cancel after confirmation',
          checks: [cancelled],
        },
      ],
    },
    {
      title: 'patines y bicis: medias tallas, familia de color, agotado, peso, quitar, vaciar',
      steps: [
        {
          say: '¿tenéis patines en línea morados?',
          covers: 'colour family to a catalog colour name (Lilac)',
          checks: [shown({ type: 'Skates', color: ['Lilac'] })],
        },
        {
          say: 'añádelos en turquesa, talla doce y media',
          covers: 'sold-out half size refused with in-stock alternatives',
          checks: [lacks(T.skates, ['12.5', 'Teal']), says('lilac|lila|\\b12\\b|\\b13\\b|doce|trece')],
        },
        {
          say: 'entonces en lila, talla 12.5',
          covers: 'half size as a number + colour',
          checks: [has(T.skates, ['12.5', 'Lilac'], 1)],
        },
        {
          say: '¿cuánto pesa la bici de equilibrio Glide?',
          covers: 'spec question answered from product text',
          checks: [says('6[.,]4|7[.,]1'), shownOnly(T.balanceBike)],
        },
        {
          say: 'añade una Glide de 14 pulgadas en coral',
          covers: 'sold-out variant refused with in-stock alternatives',
          checks: [lacks(T.balanceBike, ['14-inch', 'Coral']), says('sage|salvia|slate|pizarra|gris|12')],
        },
        {
          say: 'pues la gris pizarra',
          covers: 'colour family keeps the size',
          checks: [has(T.balanceBike, ['14-inch', 'Slate'], 1)],
        },
        {
          say: 'quita los patines',
          covers: 'remove an item',
          checks: [lacks(T.skates), keeps(T.skates)],
        },
        {
          say: 'mejor vacía el carrito',
          covers: 'empty the cart',
          checks: [{ kind: 'cartLines', count: 0 }],
        },
      ],
    },
    {
      title:
        'puzles, coches teledirigidos, juegos: opciones, preguntas, superlativo, marca, devoluciones, persona',
      steps: [
        {
          say: 'busco un puzle de 1000 piezas',
          covers: 'category search with a number',
          checks: [shown({ type: 'Jigsaw Puzzles' })],
        },
        {
          say: 'el de Alpine Lake, en 1500 piezas por favor',
          covers: 'sold-out option (Pieces) refused with in-stock alternatives',
          checks: [lacks(T.alpineLake), says('1[.,]?000|\\b500\\b')],
        },
        {
          say: 'enséñame coches teledirigidos',
          covers: 'category search',
          checks: [shown({ type: 'Remote Control Cars' })],
        },
        {
          say: '¿el Dune Racer es impermeable?',
          covers: 'spec question whose answer in the text is no (splash-resistant only)',
          checks: [says('salpicadura|splash|\\bno\\b'), shownOnly(T.duneRacer)],
        },
        {
          say: '¿el Mini Stunt necesita pilas?',
          covers: 'spec question answered from product text',
          checks: [says('\\baa\\b|pila|bater|batter'), saysNot(DONT_KNOW), shownOnly(T.miniStunt)],
        },
        {
          say: '¿cuál es el coche teledirigido más barato?',
          covers: 'superlative over price',
          checks: [says('mini stunt|stunt')],
        },
        {
          say: '¿juegos de mesa de menos de 30 dólares?',
          covers: 'category search with a price bound',
          checks: [shown({ type: 'Board Games', maxPrice: 30 })],
        },
        {
          say: 'enséñame el juego Harbor Lights',
          covers: 'short name of a long title',
          checks: [{ kind: 'shownSome', where: { handles: [T.harborLights] } }, says('harbor lights')],
        },
        {
          say: 'enséñame todo lo de Juniper Games',
          covers: 'brand search',
          checks: [shown({ vendor: 'Juniper Games' })],
        },
        {
          say: 'solo los juegos de cartas',
          covers: 'refinement keeps the brand',
          checks: [shown({ vendor: 'Juniper Games', type: 'Card Games' })],
        },
        {
          say: '¿cómo funcionan las devoluciones si el regalo no es el adecuado?',
          covers: 'returns question handed to a human or answered from policy',
          checks: [policyHandled],
        },
        {
          say: 'quiero hablar con alguien, por favor',
          covers: 'ask for a human (reply in Spanish)',
          checks: [called('request_human')],
        },
      ],
    },
  ],
};
