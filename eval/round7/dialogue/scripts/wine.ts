/**
 * Wine & bar accessories (openers, glassware, decanters, bar tools, wine fridges, ice, racks,
 * preservation), EN and ES shoppers on the English-only catalog. Frozen: written before this
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
  shownSome,
  unchanged,
  usd,
} from '../../../dialogue/bilingual.ts';
import { IDK, keeps, NO, NOT_NO, NOT_YES, ONLY_UNOPENED, RETURNS, SOLD_OUT } from './patterns.ts';
import { W } from './wine.handles.ts';

export const [wineEn, wineEs] = scripts('wine', [
  {
    title:
      'openers, glasses and decanters: easier opener under 60, charges, USB-C, colour family, comparison, spare worm, sold-out finish, crumbly corks, price, cabernet glasses, sold-out pack, dishwasher yes and no, size, height unknown, magnum decanter sold out, bottle size in words, cheapest decanter, save for later, quantity, correction lowers it, several items, total, remove',
    steps: [
      {
        en: 'my cheap corkscrew keeps snapping corks in half. got something easier to use, under 60?',
        es: 'mi sacacorchos barato no para de partir los corchos. ¿tenéis algo más fácil de usar, por menos de 60?',
        covers: 'category search with a price bound by a use from the product text (easy to use)',
        checks: [shown({ type: 'Corkscrews', maxPrice: 60 }), shownSome({ handles: [W.lever, W.electric] })],
      },
      {
        en: 'how many bottles will the electric one open before I have to charge it?',
        es: '¿cuántas botellas abre el eléctrico antes de tener que cargarlo?',
        covers: 'spec question answered from the product text (bottles per charge)',
        checks: [says('\\b30\\b|thirty|treinta'), shownOnly(W.electric)],
      },
      {
        en: 'can I charge it with a USB-C cable?',
        es: '¿se carga con un cable USB-C?',
        covers: 'spec question answered yes from the product text (USB-C)',
        checks: [
          says('yes|\\bsi\\b|usb'),
          says('electric|opener|sacacorchos|abridor'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(W.electric),
        ],
      },
      {
        en: "I'll take it in the pinkish one",
        es: 'me lo llevo en el rosita',
        covers: 'colour family (pink → Color "Rose Gold")',
        checks: [adds(line(W.electric, { Color: 'Rose Gold' }, 1))],
      },
      {
        en: "how's the Hare lever corkscrew different from the electric opener?",
        es: '¿en qué se diferencia el sacacorchos de palanca Hare del abridor eléctrico?',
        covers: 'comparison of two named products',
        checks: [says('hare|lever|palanca'), says('electric'), shownOnly(W.lever, W.electric)],
      },
      {
        en: 'does the Hare come with a spare worm?',
        es: '¿el Hare trae una espiral de repuesto?',
        covers: 'spec question answered yes from the product text (spare worm included)',
        checks: [
          says('yes|\\bsi\\b|spare|repuesto|included|incluid'),
          says('hare|lever|palanca'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(W.lever),
        ],
      },
      {
        en: 'for my dad then, the Hare in copper',
        es: 'pues para mi padre, el Hare en cobre',
        covers: 'sold-out variant (Finish "Copper") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('chrome|cromad|black|negr')],
      },
      {
        en: 'chrome is fine',
        es: 'el cromado está bien',
        covers: 'option value by catalog name after a refusal (Finish "Chrome")',
        checks: [adds(line(W.lever, { Finish: 'Chrome' }, 1))],
      },
      {
        en: 'I also have some bottles from the eighties where the cork just crumbles. what do I use for those?',
        es: 'también tengo unas botellas de los ochenta con el corcho que se deshace. ¿qué uso para esas?',
        covers: 'category search by a use from the product text (old, crumbly corks)',
        checks: [
          shown({ type: 'Corkscrews' }),
          best(
            W.twoProng,
            'two-?prong|prong|puller|ah-?so|puas|dos (puas|laminas)',
            'waiter|hare|lever|electric|camarero|palanca',
          ),
        ],
      },
      {
        en: 'what does that one cost?',
        es: '¿y ese cuánto cuesta?',
        covers: "price in the store's currency",
        checks: [says('\\b22\\b'), says('prong|puller|ah-?so|puas|cork|corcho'), ...usd],
      },
      {
        en: 'now glasses. I mostly drink Cabernet, what should I get?',
        es: 'ahora copas. sobre todo bebo cabernet, ¿cuáles me compro?',
        covers: 'category search by a use from the product text (big reds)',
        checks: [
          shown({ type: 'Wine Glasses' }),
          best(W.bordeaux, 'bordeaux|burdeos', 'burgundy|borgo|stemless|flute|flauta|tasting|cata'),
        ],
      },
      {
        en: 'a set of four',
        es: 'un juego de cuatro',
        covers:
          'sold-out variant (Pack "4-pack", said as "a set of four") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b2\\b|\\b6\\b|two|six|\\bdos\\b|seis')],
      },
      {
        en: 'the set of six then',
        es: 'pues el juego de seis',
        covers: 'option value in words after a refusal ("the set of six" → Pack "6-pack")',
        checks: [adds(line(W.bordeaux, { Pack: '6-pack' }, 1))],
      },
      {
        en: 'can those go in the dishwasher?',
        es: '¿esas se pueden meter en el lavavajillas?',
        covers: 'spec question answered yes from the product text (dishwasher safe, top rack)',
        checks: [
          says('yes|\\bsi\\b|dishwasher|lavavajillas'),
          says('bordeaux|burdeos'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(W.bordeaux),
        ],
      },
      {
        en: 'and the Burgundy glasses, same thing?',
        es: '¿y las copas Burgundy, lo mismo?',
        covers: 'spec question whose answer in the text is no (hand wash only)',
        checks: [says(NO), says('burgundy|borgo'), saysNot(NOT_YES), saysNot(IDK), shownOnly(W.burgundy)],
      },
      {
        en: 'how many ounces do they hold?',
        es: '¿cuántas onzas les caben?',
        covers: 'spec question answered from the product text (capacity)',
        checks: [says('\\b25\\b|740'), shownOnly(W.burgundy)],
      },
      {
        en: 'how tall are they?',
        es: '¿qué altura tienen?',
        covers: "spec question not in the text: don't know (height)",
        checks: [says(DONT_KNOW), says('burgundy|borgo'), shownOnly(W.burgundy), notCalled('add_to_cart')],
      },
      {
        en: 'I want the swan decanter, big enough for a magnum',
        es: 'quiero el decantador cisne, que le quepa un mágnum',
        covers:
          'sold-out variant (Capacity "1.5 L", said as "big enough for a magnum") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('750')],
      },
      {
        en: 'fine, the regular bottle size',
        es: 'bueno, el de botella normal',
        covers: 'option value in words after a refusal ("the regular bottle size" → Capacity "750 ml")',
        checks: [adds(line(W.swan, { Capacity: '750 ml' }, 1))],
      },
      {
        en: "which decanter's the cheapest?",
        es: '¿cuál es el decantador más barato?',
        covers: 'superlative over price',
        checks: [
          best(W.carafe, 'carafe|classic|jarra|\\b45\\b', 'swan|cisne|\\b69\\b'),
          neverShown(W.smartDraft),
        ],
      },
      {
        en: 'set the swan aside for later',
        es: 'el cisne apártamelo para más adelante',
        covers: 'save for later',
        checks: [saved(W.swan), keeps(W.swan)],
      },
      {
        en: 'two 4-packs of the stemless glasses',
        es: 'dos packs de 4 de las copas sin pie',
        covers: 'quantity + option value by catalog name (Pack "4-pack")',
        checks: [adds(line(W.stemless, { Pack: '4-pack' }, 2))],
      },
      {
        en: "actually, just one of those, that's plenty",
        es: 'mejor solo uno de esos, con eso me sobra',
        covers: 'correction lowers the quantity by one (Pack "4-pack")',
        checks: [removes(line(W.stemless, { Pack: '4-pack' }, 1))],
      },
      {
        en: 'and a pair of champagne flutes plus the six tasting glasses',
        es: 'y un par de flautas de champán y las seis copas de cata',
        covers: 'several items in one request (Pack "2-pack" said as "a pair", Pack "6-pack")',
        checks: [adds(line(W.flutes, { Pack: '2-pack' }, 1), line(W.tasting, { Pack: '6-pack' }, 1))],
      },
      {
        en: 'what does it all add up to?',
        es: '¿cuánto sale todo junto?',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('electric|hare|lever|palanca|bordeaux|burdeos|stemless|sin pie|flute|flauta|tasting|cata'),
        ],
      },
      {
        en: 'drop the flutes',
        es: 'quita las flautas',
        covers: 'remove an item',
        checks: [removes(line(W.flutes))],
      },
    ],
  },
  {
    title:
      'bar tools: copper tools, shakers only, built-in strainer, sold-out finish, Boston no strainer, several items, sold-out jigger, decimal measure, sold-out spoon, colour family, size, plating unknown, promos, checkout, no, broken glass policy, order, status, cancel',
    steps: [
      {
        en: "I'm putting together a home bar. what bar tools do you have in copper?",
        es: 'estoy montando un bar en casa. ¿qué utensilios de coctelería tenéis en cobre?',
        covers: 'category search by an option value (Finish "Copper")',
        checks: [shown({ type: 'Bar Tools', option: { name: 'Finish', values: ['Copper'] } })],
      },
      {
        en: 'just the shakers',
        es: 'solo las cocteleras',
        covers: 'refinement to shakers keeps category and the finish',
        checks: [
          shown({
            type: 'Bar Tools',
            handles: [W.cobbler, W.boston],
            option: { name: 'Finish', values: ['Copper'] },
          }),
        ],
      },
      {
        en: 'which of those has the strainer built in?',
        es: '¿cuál de esas lleva el colador incorporado?',
        covers: 'spec question answered from the product text (built-in strainer)',
        checks: [says('cobbler'), saysNot(IDK), shownOnly(W.cobbler, W.boston)],
      },
      {
        en: 'gimme that one in gold',
        es: 'dame esa en dorado',
        covers: 'sold-out variant (Finish "Gold") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('copper|cobre|stainless|acero|inox')],
      },
      {
        en: "copper's good",
        es: 'en cobre está bien',
        covers: 'option value by catalog name after a refusal (Finish "Copper")',
        checks: [adds(line(W.cobbler, { Finish: 'Copper' }, 1))],
      },
      {
        en: 'does the Boston shaker come with a strainer?',
        es: '¿la coctelera Boston viene con colador?',
        covers: 'spec question whose answer in the text is no (no strainer)',
        checks: [says(NO), says('boston'), saysNot(NOT_YES), saysNot(IDK), shownOnly(W.boston)],
      },
      {
        en: "then I'll want a copper Hawthorne strainer and the muddler too",
        es: 'entonces quiero también un colador Hawthorne de cobre y el mortero de madera',
        covers: 'several items in one request (Finish "Copper" on one of them)',
        checks: [adds(line(W.strainer, { Finish: 'Copper' }, 1), line(W.muddler, undefined, 1))],
      },
      {
        en: 'the Japanese jigger in copper, the three-quarter one',
        es: 'el jigger japonés en cobre, el de tres cuartos',
        covers:
          'sold-out variant (Finish "Copper" + Measure "0.75 oz / 1.5 oz") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b1 ?oz|stainless|acero|inox|gold|dorad|\\boro\\b')],
      },
      {
        en: 'ok the gold one, 0.75',
        es: 'vale, el dorado, el de 0,75',
        covers:
          'decimal size (Measure "0.75 oz / 1.5 oz") + option value by catalog name after a refusal (Finish "Gold")',
        checks: [adds(line(W.jigger, { Finish: 'Gold', Measure: '0.75 oz / 1.5 oz' }, 1))],
      },
      {
        en: 'a bar spoon, the long one, copper',
        es: 'una cuchara de bar, la larga, en cobre',
        covers:
          'sold-out variant (Length "40 cm" said as "the long one" + Finish "Copper") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('stainless|acero|inox|\\b30\\b')],
      },
      {
        en: 'the long one in silver then',
        es: 'pues la larga en plateado',
        covers:
          'colour family (silver → Finish "Stainless") keeps the length asked ("the long one" → Length "40 cm")',
        checks: [adds(line(W.barSpoon, { Length: '40 cm', Finish: 'Stainless' }, 1))],
      },
      {
        en: 'how much does the cobbler shaker hold?',
        es: '¿cuánto le cabe a la coctelera cobbler?',
        covers: 'spec question answered from the product text (capacity)',
        checks: [says('\\b24\\b|700'), shownOnly(W.cobbler)],
      },
      {
        en: 'is the copper one solid copper or just plated?',
        es: '¿la de cobre es de cobre macizo o solo chapada?',
        covers: "spec question not in the text: don't know (solid or plated)",
        checks: [says(DONT_KNOW), says('cobbler|shaker|coctelera'), shownOnly(W.cobbler)],
      },
      {
        en: 'got any coupon codes?',
        es: '¿tenéis algún cupón?',
        covers: 'list the promos (not the expired one)',
        checks: [says('cheers ?10'), says('cork ?20'), saysNot('harvest'), notCalled('search_products')],
      },
      {
        en: 'HARVEST25',
        es: 'HARVEST25, porfa',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'dang. CHEERS10 then',
        es: 'vaya. pues CHEERS10',
        covers: 'apply a promo code',
        checks: [promo('CHEERS10')],
      },
      {
        en: 'ok I think I want to check out',
        es: 'vale, creo que quiero pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('cobbler|shaker|coctelera|strainer|colador|hawthorne|muddler|mortero|jigger|spoon|cuchara'),
        ],
      },
      {
        en: 'no no, wait a sec',
        es: 'no, no, espera un momento',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'if a glass shows up broken, what happens?',
        es: 'si me llega una copa rota, ¿qué pasa?',
        covers: 'policy question answered from the policy text (broken on arrival: photo within 48 hours)',
        checks: [saysNot(IDK), says('\\b48\\b'), notCalled('search_products'), notCalled('add_to_cart')],
      },
      {
        en: "alright, check me out. it's going to Austin",
        es: 'bueno, a pagar. va a Austin',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, go ahead and order it',
        es: 'sí, dale, haz el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: "what's happening with my order?",
        es: '¿qué tal va mi pedido?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'actually I need to cancel it',
        es: 'en realidad tengo que cancelarlo',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yes, I'm sure, kill the order",
        es: 'sí, segurísimo, anúlalo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'fridges, ice, racks and glasses: under-counter fridge, sold-out capacity, noise, coldest zone, most bottles, ice under 50, not the stones, start over, sold-out bucket, walnut racks, sold-out rack, 2-pack glasses, ordinal, chiller fits Champagne, sold-out colour, draft, read-back, remove, empty, human',
    steps: [
      {
        en: "I'm after a wine fridge I can build in under the kitchen counter",
        es: 'busco una vinoteca que pueda empotrar debajo de la encimera de la cocina',
        covers: 'category search by a spec from the product text (front vent, can be built in)',
        checks: [shown({ type: 'Wine Fridges', handles: [W.dualZone] })],
      },
      {
        en: 'the 24 bottle size',
        es: 'la de 24 botellas',
        covers: 'sold-out variant (Capacity "24 Bottles") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b32\\b|\\b46\\b')],
      },
      {
        en: "how loud is it? it'd be right by the dining table",
        es: '¿hace mucho ruido? iría justo al lado de la mesa del comedor',
        covers: 'spec question answered from the product text (noise in dB)',
        checks: [says('\\b36\\b'), shownOnly(W.dualZone)],
      },
      {
        en: 'how cold does the top zone get?',
        es: '¿cuánto enfría la zona de arriba?',
        covers: 'spec question answered from the product text (coldest setting of the upper zone)',
        checks: [says('\\b41\\b'), shownOnly(W.dualZone)],
      },
      {
        en: 'which of your wine fridges holds the most bottles?',
        es: '¿cuál de vuestras vinotecas tiene más capacidad de botellas?',
        covers: 'superlative over a numeric attribute (bottle capacity)',
        checks: [best(W.dualZone, 'dual|\\b46\\b', 'single|una zona|\\b30\\b|\\b18\\b')],
      },
      {
        en: "that's too big. I'll do the dual zone with 32",
        es: 'esa es demasiado grande. me quedo la de dos zonas de 32',
        covers: 'option value by catalog name (Capacity "32 Bottles")',
        checks: [adds(line(W.dualZone, { Capacity: '32 Bottles' }, 1))],
      },
      {
        en: 'show me ice stuff under 50 bucks',
        es: 'enséñame cosas para el hielo de menos de 50 dólares',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Ice Tools', maxPrice: 50 })],
      },
      {
        en: 'not the stones',
        es: 'las piedras no',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Ice Tools', maxPrice: 50, notHandles: [W.stones] })],
      },
      {
        en: 'the spheres, two trays',
        es: 'las esferas, dos bandejas',
        covers: 'option values by catalog name (Shape "Sphere", Pack "2 Trays")',
        checks: [adds(line(W.iceMolds, { Shape: 'Sphere', Pack: '2 Trays' }, 1))],
      },
      {
        en: 'start over and show me all your ice gear, whatever the price',
        es: 'empieza de cero y enséñame todo lo del hielo, cueste lo que cueste',
        covers: 'start over drops the negation and the price bound',
        checks: [
          shown({ type: 'Ice Tools' }),
          shownSome({ handles: [W.iceBucket] }),
          shownSome({ handles: [W.stones] }),
        ],
      },
      {
        en: 'the ice bucket in gold',
        es: 'la cubitera en dorado',
        covers: 'sold-out variant (Finish "Gold") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('copper|cobre|stainless|acero|inox')],
      },
      {
        en: 'copper one then',
        es: 'la de cobre entonces',
        covers: 'option value by catalog name after a refusal (Finish "Copper")',
        checks: [adds(line(W.iceBucket, { Finish: 'Copper' }, 1))],
      },
      {
        en: 'do you have wine racks in walnut?',
        es: '¿tenéis botelleros en nogal?',
        covers: 'category search by an option value (Finish "Walnut")',
        checks: [shown({ type: 'Wine Racks', option: { name: 'Finish', values: ['Walnut'] } })],
      },
      {
        en: 'the little six bottle one',
        es: 'el pequeño de seis botellas',
        covers:
          'sold-out variant (Capacity "6 Bottles" + Finish "Walnut") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b12\\b|oak|roble|natural')],
      },
      {
        en: 'ok, the twelve in walnut',
        es: 'vale, el de doce en nogal',
        covers: 'option value in words after a refusal keeps the finish ("twelve" → Capacity "12 Bottles")',
        checks: [adds(line(W.counterRack, { Capacity: '12 Bottles', Finish: 'Walnut' }, 1))],
      },
      {
        en: 'which wine glasses come in a 2-pack?',
        es: '¿qué copas de vino vienen en pack de 2?',
        covers: 'category search by an option value (Pack "2-pack")',
        checks: [shown({ type: 'Wine Glasses', option: { name: 'Pack', values: ['2-pack'] } })],
      },
      {
        en: 'put the third one in my cart',
        es: 'añádeme la tercera',
        covers: 'ordinal reference to the list shown ("the third one") keeps the pack asked in the search',
        checks: [addedShownAt(3, { Pack: '2-pack' })],
      },
      {
        en: 'will a Champagne bottle fit in the countertop chiller?',
        es: '¿una botella de champán cabe en el enfriador de sobremesa?',
        covers: 'spec question answered yes from the product text (fits most Champagne bottles)',
        checks: [
          says('yes|\\bsi\\b|fit|cabe|champagne|champan'),
          says('chiller|enfriador'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(W.chiller),
        ],
      },
      {
        en: 'the silver one please',
        es: 'el plateado, por favor',
        covers: 'sold-out variant (Color "Silver") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr')],
      },
      {
        en: 'do you sell that smart decanter that tracks how much you pour?',
        es: '¿vendéis ese decantador inteligente que registra cuánto sirves?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Decanters', notHandles: [W.smartDraft] }),
          saysNot('2027|preview|pourwell smart'),
        ],
      },
      {
        en: 'read me back my cart',
        es: 'léeme lo que llevo en el carrito',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('dual|fridge|vinoteca|sphere|esfera|mold|molde|bucket|cubitera|rack|botellero'),
        ],
      },
      {
        en: 'take out the ice molds',
        es: 'saca los moldes de hielo',
        covers: 'remove an item',
        checks: [removes(line(W.iceMolds))],
      },
      {
        en: 'actually just clear everything out',
        es: 'mira, mejor vacíalo todo',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'can you put me through to a person?',
        es: '¿me pasas con una persona?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: opened wine fridge, fridge freight, Canada, delivery time, no wine sold, compressor warranty, glass dropped at home, Diners Club, instalments, engraving',
    steps: [
      {
        en: 'I opened the box on my wine fridge but never plugged it in. can I still return it?',
        es: 'abrí la caja de la vinoteca pero no llegué a enchufarla. ¿todavía la puedo devolver?',
        covers: 'policy question answered from the policy text (wine fridges only unopened)',
        checks: [
          saysNot(IDK),
          says(ONLY_UNOPENED),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'what do you charge to ship a wine fridge?',
        es: '¿cuánto cobráis por enviar una vinoteca?',
        covers: 'policy question answered from the policy text (freight, flat $89)',
        checks: [saysNot(IDK), says('\\b89\\b'), notCalled('add_to_cart')],
      },
      {
        en: "I'm in Montreal. can you send me the argon preserver?",
        es: 'estoy en Montreal. ¿me podéis mandar el conservador de argón?',
        covers: 'policy question answered from the policy text (argon canisters cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'how long does normal delivery take?',
        es: '¿cuánto tarda un envío normal?',
        covers: 'policy question answered from the policy text (delivery time)',
        checks: [saysNot(IDK), says('\\b3 ?(to|a|-|–) ?5\\b'), notCalled('search_products')],
      },
      {
        en: 'do you guys sell wine as well?',
        es: '¿vendéis también vino?',
        covers: 'policy question answered from the policy text (accessories only, no wine)',
        checks: [
          saysNot(IDK),
          says("accessor|accesorio|(don'?t|do not|no) (sell|carry|vend|tenemos)|no wine|ni vino|no vendemos"),
          saysNot(NOT_YES),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "what's the warranty on the compressor in your wine fridges?",
        es: '¿qué garantía tiene el compresor de vuestras vinotecas?',
        covers: 'policy question answered from the policy text (5 years on the compressor)',
        checks: [
          saysNot(IDK),
          says('\\b5\\b|five|cinco'),
          says('compressor|compresor|warrant|garant'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'I knocked a glass off the counter the day after it came. will you replace it?',
        es: 'tiré una copa de la encimera al día siguiente de recibirla. ¿me la reponéis?',
        covers: 'policy question answered from the policy text (glass broken after delivery is not covered)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('cover|cubr|warrant|garant|replace|repon|sustitu'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'can I use my Diners Club card?',
        es: '¿puedo pagar con la Diners Club?',
        covers: 'policy question answered from the policy text (a card the store does not take)',
        checks: [saysNot(IDK), says(NO), says('diners'), saysNot(NOT_YES), notCalled('search_products')],
      },
      {
        en: 'can I spread the payment out over a few months?',
        es: '¿hay forma de pagarlo en cuotas?',
        covers:
          'policy question answered from the policy text (Shop Pay Installments on orders of $200 or more)',
        checks: [saysNot(IDK), says('shop ?pay'), says('\\b200\\b'), notCalled('search_products')],
      },
      {
        en: 'can you engrave a corkscrew for a gift?',
        es: '¿podéis grabar un sacacorchos para regalo?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
