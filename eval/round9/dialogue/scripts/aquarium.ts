/**
 * Aquarium & fishkeeping (tanks, stands, filters, heaters, lights, food, water care, substrate,
 * driftwood, live plants, cleaning gear), EN and ES shoppers on the English-only catalog. Frozen:
 * written before this round's tuning; never edit expectations.
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
  swaps,
  unchanged,
  usd,
} from '../../../dialogue/bilingual.ts';
import { A } from './aquarium.handles.ts';
import { IDK, keeps, NO, NOT_NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

export const [aquariumEn, aquariumEs] = scripts('aquarium', [
  {
    title:
      'a first tank and a big one: a betta tank up to 100, no goldfish, colour family, kit contents, empty weight, comparison, price, built-in filter, unknown glass, biggest tank (draft never offered), sold-out stand pack, sold-out stand size + colour, heater by tank size, add in focus, sold-out filter size, planted light, built-in timer, sold-out fern, no planting, sold-out decimal bottle, dose, several items, no KH, save for later, total, remove',
    steps: [
      {
        en: 'setting up my very first tank, for a betta and maybe a few little guys with him. what can I get for under 100?',
        es: 'voy a montar mi primer acuario, para un betta y a lo mejor unos pececillos con él. ¿qué hay por menos de 100?',
        covers:
          'category search with a price bound by a use from the product text (a first tank for a betta)',
        checks: [
          shown({ type: 'Aquariums', maxPrice: 100 }),
          shownSome({ handles: [A.cove] }),
          neverShown(A.grandDraft),
        ],
      },
      {
        en: 'my son keeps asking for goldfish. would a couple of them be ok in the Cove?',
        es: 'mi hijo no para de pedir carpas doradas. ¿estarían bien un par en la Cove?',
        covers: 'spec question whose answer in the text is no (too small for goldfish)',
        checks: [
          says(NO),
          says('cove|tank|acuario|pecera|goldfish|carpa|small|pequen'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(A.cove),
        ],
      },
      {
        en: 'ok no goldfish. the Cove in white goes with our shelves',
        es: 'vale, nada de carpas. la Cove en blanco, que pega con las baldas',
        covers: 'colour family (white → Color "Arctic White")',
        checks: [adds(line(A.cove, { Color: 'Arctic White' }, 1))],
      },
      {
        en: 'what do I actually get in the box?',
        es: '¿qué trae la caja exactamente?',
        covers: 'spec question answered from the product text (kit contents)',
        checks: [says('filter|filtro'), says('heater|calentador|termo'), shownOnly(A.cove)],
      },
      {
        en: "how heavy is it empty? it's going on an old bookshelf",
        es: '¿cuánto pesa vacío? va encima de una estantería vieja',
        covers: 'spec question answered from the product text (empty weight)',
        checks: [says('\\b11\\b'), says('cove|tank|acuario|pecera|kit|lb|libra'), shownOnly(A.cove)],
      },
      {
        en: "so what's really the difference between the Cove 10 and the Pebble 5?",
        es: '¿y qué diferencia hay en realidad entre la Cove 10 y la Pebble 5?',
        covers: 'comparison of two named products',
        checks: [says('cove|\\b10\\b'), says('pebble|\\b5\\b'), shownOnly(A.cove, A.pebble)],
      },
      {
        en: 'and how much is the Pebble?',
        es: '¿y cuánto vale la Pebble?',
        covers: "price in the store's currency",
        checks: [says('69[.,]99'), says('pebble'), ...usd],
      },
      {
        en: 'does the Pebble have its filter hidden in it somewhere, or is that extra?',
        es: '¿la Pebble lleva el filtro escondido dentro o eso va aparte?',
        covers: 'spec question answered yes from the product text (hidden filter chamber)',
        checks: [
          says('yes|\\bsi\\b|hidden|built|back|rear|integr|escondid|ocult|trasera|detras|incluid'),
          says('pebble|nano|cube|filter|filtro'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(A.pebble),
        ],
      },
      {
        en: 'how thick is the glass on the Pebble?',
        es: '¿de qué grosor es el cristal de la Pebble?',
        covers: "spec question not in the text: don't know (glass thickness)",
        checks: [says(DONT_KNOW), says('pebble|nano|cube'), shownOnly(A.pebble), notCalled('add_to_cart')],
      },
      {
        en: 'my dad wants to go big for his den. what holds the most gallons out of everything you sell?',
        es: 'mi padre quiere algo grande para el salón. ¿cuál es el acuario de más litros que vendéis?',
        covers:
          'superlative over a numeric attribute (gallons in the title; the bigger draft is never offered)',
        checks: [
          best(A.arc, 'arc|\\b46\\b|bowfront', 'cove|shoal|clearline|pebble'),
          neverShown(A.grandDraft),
          saysNot('grand|\\b125\\b|2027|preview'),
        ],
      },
      {
        en: "he'd want the one bundled with the stand",
        es: 'él lo querría con el mueble incluido',
        covers: 'sold-out variant (Pack "With Stand") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('tank only|only the tank|just the tank|solo (el )?(acuario|tanque)|sin (el )?mueble'),
        ],
      },
      {
        en: "tank only then, he'll sort out a stand",
        es: 'pues solo el acuario, el mueble ya lo busca él',
        covers: 'option value by catalog name after a refusal (Pack "Tank Only")',
        checks: [adds(line(A.arc, { Pack: 'Tank Only' }, 1))],
      },
      {
        en: 'actually add the cabinet stand for it, the espresso color in the 40/46 size',
        es: 'bueno, añade el mueble para él, en color espresso y la medida 40/46',
        covers:
          'sold-out variant (Size "40/46 gal" + Color "Espresso") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black oak|roble|20/29')],
      },
      {
        en: 'black oak is fine, same size',
        es: 'en black oak vale, misma medida',
        covers: 'option value by catalog name after a refusal keeps the size (Color "Black Oak")',
        checks: [adds(line(A.stand, { Size: '40/46 gal', Color: 'Black Oak' }, 1))],
      },
      {
        en: 'how many watts of heater does a 46 gallon need?',
        es: '¿cuántos vatios de calentador necesita un acuario de 46 galones?',
        covers: 'spec question answered from the product text (heater wattage by tank size)',
        checks: [says('\\b200\\b'), says('heater|stayheat|calentador|termo|watt|vatio|\\bw\\b')],
      },
      {
        en: 'put one of those in for him',
        es: 'mete uno de esos para él',
        covers: 'add the product in focus with the option value from the answer (Wattage "200 W")',
        checks: [adds(line(A.stayheat, { Wattage: '200 W' }, 1))],
      },
      {
        en: 'for filtration, the hang-on-back one rated for 50 gallons',
        es: 'para filtrar, el filtro de mochila para 50 galones',
        covers: 'sold-out variant (Size "50 gal") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b70\\b|\\b30\\b')],
      },
      {
        en: "bump it up to the 70, more flow can't hurt",
        es: 'pues súbelo al de 70, más caudal no viene mal',
        covers: 'option value by catalog name after a refusal (Size "70 gal")',
        checks: [adds(line(A.cascade, { Size: '70 gal' }, 1))],
      },
      {
        en: "he wants a carpet of plants, so a light that's actually strong enough for that, 36 inch",
        es: 'quiere una alfombra de plantas, así que una pantalla que tenga fuerza de verdad para eso, de 36 pulgadas',
        covers:
          'add by a spec from the product text (strong enough for carpeting plants) + option value by catalog name (Length "36 in")',
        checks: [adds(line(A.canopy, { Length: '36 in' }, 1))],
      },
      {
        en: 'will that light turn itself on and off, or do I need a separate timer?',
        es: '¿esa pantalla se enciende y se apaga sola o necesito un temporizador aparte?',
        covers: 'spec question answered yes from the product text (built-in timer)',
        checks: [
          says('yes|\\bsi\\b|timer|temporizador|built|integr|incorpor|sunrise|amanecer'),
          says('canopy|light|luz|pantalla|lampara'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(A.canopy),
        ],
      },
      {
        en: 'and the java fern on the lava rock, the large',
        es: 'y el helecho de Java en roca volcánica, el grande',
        covers: 'sold-out variant (Size "Large") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('small|pequen')],
      },
      {
        en: 'two small ones then',
        es: 'pues dos pequeños',
        covers: 'quantity + option value by catalog name after a refusal (Size "Small")',
        checks: [adds(line(A.javaFern, { Size: 'Small' }, 2))],
      },
      {
        en: 'do I have to bury the fern in the gravel?',
        es: '¿hay que enterrar el helecho en la grava?',
        covers: 'spec question whose answer in the text is no (no planting needed)',
        checks: [
          says(NO),
          says('fern|helecho|rock|roca|lava'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(A.javaFern),
        ],
      },
      {
        en: 'and the Clear Start conditioner, the 16.9 ounce bottle',
        es: 'y el acondicionador Clear Start, el bote de 16,9 onzas',
        covers: 'sold-out decimal size (Size "16.9 fl oz") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('8[.,]4|33[.,]8')],
      },
      {
        en: "the big thirty three point eight then, we'll use it forever",
        es: 'pues el grande de 33,8, lo vamos a gastar seguro',
        covers: 'decimal size after a refusal (Size "33.8 fl oz")',
        checks: [adds(line(A.conditioner, { Size: '33.8 fl oz' }, 1))],
      },
      {
        en: 'how much of it do I dose for 50 gallons of fresh tap water?',
        es: '¿cuánto le echo para 50 galones de agua del grifo?',
        covers: 'spec question answered from the product text (5 ml treats 50 gallons)',
        checks: [
          says('\\b5 ?ml|\\bfive\\b|\\bcinco\\b'),
          says('conditioner|clear start|acondicionador|anticloro|ml'),
        ],
      },
      {
        en: 'toss in the master test kit and the small bag of algae wafers',
        es: 'añade el kit de test completo y la bolsa pequeña de pastillas de algas',
        covers: 'several items in one request, one with an option value in words (Size "3 oz")',
        checks: [adds(line(A.testKit, undefined, 1), line(A.wafers, { Size: '3 oz' }, 1))],
      },
      {
        en: 'will the test kit tell me my KH too?',
        es: '¿el kit de test también mide el KH?',
        covers: 'spec question whose answer in the text is no (no GH or KH test)',
        checks: [says(NO), says('test|kit|\\bkh\\b'), saysNot(NOT_YES), saysNot(IDK), shownOnly(A.testKit)],
      },
      {
        en: "keep the wafers aside for later, there's no bottom feeders in there yet",
        es: 'las pastillas guárdamelas para luego, que aún no hay peces de fondo',
        covers: 'save for later',
        checks: [saved(A.wafers), keeps(A.wafers)],
      },
      {
        en: 'tally it all up for me',
        es: 'súmamelo todo',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says(
            'cove|arc|stand|mueble|heater|calentador|filter|filtro|canopy|light|pantalla|fern|helecho|conditioner|acondicionador|test',
          ),
        ],
      },
      {
        en: "take the test kit back off, my buddy's lending me his",
        es: 'quita el kit de test, que me presta el suyo un colega',
        covers: 'remove an item',
        checks: [removes(line(A.testKit))],
      },
    ],
  },
  {
    title:
      'a shrimp nano tank: nano tanks up to 80, colour by name, shrimp-safe filter, sold-out sponge size, needs an air pump, air pump, preset heater, sold-out decimal soil bag, do not rinse, cheapest food, promos, checkout, returns, free shipping, Amex, order, status, cancel',
    steps: [
      {
        en: "I want a little tank for cherry shrimp on my desk at work. what's there for under 80?",
        es: 'quiero una pecerita para gambitas red cherry en la mesa del curro. ¿qué hay por menos de 80?',
        covers: 'category search with a price bound by a use from the product text (shrimp)',
        checks: [shown({ type: 'Aquariums', maxPrice: 80 }), shownSome({ handles: [A.pebble] })],
      },
      {
        en: 'the Pebble, in onyx',
        es: 'la Pebble, en onyx',
        covers: 'option value by catalog name (Color "Onyx")',
        checks: [adds(line(A.pebble, { Color: 'Onyx' }, 1))],
      },
      {
        en: "I'd like an extra filter the babies can't get sucked into. which one is that?",
        es: 'quiero un filtro extra que no se trague a las crías. ¿cuál es?',
        covers: 'spec question answered from the product text (a sponge filter cannot suck up shrimp)',
        checks: [says('sponge|esponja')],
      },
      {
        en: 'the medium size of that one',
        es: 'ese en talla M',
        covers: 'sold-out variant (Size "M") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\bs\\b|\\bl\\b|small|large|pequen|grande')],
      },
      {
        en: "small's plenty for five gallons",
        es: 'para cinco galones me sobra con la S',
        covers: 'option value by catalog name after a refusal (Size "S")',
        checks: [adds(line(A.sponge, { Size: 'S' }, 1))],
      },
      {
        en: 'does that filter run by itself once I plug it in?',
        es: '¿ese filtro funciona solo en cuanto lo enchufo?',
        covers: 'spec question whose answer in the text is no (needs an air pump, not included)',
        checks: [
          says(NO),
          says('air|aire|pump|bomba|compresor|oxigenador|aireador'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(A.sponge),
        ],
      },
      {
        en: 'add the Hush air pump then, the single outlet',
        es: 'pues añade la bomba de aire Hush, la de una salida',
        covers: 'option value by catalog name (Outlets "Single")',
        checks: [adds(line(A.airPump, { Outlets: 'Single' }, 1))],
      },
      {
        en: 'can I set the preset nano heater to 74? that is where my shrimp are happiest',
        es: '¿el calentador nano preajustado se puede poner a 74? es donde mejor están mis gambas',
        covers: 'spec question whose answer in the text is no (preset to 78 °F, not adjustable)',
        checks: [
          says(NO),
          says('preset|\\b78\\b|nano|heater|calentador|termo'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(A.nanoHeater),
        ],
      },
      {
        en: "78 won't kill them. the 25 watt one",
        es: 'a 78 no se van a morir. el de 25 vatios',
        covers: 'option value by catalog name (Wattage "25 W")',
        checks: [adds(line(A.nanoHeater, { Wattage: '25 W' }, 1))],
      },
      {
        en: 'and the aqua soil, the eight point eight pound bag',
        es: 'y el sustrato aqua soil, la bolsa de 8,8 libras',
        covers: 'sold-out decimal size (Weight "8.8 lb") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('4[.,]4|19[.,]8')],
      },
      {
        en: 'four point four is enough for a tank this size',
        es: 'con la de 4,4 me llega para un acuario así',
        covers: 'decimal size in words after a refusal (Weight "4.4 lb")',
        checks: [adds(line(A.aquaSoil, { Weight: '4.4 lb' }, 1))],
      },
      {
        en: "I'm guessing I should rinse it really well first, like gravel?",
        es: 'supongo que hay que lavarlo bien antes, como la grava, ¿no?',
        covers: 'spec question whose answer in the text is no (do not rinse aqua soil)',
        checks: [
          says(NO),
          says('soil|substrat|sustrat|rinse|enjuag|lav'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(A.aquaSoil),
        ],
      },
      {
        en: "what's the cheapest fish food you've got? it's mostly for a betta at home",
        es: '¿cuál es la comida para peces más barata que tenéis? es sobre todo para un betta que tengo en casa',
        covers: 'superlative over price',
        checks: [best(A.bettaPellets, 'betta|pellet|4[.,]99|granulad|bolita', 'flake|wafer|escama|pastilla')],
      },
      {
        en: 'any promo codes I can use today?',
        es: '¿hay algún código promocional para hoy?',
        covers: 'list the promos (not the expired one)',
        checks: [says('new ?tank ?10'), says('fins ?15'), saysNot('spawn'), notCalled('search_products')],
      },
      {
        en: 'my fish club posted SPAWN25, try that one',
        es: 'en mi club de acuariofilia pusieron SPAWN25, prueba ese',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'ok, NEWTANK10 please',
        es: 'vale, NEWTANK10 entonces',
        covers: 'apply a promo code',
        checks: [promo('NEWTANK10')],
      },
      {
        en: "that's all I need, let's check out",
        es: 'ya tengo todo, vamos a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('pebble|nano|sponge|esponja|pump|bomba|heater|calentador|soil|sustrato'),
        ],
      },
      {
        en: 'nah, hold off a second',
        es: 'no, espérate un segundo',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'does this order ship free, or is there a charge?',
        es: '¿este pedido tiene envío gratis o se paga?',
        covers: 'policy question answered from the policy text (free shipping on orders of $59 or more)',
        checks: [saysNot(IDK), says('free|gratis|gratuit|\\b59\\b'), notCalled('search_products')],
      },
      {
        en: 'can I put it on my Amex?',
        es: '¿lo puedo pagar con mi Amex?',
        covers: 'policy question answered from the policy text (American Express not accepted)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('amex|american express'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: "fine, I'll use my Visa. go ahead and send it to my office in Boise",
        es: 'bueno, pago con la Visa. adelante, mándalo a mi oficina en Boise',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, go ahead and confirm my shrimp order',
        es: 'sí, confírmame el pedido de las gambitas',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: "where's my shrimp order at?",
        es: '¿cómo va mi pedido de la pecera?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'HR just told me no tanks on desks. I need to cancel that order',
        es: 'recursos humanos me acaba de decir que nada de peceras en las mesas. tengo que cancelar el pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yes, cancel it, sadly',
        es: 'sí, anúlalo, qué pena',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing filters, lights and decor: filters up to 50, nothing air-driven, hang-on-back only, start over, most flow, 48 inch lights, ordinal, not for carpet plants, sold-out pink gravel, quantity, gravel per gallon, correction, soaking wood, unknown battery, draft, read-back, remove, empty, human',
    steps: [
      {
        en: 'show me filters for 50 dollars or less',
        es: 'enséñame filtros de 50 dólares o menos',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Filters', maxPrice: 50 })],
      },
      {
        en: "nothing that needs an air pump, I don't want the bubbling noise",
        es: 'nada que necesite bomba de aire, no quiero el ruido de las burbujas',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Filters', maxPrice: 50, notHandles: [A.sponge] })],
      },
      {
        en: 'just the kind that hangs on the back of the tank',
        es: 'solo los que se cuelgan en la parte de atrás del acuario',
        covers: 'refinement by a use keeps category and price bound',
        checks: [shown({ type: 'Filters', maxPrice: 50, handles: [A.cascade] })],
      },
      {
        en: 'never mind, start over and show me all of your filters',
        es: 'da igual, empieza de cero y enséñame todos vuestros filtros',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Filters' }),
          shownSome({ handles: [A.torrent] }),
          shownSome({ handles: [A.sponge] }),
        ],
      },
      {
        en: 'which of those pushes the most gallons per hour?',
        es: '¿cuál de esos mueve más galones por hora?',
        covers: 'superlative over a numeric attribute (flow in GPH in the description)',
        checks: [
          best(A.torrent, 'torrent|canister|\\b450\\b|externo|bote', 'cascade|sponge|esponja|mochila'),
        ],
      },
      {
        en: 'what aquarium lights come in 48 inches? I have a 75 gallon',
        es: '¿qué lámparas tienen de 48 pulgadas? tengo un acuario de 75 galones',
        covers: 'category search by an option value (Length "48 in")',
        checks: [shown({ type: 'Aquarium Lights', option: { name: 'Length', values: ['48 in'] } })],
      },
      {
        en: "I'll go with the first one you showed me",
        es: 'me llevo la primera que me mostraste',
        covers: 'ordinal reference to the list shown ("the first one") keeps the length asked in the search',
        checks: [addedShownAt(1, { Length: '48 in' })],
      },
      {
        en: 'is the Glow bright enough to grow a carpet like monte carlo?',
        es: '¿la Glow alumbra lo suficiente para un tapete de monte carlo?',
        covers: 'spec question whose answer in the text is no (not bright enough for carpeting plants)',
        checks: [
          says(NO),
          says('glow|light|luz|pantalla|lampara'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(A.glow),
        ],
      },
      {
        en: "my daughter's tank needs gravel. the pink, in the big 25 pound bag",
        es: 'el acuario de mi hija necesita grava. la rosa, en la bolsa grande de 25 libras',
        covers:
          'sold-out variant (Color "Coral Pink", said as pink, + Weight "25 lb") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('\\b5 ?lb|\\b5 libras|riverbed|midnight|black|negr|small|pequen'),
        ],
      },
      {
        en: 'then two of the small pink bags',
        es: 'pues dos bolsas pequeñas de la rosa',
        covers: 'quantity + option values after a refusal (Color "Coral Pink", Weight "5 lb")',
        checks: [adds(line(A.gravel, { Color: 'Coral Pink', Weight: '5 lb' }, 2))],
      },
      {
        en: 'how much gravel do I need for a 20 gallon?',
        es: '¿cuánta grava necesito para un acuario de 20 galones?',
        covers: 'spec question answered from the product text (about 1 lb per gallon)',
        checks: [says('\\b20\\b|\\b1 ?lb|one pound|una libra'), says('gravel|grava|lb|libra|pound')],
      },
      {
        en: 'wait, she changed her mind, she wants the midnight black instead. still two small bags',
        es: 'espera, ha cambiado de idea, ahora la quiere midnight black. dos bolsas pequeñas igual',
        covers:
          'correction switches the colour and keeps the weight and quantity (Color "Coral Pink" → "Midnight Black")',
        checks: [
          swaps(
            line(A.gravel, { Color: 'Midnight Black', Weight: '5 lb' }, 2),
            line(A.gravel, { Color: 'Coral Pink', Weight: '5 lb' }),
          ),
        ],
      },
      {
        en: 'if I drop the spiderwood in, will it sink right away?',
        es: 'si echo el tronco spiderwood, ¿se hunde enseguida?',
        covers: 'spec question whose answer in the text is no (soak one to two weeks before it sinks)',
        checks: [
          says(NO),
          says('soak|remoj|week|semana|spiderwood|wood|madera|tronco'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(A.spiderwood),
        ],
      },
      {
        en: 'how long does the battery last in the probe thermometer?',
        es: '¿cuánto dura la pila del termómetro de sonda?',
        covers: "spec question not in the text: don't know (battery life)",
        checks: [
          says(DONT_KNOW),
          says('thermometer|termometro|probe|sonda'),
          shownOnly(A.thermometer),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'do you sell any of those monster reef-ready tanks, a hundred gallons and up?',
        es: '¿vendéis alguno de esos acuarios enormes preparados para arrecife, de cien galones para arriba?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Aquariums', notHandles: [A.grandDraft] }),
          saysNot('grand|\\b125\\b|2027|preview|1[,.]?899'),
        ],
      },
      {
        en: 'what all is in my cart right now?',
        es: '¿qué llevo ahora mismo en el carrito?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('gravel|grava|light|glow|canopy|pantalla|lampara|luz|midnight')],
      },
      {
        en: 'take the gravel out',
        es: 'saca la grava',
        covers: 'remove an item',
        checks: [removes(line(A.gravel))],
      },
      {
        en: "you know what, clear everything out, I'll come back when the tank's cycled",
        es: 'mira, vacíalo todo, ya vuelvo cuando el acuario esté ciclado',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'could I chat with an actual fish person on your team?',
        es: '¿puedo hablar con alguien de vuestro equipo que sepa de peces de verdad?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: filled tank, opened food, a plant that arrived dead, freight for a big tank, plants to Canada, plants ordered on a Friday, a cracked tank on an uneven floor, a heater run dry, Afterpay, home setup',
    steps: [
      {
        en: 'I filled the tank up to check for leaks and now I want a different one. can I return it?',
        es: 'llené el acuario para ver si perdía agua y ahora quiero otro. ¿lo puedo devolver?',
        covers:
          'policy question answered from the policy text (tanks that have held water cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "my fish won't touch the flakes I opened. can I send them back?",
        es: 'mis peces no tocan las escamas que abrí. ¿las puedo devolver?',
        covers: 'policy question answered from the policy text (opened food cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('add_to_cart')],
      },
      {
        en: 'my java fern showed up brown and mushy. what do I do?',
        es: 'el helecho de Java me llegó marrón y blandurrio. ¿qué hago?',
        covers:
          'policy question answered from the policy text (arrive-alive guarantee: a photo within 48 hours)',
        checks: [
          saysNot(IDK),
          says('\\b48\\b'),
          says('photo|picture|foto|replace|reemplaz|sustitu|repon'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'what does it cost to get a 46 gallon tank delivered?',
        es: '¿cuánto cuesta que me traigan un acuario de 46 galones?',
        covers: 'policy question answered from the policy text (freight for tanks of 29 gallons or more)',
        checks: [saysNot(IDK), says('\\b89\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'can you ship live plants up to Montreal?',
        es: '¿podéis mandar plantas vivas a Montreal?',
        covers: 'policy question answered from the policy text (live plants cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'if I order plants on a Friday, when do they actually go out?',
        es: 'si pido plantas un viernes, ¿cuándo salen de verdad?',
        covers: 'policy question answered from the policy text (live plants ship Monday to Wednesday only)',
        checks: [saysNot(IDK), says('monday|lunes'), notCalled('search_products')],
      },
      {
        en: "the glass cracked, I think my floor isn't level. does the warranty cover that?",
        es: 'se ha rajado el cristal, creo que el suelo no está nivelado. ¿lo cubre la garantía?',
        covers:
          'policy question answered from the policy text (glass cracked by an uneven surface is not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'I forgot to unplug the heater during a water change and it cracked. is that covered?',
        es: 'se me olvidó desenchufar el calentador en un cambio de agua y se rajó. ¿entra en garantía?',
        covers:
          'policy question answered from the policy text (a heater cracked by running it out of the water is not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('add_to_cart')],
      },
      {
        en: 'can I pay for a big setup over time?',
        es: '¿puedo pagar un montaje grande poco a poco?',
        covers: 'policy question answered from the policy text (Afterpay on orders of $100 or more)',
        checks: [
          saysNot(IDK),
          says('afterpay|plazo|cuota|installment'),
          says('\\b100\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: "do you send someone out to set up tanks in people's homes?",
        es: '¿mandáis a alguien a montar acuarios a domicilio?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
