/**
 * Beekeeping (hive kits, boxes and parts, frames and foundation, smokers and hive tools, bee suits,
 * jackets, veils and gloves, extractors and honey processing, jars, feeders and colony health), EN
 * and ES shoppers on the English-only catalog. Frozen: written before this round's tuning; never
 * edit expectations.
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
import { B } from './beekeeping.handles.ts';
import { IDK, keeps, NO, NOT_NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

export const [beekeepingEn, beekeepingEs] = scripts('beekeeping', [
  {
    title:
      'a first hive: starter hives up to 350, no bees included, sold-out finish, frames in the kit, assembled, unknown treatment, comparison, price, no extractor for a top bar, lightest box full, quantity + colour family, sold-out colour, colour family, sold-out frame pack, quantity, frames not interchangeable, sold-out big smoker, burn time, decimal length, several items, save for later, biggest feeder, drowning, total, remove',
    steps: [
      {
        en: 'first year keeping bees and I want to start with one hive. what starter setups do you have for 350 or less?',
        es: 'es mi primer año con abejas y quiero empezar con una colmena. ¿qué equipos de iniciación tenéis por 350 o menos?',
        covers: 'category search with a price bound by a use from the product text (a first colony)',
        checks: [
          shown({ type: 'Hive Kits', maxPrice: 350 }),
          shownSome({ handles: [B.homestead] }),
          neverShown(B.draftHive),
        ],
      },
      {
        en: 'do the bees come with the Homestead kit?',
        es: '¿el kit Homestead trae las abejas?',
        covers: 'spec question whose answer in the text is no (bees not included)',
        checks: [says(NO), says('homestead'), saysNot(NOT_YES), saysNot(IDK), shownOnly(B.homestead)],
      },
      {
        en: "I'd rather get it already painted white, I'm no good with a brush",
        es: 'lo prefiero ya pintado de blanco, que yo con la brocha soy un desastre',
        covers: 'sold-out variant (Finish "Painted White") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('unpainted|sin pintar|natural|bare|raw')],
      },
      {
        en: "fine, unpainted. I'll get my nephew to paint it",
        es: 'bueno, sin pintar. ya lo pintará mi sobrino',
        covers: 'option value by catalog name after a refusal (Finish "Unpainted")',
        checks: [adds(line(B.homestead, { Finish: 'Unpainted' }, 1))],
      },
      {
        en: 'how many frames are in that kit?',
        es: '¿cuántos cuadros vienen en ese kit?',
        covers: 'spec question answered from the product text (20 frames)',
        checks: [says('\\b20\\b|twenty|veinte'), says('homestead|kit|frame|cuadro'), shownOnly(B.homestead)],
      },
      {
        en: 'does it show up already put together?',
        es: '¿llega ya montado?',
        covers: 'spec question answered yes from the product text (ships fully assembled)',
        checks: [
          says('yes|\\bsi\\b|assembled|montad|armad'),
          says('homestead|kit'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(B.homestead),
        ],
      },
      {
        en: 'is the wood on the Homestead treated with anything?',
        es: '¿la madera del Homestead lleva algún tratamiento?',
        covers: "spec question not in the text: don't know (wood treatment)",
        checks: [says(DONT_KNOW), says('homestead|kit'), shownOnly(B.homestead), notCalled('add_to_cart')],
      },
      {
        en: "what's the actual difference between the Homestead and the top bar hive?",
        es: '¿en qué se diferencian el Homestead y la colmena de barras?',
        covers: 'comparison of two named products',
        checks: [says('homestead'), says('top ?bar|barras|cedar|cedro'), shownOnly(B.homestead, B.topbar)],
      },
      {
        en: 'and how much do you want for the top bar one?',
        es: '¿y cuánto cuesta la de barras?',
        covers: "price in the store's currency",
        checks: [says('\\b349\\b'), says('top ?bar|barras|cedar|cedro'), ...usd],
      },
      {
        en: 'if I went top bar, could I still spin the honey out in an extractor?',
        es: 'si me decidiera por la de barras, ¿podría sacar la miel con un extractor?',
        covers: 'spec question whose answer in the text is no (top bar comb cannot go in an extractor)',
        checks: [
          says(NO),
          says('top ?bar|barras|cedar|cedro'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.topbar),
        ],
      },
      {
        en: 'I have a bad back. which of your hive boxes is lightest to lift once it is full of honey?',
        es: 'tengo la espalda fatal. ¿cuál de vuestras cajas pesa menos cuando está llena de miel?',
        covers: 'superlative over a numeric attribute (weight full of honey in the description)',
        checks: [
          best(
            B.medium10,
            'medium|\\b50\\b|media alza|alza',
            '8.?frame deep|deep hive body|\\b60\\b|\\b80\\b',
          ),
        ],
      },
      {
        en: 'two of those supers in blue',
        es: 'dos de esas alzas en azul',
        covers: 'quantity + colour family (blue → Finish "Sky Blue")',
        checks: [adds(line(B.medium10, { Finish: 'Sky Blue' }, 2))],
      },
      {
        en: 'my neighbor runs eight-frame gear, she wants a deep box in that same blue',
        es: 'mi vecina trabaja con colmenas de ocho cuadros, quiere una caja profunda en ese mismo azul',
        covers:
          'sold-out variant (Finish "Sky Blue", 8-frame deep) refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('yellow|buttercup|green|meadow|unpainted|amarill|verde|sin pintar'),
        ],
      },
      {
        en: "she says yellow's just as good",
        es: 'dice que en amarillo también le vale',
        covers: 'colour family (yellow → Finish "Buttercup Yellow") after a refusal',
        checks: [adds(line(B.deep8, { Finish: 'Buttercup Yellow' }, 1))],
      },
      {
        en: 'I need frames for my supers, the wooden ones with foundation, medium, in the 50 pack',
        es: 'necesito cuadros para las alzas, los de madera con cera, tamaño medium, el paquete de 50',
        covers:
          'sold-out variant (Size "Medium" + Pack "50-Pack") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('10.?pack|deep|profund|\\b10\\b|diez|ten')],
      },
      {
        en: 'two of the medium 10-packs then',
        es: 'pues dos paquetes de 10 de los medium',
        covers: 'quantity + option values by catalog name after a refusal (Size "Medium", Pack "10-Pack")',
        checks: [adds(line(B.woodFrames, { Size: 'Medium', Pack: '10-Pack' }, 2))],
      },
      {
        en: 'would those medium frames also work in my deep boxes?',
        es: '¿esos cuadros medium me sirven también para las cajas profundas?',
        covers:
          'spec question whose answer in the text is no (deep and medium frames are not interchangeable)',
        checks: [
          says(NO),
          says('frame|cuadro|medium|deep|profund'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.woodFrames),
        ],
      },
      {
        en: "now a smoker, the big one so it doesn't die on me halfway through",
        es: 'ahora un ahumador, el grande, que no se me apague a mitad de revisión',
        covers:
          'sold-out variant (Size "4 x 10 in", said as the big one) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('4 ?x ?7|\\bseven\\b|\\bsiete\\b|small|pequen')],
      },
      {
        en: "ok, I'll take the smaller one",
        es: 'vale, me llevo el pequeño',
        covers: 'option value in words after a refusal ("the smaller one" → Size "4 x 7 in")',
        checks: [adds(line(B.smoker, { Size: '4 x 7 in' }, 1))],
      },
      {
        en: 'roughly how long does one load keep it going?',
        es: '¿más o menos cuánto aguanta encendido con una carga?',
        covers: 'spec question answered from the product text (45 minutes on one load)',
        checks: [
          says('\\b45\\b|forty.?five|cuarenta y cinco'),
          says('smoker|ahumador|minut'),
          shownOnly(B.smoker),
        ],
      },
      {
        en: 'add a hive tool, the ten and a half inch',
        es: 'añade una palanca, la de diez pulgadas y media',
        covers: 'decimal size in words ("ten and a half inch" → Length "10.5 in")',
        checks: [adds(line(B.hiveTool, { Length: '10.5 in' }, 1))],
      },
      {
        en: 'plus a bee brush and the 3 pound bag of smoker fuel',
        es: 'y un cepillo para abejas y la bolsa de 3 libras de combustible para el ahumador',
        covers: 'several items in one request, one by an option value by catalog name (Pack "3 lb")',
        checks: [adds(line(B.brush, undefined, 1), line(B.fuel, { Pack: '3 lb' }, 1))],
      },
      {
        en: "park the fuel for later, I've got a pile of pine needles to burn first",
        es: 'el combustible déjamelo para más adelante, primero voy a gastar las agujas de pino que tengo',
        covers: 'save for later',
        checks: [saved(B.fuel), keeps(B.fuel)],
      },
      {
        en: 'which of your feeders holds the most syrup?',
        es: '¿cuál de vuestros alimentadores lleva más jarabe?',
        covers: 'superlative over a numeric attribute (syrup capacity in the description)',
        checks: [
          best(
            B.topFeeder,
            'hive top|top feeder|\\b3 gal|techo|cubierta|superior',
            'entrance|piquera|entrada',
          ),
        ],
      },
      {
        en: 'the 10-frame one',
        es: 'el de 10 cuadros',
        covers: 'option value by catalog name (Frames "10-Frame")',
        checks: [adds(line(B.topFeeder, { Frames: '10-Frame' }, 1))],
      },
      {
        en: 'are my bees going to drown in that thing?',
        es: '¿no se me van a ahogar las abejas ahí dentro?',
        covers: 'spec question whose answer in the text is no (mesh ladders keep bees from drowning)',
        checks: [
          says(NO),
          says('feeder|alimentador|ladder|escal|mesh|malla|rejilla'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.topFeeder),
        ],
      },
      {
        en: 'how much am I up to?',
        es: '¿cuánto llevo ya?',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says(
            'homestead|super|alza|deep|frame|cuadro|smoker|ahumador|hive tool|palanca|brush|cepillo|feeder|alimentador|kit',
          ),
        ],
      },
      {
        en: 'take the bee brush back out',
        es: 'saca el cepillo',
        covers: 'remove an item',
        checks: [removes(line(B.brush))],
      },
    ],
  },
  {
    title:
      'protective gear, extracting and checkout: a cool suit under 200, not sting-proof, size from the chest chart, sold-out size + colour, colour family, sold-out gloves, washing machine, sold-out kids size by age, bigger kids size, extractors under 400, reservoir, sold-out frames + drive, flipping frames, sold-out jar pack, quantity, promos, expired code, code, checkout, no, worn suits, order, status, cancel',
    steps: [
      {
        en: 'I need a full bee suit that will not roast me on hot afternoons, under 200',
        es: 'necesito un buzo de apicultor completo que no me ase por la tarde con el calor, de menos de 200',
        covers: 'category search with a price bound by a use from the product text (ventilated for heat)',
        checks: [shown({ type: 'Bee Suits', maxPrice: 200 }), shownSome({ handles: [B.suit] })],
      },
      {
        en: 'so with the ventilated one, nothing can sting me through it?',
        es: 'o sea, ¿con el ventilado ya no me puede picar nada?',
        covers: 'spec question whose answer in the text is no (sting-resistant, not sting-proof)',
        checks: [
          says(NO),
          says('suit|traje|buzo|ventilat'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.suit),
        ],
      },
      {
        en: 'I measure about 43 inches around the chest. give me the size that fits, in white',
        es: 'tengo unos 109 cm de pecho. ponme la talla que me corresponda, en blanco',
        covers: 'option value by catalog name from the sizes in the product text (43 in chest → Size "L")',
        checks: [adds(line(B.suit, { Size: 'L', Color: 'White' }, 1))],
      },
      {
        en: 'my husband needs one too, XL in white',
        es: 'mi marido también necesita uno, XL en blanco',
        covers:
          'sold-out variant (Size "XL" + Color "White") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('khaki|caqui|beige|\\bl\\b|large|xxl')],
      },
      {
        en: "tan's fine for him, same size",
        es: 'en beige le vale, misma talla',
        covers: 'colour family (tan → Color "Khaki") after a refusal keeps the size',
        checks: [adds(line(B.suit, { Size: 'XL', Color: 'Khaki' }, 1))],
      },
      {
        en: 'goatskin gloves, medium',
        es: 'guantes de piel de cabra, talla M',
        covers: 'sold-out variant (Size "M") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\bs\\b|\\bl\\b|small|large|pequen|grande')],
      },
      {
        en: "large then, I'll live with them a bit roomy",
        es: 'pues la L, ya me quedarán un poco holgados',
        covers: 'option value by catalog name after a refusal (Size "L")',
        checks: [adds(line(B.gloves, { Size: 'L' }, 1))],
      },
      {
        en: 'can I toss them in the washing machine when they get gross?',
        es: '¿los puedo meter en la lavadora cuando estén hechos un asco?',
        covers: 'spec question whose answer in the text is no (hand wash only)',
        checks: [
          says(NO),
          says('glove|guante|hand|mano'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.gloves),
        ],
      },
      {
        en: "my daughter is 8 and she's dying to help. a kids suit in her size?",
        es: 'mi hija tiene 8 años y se muere por ayudar. ¿un buzo infantil de su talla?',
        covers:
          'sold-out variant (Size "Age 7-9", from her age) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('4.?(6|a 6)|10.?(12|a 12)')],
      },
      {
        en: "get the bigger one, she'll grow into it",
        es: 'coge la más grande, ya crecerá',
        covers: 'option value in words after a refusal ("the bigger one" → Size "Age 10-12")',
        checks: [adds(line(B.kidsSuit, { Size: 'Age 10-12' }, 1))],
      },
      {
        en: 'what honey extractors do you have under 400?',
        es: '¿qué extractores de miel tenéis por menos de 400?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Extractors', maxPrice: 400 }), shownSome({ handles: [B.extractor] })],
      },
      {
        en: 'how much honey can pool in the bottom before I have to drain it?',
        es: '¿cuánta miel cabe en el fondo antes de tener que vaciarlo?',
        covers: 'spec question answered from the product text (about 40 lb below the basket)',
        checks: [
          says('\\b40\\b'),
          says('extractor|tangential|tangencial|honey|miel|lb|libra'),
          shownOnly(B.extractor),
        ],
      },
      {
        en: 'the four frame, electric',
        es: 'el de cuatro cuadros, eléctrico',
        covers:
          'sold-out variant (Frames "4-Frame" + Drive "Electric") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('hand|crank|manivela|manual|2.?frame|\\btwo\\b|\\bdos\\b')],
      },
      {
        en: "hand crank four frame is fine, I'll get my arm workout",
        es: 'el de manivela de cuatro cuadros me vale, así hago brazo',
        covers: 'option values by catalog name after a refusal (Frames "4-Frame", Drive "Hand Crank")',
        checks: [adds(line(B.extractor, { Frames: '4-Frame', Drive: 'Hand Crank' }, 1))],
      },
      {
        en: 'with that one, do I have to turn the frames around halfway?',
        es: 'con ese, ¿hay que darles la vuelta a los cuadros a mitad?',
        covers: 'spec question answered yes from the product text (tangential: frames turned over)',
        checks: [
          says('yes|\\bsi\\b|turn|flip|girar|dar(les)? la vuelta|voltear'),
          says('extractor|tangential|tangencial|frame|cuadro'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(B.extractor),
        ],
      },
      {
        en: 'glass jars, the 16 ounce ones, a case of 24',
        es: 'tarros de cristal, los de 16 onzas, la caja de 24',
        covers:
          'sold-out variant (Size "16 oz" + Pack "24-Pack") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('12.?pack|\\btwelve\\b|\\bdoce\\b|\\b12\\b|8 ?oz|3 ?lb')],
      },
      {
        en: 'then two 12-packs of the 16 ounce',
        es: 'pues dos cajas de 12 de los de 16 onzas',
        covers: 'quantity + option values by catalog name after a refusal (Size "16 oz", Pack "12-Pack")',
        checks: [adds(line(B.jars, { Size: '16 oz', Pack: '12-Pack' }, 2))],
      },
      {
        en: 'are there any discount codes I should know about?',
        es: '¿hay algún código de descuento que deba saber?',
        covers: 'list the promos (not the expired one)',
        checks: [says('swarm ?15'), says('nectar ?30'), saysNot('bee ?day'), notCalled('search_products')],
      },
      {
        en: 'what about BEEDAY20?',
        es: '¿y BEEDAY20?',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'use NECTAR30 then',
        es: 'pues usa NECTAR30',
        covers: 'apply a promo code',
        checks: [promo('NECTAR30')],
      },
      {
        en: "I think that's all the gear, let's pay",
        es: 'ya estoy lista para pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('suit|traje|buzo|glove|guante|extractor|jar|tarro|kids|infantil|bee'),
        ],
      },
      {
        en: 'no, hang on, not yet',
        es: 'no, espérate, todavía no',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'if we wear the suits once and hate them, can we still send them back?',
        es: 'si nos ponemos los buzos una vez y no nos gustan, ¿los podemos devolver?',
        covers: 'policy question answered from the policy text (suits returned only unworn and unwashed)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: "ok, let's wrap it up. ship to Asheville",
        es: 'vale, vamos a cerrarlo. envíalo a Asheville',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, go ahead and confirm it',
        es: 'sí, adelante, confírmalo',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'any news on where my bee gear is?',
        es: '¿qué se sabe de mi pedido de material?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'shoot, my husband already bought a suit from someone else. cancel the order',
        es: 'vaya, mi marido ya se compró un buzo en otro sitio. cancela el pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yes, cancel the whole thing',
        es: 'sí, anúlalo entero',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: frames under 40, nothing plastic, start over, mite frames only, cheapest hive kit, draft, 8 oz containers, ordinal, sold-out decimal bucket, bucket capacity, unknown BPA, sold-out pen colour, year colour, quantity, patties, no real pollen, read-back, remove, empty, human',
    steps: [
      {
        en: 'what frames do you sell for under 40?',
        es: '¿qué cuadros vendéis por menos de 40?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Frames', maxPrice: 40 })],
      },
      {
        en: "nothing plastic though, I'm trying to keep it natural",
        es: 'pero nada de plástico, quiero que todo sea natural',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Frames', maxPrice: 40, notHandles: [B.plasticFrames, B.drone] })],
      },
      {
        en: "scratch that, start over and show me every frame you carry, plastic's fine",
        es: 'olvídalo, empieza de nuevo y enséñame todos los cuadros que tengáis, el plástico me da igual',
        covers: 'start over drops the price bound and the negation',
        checks: [
          shown({ type: 'Frames' }),
          shownSome({ handles: [B.plasticFrames] }),
          shownSome({ handles: [B.drone] }),
        ],
      },
      {
        en: 'only the ones that help with varroa',
        es: 'solo los que sirven contra la varroa',
        covers: 'refinement by a use from the product text keeps the category',
        checks: [shown({ type: 'Frames', handles: [B.drone] })],
      },
      {
        en: "what's the least expensive complete hive you sell?",
        es: '¿cuál es la colmena completa más económica que vendéis?',
        covers: 'superlative over price (the draft product is never offered)',
        checks: [
          best(B.homestead, 'homestead|\\b289\\b', 'top ?bar|cedar|cedro|barras|flowline|observation'),
          neverShown(B.draftHive),
        ],
      },
      {
        en: 'do you have one of those observation hives with the glass sides for the kitchen?',
        es: '¿tenéis alguna colmena de observación con los laterales de cristal para la cocina?',
        covers: 'a draft product is never offered',
        checks: [neverShown(B.draftHive), saysNot('flowline|2027|preview|\\b599\\b')],
      },
      {
        en: 'which honey containers come in 8 ounce?',
        es: '¿qué envases para miel tenéis en 8 onzas?',
        covers: 'category search by an option value (Size "8 oz")',
        checks: [shown({ type: 'Honey Jars', option: { name: 'Size', values: ['8 oz'] } })],
      },
      {
        en: "I'll take the first one on the list",
        es: 'me quedo con el primero',
        covers: 'ordinal reference to the list shown ("the first one") keeps the size asked in the search',
        checks: [addedShownAt(1, { Size: '8 oz' })],
      },
      {
        en: 'a bottling bucket, the two and a half gallon',
        es: 'un cubo de envasar, el de dos galones y medio',
        covers:
          'sold-out decimal size ("two and a half gallon" → Capacity "2.5 gal") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b5\\b|\\bfive\\b|\\bcinco\\b')],
      },
      {
        en: 'the five gallon then',
        es: 'pues el de cinco galones',
        covers: 'option value by catalog name after a refusal (Capacity "5 gal")',
        checks: [adds(line(B.bucket, { Capacity: '5 gal' }, 1))],
      },
      {
        en: 'how many pounds of honey will that hold?',
        es: '¿cuántas libras de miel le caben?',
        covers: 'spec question answered from the product text (about 60 lb)',
        checks: [
          says('\\b60\\b|sixty|sesenta'),
          says('bucket|cubo|balde|gal|honey|miel'),
          shownOnly(B.bucket),
        ],
      },
      {
        en: 'is that bucket BPA free?',
        es: '¿ese cubo es libre de BPA?',
        covers: "spec question not in the text: don't know (BPA)",
        checks: [says(DONT_KNOW), says('bucket|cubo|balde'), shownOnly(B.bucket)],
      },
      {
        en: 'a queen marking pen in red',
        es: 'un rotulador para marcar reinas en rojo',
        covers: 'sold-out variant (Color "Red") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('white|yellow|green|blue|blanc|amarill|verde|azul')],
      },
      {
        en: 'which colour am I supposed to use on a queen from 2026?',
        es: '¿qué color se usa para una reina de 2026?',
        covers:
          'spec question answered from the product text (year colour code: white for years ending in 6)',
        checks: [
          says('white|blanc'),
          says('pen|marking|rotulador|marcador|colou?r|queen|reina'),
          shownOnly(B.pen),
        ],
      },
      {
        en: 'two white ones then',
        es: 'pues dos blancos',
        covers: 'quantity + option value by catalog name after a refusal (Color "White")',
        checks: [adds(line(B.pen, { Color: 'White' }, 2))],
      },
      {
        en: 'and a 20 pound box of pollen patties for spring buildup',
        es: 'y una caja de 20 libras de tortas de polen para el arranque de primavera',
        covers: 'option value by catalog name (Pack "20 lb")',
        checks: [adds(line(B.patties, { Pack: '20 lb' }, 1))],
      },
      {
        en: 'is there real pollen in those?',
        es: '¿llevan polen de verdad?',
        covers: 'spec question whose answer in the text is no (a substitute: no real pollen)',
        checks: [
          says(NO),
          says('patt|torta|substitut|sustitut|pollen|polen'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(B.patties),
        ],
      },
      {
        en: 'run through my cart for me',
        es: 'dime qué llevo en el carrito',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('jar|tarro|bear|oso|bucket|cubo|pen|rotulador|patt|torta|polen')],
      },
      {
        en: 'take the pollen patties out',
        es: 'quita las tortas de polen',
        covers: 'remove an item',
        checks: [removes(line(B.patties))],
      },
      {
        en: "actually just clear it all, I'll order after the club meeting",
        es: 'mejor vacíalo todo, ya pediré después de la reunión de la asociación',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'd like to speak with a real person who keeps bees",
        es: 'quiero hablar con una persona de verdad que sepa de abejas',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: a painted box, extractor freight, extractor to Canada, small-order shipping, burned bellows, a cracked box, a check, installments, opened patties, classes',
    steps: [
      {
        en: 'I painted one of the boxes and then realized I ordered the wrong size. can I return it?',
        es: 'pinté una de las cajas y luego me di cuenta de que había pedido la medida equivocada. ¿la puedo devolver?',
        covers: 'policy question answered from the policy text (painted woodenware cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'what does it cost to have an extractor shipped?',
        es: '¿cuánto cuesta que me envíen un extractor?',
        covers: 'policy question answered from the policy text (extractors by freight for $59)',
        checks: [saysNot(IDK), says('\\b59\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'could you ship an extractor to my cousin in Nova Scotia?',
        es: '¿podéis mandarle un extractor a mi primo en Nueva Escocia?',
        covers: 'policy question answered from the policy text (extractors cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: "what's shipping on an order of about 60 dollars?",
        es: '¿cuánto sale el envío de un pedido de unos 60 dólares?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('9[.,]95'), notCalled('search_products')],
      },
      {
        en: 'I left my smoker lit inside a closed box and the bellows got burned. is that under warranty?',
        es: 'dejé el ahumador encendido dentro de una caja cerrada y se quemó el fuelle. ¿lo cubre la garantía?',
        covers:
          'policy question answered from the policy text (bellows burned in a closed box are not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'one of my boxes showed up with a crack in it. what do I do?',
        es: 'una de las cajas me llegó rajada. ¿qué hago?',
        covers: 'policy question answered from the policy text (report cracked boxes within 14 days)',
        checks: [saysNot(IDK), says('\\b14\\b|fourteen|catorce'), notCalled('add_to_cart')],
      },
      {
        en: 'can I just mail you a check?',
        es: '¿os puedo mandar un cheque por correo?',
        covers: 'policy question answered from the policy text (personal checks not accepted)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('check|cheque'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'is there any way to pay it off over a few months?',
        es: '¿hay forma de pagarlo en unos cuantos meses?',
        covers:
          'policy question answered from the policy text (Shop Pay Installments on orders of $250 or more)',
        checks: [
          saysNot(IDK),
          says('shop ?pay|install|plazo|cuota'),
          says('\\b250\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'I opened a box of pollen patties and ended up not needing them. can those go back?',
        es: 'abrí una caja de tortas de polen y al final no me hicieron falta. ¿se pueden devolver?',
        covers: 'policy question answered from the policy text (opened pollen patties cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('add_to_cart')],
      },
      {
        en: 'do you run any hands-on beekeeping classes for beginners?',
        es: '¿dais algún curso práctico de apicultura para principiantes?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
