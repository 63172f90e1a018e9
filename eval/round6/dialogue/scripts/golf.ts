/**
 * Golf (clubs, balls, bags, apparel, gloves, range finders), EN and ES shoppers on the
 * English-only catalog. Frozen: written before this round's tuning; never edit expectations.
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
import type { Check } from '../../../dialogue/types.ts';
import { G } from './golf.handles.ts';

/** The reply is about returns (a "no" alone is not an answer to a returns question). */
const RETURNS = 'return|refund|send (it|them) back|devol|devuel|reembols';
/** A "yes" that is not a "no". */
const NOT_NO = "\\bnot\\b|n't|\\bno (funciona|es|sirve|vale|tiene|lleva|viene|incluye|esta|hace|necesita)\\b";
/** A "no" in either language. */
const NO = "\\bno\\b|\\bnot\\b|n't|cannot";
/** Lines already in the cart stay as they were, except those of `handles`. */
const keeps = (...except: string[]): Check => ({ kind: 'cartKeeps', except });

export const [golfEn, golfEs] = scripts('golf', [
  {
    title:
      'clubs: anti-slice driver under 420, adjustable, sold-out loft, decimal loft, comparison, shaft length, headcover, swing weight, price, sold-out fairway wood, wood by number, hybrid by iron, irons by handicap, flex, sold-out shaft, two wedges, rust, save for later, total',
    steps: [
      {
        en: 'so I slice pretty much every drive. is there a driver that helps with that, under 420?',
        es: 'es que casi todos mis golpes de salida se me van en slice. ¿hay algún driver que ayude con eso, por menos de 420?',
        covers: 'category search with a price bound by a use from the product text (fixes a slice)',
        checks: [shown({ type: 'Drivers', maxPrice: 420 }), shownSome({ handles: [G.maxDraw] })],
      },
      {
        en: 'can you adjust the loft on that one?',
        es: '¿a ese se le puede ajustar el loft?',
        covers: 'spec question whose answer in the text is no (fixed hosel, not adjustable)',
        checks: [says(NO), says('max|draw'), saysNot(DONT_KNOW), shownOnly(G.maxDraw)],
      },
      {
        en: "I'm a lefty. 12 degrees, senior shaft",
        es: 'soy zurdo. de 12 grados, con varilla senior',
        covers:
          'sold-out variant (Hand "Left" + Loft "12°" + Flex "Senior") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('10[.,]5|right|diestr|derech|regular')],
      },
      {
        en: 'ok then the 10.5, regular flex, still left-handed',
        es: 'vale, pues el de 10,5, flex regular, para zurdo igualmente',
        covers:
          'decimal size (Loft "10.5°") + option values by catalog name after a refusal (Hand "Left", Flex "Regular")',
        checks: [adds(line(G.maxDraw, { Hand: 'Left', Loft: '10.5°', Flex: 'Regular' }, 1))],
      },
      {
        en: "how's the Apex 460 different from the Max Draw?",
        es: '¿en qué se diferencia el Apex 460 del Max Draw?',
        covers: 'comparison of two named products',
        checks: [says('\\b460\\b'), says('max|draw'), shownOnly(G.apex460, G.maxDraw)],
      },
      {
        en: 'how long is the shaft on the 460?',
        es: '¿qué longitud tiene la varilla del 460?',
        covers: 'spec question answered from the product text (shaft length, a decimal)',
        checks: [says('45[.,]75'), shownOnly(G.apex460)],
      },
      {
        en: 'does it come with a headcover?',
        es: '¿trae funda para la cabeza?',
        covers: 'spec question answered yes from the product text (headcover included)',
        checks: [
          says('yes|\\bsi\\b|headcover|funda|included|incluid'),
          says('460|apex'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(G.apex460),
        ],
      },
      {
        en: "what's its swing weight?",
        es: '¿qué swing weight tiene?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), shownOnly(G.apex460), notCalled('add_to_cart')],
      },
      {
        en: 'just out of curiosity, what does the 460 go for?',
        es: 'por curiosidad, ¿a cuánto sale el 460?',
        covers: "price in the store's currency",
        checks: [says('\\b449\\b'), ...usd],
      },
      {
        en: 'I want a fairway wood too. the 5 wood, regular',
        es: 'también quiero una madera de calle. la madera 5, regular',
        covers:
          'sold-out variant (Loft "18°" said as "the 5 wood" + Flex "Regular") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b15\\b|3 wood|madera 3|three wood')],
      },
      {
        en: 'fine, the 3 wood, in stiff',
        es: 'bueno, la madera 3, en stiff',
        covers:
          'option value in words ("the 3 wood" → Loft "15°") + option value by catalog name (Flex "Stiff")',
        checks: [adds(line(G.fairwayWood, { Loft: '15°', Flex: 'Stiff' }, 1))],
      },
      {
        en: 'and a hybrid to replace my 4 iron',
        es: 'y un híbrido para sustituir mi hierro 4',
        covers: 'option value in words from the product text ("replaces a 4 iron" → Loft "22°")',
        checks: [adds(line(G.hybrid, { Loft: '22°' }, 1))],
      },
      {
        en: "I'm like a 20 handicap, which irons should I be looking at?",
        es: 'tengo más o menos 20 de hándicap, ¿qué hierros debería mirar?',
        covers: 'category search by a use from the product text (mid and high handicappers)',
        checks: [shown({ type: 'Iron Sets', handles: [G.cb7] })],
      },
      {
        en: 'what flex are the graphite ones?',
        es: '¿de qué flex son las de grafito?',
        covers: 'spec question answered from the product text (flex of the graphite shafts)',
        checks: [says('senior'), shownOnly(G.cb7)],
      },
      {
        en: 'left-handed with graphite then',
        es: 'pues para zurdo con grafito',
        covers:
          'sold-out variant (Hand "Left" + Shaft "Graphite") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('steel|acero|right|diestr')],
      },
      {
        en: "steel's fine",
        es: 'con acero me vale',
        covers: 'option value by catalog name after a refusal keeps the hand (Shaft "Steel")',
        checks: [adds(line(G.cb7, { Hand: 'Left', Shaft: 'Steel' }, 1))],
      },
      {
        en: 'plus a 52 and a 56 degree wedge, both lefty',
        es: 'y una cuña de 52 y otra de 56 grados, las dos para zurdo',
        covers: 'several items in one request sharing one option value (Hand "Left")',
        checks: [
          adds(
            line(G.wedge, { Loft: '52°', Hand: 'Left' }, 1),
            line(G.wedge, { Loft: '56°', Hand: 'Left' }, 1),
          ),
        ],
      },
      {
        en: 'will those wedges rust on me?',
        es: '¿esas cuñas se oxidan?',
        covers: 'spec question answered yes from the product text (raw finish rusts on purpose)',
        checks: [
          says('yes|\\bsi\\b|rust|oxid'),
          says('wedge|cuna|spin|milled'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(G.wedge),
        ],
      },
      {
        en: "set the 3 wood aside for later, I'll think about it",
        es: 'la madera 3 déjamela guardada para más adelante, me lo pienso',
        covers: 'save for later',
        checks: [saved(G.fairwayWood), keeps(G.fairwayWood)],
      },
      {
        en: 'what does all that come to?',
        es: '¿cuánto suma todo eso?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('max draw|draw|cb-?7|iron|hierro|wedge|cuna|hybrid|hibrido|driver')],
      },
    ],
  },
  {
    title:
      'balls, gloves and accessories: slow swing, highest compression, box count, sold-out colour, quantity, sold-out pack, correction, glove by handedness, washing, decimal tee, several items, promos, checkout, Canada, order, cancel',
    steps: [
      {
        en: 'what balls would suit a slow swing? mine is maybe 85 miles an hour',
        es: '¿qué bolas me van bien con un swing lento? el mío irá a unas 85 millas por hora',
        covers: 'category search by a spec from the product text (swing speed)',
        checks: [shown({ type: 'Golf Balls', handles: [G.softDistance] })],
      },
      {
        en: 'out of all your balls, which one has the highest compression?',
        es: 'de todas vuestras bolas, ¿cuál tiene la compresión más alta?',
        covers: 'superlative over a numeric attribute (compression in the description)',
        checks: [best(G.tourX, 'tour x|\\b95\\b', 'soft distance|\\b50\\b|foam|espuma')],
      },
      {
        en: 'how many come in a box of the Soft Distance?',
        es: '¿cuántas vienen en una caja de las Soft Distance?',
        covers: 'spec question answered from the product text (balls per box)',
        checks: [says('\\b(12|twelve|doce)\\b'), shownOnly(G.softDistance)],
      },
      {
        en: 'the pink ones',
        es: 'las rosas',
        covers:
          'sold-out variant (colour family pink → Matte Pink) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('white|orange|blanc|naranja')],
      },
      {
        en: 'ok two boxes of the orange',
        es: 'vale, dos cajas de las naranjas',
        covers: 'quantity + colour family (orange → Matte Orange) after a refusal',
        checks: [adds(line(G.softDistance, { Color: 'Matte Orange' }, 2))],
      },
      {
        en: 'and a 24 pack of the yellow Tour X for my buddy',
        es: 'y un pack de 24 de las Tour X amarillas para un colega',
        covers:
          'sold-out variant (Color "Yellow" + Pack "24-pack") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b12\\b|white|blanc|dozen|docena')],
      },
      {
        en: 'white 24 then',
        es: 'pues el de 24 blancas',
        covers: 'option values by catalog name after a refusal (Color "White", Pack "24-pack")',
        checks: [adds(line(G.tourX, { Color: 'White', Pack: '24-pack' }, 1))],
      },
      {
        en: 'actually make that just a dozen',
        es: 'mejor que sea solo una docena',
        covers:
          'correction switches the option value (Pack "12-pack", said as "a dozen") and keeps the colour',
        checks: [
          swaps(
            line(G.tourX, { Color: 'White', Pack: '12-pack' }, 1),
            line(G.tourX, { Color: 'White', Pack: '24-pack' }),
          ),
        ],
      },
      {
        en: "I need a cabretta glove. I'm a right-handed golfer, size medium-large",
        es: 'necesito un guante de cabretta. juego de diestro, talla ML',
        covers:
          'option value from the product text (a right-handed golfer wears Hand "Left") + option value by catalog name (Size "ML")',
        checks: [adds(line(G.cabretta, { Hand: 'Left', Size: 'ML' }, 1))],
      },
      {
        en: 'can I throw it in the washing machine?',
        es: '¿lo puedo meter en la lavadora?',
        covers: 'spec question whose answer in the text is no (not machine washable)',
        checks: [says(NO), says('cabretta|glove|guante'), saysNot(DONT_KNOW), shownOnly(G.cabretta)],
      },
      {
        en: 'some tees too, the three and a quarter inch ones',
        es: 'unos tees también, los de 3,25 pulgadas',
        covers: 'decimal size ("3.25 in") by catalog name (Length "3.25 in")',
        checks: [adds(line(G.tees, { Length: '3.25 in' }, 1))],
      },
      {
        en: 'add a divot tool and the foam practice balls',
        es: 'añade un arreglapiques y las bolas de espuma para practicar',
        covers: 'several items in one request',
        checks: [adds(line(G.divotTool, undefined, 1), line(G.foam, undefined, 1))],
      },
      {
        en: 'you running any discounts right now?',
        es: '¿tenéis algún descuento ahora mismo?',
        covers: 'list the promos (not the expired one)',
        checks: [says('fore ?20'), says('tee ?time ?10'), saysNot('masters'), notCalled('search_products')],
      },
      {
        en: 'MASTERS30 please',
        es: 'MASTERS30, por favor',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'oh well. TEETIME10 then',
        es: 'qué le vamos a hacer. pues TEETIME10',
        covers: 'apply a promo code',
        checks: [promo('TEETIME10')],
      },
      {
        en: "I'm ready to check out",
        es: 'ya estoy listo para pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'nah, hang on a second',
        es: 'no, espera un segundo',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'my brother lives in Toronto. could you send him a rangefinder?',
        es: 'mi hermano vive en Toronto. ¿le podríais mandar un medidor láser?',
        covers: 'policy question answered from the policy text (rangefinders cannot ship to Canada)',
        checks: [says(NO), says('canad|toronto'), notCalled('search_products')],
      },
      {
        en: "forget that. checkout, it's shipping to Phoenix",
        es: 'olvídalo. a pagar, el envío va a Phoenix',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, confirm',
        es: 'sí, confirma',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: "where's my stuff at?",
        es: '¿por dónde va lo mío?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'I need to cancel that order, please',
        es: 'necesito anular ese pedido, por favor',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yes, do it',
        es: 'sí, hazlo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'bags, apparel and range finders: carry bag under 250, stand refinement, weight, waterproof, sold-out colour, colour family, cheapest bag, black bags, ordinal, polos, sold-out size, UPF, half size shoes, wide, rangefinders, negation, tournament legal, range, sold-out colour, start over, farthest, draft, read-back, remove, empty, human',
    steps: [
      {
        en: 'I walk the course, so I need a light bag. 250 max',
        es: 'voy andando por el campo, así que necesito una bolsa ligera. 250 como mucho',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Golf Bags', maxPrice: 250 })],
      },
      {
        en: 'one with legs, a stand, and a proper divider up top',
        es: 'una con patas, de trípode, y con un buen separador arriba',
        covers: 'refinement by a spec from the product text keeps category and price bound',
        checks: [shown({ type: 'Golf Bags', maxPrice: 250, handles: [G.standBag] })],
      },
      {
        en: 'how much does it weigh empty?',
        es: '¿cuánto pesa vacía?',
        covers: 'spec question answered from the product text (weight, a decimal)',
        checks: [says('5[.,]5'), shownOnly(G.standBag)],
      },
      {
        en: 'is it waterproof?',
        es: '¿es impermeable?',
        covers: 'spec question whose answer in the text is no (water-resistant, not waterproof)',
        checks: [says(NO), says('ridge|stand|bolsa|bag'), saysNot(DONT_KNOW), shownOnly(G.standBag)],
      },
      {
        en: 'the green one',
        es: 'la verde',
        covers:
          'sold-out variant (colour family green → Forest) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('black|navy|stone|negr|marino|piedra')],
      },
      {
        en: 'the beige one then',
        es: 'pues la beige',
        covers: 'colour family (beige → Stone) after a refusal',
        checks: [adds(line(G.standBag, { Color: 'Stone' }, 1))],
      },
      {
        en: "what's the cheapest golf bag you sell?",
        es: '¿cuál es la bolsa de golf más barata que vendéis?',
        covers: 'superlative over price',
        checks: [best(G.sundayBag, 'sunday', 'ridge|stand|cart|fairway|travel')],
      },
      {
        en: 'which bags do you have in black?',
        es: '¿qué bolsas tenéis en negro?',
        covers: 'category search by an option value (Color "Black")',
        checks: [shown({ type: 'Golf Bags', option: { name: 'Color', values: ['Black'] } })],
      },
      {
        en: 'gimme the second one',
        es: 'dame la segunda',
        covers: 'ordinal reference to the list shown ("the second one") keeps the colour asked in the search',
        checks: [addedShownAt(2, { Color: 'Black' })],
      },
      {
        en: "now polos. the men's ones",
        es: 'ahora polos. los de hombre',
        covers: 'category search',
        checks: [shown({ type: 'Polos', handles: [G.polo] })],
      },
      {
        en: 'a large in coral',
        es: 'uno de la L en coral',
        covers:
          'sold-out variant (Color "Coral" + Size "L") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('navy|marino|\\bm\\b|\\bxl\\b|medium|mediana')],
      },
      {
        en: 'navy in large works',
        es: 'en azul marino de la L me vale',
        covers: 'option values by catalog name after a refusal (Color "Navy", Size "L")',
        checks: [adds(line(G.polo, { Color: 'Navy', Size: 'L' }, 1))],
      },
      {
        en: 'does that polo have any sun protection?',
        es: '¿ese polo tiene protección solar?',
        covers: 'spec question answered yes from the product text (UPF 50)',
        checks: [
          says('yes|\\bsi\\b|upf|\\b50\\b'),
          says('polo'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(G.polo),
        ],
      },
      {
        en: 'golf shoes too, nine and a half',
        es: 'zapatos de golf también, del 9 y medio',
        covers: 'half size ("nine and a half" → Size "9.5")',
        checks: [adds(line(G.shoes, { Size: '9.5' }, 1))],
      },
      {
        en: 'do they come in a wide fit?',
        es: '¿los hay en horma ancha?',
        covers: 'spec question whose answer in the text is no (medium width only)',
        checks: [says(NO), says('shoe|zapat|spikeless'), saysNot(DONT_KNOW), shownOnly(G.shoes)],
      },
      {
        en: 'let me see your rangefinders',
        es: 'a ver vuestros medidores de distancia láser',
        covers: 'category search (the draft product is never offered)',
        checks: [shown({ type: 'Rangefinders' }), neverShown(G.hudDraft)],
      },
      {
        en: 'not the one with slope',
        es: 'el que tiene pendiente no',
        covers: 'negation keeps the category',
        checks: [shown({ type: 'Rangefinders', notHandles: [G.px3], handles: [G.px1] })],
      },
      {
        en: 'is it legal for tournaments?',
        es: '¿es legal para torneos?',
        covers: 'spec question answered yes from the product text (tournament legal)',
        checks: [
          says('yes|\\bsi\\b|legal|tournament|torneo'),
          says('px1'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(G.px1),
        ],
      },
      {
        en: 'how far out can it range?',
        es: '¿hasta qué distancia mide?',
        covers: 'spec question answered from the product text (range in yards)',
        checks: [says('\\b600\\b'), shownOnly(G.px1)],
      },
      {
        en: 'eh, changed my mind, the slope one, in white',
        es: 'bah, he cambiado de idea, el de pendiente, en blanco',
        covers: 'sold-out variant (Color "White") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('black|negr')],
      },
      {
        en: 'scratch all that, show me all the rangefinders again',
        es: 'olvida todo eso, enséñame otra vez todos los medidores',
        covers: 'start over drops the negation',
        checks: [shown({ type: 'Rangefinders' }), shownSome({ handles: [G.px3] }), neverShown(G.hudDraft)],
      },
      {
        en: 'which one reaches the farthest?',
        es: '¿cuál llega más lejos?',
        covers: 'superlative over a numeric attribute (range in yards)',
        checks: [best(G.px3, 'px3|slope|1000|1,000', 'px1|\\b600\\b')],
      },
      {
        en: 'do you sell those glasses that show yardages in the lens?',
        es: '¿vendéis esas gafas que te enseñan las distancias en el cristal?',
        covers: 'a draft product is never offered',
        checks: [neverShown(G.hudDraft), saysNot('holo|\\bhud\\b|2027')],
      },
      {
        en: 'read back my cart please',
        es: 'léeme el carrito, porfa',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('ridge|stand|polo|shoe|zapat|bolsa|bag|sunday|cart')],
      },
      {
        en: 'drop the shoes',
        es: 'quita los zapatos',
        covers: 'remove an item',
        checks: [removes(line(G.shoes))],
      },
      {
        en: 'actually clear the whole cart out',
        es: 'mira, vacía el carrito entero',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'd like to talk to a human being, please",
        es: 'quiero hablar con un ser humano, por favor',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: hit clubs, delivery time, instalments, broken shaft, store visit, worn shoes, Apple Pay',
    steps: [
      {
        en: "I've hit a few balls with the new driver. can I still return it?",
        es: 'he dado unos cuantos golpes con el driver nuevo. ¿todavía lo puedo devolver?',
        covers: 'policy question answered from the policy text (clubs that have been hit cannot be returned)',
        checks: [says(NO), says(RETURNS), notCalled('search_products'), notCalled('add_to_cart')],
      },
      {
        en: "how long till an order gets to me? I'm in Ohio",
        es: '¿cuánto tarda en llegarme un pedido? estoy en Ohio',
        covers: 'policy question answered from the policy text (delivery time)',
        checks: [says('\\b3 ?(to|a|-|–) ?7\\b'), notCalled('search_products')],
      },
      {
        en: 'is there a way to pay in installments?',
        es: '¿se puede pagar a plazos?',
        covers: 'policy question answered from the policy text (Klarna on orders of $150 or more)',
        checks: [says('klarna'), says('\\b150\\b'), notCalled('search_products')],
      },
      {
        en: 'if I snap a shaft hitting a tree root, is that covered?',
        es: 'si parto una varilla dándole a una raíz, ¿lo cubre la garantía?',
        covers:
          'policy question answered from the policy text (a broken shaft from a ground strike is not covered)',
        checks: [says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'do you have a shop somewhere I could go try clubs?',
        es: '¿tenéis alguna tienda física donde pueda ir a probar palos?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
      {
        en: 'I wore my new shoes for one round and they pinch. can they go back?',
        es: 'me puse los zapatos nuevos para una vuelta y me aprietan. ¿los puedo devolver?',
        covers: 'policy question answered from the policy text (worn shoes cannot be returned)',
        checks: [says(NO), says(RETURNS), notCalled('add_to_cart')],
      },
      {
        en: 'Apple Pay ok?',
        es: '¿vale Apple Pay?',
        covers: 'policy question answered from the policy text (payment)',
        checks: [says('yes|\\bsi\\b|accept|acept'), says('apple'), notCalled('search_products')],
      },
    ],
  },
]);
