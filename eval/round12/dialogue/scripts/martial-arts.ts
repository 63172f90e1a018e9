/**
 * Martial arts & boxing (boxing gloves and mitts, hand wraps, karate and taekwondo uniforms, rank
 * belts, a practice sword, mouthguards and protective gear, mats, heavy bags and speed bags, a
 * jump rope, jiu-jitsu gis, rash guards and shorts, finger tape), EN and ES shoppers on the
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
import { M } from './martial-arts.handles.ts';
import { IDK, keeps, NO, NOT_NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** The products of the kickboxing conversation, for its read-back. */
const KICKBOXING_CART =
  'titan|glove|wrap|mouthguard|shin|rope|guante|venda|protector|espinillera|comba|cuerda|bucal';

export const [martialEn, martialEs] = scripts('martial-arts', [
  {
    title:
      'starting kickboxing: gloves under 80, weight by body weight, sold-out weight + colour, colour after refusal keeps the weight, not real leather, comparison, price, no sparring in mitts, unknown factory, wraps under 15, long wraps, sold-out length + colour, quantity keeps the length, washing wraps, mouthguard for braces, boil-and-bite and braces, add, tallest bag, no hanger, several items, half inch tape, save for later, read-back, remove',
    steps: [
      {
        en: 'I turned forty and signed up at a kickboxing gym on a dare. which gloves do you sell for under eighty?',
        es: 'he cumplido cuarenta y me he apuntado a kickboxing por una apuesta. ¿qué guantes vendéis por menos de ochenta?',
        covers: 'category search with a price bound',
        checks: [
          shown({ type: 'Boxing Gloves', maxPrice: 80 }),
          shownSome({ handles: [M.titan] }),
          neverShown(M.draftGloves),
        ],
      },
      {
        en: "I'm around a hundred and eighty pounds. what weight of Titan is right for me?",
        es: 'peso unos ochenta kilos, unas ciento ochenta libras. ¿qué peso de Titan me corresponde?',
        covers: 'spec question answered from the product text (16 oz over 170 lb)',
        checks: [
          says('\\b16\\b|sixteen|diecis[eé]is'),
          says('titan|oz|onza'),
          saysNot(IDK),
          shownOnly(M.titan),
        ],
      },
      {
        en: 'great, the sixteens in that dark red color',
        es: 'genial, los de dieciséis en ese rojo oscuro',
        covers:
          'sold-out variant (Weight "16 oz" + Color "Oxblood", said as dark red) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr|\\b14\\b|\\b12\\b|fourteen|catorce')],
      },
      {
        en: "black's fine as long as they're still sixteen ounce",
        es: 'negros me valen, siempre que sigan siendo de dieciséis onzas',
        covers:
          'option value by catalog name after a refusal keeps the weight (Color "Black", Weight "16 oz")',
        checks: [adds(line(M.titan, { Weight: '16 oz', Color: 'Black' }, 1))],
      },
      {
        en: 'is the outside of those genuine cowhide?',
        es: '¿el exterior de esos es piel de vaca auténtica?',
        covers: 'spec question whose answer in the text is no (synthetic leather)',
        checks: [
          says(`${NO}|synthetic|sint[eé]tic|\\bpu\\b`),
          says('titan|glove|guante|leather|piel|cuero'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.titan),
        ],
      },
      {
        en: 'the trainer said bag mitts would do for now. how do those stack up against the Titans?',
        es: 'el entrenador dice que de momento me bastan unas manoplas de saco. ¿cómo se comparan con los Titan?',
        covers: 'comparison of two named products',
        checks: [says('mitt|manopla'), says('titan'), shownOnly(M.titan, M.bagMitts)],
      },
      {
        en: 'what do the bag mitts go for?',
        es: '¿a cuánto están las manoplas de saco?',
        covers: "price in the store's currency",
        checks: [says('\\b39\\b'), says('mitt|manopla'), ...usd],
      },
      {
        en: 'if I end up sparring on Thursdays, can I use the mitts for that?',
        es: 'si acabo haciendo sparring los jueves, ¿me sirven las manoplas para eso?',
        covers: 'spec question whose answer in the text is no (mitts not for sparring)',
        checks: [
          says(NO),
          says('mitt|manopla|sparring|padding|acolchad'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.bagMitts),
        ],
      },
      {
        en: 'any idea which factory sews the Titans?',
        es: '¿tienes idea de qué fábrica cose los Titan?',
        covers: "spec question not in the text: don't know (factory)",
        checks: [says(DONT_KNOW), says('titan'), shownOnly(M.titan), notCalled('add_to_cart')],
      },
      {
        en: 'everybody at the gym wears wraps under their gloves. what do you have under fifteen bucks?',
        es: 'en el gimnasio todos llevan vendas debajo de los guantes. ¿qué tenéis por menos de quince pavos?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Hand Wraps', maxPrice: 15 }), shownSome({ handles: [M.wraps] })],
      },
      {
        en: 'I have hands like shovels. which length makes sense?',
        es: 'tengo unas manos como palas. ¿qué largo me conviene?',
        covers: 'spec question answered from the product text (180 in for large hands)',
        checks: [says('\\b180\\b|one hundred eighty|ciento ochenta'), saysNot(IDK), shownOnly(M.wraps)],
      },
      {
        en: 'two pairs of the long ones in crimson then',
        es: 'entonces dos pares de las largas en carmesí',
        covers:
          'sold-out variant (Length "180 in" + Color "Crimson") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr|\\b120\\b')],
      },
      {
        en: 'black then, but I still want the long ones, two pairs',
        es: 'pues negras, pero sigo queriendo las largas, dos pares',
        covers:
          'quantity + option value by catalog name after a refusal keeps the length (Color "Black", Length "180 in")',
        checks: [adds(line(M.wraps, { Length: '180 in', Color: 'Black' }, 2))],
      },
      {
        en: 'how do I wash them so they come out of the machine in one piece and not a knot?',
        es: '¿cómo las lavo para que no salgan de la lavadora hechas un nudo?',
        covers: 'spec question answered from the product text (mesh laundry bag)',
        checks: [says('mesh|laundry bag|malla|bolsa|red'), says('wrap|venda|wash|lav'), shownOnly(M.wraps)],
      },
      {
        en: "I'll need something for my teeth, but I've got braces at forty, don't laugh",
        es: 'necesito algo para los dientes, pero llevo brackets a los cuarenta, no te rías',
        covers: 'category search by a use from the product text (braces)',
        checks: [shown({ type: 'Protective Gear' }), shownSome({ handles: [M.bracesGuard] })],
      },
      {
        en: 'would the boil-and-bite one work over my brackets though?',
        es: '¿y el de hervir y morder me valdría con los brackets?',
        covers: 'spec question whose answer in the text is no (boil-and-bite not for braces)',
        checks: [
          says(NO),
          says('mouthguard|boil|brace|bracket|protector|bucal|ortodon'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.mouthguard),
        ],
      },
      {
        en: 'ok, the braces one, adult',
        es: 'vale, el de brackets, de adulto',
        covers: 'option value by catalog name (Size "Adult")',
        checks: [adds(line(M.bracesGuard, { Size: 'Adult' }, 1))],
      },
      {
        en: 'I want to drill low kicks at home. which heavy bag stands the tallest?',
        es: 'quiero practicar patadas bajas en casa. ¿qué saco es el más alto?',
        covers: 'superlative over a numeric attribute (bag height in the description)',
        checks: [best(M.banana, 'banana|\\b72\\b|six feet|6 ft|pl[aá]tano', 'free.?standing|de pie|base')],
      },
      {
        en: 'does that one come with something to hang it from?',
        es: '¿ese trae algo para colgarlo?',
        covers:
          'spec question whose answer in the text is no (chain included, ceiling hanger sold separately)',
        checks: [
          says(`${NO}|separately|por separado|aparte`),
          says('banana|bag|saco|hanger|chain|cadena|anclaje|gancho'),
          saysNot(IDK),
          shownOnly(M.banana),
        ],
      },
      {
        en: "throw in medium shin guards and the nine foot weighted rope, I'm five nine",
        es: 'añade unas espinilleras en M y la comba con peso de nueve pies, mido uno setenta y cinco',
        covers: 'several items in one request (Size "M", Length "9 ft")',
        checks: [adds(line(M.shinGuards, { Size: 'M' }, 1), line(M.rope, { Length: '9 ft' }, 1))],
      },
      {
        en: 'my fingers keep jamming on the pads. a pack of the half inch finger tape',
        es: 'me hago daño en los dedos con las paos. un paquete de esparadrapo para dedos de media pulgada',
        covers: 'decimal size in words ("half inch" → Width "1/2 in")',
        checks: [adds(line(M.fingerTape, { Width: '1/2 in' }, 1))],
      },
      {
        en: "put the rope on the back burner, I'll see if my knees survive the first month",
        es: 'la comba déjala para más adelante, a ver si mis rodillas sobreviven al primer mes',
        covers: 'save for later',
        checks: [saved(M.rope), keeps(M.rope)],
      },
      {
        en: 'tally it up for me, how much am I in for?',
        es: 'haz la cuenta, ¿cuánto me va a salir todo?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says(KICKBOXING_CART)],
      },
      {
        en: 'pull the shin guards, the gym lends them out',
        es: 'saca las espinilleras, que en el gimnasio las prestan',
        covers: 'remove an item',
        checks: [removes(line(M.shinGuards))],
      },
    ],
  },
  {
    title:
      'a kid starting karate and checkout: uniforms under 50, size by height, sold-out size, size after refusal, belt included, shrinking, colour family belt, sold-out belt colour family, belt after refusal, belt width, kids sparring set, no mouthguard in it, colour family mouthguard, rope length, promos, expired code, code, checkout, no, washed gi return, order, status, cancel',
    steps: [
      {
        en: 'my boy turns eight next week and starts karate on Monday. what uniforms do you have under fifty?',
        es: 'mi hijo cumple ocho la semana que viene y empieza karate el lunes. ¿qué uniformes tienen por menos de cincuenta?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Uniforms', maxPrice: 50 }), shownSome({ handles: [M.studentGi] })],
      },
      {
        en: "he's four foot three in his socks. which size of the student gi fits that?",
        es: 'mide cuatro pies y tres pulgadas en calcetines. ¿qué talla del gi de estudiante le queda?',
        covers: 'spec question answered from the product text (size 1 up to 4 ft 4 in)',
        checks: [
          says('size 1|size one|talla 1|talla uno|\\b1\\b'),
          says('gi|karate|size|talla'),
          saysNot(IDK),
          shownOnly(M.studentGi),
        ],
      },
      {
        en: "he grows like a weed though. let's go one up, a two",
        es: 'pero crece como la mala hierba. mejor una más grande, la dos',
        covers: 'sold-out variant (Size "2") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(1|3|one|three|uno|tres)\\b')],
      },
      {
        en: "then the three, we'll roll up the sleeves for a while",
        es: 'entonces la tres, le doblamos las mangas un tiempo',
        covers: 'option value by catalog name after a refusal (Size "3")',
        checks: [adds(line(M.studentGi, { Size: '3' }, 1))],
      },
      {
        en: 'does a belt come in the package with it?',
        es: '¿trae cinturón incluido?',
        covers: 'spec question answered yes from the product text (white belt included)',
        checks: [
          says('yes|\\bsi\\b|includ|white|blanc'),
          says('belt|cintur[oó]n|gi|uniform'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(M.studentGi),
        ],
      },
      {
        en: 'is it going to shrink on me the first time I wash it?',
        es: '¿se me va a encoger la primera vez que lo lave?',
        covers: 'spec question answered from the product text (about 3 % if washed hot)',
        checks: [
          says('\\b3 ?%|three percent|tres por ciento|3 por ciento'),
          says('shrink|encog|hot|caliente|wash|lav'),
          shownOnly(M.studentGi),
        ],
      },
      {
        en: 'his older sister just passed her test, so a belt in orange for her',
        es: 'su hermana mayor acaba de aprobar el examen, así que un cinturón naranja para ella',
        covers: 'colour family (orange → Color "Tiger Orange")',
        checks: [adds(line(M.belt, { Color: 'Tiger Orange' }, 1))],
      },
      {
        en: 'and a yellow one for their cousin, he tests next weekend',
        es: 'y uno amarillo para su primo, que presenta examen el otro fin de semana',
        covers:
          'sold-out variant (Color "Sunrise Yellow", said as yellow) refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('white|green|brown|blanc|verde|caf[eé]|marr[oó]n|forest|earth'),
        ],
      },
      {
        en: 'just a spare white one then, mine loses everything',
        es: 'entonces solo uno blanco de repuesto, el mío todo lo pierde',
        covers: 'option value by catalog name after a refusal (Color "White")',
        checks: [adds(line(M.belt, { Color: 'White' }, 1))],
      },
      {
        en: 'how wide are those belts?',
        es: '¿de qué ancho son esos cinturones?',
        covers: 'spec question answered from the product text (1.5 in wide)',
        checks: [
          says('1[.,]5|one and a half|an inch and a half|pulgada y media|uno y medio|1 ½'),
          says('belt|cintur[oó]n|wide|ancho'),
          shownOnly(M.belt),
        ],
      },
      {
        en: 'his dojo wants them in sparring gear by spring. the kids set, the medium',
        es: 'en su dojo piden equipo de combate para la primavera. el set de niños, el mediano',
        covers: 'option value by catalog name (Size "Child M")',
        checks: [adds(line(M.kidsSparring, { Size: 'Child M' }, 1))],
      },
      {
        en: 'is there a mouthguard in that set?',
        es: '¿ese set trae protector bucal?',
        covers: 'spec question whose answer in the text is no (mouthguard not included)',
        checks: [
          says(NO),
          says('sparring|set|mouthguard|protector|bucal|kit'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.kidsSparring),
        ],
      },
      {
        en: 'then a youth mouthguard in the neon one, he loses the clear ones',
        es: 'entonces un protector juvenil en el color fosforito, los transparentes los pierde',
        covers: 'colour family (neon → Color "Volt") + Size "Youth"',
        checks: [adds(line(M.mouthguard, { Size: 'Youth', Color: 'Volt' }, 1))],
      },
      {
        en: "he's begging for a jump rope like his dad's. which length suits a kid his height?",
        es: 'me está rogando una cuerda para saltar como la de su papá. ¿qué largo le conviene a un niño de su estatura?',
        covers: 'spec question answered from the product text (8 ft up to 5 ft 4 in)',
        checks: [
          says('\\b8\\b|eight|ocho'),
          says('rope|cuerda|ft|pies|feet'),
          saysNot(IDK),
          shownOnly(M.rope),
        ],
      },
      {
        en: 'do you run any discounts for families?',
        es: '¿tienen algún descuento vigente para familias?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?belt ?10'),
          says('dojo ?20'),
          saysNot('summer ?camp ?15'),
          notCalled('search_products'),
        ],
      },
      {
        en: "the camp handout says SUMMERCAMP15, let's try it",
        es: 'en el folleto del campamento dice SUMMERCAMP15, probemos',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'ugh. put DOJO20 on instead',
        es: 'uf. entonces ponle DOJO20',
        covers: 'apply a promo code',
        checks: [promo('DOJO20')],
      },
      {
        en: "that should cover both kids. I'm ready to check out",
        es: 'con eso quedan cubiertos los dos niños. ya quiero pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('gi|belt|sparring|mouthguard|karate|uniform|cintur|protector|combate'),
        ],
      },
      {
        en: 'nope, not yet, I have a question',
        es: 'no, todavía no, tengo una duda',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "if I wash the gi and it's still huge on him, can I return it?",
        es: 'si lavo el gi y le sigue quedando enorme, ¿lo puedo devolver?',
        covers: 'policy question answered from the policy text (uniforms returned only unwashed)',
        checks: [
          saysNot(IDK),
          says(RETURNS),
          says('unwashed|washed|sin lavar|lavad|unworn|sin usar'),
          notCalled('search_products'),
        ],
      },
      {
        en: "ok, I won't wash it until it fits. go on, send it to El Paso",
        es: 'bueno, no lo lavo hasta que le quede. sigue, mándalo a El Paso',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, all correct, please place the order',
        es: 'sí, todo está bien, haz el pedido por favor',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'is the karate gear on a truck yet?',
        es: '¿ya salió del almacén lo del karate?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: "turns out grandma already bought him everything. I'd like to cancel",
        es: 'resulta que la abuela ya le compró todo. quiero cancelar',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "that's right, call the whole thing off",
        es: 'sí, segurísima, cancela todo el pedido',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: mats under 200, nothing that folds, expandable only, start over, cheapest mat, protective gear in large, ordinal, sold-out fraction thickness + pack, quantity keeps the thickness, tile size, unknown smell, sold-out bag weight, weight after refusal, no concrete ceiling, faster speed bag, bokken wood, bokken by a need, draft, quantity, read-back, remove, empty, human',
    steps: [
      {
        en: "I'm kitting out a corner of the garage to train in. what mats do you have for under two hundred?",
        es: 'estoy montando un rincón del garaje para entrenar. ¿qué tatamis tenéis por menos de doscientos?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Mats', maxPrice: 200 }), neverShown(M.draftGloves)],
      },
      {
        en: "they're staying down for good, so leave out anything that folds",
        es: 'se van a quedar puestos para siempre, así que fuera los plegables',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Mats', maxPrice: 200, notHandles: [M.foldingMat] })],
      },
      {
        en: 'and only the kind I can keep adding pieces to as the space grows',
        es: 'y solo de los que pueda ir ampliando con más piezas cuando crezca el espacio',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Mats', maxPrice: 200, handles: [M.puzzleMats] })],
      },
      {
        en: 'scrap that, let me just see all the mats again',
        es: 'déjalo estar y sácame todos los tatamis otra vez, sin filtros',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Mats' }),
          shownSome({ handles: [M.foldingMat] }),
          shownSome({ handles: [M.rollMat] }),
        ],
      },
      {
        en: 'which one is the budget option?',
        es: '¿y de ahí, qué es lo que menos pasta cuesta?',
        covers: 'superlative over price',
        checks: [best(M.puzzleMats, 'puzzle|tile|\\b79\\b|puzle|loseta', 'fold|roll|pleg|enroll')],
      },
      {
        en: 'what protective gear do you have in a large?',
        es: '¿qué protecciones tenéis en talla L?',
        covers: 'category search by an option value (Size "L")',
        checks: [shown({ type: 'Protective Gear', option: { name: 'Size', values: ['L'] } })],
      },
      {
        en: 'the number two on that list, add it',
        es: 'añade la segunda que has dicho',
        covers: 'ordinal reference to the list shown ("the second one") keeps the size asked in the search',
        checks: [addedShownAt(2, { Size: 'L' })],
      },
      {
        en: "back to the floor. I'll do judo throws on it, so the inch and a half tiles, the ten pack",
        es: 'volviendo al suelo. voy a hacer proyecciones de judo, así que las losetas de pulgada y media, el pack de diez',
        covers:
          'sold-out decimal size ("inch and a half" → Thickness "1 1/2 in") + Pack "10 Tiles" refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('4 tiles|four|cuatro|\\b4\\b|3/4|1 in|one inch|una pulgada'),
        ],
      },
      {
        en: 'the thick ones are a must. give me two of the four-packs in that thickness',
        es: 'el grosor no lo negocio. dame dos packs de cuatro de ese grosor',
        covers:
          'quantity + option value by catalog name after a refusal keeps the thickness (Pack "4 Tiles", Thickness "1 1/2 in")',
        checks: [adds(line(M.puzzleMats, { Thickness: '1 1/2 in', Pack: '4 Tiles' }, 2))],
      },
      {
        en: 'how much floor does each tile cover?',
        es: '¿cuánto suelo cubre cada loseta?',
        covers: 'spec question answered from the product text (39 x 39 in per tile)',
        checks: [
          says('\\b39\\b|thirty.nine|treinta y nueve|1 ?m'),
          says('tile|mat|loseta|tatami|puzzle|in|pulgada'),
          shownOnly(M.puzzleMats),
        ],
      },
      {
        en: 'do they stink of rubber when they first come out of the box?',
        es: '¿huelen a goma cuando los sacas de la caja?',
        covers: "spec question not in the text: don't know (smell)",
        checks: [says(DONT_KNOW), says('tile|mat|loseta|tatami|puzzle'), shownOnly(M.puzzleMats)],
      },
      {
        en: 'now a heavy bag for the corner. the hundred pound banana one',
        es: 'ahora un saco para la esquina. el banana de cien libras',
        covers: 'sold-out variant (Weight "100 lb") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b70\\b|seventy|setenta')],
      },
      {
        en: "seventy will have to do, I'm not a heavyweight",
        es: 'me apaño con el de setenta, tampoco soy un peso pesado',
        covers: 'option value by catalog name after a refusal (Weight "70 lb")',
        checks: [adds(line(M.banana, { Weight: '70 lb' }, 1))],
      },
      {
        en: 'the garage ceiling is poured concrete. will your ceiling hanger hold it up there?',
        es: 'el techo del garaje es de hormigón. ¿vuestro anclaje de techo lo aguanta ahí?',
        covers: 'spec question whose answer in the text is no (wooden joists only, not concrete)',
        checks: [
          says(NO),
          says('hanger|concrete|joist|wood|anclaje|hormig[oó]n|madera|viga|techo'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.hanger),
        ],
      },
      {
        en: 'which of the two speed bags will be quicker to hit?',
        es: 'de los dos sacos de velocidad, ¿cuál va más rápido?',
        covers: 'spec question answered from the product text (the smaller bag is faster)',
        checks: [
          says('smaller|small|9 ?x ?6|nine by six|peque[nñ]o|m[aá]s chico|9 por 6'),
          says('speed|bag|saco|pera|velocidad'),
          saysNot(IDK),
          shownOnly(M.speedBag),
        ],
      },
      {
        en: 'my aikido partner and I want to knock bokken together. which wood holds up to that?',
        es: 'mi compañero de aikido y yo queremos chocar los bokken entre nosotros. ¿qué madera aguanta eso?',
        covers: 'spec question answered from the product text (White Oak for partner drills)',
        checks: [
          says('white oak|roble blanco'),
          says('bokken|sword|espada|wood|madera'),
          saysNot(IDK),
          shownOnly(M.bokken),
        ],
      },
      {
        en: 'one of those, the one that survives the partner drills',
        es: 'uno de esos, el que aguanta el trabajo en pareja',
        covers:
          'option value by catalog name from the product text ("survives the partner drills" → Wood "White Oak")',
        checks: [adds(line(M.bokken, { Wood: 'White Oak' }, 1))],
      },
      {
        en: 'have the new Titan Pro fight gloves dropped yet?',
        es: '¿han salido ya los guantes Titan Pro nuevos de competición?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Boxing Gloves', notHandles: [M.draftGloves] }),
          saysNot('\\bpro\\b|2027|preview|\\b149\\b'),
        ],
      },
      {
        en: 'two bottles of the mat spray, the thirty-two ounce size',
        es: 'dos botes del espray para tatami, el de treinta y dos onzas',
        covers: 'quantity + option value by catalog name (Size "32 oz")',
        checks: [adds(line(M.cleaner, { Size: '32 oz' }, 2))],
      },
      {
        en: 'walk me through the basket, prices included',
        es: 'repásame la cesta, precios incluidos',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('tile|mat|banana|bag|spray|cleaner|loseta|tatami|saco|limpiador')],
      },
      {
        en: 'get rid of the spray, a bucket and soap will do',
        es: 'quita el espray, me apaño con un cubo y jabón',
        covers: 'remove an item',
        checks: [removes(line(M.cleaner))],
      },
      {
        en: 'you know what, wipe the whole basket, the garage is full of bikes anyway',
        es: 'mira, vacía la cesta entera, el garaje está lleno de bicis de todas formas',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'can a staff member call me about fitting out a small dojo?',
        es: '¿me puede llamar alguien de la tienda para equipar un dojo pequeño?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: used gloves, heavy bag freight, a heavy bag to Canada, small-order shipping, a glove split on a tree, belt embroidery, a check, monthly payments, Australia, a dojo bulk discount',
    steps: [
      {
        en: "I've done two weeks of classes in the Titans and they hurt my wrists. can I get my money back?",
        es: 'llevo dos semanas de clases con los Titan y me lastiman las muñecas. ¿me devuelven la plata?',
        covers: 'policy question answered from the policy text (gloves used for training cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'what does shipping run for a heavy bag?',
        es: '¿cuánto sale el envío de un saco de boxeo?',
        covers: 'policy question answered from the policy text (heavy bags by freight for $49)',
        checks: [saysNot(IDK), says('\\b49\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'my brother trains in Calgary. can you get a banana bag up to him?',
        es: 'mi hermano entrena en Calgary. ¿le pueden mandar un saco banana hasta allá?',
        covers: 'policy question answered from the policy text (heavy bags cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'if I just order a roll of finger tape, how much is the postage?',
        es: 'si solo pido un paquete de tape para los dedos, ¿cuánto cuesta el envío?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('7[.,]95'), notCalled('search_products')],
      },
      {
        en: 'I punched a tree at the park showing off and the glove seam ripped. warranty?',
        es: 'le pegué a un árbol en el parque por hacerme el valiente y se abrió la costura del guante. ¿entra en la garantía?',
        covers: 'policy question answered from the policy text (damage from hitting trees is not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: "could you stitch my son's name onto his belt? what would that cost?",
        es: '¿le pueden bordar el nombre de mi hijo en el cinturón? ¿cuánto costaría?',
        covers: 'policy question answered from the policy text (embroidery for $12)',
        checks: [saysNot(IDK), says('\\b12\\b'), notCalled('add_to_cart')],
      },
      {
        en: "I'd like to mail you a paper check, is that alright?",
        es: '¿les sirve si les mando un cheque por correo?',
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
        en: 'is there a monthly plan if I buy a whole mat floor?',
        es: '¿puedo pagar un piso completo de tatami en mensualidades?',
        covers:
          'policy question answered from the policy text (Affirm monthly payments on orders of $250 or more)',
        checks: [
          saysNot(IDK),
          says('affirm|monthly|mensual|plazo|cuota'),
          says('\\b250\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: "we're relocating to Melbourne in the spring. will you still deliver to us there?",
        es: 'nos mudamos a Melbourne, en Australia, en primavera. ¿nos van a seguir enviando allá?',
        covers: 'policy question answered from the policy text (no shipping outside the US and Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('australia|melbourne|other countr|otros pa[ií]ses|united states|estados unidos|canad'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'I run a small dojo. is there a price break if I buy twenty gis at once?',
        es: 'tengo un dojo pequeño. ¿hay precio especial si compro veinte uniformes de una vez?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
