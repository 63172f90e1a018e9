/**
 * Bicycles & cycling, EN and ES shoppers on the English-only catalog. Frozen: written before this
 * round's tuning; never edit expectations.
 */
import {
  addedShownAt,
  adds,
  any,
  best,
  called,
  cancelled,
  DONT_KNOW,
  emptyCart,
  line,
  namesOrder,
  neverShown,
  notCalled,
  notCancelledYet,
  orders,
  promo,
  REFUSED_CODE,
  removes,
  saved,
  says,
  saysNot,
  saysTotal,
  scripts,
  shown,
  shownOnly,
  swaps,
  unchanged,
  usd,
} from '../../../dialogue/bilingual.ts';
import { BIKES, K } from './bikes.handles.ts';

/** The reply is about returns (a "no" alone is not an answer to a returns question). */
const RETURNS = 'return|refund|devol|devuel|reembols';
/** A "yes" that is not a "no". */
const NOT_NO = "\\bnot\\b|n't|\\bno (funciona|es|sirve|vale|tiene|lleva|viene|incluye)\\b";
/** A "no" answer, in either language. */
const NO = "\\bno\\b|\\bnot\\b|n't";

export const [bikesEn, bikesEs] = scripts('bicycles-cycling', [
  {
    title:
      'bikes: price bound, brand refinement and negation, start over, suspension specs, frame and wheel sizes, weight, compare',
    steps: [
      {
        en: 'what bikes have you got for under 1500 dollars?',
        es: '¿qué bicis tenéis por menos de 1500 dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: BIKES, maxPrice: 1500 })],
      },
      {
        en: 'only Corsa',
        es: 'solo de Corsa',
        covers: 'refinement keeps category and price bound',
        checks: [shown({ type: BIKES, vendor: 'Corsa Cycles', maxPrice: 1500 })],
      },
      {
        en: 'hmm, actually anything but Corsa',
        es: 'mmm, mejor cualquiera menos Corsa',
        covers: 'negation keeps category and price bound',
        checks: [shown({ type: BIKES, notVendor: 'Corsa Cycles', maxPrice: 1500 })],
      },
      {
        en: "let's start over — I want a full suspension mountain bike",
        es: 'empecemos de cero: quiero una bici de montaña de doble suspensión',
        covers: 'start over drops the earlier constraints (the bike is over $1,500)',
        checks: [shown({ handles: [K.switchback] })],
      },
      {
        en: 'how much travel does it have?',
        es: '¿cuánto recorrido tiene?',
        covers: 'spec question about the product in focus (number)',
        checks: [says('140|150'), shownOnly(K.switchback)],
      },
      {
        en: 'does it come with a dropper post?',
        es: '¿viene con tija telescópica?',
        covers: 'spec question answered from product text (answer yes)',
        checks: [
          says('yes|\\bsi\\b|includ|incluy|comes with|viene con|lleva'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(K.switchback),
        ],
      },
      {
        en: "I'd like it in a medium with 29 inch wheels",
        es: 'la quiero en talla M con ruedas de 29 pulgadas',
        covers:
          'sold-out variant (Frame Size + Wheel Size) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('27[.,]5|large|grande|talla l\\b|size l\\b')],
      },
      {
        en: 'ok, medium with the twenty-seven and a half inch wheels then',
        es: 'vale, pues talla M con las ruedas de veintisiete y media',
        covers: 'half size in words (27.5") keeps the frame size',
        checks: [adds(line(K.switchback, { 'Frame Size': 'M', 'Wheel Size': '27.5"' }, 1))],
      },
      {
        en: 'which is your lightest road bike?',
        es: '¿cuál es vuestra bici de carretera más ligera?',
        covers: 'superlative over a numeric attribute (weight in the description)',
        checks: [best(K.strada, 'strada', 'veloce')],
      },
      {
        en: 'compare the Strada SL and the Veloce',
        es: 'compara la Strada SL con la Veloce',
        covers: 'comparison of two named products',
        checks: [says('strada'), says('veloce'), shownOnly(K.strada, K.veloce)],
      },
      {
        en: "what's the tire clearance on the Veloce?",
        es: '¿qué paso de rueda tiene la Veloce?',
        covers: 'spec question answered from product text (number); short name of a long title',
        checks: [says('\\b35\\b'), shownOnly(K.veloce)],
      },
      {
        en: 'does the Veloce have electronic shifting?',
        es: '¿la Veloce tiene cambio electrónico?',
        covers: 'spec question whose answer in the text is no (mechanical shifting)',
        checks: [says(`${NO}|mechanical|mecanic`), says('veloce'), saysNot(DONT_KNOW), shownOnly(K.veloce)],
      },
      {
        en: 'put the Veloce in my cart, 54 centimeter, graphite',
        es: 'mete la Veloce en el carrito, de 54 centímetros, en graphite',
        covers: 'numeric size + colour by catalog names',
        checks: [adds(line(K.veloce, { 'Frame Size': '54 cm', Color: 'Graphite' }, 1))],
      },
      {
        en: 'no wait, make it the red one',
        es: 'no, espera, mejor la roja',
        covers: 'correction by colour family (red → Racing Red) keeps the frame size',
        checks: [
          swaps(
            line(K.veloce, { 'Frame Size': '54 cm', Color: 'Racing Red' }, 1),
            line(K.veloce, { 'Frame Size': '54 cm', Color: 'Graphite' }, 1),
          ),
        ],
      },
      {
        en: 'is the Strada available in a 56?',
        es: '¿la Strada está disponible en 56?',
        covers: 'sold-out size named with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b(50|52|54|58)\\b')],
      },
      {
        en: "what's the widest tire the Sterrato CX can take?",
        es: '¿cuál es el neumático más ancho que admite la Sterrato CX?',
        covers: 'spec question answered from product text (number)',
        checks: [says('\\b50\\b'), shownOnly(K.sterratoCx)],
      },
      {
        en: 'add a Sterrato CX, 54 cm with 650b wheels',
        es: 'añade una Sterrato CX de 54 cm con ruedas 650b',
        covers:
          'sold-out variant (Frame Size + Wheel Size) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('700|\\b52\\b')],
      },
      {
        en: 'how much is the Metro 8?',
        es: '¿qué precio tiene la Metro 8?',
        covers: "price in the store's currency",
        checks: [says('899'), ...usd],
      },
      {
        en: "what's in my cart?",
        es: '¿qué hay en mi carrito?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('switchback|veloce')],
      },
    ],
  },
  {
    title:
      'kids, helmets, lights: colour families, MIPS, ordinal, several items, save for later, draft, policy, human',
    steps: [
      {
        en: 'my daughter just turned 5, what kids bikes do you have?',
        es: 'mi hija acaba de cumplir 5 años, ¿qué bicis infantiles tenéis?',
        covers: 'category search',
        checks: [shown({ type: "Kids' Bikes" })],
      },
      {
        en: 'add the Pup with 20 inch wheels in teal',
        es: 'añade la Pup con ruedas de 20 pulgadas en teal',
        covers: 'sold-out variant (Wheel Size + Color) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('tangerine|\\b16\\b')],
      },
      {
        en: 'ok, the orange one then',
        es: 'vale, entonces la naranja',
        covers: 'colour family (orange → Tangerine) keeps the wheel size',
        checks: [adds(line(K.pup, { 'Wheel Size': '20 in', Color: 'Tangerine' }, 1))],
      },
      {
        en: 'does that one come with training wheels?',
        es: '¿esa viene con ruedines?',
        covers: 'spec question about the product in focus (no: the 16 in. only)',
        checks: [says(`${NO}|only|solo|\\b16\\b`), says('pup'), saysNot(DONT_KNOW), shownOnly(K.pup)],
      },
      {
        en: "she'll need a helmet too. show me kids' helmets",
        es: 'también necesitará casco. enséñame cascos para niños',
        covers: 'category search (kids only)',
        checks: [shown({ handles: [K.littleRider] })],
      },
      {
        en: 'add one in extra small, the pink one',
        es: 'añade uno en talla XS, el rosa',
        covers: 'size + colour family to a catalog colour name (pink → Bubblegum Pink)',
        checks: [adds(line(K.littleRider, { Size: 'XS', Color: 'Bubblegum Pink' }, 1))],
      },
      {
        en: 'now for me: adult helmets with MIPS',
        es: 'ahora para mí: cascos de adulto con MIPS',
        covers: 'category search with a spec from the product text (MIPS; not the commuter helmet)',
        checks: [shown({ handles: [K.aerolite, K.trailguard] })],
      },
      {
        en: 'which one is lighter?',
        es: '¿cuál pesa menos?',
        covers: 'superlative over a numeric attribute (weight in grams)',
        checks: [best(K.aerolite, 'aerolite', 'trailguard')],
      },
      {
        en: 'does the Urbanite have MIPS?',
        es: '¿el Urbanite tiene MIPS?',
        covers: 'spec question whose answer in the text is no (no MIPS liner)',
        checks: [says(NO), says('urbanite'), saysNot(DONT_KNOW), shownOnly(K.urbanite)],
      },
      {
        en: 'add the Aerolite in large, matte black',
        es: 'añade el Aerolite en talla L, negro mate',
        covers: 'sold-out variant (Size + Color) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('medium|mediana|size m\\b|talla m\\b|\\bm\\b|white|blanc')],
      },
      {
        en: 'show me front lights',
        es: 'enséñame luces delanteras',
        covers: 'category search (front lights, not the rear light)',
        checks: [shown({ handles: [K.beacon800, K.beacon1500] })],
      },
      {
        en: 'the second one please',
        es: 'la segunda, por favor',
        covers: 'ordinal reference to the list shown ("the second one")',
        checks: [addedShownAt(2)],
      },
      {
        en: 'which light is the brightest?',
        es: '¿qué luz es la más potente?',
        covers: 'superlative over a number in titles and descriptions (lumens)',
        checks: [best(K.beacon1500, '1500|pro', 'beacon 800|\\b800\\b|halo')],
      },
      {
        en: 'is the Beacon 800 waterproof?',
        es: '¿la Beacon 800 es impermeable?',
        covers: 'spec question answered from product text (IPX6, water resistant)',
        checks: [
          says('ipx ?6|water.?resistant|resistente'),
          says('800'),
          saysNot(DONT_KNOW),
          shownOnly(K.beacon800),
        ],
      },
      {
        en: "what's the cheapest lock you sell?",
        es: '¿cuál es el candado más barato que vendéis?',
        covers: 'superlative over price',
        checks: [best(K.coil, 'coil|cable', 'fortress|origami')],
      },
      {
        en: 'add two Halo rear lights and a Fortress U-lock in the standard size',
        es: 'añade dos luces traseras Halo y un candado en U Fortress de tamaño estándar',
        covers: 'several items in one request; quantity + option value',
        checks: [adds(line(K.halo, { Pack: 'Single' }, 2), line(K.fortress, { Size: 'Standard' }, 1))],
      },
      {
        en: 'does the Fortress come with a bracket to carry it on the frame?',
        es: '¿el Fortress trae un soporte para llevarlo en el cuadro?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), says('fortress'), shownOnly(K.fortress), notCalled('add_to_cart')],
      },
      {
        en: 'save the Trailguard helmet for later',
        es: 'guárdame el casco Trailguard para luego',
        covers: 'save for later',
        checks: [saved(K.trailguard), unchanged],
      },
      {
        en: 'do you have any light sets?',
        es: '¿tenéis algún kit de luces?',
        covers: 'a draft product is never offered',
        checks: [neverShown(K.lightSet), saysNot('beacon \\+ halo|2027')],
      },
      {
        en: 'take the rear lights out',
        es: 'quita las luces traseras',
        covers: 'remove an item',
        checks: [removes(line(K.halo))],
      },
      {
        en: "can I return a helmet if I've worn it once?",
        es: '¿puedo devolver un casco si ya me lo he puesto una vez?',
        covers: 'returns question answered from the policy text (worn helmets: no)',
        checks: [
          says('\\bno\\b|cannot|can.?t|\\bnot\\b'),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'what does it cost to ship a bike to Canada?',
        es: '¿cuánto cuesta enviar una bici a Canadá?',
        covers: 'policy question answered from the policy text (shipping to Canada)',
        checks: [says('149'), says('canad'), notCalled('search_products')],
      },
      {
        en: 'do you do bike fittings in the shop?',
        es: '¿hacéis estudios biomecánicos en la tienda?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
      {
        en: 'clear out my cart',
        es: 'vacíame el carrito',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'd like to speak to a human",
        es: 'quiero hablar con una persona',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title: 'parts: tires, tubes, sealant, bottles, tools, pumps, promos, checkout, order, cancel, warranty',
    steps: [
      {
        en: 'I need new tires for my road bike',
        es: 'necesito neumáticos nuevos para mi bici de carretera',
        covers: 'category search (not the mountain bike tire)',
        checks: [shown({ type: 'Tires', notHandles: [K.rockgrip] })],
      },
      {
        en: 'two Allroads in 28 millimeter',
        es: 'dos Allroad de 28 milímetros',
        covers: 'quantity + product + numeric option value (Width "28 mm")',
        checks: [adds(line(K.allroad, { Width: '28 mm' }, 2))],
      },
      {
        en: 'and one in 32 too',
        es: 'y otro de 32 también',
        covers: 'sold-out variant (Width) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b25\\b|\\b28\\b')],
      },
      {
        en: 'I also need two inner tubes that fit those, presta valve',
        es: 'también necesito dos cámaras que valgan para esos, con válvula presta',
        covers: 'option values from a number inside a catalog range (700 x 25-32c) + Valve',
        checks: [adds(line(K.tube, { Size: '700 x 25-32c', Valve: 'Presta' }, 2))],
      },
      {
        en: 'do you have Schrader ones in that size?',
        es: '¿las tenéis con válvula Schrader en esa medida?',
        covers: 'sold-out variant (Valve) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('presta')],
      },
      {
        en: 'how much does one Allroad tire weigh?',
        es: '¿cuánto pesa un neumático Allroad?',
        covers: 'spec question answered from product text (weight)',
        checks: [says('290'), shownOnly(K.allroad)],
      },
      {
        en: 'add a bottle of tubeless sealant, the big one',
        es: 'añade un bote de líquido tubeless, el grande',
        covers: 'option value by a size word ("the big one" = 16 oz)',
        checks: [adds(line(K.sealant, { Volume: '16 oz' }, 1))],
      },
      {
        en: 'is that sealant ammonia free?',
        es: '¿ese líquido es sin amoniaco?',
        covers: 'spec question answered from product text (answer yes)',
        checks: [
          says('yes|\\bsi\\b|ammonia.free|sin amoniaco'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(K.sealant),
        ],
      },
      {
        en: 'show me water bottles',
        es: 'enséñame bidones',
        covers: 'category search',
        checks: [shown({ type: 'Water Bottles' })],
      },
      {
        en: 'two of the 24 ounce ones in red',
        es: 'dos de los de 24 onzas en rojo',
        covers: 'colour family to a sold-out catalog colour (red → Ember) refused with in-stock alternatives',
        checks: [unchanged, says('glacier|smoke|\\b21\\b')],
      },
      {
        en: 'fine, smoke then',
        es: 'bueno, pues en smoke',
        covers: 'option value by catalog name (Smoke) keeps capacity and quantity',
        checks: [adds(line(K.chill, { Capacity: '24 oz', Color: 'Smoke' }, 2))],
      },
      {
        en: 'and a silver bottle cage',
        es: 'y un portabidón plateado',
        covers: 'colour by catalog name (Silver)',
        checks: [adds(line(K.cage, { Color: 'Silver' }, 1))],
      },
      {
        en: 'does the 12-function Fixit have a chain tool?',
        es: '¿la Fixit de 12 funciones tiene tronchacadenas?',
        covers: 'spec question whose answer in the text is no (18-function only)',
        checks: [says(`${NO}|\\b18\\b`), says('fixit|12'), saysNot(DONT_KNOW), shownOnly(K.fixit)],
      },
      {
        en: "then I'll take the 18 function one",
        es: 'entonces me llevo la de 18 funciones',
        covers: 'option value by catalog name (Functions "18-function")',
        checks: [adds(line(K.fixit, { Functions: '18-function' }, 1))],
      },
      {
        en: 'which pump goes to the highest pressure?',
        es: '¿qué bomba llega a más presión?',
        covers: 'superlative over a numeric attribute (psi in the description)',
        checks: [best(K.tallboy, 'tallboy|floor|de pie|160', 'pocket rocket|mini')],
      },
      {
        en: 'does the mini pump work with Schrader valves?',
        es: '¿la mini bomba sirve para válvulas Schrader?',
        covers: 'spec question whose answer in the text is no (Presta only)',
        checks: [says(`${NO}|only|solo`), says('mini|pocket rocket'), saysNot(DONT_KNOW), shownOnly(K.mini)],
      },
      {
        en: 'remove the bottle cage',
        es: 'quita el portabidón',
        covers: 'remove an item',
        checks: [removes(line(K.cage))],
      },
      {
        en: 'what promo codes are there?',
        es: '¿qué códigos promocionales hay?',
        covers: 'list the promos (not the expired one)',
        checks: [says('ride ?10'), says('flat ?8'), saysNot('tour ?days'), notCalled('search_products')],
      },
      {
        en: 'apply TOURDAYS',
        es: 'aplica TOURDAYS',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'use FLAT8 instead',
        es: 'pues usa FLAT8',
        covers: 'apply a promo code',
        checks: [promo('FLAT8')],
      },
      {
        en: "I'm ready to check out",
        es: 'ya quiero pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'no, hang on',
        es: 'no, espera un momento',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'ok, checkout',
        es: 'vale, a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, place the order',
        es: 'sí, haz el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'has my order shipped yet?',
        es: '¿ya han enviado mi pedido?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'I changed my mind, cancel the order',
        es: 'he cambiado de idea, cancela el pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yes, I'm sure",
        es: 'sí, estoy seguro',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
      {
        en: 'how long is the warranty on a Trailhound frame?',
        es: '¿cuánta garantía tiene un cuadro Trailhound?',
        covers: 'policy question answered from the policy text (warranty)',
        checks: [says('life|vida|vitalic'), notCalled('add_to_cart')],
      },
    ],
  },
]);
