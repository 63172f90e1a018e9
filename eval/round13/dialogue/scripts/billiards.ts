/**
 * Billiards (cues, balls and racks, table cloth, covers and care, chalk, tips and tools, gloves,
 * cue cases and racks, table lights, scoreboards, bridges and table parts), EN and ES shoppers on
 * the English-only catalog. Frozen: written before this round's tuning; never edit expectations.
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
import { B } from './billiards.handles.ts';
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but..."): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [billiardsEn, billiardsEs] = scripts('billiards', [
  {
    title:
      'a first cue for league night: cues under 200, length and tip, sold-out decimal weight, weight after refusal, two-piece, case by colour family, comparison, price, unknown origin, sold-out chalk colour family, colour family after refusal, sold-out tips, diameter after refusal keeps hardness and quantity, no glue, soft vs hard, sold-out glove for the bridge hand, size after refusal keeps the hand, several items + colour family, read-back, remove, save for later',
    steps: [
      {
        en: 'I got talked into the Tuesday pool league at my local bar. what cues have you got for under two hundred?',
        es: 'me han liado para la liga de billar de los martes en el bar de mi barrio. ¿qué tacos tenéis por menos de doscientos?',
        covers: 'category search with a price bound',
        checks: [
          shown({ type: 'Cues', maxPrice: 200 }),
          shownSome({ handles: [B.maple] }),
          neverShown(B.draftCarbonPro),
        ],
      },
      {
        en: "I'm six foot three. how long is the Classic Maple, and how big is its tip?",
        es: 'mido uno noventa. ¿cuánto mide el Classic Maple y de qué tamaño es la punta?',
        covers: 'spec question answered from the product text (58 in long, 13 mm tip)',
        checks: [says('\\b58\\b'), says('\\b13\\b|thirteen|trece'), saysNot(IDK), shownOnly(B.maple)],
      },
      {
        en: 'the guy who runs the league plays nineteen and a half ounces, so the maple in that',
        es: 'el que organiza la liga juega con diecinueve onzas y media, así que el de arce con ese peso',
        covers:
          'sold-out decimal size ("nineteen and a half ounces" → Weight "19.5 oz") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('\\b19\\b(?![.,]5)|\\b20\\b|18[.,]5|twenty|veinte|eighteen and a half|dieciocho y media'),
        ],
      },
      {
        en: 'go a touch heavier then, I break like a mule. the twenty',
        es: 'pues un pelín más pesado, que rompo a lo bestia. el de veinte',
        covers: 'option value by catalog name after a refusal (Weight "20 oz")',
        checks: [adds(line(B.maple, { Weight: '20 oz' }, 1))],
      },
      {
        en: 'I take the bus to the bar. does the maple come apart so I can carry it?',
        es: 'voy al bar en autobús. ¿el de arce se desmonta para poder llevarlo?',
        covers: 'spec question answered yes from the product text (a two-piece cue)',
        checks: [
          says('two|dos|piece|pieza|desmont|apart'),
          says('maple|arce|cue|taco'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(B.maple),
        ],
      },
      {
        en: 'then I want a hard case for it, the dark green one',
        es: 'entonces quiero un estuche rígido para él, el verde oscuro',
        covers: 'colour family to a catalog colour name (dark green → Color "Forest")',
        checks: [adds(line(B.case1x1, { Color: 'Forest' }, 1))],
      },
      {
        en: "our captain swears by the Carbon Low-Deflection. how's it different from the maple one?",
        es: 'nuestro capitán no se separa del Carbon Low-Deflection. ¿en qué cambia respecto al de arce?',
        covers: 'comparison of two named products',
        checks: [says('carbon'), says('maple|arce'), shownOnly(B.maple, B.carbon)],
      },
      {
        en: "and the carbon one, what's its sticker price?",
        es: '¿y el de carbono cuánto me costaría?',
        covers: "price in the store's currency",
        checks: [says('\\b469\\b'), says('carbon|carbono'), ...usd],
      },
      {
        en: 'where is the carbon shaft actually made?',
        es: '¿dónde fabrican exactamente la caña de carbono?',
        covers: "spec question not in the text: don't know (country of manufacture)",
        checks: [says(DONT_KNOW), says('carbon|carbono'), shownOnly(B.carbon), notCalled('add_to_cart')],
      },
      {
        en: 'the chalk at the bar is like a dried-up sugar cube. a twelve pack of the blue',
        es: 'la tiza del bar parece un terrón de azúcar reseco. una caja de doce de la azul',
        covers:
          'sold-out variant by colour family (blue → Color "Tournament Blue") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('spruce|merlot|cube|cubo|residue')],
      },
      {
        en: 'the felt at the bar is green, so make it the green box',
        es: 'el tapete del bar es verde, así que la caja verde',
        covers: 'colour family to a catalog colour name after a refusal (green → Color "Spruce")',
        checks: [adds(line(B.chalk12, { Color: 'Spruce' }, 1))],
      },
      {
        en: 'I should carry spare tips too. two mediums, fourteen millimetre',
        es: 'también debería llevar suelas de repuesto. dos medianas, de catorce milímetros',
        covers:
          'sold-out variant (Hardness "Medium" + Diameter "14 mm") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b13\\b|thirteen|trece|soft|hard|blanda|dura|suave')],
      },
      {
        en: 'silly me, my new cue takes thirteen anyway. two of those',
        es: 'qué despiste, si mi taco nuevo lleva de trece. dos de esas',
        covers:
          'quantity + option value by catalog name after a refusal keeps the hardness (Diameter "13 mm", Hardness "Medium", 2)',
        checks: [adds(line(B.tips, { Hardness: 'Medium', Diameter: '13 mm' }, 2))],
      },
      {
        en: 'will I find glue in with the tips?',
        es: '¿el pegamento viene con las suelas?',
        covers: 'spec question whose answer in the text is no (glue sold separately)',
        checks: [
          says(`${NO}|separately|por separado|aparte`),
          says('glue|pegamento|cola|tip|suela|punta'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.tips),
        ],
      },
      {
        en: "what's the point of a soft tip over a hard one?",
        es: '¿qué gano con una suela blanda frente a una dura?',
        covers: 'spec question answered from the product text (soft grips more spin, hard lasts longest)',
        checks: [
          says('spin|grip|shap|last|efecto|agarr|dura m|aguant|forma'),
          saysNot(IDK),
          shownOnly(B.tips),
        ],
      },
      {
        en: "I'm right-handed. a glove for my bridge hand, size medium",
        es: 'soy diestro. un guante para la mano del puente, talla mediana',
        covers:
          'sold-out variant (Hand "Left", said as the bridge hand of a right-hander, + Size "M") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('small|large|right|peque|grande|derech')],
      },
      {
        en: 'a large is fine, same hand',
        es: 'una grande me vale, la misma mano',
        covers: 'option value by catalog name after a refusal keeps the hand (Size "L", Hand "Left")',
        checks: [adds(line(B.glove, { Hand: 'Left', Size: 'L' }, 1))],
      },
      {
        en: 'plus a tip shaper and one of those magnetic chalk holders in the wine colour',
        es: 'y también un moldeador de suelas y uno de esos portatizas magnéticos en color vino',
        covers: 'several items in one request; colour family (wine → Color "Merlot")',
        checks: [adds(line(B.shaper, undefined, 1), line(B.chalkHolder, { Color: 'Merlot' }, 1))],
      },
      {
        en: "tally up what I've put in so far",
        es: 'léeme la cuenta hasta ahora',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('maple|chalk|tip|glove|shaper|holder|taco|tiza|suela|guante|arce')],
      },
      {
        en: 'get rid of the chalk holder, my pocket works fine',
        es: 'fuera el portatizas, me apaño con el bolsillo',
        covers: 'remove an item',
        checks: [removes(line(B.chalkHolder))],
      },
      {
        en: "and park the glove for later, I'm not sure I'll like wearing one",
        es: 'y el guante déjamelo para más adelante, no sé si me va a gustar llevarlo',
        covers: 'save for later',
        checks: [saved(B.glove), keeps(B.glove)],
      },
    ],
  },
  {
    title:
      'recovering a basement table and checkout: cloth under 250, woolen wear, sold-out size + colour, colour family keeps the size, installation not included, ball sets compared, price, add by short name, cover by size + colour family, promos, expired code, code, checkout, no, cut cloth return, order, status, cancel',
    steps: [
      {
        en: 'we bought a used table for the basement and the felt is torn. what cloth do you have under two fifty?',
        es: 'compramos una mesa usada para el sótano y el paño está roto. ¿qué paño tienen por menos de doscientos cincuenta?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Table Cloth', maxPrice: 250 }), shownSome({ handles: [B.woolen] })],
      },
      {
        en: 'my kids will be on it every single day. does the woolen one hold up or go fuzzy?',
        es: 'mis hijos van a jugar diario. ¿el de lana aguanta o se llena de bolitas?',
        covers: 'spec question answered from the product text (woolen cloth pills with heavy play)',
        checks: [
          says('pill|fuzz|bolit|pelus|heavy|intens|wear|desgast'),
          says('woolen|wool|lana|bar cloth'),
          saysNot(IDK),
          shownOnly(B.woolen),
        ],
      },
      {
        en: "let's go worsted then. eight foot table, in camel so it matches the couch",
        es: 'mejor el worsted entonces. mesa de ocho pies, en camel para que combine con el sillón',
        covers:
          'sold-out variant (Table Size "8 ft" + Color "Camel") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('spruce|tournament blue|7 ft|9 ft|seven|nine|siete|nueve')],
      },
      {
        en: 'ugh, the green then, still for the eight footer',
        es: 'ay, pues el verde, igual para la de ocho pies',
        covers:
          'colour family after a refusal keeps the table size (green → Color "Spruce", Table Size "8 ft")',
        checks: [adds(line(B.worsted, { 'Table Size': '8 ft', Color: 'Spruce' }, 1))],
      },
      {
        en: 'does that price include somebody putting it on?',
        es: '¿ese precio incluye que alguien lo instale?',
        covers: 'spec question whose answer in the text is no (installation not included)',
        checks: [
          says(`${NO}|not included|no incluye|aparte|separately|por separado`),
          says('install|instal|cloth|pa[nñ]o|worsted'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'the balls that came with the table are all chipped. what separates the tournament set from the polyester set?',
        es: 'las bolas que venían con la mesa están todas despostilladas. ¿qué diferencia hay entre el juego tournament y el de poliéster?',
        covers: 'comparison of two named products',
        checks: [
          says('tournament|phenolic|fen[oó]lic'),
          says('polyester|poli[eé]ster'),
          shownOnly(B.tournamentBalls, B.polyBalls),
        ],
      },
      {
        en: "and what's the tournament set going for?",
        es: '¿y en cuánto está el juego tournament?',
        covers: "price in the store's currency",
        checks: [says('\\b299\\b'), says('tournament'), ...usd],
      },
      {
        en: "the kids are rough, so they're worth it. add the tournament balls",
        es: 'los niños son bien bruscos, así que valen la pena. agrega las bolas tournament',
        covers: 'add by short name (Rackmaster Tournament Ball Set)',
        checks: [adds(line(B.tournamentBalls, undefined, 1))],
      },
      {
        en: 'I also want a fitted cover for the eight foot, the dark brown',
        es: 'también quiero una funda ajustable para la de ocho pies, la café oscuro',
        covers:
          'option value by catalog name + colour family (Table Size "8 ft", dark brown → Color "Espresso")',
        checks: [adds(line(B.cover, { 'Table Size': '8 ft', Color: 'Espresso' }, 1))],
      },
      {
        en: 'are there any promo codes I can use on this?',
        es: '¿de casualidad traen alguna promoción con código ahorita?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('break ?shot ?10'),
          says('eight ?ball ?25'),
          saysNot('league ?night ?15'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'my buddy from the league gave me LEAGUENIGHT15',
        es: 'un cuate de la liga me pasó el LEAGUENIGHT15',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: "whatever, I'll take EIGHTBALL25",
        es: 'ni modo, ponle el EIGHTBALL25',
        covers: 'apply a promo code',
        checks: [promo('EIGHTBALL25')],
      },
      {
        en: "that's the basement sorted. check me out",
        es: 'con eso queda listo el sótano. cóbrame',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal, says('worsted|cloth|cover|pa[nñ]o|funda|tela')],
      },
      {
        en: 'whoa, not so fast',
        es: 'no, espérame tantito',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "if the green looks off once it's cut to size, can I return it?",
        es: 'si el verde se ve raro ya cortado a la medida, ¿lo puedo devolver?',
        covers: 'policy question answered from the policy text (cut cloth cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'fair. keep going, it ships to Dayton',
        es: 'va. sígale, se manda a Dayton',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, all correct, buy it',
        es: 'sí, así está bien, mete el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'any news on my cloth order?',
        es: '¿qué noticias hay de mi pedido del paño?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: "my brother-in-law just offered me his old cloth for free. I'd like to cancel that order",
        es: 'mi cuñado me acaba de regalar su paño viejo. quisiera cancelar ese pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yes, scrap the order completely',
        es: 'que sí, cancela el pedido entero',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: racks under 30, no sheets, 9-ball only, start over, cheapest rack, longest light, sold-out light colour, colour after refusal, hanging height, no bulbs, sold-out fraction size, standard size after refusal, sold-out decimal tip + weight, weight after refusal keeps the tip, no sealing, walnut, ordinal, draft, one-piece cue, junior length by age, read-back, remove, empty, human',
    steps: [
      {
        en: 'our triangle at home fell apart. what racks do you sell under thirty?',
        es: 'se nos ha desmontado el triángulo de casa. ¿qué triángulos vendéis por menos de treinta?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Racks', maxPrice: 30 }), shownSome({ handles: [B.triangle] })],
      },
      {
        en: 'not the plastic sheet thing, a proper rack',
        es: 'la lámina de plástico esa no, un triángulo de verdad',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Racks', maxPrice: 30, notHandles: [B.templateSheets] })],
      },
      {
        en: 'and only ones for 9-ball, we never play eight',
        es: 'y solo los de bola nueve, a la bola ocho no jugamos nunca',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Racks', maxPrice: 30, handles: [B.diamond] })],
      },
      {
        en: 'reset everything and list all the racks you have',
        es: 'borrón y cuenta nueva: quiero ver todos los triángulos que tengáis',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Racks' }),
          shownSome({ handles: [B.templateSheets] }),
          shownSome({ handles: [B.triangle] }),
        ],
      },
      {
        en: 'which of them leaves the most money in my pocket?',
        es: '¿con cuál de ellos me gasto menos?',
        covers: 'superlative over price',
        checks: [
          best(
            B.templateSheets,
            'template|sheet|l[aá]mina|\\b15\\b',
            'hardwood|diamond|9-ball rack|\\b18\\b|\\b29\\b',
          ),
        ],
      },
      {
        en: 'different question: my table is a nine footer. which of your table lights is the longest?',
        es: 'otra pregunta: mi mesa es de nueve pies. ¿cuál de vuestras lámparas de mesa es la más larga?',
        covers: 'superlative over a numeric attribute (light length in the description)',
        checks: [best(B.light4, 'four|\\b72\\b|cuatro', 'three.shade|\\b54\\b|tres pantallas')],
      },
      {
        en: 'that one, in antique brass',
        es: 'esa, en latón envejecido',
        covers: 'sold-out variant (Color "Antique Brass") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('matte black|black|negr')],
      },
      {
        en: 'the matte black will do',
        es: 'me vale la negra mate',
        covers: 'option value by catalog name after a refusal (Color "Matte Black")',
        checks: [adds(line(B.light4, { Color: 'Matte Black' }, 1))],
      },
      {
        en: 'how high over the felt should it hang?',
        es: '¿a qué altura del tapete hay que colgarla?',
        covers: 'spec question answered from the product text (32 to 36 in above the cloth)',
        checks: [says('\\b32\\b|\\b36\\b'), saysNot(IDK), shownOnly(B.light4)],
      },
      {
        en: 'do I have to buy bulbs for it separately?',
        es: '¿las bombillas se compran aparte?',
        covers: 'spec question whose answer in the text is no (bulbs not included)',
        checks: [
          says(`${NO}|separately|por separado|aparte`),
          says('bulb|bombill|light|l[aá]mpara|four|cuatro'),
          saysNot(IDK),
          shownOnly(B.light4),
        ],
      },
      {
        en: 'I want to practise spin. a measles cue ball in the bar size, two and three eighths',
        es: 'quiero practicar efectos. una bola blanca de lunares del tamaño de bar, dos pulgadas y tres octavos',
        covers:
          'sold-out fraction size ("two and three eighths" → Size "2 3/8 in") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('2 1/4|two and a quarter|dos y cuarto|dos pulgadas y cuarto|2[.,]25'),
        ],
      },
      {
        en: 'our table is a normal home one anyway, so the standard size',
        es: 'total, nuestra mesa es una normal de casa, así que la de tamaño estándar',
        covers:
          'option value by catalog name after a refusal, said from the text (standard → Size "2 1/4 in")',
        checks: [adds(line(B.measles, { Size: '2 1/4 in' }, 1))],
      },
      {
        en: "I'm treating myself. the carbon cue with the eleven point eight tip at twenty ounces",
        es: 'me voy a dar un capricho. el taco de carbono con punta de once coma ocho y veinte onzas',
        covers:
          'sold-out decimal size ("eleven point eight" → Tip Size "11.8 mm") + Weight "20 oz" refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('12[.,]5|\\b19\\b|nineteen|diecinueve|twelve point five|doce coma cinco'),
        ],
      },
      {
        en: 'nineteen ounces is fine, keep the thin tip',
        es: 'diecinueve onzas me vale, mantén la punta fina',
        covers:
          'option value by catalog name after a refusal keeps the decimal tip size (Weight "19 oz", Tip Size "11.8 mm")',
        checks: [adds(line(B.carbon, { 'Tip Size': '11.8 mm', Weight: '19 oz' }, 1))],
      },
      {
        en: 'do I have to seal that shaft every season like my old wooden one?',
        es: '¿hay que sellar esa caña cada temporada como la de madera que tenía?',
        covers: 'spec question whose answer in the text is no (the carbon shaft needs no sealing)',
        checks: [
          says(NO),
          says('carbon|carbono|seal|sell|shaft|ca[nñ]a|warp'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.carbon),
        ],
      },
      {
        en: 'the room is all dark wood. what do you have in walnut?',
        es: 'la sala es toda de madera oscura. ¿qué tenéis en nogal, en walnut?',
        covers: 'category search by an option value (Color "Walnut")',
        checks: [shown({ option: { name: 'Color', values: ['Walnut'] } })],
      },
      {
        en: 'add the third one you showed',
        es: 'añade el tercero que has enseñado',
        covers: 'ordinal reference to the list shown ("the third one") keeps the colour asked in the search',
        checks: [addedShownAt(3, { Color: 'Walnut' })],
      },
      {
        en: 'somebody at the pool hall said Breakline has a Carbon Pro coming. can I order one?',
        es: 'en los billares me dijeron que Breakline va a sacar un Carbon Pro. ¿lo puedo pedir?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Cues', notHandles: [B.draftCarbonPro] }),
          saysNot('carbon pro|2027|preview|\\b599\\b'),
        ],
      },
      {
        en: 'for guests, does the one-piece house cue break down to fit in a case?',
        es: 'para las visitas, ¿el taco de una pieza se desmonta para meterlo en un estuche?',
        covers: 'spec question whose answer in the text is no (one-piece, does not fit a case)',
        checks: [
          says(NO),
          says('house|one.piece|case|una pieza|estuche|funda|taco'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.houseCue),
        ],
      },
      {
        en: 'my nephew is nine. add the junior cue in the length for his age',
        es: 'mi sobrino tiene nueve años. añade el taco junior del largo que le toca por edad',
        covers: 'option value by catalog name chosen from the product text (age nine → Length "48 in")',
        checks: [adds(line(B.junior, { Length: '48 in' }, 1))],
      },
      {
        en: 'what have I piled up in there?',
        es: '¿qué llevo acumulado ahí?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('light|lamp|junior|scoreboard|l[aá]mpara|taco|marcador|walnut')],
      },
      {
        en: 'drop the light, I need to measure the ceiling first',
        es: 'quita la lámpara, primero tengo que medir el techo',
        covers: 'remove an item',
        checks: [removes(line(B.light4))],
      },
      {
        en: "forget it, empty the cart, I'll bring my wife next time",
        es: 'sabes qué, vacíalo todo, vuelvo con mi mujer',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'can I speak with an actual staff member about re-leveling my table?',
        es: '¿me pasas con alguien del equipo? quiero consultar cómo nivelar la mesa',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      "store policies: a chalked cue, cue rack shipping, a light to Canada, cloth installation, a cue left in a car, a check, payments in four, Ireland, mailed-in tips, a small order's shipping, a showroom",
    steps: [
      {
        en: 'I chalked the new cue and hit a few balls, but the balance feels off. can I still return it?',
        es: 'le puse tiza al taco nuevo y tiré unas bolas, pero no me convence el balance. ¿todavía lo puedo devolver?',
        covers: 'policy question answered from the policy text (chalked cues cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'what does it cost to ship a wall cue rack?',
        es: 'si pido el rack de pared para tacos, ¿cuánto me cobran de envío?',
        covers: 'policy question answered from the policy text (cue racks by freight for $35)',
        checks: [saysNot(IDK), says('\\b35\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'my dad lives in Toronto. can you ship him a table light?',
        es: 'mi papá vive en Toronto. ¿le pueden mandar una lámpara para la mesa?',
        covers: 'policy question answered from the policy text (table lights cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: "I'm twenty miles outside Dayton. would you install the cloth for me, and for how much?",
        es: 'vivo a veinte millas de Dayton. ¿ustedes me instalan el paño? ¿en cuánto?',
        covers: 'policy question answered from the policy text (cloth installed within 50 miles for $180)',
        checks: [saysNot(IDK), says('\\b180\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'my cue rode around in my trunk all July and now it has a bow in it. warranty?',
        es: 'mi taco anduvo en la cajuela todo julio y ahora está chueco. ¿lo cubre la garantía?',
        covers: 'policy question answered from the policy text (a cue left in a car is not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'do you guys still take paper checks?',
        es: '¿les puedo pagar con cheque?',
        covers: 'policy question answered from the policy text (checks not accepted)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('check|cheque'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'can I break the cost into a few chunks?',
        es: '¿hay manera de pagar en partes?',
        covers:
          'policy question answered from the policy text (Klarna in four payments on orders of $150 or more)',
        checks: [
          saysNot(IDK),
          says('klarna|four|install|cuatro|plazo|pagos|partes'),
          says('\\b150\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'my brother runs a pub in Dublin. could you ship cues over to Ireland?',
        es: 'mi hermano tiene un pub en Dublín. ¿le pueden mandar tacos a Irlanda?',
        covers: 'policy question answered from the policy text (no shipping outside the US and Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('ireland|irlanda|dublin|other countr|otros pa[ií]ses|united states|estados unidos|canad'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'if I mail you my cue for a new tip, how much and how long?',
        es: 'si les mando mi taco por correo para cambiarle la suela, ¿cuánto cuesta y cuánto tarda?',
        covers:
          'policy question answered from the policy text (tips replaced for $20, back in 7 business days)',
        checks: [saysNot(IDK), says('\\b20\\b'), says('\\b7\\b|seven|siete'), notCalled('add_to_cart')],
      },
      {
        en: "I'm only spending about eighty bucks. do I still get free shipping?",
        es: 'solo voy a gastar unos ochenta dólares. ¿igual me toca envío gratis?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('7[.,]50|\\b99\\b'), notCalled('search_products')],
      },
      {
        en: 'is there a showroom where I could try a few cues before buying?',
        es: '¿tienen una sala de exhibición donde pueda probar unos tacos antes de comprar?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
