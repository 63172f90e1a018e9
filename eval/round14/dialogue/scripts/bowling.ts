/**
 * Ten-pin bowling (reactive, urethane, plastic spare and youth balls, shoes and slide soles, ball
 * bags and rollers, thumb inserts, grips and tape, rosin, wrist supports and gloves, ball care,
 * shirts and towels, a kids' ramp and small accessories), EN and ES shoppers on the English-only
 * catalog. Frozen: written before this round's tuning; never edit expectations.
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
import { B } from './bowling.handles.ts';
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but..."): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [bowlingEn, bowlingEs] = scripts('bowling', [
  {
    title:
      'a first ball and shoes for league night: balls under 200, usual adult weight, sold-out weight, weight after refusal, sold undrilled, comparison, price, unknown core shape, spare balls under 100, sold-out weight + colour family, colour family after refusal keeps weight, no hook, women shoe size from text, sold-out decimal size, size after refusal keeps fit, both hands, several items in fractions, games per bottle, no polish in league, sold-out wrist support by hand, size after refusal keeps hand, read-back, remove, save for later',
    steps: [
      {
        en: 'my coworkers roped me into their Thursday league and the house balls are all chipped. what bowling balls do you have for less than two hundred?',
        es: 'mis compañeros del curro me han metido en su liga de los jueves y las bolas de la bolera están todas desconchadas. ¿qué bolas tenéis por menos de doscientos?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Bowling Balls', maxPrice: 200 }), shownSome({ handles: [B.surge] })],
      },
      {
        en: "I'm a grown man of average build. what weight do people like me normally throw with the Surge?",
        es: 'soy un adulto de complexión normal. ¿qué peso suele usar alguien como yo con la Surge?',
        covers: 'spec question answered from the product text (the usual adult weight is 14 or 15 lb)',
        checks: [
          says('\\b(14|15)\\b|fourteen|fifteen|catorce|quince'),
          says('surge|lb|pound|libra|weight|peso'),
          saysNot(IDK),
          shownOnly(B.surge),
        ],
      },
      {
        en: 'the Surge at fifteen pounds then',
        es: 'pues la Surge de quince libras',
        covers: 'sold-out variant (Weight "15 lb") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(14|16)\\b|fourteen|sixteen|catorce|dieciseis')],
      },
      {
        en: "a pound lighter won't kill me, the fourteen",
        es: 'una libra menos no me va a matar, la de catorce',
        covers: 'option value by catalog name after a refusal (Weight "14 lb")',
        checks: [adds(line(B.surge, { Weight: '14 lb' }, 1))],
      },
      {
        en: 'can I roll it at the lanes the day it arrives?',
        es: '¿la puedo tirar en la bolera el mismo día que me llegue?',
        covers: 'spec question whose answer in the text is no (sold undrilled; it has to be drilled first)',
        checks: [
          says(`${NO}|undrilled|drill|taladr|perfor|agujer`),
          says('surge|drill|hole|taladr|perfor|agujer'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'our captain throws a Urethane Control. how does that compare with the Surge?',
        es: 'nuestro capitán tira con una Urethane Control. ¿cómo se compara con la Surge?',
        covers: 'comparison of two named products',
        checks: [says('urethane'), says('surge'), shownOnly(B.surge, B.urethane)],
      },
      {
        en: "and the Hybrid, what's the damage on that one?",
        es: 'y la Hybrid, ¿cuánto sale?',
        covers: "price in the store's currency",
        checks: [says('\\b219\\b'), says('hybrid'), ...usd],
      },
      {
        en: 'is the core inside the Hybrid symmetric or asymmetric?',
        es: '¿el núcleo de la Hybrid es simétrico o asimétrico?',
        covers: "spec question not in the text: don't know (the core's shape)",
        checks: [says(DONT_KNOW), says('hybrid'), shownOnly(B.hybrid), notCalled('add_to_cart')],
      },
      {
        en: 'I keep missing the ten pin. is there a ball that just goes dead straight, for under a hundred?',
        es: 'siempre fallo el bolo diez. ¿hay alguna bola que vaya recta sin más, por menos de cien?',
        covers: 'category search with a price bound by a use from the product text (straight for spares)',
        checks: [shown({ type: 'Bowling Balls', maxPrice: 100 }), shownSome({ handles: [B.spareBall] })],
      },
      {
        en: 'the spare ball, fourteen pounds, in the red',
        es: 'la bola de semiplenos, de catorce libras, en rojo',
        covers:
          'sold-out variant by colour family (Weight "14 lb" + Color "Ruby", said as red) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('cobalt|smoke|blue|azul|humo|\\b(10|12|15)\\b')],
      },
      {
        en: 'make it the blue one, still fourteen',
        es: 'que sea la azul, sigue siendo de catorce',
        covers: 'colour family after a refusal keeps the weight (blue → Color "Cobalt", Weight "14 lb")',
        checks: [adds(line(B.spareBall, { Weight: '14 lb', Color: 'Cobalt' }, 1))],
      },
      {
        en: 'will that spare ball curve at all on a dry lane?',
        es: '¿esa bola de semiplenos hace algo de curva en una pista seca?',
        covers: 'spec question whose answer in the text is no (it rolls straight and ignores the oil)',
        checks: [
          says(`${NO}|straight|recta|recto`),
          says('spare|plastic|straight|polyester|oil|semipleno|plastico|poliester|aceite|recta'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.spareBall),
        ],
      },
      {
        en: 'my wife is joining too. she wears a nine and a half street shoe, so what size Classic shoe should she get?',
        es: 'mi mujer también se apunta. calza un nueve y medio de calle, ¿qué talla de Classic le pido?',
        covers: 'spec question answered from the product text (women one size down → 8.5)',
        checks: [
          says('8[.,]5|eight and a half|ocho y medio|one size down|una talla menos'),
          says('classic|size|talla|women|mujer'),
          saysNot(IDK),
          shownOnly(B.classicShoes),
        ],
      },
      {
        en: "perfect, the women's Classic in eight and a half",
        es: 'perfecto, las Classic de mujer en ocho y medio',
        covers:
          'sold-out decimal size ("eight and a half" → Size "8.5", Fit "Women\'s") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(8|9)\\b|eight|nine|ocho|nueve')],
      },
      {
        en: "she'll take the nine with thicker socks",
        es: 'se queda con la nueve y unos calcetines gordos',
        covers: 'option value by catalog name after a refusal keeps the fit (Fit "Women\'s", Size "9")',
        checks: [adds(line(B.classicShoes, { Fit: "Women's", Size: '9' }, 1))],
      },
      {
        en: "she's a lefty. will those shoes still work for her?",
        es: 'es zurda. ¿esas zapatillas le valen igual?',
        covers:
          'spec question answered yes from the product text (slide soles on both feet, for either hand)',
        checks: [
          says('both|either|left|alike|ambos|los dos|zurd|izquierd'),
          says('classic|shoe|sole|zapat|suela'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(B.classicShoes),
        ],
      },
      {
        en: "throw in two rolls of bowler's tape in three quarter inch and the eight ounce ball cleaner",
        es: 'añade dos rollos de cinta de tres cuartos de pulgada y el limpiador de bolas de ocho onzas',
        covers:
          'several items in one request; quantity + option values in words (Width "3/4 in", Size "8 oz")',
        checks: [adds(line(B.tape, { Width: '3/4 in' }, 2), line(B.cleaner, { Size: '8 oz' }, 1))],
      },
      {
        en: 'about how many games will one bottle of that cleaner get me through?',
        es: '¿para cuántas partidas me da más o menos un bote de ese limpiador?',
        covers: 'spec question answered from the product text (about 60 games per 8 oz bottle)',
        checks: [says('\\b60\\b|sixty|sesenta'), says('clean|limpi|game|partida'), shownOnly(B.cleaner)],
      },
      {
        en: 'could I shine the ball with the Oilpath polish between frames on league night?',
        es: '¿puedo sacarle brillo a la bola con el pulimento Oilpath entre tirada y tirada en la liga?',
        covers:
          'spec question whose answer in the text is no (polish not allowed during sanctioned competition)',
        checks: [
          says(NO),
          says('polish|competition|league|pulim|competici|liga|session|sesion'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.polish),
        ],
      },
      {
        en: 'my wrist flops on the release. a wrist support for my bowling hand, I throw righty, medium',
        es: 'la muñeca se me dobla al soltar. una muñequera para la mano con la que tiro, soy diestro, talla mediana',
        covers:
          'sold-out variant (Hand "Right", said as the bowling hand of a right-hander, + Size "M") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('small|large|left|chic|grande|pequen|izquierd|\\bS\\b|\\bL\\b'),
        ],
      },
      {
        en: 'go up to a large on the same hand',
        es: 'súbeme a la grande, misma mano',
        covers: 'option value by catalog name after a refusal keeps the hand (Hand "Right", Size "L")',
        checks: [adds(line(B.wristSupport, { Hand: 'Right', Size: 'L' }, 1))],
      },
      {
        en: "let's hear the whole cart and the total",
        es: 'a ver, cántame todo el carrito y el total',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('surge|spare|classic|tape|cleaner|wrist|semipleno|zapat|cinta|limpiador|muñequera|munequera'),
        ],
      },
      {
        en: 'drop the tape, the pro shop guy gave me some',
        es: 'quita la cinta, el de la tienda de la bolera me regaló un poco',
        covers: 'remove an item',
        checks: [removes(line(B.tape))],
      },
      {
        en: "and shelve the cleaner for later, I'll see if the alley sells it",
        es: 'y el limpiador déjamelo para más adelante, a ver si lo venden en la bolera',
        covers: 'save for later',
        checks: [saved(B.cleaner), keeps(B.cleaner)],
      },
    ],
  },
  {
    title:
      'a roller bag and checkout: bags under 150, big shoes fit, sold-out colour, colour after refusal, too tall for the overhead bin, add-on for other brands, add by short name, spinner price, sold-out fraction, fraction after refusal with quantity, adhesive not included, promos, expired code, code, checkout, no, drilling by mail, order, status, cancel',
    steps: [
      {
        en: 'lugging my ball across the parking lot is killing my shoulder. any bowling bags below a hundred and fifty?',
        es: 'cargar la bola por todo el estacionamiento me está matando el hombro. ¿tienen maletas de boliche de menos de ciento cincuenta?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Bowling Bags', maxPrice: 150 }), shownSome({ handles: [B.doubleRoller] })],
      },
      {
        en: 'my shoes are a size fourteen. would the Double Roller hold them?',
        es: 'calzo del catorce. ¿en la Double Roller me caben los zapatos?',
        covers: 'spec question answered yes from the product text (shoes up to size 15)',
        checks: [
          says('\\b15\\b|fifteen|quince'),
          says('double|roller|shoe|zapat'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(B.doubleRoller),
        ],
      },
      {
        en: 'the Double Roller in teal, please',
        es: 'la Double Roller en color teal, porfa',
        covers: 'sold-out variant (Color "Teal") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('charcoal|oxblood')],
      },
      {
        en: 'go with the oxblood color instead',
        es: 'va, la oxblood',
        covers: 'option value by catalog name after a refusal (Color "Oxblood")',
        checks: [adds(line(B.doubleRoller, { Color: 'Oxblood' }, 1))],
      },
      {
        en: 'for tournaments I fly a lot. could the Triple Roller go in the overhead bin?',
        es: 'para los torneos viajo mucho en avión. ¿la Triple Roller cabe en el compartimento de arriba?',
        covers: 'spec question whose answer in the text is no (too tall for most overhead bins)',
        checks: [
          says(`${NO}|too tall|demasiado alta`),
          says('triple|overhead|bin|compartimento|cabina|tall|alta'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.tripleRoller),
        ],
      },
      {
        en: 'my buddy has some no-name roller. would your add-on bag zip onto his?',
        es: 'mi cuate tiene una maleta de rodillos sin marca. ¿su bolsa adicional se le puede poner a la de él?',
        covers: 'spec question whose answer in the text is no (fits Lanecraft rollers only)',
        checks: [
          says(`${NO}|only|solo|lanecraft`),
          says('add.on|lanecraft|brand|marca|adicional'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.addOnBag),
        ],
      },
      {
        en: "fine, it's for me anyway. add the add-on bag",
        es: 'bueno, de todos modos es para mí. agrégame la bolsa adicional',
        covers: 'add by short name (Lanecraft Spare Ball Add-On Bag)',
        checks: [adds(line(B.addOnBag, undefined, 1))],
      },
      {
        en: 'how much is that ball spinner machine?',
        es: '¿y cuánto cuesta la máquina para girar bolas?',
        covers: "price in the store's currency",
        checks: [says('\\b349\\b'), says('spinner|maquina|machine'), ...usd],
      },
      {
        en: 'my thumb hole feels loose lately. thumb inserts, seven eighths of an inch',
        es: 'últimamente el agujero del pulgar me queda flojo. insertos de pulgar de siete octavos de pulgada',
        covers:
          'sold-out fraction size ("seven eighths of an inch" → Size "7/8 in") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('13/16|15/16|\\b1 in|one inch|thirteen|fifteen|trece|quince|una pulgada'),
        ],
      },
      {
        en: 'two packs of the fifteen sixteenths then, a tad bigger is ok',
        es: 'entonces dos paquetes de los de quince dieciseisavos, tantito más grandes no importa',
        covers: 'quantity + option value by catalog name after a refusal (Size "15/16 in", 2)',
        checks: [adds(line(B.thumbInserts, { Size: '15/16 in' }, 2))],
      },
      {
        en: 'is the glue in the pack, or do I need to buy that too?',
        es: '¿el pegamento viene en el paquete o también lo tengo que comprar?',
        covers: 'spec question whose answer in the text is no (adhesive not included)',
        checks: [
          says(`${NO}|separately|por separado|aparte|not included|no incluid`),
          says('adhesive|glue|insert|pegamento|adhesivo|inserto'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.thumbInserts),
        ],
      },
      {
        en: 'is there a coupon I can punch in today?',
        es: '¿traen alguna promoción con código estos días?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('strike ?one ?10'),
          says('turkey ?25'),
          saysNot('summer ?league ?20'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'the flyer at my alley said SUMMERLEAGUE20',
        es: 'en el volante del boliche decía SUMMERLEAGUE20',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: "ok, let's use STRIKEONE10 then",
        es: 'órale, pues métele el STRIKEONE10',
        covers: 'apply a promo code',
        checks: [promo('STRIKEONE10')],
      },
      {
        en: "that's everything for now. check me out",
        es: 'eso es todo por ahora. cóbrame',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal, says('roller|bag|insert|maleta|bolsa|inserto')],
      },
      {
        en: "whoa, don't submit it, I have a question first",
        es: 'órale, no lo mandes todavía, primero tengo una duda',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "I live three hours from Wichita. can your pro shop drill a ball if I mail it, and what's the charge?",
        es: 'vivo a tres horas de Wichita. ¿su taller puede perforarme una bola si se la mando por correo, y cuánto cobran?',
        covers:
          'policy question answered from the policy text (drilling by mail with a hand measurement form, $40 a ball)',
        checks: [saysNot(IDK), says('\\b40\\b|forty|cuarenta'), notCalled('search_products')],
      },
      {
        en: 'good to know. go ahead, ship it to Omaha',
        es: 'qué bueno saberlo. sígale, mándalo a Omaha',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: "yep, that's right, place the order",
        es: 'simón, todo cuadra, ya confírmalo',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'where is my bag order at right now?',
        es: '¿en qué estado anda lo que pedí de la maleta?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'turns out my brother-in-law had a spare roller in his garage, so that purchase needs to be canceled',
        es: 'resulta que mi cuñado me pasó su maleta de rodillos de antes. ya no necesito lo que pedí, quiero cancelarlo',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "I'm certain, cancel every bit of it",
        es: 'sí, sin duda, dale de baja a todo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: ball care under 50, no shine, overnight only, start over, cheapest ball care, lightest bag, sold-out youth ball by age + colour family, colour family after refusal keeps weight, predrilled, ramp age, sold-out shoe hand + size, size after refusal keeps hand, slide foot, slide sole in words, oxblood, ordinal, draft, urethane on dry lanes, several items, no rosin on the ball, read-back, remove, empty, human',
    steps: [
      {
        en: 'my ball is soaked with lane oil. what ball care stuff do you sell for under fifty?',
        es: 'tengo la bola empapada de aceite de la pista. ¿qué productos de cuidado de bolas vendéis por menos de cincuenta?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Ball Care', maxPrice: 50 }), shownSome({ handles: [B.cleaner] })],
      },
      {
        en: "I don't want anything that makes it shinier",
        es: 'no quiero nada que la deje más brillante',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Ball Care', maxPrice: 50, notHandles: [B.polish] })],
      },
      {
        en: 'only the thing that pulls the oil out while I sleep',
        es: 'solo lo que saca el aceite mientras duermo',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Ball Care', maxPrice: 50, handles: [B.extractor] })],
      },
      {
        en: 'scratch all that and show me every ball care product',
        es: 'olvida todo eso y enséñame todos los productos de cuidado de bolas',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Ball Care' }),
          shownSome({ handles: [B.spinner] }),
          shownSome({ handles: [B.cleaner] }),
        ],
      },
      {
        en: 'what is the lowest-priced item in there?',
        es: '¿y cuál de ellos tiene el precio más bajo?',
        covers: 'superlative over price',
        checks: [
          best(B.shammy, 'shammy|\\b8\\b', 'cleaner|polish|pads|spinner|extractor|\\b9\\b|\\b12\\b|\\b15\\b'),
        ],
      },
      {
        en: 'different question: which of your bowling bags is the lightest empty?',
        es: 'otra pregunta: ¿cuál de vuestras bolsas de bolos pesa menos vacía?',
        covers: 'superlative over a numeric attribute (empty weight in the description)',
        checks: [best(B.tote, 'tote|single|2[.,]6', 'double|triple|9[.,]8|13[.,]9')],
      },
      {
        en: "my son just turned nine. a youth ball that's right for his age, in lime green",
        es: 'mi hijo acaba de cumplir nueve. una bola infantil adecuada para su edad, en verde lima',
        covers:
          'sold-out variant (Weight "8 lb", chosen by age from the text, + Color "Lime Fizz", said as lime green) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('bubblegum|pink|rosa|\\b(6|10)\\b|six|ten|seis|diez')],
      },
      {
        en: "pink's fine by him, same weight",
        es: 'el rosa le vale, mismo peso',
        covers: 'colour family after a refusal keeps the weight (pink → Color "Bubblegum", Weight "8 lb")',
        checks: [adds(line(B.youthBall, { Weight: '8 lb', Color: 'Bubblegum' }, 1))],
      },
      {
        en: 'will I have to get holes drilled in it at a pro shop?',
        es: '¿tendré que llevarla a un taller para que le hagan los agujeros?',
        covers: 'spec question whose answer in the text is no (the youth ball is predrilled)',
        checks: [
          says(`${NO}|predrilled|already|ya viene|taladrad|perforad`),
          says('youth|drill|hole|infantil|agujer|taladr|perfor'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.youthBall),
        ],
      },
      {
        en: 'his sister is three. is she old enough to use the bowling ramp?',
        es: 'su hermana tiene tres años. ¿tiene edad para usar la rampa?',
        covers: 'spec question answered yes from the product text (children from age 3)',
        checks: [
          says('\\b3\\b|three|tres'),
          says('ramp|rampa|age|edad'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(B.ramp),
        ],
      },
      {
        en: 'for me, the Performance shoes for a right-hander in a size ten',
        es: 'para mí, las Performance para diestro en talla diez',
        covers:
          'sold-out variant (Hand "Right" + Size "10") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(9|11)\\b|nine|eleven|nueve|once|left|zurd|izquierd')],
      },
      {
        en: 'they run big anyway, so the nine, right-handed',
        es: 'total, tallan grande, así que la nueve, para diestro',
        covers: 'option value by catalog name after a refusal keeps the hand (Hand "Right", Size "9")',
        checks: [adds(line(B.performanceShoes, { Hand: 'Right', Size: '9' }, 1))],
      },
      {
        en: 'on my pair, which foot gets the slide sole?',
        es: 'en mi par, ¿en qué pie va la suela deslizante?',
        covers: 'spec question answered from the product text (the left foot for right-handed bowlers)',
        checks: [
          says('left|izquierd'),
          says('foot|sole|pie|suela'),
          saysNot(IDK),
          shownOnly(B.performanceShoes),
        ],
      },
      {
        en: 'the approach at my center is sticky. a spare slide sole, the one that slides the most',
        es: 'la zona de carrerilla de mi bolera es pegajosa. una suela de repuesto, la que más desliza',
        covers: 'option value by catalog name said in words ("the one that slides the most" → Slide "S10")',
        checks: [adds(line(B.slideSole, { Slide: 'S10' }, 1))],
      },
      {
        en: 'switching gears. what comes in oxblood?',
        es: 'cambio de tema. ¿qué tenéis en color oxblood?',
        covers: 'category search by an option value (Color "Oxblood")',
        checks: [shown({ option: { name: 'Color', values: ['Oxblood'] } })],
      },
      {
        en: 'the third thing you named, I want that one',
        es: 'échame al carrito el tercero de esa lista',
        covers: 'ordinal reference to the list shown ("the third one") keeps the colour asked in the search',
        checks: [addedShownAt(3, { Color: 'Oxblood' })],
      },
      {
        en: 'a guy on my team says a Surge 2 is about to drop. can I preorder it here?',
        es: 'uno de mi equipo dice que está a punto de salir una Surge 2. ¿la puedo reservar aquí?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Bowling Balls', notHandles: [B.draftSurge2] }),
          saysNot('2027|preview|\\b239\\b'),
        ],
      },
      {
        en: 'our house has bone-dry lanes on Sundays. why would the Urethane Control suit that?',
        es: 'los domingos las pistas de mi bolera están secas del todo. ¿por qué le iría bien la Urethane Control?',
        covers: 'spec question answered from the product text (hooks less and reads the lane early)',
        checks: [
          says('less|early|dry|short|control|menos|antes|seca|corto'),
          says('urethane'),
          saysNot(IDK),
          shownOnly(B.urethane),
        ],
      },
      {
        en: 'add two rosin bags plus a league towel in charcoal',
        es: 'añade dos bolsas de resina y una toalla de liga en charcoal',
        covers:
          'several items in one request; quantity + option value by catalog name (2 rosin bags, Color "Charcoal")',
        checks: [adds(line(B.rosin, undefined, 2), line(B.towel, { Color: 'Charcoal' }, 1))],
      },
      {
        en: 'my hands get clammy. is it ok to dust the rosin straight onto the ball?',
        es: 'me sudan las manos. ¿vale echar la resina directamente sobre la bola?',
        covers: 'spec question whose answer in the text is no (pat the hand, never the ball)',
        checks: [
          says(NO),
          says('rosin|hand|ball|resina|mano|bola'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.rosin),
        ],
      },
      {
        en: 'recap my cart items and the running total',
        es: 'dime una por una las cosas del carrito y cuánto suman',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('youth|performance|slide|rosin|towel|infantil|suela|resina|toalla|oxblood')],
      },
      {
        en: 'take the towel off, we get free ones at the league banquet',
        es: 'quita la toalla, en la cena de la liga las regalan',
        covers: 'remove an item',
        checks: [removes(line(B.towel))],
      },
      {
        en: 'actually empty everything, my wife wants us to shop together',
        es: 'mira, vacía todo, que mi mujer quiere que lo miremos juntos',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'is there a real person who can help me fit my son for a ball?',
        es: '¿hay alguna persona de verdad que me ayude a elegir la bola para mi hijo?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      "store policies: a drilled ball, shoes worn at the alley, shipping a ball spinner, a spinner to Canada, plugging and redrilling, a crack at another shop's thumb hole, PayPal, Klarna, Colombia, a small order's shipping, shoe warranty, a lane booking",
    steps: [
      {
        en: 'I had the ball drilled last week and I hate how it feels. can I return it?',
        es: 'me perforaron la bola la semana pasada y no me gusta cómo se siente. ¿la puedo devolver?',
        covers: 'policy question answered from the policy text (drilled balls cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'after three games at the alley my new shoes are crushing my toes. will you take them back?',
        es: 'jugué tres líneas con mis zapatos nuevos y me aprietan. ¿los puedo regresar?',
        covers:
          'policy question answered from the policy text (shoes worn on an approach cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('add_to_cart')],
      },
      {
        en: "what's the shipping charge on a ball spinner?",
        es: '¿cuánto me cobran de envío por una máquina para girar bolas?',
        covers: 'policy question answered from the policy text (spinners by ground for $25)',
        checks: [saysNot(IDK), says('\\b25\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'my league is in Winnipeg. can you send a spinner across the border?',
        es: 'mi liga es en Winnipeg, en Canadá. ¿me pueden mandar una máquina de esas hasta allá?',
        covers: 'policy question answered from the policy text (spinners cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'how much to plug my old ball and redrill it?',
        es: '¿cuánto cuesta tapar los agujeros de mi bola vieja y volverla a perforar?',
        covers: 'policy question answered from the policy text (plug and redrill for $55)',
        checks: [saysNot(IDK), says('\\b55\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'my ball cracked by the thumb hole, but another shop drilled it. does your warranty cover it?',
        es: 'mi bola se rajó junto al agujero del pulgar, pero la perforó otro taller. ¿la cubre su garantía?',
        covers:
          "policy question answered from the policy text (a crack at another shop's thumb hole is not covered)",
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'I only pay with PayPal. is that an option?',
        es: 'yo solo pago con PayPal. ¿se puede?',
        covers: 'policy question answered from the policy text (a payment method the store does not take)',
        checks: [saysNot(IDK), says(NO), says('paypal'), saysNot(NOT_YES), notCalled('search_products')],
      },
      {
        en: 'do you let people spread the cost over several payments?',
        es: '¿puedo dividir el pago en varias partes?',
        covers:
          'policy question answered from the policy text (Klarna in four payments on orders of $120 or more)',
        checks: [
          saysNot(IDK),
          says('klarna|four|install|cuatro|plazo|cuota|pagos'),
          says('\\b120\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: "I'm moving to Medellin for work. would you ship bowling gear to Colombia?",
        es: 'me mudo a Medellín por trabajo. ¿mandan cosas de boliche a Colombia?',
        covers: 'policy question answered from the policy text (no shipping outside the US and Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('colombia|other countr|otros pa[ií]ses|united states|estados unidos|canad'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'if I just buy a forty dollar tote, do I pay for shipping?',
        es: 'si nomás compro una bolsa de cuarenta dólares, ¿pago el envío?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('9[.,]50|\\b89\\b'), notCalled('search_products')],
      },
      {
        en: 'the sole is peeling off my shoes after a month. how long is the shoe warranty?',
        es: 'a mis zapatos se les está despegando la suela al mes. ¿cuánto dura la garantía de los zapatos?',
        covers: 'policy question answered from the policy text (shoes carry a 90-day warranty)',
        checks: [saysNot(IDK), says('\\b90\\b|ninety|noventa'), notCalled('add_to_cart')],
      },
      {
        en: 'can I reserve a lane for my birthday party through you?',
        es: '¿puedo reservar con ustedes una pista para mi fiesta de cumpleaños?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
