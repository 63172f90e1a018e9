/**
 * Ski & snowboard (skis, bindings, poles, boots, boards, goggles, helmets, outerwear, tuning), EN
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
  swaps,
  unchanged,
  usd,
} from '../../../dialogue/bilingual.ts';
import { keeps, NO, NOT_NO, NOT_YES, ONLY_UNOPENED, RETURNS } from './patterns.ts';
import { S } from './ski.handles.ts';

export const [skiEn, skiEs] = scripts('ski', [
  {
    title:
      "skis, bindings, poles and boots: groomer skis under 600, binding included, sold-out length, turn radius, comparison, weight unknown, widest, price, sold-out powder length, binding by weight, sold-out DIN, brake too narrow, poles by length, correction, wide-feet boots, no walk mode, decimal mondo size, stiffest boot, sold-out women's size, heat-moldable, footbeds, several items, save for later, total, remove",
    steps: [
      {
        en: "uh, I'm an intermediate, I mostly stay on the groomed runs. what skis have you got under 600?",
        es: 'eh, soy de nivel intermedio y casi siempre voy por pistas pisadas. ¿qué esquís tenéis por menos de 600?',
        covers:
          'category search with a price bound by a use from the product text (groomed runs, intermediate)',
        checks: [
          shown({ type: 'Skis', maxPrice: 600 }),
          shownSome({ handles: [S.carver] }),
          neverShown(S.aeroDraft),
        ],
      },
      {
        en: 'does the Carver come with bindings or do I buy those on top?',
        es: '¿el Carver viene con fijaciones o las tengo que comprar aparte?',
        covers: 'spec question answered yes from the product text (binding mounted, sold as a system)',
        checks: [
          says('yes|\\bsi\\b|fl11|mounted|montad|included|incluid|system|sistema'),
          says('carver'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(S.carver),
        ],
      },
      {
        en: "I'm about 5'10\", I was thinking the 170s",
        es: 'mido 1,78, estaba pensando en los de 170',
        covers: 'sold-out variant (Length "170 cm") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b164\\b|\\b158\\b|\\b152\\b')],
      },
      {
        en: "alright, I'll go with the 164s",
        es: 'vale, pues me quedo los de 164',
        covers: 'option value by catalog name after a refusal (Length "164 cm")',
        checks: [adds(line(S.carver, { Length: '164 cm' }, 1))],
      },
      {
        en: "what's the turn radius on them?",
        es: '¿qué radio de giro tienen?',
        covers: 'spec question answered from the product text (turn radius)',
        checks: [says('\\b14\\b'), says('carver|\\b78\\b|radius|radio'), shownOnly(S.carver)],
      },
      {
        en: 'how does the Carver 78 stack up against the Trail 88?',
        es: '¿qué diferencia hay entre el Carver 78 y el Trail 88?',
        covers: 'comparison of two named products',
        checks: [says('carver|\\b78\\b'), says('trail|\\b88\\b'), shownOnly(S.carver, S.trail)],
      },
      {
        en: 'and where are the Carvers made?',
        es: '¿y dónde fabrican los Carver?',
        covers: "spec question not in the text: don't know (where they are made)",
        checks: [says(DONT_KNOW), says('carver'), shownOnly(S.carver), notCalled('add_to_cart')],
      },
      {
        en: 'which of your skis is the fattest underfoot? like, widest waist',
        es: '¿cuál de vuestros esquís es el más ancho bajo el pie? o sea, el de cintura más ancha',
        covers: 'superlative over a numeric attribute (waist width in the title)',
        checks: [best(S.powder, 'powder|\\b108\\b', 'trail|\\b88\\b|carver|\\b78\\b|luna|\\b84\\b|cub')],
      },
      {
        en: "what's that one go for in a 180?",
        es: '¿y ese a cuánto sale en 180?',
        covers: "price in the store's currency",
        checks: [says('\\b649\\b'), says('powder|\\b108\\b'), ...usd],
      },
      {
        en: "my buddy's tall, he wants a pair in 188",
        es: 'mi colega es alto, quiere un par de 188',
        covers: 'sold-out variant (Length "188 cm") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b180\\b|\\b172\\b')],
      },
      {
        en: 'ok put the 180s in for him',
        es: 'vale, pues ponle los de 180',
        covers: 'option value by catalog name after a refusal (Length "180 cm")',
        checks: [adds(line(S.powder, { Length: '180 cm' }, 1))],
      },
      {
        en: "he needs bindings for them too. he's a big guy, around 210 pounds, and skis pretty hard",
        es: 'también necesita fijaciones para esos. es un tío grande, pesa unos 95 kilos y esquía bastante fuerte',
        covers: 'category search by a use from the product text (DIN range by weight)',
        checks: [shown({ type: 'Ski Bindings' }), shownSome({ handles: [S.grip] })],
      },
      {
        en: 'the Grip, 4 to 13, with the 110 brake',
        es: 'la Grip, la de 4 a 13, con el freno de 110',
        covers:
          'sold-out variant (DIN Range "4-13" + Brake Width "110 mm") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b90\\b|2-10|2 (to|a) 10')],
      },
      {
        en: 'would the 90 mm brake even work on a ski that wide?',
        es: '¿y el freno de 90 mm serviría en un esquí tan ancho?',
        covers: 'spec question whose answer in the text is no (brake narrower than a 108 mm waist)',
        checks: [says(NO), says('brake|freno|grip'), saysNot(NOT_YES), saysNot(DONT_KNOW), shownOnly(S.grip)],
      },
      {
        en: 'forget his bindings then. I need poles, the 125s',
        es: 'olvida las fijaciones entonces. yo necesito bastones, los de 125',
        covers: 'option value by catalog name picks the product (Length "125 cm")',
        checks: [adds(line(S.poles, { Length: '125 cm' }, 1))],
      },
      {
        en: 'hmm, actually make those 120s',
        es: 'mmm, mejor que sean de 120',
        covers: 'correction switches the option value (Length "120 cm")',
        checks: [swaps(line(S.poles, { Length: '120 cm' }, 1), line(S.poles, { Length: '125 cm' }))],
      },
      {
        en: "now boots. my feet are really wide and I'm no expert",
        es: 'ahora botas. tengo el pie muy ancho y no soy ningún experto',
        covers: 'category search by a use from the product text (wide feet, not experts)',
        checks: [
          shown({ type: 'Ski Boots' }),
          best(S.comfort80, 'comfort|\\b80\\b', 'pro|\\b120\\b|aria|\\b95\\b'),
        ],
      },
      {
        en: 'does that one have a walk mode?',
        es: '¿esa tiene modo caminar?',
        covers: 'spec question whose answer in the text is no (no walk mode)',
        checks: [
          says(NO),
          says('comfort|\\b80\\b|bota|boot'),
          saysNot(NOT_YES),
          saysNot(DONT_KNOW),
          shownOnly(S.comfort80),
        ],
      },
      {
        en: "that's ok. twenty six and a half, please",
        es: 'no pasa nada. un 26,5, por favor',
        covers: 'decimal size ("twenty six and a half" → Size "26.5")',
        checks: [adds(line(S.comfort80, { Size: '26.5' }, 1))],
      },
      {
        en: 'out of curiosity, which boot is the stiffest one you sell?',
        es: 'por curiosidad, ¿cuál es la bota más rígida que vendéis?',
        covers: 'superlative over a numeric attribute (flex in the title)',
        checks: [best(S.pro120, 'pro|\\b120\\b', 'comfort|\\b80\\b|aria|\\b95\\b')],
      },
      {
        en: "my wife wants the women's Aria in a 24.5",
        es: 'mi mujer quiere la Aria de mujer en 24,5',
        covers: 'sold-out variant (Size "24.5") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('23[.,]5|25[.,]5')],
      },
      {
        en: 'she says a 25 and a half works',
        es: 'dice que un 25 y medio le vale',
        covers: 'decimal size after a refusal (Size "25.5")',
        checks: [adds(line(S.aria95, { Size: '25.5' }, 1))],
      },
      {
        en: 'can the liners on those be heat molded?',
        es: '¿los botines de esas se pueden termoformar?',
        covers: 'spec question answered yes from the product text (heat-moldable liner)',
        checks: [
          says('yes|\\bsi\\b|heat|mold|termo'),
          says('aria|\\b95\\b'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(S.aria95),
        ],
      },
      {
        en: 'I want footbeds for me too, a medium',
        es: 'también quiero plantillas para mí, una mediana',
        covers: 'option value in words ("a medium" → Size "M")',
        checks: [adds(line(S.footbeds, { Size: 'M' }, 1))],
      },
      {
        en: 'throw in the boot dryer and a set of those ski straps',
        es: 'añade el secador de botas y unas cintas para llevar los esquís',
        covers: 'several items in one request',
        checks: [adds(line(S.dryer, undefined, 1), line(S.straps, undefined, 1))],
      },
      {
        en: "park the dryer for later, I'll decide at home",
        es: 'el secador guárdamelo para más tarde, lo decido en casa',
        covers: 'save for later',
        checks: [saved(S.dryer), keeps(S.dryer)],
      },
      {
        en: 'so what am I up to so far?',
        es: '¿cuánto llevo gastado hasta ahora?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('carver|powder|comfort|aria|pole|baston|footbed|plantilla|strap|cinta')],
      },
      {
        en: "take the poles out, I'll use my old ones",
        es: 'quita los bastones, usaré los viejos',
        covers: 'remove an item',
        checks: [removes(line(S.poles))],
      },
    ],
  },
  {
    title:
      'snowboards, goggles and helmets: first board under 400, flex, sold-out length, sold-out wide, bindings in white, binding size, sold-out colour, half size boots, glasses-friendly goggles, flat-light lens, sold-out lens, colour families, MIPS helmets, sold-out helmet, youth helmet, promos, checkout, no, returns, order, status, cancel',
    steps: [
      {
        en: "my daughter's just starting to snowboard. what's a good first board, under 400?",
        es: 'mi hija está empezando con el snowboard. ¿qué tabla le va bien para empezar, de menos de 400?',
        covers: 'category search with a price bound by a use from the product text (a good first board)',
        checks: [shown({ type: 'Snowboards', maxPrice: 400, handles: [S.jibCat] })],
      },
      {
        en: 'is that a stiff board or a soft one?',
        es: '¿es una tabla dura o blandita?',
        covers: 'spec question answered from the product text (flex 3 out of 10)',
        checks: [
          says('soft|\\b3\\b|three|blanda|suave|tres'),
          says('jib|cat|tabla|board'),
          shownOnly(S.jibCat),
        ],
      },
      {
        en: 'the 149 please',
        es: 'la de 149, porfa',
        covers: 'sold-out variant (Length "149 cm") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b145\\b|\\b153\\b')],
      },
      {
        en: "she's on the small side, go with the 145",
        es: 'es bajita, así que la de 145',
        covers: 'option value by catalog name after a refusal (Length "145 cm")',
        checks: [adds(line(S.jibCat, { Length: '145 cm' }, 1))],
      },
      {
        en: "and for me the Switchback, 159, the wide one, I've got size 12 feet",
        es: 'y para mí la Switchback, de 159, la ancha, que calzo un 12 americano',
        covers:
          'sold-out variant (Length "159 cm" + Width "Wide") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b156\\b|regular')],
      },
      {
        en: "a 156 wide'll do",
        es: 'una de 156 ancha me sirve',
        covers: 'option values by catalog name after a refusal (Length "156 cm", Width "Wide")',
        checks: [adds(line(S.switchback, { Length: '156 cm', Width: 'Wide' }, 1))],
      },
      {
        en: 'show me snowboard bindings that come in white',
        es: 'enséñame fijaciones de snowboard que haya en blanco',
        covers: 'category search by an option value (Color "White")',
        checks: [shown({ type: 'Snowboard Bindings', option: { name: 'Color', values: ['White'] } })],
      },
      {
        en: 'what size binding fits a size 12 boot?',
        es: '¿qué talla de fijación va con una bota del 12?',
        covers: 'spec question answered from the product text (binding size by boot size)',
        checks: [says('\\bl\\b|large|grande|10[.,]5'), shownOnly(S.strap)],
      },
      {
        en: 'large in white for me then',
        es: 'pues para mí una L en blanco',
        covers: 'option values by catalog name (Size "L" said as "large", Color "White")',
        checks: [adds(line(S.strap, { Size: 'L', Color: 'White' }, 1))],
      },
      {
        en: 'and a medium in white for my kid',
        es: 'y una M en blanco para la niña',
        covers:
          'sold-out variant (Size "M" + Color "White") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('black|negr')],
      },
      {
        en: "black's fine for her",
        es: 'para ella en negro está bien',
        covers: 'option value by catalog name after a refusal keeps the size (Color "Black")',
        checks: [adds(line(S.strap, { Size: 'M', Color: 'Black' }, 1))],
      },
      {
        en: 'boots for me too, I take a nine and a half',
        es: 'botas para mí también, calzo un nueve y medio',
        covers: 'half size ("nine and a half" → Size "9.5")',
        checks: [adds(line(S.boa, { Size: '9.5' }, 1))],
      },
      {
        en: 'I need goggles, but I wear glasses',
        es: 'necesito una máscara de esquí, pero llevo gafas graduadas',
        covers: 'category search by a spec from the product text (fits over glasses)',
        checks: [shown({ type: 'Goggles', handles: [S.horizon] })],
      },
      {
        en: "which lens is for when it's snowing and everything's flat and grey?",
        es: '¿qué lente es la buena para cuando nieva y no se ve el relieve?',
        covers: 'spec question answered from the product text (lens for flat light)',
        checks: [says('rose|rosa'), shownOnly(S.horizon)],
      },
      {
        en: "eh, where I ski it's mostly bluebird days. silver mirror",
        es: 'bah, donde yo esquío casi siempre hace sol. la silver mirror',
        covers: 'sold-out variant (Lens "Silver Mirror") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('blue|azul|rose|rosa|amber|ambar')],
      },
      {
        en: 'the blue one then',
        es: 'pues la azul',
        covers: 'colour family (blue → Lens "Blue Mirror") after a refusal',
        checks: [adds(line(S.horizon, { Lens: 'Blue Mirror' }, 1))],
      },
      {
        en: 'the kids goggles in pink for my daughter',
        es: 'las antiparras de niño en rosa para mi hija',
        covers: 'sold-out variant (Frame Color "Pink") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('lime|navy|lima|marino|azul')],
      },
      {
        en: 'the dark blue ones',
        es: 'las azul oscuro',
        covers: 'colour family (dark blue → Frame Color "Navy") after a refusal',
        checks: [adds(line(S.kidsGoggle, { 'Frame Color': 'Navy' }, 1))],
      },
      {
        en: 'which helmets do you have with MIPS?',
        es: '¿qué cascos tenéis con MIPS?',
        covers: 'category search by a spec from the product text (MIPS)',
        checks: [shown({ type: 'Helmets', handles: [S.summit] })],
      },
      {
        en: 'medium, black',
        es: 'talla M, en negro',
        covers:
          'sold-out variant (Size "M" + Color "Matte Black") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('white|blanc|sage|salvia|verde|small|large|pequen|grande|\\bs\\b|\\bl\\b')],
      },
      {
        en: 'do the green one in medium',
        es: 'ponme el verde en M',
        covers: 'colour family (green → Color "Sage") after a refusal keeps the size',
        checks: [adds(line(S.summit, { Size: 'M', Color: 'Sage' }, 1))],
      },
      {
        en: 'does the youth helmet have MIPS too?',
        es: '¿el casco infantil también lleva MIPS?',
        covers: 'spec question whose answer in the text is no (no MIPS liner)',
        checks: [
          says(NO),
          says('youth|helmet|casco|infantil|junior'),
          saysNot(NOT_YES),
          saysNot(DONT_KNOW),
          shownOnly(S.youth),
        ],
      },
      {
        en: 'any promo codes going on?',
        es: '¿tenéis algún código promocional ahora?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('fresh ?tracks ?15'),
          says('boot ?fit ?25'),
          saysNot('slush'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'try SPRINGSLUSH40',
        es: 'prueba con SPRINGSLUSH40',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'worth a shot. put BOOTFIT25 on it',
        es: 'había que intentarlo. ponme BOOTFIT25',
        covers: 'apply a promo code',
        checks: [promo('BOOTFIT25')],
      },
      {
        en: "alright, let's wrap this up and pay",
        es: 'venga, vamos a pasar por caja',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says(
            'switchback|jib|strap|boa|horizon|summit|tabla|board|binding|fijacion|goggle|gafa|mascara|antiparra|casco|helmet',
          ),
        ],
      },
      {
        en: 'no, not yet, hold on',
        es: 'no, todavía no, espera',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "if the goggles don't fit with my helmet, can I send them back once I've opened them?",
        es: 'si las gafas no me encajan con el casco, ¿las puedo devolver una vez abiertas?',
        covers: 'policy question answered from the policy text (goggles only unopened)',
        checks: [says(ONLY_UNOPENED), says(RETURNS), notCalled('search_products'), notCalled('add_to_cart')],
      },
      {
        en: "ok fine, check out, it's going to Denver",
        es: 'bueno, vale, a pagar, que va a Denver',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, go ahead, place it',
        es: 'sí, tramita el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'did my stuff ship out yet?',
        es: '¿ha salido ya lo mío del almacén?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'hmm, cancel it, I found the board cheaper somewhere else',
        es: 'mmm, anúlalo, encontré la tabla más barata en otro sitio',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yep, cancel it',
        es: 'sí, cancélamelo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing and apparel: skis under 550, no kids, women only, start over, cheapest ski, boots in 25.5, ordinal, three-option sold-out jacket, powder skirt, bibs not insulated, mitten battery, socks quantity, wax, draft, read-back, remove, empty, human',
    steps: [
      {
        en: 'what skis do you have for 550 or less?',
        es: '¿qué esquís tenéis por 550 o menos?',
        covers: 'category search with a price bound (the draft product is never offered)',
        checks: [shown({ type: 'Skis', maxPrice: 550 }), neverShown(S.aeroDraft)],
      },
      {
        en: 'no kids skis',
        es: 'nada de esquís de niño',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Skis', maxPrice: 550, notHandles: [S.cub, S.aeroDraft] })],
      },
      {
        en: 'just the ladies ones',
        es: 'solo los de mujer',
        covers: 'refinement by a use keeps category and price bound',
        checks: [shown({ type: 'Skis', maxPrice: 550, handles: [S.luna] })],
      },
      {
        en: 'ok start over, show me every ski you carry',
        es: 'vale, empecemos de nuevo, enséñame todos los esquís que tenéis',
        covers: 'start over drops the price bound and the refinement',
        checks: [
          shown({ type: 'Skis', notHandles: [S.aeroDraft] }),
          shownSome({ handles: [S.powder] }),
          shownSome({ handles: [S.cub] }),
        ],
      },
      {
        en: "what's the cheapest ski you've got?",
        es: '¿cuál es el esquí más barato que tenéis?',
        covers: 'superlative over price',
        checks: [best(S.cub, 'cub|junior|\\b199\\b', 'luna|carver|trail|powder')],
      },
      {
        en: 'which ski boots do you have in 25.5?',
        es: '¿qué botas de esquí tenéis en 25,5?',
        covers: 'category search by an option value (Size "25.5", a decimal size)',
        checks: [shown({ type: 'Ski Boots', option: { name: 'Size', values: ['25.5'] } })],
      },
      {
        en: "I'll go with number two on that list",
        es: 'me quedo con la segunda de la lista',
        covers: 'ordinal reference to the list shown ("the second one") keeps the size asked in the search',
        checks: [addedShownAt(2, { Size: '25.5' })],
      },
      {
        en: "the Ridge jacket, women's, in red, medium",
        es: 'la chaqueta Ridge, de mujer, en rojo, talla M',
        covers:
          'sold-out variant (Fit "Women\'s" + Color "Fire Red" + Size "M") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\bs\\b|small|pequen|black|negr')],
      },
      {
        en: 'small in red then',
        es: 'pues en rojo de la S',
        covers: 'option values after a refusal keep the fit (Size "S", colour family red → Color "Fire Red")',
        checks: [adds(line(S.jacket, { Fit: "Women's", Color: 'Fire Red', Size: 'S' }, 1))],
      },
      {
        en: 'does it have a powder skirt?',
        es: '¿tiene faldón de nieve?',
        covers: 'spec question answered yes from the product text (powder skirt)',
        checks: [
          says('yes|\\bsi\\b|powder skirt|falda|faldon'),
          says('ridge|jacket|chaqueta'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(S.jacket),
        ],
      },
      {
        en: 'are the bib pants insulated?',
        es: '¿el peto lleva relleno?',
        covers: 'spec question whose answer in the text is no (shell, not insulated)',
        checks: [
          says(NO),
          says('bib|pant|peto|pantalon'),
          saysNot(NOT_YES),
          saysNot(DONT_KNOW),
          shownOnly(S.bibs),
        ],
      },
      {
        en: 'how long do the heated mittens last on the hottest setting?',
        es: '¿cuánto aguantan las manoplas calefactables en la potencia más alta?',
        covers: 'spec question answered from the product text (battery on high, a decimal)',
        checks: [says('2[.,]5|two and a half|dos horas y media'), shownOnly(S.mittens)],
      },
      {
        en: 'are they warm enough for minus 30?',
        es: '¿abrigan lo suficiente para 30 bajo cero?',
        covers: "spec question not in the text: don't know (rated temperature)",
        checks: [says(DONT_KNOW), says('mitten|manopla|heated|calefact'), shownOnly(S.mittens)],
      },
      {
        en: 'three packs of the merino socks, the large size',
        es: 'tres packs de los calcetines de merino, la talla grande',
        covers: 'quantity + option value in words ("the large size" → Size "L/XL")',
        checks: [adds(line(S.socks, { Size: 'L/XL' }, 3))],
      },
      {
        en: 'and two bars of the cold wax',
        es: 'y dos pastillas de la cera para frío',
        covers: 'quantity + option value by catalog name (Temperature "Cold")',
        checks: [adds(line(S.wax, { Temperature: 'Cold' }, 2))],
      },
      {
        en: 'do you have the new carbon race skis? the ones for next season',
        es: '¿tenéis los esquís nuevos de carbono de competición? los de la temporada que viene',
        covers: 'a draft product is never offered',
        checks: [shown({ type: 'Skis', notHandles: [S.aeroDraft] }), saysNot('aero|2027|preview')],
      },
      {
        en: "run me through what's in my cart",
        es: 'repásame lo que llevo en el carrito',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('ridge|jacket|chaqueta|sock|calcetin|wax|cera')],
      },
      {
        en: "lose the wax, I've got some at home",
        es: 'quita la cera, que tengo en casa',
        covers: 'remove an item',
        checks: [removes(line(S.wax))],
      },
      {
        en: "you know what, just empty the whole cart, I'll come back later",
        es: 'sabes qué, vacía el carrito entero, ya volveré',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'can I talk to someone who actually works there? a real person',
        es: '¿puedo hablar con alguien de la tienda? una persona de verdad',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: mounted skis, free mounting, Canada, shipping cost, crash replacement, core shot, Discover, monthly payments, boot fitting',
    steps: [
      {
        en: 'I had bindings mounted on my new skis but I changed my mind. can I still return them?',
        es: 'me montaron las fijaciones en los esquís nuevos pero me he arrepentido. ¿todavía los puedo devolver?',
        covers: 'policy question answered from the policy text (mounted skis cannot be returned)',
        checks: [says(NO), says(RETURNS), notCalled('search_products'), notCalled('add_to_cart')],
      },
      {
        en: 'if I get skis and bindings together, do you charge to mount them?',
        es: 'si compro esquís y fijaciones juntos, ¿me cobráis el montaje?',
        covers: 'policy question answered from the policy text (free mounting)',
        checks: [
          says('free|gratis|no charge|sin coste|sin cargo|no se cobra|no (te|le)s? cobramos'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'could you send heated mittens to my sister in Vancouver?',
        es: '¿podéis mandarle unas manoplas calefactables a mi hermana en Vancouver?',
        covers: 'policy question answered from the policy text (heated mittens cannot ship to Canada)',
        checks: [says(NO), says('canad|vancouver'), notCalled('add_to_cart')],
      },
      {
        en: "what's shipping cost on a 60 dollar order?",
        es: '¿cuánto cuesta el envío en un pedido de 60 dólares?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [says('\\b12\\b'), notCalled('search_products')],
      },
      {
        en: 'I wrecked pretty hard and cracked my helmet. do you do anything for that?',
        es: 'me di un buen golpe y se me rajó el casco. ¿hacéis algo en esos casos?',
        covers: 'policy question answered from the policy text (crash replacement, 30% off)',
        checks: [
          says('\\b30\\b'),
          says('helmet|casco|crash|replace|reempl|sustitu|descuento|off'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'I got a core shot from a rock last week. is that covered under warranty?',
        es: 'la semana pasada le metí un buen arañazo hasta el núcleo con una piedra. ¿lo cubre la garantía?',
        covers: 'policy question answered from the policy text (core shots are not covered)',
        checks: [says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'do you take Discover?',
        es: '¿aceptáis Discover?',
        covers: 'policy question answered from the policy text (a card the store does not take)',
        checks: [says(NO), says('discover'), saysNot(NOT_YES), notCalled('search_products')],
      },
      {
        en: 'can I split it into monthly payments?',
        es: '¿se puede pagar en cuotas mensuales?',
        covers: 'policy question answered from the policy text (Affirm on orders of $250 or more)',
        checks: [says('affirm'), says('\\b250\\b'), notCalled('search_products')],
      },
      {
        en: 'do you guys do boot fitting in a store somewhere?',
        es: '¿hacéis ajuste de botas en alguna tienda física?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
