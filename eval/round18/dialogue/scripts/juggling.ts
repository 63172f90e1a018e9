/**
 * Juggling & circus arts (beanbag, Russian, stage, bounce, contact and LED balls; clubs, rings and a
 * fire club; diabolos, sticks and string; devil sticks, poi, a staff; hoops; slackline, rola bola,
 * stilts, a mat; unicycles and their parts), EN and ES shoppers on the English-only USD catalog.
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
import { H } from './juggling.handles.ts';
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but…"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';
/** The wrist guards' other sizes, S and L, as a reply may name them (a bare letter matches inside words). */
const S_OR_L =
  'small|large|peque|grande|\\b(size|talla) [sl]\\b|\\b[sl] (and|or|y|o)\\b|\\b[sl]\\)|, [sl]\\b';

export const [jugglingEn, jugglingEs] = scripts('juggling', [
  {
    title:
      'learning to juggle: balls under 10, no bounce, sold-out weight + colour, colour after refusal keeps weight with quantity, not washable, comparison, price, size from the text, quantity, set by catalog name, age, unknown millet, sold-out club length + colour, colour family after refusal, sold singly, bag from context, club weight, several items, carpet, read-back, remove, save for later',
    steps: [
      {
        en: "I've decided to finally learn to juggle. what juggling balls have you got for under ten dollars?",
        es: 'ya me decidí a aprender malabares. ¿qué pelotas de malabares tienen por menos de diez dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Juggling Balls', maxPrice: 10 }), shownSome({ handles: [H.thud] })],
      },
      {
        en: 'do those Thud balls go rolling off under the sofa when you drop them?',
        es: '¿las pelotas Thud se van rodando debajo del sillón cuando se te caen?',
        covers: 'spec question whose answer in the text is no (it stays where it falls)',
        checks: [
          says(`${NO}|stay|stays|lands|se queda|quedan|donde cae`),
          says('thud|ball|bola|pelota|roll|rued|rod'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'three of the heavier Thud balls, the green ones',
        es: 'tres de las Thud más pesadas, las verdes',
        covers:
          'sold-out variant (Weight "130 g" + Color "Green") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\bred\\b|yellow|blue|110|\\broj|amarill|azul')],
      },
      {
        en: 'bummer. blue then, still the heavy ones, three of them',
        es: 'qué lástima. entonces azules, siempre las pesadas, tres',
        covers:
          'quantity + colour by catalog name after a refusal keeps the weight (Weight "130 g", Color "Blue", 3)',
        checks: [adds(line(H.thud, { Weight: '130 g', Color: 'Blue' }, 3))],
      },
      {
        en: "once they're grubby from the floor, can I machine-wash them?",
        es: 'cuando se ensucien de tanto caerse al piso, ¿las puedo lavar en la lavadora?',
        covers: 'spec question whose answer in the text is no (wipe clean only)',
        checks: [
          says(`${NO}|wipe|damp|cloth|trapo|pa[nñ]o|húmedo|humedo`),
          says('wash|lav|clean|limpi'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: "my nephew's eight and wants to join in. how is the Russian ball different from the Thud?",
        es: 'mi sobrino tiene ocho años y quiere aprender también. ¿en qué se diferencia la pelota rusa de la Thud?',
        covers: 'comparison of two named products',
        checks: [says('russian|rusa'), says('thud'), shownOnly(H.russian, H.thud)],
      },
      {
        en: "what's the price of a Russian ball at sixty seven millimetres?",
        es: '¿a cómo sale una pelota rusa de sesenta y siete milímetros?',
        covers: "price in the store's currency",
        checks: [
          says('(^|[^\\d.,])7([.,]00)?(?![\\d.,]\\d|\\d)|seven|siete'),
          says('russian|rusa|ball|pelota'),
          ...usd,
        ],
      },
      {
        en: 'which Russian ball size is meant for little hands like his?',
        es: '¿qué tamaño de pelota rusa es el indicado para manos chiquitas como las de él?',
        covers: 'spec question answered from the product text (62 mm suits small hands)',
        checks: [says('\\b62\\b|sixty.two|sesenta y dos'), saysNot(IDK), shownOnly(H.russian)],
      },
      {
        en: 'then three in that size for him, the white ones',
        es: 'entonces échame tres de ese tamaño para él, las blancas',
        covers: 'quantity + option value by catalog name from the context (Size "62 mm", Color "White", 3)',
        checks: [adds(line(H.russian, { Size: '62 mm', Color: 'White' }, 3))],
      },
      {
        en: 'plus the beginner ball set, the five ball one, for his school friends',
        es: 'y también el set de pelotas para principiantes, el de cinco, para sus amigos de la escuela',
        covers: 'option value by catalog name (Pack "5 Balls")',
        checks: [adds(line(H.beginnerBalls, { Pack: '5 Balls' }, 1))],
      },
      {
        en: 'what age does that set say it suits?',
        es: '¿para qué edad dice que es ese set?',
        covers: 'spec question answered from the product text (ages 8 and up)',
        checks: [says('\\b8\\b|eight|ocho'), saysNot(IDK), shownOnly(H.beginnerBalls)],
      },
      {
        en: 'is the millet inside the Thud balls organic? my sister asks about that stuff',
        es: '¿el mijo de adentro de las Thud es orgánico? mi hermana siempre pregunta esas cosas',
        covers: "spec question not in the text: don't know (organic millet)",
        checks: [says(DONT_KNOW), says('thud|millet|mijo'), shownOnly(H.thud), notCalled('add_to_cart')],
      },
      {
        en: "I'd like to try clubs too. the longer classic club in purple",
        es: 'también quiero probar con clavas. la clava clásica larga en morado',
        covers:
          'sold-out variant (Length "52 cm" + Color "Purple") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('white|\\bred\\b|blue|\\b50\\b|blanc|\\broj|azul')],
      },
      {
        en: 'hmm, three of the navy ones then, same length',
        es: 'mmm, pues tres de las azul marino, del mismo largo',
        covers: 'colour family after a refusal keeps the length (navy → Color "Blue", Length "52 cm", 3)',
        checks: [adds(line(H.classicClub, { Length: '52 cm', Color: 'Blue' }, 3))],
      },
      {
        en: 'wait, do clubs come one by one or in threes?',
        es: 'oye, ¿las clavas vienen sueltas o de a tres?',
        covers: 'spec question answered from the product text (sold singly)',
        checks: [
          says('single|singly|one by one|one at a time|each|individual|suelt|por unidad|por pieza|cada una'),
          saysNot(IDK),
        ],
      },
      {
        en: 'good thing I said three. a bag that holds exactly that many',
        es: 'qué bueno que pedí tres. una bolsa en la que quepan justo esas',
        covers: 'option value by catalog name from the context (Capacity "3 Clubs")',
        checks: [adds(line(H.clubBag, { Capacity: '3 Clubs' }, 1))],
      },
      {
        en: 'how many grams is one classic club?',
        es: '¿cuántos gramos pesa una clava clásica?',
        covers: 'spec question answered from the product text (about 230 g)',
        checks: [says('\\b230\\b'), saysNot(IDK), shownOnly(H.classicClub)],
      },
      {
        en: 'throw in the bigger silicone bounce ball and a devil stick set in green',
        es: 'agrégame la pelota de rebote de silicona grande y un set de devil stick en verde',
        covers: 'several items in one request (Size "70 mm", Color "Green")',
        checks: [adds(line(H.bounce, { Size: '70 mm' }, 1), line(H.devilStick, { Color: 'Green' }, 1))],
      },
      {
        en: 'will the bounce ball work on the carpet in my apartment?',
        es: '¿la de rebote sirve en la alfombra de mi departamento?',
        covers: 'spec question whose answer in the text is no (barely bounces on carpet)',
        checks: [
          says(`${NO}|barely|hard|smooth|apenas|dur|lis`),
          says('carpet|alfombra|floor|piso|suelo'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'ok so tell me everything in my cart and what it adds up to',
        es: 'a ver, repásame qué traigo en el carrito y cuánto va a ser en total',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('thud|russian|club|bounce|devil|rusa|clava|rebote|bolsa|bag')],
      },
      {
        en: 'forget the bounce ball, our floors are all rugs',
        es: 'olvida la de rebote, en mi casa todo es alfombra',
        covers: 'remove an item',
        checks: [removes(line(H.bounce))],
      },
      {
        en: 'and park the devil sticks for later, balls first',
        es: 'y los devil sticks guárdamelos para después, primero las pelotas',
        covers: 'save for later',
        checks: [saved(H.devilStick), keeps(H.devilStick)],
      },
    ],
  },
  {
    title:
      'a unicycle for a birthday: unicycles under 150, wheel size from height, sold-out size + colour, colour after refusal keeps size, stand not included, padded saddle, add by name, sold-out size from the text, size after refusal, promos, expired code, code, checkout, no, cut seat post returns, read-back, yes, status, cancel asks, cancel',
    steps: [
      {
        en: "my daughter's been begging for a unicycle. which ones do you have under a hundred and fifty?",
        es: 'mi hija lleva meses pidiendo un monociclo. ¿cuáles tenéis por debajo de ciento cincuenta dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Unicycles', maxPrice: 150 }), shownSome({ handles: [H.trainer] })],
      },
      {
        en: "she's five foot three. what wheel size is right for her?",
        es: 'mide un metro sesenta. ¿qué tamaño de rueda le va?',
        covers: 'spec question answered from the product text (20 in for 4 ft 10 in to 5 ft 10 in)',
        checks: [says('\\b20\\b|twenty|veinte'), saysNot(IDK), shownOnly(H.trainer)],
      },
      {
        en: 'that one then, in red, her favourite',
        es: 'pues ese, en rojo, que es su color favorito',
        covers:
          'sold-out variant (Wheel Size "20 in" from the context + Color "Red") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr|\\b16\\b|\\b24\\b')],
      },
      {
        en: 'oh well, black, same wheel',
        es: 'bueno, vale, en negro, con la misma rueda',
        covers: 'colour by catalog name after a refusal keeps the size (Wheel Size "20 in", Color "Black")',
        checks: [adds(line(H.trainer, { 'Wheel Size': '20 in', Color: 'Black' }, 1))],
      },
      {
        en: 'will it come with something to stand it up in the hallway?',
        es: '¿trae algo para dejarlo de pie en el pasillo?',
        covers: 'spec question whose answer in the text is no (a stand is not included)',
        checks: [
          says(`${NO}|separately|por separado|aparte`),
          says('stand|soporte|pie|base'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'is the seat on it padded at least?',
        es: '¿y el sillín al menos es acolchado?',
        covers: 'spec question answered yes from the product text (padded saddle)',
        checks: [
          says('pad|acolch|saddle|sill|asiento'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(H.trainer),
        ],
      },
      {
        en: 'fine, add the unicycle stand as well',
        es: 'vale, añade también el soporte para monociclo',
        covers: 'add by name',
        checks: [adds(line(H.stand, undefined, 1))],
      },
      {
        en: "wrist guards too. her palm's about three and a quarter inches across",
        es: 'muñequeras también. la palma le mide unas tres pulgadas y cuarto de ancho',
        covers:
          'sold-out variant chosen from the product text (3.25 in palm → Size "M") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says(S_OR_L)],
      },
      {
        en: "the large then, she's still growing",
        es: 'pues la grande, que todavía está creciendo',
        covers: 'option value by catalog name after a refusal (Size "L")',
        checks: [adds(line(H.wristGuards, { Size: 'L' }, 1))],
      },
      {
        en: 'is there some discount code a birthday shopper could use?',
        es: '¿hay algún código que me rebaje algo? es un regalo de cumpleaños',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?toss ?10'),
          says('big ?top ?15'),
          saysNot('circus ?week ?20'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'a mum at school passed me CIRCUSWEEK20',
        es: 'una madre del cole me pasó CIRCUSWEEK20',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'shame. put FIRSTTOSS10 on it then',
        es: 'vaya. pues ponme FIRSTTOSS10',
        covers: 'apply a promo code',
        checks: [promo('FIRSTTOSS10')],
      },
      {
        en: "right, that's her whole birthday sorted, time to pay",
        es: 'vale, con esto el cumpleaños está resuelto, toca pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal, says('unicycle|stand|wrist|monociclo|soporte|mu[nñ]equera')],
      },
      {
        en: "hang on, don't put it through yet",
        es: 'espera, no lo tramites todavía',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'if we cut the seat post down and it turns out wrong, can I send the unicycle back?',
        es: 'si cortamos la tija del sillín y no le va bien, ¿puedo devolver el monociclo?',
        covers: 'policy question answered from the policy text (a cut seat post cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: "right, we won't cut it ourselves. carry on to checkout",
        es: 'vale, no la cortaremos nosotros. sigue con el pago',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, all of that looks right, send the order through',
        es: 'sí, está todo bien, haz el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: "where's the unicycle order at?",
        es: '¿ya mandasteis el monociclo o todavía no?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'her grandad just bought her one as a surprise. I need to cancel my order',
        es: 'su abuelo le acaba de regalar uno por sorpresa. tengo que anular mi pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yes, positive, scrap the unicycle order',
        es: 'sí, segurísima, anula lo del monociclo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: hoops under 40, not the weighted one, travel only, start over, cheapest poi, biggest wheel, brake, draft, sold-out diameter + colour, colour family after refusal keeps diameter, tape, decimal weight, no tossing, sold-out size + colour, colour after refusal, string included, length from the text, option search, ordinal, sold-out product, read-back, remove, empty, human',
    steps: [
      {
        en: 'show me hoops that cost less than forty bucks',
        es: 'che, mostrame los aros que salgan menos de cuarenta dólares',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Hoops', maxPrice: 40 }), shownSome({ handles: [H.danceHoop] })],
      },
      {
        en: 'not the weighted one, I want to learn tricks',
        es: 'el que tiene peso no, yo quiero aprender trucos',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Hoops', maxPrice: 40, notHandles: [H.fitnessHoop] })],
      },
      {
        en: 'just the ones that break down to fit in a suitcase',
        es: 'solo los que se desarman para llevar en la valija',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Hoops', maxPrice: 40, handles: [H.danceHoop] })],
      },
      {
        en: 'ok scratch all that. what poi do you carry?',
        es: 'bueno, borrá todo eso. ¿qué pois tienen?',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Poi' }),
          shownSome({ handles: [H.sockPoi] }),
          shownSome({ handles: [H.ledPoi] }),
        ],
      },
      {
        en: "which of those won't break the bank?",
        es: 'de esos, ¿cuál es el que menos guita cuesta?',
        covers: 'superlative over price',
        checks: [best(H.sockPoi, 'sock|practice|\\b19\\b|calcet|pr[aá]ctica', 'led|\\b59\\b|\\b69\\b')],
      },
      {
        en: 'different thing: which unicycle of yours has the largest wheel?',
        es: 'otra cosa: ¿cuál de sus monociclos tiene la rueda más grande?',
        covers: 'superlative over a numeric attribute (wheel size)',
        checks: [
          best(
            H.muni,
            'mountain|monta[nñ]a|27[.,]5|twenty.seven|veintisiete',
            'trainer|\\b24\\b|\\b16\\b|\\b20\\b',
          ),
        ],
      },
      {
        en: 'does that mountain one have a brake on it?',
        es: '¿ese de montaña viene con freno?',
        covers: 'spec question whose answer in the text is no (brake mounts only, brake not included)',
        checks: [
          says(`${NO}|separately|por separado|aparte|mount|soporte`),
          says('brake|freno'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'someone told me Hoopwright has a smart LED hoop coming out. can I order it?',
        es: 'me dijeron que Hoopwright va a sacar un aro LED inteligente. ¿lo puedo pedir?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Hoops', notHandles: [H.draftHoop] }),
          saysNot('smart|2027|preview|\\b149\\b'),
        ],
      },
      {
        en: 'then the polypro dance hoop, the biggest one, frosted blue',
        es: 'entonces el aro de polypro, el más grande, en azul esmerilado',
        covers:
          'sold-out variant (Diameter "100 cm" + Color "Frosted Blue") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('pink|clear|rosa|transparent|\\b90\\b|\\b80\\b')],
      },
      {
        en: 'the pinkish one then, keep the big size',
        es: 'dame el rosadito entonces, en el tamaño grande igual',
        covers:
          'colour family after a refusal keeps the diameter (pinkish → Color "Frosted Pink", Diameter "100 cm")',
        checks: [adds(line(H.danceHoop, { Diameter: '100 cm', Color: 'Frosted Pink' }, 1))],
      },
      {
        en: 'plus a roll of grip tape for it, in black',
        es: 'y un rollo de cinta de agarre para ese, negra',
        covers: 'option value by catalog name (Color "Black")',
        checks: [adds(line(H.gripTape, { Color: 'Black' }, 1))],
      },
      {
        en: 'for workouts I want a weighted hoop too, the one and a half kilo',
        es: 'para entrenar quiero también un aro con peso, el de kilo y medio',
        covers: 'decimal size by catalog name ("one and a half kilo" → Weight "1.5 kg")',
        checks: [adds(line(H.fitnessHoop, { Weight: '1.5 kg' }, 1))],
      },
      {
        en: 'could I toss that weighted one up in the air and catch it?',
        es: '¿al de peso lo puedo tirar para arriba y agarrarlo?',
        covers: 'spec question whose answer in the text is no (too heavy to catch safely)',
        checks: [
          says(`${NO}|too heavy|demasiado pesado`),
          says('toss|catch|heav|tir|lanz|agarr|atrap|pesad'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'I also want a bearing diabolo, large, in black',
        es: 'también quiero un diábolo con rulemán, el grande, en negro',
        covers:
          'sold-out variant (Size "Large" + Color "Black") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('orange|naranja|medium|median')],
      },
      {
        en: 'orange works, still the large',
        es: 'naranja me sirve, pero grande igual',
        covers: 'colour by catalog name after a refusal keeps the size (Color "Orange", Size "Large")',
        checks: [adds(line(H.bearingDiabolo, { Size: 'Large', Color: 'Orange' }, 1))],
      },
      {
        en: 'do the aluminum hand sticks come already strung?',
        es: '¿los palitos de aluminio vienen ya con el hilo puesto?',
        covers: 'spec question answered yes from the product text (strung with 10 m of string)',
        checks: [
          says('string|hilo|cuerda|\\b10\\b'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(H.handSticks),
        ],
      },
      {
        en: "I'm six feet tall, so add the sticks in whatever length fits me",
        es: 'mido un metro ochenta, así que agregá los palitos del largo que me corresponda',
        covers: 'option value by catalog name chosen from the product text (over 5 ft 8 in → Length "45 cm")',
        checks: [adds(line(H.handSticks, { Length: '45 cm' }, 1))],
      },
      {
        en: 'what do you sell in a three ball pack?',
        es: '¿qué venden en pack de tres pelotas?',
        covers: 'category search by an option value (Pack "3 Balls")',
        checks: [shown({ option: { name: 'Pack', values: ['3 Balls'] } })],
      },
      {
        en: 'stick the second one in my cart',
        es: 'el segundo de la lista, metelo al carrito',
        covers: 'ordinal reference to the list shown ("the second one") keeps the pack asked in the search',
        checks: [addedShownAt(2, { Pack: '3 Balls' })],
      },
      {
        en: "I'd love a fire club for summer shows",
        es: 'me encantaría una clava de fuego para los shows de verano',
        covers: 'sold-out product refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('classic|european|beginner|cl[aá]sica|europe|principiante')],
      },
      {
        en: "how's my cart looking now?",
        es: '¿cómo viene mi carrito ahora?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('hoop|tape|diabolo|stick|aro|cinta|di[aá]bolo|palito')],
      },
      {
        en: "I'll skip the grip tape, take it out",
        es: 'la cinta de agarre no, sacala',
        covers: 'remove an item',
        checks: [removes(line(H.gripTape))],
      },
      {
        en: 'you know what, forget all of it, empty the cart out',
        es: '¿sabés qué? no quiero nada, dejá el carrito vacío',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'm putting together a juggling act for a wedding. can I talk to an actual person?",
        es: 'estoy armando un número de malabares para un casamiento. ¿puedo hablar con una persona?',
        covers: 'ask for a human',
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'policy questions: fire fuel, shipping under the threshold, oversize mat, Canada, Discover, installments, lit fire club returns, unicycle warranty, cracked club warranty, seat post cutting, classes, party shows not in the text',
    steps: [
      {
        en: 'can you ship some lamp oil along with a fire club?',
        es: '¿me pueden mandar aceite de lámpara junto con una clava de fuego?',
        covers: 'policy question answered from the policy text (no fire fuel shipped)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('fuel|oil|combustible|aceite|parafina'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "my order's only about forty dollars. what will shipping be?",
        es: 'mi pedido no llega a cuarenta dólares. ¿cuánto me cobran de envío?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('5[.,]95|\\b60\\b'), notCalled('search_products')],
      },
      {
        en: 'is there anything extra to pay for shipping a practice mat?',
        es: '¿hay que pagar algo de más por el envío de una colchoneta?',
        covers: 'policy question answered from the policy text (oversize parcels $15 more)',
        checks: [saysNot(IDK), says('\\b15\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'I live in Vancouver, BC. will you send juggling balls up here?',
        es: 'vivo en Vancouver, Canadá. ¿me envían pelotas de malabares hasta allá?',
        covers: 'policy question answered from the policy text (Canada for $14)',
        checks: [
          saysNot(IDK),
          says('\\b14\\b'),
          says('canad|vancouver|ship|send|env|mand'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'will you take Discover for this order?',
        es: '¿me reciben tarjeta Discover para este pedido?',
        covers: 'policy question answered from the policy text (Discover not accepted)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('discover|card|tarjeta'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'the mountain unicycle is pricey. can I pay it off in installments?',
        es: 'el monociclo de montaña es carito. ¿lo puedo pagar en cuotas?',
        covers: 'policy question answered from the policy text (Shop Pay Installments on $50 to $1,000)',
        checks: [
          saysNot(IDK),
          says('shop ?pay|install|cuota|plazo'),
          says('\\b50\\b|1[,.]?000'),
          notCalled('search_products'),
        ],
      },
      {
        en: "I lit my fire club once and I'm not into it. can I return it?",
        es: 'prendí la clava de fuego una vez y no me gustó. ¿la puedo devolver?',
        covers: 'policy question answered from the policy text (lit fire props cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'if a unicycle frame breaks, how long am I covered?',
        es: 'si se rompe el cuadro del monociclo, ¿hasta cuándo me cubren?',
        covers: 'policy question answered from the policy text (2-year frame warranty)',
        checks: [
          saysNot(IDK),
          says('\\b2\\b|two|dos'),
          says('warrant|garant|frame|cuadro|marco'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'one of my clubs cracked after a month of practice. does the warranty cover that?',
        es: 'una de mis clavas se rajó después de un mes de práctica. ¿eso lo cubre la garantía?',
        covers: 'policy question answered from the policy text (clubs wear with use, no warranty)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|garant|wear|desgast|cover|cubr'),
          notCalled('search_products'),
        ],
      },
      {
        en: "I don't own a hacksaw. can you shorten the seat post for me?",
        es: 'no tengo sierra. ¿me pueden recortar ustedes la tija del sillín?',
        covers: 'policy question answered from the policy text (free, with the inseam in the order notes)',
        checks: [saysNot(IDK), says('free|gratis|inseam|entrepierna|note|nota'), notCalled('add_to_cart')],
      },
      {
        en: 'do you run juggling lessons anywhere?',
        es: '¿dan clases de malabares en algún lado?',
        covers: 'policy question answered from the policy text (Saturday classes in Portland, $15)',
        checks: [saysNot(IDK), says('portland|saturday|s[aá]bado|\\b15\\b'), notCalled('add_to_cart')],
      },
      {
        en: "could one of your jugglers come perform at my son's birthday party?",
        es: '¿alguno de sus malabaristas podría venir a actuar al cumpleaños de mi hijo?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
