/**
 * Dance & ballet (pointe shoes, ballet slippers, toe pads and ribbons, leotards, skirts and warm-ups,
 * tap, jazz and character shoes, tights and undergarments, rosin and hair kits, barres and dance
 * floors, stretching, dance bags, recital makeup and flowers), EN and ES shoppers on the
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
  unchanged,
  usd,
} from '../../../dialogue/bilingual.ts';
import { D } from './dance.handles.ts';
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but..."): no opening "No". */
const OPENS_NO = '^\\W*no\\b';
/** The products of the pointe conversation, for its read-back. */
const POINTE_CART =
  'etoile|pointe|toe pad|ribbon|tights|leotard|camisole|bun|mesh|punta|cinta|medias|leotardo|almohadill|chongo';

export const [danceEn, danceEs] = scripts('dance', [
  {
    title:
      'going up on pointe: pointe shoes under 110, shank, sold-out half size + width, width after refusal, no ribbons, comparison, price, unknown country, sold-out ribbon colour, colour after refusal, ribbon width, toe cushions under 25, quantity, washing the pads, sold-out tights size + colour, colour family keeps size and quantity, the hole in the foot, sold-out leotard, size after refusal keeps colour, velvet hand wash only, several items + colour families, no hairspray, read-back, remove, save for later',
    steps: [
      {
        en: "my daughter's teacher finally cleared her to go up on pointe! which pointe shoes do you have for less than a hundred and ten?",
        es: '¡la maestra de mi hija por fin le dio permiso para subirse a puntas! ¿qué zapatillas de punta tienen por menos de ciento diez?',
        covers: 'category search with a price bound',
        checks: [
          shown({ type: 'Pointe Shoes', maxPrice: 110 }),
          shownSome({ handles: [D.etoile] }),
          neverShown(D.draftPointe),
        ],
      },
      {
        en: "she's only had three years of ballet. how stiff is the sole on the Etoile?",
        es: 'apenas lleva tres años de ballet. ¿qué tan dura es la suela de la Etoile?',
        covers: 'spec question answered from the product text (medium shank)',
        checks: [says('medium|medi[ao]'), says('etoile'), saysNot(IDK), shownOnly(D.etoile)],
      },
      {
        en: 'her sneakers are an eight, so the Etoile in six and a half, regular width please',
        es: 'de tenis calza un ocho, así que la Etoile en seis y medio, de ancho normal por favor',
        covers:
          'sold-out half size ("six and a half" → Size "6.5") + Width "Medium" (said as regular width) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('wide|ancho|\\b6\\b|5[.,]5|\\bsix\\b|seis|cinco')],
      },
      {
        en: "her feet are on the broad side anyway. let's do the wider fit, same size",
        es: 'igual tiene el pie más bien anchito. que sea la horma ancha, mismo número',
        covers: 'option value by catalog name after a refusal keeps the half size (Width "Wide", Size "6.5")',
        checks: [adds(line(D.etoile, { Size: '6.5', Width: 'Wide' }, 1))],
      },
      {
        en: 'are the ribbons already attached when they arrive?',
        es: '¿las cintas ya vienen cosidas cuando llegan?',
        covers: 'spec question whose answer in the text is no (ribbons and elastic not included)',
        checks: [
          says(NO),
          says('etoile|ribbon|cinta|pointe|punta'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(D.etoile),
        ],
      },
      {
        en: 'her teacher also brought up the Arabesque Pro. how is it different from the Etoile?',
        es: 'la maestra también mencionó la Arabesque Pro. ¿en qué se distingue de la Etoile?',
        covers: 'comparison of two named products',
        checks: [says('arabesque'), says('etoile'), shownOnly(D.etoile, D.arabesque)],
      },
      {
        en: 'and what would the Arabesque run me?',
        es: '¿y la Arabesque qué precio tiene?',
        covers: "price in the store's currency",
        checks: [says('\\b112\\b'), says('arabesque'), ...usd],
      },
      {
        en: 'do you happen to know which country the Etoile is made in?',
        es: '¿de casualidad sabe en qué país fabrican la Etoile?',
        covers: "spec question not in the text: don't know (country of manufacture)",
        checks: [says(DONT_KNOW), says('etoile'), shownOnly(D.etoile), notCalled('add_to_cart')],
      },
      {
        en: "she'll have to sew her own, so the ribbon kit in theatrical pink",
        es: 'las va a tener que coser ella, así que el kit de cintas en rosa teatral',
        covers:
          'sold-out variant (Color "Theatrical Pink") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('european|europe')],
      },
      {
        en: 'the European one then, it probably matches the satin better anyway',
        es: 'entonces el europeo, seguro combina mejor con el satén',
        covers: 'option value by catalog name after a refusal (Color "European Pink")',
        checks: [adds(line(D.ribbonKit, { Color: 'European Pink' }, 1))],
      },
      {
        en: 'how wide is the ribbon in there?',
        es: '¿de qué ancho es la cinta que trae?',
        covers: 'spec question answered from the product text (7/8 in ribbon)',
        checks: [says('7/8|seven.eighths?|siete octavos'), says('ribbon|cinta|kit'), shownOnly(D.ribbonKit)],
      },
      {
        en: 'what can she put in the box so her toes stop bleeding? something under twenty-five',
        es: '¿qué le puede poner dentro de la punta para que no le sangren los dedos? algo de menos de veinticinco',
        covers: 'category search with a price bound by a use from the product text (padding over the toes)',
        checks: [shown({ type: 'Pointe Accessories', maxPrice: 25 }), shownSome({ handles: [D.toePads] })],
      },
      {
        en: 'two pairs of the gel ones in medium, one for her spare shoes',
        es: 'dos pares de las de gel en mediana, uno para sus zapatillas de repuesto',
        covers: 'quantity + option value by catalog name (Size "M")',
        checks: [adds(line(D.toePads, { Size: 'M' }, 2))],
      },
      {
        en: 'can she just clean those in the sink after class?',
        es: '¿las puede lavar en el lavabo después de clase y ya?',
        covers: 'spec question answered yes from the product text (wash with soap and water)',
        checks: [
          says('soap|water|wash|jab[oó]n|agua|lav'),
          says('pad|gel|almohadill|protector'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(D.toePads),
        ],
      },
      {
        en: 'she needs tights too. the convertible ones, two pairs, adult small medium, regular pink',
        es: 'también le faltan medias. las convertibles, dos pares, de adulto chica-mediana, rosa de siempre',
        covers:
          'sold-out variant (Size "Adult S/M" + Color "Ballet Pink", said as regular pink) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('suntan|tan|bronce|canela|adult l|child|large|grande|niñ')],
      },
      {
        en: 'bah. the tan ones in that same size then, still two',
        es: 'ni modo. las color bronceado en esa misma talla, también dos',
        covers: 'colour family (tan → Color "Suntan") after a refusal keeps the size and the quantity',
        checks: [adds(line(D.convertible, { Size: 'Adult S/M', Color: 'Suntan' }, 2))],
      },
      {
        en: "what's the little hole under the foot for?",
        es: '¿para qué es el agujerito que tienen en la planta?',
        covers: 'spec question answered from the product text (roll up for barefoot classes)',
        checks: [
          says('roll|barefoot|descalz|enroll|subir|convert'),
          says('tights|medias|convertible|hole|agujer|opening|abertura'),
          shownOnly(D.convertible),
        ],
      },
      {
        en: 'her school makes them wear black camisole leotards. a child large, please',
        es: 'en su escuela exigen leotardo de tirantes negro. uno talla infantil grande, por favor',
        covers:
          'sold-out variant (Size "Child L" + Color "Black") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('orchid|orqu[ií]dea|adult|adulto|\\bxs\\b')],
      },
      {
        en: "she's shooting up, so black in the adult extra small",
        es: 'está pegando el estirón, así que negro en adulto extra chico',
        covers:
          'option value by catalog name after a refusal keeps the colour (Size "Adult XS", Color "Black")',
        checks: [adds(line(D.camisole, { Size: 'Adult XS', Color: 'Black' }, 1))],
      },
      {
        en: 'for her exam she wants the velvet long-sleeve one. can that go in the washing machine?',
        es: 'para el examen quiere el de terciopelo de manga larga. ¿ese se puede meter a la lavadora?',
        covers: 'spec question whose answer in the text is no (velvet leotard is hand wash only)',
        checks: [
          says(`${NO}|hand wash|a mano`),
          says('velvet|terciopelo|leotard|leotardo'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(D.velvet),
        ],
      },
      {
        en: 'also a bun kit for her, she has brown hair, and a mesh bag for the pointe shoes in pink',
        es: 'también un kit de chongo para ella, que es castaña, y una bolsa de red para las puntas en rosa',
        covers:
          'several items in one request; colour families (brown hair → Color "Brunette", pink → Color "Blossom")',
        checks: [adds(line(D.bunKit, { Color: 'Brunette' }, 1), line(D.meshBag, { Color: 'Blossom' }, 1))],
      },
      {
        en: 'will I need to buy hairspray separately for that bun?',
        es: '¿para ese chongo tengo que comprar aparte el fijador?',
        covers: 'spec question answered from the product text (hairspray not included)',
        checks: [
          says(`${NO}|separately|por separado|aparte`),
          says('bun|hair|kit|chongo|pelo|cabello|fijador|spray'),
          saysNot(IDK),
          shownOnly(D.bunKit),
        ],
      },
      {
        en: "I'm scared to ask, but what's the damage so far?",
        es: 'me da miedo preguntar, pero ¿cuánto llevo gastado hasta ahora?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says(POINTE_CART)],
      },
      {
        en: "lose the mesh bag, she'll use a pillowcase",
        es: 'saca la bolsa de red, que use una funda de almohada',
        covers: 'remove an item',
        checks: [removes(line(D.meshBag))],
      },
      {
        en: 'and hold the ribbon kit for later, the studio might hand some out',
        es: 'y el kit de cintas guárdamelo para después, a lo mejor en la academia les regalan',
        covers: 'save for later',
        checks: [saved(D.ribbonKit), keeps(D.ribbonKit)],
      },
    ],
  },
  {
    title:
      'adult tap and checkout: tap shoes under 80, tunable taps, wide feet, sold-out half size, size after refusal, no screwdriver, short name, kids tap size, riveted taps, sold-out jazz colour family + half size, colour after refusal keeps the size, not outdoors, suede soles by a use, add, promos, expired code, code, checkout, no, worn shoes return, order, status, cancel',
    steps: [
      {
        en: "I'm forty-two and I just signed up for grown-up tap class. what tap shoes have you got under eighty?",
        es: 'tengo cuarenta y dos años y me acabo de apuntar a claqué para adultos. ¿qué zapatos de claqué tenéis por menos de ochenta?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Tap Shoes', maxPrice: 80 }), shownSome({ handles: [D.oxfordTap] })],
      },
      {
        en: 'can I fiddle with how the Oxfords sound?',
        es: '¿se puede trastear el sonido de los Oxford?',
        covers: 'spec question answered yes from the product text (screwed-on taps tuned with a screwdriver)',
        checks: [
          says('screw|tun|adjust|loosen|tighten|tornill|ajust|afin|apret'),
          says('oxford|tap|claqu|chapa'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(D.oxfordTap),
        ],
      },
      {
        en: "I'm an eight in most things but my feet are like pancakes. what size do I order?",
        es: 'suelo usar un ocho pero tengo los pies como tortas. ¿qué número pido?',
        covers: 'spec question answered from the product text (wide feet half a size up → 8.5)',
        checks: [
          says('8[.,]5|eight and a half|ocho y medio|half a size|medio n[uú]mero|media talla'),
          saysNot(IDK),
          shownOnly(D.oxfordTap),
        ],
      },
      {
        en: 'eight and a half it is, put them in',
        es: 'pues ocho y medio, échalos al carrito',
        covers:
          'sold-out half size ("eight and a half" → Size "8.5") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b8\\b|\\b9\\b|eight|nine|ocho|nueve')],
      },
      {
        en: "go up to the nine, I'll wear the thick socks",
        es: 'sube al nueve, me pongo los calcetines gordos',
        covers: 'option value by catalog name after a refusal (Size "9")',
        checks: [adds(line(D.oxfordTap, { Size: '9' }, 1))],
      },
      {
        en: 'is there a screwdriver in the box for tuning them?',
        es: '¿viene un destornillador en la caja para ajustarlos?',
        covers: 'spec question whose answer in the text is no (screwdriver sold separately)',
        checks: [
          says(`${NO}|separately|por separado|aparte`),
          says('screwdriver|destornillador|oxford|tap|claqu'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'fine, add the little screwdriver kit',
        es: 'vale, añade el kit del destornillador pequeño',
        covers: 'add by short name (Tapworth Tap Screwdriver Kit)',
        checks: [adds(line(D.screwdriver, undefined, 1))],
      },
      {
        en: "my youngest wants to come with me. the buckle tap shoes in a kids' eleven",
        es: 'mi pequeña quiere venirse conmigo. los de claqué con hebilla en un once de niña',
        covers: 'option value by catalog name (Size "11")',
        checks: [adds(line(D.buckleTap, { Size: '11' }, 1))],
      },
      {
        en: 'can her taps be tightened like mine?',
        es: '¿las chapas de los suyos se pueden apretar como las mías?',
        covers: 'spec question whose answer in the text is no (riveted beginner taps cannot be adjusted)',
        checks: [
          says(NO),
          says('buckle|tap|rivet|hebilla|claqu|chapa|remach'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(D.buckleTap),
        ],
      },
      {
        en: "my husband's doing jazz in the room next door. the slip-ons in that light brown, seven and a half",
        es: 'mi marido hace jazz en la sala de al lado. los de meter sin cordones en marrón clarito, un siete y medio',
        covers:
          'sold-out half size + colour family (Size "7.5" + Color "Caramel", said as light brown) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr|6[.,]5|8[.,]5')],
      },
      {
        en: "he's not fussy, black in the same size",
        es: 'no es nada tiquismiquis, negros en el mismo número',
        covers:
          'option value by catalog name after a refusal keeps the half size (Color "Black", Size "7.5")',
        checks: [adds(line(D.jazz, { Size: '7.5', Color: 'Black' }, 1))],
      },
      {
        en: 'can he walk to the studio in them? it is only two blocks',
        es: '¿puede ir andando con ellos hasta la academia? son solo dos calles',
        covers: 'spec question whose answer in the text is no (indoor studio floors only)',
        checks: [
          says(NO),
          says('jazz|slip|indoor|outside|studio|interior|calle|fuera'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(D.jazz),
        ],
      },
      {
        en: 'the suede on my old ballet flats has gone all glossy and slippery. anything to fix that?',
        es: 'el ante de mis zapatillas viejas se ha quedado brillante y resbala. ¿hay algo para arreglarlo?',
        covers: 'category search by a use from the product text (slick suede soles)',
        checks: [shown({ type: 'Shoe Care' }), shownSome({ handles: [D.suedeBrush] })],
      },
      {
        en: 'one of the brushes then',
        es: 'pues un cepillo de esos',
        covers: 'add by short name (Tapworth Suede Sole Brush)',
        checks: [adds(line(D.suedeBrush, undefined, 1))],
      },
      {
        en: 'anything I can knock off with a coupon?',
        es: '¿hay algún cupón para rebajar algo?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?position ?10'),
          says('encore ?20'),
          saysNot('recital ?25'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'the recital flyer at the studio still says RECITAL25',
        es: 'en el cartel de la academia aún pone RECITAL25',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'ok then, ENCORE20 please',
        es: 'venga, pues mete el ENCORE20',
        covers: 'apply a promo code',
        checks: [promo('ENCORE20')],
      },
      {
        en: "I think that's the lot for the three of us. let's pay",
        es: 'creo que con eso vamos servidos los tres. vamos a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('oxford|buckle|jazz|screwdriver|brush|tap|claqu|destornillador|cepillo|hebilla'),
        ],
      },
      {
        en: 'no, wait a sec, one question',
        es: 'no, para, que antes quiero preguntar algo',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'if the taps pinch after my first class, can I send them back?',
        es: 'si los de claqué me aprietan después de la primera clase, ¿los puedo devolver?',
        covers: 'policy question answered from the policy text (shoes returned only unworn)',
        checks: [
          saysNot(IDK),
          says(RETURNS),
          says('unworn|worn|sin usar|sin estrenar|usad|puest'),
          notCalled('search_products'),
        ],
      },
      {
        en: "right, I'll dance around the kitchen in socks first. carry on, ship it to Albuquerque",
        es: 'vale, primero me los pruebo en casa con calcetines. sigue, mándalo a Albuquerque',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: "yes, that's everything, go ahead and order it",
        es: 'sí, eso es todo, tramítalo ya',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'where are my tap shoes at, have they shipped?',
        es: '¿en qué punto está lo del claqué que pedí?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'the community center just cancelled the adult class. I need to undo that order',
        es: 'el centro cívico acaba de suspender la clase de adultos. tengo que anular ese pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'correct, cancel all of it',
        es: 'exacto, cancélalo todo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: dance bags under 40, nothing for little kids, a water bottle pocket only, start over, cheapest bag, roomiest bag, shoes in size 7, ordinal, sold-out character size, size after refusal, heel height, unknown resoling, sold-out decimal floor length + colour, colour after refusal, no tap on marley, draft, quantity, highest barre, no mascara, read-back, remove, empty, human',
    steps: [
      {
        en: "the zipper on my daughter's dance bag just gave out. what's there for under forty?",
        es: 'se le rompió el cierre a la mochila de danza de mi hija. ¿qué hay por menos de cuarenta?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Dance Bags', maxPrice: 40 }), neverShown(D.draftPointe)],
      },
      {
        en: "she's fourteen, so nothing meant for little kids",
        es: 'ya tiene catorce años, así que nada que sea para niños chiquitos',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Dance Bags', maxPrice: 40, notHandles: [D.duffel] })],
      },
      {
        en: 'she drinks a ton in class, so just the ones with a spot for a water bottle',
        es: 'toma muchísima agua en clase, así que solo las que tengan lugar para la botella',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Dance Bags', maxPrice: 40, handles: [D.backpack] })],
      },
      {
        en: 'actually clear all that and show me every dance bag you carry',
        es: 'mejor borra todo eso y muéstrame todas las bolsas de danza que manejan',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Dance Bags' }),
          shownSome({ handles: [D.garmentBag] }),
          shownSome({ handles: [D.duffel] }),
        ],
      },
      {
        en: 'out of those, which is the bargain one?',
        es: '¿y de todas, cuál es la más baratita?',
        covers: 'superlative over price',
        checks: [best(D.meshBag, 'mesh|\\b12\\b|\\bred\\b', 'garment|backpack|duffel|mochila|maleta')],
      },
      {
        en: 'and which has the most room inside?',
        es: '¿y cuál tiene más espacio por dentro?',
        covers: 'superlative over a numeric attribute (capacity in litres in the description)',
        checks: [best(D.garmentBag, 'garment|\\b45\\b|portatraje', 'backpack|duffel|mesh|mochila')],
      },
      {
        en: 'different question. which of your shoes come in a size seven?',
        es: 'otra cosa. ¿qué zapatos tienen en talla siete?',
        covers: 'category search by an option value (Size "7")',
        checks: [shown({ option: { name: 'Size', values: ['7'] } })],
      },
      {
        en: 'put the one in second place in my cart',
        es: 'ponme en el carrito el que quedó en segundo lugar',
        covers: 'ordinal reference to the list shown ("the second one") keeps the size asked in the search',
        checks: [addedShownAt(2, { Size: '7' })],
      },
      {
        en: 'my friend from the musical needs character shoes, an eight',
        es: 'mi amiga del musical necesita zapatos de carácter, del ocho',
        covers: 'sold-out variant (Size "8") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(7|9|seven|nine|siete|nueve)\\b')],
      },
      {
        en: 'she says a nine works, she can add an insole',
        es: 'dice que el nueve le queda, le pone una plantilla',
        covers: 'option value by catalog name after a refusal (Size "9")',
        checks: [adds(line(D.character, { Size: '9' }, 1))],
      },
      {
        en: 'what heel height do those have?',
        es: '¿de qué altura es el tacón de esos?',
        covers: 'spec question answered from the product text (1.5 in heel)',
        checks: [
          says('1[.,]5|one and a half|an inch and a half|pulgada y media|uno y medio|1 ½'),
          says('character|heel|tac[oó]n|car[aá]cter|shoe|zapato'),
          shownOnly(D.character),
        ],
      },
      {
        en: 'could she have them resoled when the suede wears through?',
        es: '¿se les puede cambiar la suela cuando se gaste el gamuza?',
        covers: "spec question not in the text: don't know (resoling)",
        checks: [says(DONT_KNOW), says('character|shoe|zapato|car[aá]cter'), shownOnly(D.character)],
      },
      {
        en: "I'm turning the garage into a little studio. the six and a half foot marley roll in black",
        es: 'estoy convirtiendo la cochera en un estudio chiquito. el rollo de marley de seis pies y medio en negro',
        covers:
          'sold-out decimal size ("six and a half foot" → Length "6.5 ft") + Color "Black" refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('gray|grey|gris|\\b13\\b|thirteen|trece')],
      },
      {
        en: 'gray is fine, keep it the short roll',
        es: 'gris está bien, que sea el rollo corto',
        covers:
          'option value by catalog name after a refusal keeps the decimal length (Color "Gray", Length "6.5 ft")',
        checks: [adds(line(D.marley, { Length: '6.5 ft', Color: 'Gray' }, 1))],
      },
      {
        en: 'can my tap kids practice on it too?',
        es: '¿mis alumnos de tap también pueden practicar encima?',
        covers: 'spec question whose answer in the text is no (tap shoes scratch and dent marley)',
        checks: [
          says(NO),
          says('marley|floor|tap|piso|suelo|vinyl|vinil|scratch|ray'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(D.marley),
        ],
      },
      {
        en: "the teacher said there's a bendier Etoile coming. can I get it yet?",
        es: 'la maestra dijo que viene una Etoile más flexible. ¿ya la puedo comprar?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Pointe Shoes', notHandles: [D.draftPointe] }),
          saysNot('\\bflex\\b|2027|preview|\\b119\\b'),
        ],
      },
      {
        en: 'three stretch bands, the medium ones',
        es: 'tres ligas de estiramiento, de las medianas',
        covers: 'quantity + option value by catalog name (Resistance "Medium")',
        checks: [adds(line(D.band, { Resistance: 'Medium' }, 3))],
      },
      {
        en: "I'm tall for a dancer. which of your barres goes up the highest?",
        es: 'soy alta para ser bailarina. ¿cuál de sus barras se puede poner más alta?',
        covers: 'superlative over a numeric attribute (barre height in the description)',
        checks: [best(D.freeBarre, 'freestanding|double|\\b44\\b|de pie|doble', 'wall|pared')],
      },
      {
        en: 'does the recital makeup kit have mascara in it?',
        es: '¿el kit de maquillaje para el festival trae rímel?',
        covers: 'spec question whose answer in the text is no (mascara not included)',
        checks: [
          says(NO),
          says('makeup|mascara|maquillaje|r[ií]mel|kit'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(D.makeup),
        ],
      },
      {
        en: 'list my cart back to me with what each thing costs',
        es: 'repásame lo que llevo con los precios',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('character|marley|band|floor|zapato|car[aá]cter|piso|liga|rollo')],
      },
      {
        en: "take the marley out, it won't fit in my hatchback",
        es: 'quita el marley, no me cabe en el carro',
        covers: 'remove an item',
        checks: [removes(line(D.marley))],
      },
      {
        en: "zero it all out, I'll come back after payday",
        es: 'déjalo todo en cero, vuelvo cuando cobre la quincena',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'd rather talk pointe fitting with an actual human. is someone around?",
        es: 'prefiero hablar de cómo deben quedar las puntas con una persona de verdad. ¿hay alguien?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: worn pointe shoes, barre freight, a barre to Canada, small-order shipping, a barre left outdoors, ribbon sewing, Diners Club, payments, Mexico, a dressing-room fitting',
    steps: [
      {
        en: 'she wore the Etoiles to two classes and her toes are black and blue. can we return them?',
        es: 'se puso las Etoile en dos clases y tiene los dedos morados. ¿las podemos devolver?',
        covers: 'policy question answered from the policy text (worn pointe shoes cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "what's the delivery charge on a barre?",
        es: '¿cuánto me cobráis por traerme una barra?',
        covers: 'policy question answered from the policy text (barres by freight for $45)',
        checks: [saysNot(IDK), says('\\b45\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'my sister runs a little studio in Winnipeg. can you send her a freestanding barre?',
        es: 'mi hermana tiene una academia pequeña en Winnipeg. ¿le podéis mandar una barra de pie?',
        covers: 'policy question answered from the policy text (barres cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: "if all I get is a bun kit and some toe tape, what's postage?",
        es: 'si solo me llevo un kit de moño y un poco de esparadrapo, ¿cuánto son los portes?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('5[.,]95'), notCalled('search_products')],
      },
      {
        en: 'we kept our barre out on the patio all summer and now the legs are bent. is that covered?',
        es: 'tuvimos la barra en el patio todo el verano y ahora tiene las patas dobladas. ¿lo cubre la garantía?',
        covers: 'policy question answered from the policy text (barres kept outdoors are not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'can you sew the ribbons on for us, and how much is that?',
        es: '¿nos podéis coser vosotros las cintas? ¿cuánto sale?',
        covers: 'policy question answered from the policy text (ribbon sewing for $15 a pair)',
        checks: [saysNot(IDK), says('\\b15\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'my only card is a Diners Club. is that any good here?',
        es: '¿admitís la tarjeta Diners Club?',
        covers: 'policy question answered from the policy text (a card the store does not take)',
        checks: [saysNot(IDK), says(NO), says('diners'), saysNot(NOT_YES), notCalled('search_products')],
      },
      {
        en: 'is there a way to split a barre into smaller payments?',
        es: '¿hay forma de pagar una barra poco a poco?',
        covers:
          'policy question answered from the policy text (Klarna in four payments on orders of $200 or more)',
        checks: [
          saysNot(IDK),
          says('klarna|four|install|plazo|cuota|cuatro'),
          says('\\b200\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'my cousin dances in Guadalajara. could you post her some tights?',
        es: 'mi prima baila en Guadalajara, en México. ¿le podéis mandar unas medias?',
        covers: 'policy question answered from the policy text (no shipping outside the US and Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('mexico|méxico|guadalajara|other countr|otros pa[ií]ses|united states|estados unidos|canad'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'can we book a pointe fitting with someone at your shop before buying?',
        es: '¿podemos pedir cita para que alguien de la tienda le pruebe las puntas antes de comprar?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
