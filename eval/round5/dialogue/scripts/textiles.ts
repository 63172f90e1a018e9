/**
 * Home textiles (bed & bath), EN and ES shoppers on the English-only catalog. Frozen: written before
 * this round's tuning; never edit expectations.
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
import type { Check } from '../../../dialogue/types.ts';
import { T } from './textiles.handles.ts';

/** The reply is about returns (a "no" alone is not an answer to a returns question). */
const RETURNS = 'return|refund|devol|devuel|reembols';
/** A "yes" that is not a "no". */
const NOT_NO = "\\bnot\\b|n't|\\bno (funciona|es|sirve|vale|tiene|lleva|viene|incluye|cabe)\\b";
/** Lines already in the cart stay as they were, except those of `handles`. */
const keeps = (...except: string[]): Check => ({ kind: 'cartKeeps', except });

export const [textilesEn, textilesEs] = scripts('home-textiles', [
  {
    title:
      'sheets and duvet: queen under a budget, cheapest set, depth of fit, thread count sold out, percale vs sateen, colour families, correction, full/queen, ordinal pillowcases, price, read-back',
    steps: [
      {
        en: 'looking for sheets for my queen bed, nothing over $130',
        es: 'busco sábanas para mi cama queen, que no pasen de 130 dólares',
        covers: 'category search with a price bound (bed size)',
        checks: [
          shown({
            type: ['Sheet Sets', 'Fitted Sheets'],
            maxPrice: 130,
            option: { name: 'Size', values: ['Queen'] },
          }),
          neverShown(T.holidayDraft),
        ],
      },
      {
        en: "what's the most affordable set there?",
        es: '¿cuál es el juego más asequible de esos?',
        covers: 'superlative over price',
        checks: [best(T.halcyon, 'halcyon|sateen|saten', 'meadowlark|percale|flannel|franela')],
      },
      {
        en: 'my mattress is 15 inches thick, will the fitted sheet in that one stay on?',
        es: 'mi colchón tiene 15 pulgadas de alto, ¿la bajera de ese juego me vale?',
        covers: 'spec question answered yes from the product text (depth of fit, 15 in)',
        checks: [
          says('\\b15\\b'),
          says('halcyon|sateen|saten'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(T.halcyon),
        ],
      },
      {
        en: 'is it OEKO-TEX certified?',
        es: '¿tiene certificado OEKO-TEX?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), shownOnly(T.halcyon), notCalled('add_to_cart')],
      },
      {
        en: "I'd go for the 600 thread count, king",
        es: 'me quedo con el de 600 hilos, tamaño king',
        covers:
          'sold-out variant (Thread Count "600" + Size "King") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b300\\b|queen')],
      },
      {
        en: 'hmm ok, 600 in queen then',
        es: 'bueno, pues el de 600 en queen',
        covers: 'option values by catalog name after a refusal (Thread Count "600", Size "Queen")',
        checks: [adds(line(T.halcyon, { 'Thread Count': '600', Size: 'Queen' }, 1))],
      },
      {
        en: 'I run hot at night. Meadowlark or Halcyon, which sleeps cooler?',
        es: 'paso mucho calor de noche. ¿Meadowlark o Halcyon, cuál es más fresca?',
        covers: 'comparison of two named products',
        checks: [says('meadowlark'), says('halcyon'), shownOnly(T.meadowlark, T.halcyon)],
      },
      {
        en: 'get me the Meadowlark for the guest room too, king in sea glass',
        es: 'para el cuarto de invitados quiero también la Meadowlark, king en sea glass',
        covers:
          'sold-out variant (Size "King" + Color "Sea Glass") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\boat\\b|queen')],
      },
      {
        en: 'the beige one is fine',
        es: 'la beige me sirve',
        covers: 'colour family (beige → Oat) after a refusal keeps the size',
        checks: [adds(line(T.meadowlark, { Size: 'King', Color: 'Oat' }, 1))],
      },
      {
        en: 'wait, the guest bed is a queen. swap it',
        es: 'espera, la cama de invitados es queen. cámbialo',
        covers: 'correction switches the option value (Size) and keeps the colour',
        checks: [
          swaps(
            line(T.meadowlark, { Size: 'Queen', Color: 'Oat' }, 1),
            line(T.meadowlark, { Size: 'King', Color: 'Oat' }),
          ),
        ],
      },
      {
        en: 'now a duvet cover, something rust colored',
        es: 'ahora una funda nórdica, algo en color óxido',
        covers: 'category search with a colour family (rust → Terracotta)',
        checks: [shown({ type: 'Duvet Covers', color: ['Terracotta'] })],
      },
      {
        en: "it's for a king",
        es: 'es para una king',
        covers:
          'sold-out variant (Size "King/California King" + Color "Terracotta") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\boat\\b|full|queen|matrimonio')],
      },
      {
        en: "ugh. I'll take the full/queen, same color, it'll hang a bit short",
        es: 'vaya. me llevo la de matrimonio, full/queen, del mismo color, aunque quede algo corta',
        covers: 'option value by catalog name ("Full/Queen") keeps the colour',
        checks: [adds(line(T.duvet, { Size: 'Full/Queen', Color: 'Terracotta' }, 1))],
      },
      {
        en: 'can it go in a regular washing machine?',
        es: '¿se puede lavar en la lavadora de casa?',
        covers: 'spec question answered yes from the product text (machine washable)',
        checks: [
          says('yes|\\bsi\\b|machine|lavadora|wash cold|agua fria'),
          says('linen|lino|duvet|funda|stonewashed'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(T.duvet),
        ],
      },
      {
        en: 'do the shams come with it?',
        es: '¿trae las fundas de almohada a juego?',
        covers: 'spec question whose answer in the text is no (shams sold separately)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't|separately|por separado|aparte"),
          says('linen|lino|duvet|funda|stonewashed'),
          saysNot(DONT_KNOW),
          shownOnly(T.duvet),
        ],
      },
      {
        en: 'ok then show me pillowcases in king size',
        es: 'vale, pues enséñame fundas de almohada de tamaño king',
        covers: 'category search by an option value (Size "King")',
        checks: [shown({ type: 'Pillowcases', option: { name: 'Size', values: ['King'] } })],
      },
      {
        en: "I'll grab the second one",
        es: 'me llevo la segunda',
        covers: 'ordinal reference to the list shown ("the second one") keeps the size asked in the search',
        checks: [addedShownAt(2, { Size: 'King' })],
      },
      {
        en: "what's the Halcyon run in 300 thread count for a king?",
        es: '¿a cuánto sale la Halcyon de 300 hilos en king?',
        covers: "price in the store's currency",
        checks: [says('\\b119\\b'), ...usd],
      },
      {
        en: 'ok where am I at, total wise?',
        es: 'a ver, ¿cuánto llevo gastado en total?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('halcyon|meadowlark|linen|lino|duvet|funda|pillowcase|silk|seda')],
      },
    ],
  },
  {
    title:
      'pillows and toppers: price bound, negation, start over, fill power, dry clean, sold-out firmness, quantity and correction, thickness with a decimal, warranty, comparison, protector, save for later, draft, sleep trial, empty, human',
    steps: [
      {
        en: "I'm a side sleeper and my pillow is flat as a pancake",
        es: 'duermo de lado y mi almohada está más plana que una tortilla',
        covers: 'category search',
        checks: [shown({ type: 'Pillows' })],
      },
      {
        en: 'keep it under 60 bucks',
        es: 'que no pase de 60 dólares',
        covers: 'refinement by a price bound keeps the category',
        checks: [shown({ type: 'Pillows', maxPrice: 60 })],
      },
      {
        en: 'nothing with memory foam though',
        es: 'pero nada de viscoelástica',
        covers: 'negation keeps category and price bound',
        checks: [shown({ type: 'Pillows', maxPrice: 60, handles: [T.duck] })],
      },
      {
        en: 'how firm are those?',
        es: '¿son firmes o blanditas?',
        covers: 'spec question answered from the product text (firmness)',
        checks: [says('medium|medi'), says('duck|feather|pluma|pato|quillmere'), shownOnly(T.duck)],
      },
      {
        en: "eh. let's start from scratch, what pillows do you carry, all of them",
        es: 'bah. empecemos de cero, ¿qué almohadas tenéis? todas',
        covers: 'start over drops the price bound and the negation',
        checks: [shown({ type: 'Pillows' }), shownSome({ handles: [T.summit, T.contour, T.bodyPillow] })],
      },
      {
        en: 'which one has the highest fill power?',
        es: '¿cuál tiene el plumón de mayor poder de relleno?',
        covers: 'superlative over a numeric attribute (fill power in the title)',
        checks: [best(T.summit, 'summit|800', 'duck|feather|alto|breeze|contour|cuddle|body pillow')],
      },
      {
        en: 'can I throw it in the washer when it gets gross?',
        es: '¿la puedo meter en la lavadora cuando se ensucie?',
        covers: 'spec question whose answer in the text is no (dry clean only)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't|dry clean|en seco|tintoreria"),
          says('summit|goose|oca|down|plumon'),
          saysNot(DONT_KNOW),
          shownOnly(T.summit),
        ],
      },
      {
        en: "I'll take two, standard, firm since I'm on my side",
        es: 'me llevo dos, estándar y firmes, que duermo de lado',
        covers:
          'sold-out variant (Size "Standard" + Firmness "Firm") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('soft|medium|king|suave|blanda|media')],
      },
      {
        en: 'ok make it two of the medium',
        es: 'vale, pues dos de firmeza media',
        covers: 'quantity + option value by catalog name after a refusal keeps the size (Firmness "Medium")',
        checks: [adds(line(T.summit, { Size: 'Standard', Firmness: 'Medium' }, 2))],
      },
      {
        en: 'hmm, at that price one is plenty',
        es: 'mmm, a ese precio con una me basta',
        covers: 'correction lowers the quantity',
        checks: [removes(line(T.summit, { Size: 'Standard', Firmness: 'Medium' }, 1))],
      },
      {
        en: 'also my mattress feels like a rock. any toppers for less than 150?',
        es: 'además mi colchón parece una piedra. ¿tenéis algún topper por menos de 150?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Mattress Toppers', maxPrice: 150 })],
      },
      {
        en: 'which is the thickest?',
        es: '¿cuál es el más grueso?',
        covers:
          'superlative over a numeric attribute (thickness: an option value against a number in a title)',
        checks: [best(T.loft, 'loft|featherbed|3[.,]5', 'deep rest|gel')],
      },
      {
        en: 'the queen, three and a half inch',
        es: 'el de queen, de 3,5 pulgadas',
        covers: 'decimal size ("3.5 in") + option value by catalog name (Size "Queen")',
        checks: [adds(line(T.loft, { Size: 'Queen', Thickness: '3.5 in' }, 1))],
      },
      {
        en: 'how long is it guaranteed for?',
        es: '¿cuánto tiempo de garantía tiene?',
        covers: 'spec question answered from the product text (warranty)',
        checks: [says('\\b(1|one|un|uno)[ -](year|ano)'), shownOnly(T.loft)],
      },
      {
        en: 'between the Deep Rest and the Loft, which one feels softer?',
        es: 'entre el Deep Rest y el Loft, ¿cuál es más blandito?',
        covers: 'comparison of two named products',
        checks: [says('deep rest'), says('loft'), shownOnly(T.deepRest, T.loft)],
      },
      {
        en: 'do you sell a waterproof cover for the mattress itself? it’s 18 inches deep',
        es: '¿vendéis algún protector impermeable para el colchón? tiene 18 pulgadas de alto',
        covers: 'category search by a spec from the product text (depth of fit)',
        checks: [shown({ type: 'Mattress Protectors' })],
      },
      {
        en: 'put a queen one in',
        es: 'mete uno de queen',
        covers: 'option value by catalog name (Size "Queen")',
        checks: [adds(line(T.protector, { Size: 'Queen' }, 1))],
      },
      {
        en: 'does it make that crinkly plastic noise when you turn over?',
        es: '¿hace ese ruido de plástico cuando te das la vuelta?',
        covers: 'spec question whose answer in the text is no (no crinkling)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't|quiet|silencios"),
          says('protector|waterproof|impermeable|cloudnest'),
          saysNot(DONT_KNOW),
          shownOnly(T.protector),
        ],
      },
      {
        en: "move the Summit pillow to saved, I'll decide after payday",
        es: 'pásame la almohada Summit a guardados, lo decido cuando cobre',
        covers: 'save for later',
        checks: [saved(T.summit), keeps(T.summit)],
      },
      {
        en: 'got any plaid flannel sheets for the holidays?',
        es: '¿tenéis sábanas de franela de cuadros para navidad?',
        covers: 'a draft product is never offered',
        checks: [neverShown(T.holidayDraft), saysNot('holiday plaid|2027')],
      },
      {
        en: 'say I sleep on the topper for a few weeks and hate it, can I still send it back?',
        es: 'si duermo unas semanas en el topper y no me convence, ¿lo puedo devolver igual?',
        covers: 'policy question answered from the policy text (returns: 100-night sleep trial)',
        checks: [says('\\b100\\b'), says(RETURNS), notCalled('search_products'), notCalled('add_to_cart')],
      },
      {
        en: "what's sitting in my basket?",
        es: '¿qué tengo en la cesta?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('loft|topper|protector|colchon|featherbed')],
      },
      {
        en: 'scratch the mattress protector',
        es: 'el protector de colchón fuera',
        covers: 'remove an item',
        checks: [removes(line(T.protector))],
      },
      {
        en: 'actually clear the whole thing out',
        es: 'mejor vacía la cesta entera',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'is there someone at the store I can talk to?',
        es: '¿hay alguien de la tienda con quien pueda hablar?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'towels and bath: GSM, sold-out bath sheet, quantity, several sizes, dimensions, fabric softener, fading, bath mat, promos, checkout, Canada, order, cancel',
    steps: [
      {
        en: 'I need new bath towels',
        es: 'necesito toallas de baño nuevas',
        covers: 'category search',
        checks: [shown({ type: ['Bath Towels', 'Towel Sets'] })],
      },
      {
        en: 'which ones are the thickest and plushest?',
        es: '¿cuáles son las más gruesas y esponjosas?',
        covers: 'superlative over a numeric attribute (GSM)',
        checks: [
          best(T.cove, 'cove|700', 'quickdry|waffle|hand towel|six-piece|towel set|little harbor|kids'),
        ],
      },
      {
        en: 'two bath sheets in the green please',
        es: 'dos sábanas de baño en verde, por favor',
        covers:
          'sold-out variant (Size "Bath Sheet" + colour family green → Sea Glass) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('ivory|bath towel|marfil|toalla de bano')],
      },
      {
        en: 'fine, two normal bath towels in that color then',
        es: 'bueno, pues dos toallas de baño normales de ese color',
        covers: 'quantity + option value by catalog name ("Bath Towel") keeps the colour',
        checks: [adds(line(T.cove, { Size: 'Bath Towel', Color: 'Sea Glass' }, 2))],
      },
      {
        en: 'plus a couple washcloths and one hand towel, ivory for both',
        es: 'y también un par de toallitas y una toalla de manos, las dos cosas en marfil',
        covers: 'several items in one request (quantity + sizes by catalog name + colour)',
        checks: [
          adds(
            line(T.cove, { Size: 'Washcloth', Color: 'Ivory' }, 2),
            line(T.cove, { Size: 'Hand Towel', Color: 'Ivory' }, 1),
          ),
        ],
      },
      {
        en: 'how big is the bath towel, exactly?',
        es: '¿qué medidas tiene exactamente la toalla de baño?',
        covers: 'spec question answered from the product text (dimensions)',
        checks: [says('30 ?(x|by|por|×) ?56'), shownOnly(T.cove)],
      },
      {
        en: 'ok to use fabric softener on them?',
        es: '¿les puedo echar suavizante?',
        covers: 'spec question whose answer in the text is no (skip fabric softener)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't|skip|sin suavizante|evit"),
          says('cove|towel|toalla'),
          saysNot(DONT_KNOW),
          shownOnly(T.cove),
        ],
      },
      {
        en: 'will that green fade after a bunch of washes?',
        es: '¿ese verde se va a desteñir con los lavados?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), shownOnly(T.cove), notCalled('add_to_cart')],
      },
      {
        en: 'I want a bath mat too, the big memory foam one, in grey',
        es: 'quiero también una alfombrilla de baño, la grande de viscoelástica, en gris',
        covers: 'option value in words ("the big one" → "21 x 34 in") + colour family (grey → Heather Gray)',
        checks: [adds(line(T.cloudMat, { Size: '21 x 34 in', Color: 'Heather Gray' }, 1))],
      },
      {
        en: 'are there any deals or codes going on?',
        es: '¿hay alguna oferta o código ahora mismo?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('sleepwell ?15'),
          says('bath ?10'),
          saysNot('white ?sale'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'put WHITESALE25 on it',
        es: 'ponle el WHITESALE25',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'meh. BATH10 then',
        es: 'bueno. entonces BATH10',
        covers: 'apply a promo code',
        checks: [promo('BATH10')],
      },
      {
        en: 'alright, time to pay',
        es: 'venga, vamos a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: "not yet, first: do you even ship to Canada? it's going to Vancouver",
        es: 'todavía no. primero: ¿enviáis a Canadá? es para Vancouver',
        covers:
          'no order on "no" + policy question answered from the policy text (Canada: $19, 8 to 14 days)',
        checks: [
          orders(0),
          notCalled('confirm_order'),
          says('\\b19\\b|\\b8 ?(to|a|-|–) ?14\\b'),
          says('canad'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'good. take me through checkout',
        es: 'perfecto. pasamos por caja',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, place it',
        es: 'sí, haz el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'has it shipped yet?',
        es: '¿ya ha salido?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: "hmm, actually I'd rather cancel it",
        es: 'mmm, pensándolo mejor prefiero cancelarlo',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yes, I'm sure, cancel",
        es: 'sí, seguro, cancélalo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'blankets, throws, robes and policies: price bound, material refinement, sold-out king, colour families, most expensive, comparison, several items, correction, robe, returns, Canada exception, monogramming, payment',
    steps: [
      {
        en: 'blankets under $100?',
        es: '¿mantas de menos de 100 dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: ['Blankets', 'Weighted Blankets', 'Throws'], maxPrice: 100 })],
      },
      {
        en: 'just the cotton ones',
        es: 'solo las de algodón',
        covers: 'refinement by material keeps category and price bound',
        checks: [shown({ type: 'Blankets', maxPrice: 100, handles: [T.waffleBlanket] })],
      },
      {
        en: 'in king, sea glass',
        es: 'en king, color sea glass',
        covers:
          'sold-out variant (Size "King" + Color "Sea Glass") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('ivory|marfil|full|queen')],
      },
      {
        en: 'the cream one then',
        es: 'pues la de color crema',
        covers: 'colour family (cream → Ivory) keeps the size',
        checks: [adds(line(T.waffleBlanket, { Size: 'King', Color: 'Ivory' }, 1))],
      },
      {
        en: 'out of all your blankets, which is the priciest?',
        es: 'de todas vuestras mantas, ¿cuál es la más cara?',
        covers: 'superlative over price',
        checks: [best(T.merino, 'merino|wool|lana', 'waffle|sherpa|fleece|weighted|evenweight|harlow')],
      },
      {
        en: "sherpa or merino, which one's warmer?",
        es: '¿la sherpa o la de merino, cuál abriga más?',
        covers: 'comparison of two named products',
        checks: [says('sherpa'), says('merino'), shownOnly(T.sherpa, T.merino)],
      },
      {
        en: 'add the chunky knit throw in rust, and a navy sherpa',
        es: 'añade la manta de punto gordo en color óxido y una sherpa azul marino',
        covers: 'several items in one request with colour families (rust → Terracotta, navy → Indigo)',
        checks: [adds(line(T.harlow, { Color: 'Terracotta' }, 1), line(T.sherpa, { Color: 'Indigo' }, 1))],
      },
      {
        en: 'on second thought make the throw oat',
        es: 'pensándolo mejor, la de punto en color oat',
        covers: 'correction switches the colour by catalog name (Color "Oat")',
        checks: [swaps(line(T.harlow, { Color: 'Oat' }, 1), line(T.harlow, { Color: 'Terracotta' }))],
      },
      {
        en: "I'd like a bathrobe, small, in pink",
        es: 'quiero un albornoz, talla pequeña, en rosa',
        covers:
          'sold-out variant (Size "S/M" + colour family pink → Blush) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('ivory|marfil|l/xl|large|grande')],
      },
      {
        en: "white's fine",
        es: 'en blanco vale',
        covers: 'colour family (white → Ivory) keeps the size',
        checks: [adds(line(T.robe, { Size: 'S/M', Color: 'Ivory' }, 1))],
      },
      {
        en: 'how long is it? I am pretty tall',
        es: '¿qué largo tiene? soy bastante alta',
        covers: 'spec question answered from the product text (length)',
        checks: [says('\\b46\\b'), shownOnly(T.robe)],
      },
      {
        en: "I washed a duvet cover from you once and I don't love it, can I still return it?",
        es: 'lavé una vez una funda nórdica vuestra y no me convence, ¿la puedo devolver?',
        covers: 'policy question answered from the policy text (washed bedding cannot be returned)',
        checks: [
          says('\\bno\\b|cannot|can.?t|\\bnot\\b'),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'could you send a weighted blanket to my mom in Toronto?',
        es: '¿podéis mandarle una manta con peso a mi madre en Toronto?',
        covers: 'policy question answered from the policy text (weighted blankets cannot ship to Canada)',
        checks: [says("\\bno\\b|\\bnot\\b|n't|cannot"), says('canad|toronto'), notCalled('search_products')],
      },
      {
        en: 'do you embroider initials on towels?',
        es: '¿bordáis iniciales en las toallas?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
      {
        en: 'can I pay with Apple Pay?',
        es: '¿puedo pagar con Apple Pay?',
        covers: 'policy question answered from the policy text (payment)',
        checks: [says('yes|\\bsi\\b|accept|acept'), says('apple'), notCalled('search_products')],
      },
      {
        en: 'read back my cart',
        es: 'repásame el carrito',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('waffle|blanket|manta|harlow|throw|sherpa|robe|albornoz')],
      },
      {
        en: 'take the bathrobe out',
        es: 'saca el albornoz',
        covers: 'remove an item',
        checks: [removes(line(T.robe))],
      },
    ],
  },
]);
