/**
 * Kayak & paddle sports (kayaks, paddle boards, paddles, life jackets, dry bags, wetsuits, spray
 * skirts, racks, pumps), EN and ES shoppers on the English-only catalog. Frozen: written before this
 * round's tuning; never edit expectations.
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
import { P } from './paddle.handles.ts';
import { IDK, keeps, NO, NOT_NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

export const [paddleEn, paddleEs] = scripts('paddle', [
  {
    title:
      'kayaks, paddles and life jackets: a lake kayak under 600, not for whitewater, sold-out colour, colour family, weight, comparison, price, solo in a tandem, unknown UV rating, most capacity, longest, sold-out colour, spray skirt size, sold-out skirt, sold-out paddle length, lightest paddle, correction, big-chest life jacket, sold-out size + colour, kids jacket by weight, grab handle, sold-out youth, several items, save for later, total, remove',
    steps: [
      {
        en: "so I've never really kayaked before, I just want something to paddle around the lake by our cabin. what have you got under 600?",
        es: 'nunca he hecho kayak, solo quiero algo para dar vueltas por el lago que hay al lado de la cabaña. ¿qué tenéis por menos de 600?',
        covers: 'category search with a price bound by a use from the product text (beginners on a lake)',
        checks: [
          shown({ type: 'Kayaks', maxPrice: 600 }),
          shownSome({ handles: [P.drift] }),
          neverShown(P.sprintDraft),
        ],
      },
      {
        en: 'could I take the Drift down some rapids once I get the hang of it?',
        es: '¿y podría bajar algún rápido con el Drift cuando le coja el truco?',
        covers: 'spec question whose answer in the text is no (flat water only, not whitewater)',
        checks: [says(NO), says('drift'), saysNot(NOT_YES), saysNot(IDK), shownOnly(P.drift)],
      },
      {
        en: 'I kind of like the army green one',
        es: 'me gusta el verde militar',
        covers:
          'sold-out variant (Color "Olive Drab", said as army green) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('orange|naranja|lagoon|laguna')],
      },
      {
        en: "eh, orange is easier to spot on the water anyway, let's do that",
        es: 'bueno, el naranja se ve mejor en el agua, pues ese',
        covers: 'colour family (orange → Color "Sunset Orange") after a refusal',
        checks: [adds(line(P.drift, { Color: 'Sunset Orange' }, 1))],
      },
      {
        en: "how heavy is it? I'm the one who has to get it up on the car by myself",
        es: '¿cuánto pesa? soy yo la que lo tiene que subir sola al coche',
        covers: 'spec question answered from the product text (hull weight)',
        checks: [says('\\b42\\b'), says('drift|kayak'), shownOnly(P.drift)],
      },
      {
        en: "what's the real difference between the Drift and the Tandem 12?",
        es: '¿en qué se diferencian de verdad el Drift y el Tandem 12?',
        covers: 'comparison of two named products',
        checks: [says('drift|\\b10\\b'), says('tandem|\\b12\\b'), shownOnly(P.drift, P.tandem)],
      },
      {
        en: 'and what are you asking for the Tandem?',
        es: '¿y a cuánto tenéis el Tandem?',
        covers: "price in the store's currency",
        checks: [says('\\b699\\b'), says('tandem'), ...usd],
      },
      {
        en: 'if my husband bails on me, can I still take the tandem out by myself?',
        es: 'si mi marido se raja, ¿puedo sacar el tándem yo sola?',
        covers:
          'spec question answered yes from the product text (one adult paddles it from the middle seat)',
        checks: [
          says('yes|\\bsi\\b|solo|alone|one adult|un adulto|middle|medio|centro|central'),
          says('tandem'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(P.tandem),
        ],
      },
      {
        en: 'does the plastic on the tandem fade if it sits out in the sun all summer?',
        es: '¿el plástico del tándem se decolora si se queda al sol todo el verano?',
        covers: "spec question not in the text: don't know (UV fading)",
        checks: [says(DONT_KNOW), says('tandem'), shownOnly(P.tandem), notCalled('add_to_cart')],
      },
      {
        en: 'which of your kayaks takes the most weight? we both have a few pounds on us, plus a cooler',
        es: '¿cuál de vuestros kayaks aguanta más peso? entre los dos pesamos lo nuestro, y luego va la nevera',
        covers: 'superlative over a numeric attribute (weight capacity in the description)',
        checks: [best(P.tandem, 'tandem|\\b450\\b', 'drift|angler|coastline|fold')],
      },
      {
        en: 'my brother wants the longest boat you sell, he does overnight trips on big lakes',
        es: 'mi hermano quiere el kayak más largo que vendáis, hace travesías de varios días por lagos grandes',
        covers:
          'superlative over a numeric attribute (length in the title; the longer draft is never offered)',
        checks: [
          best(P.coastline, 'coastline|\\b14\\b', 'drift|tandem|angler|fold'),
          neverShown(P.sprintDraft),
        ],
      },
      {
        en: 'he wants it in the red',
        es: 'lo quiere en rojo',
        covers: 'sold-out variant (Color "Storm Red") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('lagoon|laguna|sandstone|arena')],
      },
      {
        en: "he'll live with sandstone",
        es: 'se conformará con el sandstone',
        covers: 'option value by catalog name after a refusal (Color "Sandstone")',
        checks: [adds(line(P.coastline, { Color: 'Sandstone' }, 1))],
      },
      {
        en: "what size spray skirt does that boat take? he's worried about chop",
        es: '¿qué talla de cubrebañeras lleva ese kayak? le preocupa la marejadilla',
        covers: 'spec question answered from the product text (large cockpit deck)',
        checks: [
          says('large|grande'),
          says('coastline|skirt|cubrebañera|cubrebanera|falda|deck|cockpit|bañera|banera'),
        ],
      },
      {
        en: 'the neoprene one then, large cockpit, and his waist is like 38 so the L/XL',
        es: 'pues el de neopreno, bañera grande, y él tiene unos 97 de cintura, así que la L/XL',
        covers:
          'sold-out variant (Deck "Large Cockpit" + Tunnel "L/XL") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('s/m|small|pequen|\\bs\\b')],
      },
      {
        en: 'forget the skirt for now. he needs a paddle, a 240',
        es: 'olvida el cubrebañeras de momento. necesita una pala, de 240',
        covers:
          'sold-out variant (Length "240 cm", only on the Glide) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b220\\b|\\b230\\b')],
      },
      {
        en: "it's a skinny boat, so the 220 is probably right",
        es: 'es un kayak estrecho, así que la de 220 seguramente le va bien',
        covers: 'option value by catalog name after a refusal (Length "220 cm")',
        checks: [adds(line(P.glide, { Length: '220 cm' }, 1))],
      },
      {
        en: "wait, which paddle is the lightest? he's out there all day",
        es: 'espera, ¿cuál es la pala más ligera? se pasa el día entero remando',
        covers: 'superlative over a numeric attribute (weight in the description)',
        checks: [best(P.wisp, 'wisp|carbon|carbono|\\b740\\b', 'glide|reach|ash|fresno')],
      },
      {
        en: 'ok switch his paddle to that one, same 220',
        es: 'vale, cámbiale la pala por esa, también de 220',
        covers: 'correction switches the product and keeps the option value (Glide → Wisp, Length "220 cm")',
        checks: [swaps(line(P.wisp, { Length: '220 cm' }, 1), line(P.glide, { Length: '220 cm' }))],
      },
      {
        en: "now life jackets. I'm a big guy, my chest is around 46 inches",
        es: 'ahora chalecos salvavidas. soy grandote, tengo unos 117 cm de pecho',
        covers: 'category search by a spec from the product text (chest size)',
        checks: [shown({ type: 'Life Jackets' }), shownSome({ handles: [P.tour] })],
      },
      {
        en: 'the Tour in L/XL, red',
        es: 'el Tour en L/XL, rojo',
        covers:
          'sold-out variant (Size "L/XL" + Color "Red") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('ocean|blue|azul|xxl|s/m')],
      },
      {
        en: 'blue works, same size',
        es: 'en azul me vale, misma talla',
        covers: 'colour family (blue → Color "Ocean Blue") after a refusal keeps the size',
        checks: [adds(line(P.tour, { Size: 'L/XL', Color: 'Ocean Blue' }, 1))],
      },
      {
        en: "and one for my little girl, she's four and weighs about 35 pounds",
        es: 'y uno para mi niña, tiene cuatro años y pesa unos 16 kilos',
        covers: 'option value by catalog name from the weights in the product text (35 lb → Size "Child")',
        checks: [adds(line(P.otter, { Size: 'Child' }, 1))],
      },
      {
        en: 'is there something on hers I can grab to haul her back in the boat?',
        es: '¿el suyo tiene algo de donde agarrarla para subirla otra vez al kayak?',
        covers: 'spec question answered yes from the product text (grab handle)',
        checks: [
          says('yes|\\bsi\\b|handle|asa|agarr|tirador'),
          says('otter|kids|life jacket|chaleco|infantil|nin'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(P.otter),
        ],
      },
      {
        en: 'my older boy needs one too, the youth size',
        es: 'mi hijo mayor también necesita uno, la talla youth',
        covers: 'sold-out variant (Size "Youth") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('child|infant|nin|bebe')],
      },
      {
        en: 'toss in a couple of the whistle and light kits and a bilge pump',
        es: 'échame un par de kits de silbato y luz y una bomba de achique',
        covers: 'several items in one request, one with a quantity',
        checks: [adds(line(P.whistle, undefined, 2), line(P.bilge, undefined, 1))],
      },
      {
        en: 'actually hang on to the bilge pump for later, I might have one in the garage',
        es: 'la bomba de achique guárdamela para luego, puede que tenga una en el garaje',
        covers: 'save for later',
        checks: [saved(P.bilge), keeps(P.bilge)],
      },
      {
        en: 'where am I at, money-wise?',
        es: '¿cómo voy de dinero?',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('drift|coastline|wisp|tour|otter|whistle|silbato|kayak|paddle|pala|chaleco'),
        ],
      },
      {
        en: 'scratch the whistle kits',
        es: 'quita los kits de silbato',
        covers: 'remove an item',
        checks: [removes(line(P.whistle))],
      },
    ],
  },
  {
    title:
      'paddle boards, dry bags and checkout: a board for a dog under 600, kit includes a paddle, sold-out colour, PSI, no paddle with the Tourer, widest board, colour family purple, sold-out kids colour, leash not for rivers, electric pump, inflation time, dry bags under 30, not submersible, sold-out capacity + colour, quantity, submersible backpack, promos, checkout, no, puncture warranty, order, status, cancel',
    steps: [
      {
        en: 'we want a paddle board big enough for me and our lab, nothing over 600',
        es: 'queremos una tabla de paddle surf donde quepamos yo y nuestro labrador, que no pase de 600',
        covers: 'category search with a price bound by a use from the product text (a dog on the deck)',
        checks: [shown({ type: 'Paddle Boards', maxPrice: 600, handles: [P.cruiser] })],
      },
      {
        en: 'does that come with a paddle or is that extra?',
        es: '¿trae remo o se compra aparte?',
        covers: 'spec question answered yes from the product text (complete kit with paddle)',
        checks: [
          says('yes|\\bsi\\b|paddle|remo|pala|kit|included|incluid'),
          says('cruiser'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(P.cruiser),
        ],
      },
      {
        en: 'the grey one please',
        es: 'la gris, porfa',
        covers:
          'sold-out variant (Color "Graphite", said as grey) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('seafoam|coral')],
      },
      {
        en: 'then seafoam I guess',
        es: 'pues la seafoam, supongo',
        covers: 'option value by catalog name after a refusal (Color "Seafoam")',
        checks: [adds(line(P.cruiser, { Color: 'Seafoam' }, 1))],
      },
      {
        en: 'how hard do I pump it up? like how many PSI',
        es: '¿a cuánto hay que inflarla? cuántos PSI, digo',
        covers: 'spec question answered from the product text (inflation pressure)',
        checks: [says('\\b15\\b'), says('cruiser|psi|board|tabla'), shownOnly(P.cruiser)],
      },
      {
        en: 'my sister has her eye on the Tourer. does hers come with a paddle too?',
        es: 'mi hermana le ha echado el ojo a la Tourer. ¿la suya también trae remo?',
        covers: 'spec question whose answer in the text is no (no paddle included)',
        checks: [says(NO), says('tourer'), saysNot(NOT_YES), saysNot(IDK), shownOnly(P.tourer)],
      },
      {
        en: "my wife wants to do yoga out on the water. what's your widest board?",
        es: 'mi mujer quiere hacer yoga en el agua. ¿cuál es vuestra tabla más ancha?',
        covers: 'superlative over a numeric attribute (board width in the description)',
        checks: [best(P.lotus, 'lotus|yoga|\\b36\\b', 'cruiser|tourer|minnow')],
      },
      {
        en: 'add it in the purple',
        es: 'añádela en morado',
        covers: 'colour family (purple → Color "Lilac Mist")',
        checks: [adds(line(P.lotus, { Color: 'Lilac Mist' }, 1))],
      },
      {
        en: "and the kids board for my nephew, he'd love the lime one",
        es: 'y la tabla de niños para mi sobrino, le encantaría la verde lima',
        covers: 'sold-out variant (Color "Lime Pop") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('coral')],
      },
      {
        en: "coral it is, he won't mind",
        es: 'pues coral, no le va a importar',
        covers: 'option value by catalog name after a refusal (Color "Coral")',
        checks: [adds(line(P.minnow, { Color: 'Coral' }, 1))],
      },
      {
        en: 'we sometimes paddle down the river too. is the coiled leash ok for that?',
        es: 'a veces bajamos también por el río. ¿el invento en espiral vale para eso?',
        covers: 'spec question whose answer in the text is no (coiled leash not for moving water)',
        checks: [
          says(NO),
          says('leash|invento|correa|coiled|espiral'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(P.leash),
        ],
      },
      {
        en: 'my arms are gonna die pumping three boards. is there a pump that runs off the car?',
        es: 'me voy a morir inflando tres tablas a mano. ¿hay algún inflador que vaya enchufado al coche?',
        covers: 'spec question answered yes from the product text (12V car socket)',
        checks: [
          says('yes|\\bsi\\b|12 ?v|car|coche|mechero'),
          says('turbo|pump|inflador|bomba'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(P.turbo),
        ],
      },
      {
        en: "how long's it take to fill one board?",
        es: '¿cuánto tarda en inflar una tabla?',
        covers: 'spec question answered from the product text (minutes to inflate)',
        checks: [says('\\b8\\b|eight|ocho'), says('turbo|pump|minut|inflador|bomba'), shownOnly(P.turbo)],
      },
      {
        en: 'put one of those in',
        es: 'mete uno de esos',
        covers: 'add the product in focus',
        checks: [adds(line(P.turbo, undefined, 1))],
      },
      {
        en: 'we need something to keep our phones and snacks dry. dry bags under 30?',
        es: 'necesitamos algo para que no se mojen los móviles y la comida. ¿bolsas estancas de menos de 30?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Dry Bags', maxPrice: 30 })],
      },
      {
        en: 'if the board flips, will the roll-top one stay dry underwater?',
        es: 'si volcamos, ¿la bolsa de cierre enrollable aguanta seca debajo del agua?',
        covers: 'spec question whose answer in the text is no (splash-proof, not made to be held underwater)',
        checks: [
          says(NO),
          says('roll|bag|bolsa|ipx6|enroll'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(P.rollTop),
        ],
      },
      {
        en: 'fine, still want one. the twenty liter in the yellow',
        es: 'bueno, aun así quiero una. la de veinte litros en amarillo',
        covers:
          'sold-out variant (Capacity "20 L" + Color "Marigold", said as yellow) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('teal|verde azulado|azul|\\b10\\b|\\b35\\b|\\b5\\b')],
      },
      {
        en: 'make it two of the twenty liter in deep teal',
        es: 'pues dos de veinte litros en deep teal',
        covers:
          'quantity + option values by catalog name after a refusal (Capacity "20 L", Color "Deep Teal")',
        checks: [adds(line(P.rollTop, { Capacity: '20 L', Color: 'Deep Teal' }, 2))],
      },
      {
        en: 'and the backpack one you can actually dunk, in black',
        es: 'y la mochila esa que sí se puede sumergir, en negro',
        covers: 'add by a spec from the product text (submersible) + colour by catalog name',
        checks: [adds(line(P.drypack, { Color: 'Black' }, 1))],
      },
      {
        en: 'you got any discount codes right now?',
        es: '¿tenéis algún código de descuento ahora mismo?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('flat ?water ?15'),
          says('splash ?20'),
          saysNot('ice ?out'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'what about ICEOUT30?',
        es: '¿y el ICEOUT30?',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'ok then SPLASH20',
        es: 'vale, pues SPLASH20',
        covers: 'apply a promo code',
        checks: [promo('SPLASH20')],
      },
      {
        en: "I think that's everything, let's check out",
        es: 'creo que ya está todo, vamos a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('cruiser|lotus|minnow|turbo|dry|portage|board|tabla|pump|inflador|bag|bolsa|mochila|backpack'),
        ],
      },
      {
        en: 'nope, wait a sec',
        es: 'no, para un segundo',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'the dog has claws. if he pokes a hole in the board, is that covered?',
        es: 'el perro tiene uñas. si le hace un agujero a la tabla, ¿lo cubre la garantía?',
        covers: 'policy question answered from the policy text (punctures not covered)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|garant|cover|cubr|puncture|pinchaz'),
          notCalled('search_products'),
        ],
      },
      {
        en: "alright, let's do it. ship it to Duluth",
        es: 'vale, adelante, que lo manden a Duluth',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, confirm it',
        es: 'sí, confírmame el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'has that gone out yet?',
        es: '¿eso ya ha salido?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: "ugh, my wife says we're not buying boards till next spring. cancel the order",
        es: 'uf, mi mujer dice que hasta la primavera nada de tablas. cancela el pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yeah, go on and cancel the thing',
        es: 'sí, anúlalo del todo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing and apparel: kayaks up to 900, nothing inflatable, fishing only, start over, cheapest kayak, paddles in 220, ordinal, sold-out wetsuit fit + size, water temperature, unknown neoprene, sold-out half size boots, half size, gloves quantity, draft, read-back, remove, empty, human',
    steps: [
      {
        en: 'show me kayaks for 900 bucks or less',
        es: 'enséñame kayaks de 900 pavos o menos',
        covers: 'category search with a price bound (the draft product is never offered)',
        checks: [shown({ type: 'Kayaks', maxPrice: 900 }), neverShown(P.sprintDraft)],
      },
      {
        en: "nothing inflatable, I don't trust those",
        es: 'nada hinchable, no me fío',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Kayaks', maxPrice: 900, notHandles: [P.fold, P.sprintDraft] })],
      },
      {
        en: 'only the ones set up for fishing',
        es: 'solo los que vienen preparados para pescar',
        covers: 'refinement by a use keeps category and price bound',
        checks: [shown({ type: 'Kayaks', maxPrice: 900, handles: [P.angler] })],
      },
      {
        en: 'never mind all that, start over and show me every kayak in the shop',
        es: 'olvida todo eso, empieza otra vez y enséñame todos los kayaks de la tienda',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Kayaks', notHandles: [P.sprintDraft] }),
          shownSome({ handles: [P.coastline] }),
          shownSome({ handles: [P.fold] }),
        ],
      },
      {
        en: "which one's the least money?",
        es: '¿cuál sale más barato?',
        covers: 'superlative over price',
        checks: [
          best(P.fold, 'fold|inflatable|hinchable|inflable|\\b449\\b', 'drift|tandem|angler|coastline'),
        ],
      },
      {
        en: 'which kayak paddles do you have in 220?',
        es: '¿qué palas de kayak tenéis en 220?',
        covers: 'category search by an option value (Length "220 cm")',
        checks: [shown({ type: 'Paddles', option: { name: 'Length', values: ['220 cm'] } })],
      },
      {
        en: "I'll grab the second one of those",
        es: 'me llevo la segunda de esas',
        covers: 'ordinal reference to the list shown ("the second one") keeps the length asked in the search',
        checks: [addedShownAt(2, { Length: '220 cm' })],
      },
      {
        en: "the full wetsuit, women's, medium",
        es: 'el neopreno largo, de mujer, talla M',
        covers:
          'sold-out variant (Fit "Women\'s" + Size "M") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\bs\\b|\\bl\\b|small|large|pequen|grande')],
      },
      {
        en: "I'll size up to the large",
        es: 'pues cojo una talla más, la L',
        covers: 'option value in words after a refusal keeps the fit ("the large" → Size "L")',
        checks: [adds(line(P.fullSuit, { Fit: "Women's", Size: 'L' }, 1))],
      },
      {
        en: 'how cold a water is that one good for?',
        es: '¿para qué temperatura de agua sirve ese?',
        covers: 'spec question answered from the product text (water temperature range)',
        checks: [
          says('\\b58\\b|\\b65\\b|1[45]|18'),
          says('wetsuit|3/2|neopreno|traje'),
          shownOnly(P.fullSuit),
        ],
      },
      {
        en: 'is it made with that limestone neoprene or the regular kind?',
        es: '¿está hecho con neopreno de caliza o del normal?',
        covers: "spec question not in the text: don't know (kind of neoprene)",
        checks: [says(DONT_KNOW), says('wetsuit|3/2|neopreno|traje'), shownOnly(P.fullSuit)],
      },
      {
        en: 'I need paddling boots too, a nine and a half',
        es: 'también necesito escarpines, un nueve y medio americano',
        covers:
          'sold-out half size ("nine and a half" → Size "9.5") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b9\\b|\\b10\\b|8[.,]5')],
      },
      {
        en: 'then eight and a half, I wear thin socks',
        es: 'pues un ocho y medio, que llevo calcetines finos',
        covers: 'half size ("eight and a half" → Size "8.5")',
        checks: [adds(line(P.boots, { Size: '8.5' }, 1))],
      },
      {
        en: 'three pairs of the paddling gloves in medium, for the whole family',
        es: 'tres pares de guantes de remo en talla M, para toda la familia',
        covers: 'quantity + option value by catalog name (Size "M")',
        checks: [adds(line(P.gloves, { Size: 'M' }, 3))],
      },
      {
        en: 'got any of those carbon race kayaks? the new model for next year',
        es: '¿tenéis kayaks de competición de carbono? el modelo nuevo del año que viene',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Kayaks', notHandles: [P.sprintDraft] }),
          saysNot('sprint|\\b17\\b|2027|preview'),
        ],
      },
      {
        en: 'read me back what I have',
        es: 'léeme lo que tengo',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('wetsuit|neopreno|boot|escarpin|glove|guante|paddle|pala')],
      },
      {
        en: 'get rid of the gloves',
        es: 'fuera los guantes',
        covers: 'remove an item',
        checks: [removes(line(P.gloves))],
      },
      {
        en: "on second thought, clear out the whole cart, I'll shop with my wife tonight",
        es: 'pensándolo mejor, vacíame todo el carrito, ya miraré esta noche con mi mujer',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'is there an actual person I can talk to about this stuff?',
        es: '¿hay alguna persona de verdad con la que pueda hablar de esto?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: kayak used once, freight for a kayak, kayaks to Canada, small-order shipping, fired CO2 cartridge, scraped hull, Diners Club, installments, rentals',
    steps: [
      {
        en: "we took the kayak out once and honestly it's not for us. can we return it?",
        es: 'sacamos el kayak una vez y la verdad es que no es lo nuestro. ¿lo podemos devolver?',
        covers:
          'policy question answered from the policy text (kayaks that have been on the water cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "what's it cost to get a hard-shell kayak delivered?",
        es: '¿cuánto cuesta que me traigan un kayak rígido a casa?',
        covers: 'policy question answered from the policy text (freight for hard-shell kayaks)',
        checks: [saysNot(IDK), says('\\b149\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'can you ship a kayak up to my place in Ontario?',
        es: '¿me podéis mandar un kayak a mi casa en Ontario?',
        covers: 'policy question answered from the policy text (hard-shell kayaks cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'and shipping on an order of like 40 dollars?',
        es: '¿y el envío de un pedido de unos 40 dólares?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('\\b12\\b'), notCalled('search_products')],
      },
      {
        en: 'I pulled the cord on my inflatable vest just to test it. can I still send it back?',
        es: 'tiré de la anilla del chaleco hinchable solo para probarlo. ¿todavía lo puedo devolver?',
        covers: 'policy question answered from the policy text (fired CO2 cartridge cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('add_to_cart')],
      },
      {
        en: 'I dragged my kayak over some rocks and the bottom is all scraped up. warranty?',
        es: 'arrastré el kayak por unas rocas y tiene el casco todo rayado. ¿entra en garantía?',
        covers: 'policy question answered from the policy text (scrapes from dragging are not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'do you guys take Diners Club?',
        es: '¿aceptáis Diners Club?',
        covers: 'policy question answered from the policy text (a card the store does not take)',
        checks: [saysNot(IDK), says(NO), says('diners'), saysNot(NOT_YES), notCalled('search_products')],
      },
      {
        en: 'is there a way to pay it off in a few chunks?',
        es: '¿se puede pagar en varios plazos?',
        covers:
          'policy question answered from the policy text (Shop Pay Installments on orders of $150 or more)',
        checks: [
          saysNot(IDK),
          says('shop ?pay|installment|plazo|cuota'),
          says('\\b150\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'do you rent kayaks out for a weekend?',
        es: '¿alquiláis kayaks para un fin de semana?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
