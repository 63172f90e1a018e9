/**
 * Home canning & preserving (mason, wide mouth and jelly jars, a crock and weights; lids, bands,
 * caps and fermenting lids; water bath and pressure canners, racks and tools, a food mill, a steam
 * juicer, a dehydrator; salt, pectins, spices, citric acid; labels, a shelf, toppers, a book; fruit
 * and pickle prep tools), EN and ES shoppers on the English-only USD catalog.
 * Frozen: written before this round's tuning; never edit expectations.
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
import { H } from './canning.handles.ts';
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but…"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [canningEn, canningEs] = scripts('canning', [
  {
    title:
      'a first season of canning: canners under 100, induction, sold-out capacity + colour, colour after refusal keeps capacity, comparison, which canner for beans, price, jars per load, gauge test, sold-out size + pack, quantity after refusal keeps size, hot jar, lid reuse, lids by catalog name, several items, unknown latex, citric acid dose, decimal size, iodine, read-back, remove, save for later',
    steps: [
      {
        en: "my grandma's garden gave us way more tomatoes than we can eat, so I'm learning to can. what canners do you have under a hundred dollars?",
        es: 'el huerto de mi abuela nos dio un montón de jitomates, así que voy a aprender a hacer conservas. ¿qué ollas para envasar tienen por menos de cien dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Canners', maxPrice: 100 }), shownSome({ handles: [H.waterBath] })],
      },
      {
        en: 'I cook on an induction stove. will the water bath canner work on it?',
        es: 'yo cocino en una estufa de inducción. ¿la olla de baño maría me sirve ahí?',
        covers: 'spec question whose answer in the text is no (not for glass-top or induction cooktops)',
        checks: [
          says(`${NO}|gas|coil|resistencia`),
          says('induction|inducci|stove|estufa|cooktop|cocina'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'my sister has a gas stove, it will be for her. the bigger one, in blue',
        es: 'mi hermana tiene estufa de gas, es para ella. la más grande, en azul',
        covers:
          'sold-out variant (Capacity "33 qt" + Color "Blue") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr|\\b21\\b')],
      },
      {
        en: 'fine, black it is, and keep it the big one',
        es: 'ni modo, la negra, del mismo tamaño',
        covers: 'colour by catalog name after a refusal keeps the capacity (Capacity "33 qt", Color "Black")',
        checks: [adds(line(H.waterBath, { Capacity: '33 qt', Color: 'Black' }, 1))],
      },
      {
        en: 'how is that different from the pressure canner you sell?',
        es: '¿en qué se diferencia de la olla a presión para conservas que venden?',
        covers: 'comparison of two named products',
        checks: [says('water|ba[nñ]o'), says('pressure|presi[oó]n'), shownOnly(H.waterBath, H.pressure)],
      },
      {
        en: 'and which of the two would I need for canning green beans?',
        es: '¿y cuál de las dos necesito para envasar ejotes?',
        covers: 'spec question answered from the product text (low-acid food needs the pressure canner)',
        checks: [says('pressure|presi[oó]n'), saysNot(IDK), shownOnly(H.waterBath, H.pressure)],
      },
      {
        en: "what's the price of the sixteen quart pressure canner?",
        es: '¿qué precio tiene la olla a presión de dieciséis cuartos?',
        covers: "price in the store's currency",
        checks: [
          says(
            '(^|[^\\d.,])139([.,]00)?(?![\\d.,]\\d|\\d)|one hundred (and )?thirty.nine|ciento treinta y nueve',
          ),
          says('pressure|presi|canner|olla'),
          ...usd,
        ],
      },
      {
        en: 'how many quart jars fit inside that one at once?',
        es: '¿cuántos frascos de un cuarto le caben a esa de una vez?',
        covers: 'spec question answered from the product text (seven quart jars)',
        checks: [says('\\b7\\b|seven|siete'), saysNot(IDK), shownOnly(H.pressure)],
      },
      {
        en: 'does the gauge on it ever need checking?',
        es: '¿el manómetro de esa hay que revisarlo cada cierto tiempo?',
        covers: 'spec question answered from the product text (have the dial gauge tested every year)',
        checks: [says('year|annual|a[nñ]o|anual'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(H.pressure)],
      },
      {
        en: 'ok, two of the twelve packs of regular mouth jars, the sixteen ounce',
        es: 'bueno, dos paquetes de doce de los frascos de boca regular, los de dieciséis onzas',
        covers:
          'sold-out variant (Size "16 oz" + Pack "12 Jars") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b4\\b|four|cuatro|\\b8 ?oz|\\b32\\b')],
      },
      {
        en: 'bummer. three of the four packs then, same size',
        es: 'qué lata. entonces tres de los paquetes de cuatro, del mismo tamaño',
        covers:
          'quantity + pack by catalog name after a refusal keeps the size (Size "16 oz", Pack "4 Jars", 3)',
        checks: [adds(line(H.regularJars, { Size: '16 oz', Pack: '4 Jars' }, 3))],
      },
      {
        en: 'once a jar comes out of the canner, can I set it straight on my cold granite counter?',
        es: 'cuando saco un frasco de la olla, ¿lo puedo poner directo en mi barra de granito fría?',
        covers: 'spec question whose answer in the text is no (never on a cold or wet counter)',
        checks: [
          says(`${NO}|never|nunca|towel|trapo`),
          says('jar|frasco|counter|barra|cold|fr[ií]a|hot|caliente'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'next summer, can I reuse the same flat lids for another batch?',
        es: 'el próximo verano, ¿puedo volver a usar las mismas tapas planas para otra tanda?',
        covers: 'spec question whose answer in the text is no (lids seal once; bands can be reused)',
        checks: [
          says(`${NO}|once|single|una vez|un solo uso|nuevas|new`),
          says('lid|tapa|band|aro|seal|sell'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: "then I'll stock up: the forty eight pack of regular lids",
        es: 'entonces me surto: el paquete de cuarenta y ocho tapas regulares',
        covers: 'option value by catalog name (Pack "48 Lids")',
        checks: [adds(line(H.regularLids, { Pack: '48 Lids' }, 1))],
      },
      {
        en: 'throw in a jar lifter in green and the wide funnel in blue',
        es: 'agrégame unas pinzas para frascos en verde y el embudo ancho en azul',
        covers: 'several items in one request (Color "Green"; Color "Blue")',
        checks: [adds(line(H.lifter, { Color: 'Green' }, 1), line(H.funnel, { Color: 'Blue' }, 1))],
      },
      {
        en: 'is the rubber on those lifter grips latex free? my sister reacts to latex',
        es: '¿el hule de las pinzas no tiene látex? a mi hermana le da alergia',
        covers: "spec question not in the text: don't know (latex in the grips)",
        checks: [
          says(DONT_KNOW),
          says('lifter|pinza|grip|rubber|hule|goma|latex|l[aá]tex'),
          shownOnly(H.lifter),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'how much of the citric acid do I put in a pint of tomatoes?',
        es: '¿cuánto ácido cítrico le pongo a un frasco de una pinta de jitomate?',
        covers: 'spec question answered from the product text (a quarter teaspoon per pint)',
        checks: [says('1/4|¼|quarter|cuarto'), saysNot(IDK), shownOnly(H.citric)],
      },
      {
        en: 'add the seven and a half ounce bag of it',
        es: 'agrégame la bolsa de siete onzas y media',
        covers: 'decimal size by catalog name ("seven and a half ounce" → Size "7.5 oz")',
        checks: [adds(line(H.citric, { Size: '7.5 oz' }, 1))],
      },
      {
        en: 'is there iodine in your pickling salt?',
        es: '¿su sal para encurtir trae yodo?',
        covers: 'spec question whose answer in the text is no (no iodine)',
        checks: [says(`${NO}|free|sin`), says('iodine|yodo|salt|sal'), saysNot(NOT_YES), saysNot(IDK)],
      },
      {
        en: 'so read me back my cart and the total',
        es: 'a ver, léeme lo que llevo en el carrito y el total',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('canner|jar|lid|lifter|funnel|citric|olla|frasco|tapa|pinza|embudo|c[ií]trico'),
        ],
      },
      {
        en: 'take the funnel out, my mom has one she never uses',
        es: 'quítame el embudo, mi mamá tiene uno que nunca usa',
        covers: 'remove an item',
        checks: [removes(line(H.funnel))],
      },
      {
        en: "and set the jar lifter aside for later, I'll see if tongs do the job",
        es: 'y las pinzas guárdamelas para después, a ver si me las arreglo con unas tenazas',
        covers: 'save for later',
        checks: [saved(H.lifter), keeps(H.lifter)],
      },
    ],
  },
  {
    title:
      'plum jam: pectins under 5, honey, low sugar by decimal size, jars per box, pack by catalog name, jelly jars, pressure canning jelly jars, labels, removing labels, promos, expired code, code, checkout, no, opened pectin returns, read-back, yes, status, cancel asks, cancel',
    steps: [
      {
        en: 'our plum tree went mad this year and I want to make jam. which pectins do you sell for under five dollars?',
        es: 'este año el ciruelo se ha vuelto loco y quiero hacer mermelada. ¿qué pectinas tenéis por menos de cinco dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Pectin', maxPrice: 5 }), shownSome({ handles: [H.pectin] })],
      },
      {
        en: "I'd like to sweeten it with honey rather than sugar. which one is for that?",
        es: 'me gustaría endulzarla con miel en vez de azúcar. ¿cuál sirve para eso?',
        covers: 'spec question answered from the product text (low sugar pectin, also with honey)',
        checks: [says('low|bajo|poco|light'), saysNot(IDK), shownOnly(H.lowSugarPectin, H.pectin)],
      },
      {
        en: 'add the one point seven five ounce one of that',
        es: 'pues añádeme esa, la de una coma siete cinco onzas',
        covers: 'decimal size by catalog name ("one point seven five ounce" → Size "1.75 oz")',
        checks: [adds(line(H.lowSugarPectin, { Size: '1.75 oz' }, 1))],
      },
      {
        en: 'for my mum, who uses sugar: how many jars of jam does one box of the classic pectin set?',
        es: 'para mi madre, que la hace con azúcar: ¿cuántos tarros de mermelada cuaja una caja de la pectina clásica?',
        covers: 'spec question answered from the product text (about 5 half pints)',
        checks: [says('\\b5\\b|five|cinco'), saysNot(IDK), shownOnly(H.pectin)],
      },
      {
        en: 'she makes loads, so the six box pack of the classic',
        es: 'hace muchísima, así que el pack de seis cajas de la clásica',
        covers: 'option value by catalog name (Pack "6 Boxes")',
        checks: [adds(line(H.pectin, { Pack: '6 Boxes' }, 1))],
      },
      {
        en: 'and a pack of the quilted jelly jars in the eight ounce',
        es: 'y un paquete de los tarros de cristal tallado para jalea, los de ocho onzas',
        covers: 'option value by catalog name (Size "8 oz")',
        checks: [adds(line(H.jellyJars, { Size: '8 oz' }, 1))],
      },
      {
        en: 'could I put those jelly jars through a pressure canner?',
        es: '¿esos tarros de jalea se pueden meter en una olla a presión?',
        covers: 'spec question whose answer in the text is no (not meant for pressure canning)',
        checks: [
          says(`${NO}|water|ba[nñ]o`),
          says('pressure|presi[oó]n|jar|tarro'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: "I give most of it away, so I'll want the hundred and twenty pack of dissolvable labels",
        es: 'casi toda la regalo, así que quiero el pack de ciento veinte etiquetas solubles',
        covers: 'option value by catalog name (Pack "120 Labels")',
        checks: [adds(line(H.labels, { Pack: '120 Labels' }, 1))],
      },
      {
        en: 'how do you get those labels off once the jar is empty?',
        es: '¿cómo se quitan esas etiquetas cuando el tarro queda vacío?',
        covers: 'spec question answered from the product text (they dissolve under running water)',
        checks: [says('water|agua|dissolv|disuel|\\b30\\b'), saysNot(IDK), shownOnly(H.labels)],
      },
      {
        en: 'is there a promo code I could use on the jam things?',
        es: '¿hacéis descuentos con algún código estos días?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?batch ?10'),
          says('harvest ?15'),
          saysNot('jam ?week ?20'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'my neighbour swears by JAMWEEK20',
        es: 'mi vecina dice que JAMWEEK20 funciona',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'typical. put FIRSTBATCH10 on my order then',
        es: 'cómo no. pues ponme FIRSTBATCH10',
        covers: 'apply a promo code',
        checks: [promo('FIRSTBATCH10')],
      },
      {
        en: "that's all for the jam, I'm ready to pay",
        es: 'eso es todo para la mermelada, vamos a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal, says('pectin|jar|label|pectina|tarro|etiqueta')],
      },
      {
        en: "stop there, I'm not ready to buy just yet",
        es: 'para, que aún no lo quiero cerrar',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'if I open a box of pectin and never use it, will you take it back?',
        es: 'si abro una caja de pectina y al final no la uso, ¿me la devolvéis?',
        covers: 'policy question answered from the policy text (opened pectin cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: "alright, I'll keep the boxes sealed. show me the checkout again",
        es: 'vale, no abriré las cajas. enséñame otra vez el pago',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, everything is right, put the order in',
        es: 'sí, lo he repasado y está bien, adelante con el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'any news on when my pectin order will get here?',
        es: '¿ya ha salido mi pedido de pectina y tarros?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'my aunt has just dropped off a whole bag of pectin. please cancel the order',
        es: 'mi tía me acaba de traer una bolsa entera de pectina. cancela el pedido, por favor',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yes, that's what I want, cancel the jam order",
        es: 'sí, eso quiero, anula el pedido de la mermelada',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: prep tools under 30, not the apple peeler, cucumbers only, start over, cheapest jars, biggest canner, rack, draft, sold-out tiers + finish, colour family after refusal keeps tiers, screwdriver, decimal food mill, peeling, sold-out mouth + colour, colour after refusal, caps for canning, option search, ordinal, sold-out product, read-back, remove, empty, human',
    steps: [
      {
        en: 'any prep gadgets that come in under thirty bucks?',
        es: 'muéstrame las herramientas de preparación de menos de treinta dólares',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Prep Tools', maxPrice: 30 }), shownSome({ handles: [H.pitter] })],
      },
      {
        en: 'not the apple peeler, our counters are all tile',
        es: 'el pelador de manzanas no, po, mi cocina es puro azulejo',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Prep Tools', maxPrice: 30, notHandles: [H.peeler] })],
      },
      {
        en: 'just the ones that slice cucumbers',
        es: 'solo los que cortan pepinos',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Prep Tools', maxPrice: 30, handles: [H.slicer] })],
      },
      {
        en: 'forget all that. what jars do you stock?',
        es: 'olvídate de eso. ¿qué frascos tienen?',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Jars' }),
          shownSome({ handles: [H.regularJars] }),
          shownSome({ handles: [H.jellyJars] }),
        ],
      },
      {
        en: 'of those jars, which pack costs me the least?',
        es: '¿cuál de esos frascos es el más económico?',
        covers: 'superlative over price',
        checks: [best(H.jellyJars, 'jelly|quilted|jalea|\\b11\\b', 'regular|wide|ancha|\\b13\\b|\\b18\\b')],
      },
      {
        en: 'another thing: which of your canners holds the most?',
        es: 'otra cosa: ¿cuál de sus ollas para conservas tiene más capacidad?',
        covers: 'superlative over a numeric attribute (capacity in quarts)',
        checks: [best(H.waterBath, 'water|ba[nñ]o|\\b33\\b', 'pressure|presi|\\b23\\b|\\b16 ?qt')],
      },
      {
        en: 'does that one come with a rack inside?',
        es: '¿esa trae rejilla adentro?',
        covers: 'spec question answered yes from the product text (a chrome rack)',
        checks: [
          says('rack|rejilla|canasta|parrilla'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(H.waterBath),
        ],
      },
      {
        en: 'I read that Simmerly is bringing out an electric countertop canner. can I buy one?',
        es: 'leí que Simmerly va a sacar una envasadora eléctrica de mesa. ¿la puedo comprar?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ notHandles: [H.draftCanner] }),
          saysNot('electric|el[eé]ctric|2027|preview|\\b279\\b'),
        ],
      },
      {
        en: 'I want the jar storage shelf, five tiers, in white',
        es: 'quiero el estante para frascos de cinco niveles en blanco',
        covers:
          'sold-out variant (Tiers "5 Tier" + Finish "White") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('walnut|nogal|\\b3\\b|three|tres')],
      },
      {
        en: 'the dark wood one then, still five tiers',
        es: 'ya, entonces el de madera oscura, igual de cinco niveles',
        covers: 'colour family after a refusal keeps the tiers (dark wood → Finish "Walnut", Tiers "5 Tier")',
        checks: [adds(line(H.shelf, { Tiers: '5 Tier', Finish: 'Walnut' }, 1))],
      },
      {
        en: "I don't own any tools. is a screwdriver included with the shelf?",
        es: 'no tengo herramientas. ¿el estante viene con destornillador?',
        covers: 'spec question whose answer in the text is no (the screwdriver is not included)',
        checks: [
          says(`${NO}|separately|aparte`),
          says('screwdriver|destornillador|tool|herramienta'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'a food mill as well, the three and a half quart',
        es: 'también un pasapurés, el de tres cuartos y medio',
        covers: 'decimal size by catalog name ("three and a half quart" → Capacity "3.5 qt")',
        checks: [adds(line(H.foodMill, { Capacity: '3.5 qt' }, 1))],
      },
      {
        en: 'do I have to peel the tomatoes before they go through it?',
        es: '¿tengo que pelar los tomates antes de pasarlos por ahí?',
        covers: 'spec question whose answer in the text is no (it takes out seeds and skins without peeling)',
        checks: [
          says(`${NO}|without|sin`),
          says('peel|pel|skin|piel|c[aá]scara'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'plastic storage caps, the wide mouth ones in black',
        es: 'tapas plásticas de guardar, de boca ancha en negro',
        covers:
          'sold-out variant (Mouth "Wide Mouth" + Color "Black") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('white|blanc|regular')],
      },
      {
        en: 'white will do',
        es: 'las blancas sirven al tiro',
        covers: 'colour by catalog name after a refusal keeps the mouth (Color "White", Mouth "Wide Mouth")',
        checks: [adds(line(H.storageCaps, { Mouth: 'Wide Mouth', Color: 'White' }, 1))],
      },
      {
        en: 'can I process jars in the canner with those caps on?',
        es: '¿puedo meter los frascos a la olla con esas tapas puestas?',
        covers: 'spec question whose answer in the text is no (storage only, not for canning)',
        checks: [
          says(`${NO}|storage|guardar|almacen`),
          says('cap|tapa|can|envas|conserva'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'which of your lids come twelve to a pack?',
        es: '¿qué venden en paquete de doce tapas?',
        covers: 'category search by an option value (Pack "12 Lids")',
        checks: [shown({ option: { name: 'Pack', values: ['12 Lids'] } })],
      },
      {
        en: 'the second one on that list, into the cart please',
        es: 'agrégame el que aparece en segundo lugar',
        covers: 'ordinal reference to the list shown ("the second one") keeps the pack asked in the search',
        checks: [addedShownAt(2, { Pack: '12 Lids' })],
      },
      {
        en: "I'd love the steam juicer for grape jelly",
        es: 'me encantaría el extractor de jugo a vapor para hacer jalea de uva',
        covers: 'sold-out product refused, nothing added',
        checks: [unchanged, says(SOLD_OUT)],
      },
      {
        en: "how's my cart adding up?",
        es: '¿cómo va quedando mi carro?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('shelf|mill|cap|lid|estante|pasapur|molino|tapa')],
      },
      {
        en: "I'll pass on the storage caps, take them out",
        es: 'las tapas de guardar no, sácalas',
        covers: 'remove an item',
        checks: [removes(line(H.storageCaps))],
      },
      {
        en: 'know what, clear every last thing out of my cart',
        es: 'sabes qué, bórrame todo lo del carro nomás',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'I run a farm stand and want jars by the pallet. could I speak with a real person?',
        es: 'tengo un puesto en la feria y quiero frascos por pallet. ¿puedo hablar con una persona?',
        covers: 'ask for a human',
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'policy questions: ingredients to Canada, shipping under the threshold, oversize canner, Canada, checks, Afterpay, opened spice returns, broken jars, canner warranty, worn gasket warranty, gauge testing, classes, apple variety not in the text',
    steps: [
      {
        en: 'could you ship pickling spice and pectin up to me in Montreal?',
        es: '¿me pueden mandar especias para encurtir y pectina a Montreal?',
        covers: 'policy question answered from the policy text (no food ingredients to Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('ingredient|food|aliment|ingrediente|pectin|spice|especia'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'my order is around fifty dollars. how much will shipping cost me?',
        es: 'mi pedido anda por los cincuenta dólares. ¿cuánto me sale el envío?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('6[.,]95|\\b75\\b'), notCalled('search_products')],
      },
      {
        en: 'does a pressure canner cost more to ship?',
        es: '¿mandar una olla a presión sale más caro?',
        covers: 'policy question answered from the policy text (oversize parcels $12 more)',
        checks: [saysNot(IDK), says('\\b12\\b'), notCalled('add_to_cart')],
      },
      {
        en: "I'm in Winnipeg and just want jars. will you send them to Canada?",
        es: 'estoy en Winnipeg y solo quiero frascos. ¿los mandan a Canadá?',
        covers: 'policy question answered from the policy text (Canada for $18)',
        checks: [
          saysNot(IDK),
          says('\\b18\\b'),
          says('canad|winnipeg|ship|send|env|mand'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'could I pay you by check through the post?',
        es: 'prefiero mandarles un cheque por correo. ¿se puede?',
        covers: 'policy question answered from the policy text (checks not accepted)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('check|cheque|pay|pag'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'the storage shelf is a bit much for me right now. can I pay for it bit by bit?',
        es: 'el estante me queda un poco caro ahora. ¿lo puedo ir pagando de a poco?',
        covers: 'policy question answered from the policy text (Afterpay on $35 to $1,000)',
        checks: [
          saysNot(IDK),
          says('afterpay|install|cuota|plazo'),
          says('\\b35\\b|1[,.]?000'),
          notCalled('search_products'),
        ],
      },
      {
        en: "I opened the pickling spice and I don't like the smell. can I return it?",
        es: 'abrí las especias para encurtir y no me gusta el olor. ¿las puedo devolver?',
        covers: 'policy question answered from the policy text (opened spices cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'two of my jars showed up cracked. what do I do?',
        es: 'me llegaron dos frascos rajados. ¿qué hago?',
        covers: 'policy question answered from the policy text (a photo within 7 days, replaced free)',
        checks: [
          saysNot(IDK),
          says('photo|foto|replace|reempla|repon|\\b7\\b|seven|siete'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'how many years of warranty does a pressure canner get?',
        es: '¿de cuánto es la garantía de las ollas a presión?',
        covers: 'policy question answered from the policy text (5-year pressure canner warranty)',
        checks: [
          saysNot(IDK),
          says('\\b5\\b|five|cinco'),
          says('warrant|garant|year|a[nñ]o'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'the gasket on my canner gave out after a year. does the warranty cover it?',
        es: 'el empaque de mi olla se gastó después de un año. ¿lo cubre la garantía?',
        covers: 'policy question answered from the policy text (gaskets carry no warranty)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|garant|gasket|empaque|cover|cubr'),
          notCalled('search_products'),
        ],
      },
      {
        en: "I'm not sure my canner's dial gauge reads right. can you check it?",
        es: 'no sé si el manómetro de mi olla marca bien. ¿ustedes lo pueden revisar?',
        covers: 'policy question answered from the policy text (dial gauges tested free once a year)',
        checks: [saysNot(IDK), says('free|gratis|mail|correo|send|env|mand'), notCalled('add_to_cart')],
      },
      {
        en: 'do you give lessons on how to can?',
        es: '¿dan clases para aprender a hacer conservas?',
        covers: 'policy question answered from the policy text (Thursday classes in Roanoke, $25)',
        checks: [saysNot(IDK), says('thursday|jueves|\\b25\\b|roanoke'), notCalled('add_to_cart')],
      },
      {
        en: 'which apple variety makes the best applesauce?',
        es: '¿qué variedad de manzana sale mejor para hacer puré?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
