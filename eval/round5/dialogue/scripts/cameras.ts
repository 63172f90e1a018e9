/**
 * Cameras & photography, EN and ES shoppers on the English-only catalog. Frozen: written before
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
import { C } from './cameras.handles.ts';

/** The reply is about returns (a "no" alone is not an answer to a returns question). */
const RETURNS = 'return|refund|devol|devuel|reembols';
/** A "yes" that is not a "no". */
const NOT_NO = "\\bnot\\b|n't|\\bno (funciona|es|sirve|vale|tiene|lleva|viene|incluye|esta)\\b";
/** Lines already in the cart stay as they were, except those of `handles`. */
const keeps = (...except: string[]): Check => ({ kind: 'cartKeeps', except });

export const [camerasEn, camerasEs] = scripts('cameras-photo', [
  {
    title:
      'lenses: mount and budget, brightest, sealing, weight, stabilization, fifties compared, sold-out mount, apertures as decimals, price, astro, filter thread, zooms, APS-C, start over, reach, filters, save for later, total',
    steps: [
      {
        en: "I shoot Sony. what's good for portraits under 500?",
        es: 'tengo una Sony. ¿qué objetivo me recomiendas para retratos por menos de 500?',
        covers: 'category search with a price bound and a mount (Mount "Sony E")',
        checks: [shown({ type: 'Lenses', maxPrice: 500, option: { name: 'Mount', values: ['Sony E'] } })],
      },
      {
        en: 'which of those is the brightest?',
        es: '¿cuál de esos es el más luminoso?',
        covers: 'superlative over a numeric attribute (aperture: the smallest f-number wins)',
        checks: [best(C.art50, '1[.,]4|art 50', 'compact|1[.,]8')],
      },
      {
        en: 'any good in the rain?',
        es: '¿aguanta si me pilla la lluvia?',
        covers: 'spec question answered yes from the product text (dust and splash resistant)',
        checks: [
          says('yes|\\bsi\\b|splash|salpicadura|dust|polvo'),
          says('1[.,]4|\\bart\\b'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(C.art50),
        ],
      },
      {
        en: 'how heavy is it in grams?',
        es: '¿cuántos gramos pesa?',
        covers: 'spec question answered from the product text (weight)',
        checks: [says('\\b520\\b'), shownOnly(C.art50)],
      },
      {
        en: 'is it optically stabilized?',
        es: '¿lleva estabilizador óptico?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), shownOnly(C.art50), notCalled('add_to_cart')],
      },
      {
        en: 'how does the Art 50 stack up against the Compact 50?',
        es: '¿qué diferencia hay entre el Art 50 y el Compact 50?',
        covers: 'comparison of two named products',
        checks: [says('\\bart\\b'), says('compact'), shownOnly(C.art50, C.compact50)],
      },
      {
        en: 'my brother shoots Fuji, so first the 1.4 for him in Fujifilm X mount',
        es: 'mi hermano usa Fuji, así que primero el 1.4 para él en montura Fujifilm X',
        covers: 'sold-out variant (Mount "Fujifilm X") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('sony|nikon|canon')],
      },
      {
        en: "then the f/1.8 one for his Fuji, he won't know the difference",
        es: 'pues el de f/1,8 para su Fuji, no va a notar la diferencia',
        covers:
          'decimal size: an aperture said as a decimal ("1.8") picks the product + option value by catalog name (Mount "Fujifilm X")',
        checks: [adds(line(C.compact50, { Mount: 'Fujifilm X' }, 1))],
      },
      {
        en: 'and the 1.4 for me, Sony E',
        es: 'y el 1.4 para mí, en Sony E',
        covers: 'decimal size ("1.4") picks the product + option value by catalog name (Mount "Sony E")',
        checks: [adds(line(C.art50, { Mount: 'Sony E' }, 1))],
      },
      {
        en: 'out of curiosity, what does the 24-70 go for in Canon RF?',
        es: 'por curiosidad, ¿cuánto vale el 24-70 en montura Canon RF?',
        covers: "price in the store's currency",
        checks: [says('1[.,]?149'), ...usd],
      },
      {
        en: "different thing: what would you use for shooting the Milky Way? price doesn't matter",
        es: 'otra cosa: ¿qué usarías para fotografiar la Vía Láctea? el precio da igual',
        covers: 'category search by a use from the product text (night sky), no price bound',
        checks: [shown({ type: 'Lenses' }), shownSome({ handles: [C.art14] })],
      },
      {
        en: 'can I put a polarizer on the 14?',
        es: '¿al de 14 le puedo poner un polarizador?',
        covers: 'spec question whose answer in the text is no (no front filter thread)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't|rear|trasero"),
          says('\\b14 ?mm|ultra'),
          saysNot(DONT_KNOW),
          shownOnly(C.art14),
        ],
      },
      {
        en: 'what zooms have you got, apart from the big telephoto?',
        es: '¿qué zooms tenéis, quitando el teleobjetivo grande?',
        covers: 'negation (not the telephoto) within the category',
        checks: [shown({ type: 'Lenses', handles: [C.zoom2470, C.zoom1850], notHandles: [C.sport] })],
      },
      {
        en: 'only the one made for APS-C',
        es: 'solo el que es para APS-C',
        covers: 'refinement by a spec from the product text keeps the category and the negation',
        checks: [shown({ type: 'Lenses', handles: [C.zoom1850] })],
      },
      {
        en: 'ok scrap all that and show me every lens again',
        es: 'vale, olvida todo eso y enséñame otra vez todos los objetivos',
        covers: 'start over drops the refinement and the negation',
        checks: [shown({ type: 'Lenses' }), shownSome({ handles: [C.sport] })],
      },
      {
        en: 'which one reaches the furthest? I want to shoot birds',
        es: '¿cuál llega más lejos? quiero fotografiar pájaros',
        covers: 'superlative over a numeric attribute (focal length in the title)',
        checks: [best(C.sport, '100-400|sport|\\b400', '24-70|18-50|14 ?mm|50 ?mm|90 ?mm|macro')],
      },
      {
        en: 'add a circular polarizer and a variable ND, both 77mm',
        es: 'añade un polarizador circular y un ND variable, los dos de 77 mm',
        covers: 'several items in one request sharing one option value (Thread Size "77mm")',
        checks: [adds(line(C.cpl, { 'Thread Size': '77mm' }, 1), line(C.nd, { 'Thread Size': '77mm' }, 1))],
      },
      {
        en: "park the ND in my saved items, I'll get it next month",
        es: 'el ND déjamelo en guardados, lo compro el mes que viene',
        covers: 'save for later',
        checks: [saved(C.nd), keeps(C.nd)],
      },
      {
        en: "what's the damage so far?",
        es: '¿cuánto me va saliendo todo?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('polari|compact|art|50|lumora')],
      },
    ],
  },
  {
    title:
      'bodies and cards: IBIS, megapixels, cheapest, weather sealing, battery life, headphone jack, sold-out kit, SD cards, sold-out capacity, quantity, battery pack, fit, correction, comparison, several items, promos, checkout, Canada, order, cancel',
    steps: [
      {
        en: 'which of your cameras have stabilization in the body?',
        es: '¿qué cámaras tenéis con estabilización en el cuerpo?',
        covers: 'category search by a spec from the product text (IBIS)',
        checks: [shown({ type: 'Mirrorless Cameras', handles: [C.vela7, C.vela9] })],
      },
      {
        en: 'of those two, which has more megapixels?',
        es: 'de esas dos, ¿cuál tiene más megapíxeles?',
        covers: 'superlative over a numeric attribute (megapixels)',
        checks: [best(C.vela9, 'vela 9|50 ?mp', 'vela 7|33 ?mp')],
      },
      {
        en: "what's the cheapest mirrorless you sell, though?",
        es: '¿y cuál es la mirrorless más barata que vendéis?',
        covers: 'superlative over price',
        checks: [best(C.vela5, 'vela 5|aps-c', 'vela 7|vela 9|pocket')],
      },
      {
        en: 'can the Vela 5 handle some drizzle?',
        es: '¿la Vela 5 aguanta algo de llovizna?',
        covers: 'spec question whose answer in the text is no (not weather sealed)',
        checks: [says("\\bno\\b|\\bnot\\b|n't"), says('vela 5'), saysNot(DONT_KNOW), shownOnly(C.vela5)],
      },
      {
        en: 'how many shots per charge on the Vela 7?',
        es: '¿cuántas fotos hace la Vela 7 con una carga?',
        covers: 'spec question answered from the product text (battery life in shots)',
        checks: [says('\\b520\\b'), shownOnly(C.vela7)],
      },
      {
        en: 'does it have a headphone jack for monitoring audio?',
        es: '¿tiene salida de auriculares para monitorizar el audio?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), shownOnly(C.vela7), notCalled('add_to_cart')],
      },
      {
        en: "I'll get it as a kit with the 28-70",
        es: 'me la llevo en kit con el 28-70',
        covers:
          'sold-out variant (Kit "with 28-70mm Lens") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('body only|solo (el )?cuerpo|cuerpo')],
      },
      {
        en: 'just the body is fine',
        es: 'solo el cuerpo, entonces',
        covers: 'option value by catalog name after a refusal (Kit "Body Only")',
        checks: [adds(line(C.vela7, { Kit: 'Body Only' }, 1))],
      },
      {
        en: 'it needs SD cards that can keep up with 4K',
        es: 'le hacen falta tarjetas SD que aguanten grabar en 4K',
        covers: 'category search by a spec from the product text (SD, not CFexpress)',
        checks: [shown({ type: 'Memory Cards', handles: [C.v60, C.v30] })],
      },
      {
        en: 'two of the V60 in 256',
        es: 'dos de las V60 de 256',
        covers: 'sold-out variant (Capacity "256GB") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b(128|64) ?(gb|gigas?)|\\b(128|64)\\b')],
      },
      {
        en: 'fine, two 128 gig ones',
        es: 'vale, dos de 128 gigas',
        covers: 'quantity + option value by catalog name after a refusal (Capacity "128GB")',
        checks: [adds(line(C.v60, { Capacity: '128GB' }, 2))],
      },
      {
        en: 'plus spare batteries, the twin pack',
        es: 'y baterías de repuesto, el pack de dos',
        covers: 'option value by catalog name (Pack "2-pack")',
        checks: [adds(line(C.battery, { Pack: '2-pack' }, 1))],
      },
      {
        en: 'do those batteries work in the Vela 5 too?',
        es: '¿esas baterías valen también para la Vela 5?',
        covers: 'spec question whose answer in the text is no (not for the Vela 5)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't"),
          says('pv-?100|battery|bateria'),
          saysNot(DONT_KNOW),
          shownOnly(C.battery),
        ],
      },
      {
        en: 'make the batteries a single instead',
        es: 'mejor cambia las baterías por una sola',
        covers: 'correction switches the option value (Pack)',
        checks: [swaps(line(C.battery, { Pack: '1-pack' }, 1), line(C.battery, { Pack: '2-pack' }))],
      },
      {
        en: 'V60 versus V30 card, how much faster is it really?',
        es: 'tarjeta V60 contra V30, ¿cuánto más rápida es de verdad?',
        covers: 'comparison of two named products',
        checks: [says('v60|extreme'), says('v30|everyday'), shownOnly(C.v60, C.v30)],
      },
      {
        en: 'throw in a card reader and the battery charger',
        es: 'añade un lector de tarjetas y el cargador de baterías',
        covers: 'several items in one request',
        checks: [adds(line(C.reader, undefined, 1), line(C.charger, undefined, 1))],
      },
      {
        en: 'got any promo codes?',
        es: '¿tenéis códigos promocionales?',
        covers: 'list the promos (not the expired one)',
        checks: [says('shutter ?10'), says('card ?5'), saysNot('golden ?hour'), notCalled('search_products')],
      },
      {
        en: 'GOLDENHOUR20 please',
        es: 'GOLDENHOUR20, porfa',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'SHUTTER10 then',
        es: 'pues SHUTTER10',
        covers: 'apply a promo code',
        checks: [promo('SHUTTER10')],
      },
      {
        en: "let's check out",
        es: 'vamos a finalizar la compra',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'no, hold off a sec',
        es: 'no, espera un momento',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "I'm moving to Montreal next month. can you ship spare batteries there?",
        es: 'me mudo a Montreal el mes que viene. ¿podéis enviar baterías de repuesto allí?',
        covers:
          'policy question answered from the policy text (spare lithium batteries cannot ship to Canada)',
        checks: [says("\\bno\\b|\\bnot\\b|n't|cannot"), says('canad|montreal'), notCalled('search_products')],
      },
      {
        en: "ok whatever, they're going to my place in Boston. checkout",
        es: 'bueno, da igual, van a mi casa de Boston. a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yep, confirm it',
        es: 'sí, confírmalo',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: "where's my package at?",
        es: '¿dónde está mi paquete?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'please cancel that order',
        es: 'anula ese pedido, por favor',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yes I'm sure",
        es: 'sí, estoy seguro',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'supports, bags and lights: price bound, carbon refinement, max load, sold-out colour, strongest tripod, video head, backpack by laptop, sold-out capacity, colour families, rain cover, filters by thread size, ordinal, negation, battery power, draft, read-back, remove, empty, human',
    steps: [
      {
        en: 'I want a travel tripod, 300 max',
        es: 'quiero un trípode de viaje, como mucho 300',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Tripods', maxPrice: 300 })],
      },
      {
        en: 'carbon fiber only',
        es: 'solo de fibra de carbono',
        covers: 'refinement by material keeps category and price bound',
        checks: [shown({ type: 'Tripods', maxPrice: 300, handles: [C.treklite] })],
      },
      {
        en: 'how much weight will it take? my rig is around 3 kilos',
        es: '¿cuánto peso aguanta? mi equipo pesa unos 3 kilos',
        covers: 'spec question answered from the product text (max load)',
        checks: [says('10 ?kg|22 ?(lb|pound|libra)'), shownOnly(C.treklite)],
      },
      {
        en: 'the gray one',
        es: 'el gris',
        covers:
          'sold-out variant (colour family gray → Titanium) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('black|negr')],
      },
      {
        en: 'black works',
        es: 'negro me vale',
        covers: 'option value by catalog name after a refusal (Color "Black")',
        checks: [adds(line(C.treklite, { Color: 'Black' }, 1))],
      },
      {
        en: 'out of all your tripods, which one can hold the most weight?',
        es: 'de todos vuestros trípodes, ¿cuál aguanta más peso?',
        covers: 'superlative over a numeric attribute (max load in the description)',
        checks: [best(C.atlas, 'atlas|15 ?kg|alumin', 'treklite|pocket|mini|carbon')],
      },
      {
        en: 'add that one with the video head',
        es: 'añade ese con la rótula de vídeo',
        covers: 'option value in words ("the video head" → "Fluid Video Head")',
        checks: [adds(line(C.atlas, { Head: 'Fluid Video Head' }, 1))],
      },
      {
        en: 'I need a camera backpack that fits a 16 inch laptop',
        es: 'necesito una mochila de fotografía en la que quepa un portátil de 16 pulgadas',
        covers: 'category search by a spec from the product text (laptop size)',
        checks: [shown({ type: 'Camera Bags', handles: [C.ridgeline] })],
      },
      {
        en: 'the 32 liter',
        es: 'la de 32 litros',
        covers: 'sold-out variant (Capacity "32L") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b(25|18) ?(l|lit)|\\b(25|18)\\b')],
      },
      {
        en: '25 then, in green if you have it',
        es: 'pues la de 25, en verde si la hay',
        covers: 'colour family (green → Olive) + option value by catalog name (Capacity "25L")',
        checks: [adds(line(C.ridgeline, { Capacity: '25L', Color: 'Olive' }, 1))],
      },
      {
        en: 'does it come with a rain cover?',
        es: '¿trae funda para la lluvia?',
        covers: 'spec question answered yes from the product text (rain cover included)',
        checks: [
          says('yes|\\bsi\\b|included|incluid|rain cover|funda'),
          says('ridgeline|backpack|mochila'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(C.ridgeline),
        ],
      },
      {
        en: 'and a strap in orange',
        es: 'y una correa en naranja',
        covers:
          'sold-out variant (colour family orange → Ember) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('black|sand|negr|arena')],
      },
      {
        en: 'the beige then',
        es: 'pues la beige',
        covers: 'colour family (beige → Sand) after a refusal',
        checks: [adds(line(C.strap, { Color: 'Sand' }, 1))],
      },
      {
        en: 'what filters do you have in 77mm?',
        es: '¿qué filtros tenéis de 77 mm?',
        covers: 'category search by an option value (Thread Size "77mm")',
        checks: [shown({ type: 'Lens Filters', option: { name: 'Thread Size', values: ['77mm'] } })],
      },
      {
        en: 'gimme the third one',
        es: 'dame el tercero',
        covers:
          'ordinal reference to the list shown ("the third one") keeps the thread size asked in the search',
        checks: [addedShownAt(3, { 'Thread Size': '77mm' })],
      },
      {
        en: 'what lights would work for YouTube videos, under 150?',
        es: '¿qué luces me sirven para vídeos de YouTube, por menos de 150?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Video Lights', maxPrice: 150 })],
      },
      {
        en: 'not the ring lights',
        es: 'los aros de luz no',
        covers: 'negation keeps category and price bound',
        checks: [
          shown({
            type: 'Video Lights',
            maxPrice: 150,
            notHandles: [C.ringLight],
            handles: [C.beam60, C.pocketLight],
          }),
        ],
      },
      {
        en: 'can the Beam 60 run off a battery?',
        es: '¿la Beam 60 puede funcionar con batería?',
        covers: 'spec question answered yes from the product text (NP-F battery)',
        checks: [
          says('yes|\\bsi\\b|np-?f|battery|bateria'),
          says('beam 60|beam'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(C.beam60),
        ],
      },
      {
        en: 'do you carry any instant film cameras?',
        es: '¿vendéis cámaras instantáneas de película?',
        covers: 'a draft product is never offered',
        checks: [neverShown(C.instantDraft), saysNot('retro instant|2027')],
      },
      {
        en: 'ok read me back what I have',
        es: 'vale, léeme lo que llevo',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('treklite|atlas|tripod|tripode|ridgeline|backpack|mochila|strap|correa|filter|filtro'),
        ],
      },
      {
        en: 'lose the strap',
        es: 'quítame la correa',
        covers: 'remove an item',
        checks: [removes(line(C.strap))],
      },
      {
        en: 'you know what, wipe the whole cart',
        es: 'sabes qué, borra todo el carrito',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'd rather sort this out with a real person",
        es: 'prefiero arreglar esto con una persona de verdad',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: opened cards, delivery time, monthly payments, rentals, card payment, lens warranty',
    steps: [
      {
        en: 'if I open an SD card and it turns out I bought the wrong one, can I return it?',
        es: 'si abro una tarjeta SD y resulta que me he equivocado, ¿la puedo devolver?',
        covers: 'policy question answered from the policy text (opened memory cards cannot be returned)',
        checks: [
          says('\\bno\\b|cannot|can.?t|\\bnot\\b'),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'how many days does delivery take inside the US?',
        es: '¿cuántos días tarda la entrega dentro de Estados Unidos?',
        covers: 'policy question answered from the policy text (delivery time)',
        checks: [says('\\b2 ?(to|a|-|–) ?4\\b'), notCalled('search_products')],
      },
      {
        en: 'can I split a camera into monthly payments?',
        es: '¿puedo pagar una cámara a plazos?',
        covers: 'policy question answered from the policy text (Affirm on orders of $500 or more)',
        checks: [says('affirm'), says('\\b500\\b'), notCalled('search_products')],
      },
      {
        en: 'do you rent lenses out for weekends?',
        es: '¿alquiláis objetivos para el fin de semana?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
      {
        en: 'do you take Discover cards?',
        es: '¿aceptáis tarjetas Discover?',
        covers: 'policy question answered from the policy text (payment)',
        checks: [says('yes|\\bsi\\b|accept|acept'), says('discover'), notCalled('search_products')],
      },
      {
        en: "what's the warranty on your lenses?",
        es: '¿qué garantía tienen los objetivos?',
        covers: 'policy question answered from the policy text (2-year warranty on cameras and lenses)',
        checks: [says('\\b(2|two|dos)[ -](year|ano)'), notCalled('add_to_cart')],
      },
    ],
  },
]);
