/**
 * Tennis & pickleball (tennis racquets, junior racquets, pickleball paddles, strings, grips and
 * dampeners, tennis balls and pickleballs, ball machine and court equipment, court shoes, apparel,
 * bags), EN and ES shoppers on the English-only catalog. Frozen: written before this round's
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
  shownSome,
  unchanged,
  usd,
} from '../../../dialogue/bilingual.ts';
import { IDK, keeps, NO, NOT_NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';
import { T } from './tennis.handles.ts';

/** A yes-answer that may go on to name a limit ("approved, but..."): no opening "No". */
const OPENS_NO = '^\\W*no\\b';
/** The products of the racquet conversation, for its read-back. */
const RACQUET_CART =
  'vector|featherlite|pulse|overgrip|dampener|championship|racquet|string|grip|balls|raqueta|cordaje|pelota';

export const [tennisEn, tennisEs] = scripts('tennis', [
  {
    title:
      'back to tennis: racquets under 200, head size, sold-out grip + strung, grip in words, string pattern, comparison, price, no cover, unknown factory, strings under 20, poly and a sore elbow, sold-out gauge, thinner gauge, restringing, lightest racquet, sold-out grip, grip after refusal, pre-strung, sold-out overgrip colour, quantity, dampeners and the elbow, several items + colour family, save for later, balls quantity, flat balls, total, remove',
    steps: [
      {
        en: "I'm getting back on the court after about ten years off, mostly club doubles. what racquets have you got for under two hundred?",
        es: 'vuelvo a jugar después de unos diez años parado, sobre todo dobles en el club. ¿qué raquetas tenéis por menos de doscientos?',
        covers: 'category search with a price bound by a use from the product text (club level)',
        checks: [
          shown({ type: 'Tennis Racquets', maxPrice: 200 }),
          shownSome({ handles: [T.vector] }),
          neverShown(T.draftRacquet),
        ],
      },
      {
        en: "how big is the head on the Vector? I'm used to something pretty forgiving",
        es: '¿de qué tamaño es el cabezal de la Vector? estoy acostumbrado a algo que perdone bastante',
        covers: 'spec question answered from the product text (head size)',
        checks: [says('\\b100\\b'), says('vector'), saysNot(IDK), shownOnly(T.vector)],
      },
      {
        en: 'ok, put me down for the Vector strung, four and a quarter grip',
        es: 'vale, apúntame la Vector encordada, con grip de cuatro y cuarto',
        covers:
          'sold-out variant (Grip Size "4 1/4" + Strung "Strung") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('unstrung|sin encordar|4 1/8|4 3/8|eighth|octavo')],
      },
      {
        en: "I'll string it myself then. the unstrung one, still four and a quarter",
        es: 'pues ya la encordaré yo. la que viene sin encordar, también de cuatro y cuarto',
        covers:
          'decimal size in words ("four and a quarter" → Grip Size "4 1/4") after a refusal, Strung "Unstrung"',
        checks: [adds(line(T.vector, { 'Grip Size': '4 1/4', Strung: 'Unstrung' }, 1))],
      },
      {
        en: 'what string pattern is that frame?',
        es: '¿qué patrón de cuerdas tiene ese marco?',
        covers: 'spec question answered from the product text (16x19 string pattern)',
        checks: [says('16 ?(x|by|por) ?19'), saysNot(IDK), shownOnly(T.vector)],
      },
      {
        en: "my coach keeps pushing the Apex on me. what's the real difference between it and the Vector?",
        es: 'mi entrenador no para de recomendarme la Apex. ¿en qué se diferencia de verdad de la Vector?',
        covers: 'comparison of two named products',
        checks: [says('apex'), says('vector'), shownOnly(T.vector, T.apex)],
      },
      {
        en: 'and how much would the Apex set me back?',
        es: '¿y cuánto me costaría la Apex?',
        covers: "price in the store's currency",
        checks: [says('\\b229\\b'), says('apex'), ...usd],
      },
      {
        en: 'does the Vector at least come with a cover to carry it in?',
        es: '¿la Vector trae por lo menos una funda para llevarla?',
        covers: 'spec question whose answer in the text is no (cover not included)',
        checks: [says(NO), says('vector'), saysNot(NOT_YES), saysNot(IDK), shownOnly(T.vector)],
      },
      {
        en: 'which factory turns out the Vector frames, do you know?',
        es: '¿sabes en qué fábrica hacen los marcos de la Vector?',
        covers: "spec question not in the text: don't know (factory)",
        checks: [says(DONT_KNOW), says('vector'), shownOnly(T.vector), notCalled('add_to_cart')],
      },
      {
        en: 'since I bought it bare I need string. what do you carry for less than twenty a set?',
        es: 'como la he comprado sin cuerdas necesito cordaje. ¿qué tenéis por menos de veinte el juego?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Tennis Strings', maxPrice: 20 }), shownSome({ handles: [T.pulse] })],
      },
      {
        en: 'I had a bad bout of tennis elbow a couple of years ago. is the Spinwire a smart pick for me?',
        es: 'hace un par de años tuve una epicondilitis bastante mala. ¿el Spinwire me conviene?',
        covers: 'spec question whose answer in the text is no (polyester not for arm or elbow pain)',
        checks: [says(NO), says('spinwire'), saysNot(NOT_YES), saysNot(IDK), shownOnly(T.spinwire)],
      },
      {
        en: 'fair enough. a set of the Pulse in 1.30 then',
        es: 'entendido. pues un juego del Pulse en 1,30',
        covers:
          'sold-out variant (Gauge "1.30 mm" + Pack "Set") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('1[.,]25|1[.,]35|reel|bobina|rollo')],
      },
      {
        en: 'the thinner gauge will do, just the one set',
        es: 'me vale el calibre más fino, un solo juego',
        covers:
          'option value by catalog name after a refusal ("the thinner gauge" → Gauge "1.25 mm", Pack "Set")',
        checks: [adds(line(T.pulse, { Gauge: '1.25 mm', Pack: 'Set' }, 1))],
      },
      {
        en: 'how many hours of hitting before that stuff needs replacing?',
        es: '¿cuántas horas de juego aguanta ese cordaje antes de cambiarlo?',
        covers: 'spec question answered from the product text (restring every 20 hours)',
        checks: [
          says('\\b20\\b|twenty|veinte'),
          says('pulse|string|cordaje|cuerda|multifilament'),
          shownOnly(T.pulse),
        ],
      },
      {
        en: "my doubles partner's shoulder is shot. which is the lightest adult racquet you make?",
        es: 'mi compañera de dobles tiene el hombro fatal. ¿cuál es la raqueta de adulto más ligera que tenéis?',
        covers: 'superlative over a numeric attribute (strung weight in the description)',
        checks: [best(T.featherlite, 'featherlite|9[.,]6', 'vector|apex')],
      },
      {
        en: 'she plays with a four and three eighths grip',
        es: 'ella juega con grip de cuatro y tres octavos',
        covers: 'sold-out variant (Grip Size "4 3/8") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('4 1/4|4 1/8|quarter|eighth|cuarto|octavo')],
      },
      {
        en: 'she can build it up with an overgrip. go one size down',
        es: 'ya lo engordará con un overgrip. una talla menos',
        covers: 'option value by catalog name after a refusal ("one size down" → Grip Size "4 1/4")',
        checks: [adds(line(T.featherlite, { 'Grip Size': '4 1/4' }, 1))],
      },
      {
        en: 'will that one turn up ready to hit or does it need stringing too?',
        es: '¿esa llega lista para jugar o también hay que encordarla?',
        covers: 'spec question answered yes from the product text (pre-strung at 53 lb)',
        checks: [
          says('pre.?strung|strung|ready|encordada|lista|\\b53\\b'),
          says('featherlite|racquet|raqueta'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(T.featherlite),
        ],
      },
      {
        en: 'speaking of which, one pack of tacky overgrips in lime',
        es: 'hablando de eso, un paquete de overgrips en verde lima',
        covers: 'sold-out variant (Color "Lime") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('white|black|blanco|negro')],
      },
      {
        en: 'make it two packs of white, they show the dirt but whatever',
        es: 'pues dos paquetes en blanco, se ensucian pero me da igual',
        covers: 'quantity + option value by catalog name after a refusal (Color "White")',
        checks: [adds(line(T.overgrip, { Color: 'White' }, 2))],
      },
      {
        en: 'would one of those little dampeners take the sting out for my elbow?',
        es: '¿uno de esos antivibradores pequeños me quitaría el dolor del codo?',
        covers: 'spec question whose answer in the text is no (dampeners change the sound, not the shock)',
        checks: [
          says(NO),
          says('dampener|antivibrador|amortiguador'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(T.dampener),
        ],
      },
      {
        en: 'I like the quiet anyway. throw in the orangey dampeners and a set of the synthetic gut as a spare',
        es: 'me gusta que no suene igualmente. añade los antivibradores anaranjados y un juego de tripa sintética de repuesto',
        covers: 'several items in one request; colour family (orange → Color "Sunburst")',
        checks: [adds(line(T.dampener, { Color: 'Sunburst' }, 1), line(T.synGut, undefined, 1))],
      },
      {
        en: "actually park the spare string for later, I'll see how the Pulse holds up",
        es: 'mejor deja el cordaje de repuesto para más tarde, a ver qué tal aguanta el Pulse',
        covers: 'save for later',
        checks: [saved(T.synGut), keeps(T.synGut)],
      },
      {
        en: 'three cans of the championship balls',
        es: 'tres botes de las pelotas championship',
        covers: 'quantity + option value by catalog name (Pack "3-Ball Can")',
        checks: [adds(line(T.champBalls, { Pack: '3-Ball Can' }, 3))],
      },
      {
        en: 'once I crack a can open, how long before those balls go dead?',
        es: 'una vez abierto el bote, ¿cuánto tardan esas pelotas en quedarse muertas?',
        covers: 'spec question answered from the product text (flat within a few weeks of opening)',
        checks: [
          says('week|semana'),
          says('ball|pelota|championship|pressuri|presuri'),
          shownOnly(T.champBalls),
        ],
      },
      {
        en: 'where does all that leave me money-wise?',
        es: '¿y cómo voy de dinero con todo eso?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says(RACQUET_CART)],
      },
      {
        en: 'scratch the dampeners, my partner has a drawer full of them',
        es: 'quita los antivibradores, mi compañera tiene un cajón lleno',
        covers: 'remove an item',
        checks: [removes(line(T.dampener))],
      },
    ],
  },
  {
    title:
      'pickleball, shoes and checkout: paddles under 160, tournament approved, sold-out weight + colour, heavier weight, handle length, sold-out paddle colour, colour family, outdoor balls by a use, not in the gym, sold-out pack + colour, colour family keeps the pack, hard court shoes, not for clay, wide feet, sold-out size + colour, colour by catalog name keeps the size, outsole warranty, sold-out half size, size after refusal, non-marking, sold-out polo, colour after refusal, promos, expired code, code, checkout, no, shoe return, order, status, cancel',
    steps: [
      {
        en: 'my wife and I just caught the pickleball bug at the rec center. what paddles do you have under 160?',
        es: 'a mi mujer y a mí nos ha enganchado el pickleball en el polideportivo. ¿qué palas tenéis por menos de 160?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Pickleball Paddles', maxPrice: 160 }), shownSome({ handles: [T.carbonPro] })],
      },
      {
        en: "she's got her eye on local tournaments. is the Carbon Pro legal for those?",
        es: 'ella quiere apuntarse a torneos locales. ¿la Carbon Pro está homologada para eso?',
        covers: 'spec question answered yes from the product text (USA Pickleball approved)',
        checks: [
          says('yes|\\bsi\\b|approved|homologad|aprobad'),
          says('carbon'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(T.carbonPro),
        ],
      },
      {
        en: 'she wants the lighter one, in coral',
        es: 'ella quiere la más ligera, en coral',
        covers:
          'sold-out variant (Weight "7.8 oz" + Color "Coral") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('midnight|8[.,]4|eight point four|ocho coma cuatro')],
      },
      {
        en: "she won't budge on the colour, so coral in the heavier weight",
        es: 'del color no se baja, así que coral en el peso más alto',
        covers:
          'option value by catalog name after a refusal keeps the colour (Weight "8.4 oz", Color "Coral")',
        checks: [adds(line(T.carbonPro, { Weight: '8.4 oz', Color: 'Coral' }, 1))],
      },
      {
        en: 'how long is the handle on that one? she has big hands',
        es: '¿qué largo tiene el mango de esa? tiene las manos grandes',
        covers: 'spec question answered from the product text (5.5 in handle)',
        checks: [
          says('5[.,]5|five and a half|cinco y media|cinco coma cinco'),
          saysNot(IDK),
          shownOnly(T.carbonPro),
        ],
      },
      {
        en: "I'm not serious yet, give me one of the cheap Rally paddles in the purple",
        es: 'yo todavía no voy en serio, dame una de las Rally baratas en morado',
        covers:
          'sold-out variant (Color "Grape", said as purple) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('sky|tangerine|celeste|azul|naranja|mandarina')],
      },
      {
        en: 'go with the light blue instead',
        es: 'la azul clarito me vale',
        covers: 'colour family (light blue → Color "Sky") after a refusal',
        checks: [adds(line(T.rally, { Color: 'Sky' }, 1))],
      },
      {
        en: 'we mostly play on the cracked old tennis courts at the park. which balls hold up out there?',
        es: 'jugamos casi siempre en las pistas de tenis viejas del parque, con el suelo agrietado. ¿qué bolas aguantan ahí?',
        covers: 'category search by a use from the product text (outdoor concrete courts)',
        checks: [shown({ type: 'Pickleballs' }), shownSome({ handles: [T.outdoorBalls] })],
      },
      {
        en: 'and when it snows can we take those same balls into the gym?',
        es: '¿y cuando nieve podemos usar esas mismas bolas en el pabellón?',
        covers: 'spec question whose answer in the text is no (outdoor balls too hard for gym floors)',
        checks: [
          says(NO),
          says('outdoor|ball|bola|pelota|exterior'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(T.outdoorBalls),
        ],
      },
      {
        en: 'grab us the twelve pack of outdoor ones in the classic yellow',
        es: 'pillanos el paquete de doce de exterior en el amarillo de siempre',
        covers:
          'sold-out variant (Pack "12-Pack" + Color "Optic Yellow", said as classic yellow) refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('blaze|orange|naranja|6.?pack|\\bsix\\b|\\bseis\\b|\\b6\\b'),
        ],
      },
      {
        en: 'orange is easier to spot anyway, still twelve of them',
        es: 'las naranjas se ven mejor de todas formas, también de doce',
        covers: 'colour family (orange → Color "Blaze Orange") after a refusal keeps the pack',
        checks: [adds(line(T.outdoorBalls, { Pack: '12-Pack', Color: 'Blaze Orange' }, 1))],
      },
      {
        en: "my running shoes are killing my knees on the court. what do you have for hard courts, men's?",
        es: 'con las zapatillas de correr me destrozo las rodillas en la pista. ¿qué tenéis para pista dura, de hombre?',
        covers: 'category search by a use from the product text (hard courts)',
        checks: [shown({ type: 'Tennis Shoes' }), shownSome({ handles: [T.courtgrip] })],
      },
      {
        en: 'our club has a couple of clay courts too. can I wear the Courtgrip on those?',
        es: 'en el club también hay un par de pistas de tierra batida. ¿puedo usar las Courtgrip ahí?',
        covers: 'spec question whose answer in the text is no (not made for clay)',
        checks: [
          says(NO),
          says('courtgrip|clay|tierra|arcilla'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(T.courtgrip),
        ],
      },
      {
        en: "I'm normally a ten and a half but my feet are wide as a duck's. what size should I order?",
        es: 'normalmente uso un diez y medio americano pero tengo el pie anchísimo. ¿qué talla pido?',
        covers: 'spec question answered from the product text (wide feet go up half a size → 11)',
        checks: [
          says('\\b11\\b|eleven|\\bonce\\b|half a size|media talla'),
          saysNot(IDK),
          shownOnly(T.courtgrip),
        ],
      },
      {
        en: 'ok, the elevens in navy',
        es: 'vale, las del once en azul marino',
        covers:
          'sold-out variant (Size "11" + Color "Navy") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('chalk|tiza|blanc|10[.,]5')],
      },
      {
        en: 'chalk then, keep the eleven',
        es: 'pues en chalk, la del once',
        covers: 'option value by catalog name after a refusal keeps the size (Color "Chalk", Size "11")',
        checks: [adds(line(T.courtgrip, { Size: '11', Color: 'Chalk' }, 1))],
      },
      {
        en: 'I drag my toe on serves and go through soles fast. is there any cover for that?',
        es: 'arrastro la punta al sacar y me cargo las suelas enseguida. ¿tiene algún tipo de garantía eso?',
        covers: 'spec question answered from the product text (6-month outsole warranty)',
        checks: [
          says('6.?month|six.?month|seis meses|6 meses'),
          says('courtgrip|outsole|sole|suela|shoe|zapatilla'),
          shownOnly(T.courtgrip),
        ],
      },
      {
        en: 'my wife needs pickleball shoes too, a seven and a half',
        es: 'mi mujer también necesita zapatillas de pickleball, un siete y medio',
        covers:
          'sold-out half size ("seven and a half" → Size "7.5") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b7\\b|\\b8\\b|8[.,]5|seven|eight|siete|ocho')],
      },
      {
        en: "she says she'll go up to the eight",
        es: 'dice que sube al ocho',
        covers: 'option value by catalog name after a refusal (Size "8")',
        checks: [adds(line(T.pickleShoe, { Size: '8' }, 1))],
      },
      {
        en: 'the rec center gets strict about black streaks on the floor. will those leave marks?',
        es: 'en el polideportivo se ponen muy pesados con las marcas negras en el suelo. ¿esas dejan marca?',
        covers: 'spec question whose answer in the text is no (non-marking gum sole)',
        checks: [
          says(`${NO}|non.?marking|no marca|no dejan`),
          says('pickleball|shoe|zapatilla|sole|suela'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(T.pickleShoe),
        ],
      },
      {
        en: 'one more thing, a polo for me in large, the green one',
        es: 'una cosa más, un polo para mí en talla L, el verde',
        covers:
          'sold-out variant (Size "L" + Color "Court Green") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('white|blanco|\\bm\\b|\\bxl\\b|medium')],
      },
      {
        en: "white's fine, keep it large",
        es: 'en blanco y L me sirve',
        covers: 'option value by catalog name after a refusal keeps the size (Color "White")',
        checks: [adds(line(T.polo, { Size: 'L', Color: 'White' }, 1))],
      },
      {
        en: 'before I pay, are there any deals on at the moment?',
        es: 'antes de pagar, ¿tenéis alguna oferta en marcha?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('game ?set ?10'),
          says('ace ?25'),
          saysNot('open ?court'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'a friend swore OPENCOURT20 would get me a fifth off',
        es: 'un amigo me juró que con OPENCOURT20 me quitabais un veinte por ciento',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: "oh well, I'll use ACE25 instead",
        es: 'bueno, pues uso el ACE25',
        covers: 'apply a promo code',
        checks: [promo('ACE25')],
      },
      {
        en: "I think we're set, let's wrap this up",
        es: 'creo que ya lo tenemos todo, vamos a terminar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('carbon|rally|courtgrip|pickleball|polo|paddle|shoe|pala|zapatilla|bola|pelota'),
        ],
      },
      {
        en: 'no, let me ask something first',
        es: 'no, déjame preguntar una cosa antes',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'if the shoes pinch after one match, can they go back?',
        es: 'si las zapatillas me aprietan después de un partido, ¿se pueden devolver?',
        covers: 'policy question answered from the policy text (shoes returned only unworn, tags on)',
        checks: [
          saysNot(IDK),
          says(RETURNS),
          says('unworn|tag|etiqueta|sin usar|sin estrenar|sin poner'),
          notCalled('search_products'),
        ],
      },
      {
        en: "fair, we'll try them on the carpet first. go ahead, it's going to Tucson",
        es: 'vale, nos las probaremos en casa primero. adelante, va a Tucson',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, that all looks right, place it',
        es: 'sí, todo correcto, haz el pedido ya',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'any word on when my paddles ship?',
        es: '¿se sabe algo de cuándo salen mis palas?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'ugh, the rec center just closed the courts for the season. call off the order',
        es: 'vaya, el polideportivo acaba de cerrar las pistas hasta la próxima temporada. anula el pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yep, scrap the whole order',
        es: 'sí, cancélalo de una vez',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: bags under 70, nothing for pickleball, laptop sleeve only, start over, cheapest bag, strings in 1.25, ordinal, sold-out clay size, size after refusal, tread, unknown waterproofing, sold-out decimal tape, decimal in words, grams per strip, draft, wristbands quantity, read-back, remove, empty, human',
    steps: [
      {
        en: 'my old bag finally split at the seams. anything under 70 bucks?',
        es: 'a mi bolsa vieja se le han abierto las costuras. ¿hay algo por menos de 70 pavos?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Bags', maxPrice: 70 }), neverShown(T.draftRacquet)],
      },
      {
        en: "I don't play pickleball, so skip anything made for paddles",
        es: 'yo no juego al pickleball, así que quita lo que sea para palas',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Bags', maxPrice: 70, notHandles: [T.sling] })],
      },
      {
        en: 'I go straight from the office, so only ones with room for a laptop',
        es: 'voy directo desde la oficina, así que solo las que tengan hueco para el portátil',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Bags', maxPrice: 70, handles: [T.backpack] })],
      },
      {
        en: 'hmm, wipe all that and let me see every bag, no limits',
        es: 'mmm, borra todo eso y enséñame todas las bolsas, sin límites',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Bags' }),
          shownSome({ handles: [T.tourBag] }),
          shownSome({ handles: [T.sling] }),
        ],
      },
      {
        en: 'which of those is kindest to my wallet?',
        es: '¿y de esas cuál me sale por menos?',
        covers: 'superlative over price',
        checks: [best(T.sling, 'sling|\\b45\\b', 'tour|backpack|mochila|9.?racquet')],
      },
      {
        en: 'which strings can I get in a 1.25 gauge?',
        es: '¿qué cordajes hay en calibre 1,25?',
        covers: 'category search by an option value (Gauge "1.25 mm")',
        checks: [shown({ type: 'Tennis Strings', option: { name: 'Gauge', values: ['1.25 mm'] } })],
      },
      {
        en: 'let me try the third of those',
        es: 'voy a probar el tercero de esos',
        covers:
          'ordinal reference to the list shown ("the third of those") keeps the gauge asked in the search',
        checks: [addedShownAt(3, { Gauge: '1.25 mm' })],
      },
      {
        en: 'I also need clay court shoes, size ten',
        es: 'también necesito zapatillas de tierra batida, talla diez americana',
        covers: 'sold-out variant (Size "10") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(9|11|nine|eleven|nueve|once)\\b')],
      },
      {
        en: 'the eleven, my toes like the extra room',
        es: 'la once, a mis dedos les gusta ir holgados',
        covers: 'option value by catalog name after a refusal (Size "11")',
        checks: [adds(line(T.claycourt, { Size: '11' }, 1))],
      },
      {
        en: "what's different about the bottom of those compared to a normal court shoe?",
        es: '¿qué tiene de distinto la suela de esas frente a una zapatilla normal de pista?',
        covers: 'spec question answered from the product text (full herringbone tread)',
        checks: [
          says('herringbone|espiga|espina de pez|zigzag'),
          says('claycourt|clay|tierra|tread|suela|sole'),
          shownOnly(T.claycourt),
        ],
      },
      {
        en: 'will my feet stay dry in them on a soggy morning?',
        es: '¿se me quedarán los pies secos con ellas una mañana de pista mojada?',
        covers: "spec question not in the text: don't know (waterproofing)",
        checks: [says(DONT_KNOW), says('claycourt|clay|tierra|shoe|zapatilla'), shownOnly(T.claycourt)],
      },
      {
        en: 'I want some lead tape for my racquet head, the half inch wide roll',
        es: 'quiero cinta de plomo para el cabezal, el rollo de media pulgada de ancho',
        covers:
          'sold-out decimal size ("half inch" → Width "1/2 in") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('1/4|quarter|cuarto')],
      },
      {
        en: "a quarter inch roll will do, I'll just lay down two strips",
        es: 'me vale el de un cuarto de pulgada, pongo dos tiras y listo',
        covers: 'decimal size in words after a refusal ("a quarter inch" → Width "1/4 in")',
        checks: [adds(line(T.leadTape, { Width: '1/4 in' }, 1))],
      },
      {
        en: 'how much weight does a four inch strip of that add?',
        es: '¿cuánto peso añade una tira de cuatro pulgadas de esa?',
        covers:
          'spec question answered from the product text (about 0.5 g per 4 in strip of the 1/4 in width)',
        checks: [
          says('0[.,]5|half a gram|medio gramo'),
          says('tape|cinta|lead|plomo|gram|gramo'),
          shownOnly(T.leadTape),
        ],
      },
      {
        en: "is next year's Vector out yet? I heard it's coming",
        es: '¿ha salido ya la Vector del año que viene? he oído que está al caer',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Tennis Racquets', notHandles: [T.draftRacquet] }),
          saysNot('\\bpro\\b|2027|preview|\\b259\\b'),
        ],
      },
      {
        en: 'two pairs of the black wristbands',
        es: 'dos pares de muñequeras negras',
        covers: 'quantity + option value by catalog name (Color "Black")',
        checks: [adds(line(T.wristband, { Color: 'Black' }, 2))],
      },
      {
        en: 'recite my cart for me, prices and all',
        es: 'léeme la cesta con los precios, por favor',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('claycourt|shoe|zapatilla|tape|cinta|wristband|muñequera|string|cordaje')],
      },
      {
        en: 'on second thought, no lead tape',
        es: 'pensándolo mejor, la cinta de plomo no',
        covers: 'remove an item',
        checks: [removes(line(T.leadTape))],
      },
      {
        en: "clear it all out, my wife just said we're over budget this month",
        es: 'vacíalo todo, mi mujer me acaba de decir que este mes nos pasamos del presupuesto',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'is there a real person I could ask about string tension?',
        es: '¿hay alguien de carne y hueso a quien preguntarle por la tensión del cordaje?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: a hit racquet, ball machine freight, ball machine to Canada, small-order shipping, cracked on the court, stringing price, Discover, installments, Ireland, a demo program',
    steps: [
      {
        en: "I've hit with the Apex for a week and it's too much racquet for me. can I send it back?",
        es: 'llevo una semana jugando con la Apex y me viene grande. ¿la puedo devolver?',
        covers: 'policy question answered from the policy text (played racquets cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'what does it cost to get the ball machine delivered?',
        es: '¿cuánto cuesta que me traigan la máquina lanzapelotas?',
        covers: 'policy question answered from the policy text (ball machines by freight for $39)',
        checks: [saysNot(IDK), says('\\b39\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'my cousin coaches in Ottawa. could you ship her one of those ball machines?',
        es: 'mi prima entrena en Ottawa. ¿le podéis enviar una de esas máquinas lanzapelotas?',
        covers: 'policy question answered from the policy text (ball machines cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: "if I only order a can of balls and some grips, about 25 dollars, what's shipping?",
        es: 'si solo pido un bote de pelotas y unos grips, unos 25 dólares, ¿cuánto es el envío?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('6[.,]95'), notCalled('search_products')],
      },
      {
        en: 'I lost my temper and slammed my racquet on the court and now the frame is cracked. warranty?',
        es: 'perdí los nervios, di un raquetazo contra el suelo y ahora el marco está rajado. ¿entra en garantía?',
        covers:
          'policy question answered from the policy text (cracks from hitting the court are not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'do you string racquets for people, and what do you charge?',
        es: '¿encordáis raquetas vosotros? ¿cuánto cobráis?',
        covers: 'policy question answered from the policy text (stringing for $20 plus the string)',
        checks: [saysNot(IDK), says('\\b20\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'can I put this on my Discover card?',
        es: '¿me dejáis pagar con la Discover?',
        covers: 'policy question answered from the policy text (a card the store does not take)',
        checks: [saysNot(IDK), says(NO), says('discover'), saysNot(NOT_YES), notCalled('search_products')],
      },
      {
        en: 'could I pay the ball machine off over a few weeks?',
        es: '¿podría pagar la máquina en varias veces?',
        covers:
          'policy question answered from the policy text (Afterpay in four installments on orders of $150 or more)',
        checks: [
          saysNot(IDK),
          says('afterpay|install|plazo|cuota'),
          says('\\b150\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: "I'm moving to Dublin next month. will you still ship to me there?",
        es: 'el mes que viene me mudo a Dublín. ¿me seguiréis enviando allí?',
        covers: 'policy question answered from the policy text (no shipping outside the US and Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('ireland|irlanda|dublin|other countr|otros paises|united states|estados unidos|canad'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'do you lend out demo racquets so I can hit with one before I commit?',
        es: '¿prestáis raquetas de prueba para probarlas antes de decidirme?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
