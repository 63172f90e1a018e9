/**
 * Garden supplies, Spanish shopper on the English-only catalog. Frozen: written before any
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
  shownSome,
  usd,
} from './build.ts';
import { G } from './garden.handles.ts';

const PRUNERS = 'Pruners';

export const gardenEs: Script = {
  catalog: 'garden-supplies',
  language: 'es',
  replyLanguage: 'es',
  conversations: [
    {
      title: 'tijeras de podar: refinar, negar, superlativo, preguntas, comparar, empezar de nuevo',
      steps: [
        {
          say: 'hola, busco tijeras de podar de menos de 40 dólares',
          covers: 'category search with a price bound',
          checks: [shown({ type: PRUNERS, maxPrice: 40 })],
        },
        {
          say: 'solo las de Verdano',
          covers: 'refinement keeps category and price bound',
          checks: [shown({ type: PRUNERS, vendor: 'Verdano', maxPrice: 40 })],
        },
        {
          say: 'mmm, mejor las que no sean de Verdano',
          covers: 'negation',
          checks: [shown({ type: PRUNERS, notVendor: 'Verdano', maxPrice: 40 })],
        },
        {
          say: '¿cuál es la tijera de podar más ligera que tenéis?',
          covers: 'superlative over a numeric attribute (weight in the description)',
          checks: [says('featherlight|micro-tip')],
        },
        {
          say: '¿la PowerCut es resistente al óxido?',
          covers: 'spec question answered from product text; short name of a long title',
          checks: [says('oxid|rust'), saysNot(DONT_KNOW), shownOnly(G.powercut)],
        },
        {
          say: '¿la PowerCut viene con funda?',
          covers: "spec question not in the text: don't know",
          checks: [says(DONT_KNOW), shownOnly(G.powercut), notCalled('add_to_cart')],
        },
        {
          say: 'compara la PowerCut con la RatchetMax',
          covers: 'comparison of two named products',
          checks: [says('powercut'), says('ratchetmax')],
        },
        {
          say: '¿cuánto cuesta la RatchetMax?',
          covers: "price in the store's currency",
          checks: [says('44[.,]99'), ...usd],
        },
        {
          say: 'empecemos de nuevo. enséñame mangueras de jardín',
          covers: 'start over drops the earlier constraints',
          checks: [shown({ type: 'Garden Hoses' }), shownSome({ minPrice: 41 })],
        },
        {
          say: '¿cuál es la manguera más barata?',
          covers: 'superlative over price',
          checks: [says('ecoseep|soaker')],
        },
        {
          say: '¿la ProFlow aguanta las heladas?',
          covers: 'spec question answered from product text',
          checks: [says('helad|frost|-25|25 ?°?f'), saysNot(DONT_KNOW), shownOnly(G.proflow)],
        },
        {
          say: 'añade la ProFlow, la de 100 pies',
          covers: 'option value by catalog name (Length option)',
          checks: [has(G.proflow, ['100 ft'], 1)],
        },
      ],
    },
    {
      title: 'regaderas, varios artículos, agotado, promociones, pago, estado y cancelación del pedido',
      steps: [
        {
          say: '¿tenéis regaderas de menos de 30 dólares?',
          covers: 'category search with a price bound',
          checks: [shown({ type: 'Watering Cans', maxPrice: 30 })],
        },
        {
          say: '¿cuál es la que tiene más capacidad?',
          covers: 'superlative over capacity (option values like 10L)',
          checks: [says('easypour|10 ?l')],
        },
        {
          say: 'me llevo dos EasyPour de 10 litros en color Sage',
          covers: 'quantity + product + size + colour in one request',
          checks: [has(G.easypour, ['10L', 'Sage'], 2)],
        },
        {
          say: 'y otra de 10 litros en terracota',
          covers: 'sold-out variant refused with in-stock alternatives',
          checks: [lacks(G.easypour, ['10L', 'Terracotta']), says('sage|salvia|5 ?l')],
        },
        {
          say: 'añade también el sustrato orgánico de 16 qt y las semillas de tomate',
          covers: 'several items in one request',
          checks: [has(G.pottingMix, ['16 qt']), has(G.tomatoSeeds)],
        },
        {
          say: '¿qué tengo en el carrito?',
          covers: "cart read-back in the store's currency",
          checks: [says('easypour'), says('potting|sustrato'), ...usd],
        },
        {
          say: 'quita las semillas de tomate',
          covers: 'remove an item',
          checks: [lacks(G.tomatoSeeds), keeps(G.tomatoSeeds)],
        },
        {
          say: '¿qué promociones tenéis?',
          covers: 'list the promos',
          checks: [says('grow15|spring5'), notCalled('search_products')],
        },
        {
          say: 'aplica el código GROW15',
          covers: 'apply a promo code',
          checks: [{ kind: 'cartPromo', code: 'GROW15' }],
        },
        {
          say: 'quiero pagar',
          covers: 'checkout needs an explicit yes',
          checks: [orders(0), says('\\$|dolar')],
        },
        {
          say: 'no, todavía no',
          covers: 'no order on "no"',
          checks: [orders(0)],
        },
        {
          say: 'vale, ahora sí quiero finalizar la compra',
          covers: 'checkout read-back',
          checks: [orders(0)],
        },
        {
          say: 'sí, haz el pedido',
          covers: 'order placed after an explicit yes',
          checks: [orders(1)],
        },
        {
          say: '¿dónde está mi pedido?',
          covers: 'order status',
          checks: [orderStatusAnswered],
        },
        {
          say: 'pensándolo mejor, quiero cancelar ese pedido',
          covers: 'cancel an unfulfilled order asks for confirmation first',
          checks: [notCancelledYet, says('cancel')],
        },
        {
          say: 'sí, cancélalo',
          covers: 'cancel after confirmation',
          checks: [cancelled],
        },
      ],
    },
    {
      title: 'guantes y botas: medias tallas, familias de color, agotado, devoluciones, persona',
      steps: [
        {
          say: 'necesito guantes de jardinería en talla 9.5',
          covers: 'half size as a number',
          checks: [shown({ type: 'Gardening Gloves', handles: [G.nitrileGloves] })],
        },
        {
          say: 'añade dos pares de los de nitrilo en talla ocho y media',
          covers: 'sold-out half size refused with in-stock alternatives',
          checks: [lacks(G.nitrileGloves, ['8.5']), says('\\b8\\b|\\b9\\b|ocho|nueve')],
        },
        {
          say: 'vale, entonces talla 9, dos pares',
          covers: 'quantity + size',
          checks: [has(G.nitrileGloves, ['9'], 2)],
        },
        {
          say: 'enséñame botas de jardín impermeables en verde musgo',
          covers: 'colour family to a catalog colour name (Moss)',
          checks: [shown({ type: 'Garden Boots', color: ['Moss'] })],
        },
        {
          say: '¿las tienes en talla nueve y media?',
          covers: 'half size in words; sold out in that colour',
          checks: [lacks(G.mudlark), says('slate|pizarra|gris|\\b9\\b|\\b10\\b|nueve|diez')],
        },
        {
          say: 'añade las Mudlark en gris pizarra, talla nueve y media',
          covers: 'short name + colour + half size',
          checks: [has(G.mudlark, ['9.5', 'Slate'], 1)],
        },
        {
          say: '¿cuánto pesan?',
          covers: 'spec question about the product in focus',
          checks: [says('3[.,]4'), shownOnly(G.mudlark)],
        },
        {
          say: 'vacía mi carrito',
          covers: 'empty the cart',
          checks: [{ kind: 'cartLines', count: 0 }],
        },
        {
          say: 'quiero devolver unas botas que compré el mes pasado',
          covers: 'returns question handed to a human or answered from policy',
          checks: [policyHandled],
        },
        {
          say: '¿puedo hablar con una persona de verdad?',
          covers: 'ask for a human (reply in Spanish)',
          checks: [called('request_human')],
        },
      ],
    },
    {
      title: 'macetas y marcas: familia de color, agotado, heladas, superlativo, marca y luego categoría',
      steps: [
        {
          say: 'busco una maceta de cerámica azul',
          covers: 'colour family to a catalog colour name (Cobalt)',
          checks: [shown({ type: 'Planters', color: ['Cobalt'] })],
        },
        {
          say: 'añade la grande en cobalto',
          covers: 'sold-out variant refused with in-stock alternatives',
          checks: [lacks(G.glazed, ['Large', 'Cobalt']), says('sage|salvia|medium|mediana|oatmeal|avena')],
        },
        {
          say: 'bueno, pues la mediana en cobalto',
          covers: 'size + colour by catalog names',
          checks: [has(G.glazed, ['Medium', 'Cobalt'], 1)],
        },
        {
          say: '¿es resistente a las heladas?',
          covers: 'spec question answered from product text',
          checks: [says('helad|frost'), saysNot(DONT_KNOW), shownOnly(G.glazed)],
        },
        {
          say: '¿y la maceta de terracota Rolled-Rim aguanta las heladas?',
          covers: 'spec question whose answer in the text is no',
          checks: [says('\\bno\\b|\\bnot\\b|interior|dentro'), shownOnly(G.terracottaPot)],
        },
        {
          say: 'añade tres macetas de terracota pequeñas',
          covers: 'quantity + size',
          checks: [has(G.terracottaPot, ['Small'], 3), keeps(G.terracottaPot)],
        },
        {
          say: '¿cuál es vuestra maceta más cara?',
          covers: 'superlative over price',
          checks: [says('glazed|ceramic|ceramica')],
        },
        {
          say: 'enséñame lo que tenéis de Greenhaven',
          covers: 'brand search',
          checks: [shown({ vendor: 'Greenhaven' })],
        },
        {
          say: 'solo las semillas',
          covers: 'refinement keeps the brand',
          checks: [shown({ vendor: 'Greenhaven', type: 'Seeds' })],
        },
      ],
    },
  ],
};
