/**
 * Backyard poultry & chicken keeping (coops by size, runs, feeders and waterers by capacity, feed
 * by bag weight, incubators, heat plates, nesting boxes, health and egg collection), EN and ES
 * shoppers on the English-only catalog. Frozen: written before this round's tuning; never edit
 * expectations.
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
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';
import { H } from './poultry.handles.ts';

/** A yes-answer that may go on to name a limit ("yes, but…"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [poultryEn, poultryEs] = scripts('poultry', [
  {
    title:
      'first flock: coops under 500, room per hen, sold-out size + colour family, size after refusal keeps colour, run not included, comparison, price, length by catalog name, size from context, unknown wood treatment, sold-out bag, bag after refusal with quantity, not for chicks, small bag, shell beside the feed, sold-out capacity, capacity after refusal, several items, nipples per size, read-back, remove, save for later',
    steps: [
      {
        en: "we're finally getting hens this spring, six of them! what coops do you have for under five hundred?",
        es: '¡por fin vamos a tener gallinas esta primavera, seis! ¿qué gallineros tenéis por menos de quinientos dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Coops', maxPrice: 500 }), shownSome({ handles: [H.cottage] })],
      },
      {
        en: 'how much space does the Cottage give each hen inside?',
        es: '¿cuánto espacio le da el Cottage a cada gallina por dentro?',
        covers: 'spec question answered from the product text (4 square feet per hen)',
        checks: [says('\\b4\\b|four|cuatro'), saysNot(IDK), shownOnly(H.cottage)],
      },
      {
        en: 'hmm, my husband says start with four. the four hen Cottage in the greenish colour',
        es: 'mmm, mi marido dice que empecemos con cuatro. el Cottage de cuatro gallinas en el color verdoso',
        covers:
          'sold-out variant by colour family (Size "4 Hens" + greenish → Color "Sage") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('barn red|\\bred\\b|\\brojo|6 hens|six|seis')],
      },
      {
        en: 'then the six hen size in that same green, room to grow',
        es: 'pues el de seis gallinas en ese mismo verde, así tenemos margen',
        covers: 'option value by catalog name after a refusal keeps the colour (Size "6 Hens", Color "Sage")',
        checks: [adds(line(H.cottage, { Size: '6 Hens', Color: 'Sage' }, 1))],
      },
      {
        en: 'the run comes with it, right?',
        es: 'el corral viene incluido, ¿no?',
        covers: 'spec question whose answer in the text is no (the run is not included)',
        checks: [
          says(`${NO}|separately|por separado|aparte`),
          says('run|corral|cottage|coop|gallinero'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: "what's the real difference between the Cottage and that chicken tractor thing?",
        es: '¿qué diferencia hay de verdad entre el Cottage y ese gallinero móvil, el tractor?',
        covers: 'comparison of two named products',
        checks: [says('cottage'), says('tractor'), shownOnly(H.cottage, H.tractor)],
      },
      {
        en: 'how much is the walk-in run in eight foot?',
        es: '¿cuánto cuesta el corral transitable de ocho pies?',
        covers: "price in the store's currency",
        checks: [says('\\b289\\b'), says('run|corral|walk'), ...usd],
      },
      {
        en: 'add that eight foot run',
        es: 'añade ese corral de ocho pies',
        covers: 'option value by catalog name (Length "8 ft")',
        checks: [adds(line(H.run, { Length: '8 ft' }, 1))],
      },
      {
        en: 'and the roof cover that fits it',
        es: 'y la cubierta de techo que le va',
        covers: 'option value by catalog name from the context (Length "8 ft")',
        checks: [adds(line(H.runCover, { Length: '8 ft' }, 1))],
      },
      {
        en: "is the Cottage's wood pressure treated? I don't want chemicals near the eggs",
        es: '¿la madera del Cottage está tratada en autoclave? no quiero químicos cerca de los huevos',
        covers: "spec question not in the text: don't know (pressure-treated wood)",
        checks: [
          says(DONT_KNOW),
          says('cottage|coop|gallinero'),
          shownOnly(H.cottage),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'feed. the layer pellets in the big fifty pound bag',
        es: 'el pienso. el de gránulos para ponedoras en el saco grande de cincuenta libras',
        covers: 'sold-out variant (Bag "50 lb") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b25\\b|twenty.five|veinticinco')],
      },
      {
        en: 'ok, two of the twenty five pound bags then',
        es: 'vale, pues dos sacos de veinticinco libras',
        covers: 'quantity + option value by catalog name after a refusal (Bag "25 lb", 2)',
        checks: [adds(line(H.layer, { Bag: '25 lb' }, 2))],
      },
      {
        en: "we're hatching a few chicks later too. can they eat the layer pellets?",
        es: 'más adelante también tendremos pollitos. ¿pueden comer los gránulos de ponedoras?',
        covers: 'spec question whose answer in the text is no (not for chicks)',
        checks: [says(NO), says('chick|pollit|18|week|semana'), saysNot(NOT_YES), saysNot(IDK)],
      },
      {
        en: 'the little bag of oyster shell as well',
        es: 'también la bolsa pequeña de concha de ostra',
        covers: 'option value by catalog name said as "little" (Bag "5 lb")',
        checks: [adds(line(H.oyster, { Bag: '5 lb' }, 1))],
      },
      {
        en: 'do I stir the shell into their feed?',
        es: '¿la concha se mezcla con el pienso?',
        covers: 'spec question whose answer in the text is no (offered free choice beside the feed)',
        checks: [
          says(`${NO}|beside|separate|free choice|aparte|al lado|por separado|libre`),
          says('shell|oyster|feed|concha|ostra|pienso'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'a hanging feeder, the twenty pound',
        es: 'un comedero colgante, el de veinte libras',
        covers: 'sold-out variant (Capacity "20 lb") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b10\\b|\\b30\\b|\\bten\\b|thirty|diez|treinta')],
      },
      {
        en: 'go bigger then, thirty, fewer refills',
        es: 'entonces más grande, el de treinta, así lo relleno menos',
        covers: 'option value by catalog name after a refusal (Capacity "30 lb")',
        checks: [adds(line(H.hanging, { Capacity: '30 lb' }, 1))],
      },
      {
        en: 'also the nipple waterer, the bigger one, and the smaller bale of pine shavings',
        es: 'además el bebedero de tetinas, el grande, y la bala pequeña de viruta de pino',
        covers: 'several items in one request (Capacity "5 gal", Size "4 cu ft")',
        checks: [adds(line(H.nipple, { Capacity: '5 gal' }, 1), line(H.shavings, { Size: '4 cu ft' }, 1))],
      },
      {
        en: 'how many drinking nipples has that five gallon got?',
        es: '¿cuántas tetinas tiene ese de cinco galones?',
        covers: 'spec question answered from the product text (six nipples on the 5 gal)',
        checks: [says('\\b6\\b|six|seis'), saysNot(IDK), shownOnly(H.nipple)],
      },
      {
        en: 'right, go through what I have so far',
        es: 'bueno, repasa lo que llevo hasta ahora',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('coop|cottage|run|pellet|feeder|waterer|gallinero|corral|comedero|bebedero'),
        ],
      },
      {
        en: "take the roof cover off, we've got an old tarp",
        es: 'quita la cubierta del techo, tenemos una lona vieja',
        covers: 'remove an item',
        checks: [removes(line(H.runCover))],
      },
      {
        en: 'and put the shavings aside for later, the neighbour might have some',
        es: 'y aparta la viruta para más tarde, puede que el vecino tenga',
        covers: 'save for later',
        checks: [saved(H.shavings), keeps(H.shavings)],
      },
    ],
  },
  {
    title:
      'school hatching project: incubators under 200, automatic turner, water by hand, several items, sold-out heat plate size, size from the text, add by name, bag by catalog name, not for vaccinated chicks, promos, expired code, code, checkout, no, used incubator returns, read-back, yes, status, cancel asks, cancel',
    steps: [
      {
        en: 'my kids want to hatch eggs for a school science project. what incubators do you have under two hundred?',
        es: 'mis hijos quieren empollar huevos para un proyecto de ciencias de la escuela. ¿qué incubadoras tienen de menos de doscientos?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Incubators', maxPrice: 200 }), shownSome({ handles: [H.inc12] })],
      },
      {
        en: "does the twelve egg one turn the eggs by itself? we can't go in on weekends",
        es: '¿la de doce huevos voltea los huevos sola? los fines de semana no podemos ir',
        covers: 'spec question answered yes from the product text (automatic egg turner)',
        checks: [says('turn|volte|gir|autom'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(H.inc12)],
      },
      {
        en: 'and does it top up the water on its own too?',
        es: '¿y también le pone el agua solita?',
        covers: 'spec question whose answer in the text is no (water added by hand)',
        checks: [
          says(`${NO}|by hand|a mano|manual`),
          says('water|agua|humid|port'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'ok, put that one in, and an egg candler so they can see the veins',
        es: 'órale, échale esa y un ovoscopio para que vean las venitas',
        covers: 'several items in one request',
        checks: [adds(line(H.inc12, undefined, 1), line(H.candler, undefined, 1))],
      },
      {
        en: 'for after they hatch, the heat plate in the middle size',
        es: 'para cuando nazcan, la placa de calor del tamaño mediano',
        covers:
          'sold-out variant (Size "16 x 16 in", said as the middle size) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('10 x 10|20 x 24|small|large|\\bchic[ao]\\b|grande|peque')],
      },
      {
        en: 'twelve eggs means a dozen chicks at most, so whichever size is enough for that',
        es: 'doce huevos son una docena de pollitos cuando mucho, así que el tamaño que alcance para eso',
        covers:
          'option value by catalog name chosen from the product text (a dozen chicks → Size "10 x 10 in")',
        checks: [adds(line(H.heatPlate, { Size: '10 x 10 in' }, 1))],
      },
      {
        en: 'the chick feeder and waterer set too',
        es: 'también el juego de comedero y bebedero para pollitos',
        covers: 'add by name',
        checks: [adds(line(H.chickSet, undefined, 1))],
      },
      {
        en: 'and the medicated chick starter, the ten pound bag',
        es: 'y el alimento iniciador medicado para pollitos, la bolsa de diez libras',
        covers: 'option value by catalog name (Bag "10 lb")',
        checks: [adds(line(H.starter, { Bag: '10 lb' }, 1))],
      },
      {
        en: 'if we buy chicks instead, the hatchery vaccinates them for coccidiosis. is that starter ok for them?',
        es: 'si mejor compramos pollitos, la granja los vacuna contra la coccidiosis. ¿ese iniciador les sirve?',
        covers:
          'spec question whose answer in the text is no (not for chicks vaccinated against coccidiosis)',
        checks: [says(NO), says('vaccin|vacun|medic|amprol|coccid'), saysNot(NOT_YES), saysNot(IDK)],
      },
      {
        en: "is there a coupon code I could plug in for the kids' project?",
        es: '¿me dan algún cupón para lo de la escuela?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('fresh ?eggs ?10'),
          says('coop ?day ?40'),
          saysNot('chick ?days ?25'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'the lady at the feed store gave me CHICKDAYS25',
        es: 'la señora de la forrajería me pasó el CHICKDAYS25',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'no worries, FRESHEGGS10 then',
        es: 'ni modo, entonces FRESHEGGS10',
        covers: 'apply a promo code',
        checks: [promo('FRESHEGGS10')],
      },
      {
        en: "let's wrap this up, ring me up",
        es: 'ya vamos cerrando, cóbrame',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('incubat|candler|heat plate|feeder|incubadora|ovoscop|placa|comedero'),
        ],
      },
      {
        en: "no, I'm not ready to pay yet",
        es: 'no, aguántame, todavía no lo mandes',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'if the project flops after the eggs were in it, can I still send the incubator back?',
        es: 'si el proyecto sale mal después de haber tenido huevos adentro, ¿todavía puedo regresar la incubadora?',
        covers:
          'policy question answered from the policy text (an incubator that has held eggs cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'understood. keep going with the checkout',
        es: 'entendido. sígale con el pago',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, the list checks out, submit the order',
        es: 'sí, está perfecto, confirma la compra',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'any news on the incubator I ordered?',
        es: '¿qué onda con mi pedido de la incubadora?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: "the school says we can borrow theirs after all. I'd like to cancel the order",
        es: 'al final la escuela nos presta la suya. quiero cancelar el pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yep, go ahead, scrap the incubator order',
        es: 'sí, cancela lo de la incubadora',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: feed under 30, no scratch, organic only, start over, cheapest feed, most eggs, quail eggs, draft, capacity by catalog name, too light for bantams, sold-out size + colour family, colour after refusal keeps size, size from the text + colour family, sold-out colour, colour after refusal, sold-out decimal capacity + colour, colour after refusal keeps capacity, option search, ordinal, sold-out product, read-back, remove, empty, human',
    steps: [
      {
        en: 'which feeds come in under thirty dollars a bag?',
        es: '¿qué pienso tenéis por menos de treinta dólares el saco?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Feed', maxPrice: 30 }), shownSome({ handles: [H.scratch] })],
      },
      {
        en: "not the scratch grains, that's only a treat",
        es: 'el grano mixto no, eso es solo una golosina',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Feed', maxPrice: 30, notHandles: [H.scratch] })],
      },
      {
        en: 'and only the organic stuff please',
        es: 'y solo lo ecológico, por favor',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Feed', maxPrice: 30, handles: [H.organic] })],
      },
      {
        en: 'let me start over. show me all the feed you carry',
        es: 'borra los filtros y sácame todo el pienso de la tienda',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Feed' }),
          shownSome({ handles: [H.scratch] }),
          shownSome({ handles: [H.starter] }),
        ],
      },
      {
        en: 'of those, which bag is kindest on the wallet?',
        es: '¿con qué saco me ahorro más dinero?',
        covers: 'superlative over price',
        checks: [
          best(
            H.starter,
            'starter|chick|\\b14\\b|iniciaci|inicio|pollit',
            'scratch|layer|\\b18\\b|\\b21\\b|ponedora',
          ),
        ],
      },
      {
        en: 'something else. which of your incubators takes the most eggs?',
        es: 'otra cosa. ¿cuál de vuestras incubadoras admite más huevos?',
        covers: 'superlative over a numeric attribute (egg count)',
        checks: [best(H.inc48, '\\b48\\b|forty.eight|cuarenta y ocho', '\\b12\\b|twelve|doce')],
      },
      {
        en: 'my son-in-law keeps quail. would it do quail eggs as well?',
        es: 'mi yerno cría codornices. ¿valdría también para huevos de codorniz?',
        covers: 'spec question answered yes from the product text (120 quail eggs)',
        checks: [says('\\b120\\b|quail|codorn'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(H.inc48)],
      },
      {
        en: 'a friend said Broodmore has a smart one coming that holds two dozen. can I get one of those?',
        es: 'una amiga me ha dicho que Broodmore va a sacar una inteligente de dos docenas. ¿me podéis vender una?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Incubators', notHandles: [H.draftSmart] }),
          saysNot('smart|2027|preview|\\b229\\b'),
        ],
      },
      {
        en: 'the rats are eating half my feed. the treadle feeder, forty pounds',
        es: 'las ratas se comen la mitad del pienso. el comedero de pedal, el de cuarenta libras',
        covers: 'option value by catalog name (Capacity "40 lb")',
        checks: [adds(line(H.treadle, { Capacity: '40 lb' }, 1))],
      },
      {
        en: 'half my girls are silkie bantams though. will they be able to work it?',
        es: 'aunque la mitad de mis gallinas son sedosas enanas. ¿podrán abrirlo?',
        covers: 'spec question whose answer in the text is no (birds under 2 lb are too light)',
        checks: [
          says(`${NO}|too light|demasiado ligera`),
          says('bantam|light|2 lb|ligera|pes|enana|treadle|pedal'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'the rooster is wrecking their backs. a hen saddle, medium, in the purple',
        es: 'el gallo les está destrozando el lomo. un mandil para gallina, talla mediana, en morado',
        covers:
          'sold-out variant by colour family (Size "M" + purple → Color "Plum") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('teal|small|large|verde azulado|peque|grande')],
      },
      {
        en: 'the teal is fine, still the medium',
        es: 'me vale el verde azulado, sigue siendo la mediana',
        covers: 'option value by catalog name after a refusal keeps the size (Color "Teal", Size "M")',
        checks: [adds(line(H.saddle, { Size: 'M', Color: 'Teal' }, 1))],
      },
      {
        en: 'and one for my big Brahma in that purple, whatever size suits her breed',
        es: 'y otro para mi Brahma, que es enorme, en ese morado, de la talla que toque para su raza',
        covers:
          'option value by catalog name chosen from the product text (Brahma → Size "L") + colour family (purple → Color "Plum")',
        checks: [adds(line(H.saddle, { Size: 'L', Color: 'Plum' }, 1))],
      },
      {
        en: 'the wire egg basket in copper would look lovely in the kitchen',
        es: 'la cesta de alambre para huevos en cobre quedaría preciosa en la cocina',
        covers: 'sold-out variant (Color "Copper") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('galvaniz')],
      },
      {
        en: 'galvanised it is then',
        es: 'pues la galvanizada',
        covers: 'option value by catalog name after a refusal (Color "Galvanized")',
        checks: [adds(line(H.basket, { Color: 'Galvanized' }, 1))],
      },
      {
        en: 'one of the plastic founts for the broody pen, two and a half gallon, in blue',
        es: 'uno de los bebederos de plástico para el corral de la clueca, de dos galones y medio, en azul',
        covers:
          'sold-out decimal size ("two and a half gallon" → Capacity "2.5 gal") + Color "Blue" refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\bred\\b|\\brojo|\\b1 gal|one gallon|un gal[oó]n')],
      },
      {
        en: "red's fine, keep the two and a half",
        es: 'rojo me vale, mantén el de dos y medio',
        covers:
          'colour by catalog name after a refusal keeps the decimal size (Color "Red", Capacity "2.5 gal")',
        checks: [adds(line(H.fount, { Capacity: '2.5 gal', Color: 'Red' }, 1))],
      },
      {
        en: 'what do you sell in twenty five pound bags?',
        es: '¿qué vendéis en sacos de veinticinco libras?',
        covers: 'category search by an option value (Bag "25 lb")',
        checks: [shown({ option: { name: 'Bag', values: ['25 lb'] } })],
      },
      {
        en: 'pop the second one in the basket',
        es: 'mete el segundo en la cesta',
        covers: 'ordinal reference to the list shown ("the second one") keeps the bag asked in the search',
        checks: [addedShownAt(2, { Bag: '25 lb' })],
      },
      {
        en: "their water froze solid twice last winter. I'd like the heated waterer",
        es: 'el invierno pasado el agua se les congeló dos veces. quiero el bebedero con calefacción',
        covers: 'sold-out product refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('nipple|fount|tetina|fuente|sif[oó]n')],
      },
      {
        en: 'go on, what have I got in there now?',
        es: 'venga, ¿qué llevo ahora mismo?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('treadle|saddle|basket|feeder|pedal|mandil|cesta|comedero')],
      },
      {
        en: 'I changed my mind on the basket, pull it',
        es: 'saca otra vez la cesta',
        covers: 'remove an item',
        checks: [removes(line(H.basket))],
      },
      {
        en: 'actually, scrap everything in the cart',
        es: 'pensándolo mejor, vacía todo el carrito',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'a fox got two of my hens. can I speak to someone about fox-proofing?',
        es: 'un zorro se me llevó dos gallinas. ¿puedo hablar con alguien sobre cómo protegerlas del zorro?',
        covers: 'ask for a human',
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'policy questions: live birds, shipping under the threshold, coop freight, Canada, cash on delivery, financing, opened feed returns, coop return shipping, feed pickup, assembly, chewed coop warranty, farm tours not in the text',
    steps: [
      {
        en: 'can you ship me a few live pullets along with the coop?',
        es: '¿me pueden mandar unas pollitas vivas junto con el gallinero?',
        covers: 'policy question answered from the policy text (no live birds shipped)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('live|bird|pullet|chick|viv|ave|pollit'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "if my order's only about sixty bucks, how much is shipping?",
        es: 'si mi pedido es de unos sesenta dólares nomás, ¿cuánto sale el envío?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('9[.,]95|\\b150\\b'), notCalled('search_products')],
      },
      {
        en: 'and the delivery charge for a whole coop?',
        es: '¿y cuánto cuesta que me entreguen un gallinero?',
        covers: 'policy question answered from the policy text (coops by freight for $89)',
        checks: [saysNot(IDK), says('\\b89\\b'), notCalled('add_to_cart')],
      },
      {
        en: "my sister's in Ontario. can you ship a feeder up to her?",
        es: 'mi hermana está en Ontario. ¿le pueden mandar un comedero hasta allá?',
        covers: 'policy question answered from the policy text (no shipping outside the United States)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('canad|ontario|united states|estados unidos|outside|fuera|only|solo'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'can I just pay the driver cash when it shows up?',
        es: '¿le puedo pagar en efectivo al repartidor cuando llegue?',
        covers: 'policy question answered from the policy text (no cash on delivery)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('cash|efectivo|delivery|entrega'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'the big coop is a lot of money. is there financing?',
        es: 'el gallinero grande es mucho dinero. ¿manejan financiamiento?',
        covers: 'policy question answered from the policy text (Affirm on orders of $250 or more)',
        checks: [saysNot(IDK), says('affirm|financ'), says('\\b250\\b'), notCalled('search_products')],
      },
      {
        en: "I opened a bag of crumble and the girls won't touch it. can I return it?",
        es: 'abrí un costal de migaja y mis gallinas ni lo tocan. ¿lo puedo devolver?',
        covers: 'policy question answered from the policy text (opened feed cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'say a coop arrives and I change my mind. what does sending it back cost me?',
        es: 'digamos que llega el gallinero y me arrepiento. ¿cuánto me cuesta regresarlo?',
        covers: 'policy question answered from the policy text (return shipping on a coop is $60)',
        checks: [saysNot(IDK), says('\\b60\\b'), notCalled('add_to_cart')],
      },
      {
        en: "I'm not far from Lancaster. can I come get the feed myself?",
        es: 'no vivo lejos de Lancaster. ¿puedo pasar yo por el alimento?',
        covers: 'policy question answered from the policy text (free feed pickup at the farm store)',
        checks: [saysNot(IDK), says('free|gratis|lancaster|pick|recog|pasar'), notCalled('add_to_cart')],
      },
      {
        en: "I'm twenty miles out. would you guys put the coop together for me?",
        es: 'estoy a veinte millas. ¿ustedes me arman el gallinero?',
        covers: 'policy question answered from the policy text (assembly within 30 miles for $120)',
        checks: [saysNot(IDK), says('\\b120\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'a raccoon chewed through a corner of the coop. is that covered by the warranty?',
        es: 'un mapache mordió una esquina del gallinero. ¿eso lo cubre la garantía?',
        covers: 'policy question answered from the policy text (chewing by animals not covered)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|garant|chew|mord|cover|cubr'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'do you do tours of your farm? my kids would love to see the hens',
        es: '¿hacen recorridos por su granja? a mis hijos les encantaría ver las gallinas',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
