/**
 * Fishing tackle (spinning, casting, travel, fly and surf rods, spinning, baitcasting, fly and
 * spincast reels, line, hooks, weights, lures and soft plastics, waders, wading boots, apparel,
 * tackle storage, nets and tools), EN and ES shoppers on the English-only catalog. Frozen: written
 * before this round's tuning; never edit expectations.
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
import { F } from './fishing.handles.ts';
import { IDK, keeps, NO, NOT_NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name something not included ("studs not included"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';
/** The products of the bass conversation, for its read-back. */
const BASS_CART =
  'pathfinder|canyon|saltrun|clearwater|braid|shadow|crank|rod|reel|line|cana|carrete|hilo|sedal|trenzado|senuelo';

export const [fishingEn, fishingEs] = scripts('fishing', [
  {
    title:
      'bass gear: spinning rods under 100, one-piece, sold-out length + power, decimal length in words, line rating, comparison, price, baitcasting only, unknown origin, reels under 70, not for salt, sold-out size, line capacity, most drag, sold-out size, fluorocarbon sold out, quantity, sinks, sold-out braid colour, colour family, crankbait by depth, sold-out colour, several items, save for later, total, remove',
    steps: [
      {
        en: 'I mostly chase bass from the bank at the pond down the road. what spinning rods have you got for under a hundred?',
        es: 'pesco sobre todo black bass desde la orilla en una charca cerca de casa. ¿qué cañas de spinning tenéis por menos de cien?',
        covers: 'category search with a price bound by a use from the product text (bass from the bank)',
        checks: [
          shown({ type: 'Fishing Rods', maxPrice: 100 }),
          shownSome({ handles: [F.pathfinder] }),
          neverShown(F.draftRod),
        ],
      },
      {
        en: 'is the Pathfinder all one piece or does it break down?',
        es: '¿la Pathfinder es de una sola pieza o se desmonta?',
        covers: 'spec question answered from the product text (one-piece blank)',
        checks: [
          says('one.?piece|single.?piece|\\b1.?piece|una (sola )?pieza|un solo tramo|de una'),
          says('pathfinder'),
          saysNot(IDK),
          shownOnly(F.pathfinder),
        ],
      },
      {
        en: "alright, I'll take the seven footer in medium heavy",
        es: 'vale, me llevo la de siete pies en medium heavy',
        covers:
          'sold-out variant (Length "7 ft" + Power "Medium Heavy") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('7[.,]5|seven and a half|siete y medio|\\bmedium\\b(?! heavy)'),
        ],
      },
      {
        en: 'then the seven and a half foot one, keep it medium heavy',
        es: 'pues la de siete pies y medio, también medium heavy',
        covers:
          'decimal size in words ("seven and a half foot" → Length "7.5 ft") after a refusal keeps the power',
        checks: [adds(line(F.pathfinder, { Length: '7.5 ft', Power: 'Medium Heavy' }, 1))],
      },
      {
        en: 'what pound line should I be spooling up for that power?',
        es: '¿de cuántas libras tiene que ser el hilo para esa potencia?',
        covers: 'spec question answered from the product text (line rating of the Medium Heavy power)',
        checks: [says('\\b10\\b'), says('\\b17\\b'), shownOnly(F.pathfinder)],
      },
      {
        en: 'how does the Pathfinder stack up next to the Ridgeback?',
        es: '¿qué diferencia hay entre la Pathfinder y la Ridgeback?',
        covers: 'comparison of two named products',
        checks: [says('pathfinder'), says('ridgeback'), shownOnly(F.pathfinder, F.ridgeback)],
      },
      {
        en: "and what's the Ridgeback going for?",
        es: '¿y cuánto pedís por la Ridgeback?',
        covers: "price in the store's currency",
        checks: [says('\\b149\\b'), says('ridgeback'), ...usd],
      },
      {
        en: 'could I stick a spinning reel on the Ridgeback?',
        es: '¿le puedo montar un carrete de spinning a la Ridgeback?',
        covers: 'spec question whose answer in the text is no (guides on top: baitcasting reels only)',
        checks: [says(NO), says('ridgeback'), saysNot(NOT_YES), saysNot(IDK), shownOnly(F.ridgeback)],
      },
      {
        en: 'is the Ridgeback built here in the States or overseas?',
        es: '¿la Ridgeback está fabricada en Estados Unidos o fuera?',
        covers: "spec question not in the text: don't know (country of manufacture)",
        checks: [says(DONT_KNOW), says('ridgeback'), shownOnly(F.ridgeback), notCalled('add_to_cart')],
      },
      {
        en: "now I need a reel to match. spinning reels, I don't want to spend more than 70",
        es: 'ahora me hace falta un carrete a juego. carretes de spinning, no quiero gastar más de 70',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Fishing Reels', maxPrice: 70 }), shownSome({ handles: [F.canyon] })],
      },
      {
        en: 'can the Canyon go on a saltwater trip to the coast?',
        es: '¿el Canyon me vale para un viaje de pesca en el mar?',
        covers: 'spec question whose answer in the text is no (not sealed, fresh water only)',
        checks: [says(NO), says('canyon'), saysNot(NOT_YES), saysNot(IDK), shownOnly(F.canyon)],
      },
      {
        en: "fine, it's for the pond anyway. give me a 4000",
        es: 'bueno, total es para la charca. ponme un 4000',
        covers: 'sold-out variant (Size "4000") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b3000\\b|\\b2500\\b|\\b1000\\b')],
      },
      {
        en: 'the 3000 will do',
        es: 'me apaño con el 3000',
        covers: 'option value by catalog name after a refusal (Size "3000")',
        checks: [adds(line(F.canyon, { Size: '3000' }, 1))],
      },
      {
        en: 'how many yards of line does that size take?',
        es: '¿cuántas yardas de hilo le caben a ese tamaño?',
        covers: 'spec question answered from the product text (line capacity of the 3000)',
        checks: [says('\\b160\\b'), says('canyon|3000|reel|carrete|yard|yarda|yd'), shownOnly(F.canyon)],
      },
      {
        en: 'my buddy chases big redfish on the flats. which reel has the strongest drag?',
        es: 'un colega va a por corvinas grandes en los bajos. ¿qué carrete tiene el freno más potente?',
        covers: 'superlative over a numeric attribute (max drag in the description)',
        checks: [best(F.saltrun, 'saltrun|\\b22\\b', 'canyon|vanta|keeper|pushbutton|spincast')],
      },
      {
        en: 'he wants the 6000',
        es: 'él quiere el 6000',
        covers: 'sold-out variant (Size "6000") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b5000\\b|\\b3000\\b')],
      },
      {
        en: "he'll settle for the 5000 then",
        es: 'pues se conforma con el 5000',
        covers: 'option value by catalog name after a refusal (Size "5000")',
        checks: [adds(line(F.saltrun, { Size: '5000' }, 1))],
      },
      {
        en: 'back to my setup. fluorocarbon, twelve pound',
        es: 'volvamos a lo mío. fluorocarbono de doce libras',
        covers: 'sold-out variant (Test "12 lb") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(10|8|6|ten|eight|six|diez|ocho|seis)\\b')],
      },
      {
        en: "ten pound works. I'll take two spools",
        es: 'de diez libras me sirve. dos bobinas',
        covers: 'quantity + option value by catalog name after a refusal (Test "10 lb")',
        checks: [adds(line(F.fluoro, { Test: '10 lb' }, 2))],
      },
      {
        en: 'hang on, will that fluoro be any good with my poppers?',
        es: 'espera, ¿ese fluoro va bien con mis poppers?',
        covers: 'spec question whose answer in the text is no (fluorocarbon sinks: not for topwater)',
        checks: [
          says(NO),
          says('fluoro|clearwater|line|hilo|sedal'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(F.fluoro),
        ],
      },
      {
        en: 'ok also a spool of braid, thirty pound, the bright yellow stuff',
        es: 'vale, y una bobina de trenzado de treinta libras, del amarillo chillón',
        covers:
          'sold-out variant (Test "30 lb" + Color "Hi-Vis Yellow", said as bright yellow) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('moss|green|verde|\\b20\\b|\\b10\\b')],
      },
      {
        en: "green's fine, still thirty",
        es: 'en verde me vale, también de treinta',
        covers: 'colour family (green → Color "Moss Green") after a refusal keeps the test',
        checks: [adds(line(F.braid, { Test: '30 lb', Color: 'Moss Green' }, 1))],
      },
      {
        en: 'throw in a firetiger crankbait, whichever one gets down deeper',
        es: 'échame un crankbait firetiger, el que baje más hondo',
        covers: 'add by a spec from the product text (dives deeper → Length "3 in") + colour by catalog name',
        checks: [adds(line(F.crankbait, { Length: '3 in', Color: 'Firetiger' }, 1))],
      },
      {
        en: 'and another one of those in the red crawdad',
        es: 'y otro igual en el rojo cangrejo',
        covers:
          'sold-out variant (Length "3 in" + Color "Crawdad Red") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('2[.,]5|two and a half|dos y medio|firetiger')],
      },
      {
        en: 'add a pack of the 3/0 worm hooks and two bags of the green pumpkin stickbaits',
        es: 'añade un paquete de anzuelos para vinilo del 3/0 y dos bolsas de los gusanos green pumpkin',
        covers: 'several items in one request, one with a quantity',
        checks: [adds(line(F.hooks, { Size: '3/0' }, 1), line(F.worms, { Color: 'Green Pumpkin' }, 2))],
      },
      {
        en: "actually stash the worms for later, pretty sure I've got a bag in the truck",
        es: 'los gusanos guárdamelos para más tarde, creo que tengo una bolsa en la furgo',
        covers: 'save for later',
        checks: [saved(F.worms), keeps(F.worms)],
      },
      {
        en: 'tally it up for me, where am I at?',
        es: '¿y cuánto va sumando todo esto?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says(BASS_CART)],
      },
      {
        en: 'pull the hooks off, I found a box of them',
        es: 'quita los anzuelos, he encontrado una caja',
        covers: 'remove an item',
        checks: [removes(line(F.hooks))],
      },
    ],
  },
  {
    title:
      'fly fishing, waders and checkout: fly rods under 300, no reel included, sold-out line weight, a size up, matching reel, sold-out colour, summer waders, too warm, sold-out size, size from the text, boots needed, sold-out half size + sole, studs, sold-out hoodie colour, colour family, UV, promos, expired code, code, checkout, no, waders return, order, status, cancel',
    steps: [
      {
        en: "I'm getting into fly fishing for trout in little creeks. what fly rods do you carry under 300?",
        es: 'me estoy iniciando en la pesca a mosca, truchas en arroyos pequeños. ¿qué cañas de mosca tenéis por menos de 300?',
        covers: 'category search with a price bound by a use (fly fishing)',
        checks: [shown({ type: 'Fishing Rods', maxPrice: 300 }), shownSome({ handles: [F.kestrel] })],
      },
      {
        en: 'does the Kestrel come set up with a reel and line?',
        es: '¿la Kestrel viene ya con carrete y línea?',
        covers: 'spec question whose answer in the text is no (rod only: reel and line not included)',
        checks: [says(NO), says('kestrel'), saysNot(NOT_YES), saysNot(IDK), shownOnly(F.kestrel)],
      },
      {
        en: 'the five weight, please',
        es: 'la de cinco, por favor',
        covers: 'sold-out variant (Line Weight "5 wt") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(4|6|four|six|cuatro|seis)\\b')],
      },
      {
        en: "I'll go one heavier then, the six",
        es: 'pues una más pesada, la de seis',
        covers: 'option value in words after a refusal ("one heavier, the six" → Line Weight "6 wt")',
        checks: [adds(line(F.kestrel, { 'Line Weight': '6 wt' }, 1))],
      },
      {
        en: 'which of your fly reels would balance that rod?',
        es: '¿cuál de vuestros carretes de mosca le va a esa caña?',
        covers: 'spec question answered from the product text (line weight range of the matching fly reel)',
        checks: [says('keeper'), says('5.?7|5 (to|a) 7')],
      },
      {
        en: 'in olive, the five to seven',
        es: 'en verde oliva, el de cinco a siete',
        covers:
          'sold-out variant (Line Weight "5-7 wt" + Color "Olive") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('gunmetal|gris|grey|gray')],
      },
      {
        en: 'gunmetal is fine',
        es: 'el gunmetal me vale',
        covers: 'option value by catalog name after a refusal keeps the line weight (Color "Gunmetal")',
        checks: [adds(line(F.keeper, { 'Line Weight': '5-7 wt', Color: 'Gunmetal' }, 1))],
      },
      {
        en: "I need waders I can wear in summer without cooking. I'm 6'1 with a size 10 shoe",
        es: 'necesito unos vadeadores para verano que no me asen vivo. mido 1,85 y calzo un 43',
        covers: 'category search by a use from the product text (summer wading: breathable)',
        checks: [shown({ type: 'Waders' }), shownSome({ handles: [F.stockingfoot] })],
      },
      {
        en: 'are the neoprene ones too warm for July?',
        es: '¿los de neopreno dan demasiado calor para julio?',
        covers: 'spec question answered yes from the product text (neoprene too warm for summer)',
        checks: [
          says('yes|\\bsi\\b|warm|hot|calor|summer|verano'),
          says('neoprene|bootfoot|neopreno'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(F.bootfoot),
        ],
      },
      {
        en: 'then the breathable ones, a large',
        es: 'pues los transpirables, en L',
        covers: 'sold-out variant (Size "L") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\bm\\b|\\bxl\\b|medium|extra')],
      },
      {
        en: "whichever size is meant for a guy who's six one then",
        es: 'pues la talla que corresponda a alguien de 1,85',
        covers: 'option value by catalog name from the sizes in the product text (6 ft 1 → Size "XL")',
        checks: [adds(line(F.stockingfoot, { Size: 'XL' }, 1))],
      },
      {
        en: 'do I need to buy boots separately for those?',
        es: '¿con esos tengo que comprar botas aparte?',
        covers: 'spec question answered yes from the product text (stockingfoot waders need wading boots)',
        checks: [
          says('yes|\\bsi\\b'),
          says('riverrun|wader|vadeador|stockingfoot|boot|bota'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(F.stockingfoot),
        ],
      },
      {
        en: 'ok, wading boots in a nine and a half, felt soles',
        es: 'vale, botas de vadeo en un nueve y medio americano, con suela de fieltro',
        covers:
          'sold-out half size ("nine and a half" → Size "9.5") + Sole "Felt" refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('rubber|goma|caucho|\\b10\\b|\\b9\\b')],
      },
      {
        en: "rubber's fine, same size",
        es: 'de goma me vale, misma talla',
        covers: 'option value after a refusal keeps the half size (Size "9.5", Sole "Rubber")',
        checks: [adds(line(F.boots, { Size: '9.5', Sole: 'Rubber' }, 1))],
      },
      {
        en: 'can I put studs in those for slimy rocks?',
        es: '¿se les pueden poner clavos para las piedras con verdín?',
        covers: 'spec question answered yes from the product text (the rubber sole takes studs)',
        checks: [
          says('yes|\\bsi\\b|stud|clavo|taco'),
          says('grip|boot|bota|sole|suela'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(F.boots),
        ],
      },
      {
        en: 'I also want a sun hoodie, large, in the blue',
        es: 'también quiero una sudadera de sol, talla L, en azul',
        covers:
          'sold-out variant (Size "L" + Color "Steel Blue", said as blue) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('sandbar|sage|\\bm\\b|medium')],
      },
      {
        en: 'the green one in large then',
        es: 'pues la verde en L',
        covers: 'colour family (green → Color "Sage") after a refusal keeps the size',
        checks: [adds(line(F.hoodie, { Size: 'L', Color: 'Sage' }, 1))],
      },
      {
        en: 'how much sun does that really keep off me?',
        es: '¿cuánto sol para de verdad?',
        covers: 'spec question answered from the product text (UPF 50, 98% of UV)',
        checks: [says('98|upf ?50'), says('hoodie|sudadera|sun|shirt|camiseta|upf'), shownOnly(F.hoodie)],
      },
      {
        en: 'are there any coupon codes going right now?',
        es: '¿hay algún cupón de descuento ahora mismo?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('tight ?lines ?10'),
          says('big ?catch ?25'),
          saysNot('opener'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'does OPENER20 still work?',
        es: '¿el OPENER20 sigue valiendo?',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'put BIGCATCH25 on it then',
        es: 'pues aplícame el BIGCATCH25',
        covers: 'apply a promo code',
        checks: [promo('BIGCATCH25')],
      },
      {
        en: "that's it for me, ring me up",
        es: 'ya está, cóbramelo',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('kestrel|keeper|riverrun|grip|hoodie|rod|reel|wader|boot|cana|carrete|vadeador|bota|sudadera'),
        ],
      },
      {
        en: 'no, hold off a second',
        es: 'no, aguanta un momento',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "if I try the waders on at home and they don't fit right, can I send them back?",
        es: 'si me pruebo los vadeadores en casa y no me quedan bien, ¿los puedo devolver?',
        covers: 'policy question answered from the policy text (waders returned only unworn, with tags)',
        checks: [
          saysNot(IDK),
          says(RETURNS),
          says('unworn|tag|etiqueta|sin usar|sin estrenar|sin poner'),
          notCalled('search_products'),
        ],
      },
      {
        en: "ok, let's do it, ship it all to Bozeman",
        es: 'venga, adelante, mándalo todo a Bozeman',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, send that order through',
        es: 'sí, adelante, realiza el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'has my tackle order left the warehouse yet?',
        es: '¿ya se ha enviado mi pedido?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'my trip just fell through. cancel that order',
        es: 'se me ha caído el viaje. cancela ese pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yes, I'm sure, cancel it",
        es: 'sí, estoy seguro, anúlalo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: lures under 10, no trebles, trout only, start over, cheapest lure, line in 10 lb, ordinal, sold-out wader size, neoprene thickness, unknown knees, sold-out decimal pliers, decimal in words, salt water, draft, trays quantity, read-back, remove, empty, human',
    steps: [
      {
        en: 'show me lures under 10 bucks',
        es: 'enséñame señuelos de menos de 10 pavos',
        covers: 'category search with a price bound',
        checks: [shown({ type: ['Lures', 'Soft Plastics'], maxPrice: 10 }), neverShown(F.draftRod)],
      },
      {
        en: 'nothing with treble hooks, I release everything I catch',
        es: 'nada con anzuelos triples, yo suelto todo lo que pesco',
        covers: 'negation keeps the category and the price bound',
        checks: [
          shown({
            type: ['Lures', 'Soft Plastics'],
            maxPrice: 10,
            notHandles: [F.crankbait, F.popper, F.spoons],
          }),
        ],
      },
      {
        en: 'just the ones for trout',
        es: 'solo los de trucha',
        covers: 'refinement by a use keeps category and price bound',
        checks: [shown({ type: 'Lures', maxPrice: 10, handles: [F.spinner] })],
      },
      {
        en: 'forget all that, start fresh and show me every lure you sell',
        es: 'olvida todo eso, empieza de cero y enséñame todos los señuelos que vendéis',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: ['Lures', 'Soft Plastics'] }),
          shownSome({ handles: [F.swimjig] }),
          shownSome({ handles: [F.crankbait] }),
        ],
      },
      {
        en: "what's the cheapest of the bunch?",
        es: '¿cuál es el más barato de todos?',
        covers: 'superlative over price',
        checks: [
          best(
            F.spinner,
            'flicker|spinner|cucharilla|4[.,]99',
            'shadow|skitter|bladed|spoon|crank|popper|jig|stickbait|worm',
          ),
        ],
      },
      {
        en: 'what fishing line do you carry in ten pound test?',
        es: '¿qué hilos tenéis en diez libras?',
        covers: 'category search by an option value (Test "10 lb")',
        checks: [shown({ type: 'Fishing Line', option: { name: 'Test', values: ['10 lb'] } })],
      },
      {
        en: "I'll go with the third one",
        es: 'me quedo con el tercero',
        covers: 'ordinal reference to the list shown ("the third one") keeps the test asked in the search',
        checks: [addedShownAt(3, { Test: '10 lb' })],
      },
      {
        en: 'I need neoprene waders for late fall, size 11',
        es: 'necesito vadeadores de neopreno para finales de otoño, talla 11',
        covers: 'sold-out variant (Size "11") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(10|9|ten|nine|diez|nueve)\\b')],
      },
      {
        en: "I'll squeeze into a 10 with thin socks",
        es: 'me meto en un 10 con calcetines finos',
        covers: 'option value by catalog name after a refusal (Size "10")',
        checks: [adds(line(F.bootfoot, { Size: '10' }, 1))],
      },
      {
        en: 'how thick is the neoprene on those?',
        es: '¿de qué grosor es el neopreno de esos?',
        covers: 'spec question answered from the product text (3.5 mm neoprene)',
        checks: [says('3[.,]5'), says('bootfoot|neoprene|neopreno|wader|vadeador|mm'), shownOnly(F.bootfoot)],
      },
      {
        en: 'do they have reinforced knees?',
        es: '¿llevan las rodillas reforzadas?',
        covers: "spec question not in the text: don't know (reinforced knees)",
        checks: [says(DONT_KNOW), says('bootfoot|neoprene|neopreno|wader|vadeador'), shownOnly(F.bootfoot)],
      },
      {
        en: 'I want the long pliers, the eight and a half inch',
        es: 'quiero los alicates largos, los de ocho pulgadas y media',
        covers:
          'sold-out decimal size ("eight and a half inch" → Length "8.5 in") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('6[.,]5|six and a half|seis y media')],
      },
      {
        en: 'fine, the six and a half',
        es: 'bueno, los de seis y media',
        covers: 'decimal size in words after a refusal ("six and a half" → Length "6.5 in")',
        checks: [adds(line(F.pliers, { Length: '6.5 in' }, 1))],
      },
      {
        en: 'will they rust on me if I use them off the pier?',
        es: '¿se me van a oxidar si los uso en el espigón?',
        covers: 'spec question whose answer in the text is no (corrosion-resistant, safe for salt water)',
        checks: [
          says(
            `${NO}|corrosion.?resist|resist(ant|entes?) a la corrosion|safe for salt|aptos? para (agua salada|el mar)`,
          ),
          says('plier|alicate'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(F.pliers),
        ],
      },
      {
        en: "got any of next year's carbon rods in yet?",
        es: '¿os han llegado ya las cañas de carbono del año que viene?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Fishing Rods', notHandles: [F.draftRod] }),
          saysNot('pro carbon|2027|preview|\\b399\\b'),
        ],
      },
      {
        en: 'two of the 3700 trays, singles',
        es: 'dos bandejas 3700, de las sueltas',
        covers: 'quantity + option value by catalog name (Pack "Single")',
        checks: [adds(line(F.trays, { Pack: 'Single' }, 2))],
      },
      {
        en: 'go over my cart for me',
        es: 'repásame lo que llevo en la cesta',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('wader|vadeador|plier|alicate|tray|bandeja|line|hilo|sedal|trenzado')],
      },
      {
        en: 'lose the pliers',
        es: 'fuera los alicates',
        covers: 'remove an item',
        checks: [removes(line(F.pliers))],
      },
      {
        en: "you know what, empty the whole thing, I'll come back after payday",
        es: 'mira, vacía el carrito entero, ya volveré cuando cobre',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'can I talk to somebody there who actually fishes?',
        es: '¿puedo hablar con alguien de la tienda que pesque de verdad?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: a fished lure, oversize rod shipping, long rod to Canada, small-order shipping, rod in a car door, salt-corroded reel, Amex, installments, Mexico, a shop to visit',
    steps: [
      {
        en: "I fished one of your crankbaits a couple times and it's just not for me. can I return it?",
        es: 'he pescado un par de veces con uno de vuestros crankbaits y no me convence. ¿lo puedo devolver?',
        covers: 'policy question answered from the policy text (fished lures cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "what's the extra charge to ship a rod longer than seven feet?",
        es: '¿cuánto cobráis de más por enviar una caña de más de siete pies?',
        covers: 'policy question answered from the policy text (oversize tube for rods over 7 ft)',
        checks: [saysNot(IDK), says('\\b15\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'could you send a seven and a half foot rod up to me in Manitoba?',
        es: '¿me podéis mandar una caña de siete pies y medio a Manitoba?',
        covers: 'policy question answered from the policy text (rods over 7 ft cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'what do you charge for shipping on a 30 dollar order?',
        es: '¿cuánto es el envío de un pedido de 30 dólares?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('7[.,]95'), notCalled('search_products')],
      },
      {
        en: 'my brother-in-law shut my rod in the car door and snapped it. does the warranty cover that?',
        es: 'mi cuñado me cerró la caña en la puerta del coche y la partió. ¿eso lo cubre la garantía?',
        covers: 'policy question answered from the policy text (breaks from car doors are not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'I took my Canyon reel in the ocean and now it is all corroded. is that a warranty thing?',
        es: 'usé el carrete Canyon en el mar y ahora está todo corroído. ¿entra en garantía?',
        covers:
          'policy question answered from the policy text (salt corrosion on a freshwater reel is not covered)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|garant|cover|cubr|salt|sal'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'can I pay with my Amex card?',
        es: '¿puedo pagar con mi tarjeta Amex?',
        covers: 'policy question answered from the policy text (a card the store does not take)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('amex|american express'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'is there a way to split the payment up?',
        es: '¿se puede dividir el pago?',
        covers:
          'policy question answered from the policy text (Klarna in four installments on orders of $100 or more)',
        checks: [
          saysNot(IDK),
          says('klarna|install|plazo|cuota'),
          says('\\b100\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'do you ship down to Mexico?',
        es: '¿hacéis envíos a México?',
        covers: 'policy question answered from the policy text (no shipping outside the US and Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('mexic|other countr|otros paises|united states|estados unidos|canad'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'do you have a shop I can drive to and cast a few rods before buying?',
        es: '¿tenéis tienda física donde pueda ir a probar unas cañas antes de comprar?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
