/**
 * Coffee & tea, EN and ES shoppers on the English-only catalog. Frozen: written before this round's
 * tuning; never edit expectations.
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
import { C } from './coffee.handles.ts';

/** The reply is about returns (a "no" alone is not an answer to a returns question). */
const RETURNS = 'return|refund|devol|devuel|reembols';
/** A "yes" that is not a "no". */
const NOT_NO = "\\bnot\\b|n't|\\bno (funciona|es|sirve|vale|tiene|lleva|viene|incluye)\\b";

export const [coffeeEn, coffeeEs] = scripts('coffee-and-tea', [
  {
    title:
      'coffee: price bound, superlative, roast refinement, specs, start over, altitude, compare, grind and weight options',
    steps: [
      {
        en: "hi! I'm after some coffee beans, nothing over 20 bucks",
        es: 'hola, busco café en grano que no pase de 20 dólares',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Coffee', maxPrice: 20 })],
      },
      {
        en: 'which of those is the cheapest?',
        es: '¿cuál de esos es el más barato?',
        covers: 'superlative over price',
        checks: [best(C.decaf, 'decaf|descafeinado', 'summit|night owl')],
      },
      {
        en: 'hmm, I do want the caffeine. just the dark roasts',
        es: 'mmm, yo quiero cafeína. solo los de tueste oscuro',
        covers: 'refinement by a spec from the product text (roast) keeps category and price bound',
        checks: [shown({ type: 'Coffee', maxPrice: 20, handles: [C.nightOwl] })],
      },
      {
        en: 'is it organic?',
        es: '¿es ecológico?',
        covers: 'spec question about the product in focus (answer yes)',
        checks: [
          says('yes|\\bsi\\b|certified|certificad'),
          says('night owl'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(C.nightOwl),
        ],
      },
      {
        en: 'and the Summit Blend, is that one organic too?',
        es: '¿y el Summit Blend? ¿ese también es ecológico?',
        covers: 'spec question whose answer in the text is no (not organic)',
        checks: [says("\\bno\\b|\\bnot\\b|n't"), says('summit'), saysNot(DONT_KNOW), shownOnly(C.summit)],
      },
      {
        en: 'how long does the Summit Blend stay fresh once the bag is open?',
        es: '¿cuánto tiempo aguanta fresco el Summit Blend una vez abierta la bolsa?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), says('summit'), shownOnly(C.summit), notCalled('add_to_cart')],
      },
      {
        en: 'ok, forget all that. what single-origin coffees do you carry?',
        es: 'vale, olvida todo eso. ¿qué cafés de origen único tenéis?',
        covers: 'start over drops the earlier constraints (both are over $20)',
        checks: [shown({ type: 'Coffee', handles: [C.esperanza, C.kochere] })],
      },
      {
        en: 'which one is grown at the higher altitude?',
        es: '¿cuál se cultiva a más altitud?',
        covers: 'superlative over a numeric attribute (altitude in the description)',
        checks: [best(C.kochere, 'kochere|yirgacheffe|ethiopia|etiopia', 'esperanza|guatemala')],
      },
      {
        en: 'compare La Esperanza with the Kochere for me',
        es: 'compárame el La Esperanza con el Kochere',
        covers: 'comparison of two named products',
        checks: [
          says('esperanza|guatemala'),
          says('kochere|ethiopia|etiopia'),
          shownOnly(C.esperanza, C.kochere),
        ],
      },
      {
        en: "I'll take two bags of the Guatemala, whole bean",
        es: 'me llevo dos bolsas del de Guatemala, en grano',
        covers: 'quantity + product + option value (Grind) in one request',
        checks: [adds(line(C.esperanza, { Grind: 'Whole Bean' }, 2))],
      },
      {
        en: 'plus one Kochere, the 5 pound bag',
        es: 'y un Kochere, la bolsa de 5 libras',
        covers: 'option value by catalog name (Weight "5 lb")',
        checks: [adds(line(C.kochere, { Weight: '5 lb' }, 1))],
      },
      {
        en: "on second thought that's a lot of coffee, make the Kochere a 12 oz bag",
        es: 'pensándolo mejor es demasiado café, que el Kochere sea la bolsa de 12 onzas',
        covers: 'correction switches the option value',
        checks: [swaps(line(C.kochere, { Weight: '12 oz' }, 1), line(C.kochere, { Weight: '5 lb' }, 1))],
      },
      {
        en: 'can I also get the La Esperanza ground for pour over?',
        es: '¿me pones también el La Esperanza molido para pour over?',
        covers: 'sold-out variant (Grind) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('whole bean|en grano|grano entero')],
      },
      {
        en: 'what about a 2 lb bag of Summit Blend in drip grind?',
        es: '¿y una bolsa de 2 libras de Summit Blend molido para goteo?',
        covers: 'sold-out variant (Grind + Weight) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('whole bean|en grano|grano entero|12 ?(oz|onza)')],
      },
      {
        en: 'fine, whole bean then',
        es: 'bueno, pues en grano',
        covers: 'option value after a refusal keeps the other option (Weight "2 lb")',
        checks: [adds(line(C.summit, { Grind: 'Whole Bean', Weight: '2 lb' }, 1))],
      },
      {
        en: 'how much is the Night Owl?',
        es: '¿cuánto cuesta el Night Owl?',
        covers: "price in the store's currency",
        checks: [says('\\b17\\b'), ...usd],
      },
      {
        en: "what's in my cart right now?",
        es: '¿qué tengo ahora mismo en el carrito?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('esperanza|kochere|summit')],
      },
    ],
  },
  {
    title:
      'tea: price bound, brand refinement and negation, caffeine, options, several items, save for later, draft, policy, human',
    steps: [
      {
        en: 'show me your green teas under $30',
        es: 'enséñame vuestros tés verdes de menos de 30 dólares',
        covers: 'category search with a price bound (green tea across two brands)',
        checks: [shown({ handles: [C.jade, C.culinary], maxPrice: 30 })],
      },
      {
        en: 'just the Hanami ones',
        es: 'solo los de Hanami',
        covers: 'refinement keeps category and price bound (not the whisk)',
        checks: [shown({ vendor: 'Hanami Matcha', type: 'Matcha', maxPrice: 30 })],
      },
      {
        en: 'hmm, actually no Hanami',
        es: 'mmm, mejor nada de Hanami',
        covers: 'negation keeps category and price bound',
        checks: [shown({ notVendor: 'Hanami Matcha', maxPrice: 30, handles: [C.jade] })],
      },
      {
        en: 'how hot should the water be for the Jade Cloud?',
        es: '¿a qué temperatura tiene que estar el agua para el Jade Cloud?',
        covers: 'spec question answered from product text (number); short name of a long title',
        checks: [says('175'), shownOnly(C.jade)],
      },
      {
        en: 'does it have caffeine?',
        es: '¿tiene cafeína?',
        covers: 'spec question about the product in focus (answer yes)',
        checks: [says('yes|\\bsi\\b|medium|media|moderad'), saysNot(DONT_KNOW), shownOnly(C.jade)],
      },
      {
        en: 'I need something with no caffeine for the evenings',
        es: 'necesito algo sin cafeína para las noches',
        covers: 'category search by a spec from the product text (caffeine-free)',
        checks: [shown({ handles: [C.stillWater, C.decaf] })],
      },
      {
        en: 'add the chamomile one, 4 ounces',
        es: 'añade el de manzanilla, el de 4 onzas',
        covers: 'option value by catalog name (Weight "4 oz")',
        checks: [adds(line(C.stillWater, { Weight: '4 oz' }, 1))],
      },
      {
        en: 'is the masala chai sweetened?',
        es: '¿el masala chai lleva azúcar?',
        covers: 'spec question whose answer in the text is no (no added sugar)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't|unsweetened|sin azucar"),
          says('chai'),
          saysNot(DONT_KNOW),
          shownOnly(C.chai),
        ],
      },
      {
        en: 'add a box of the Earl Grey sachets',
        es: 'añade una caja del Earl Grey en bolsitas',
        covers: 'option value by catalog name (Format "15 Sachets")',
        checks: [adds(line(C.foggy, { Format: '15 Sachets' }, 1))],
      },
      {
        en: 'and two pound bags of the Harbor Breakfast plus a 4 oz chai',
        es: 'y dos bolsas de una libra del Harbor Breakfast, más un chai de 4 onzas',
        covers: 'several items in one request; quantity + option values',
        checks: [adds(line(C.harbor, { Weight: '1 lb' }, 2), line(C.chai, { Weight: '4 oz' }, 1))],
      },
      {
        en: 'can I get the Jade Cloud in the 4 ounce size?',
        es: '¿me das el Jade Cloud en el tamaño de 4 onzas?',
        covers: 'sold-out variant (Weight) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b2 ?(oz|onza)')],
      },
      {
        en: 'save the Silver Needle for later',
        es: 'guárdame el Silver Needle para más tarde',
        covers: 'save for later',
        checks: [saved(C.silverNeedle), unchanged],
      },
      {
        en: 'actually take the chai back out',
        es: 'quita el chai, al final no lo quiero',
        covers: 'remove an item',
        checks: [removes(line(C.chai))],
      },
      {
        en: 'what have I got in my basket?',
        es: '¿qué llevo en la cesta?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('harbor|still water|chamomile|earl grey|foggy|manzanilla')],
      },
      {
        en: 'do you have any tea gift sets?',
        es: '¿tenéis algún estuche de regalo de tés?',
        covers: 'a draft product is never offered',
        checks: [neverShown(C.giftSet), saysNot('four seasons')],
      },
      {
        en: 'do you ship to Canada, and how much is it?',
        es: '¿hacéis envíos a Canadá? ¿cuánto cuesta?',
        covers: 'policy question answered from the policy text (shipping to Canada)',
        checks: [says('canad'), says('\\b12\\b'), notCalled('search_products')],
      },
      {
        en: "if I open a bag of tea and don't like it, can I send it back?",
        es: 'si abro una bolsa de té y no me gusta, ¿la puedo devolver?',
        covers: 'returns question answered from the policy text (opened tea: no, unless damaged)',
        checks: [
          says('\\bno\\b|cannot|can.?t|\\bnot\\b|damag|danad|estropead'),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'empty my cart please',
        es: 'vacía el carrito, por favor',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'can I talk to an actual person?',
        es: '¿puedo hablar con una persona de verdad?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'brewing gear: ordinal, kettles, induction, French press sizes, filters, promos, checkout, order, cancel',
    steps: [
      {
        en: "I'm looking for a kettle for pour-over",
        es: 'busco un hervidor para café de filtro',
        covers: 'category search',
        checks: [shown({ type: 'Kettles' })],
      },
      {
        en: "I'll take the second one, in brushed steel",
        es: 'me quedo con el segundo, en acero cepillado',
        covers: 'ordinal reference to the list shown ("the second one") + colour by catalog name',
        checks: [addedShownAt(2, { Color: 'Brushed Steel' })],
      },
      {
        en: 'which kettle is the cheapest?',
        es: '¿qué hervidor es el más barato?',
        covers: 'superlative over price',
        checks: [best(C.ember, 'ember|stovetop|fogon|cocina', 'pilot|electric')],
      },
      {
        en: 'does the Ember work on an induction cooktop?',
        es: '¿el Ember funciona en una placa de inducción?',
        covers: 'spec question answered from product text (answer yes)',
        checks: [
          says('yes|\\bsi\\b|works|funciona|compatible|sirve'),
          says('ember'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(C.ember),
        ],
      },
      {
        en: 'and the Trieste moka pot, can I use that on induction?',
        es: '¿y la cafetera moka Trieste? ¿la puedo usar en inducción?',
        covers: 'spec question whose answer in the text is no (not for induction)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't"),
          says('trieste|moka'),
          saysNot(DONT_KNOW),
          shownOnly(C.trieste),
        ],
      },
      {
        en: 'does the Pilot kettle switch itself off when it boils dry?',
        es: '¿el hervidor Pilot se apaga solo si se queda sin agua?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), says('pilot'), shownOnly(C.pilot), notCalled('add_to_cart')],
      },
      {
        en: "what's the difference between the Harbor French press and the Basecamp?",
        es: '¿qué diferencia hay entre la prensa francesa Harbor y la Basecamp?',
        covers: 'comparison of two named products',
        checks: [
          says('harbor|glass|vidrio|cristal'),
          says('basecamp|insulated|aislad|termic'),
          shownOnly(C.harborPress, C.basecamp),
        ],
      },
      {
        en: 'add the Harbor press, the 12 cup',
        es: 'añade la prensa Harbor, la de 12 tazas',
        covers: 'sold-out variant (Size "12 cup") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b(3|8) ?(cup|taza)')],
      },
      {
        en: 'ok then the 8 cup one',
        es: 'vale, pues la de 8 tazas',
        covers: 'option value after a refusal',
        checks: [adds(line(C.harborPress, { Size: '8 cup' }, 1))],
      },
      {
        en: 'I also need paper filters, #4, the 300 pack',
        es: 'también necesito filtros de papel del número 4, el paquete de 300',
        covers: 'two option values by catalog names (Filter Size "#4" + Pack "300-count")',
        checks: [adds(line(C.filters, { 'Filter Size': '#4', Pack: '300-count' }, 1))],
      },
      {
        en: 'and three packs of number 2 filters, the 100 count',
        es: 'y tres paquetes de filtros del número 2, los de 100',
        covers: 'quantity + two option values in words',
        checks: [adds(line(C.filters, { 'Filter Size': '#2', Pack: '100-count' }, 3))],
      },
      {
        en: "remove the kettle, I'll keep using my old one",
        es: 'quita el hervidor, seguiré usando el viejo',
        covers: 'remove an item',
        checks: [removes(line([C.pilot, C.ember]))],
      },
      {
        en: 'any discount codes at the moment?',
        es: '¿hay algún código de descuento ahora mismo?',
        covers: 'list the promos (not the expired one)',
        checks: [says('brew ?10'), says('fresh ?5'), saysNot('iced ?summer'), notCalled('search_products')],
      },
      {
        en: 'put ICEDSUMMER on my order',
        es: 'aplícame el código ICEDSUMMER',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'ok, BREW10 then',
        es: 'vale, entonces BREW10',
        covers: 'apply a promo code',
        checks: [promo('BREW10')],
      },
      {
        en: "let's check out",
        es: 'vamos a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'wait, not yet',
        es: 'espera, todavía no',
        covers: 'no order on "not yet"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'how long does delivery usually take?',
        es: '¿cuánto suele tardar el envío?',
        covers: 'policy question answered from the policy text (delivery time)',
        checks: [says('\\b3\\b ?(to|a|-|–) ?\\b5\\b'), notCalled('search_products')],
      },
      {
        en: 'alright, check me out now',
        es: 'bueno, ahora sí, quiero pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, place it',
        es: 'sí, haz el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: "where's my order at?",
        es: '¿en qué estado está mi pedido?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: "actually I'd like to cancel that order",
        es: 'en realidad quiero anular ese pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yes, cancel it',
        es: 'sí, anúlalo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'drinkware and grinders: numeric superlatives, colour families, decimal size, sold-out colour, policy',
    steps: [
      {
        en: 'which of your mugs or bottles keeps coffee hot the longest?',
        es: '¿cuál de vuestras tazas o botellas mantiene el café caliente más tiempo?',
        covers: 'superlative over a numeric attribute (hours hot in the description)',
        checks: [best(C.thermos, 'trailhead|thermos|termo', 'commuter|basecamp|diner')],
      },
      {
        en: "I'd like a 12 oz Commuter travel mug in green",
        es: 'quiero una taza de viaje Commuter de 12 onzas en verde',
        covers: 'colour family to a catalog colour name (green → Sage) + size',
        checks: [adds(line(C.commuter, { Capacity: '12 oz', Color: 'Sage' }, 1))],
      },
      {
        en: 'and two of the 16 oz ones in terracotta',
        es: 'y dos de las de 16 onzas en terracota',
        covers: 'sold-out variant (Capacity + Color) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('sage|midnight')],
      },
      {
        en: 'ok, the dark blue one then',
        es: 'vale, entonces la azul oscuro',
        covers: 'colour family (dark blue → Midnight) keeps capacity and quantity',
        checks: [adds(line(C.commuter, { Capacity: '16 oz', Color: 'Midnight' }, 2))],
      },
      {
        en: 'add the glass espresso cups, the 2.7 oz set',
        es: 'añade las tazas de espresso de cristal, las de 2,7 onzas',
        covers: 'decimal size (2.7 oz) by catalog name',
        checks: [adds(line(C.espressoCups, { Size: '2.7 oz' }, 1))],
      },
      {
        en: 'which grinder has the biggest burrs?',
        es: '¿qué molinillo tiene las muelas más grandes?',
        covers: 'superlative over a numeric attribute (burr size in the description)',
        checks: [best(C.f64, 'f64|flat|plana', 'm47|trek|whirl')],
      },
      {
        en: 'and which grinder is the lightest?',
        es: '¿y cuál es el molinillo más ligero?',
        covers: 'superlative over a numeric attribute (weight in the description)',
        checks: [best(C.trek, 'trek|manual|hand|de mano', 'm47|f64|whirl')],
      },
      {
        en: "I'll take the Trek in sage",
        es: 'me llevo el Trek en sage',
        covers: 'option value by catalog name (Color "Sage")',
        checks: [adds(line(C.trek, { Color: 'Sage' }, 1))],
      },
      {
        en: 'do you have the diner mugs in charcoal?',
        es: '¿tenéis las tazas diner en color carbón?',
        covers: 'sold-out colour refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('oatmeal|speckled cream')],
      },
      {
        en: "what's the warranty on your grinders?",
        es: '¿qué garantía tienen los molinillos?',
        covers: 'policy question answered from the policy text (warranty)',
        checks: [says('(2|two|dos)[ -]?(year|ano)'), notCalled('add_to_cart')],
      },
      {
        en: 'can I pick up my order at the roastery instead?',
        es: '¿puedo recoger el pedido en el tostadero?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
