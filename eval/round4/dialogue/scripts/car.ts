/**
 * Car care & auto accessories, EN and ES shoppers on the English-only catalog. Frozen: written before
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
import { A } from './car.handles.ts';

/** The reply is about returns (a "no" alone is not an answer to a returns question). */
const RETURNS = 'return|refund|devol|devuel|reembols';
/** A "yes" that is not a "no". */
const NOT_NO = "\\bnot\\b|n't|\\bno (funciona|es|sirve|vale|tiene|lleva|viene|incluye)\\b";

export const [carEn, carEs] = scripts('car-care-auto', [
  {
    title:
      'washing and protection: price bound, cheapest, specs, dilution, sold-out jug, quantity correction, durability, wax, coating kit, several items, towels',
    steps: [
      {
        en: 'I need some car wash soap, under 20 bucks',
        es: 'necesito champú para lavar el coche, de menos de 20 dólares',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Car Wash Soap', maxPrice: 20 })],
      },
      {
        en: "which one's cheapest?",
        es: '¿cuál es el más barato?',
        covers: 'superlative over price',
        checks: [best(A.snowdrift, 'snowdrift', 'dry creek|rinseless')],
      },
      {
        en: 'is it safe on a ceramic coated car?',
        es: '¿se puede usar en un coche con recubrimiento cerámico?',
        covers: 'spec question about the product in focus (answer yes)',
        checks: [
          says('yes|\\bsi\\b|safe|segur'),
          says('snowdrift'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(A.snowdrift),
        ],
      },
      {
        en: "what's the mix ratio in a foam cannon?",
        es: '¿qué proporción de mezcla lleva en el cañón de espuma?',
        covers: 'spec question answered from the product text (dilution ratio)',
        checks: [says('1 ?: ?10\\b'), shownOnly(A.snowdrift)],
      },
      {
        en: 'does it have a scent?',
        es: '¿huele a algo?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), says('snowdrift'), shownOnly(A.snowdrift), notCalled('add_to_cart')],
      },
      {
        en: 'give me the gallon jug',
        es: 'dame la garrafa de un galón',
        covers: 'sold-out variant (Volume "1 gal") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b16\\b|\\b64\\b')],
      },
      {
        en: 'fine, two of the 64 ounce',
        es: 'vale, dos de las de 64 onzas',
        covers: 'quantity + option value by catalog name after a refusal (Volume "64 fl oz")',
        checks: [adds(line(A.snowdrift, { Volume: '64 fl oz' }, 2))],
      },
      {
        en: 'actually just one of those',
        es: 'bueno, mejor solo una de esas',
        covers: 'correction lowers the quantity',
        checks: [removes(line(A.snowdrift, { Volume: '64 fl oz' }, 1))],
      },
      {
        en: "ok new topic. what's the longest lasting paint protection you've got?",
        es: 'vale, otro tema. ¿cuál es la protección para la pintura que más dura?',
        covers: 'superlative over a numeric attribute (durability in the description)',
        checks: [
          best(A.onyx, 'onyx|ceramic', 'slickshot|heritage|carnauba|\\bwax|\\bcera\\b|sealant|sellador'),
        ],
      },
      {
        en: 'is the Heritage wax ok on matte paint?',
        es: '¿la cera Heritage vale para pintura mate?',
        covers: 'spec question whose answer in the text is no (not for matte paint)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't"),
          says('heritage|carnauba'),
          saysNot(DONT_KNOW),
          shownOnly(A.carnauba),
        ],
      },
      {
        en: 'and the Slickshot, can I spray that on while the car is still wet?',
        es: '¿y el Slickshot? ¿lo puedo echar con el coche todavía mojado?',
        covers: 'spec question answered yes from the product text (applied to a wet car)',
        checks: [
          says('yes|\\bsi\\b|wet|mojad'),
          says('slickshot'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(A.slickshot),
        ],
      },
      {
        en: 'Slickshot vs the Heritage wax, which is better?',
        es: 'Slickshot o la cera Heritage, ¿cuál es mejor?',
        covers: 'comparison of two named products',
        checks: [says('slickshot'), says('heritage|carnauba'), shownOnly(A.slickshot, A.carnauba)],
      },
      {
        en: "I'll get the ceramic kit, the 50 ml",
        es: 'me llevo el kit cerámico, el de 50 ml',
        covers: 'sold-out variant (Kit Size "50 ml") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('30 ?ml')],
      },
      {
        en: 'ok the small one',
        es: 'vale, el pequeño',
        covers: 'option value in words ("the small one" → 30 ml) after a refusal',
        checks: [adds(line(A.onyx, { 'Kit Size': '30 ml' }, 1))],
      },
      {
        en: 'add a clay bar kit, medium grade, and the 8 oz Heritage wax',
        es: 'añade un kit de clay bar de grado medio y la cera Heritage de 8 onzas',
        covers: 'several items in one request; option values by catalog name',
        checks: [adds(line(A.clay, { Grade: 'Medium' }, 1), line(A.carnauba, { Size: '8 oz' }, 1))],
      },
      {
        en: 'and drying towels, the 3 pack in teal',
        es: 'y toallas de secado, el pack de 3 en verde azulado',
        covers:
          'sold-out variant (colour family teal → Ocean Teal + Pack "3-pack") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('charcoal|1-?pack|\\b1\\b|una|uno')],
      },
      {
        en: "grey's fine",
        es: 'en gris me vale',
        covers: 'colour family (grey → Charcoal) keeps the pack',
        checks: [adds(line(A.bigThirsty, { Color: 'Charcoal', Pack: '3-pack' }, 1))],
      },
      {
        en: 'how much is the Bleed Red?',
        es: '¿cuánto cuesta el Bleed Red?',
        covers: "price in the store's currency",
        checks: [says('\\b22\\b'), ...usd],
      },
      {
        en: "what's my total?",
        es: '¿cuánto llevo en total?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('snowdrift|onyx|clay|heritage|thirsty')],
      },
    ],
  },
  {
    title:
      'wipers: refinement, sold-out length, start over, quantity + length, correction, warranty, fitment, washer fluid, save for later, draft, returns, human',
    steps: [
      {
        en: 'need new wiper blades',
        es: 'necesito escobillas limpiaparabrisas nuevas',
        covers: 'category search',
        checks: [shown({ type: 'Wiper Blades' })],
      },
      {
        en: 'just the winter ones',
        es: 'solo las de invierno',
        covers: 'refinement by a spec from the product text keeps the category',
        checks: [shown({ type: 'Wiper Blades', handles: [A.winterShield] })],
      },
      {
        en: '22 inch, I need two',
        es: 'de 22 pulgadas, necesito dos',
        covers: 'sold-out variant (Length "22 in") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b(18|20|24)\\b')],
      },
      {
        en: 'meh, forget the winter ones, show me all the wipers again',
        es: 'bah, olvida las de invierno, enséñame otra vez todas las escobillas',
        covers: 'start over drops the refinement',
        checks: [shown({ type: 'Wiper Blades' }), shownSome({ handles: [A.aeroflex] })],
      },
      {
        en: "ok two AeroFlex in 22, one's for the passenger side",
        es: 'vale, dos AeroFlex de 22, una es para el lado del copiloto',
        covers: 'quantity + product + option value (Length "22 in") in one request',
        checks: [adds(line(A.aeroflex, { Length: '22 in' }, 2))],
      },
      {
        en: 'and a rear one, 12 inch',
        es: 'y una trasera de 12 pulgadas',
        covers: 'option value by catalog name (Length "12 in")',
        checks: [adds(line(A.rearWiper, { Length: '12 in' }, 1))],
      },
      {
        en: 'oops, I meant 14 for the rear',
        es: 'uy, la trasera era de 14',
        covers: 'correction switches the option value',
        checks: [swaps(line(A.rearWiper, { Length: '14 in' }, 1), line(A.rearWiper, { Length: '12 in' }, 1))],
      },
      {
        en: "what's the warranty on the AeroFlex?",
        es: '¿qué garantía tienen las AeroFlex?',
        covers: 'spec question answered from the product text (warranty in the description)',
        checks: [says('\\b12\\b|twelve|doce'), says('aeroflex')],
      },
      {
        en: "will they fit my car? it's a 2019 Civic",
        es: '¿le valen a mi coche? es un Civic de 2019',
        covers: "spec question not in the text: don't know (fitment for a named car)",
        checks: [says(DONT_KNOW), shownOnly(A.aeroflex), notCalled('add_to_cart')],
      },
      {
        en: 'grab me washer fluid too, the 4 pack',
        es: 'y líquido limpiaparabrisas, el pack de 4',
        covers: 'option value by catalog name (Pack "4-pack")',
        checks: [adds(line(A.washerFluid, { Pack: '4-pack' }, 1))],
      },
      {
        en: 'how cold can that stuff get before it freezes?',
        es: '¿hasta qué temperatura aguanta sin congelarse?',
        covers: 'spec question answered from the product text (number)',
        checks: [says('\\b30\\b'), shownOnly(A.washerFluid)],
      },
      {
        en: "save the winter blades for later, I'll get them in November",
        es: 'guárdame las escobillas de invierno para más adelante, las pillo en noviembre',
        covers: 'save for later',
        checks: [saved(A.winterShield), unchanged],
      },
      {
        en: 'take the rear wiper out',
        es: 'quita la escobilla trasera',
        covers: 'remove an item',
        checks: [removes(line(A.rearWiper))],
      },
      {
        en: 'do you have detailing gift boxes? for my brother-in-law',
        es: '¿tenéis cajas regalo de detailing? es para mi cuñado',
        covers: 'a draft product is never offered',
        checks: [neverShown(A.giftBox), saysNot('holiday detailing')],
      },
      {
        en: "can I return wipers if they don't fit?",
        es: '¿puedo devolver las escobillas si no me valen?',
        covers: 'returns question answered from the policy text (wipers: only if not installed)',
        checks: [
          says('install|instal|mont|coloc|puest'),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'cart please',
        es: 'enséñame el carrito',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('aeroflex|polar|washer|limpia')],
      },
      {
        en: 'empty it',
        es: 'vacíalo',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'let me talk to a human',
        es: 'quiero hablar con una persona',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'electronics: ordinal, peak amps, diesel, power bank, compare, sold-out bundle, memory card, several items, psi, promos, checkout, Canada, order, cancel',
    steps: [
      {
        en: 'show me jump starters',
        es: 'enséñame arrancadores de batería',
        covers: 'category search',
        checks: [shown({ type: 'Jump Starters' })],
      },
      {
        en: 'the second one, yellow',
        es: 'el segundo, en amarillo',
        covers:
          'ordinal reference to the list shown ("the second one") + colour family (yellow → Volt Yellow)',
        checks: [addedShownAt(2, { Color: 'Volt Yellow' })],
      },
      {
        en: 'which one has more power?',
        es: '¿cuál tiene más potencia?',
        covers: 'superlative over a numeric attribute (peak amps in the description)',
        checks: [best(A.surge2000, 'surge 2000|2,?000', 'surge 1000|1,?000 ?a|compact')],
      },
      {
        en: 'will the small one start a diesel?',
        es: '¿el pequeño arranca un diésel?',
        covers: 'spec question whose answer in the text is no (not for diesel)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't"),
          says('1000|1,000|compact'),
          saysNot(DONT_KNOW),
          shownOnly(A.surge1000),
        ],
      },
      {
        en: 'does the 2000 one charge phones too?',
        es: '¿el de 2000 también carga el móvil?',
        covers: 'spec question answered yes from the product text (USB-C power bank)',
        checks: [
          says('yes|\\bsi\\b|usb'),
          says('2000|2,000|surge'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(A.surge2000),
        ],
      },
      {
        en: 'how long does it hold its charge just sitting in the trunk?',
        es: '¿cuánto tiempo mantiene la carga si lo dejo en el maletero sin usar?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), shownOnly(A.surge2000), notCalled('add_to_cart')],
      },
      {
        en: 'compare the TrickleMate with the Surge 2000',
        es: 'compárame el TrickleMate con el Surge 2000',
        covers: 'comparison of two named products',
        checks: [says('tricklemate'), says('surge'), shownOnly(A.trickle, A.surge2000)],
      },
      {
        en: 'add the dash cam with the rear camera',
        es: 'añade la cámara para el coche con cámara trasera',
        covers: 'sold-out variant (Bundle "Front + Rear") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('front only|solo (la )?delantera|solo frontal|\\bfront\\b')],
      },
      {
        en: 'just the front one then',
        es: 'pues solo la delantera',
        covers: 'option value after a refusal (Bundle "Front Only")',
        checks: [adds(line(A.dashCam, { Bundle: 'Front Only' }, 1))],
      },
      {
        en: 'does it come with a memory card?',
        es: '¿viene con tarjeta de memoria?',
        covers: 'spec question whose answer in the text is no (card not included)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't"),
          says('sightline|dash|camara'),
          saysNot(DONT_KNOW),
          shownOnly(A.dashCam),
        ],
      },
      {
        en: "and I'll take a tire inflator plus a pressure gauge",
        es: 'y me llevo un inflador de ruedas y un manómetro',
        covers: 'several items in one request',
        checks: [adds(line(A.inflator, undefined, 1), line(A.gauge, undefined, 1))],
      },
      {
        en: "what's the max psi on the inflator?",
        es: '¿cuántos psi da como máximo el inflador?',
        covers: 'spec question answered from the product text (number)',
        checks: [says('\\b150\\b'), shownOnly(A.inflator)],
      },
      {
        en: 'any coupons?',
        es: '¿hay cupones de descuento?',
        covers: 'list the promos (not the expired one)',
        checks: [says('detail ?10'), says('wash ?5'), saysNot('spring ?shine'), notCalled('search_products')],
      },
      {
        en: 'try SPRINGSHINE20',
        es: 'prueba con SPRINGSHINE20',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'ok DETAIL10',
        es: 'vale, DETAIL10',
        covers: 'apply a promo code',
        checks: [promo('DETAIL10')],
      },
      {
        en: "I'm ready to pay",
        es: 'ya quiero pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: "no wait. do you ship jump starters to Canada? I'm in Toronto",
        es: 'no, espera. ¿enviáis arrancadores a Canadá? estoy en Toronto',
        covers:
          'no order on "no" + policy question answered from the policy text (no lithium jump starters to Canada)',
        checks: [
          orders(0),
          notCalled('confirm_order'),
          says("\\bno\\b|\\bnot\\b|n't|cannot"),
          says('canad'),
          notCalled('search_products'),
        ],
      },
      {
        en: "whatever, it's going to my sister in Ohio. checkout",
        es: 'bueno, da igual, va para mi hermana en Ohio. a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, confirm',
        es: 'sí, confírmalo',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: "what's the status of my order?",
        es: '¿cómo va mi pedido?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'cancel it please',
        es: 'cancélalo, por favor',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yeah go ahead',
        es: 'sí, adelante',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'interior and tools: vehicle type, sold-out colours, colour families, several items, fractional size, negation, phone mounts, policy',
    steps: [
      {
        en: 'floor mats for an SUV, under 120',
        es: 'alfombrillas para un SUV, de menos de 120',
        covers: 'category search with a price bound (fitment)',
        checks: [shown({ type: 'Floor Mats', maxPrice: 120 })],
      },
      {
        en: 'in tan',
        es: 'en beige',
        covers:
          'sold-out variant (Vehicle Type + colour family beige → Tan) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('black|negr')],
      },
      {
        en: "black's fine",
        es: 'en negro entonces',
        covers: 'option value after a refusal keeps the other option (Vehicle Type "SUV / Crossover")',
        checks: [adds(line(A.floorLiners, { 'Vehicle Type': 'SUV / Crossover', Color: 'Black' }, 1))],
      },
      {
        en: 'how tall are the edges on those?',
        es: '¿qué altura tienen los bordes?',
        covers: 'spec question answered from the product text (number)',
        checks: [says('1[.,]5'), shownOnly(A.floorLiners)],
      },
      {
        en: 'seat covers, red',
        es: 'fundas de asiento, en rojo',
        covers:
          'sold-out variant (colour family red → Black/Red) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('charcoal|blue|azul|carbon')],
      },
      {
        en: 'the blue ones',
        es: 'las azules',
        covers: 'colour family to a catalog colour name (blue → Black/Blue)',
        checks: [adds(line(A.seatCovers, { Color: 'Black/Blue' }, 1))],
      },
      {
        en: 'can I throw them in the washing machine?',
        es: '¿se pueden meter en la lavadora?',
        covers: 'spec question whose answer in the text is no (hand wash only)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't|hand|mano"),
          says('ranger|seat|funda'),
          saysNot(DONT_KNOW),
          shownOnly(A.seatCovers),
        ],
      },
      {
        en: 'add a sun shade, the jumbo, and the 3 compartment trunk organizer',
        es: 'añade un parasol, el jumbo, y el organizador de maletero de 3 compartimentos',
        covers: 'several items in one request with option values by catalog name',
        checks: [
          adds(line(A.sunShade, { Size: 'Jumbo' }, 1), line(A.organizer, { Size: '3-compartment' }, 1)),
        ],
      },
      {
        en: 'and the torque wrench, three eighths drive',
        es: 'y la llave dinamométrica de tres octavos',
        covers: 'decimal size: a fractional option value ("3/8 in") said in words',
        checks: [adds(line(A.torqueWrench, { Drive: '3/8 in' }, 1))],
      },
      {
        en: 'what do you have for cleaning wheels under 40?',
        es: '¿qué tenéis para limpiar llantas por menos de 40?',
        covers: 'category search with a price bound (wheel cleaning)',
        checks: [shown({ maxPrice: 40, handles: [A.bleedRed, A.brushKit] })],
      },
      {
        en: 'not the brushes',
        es: 'los cepillos no',
        covers: 'negation keeps category and price bound',
        checks: [shown({ maxPrice: 40, notHandles: [A.brushKit], handles: [A.bleedRed] })],
      },
      {
        en: 'is the Bleed Red ok on powder coated wheels?',
        es: '¿el Bleed Red sirve para llantas con pintura en polvo?',
        covers: 'spec question answered yes from the product text (powder-coated)',
        checks: [
          says('yes|\\bsi\\b|safe|segur'),
          says('bleed red'),
          // Not NOT_NO: the product's own text says "Do not use on hot wheels", which a faithful answer may quote.
          saysNot(
            "(is )?not (safe|ok|okay|suitable)|isn'?t (safe|ok|okay|suitable)|unsafe|\\bno (es segur|sirve|vale)",
          ),
          saysNot(DONT_KNOW),
          shownOnly(A.bleedRed),
        ],
      },
      {
        en: 'phone stuff, under 30',
        es: 'cosas para el móvil, de menos de 30',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Phone Accessories', maxPrice: 30 })],
      },
      {
        en: 'only the mounts',
        es: 'solo los soportes',
        covers: 'refinement keeps category and price bound',
        checks: [shown({ type: 'Phone Accessories', maxPrice: 30, handles: [A.phoneMount] })],
      },
      {
        en: 'can I return an opened bottle of soap?',
        es: '¿puedo devolver un bote de champú ya abierto?',
        covers: 'returns question answered from the policy text (opened chemicals: no)',
        checks: [
          says('\\bno\\b|cannot|can.?t|\\bnot\\b'),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'would you install the seat covers for me if I swing by?',
        es: '¿me ponéis vosotros las fundas si me paso por la tienda?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
      {
        en: 'how long does shipping usually take?',
        es: '¿cuánto suele tardar el envío?',
        covers: 'policy question answered from the policy text (delivery time)',
        checks: [says('\\b3\\b ?(to|a|-|–) ?\\b5\\b'), notCalled('search_products')],
      },
      {
        en: 'what payment do you take? is PayPal ok?',
        es: '¿qué formas de pago aceptáis? ¿vale PayPal?',
        covers: 'policy question answered from the policy text (payment)',
        checks: [says('yes|\\bsi\\b|visa|shop pay'), says('paypal'), notCalled('search_products')],
      },
      {
        en: 'read me my cart',
        es: 'léeme el carrito',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('liner|ranger|seat|funda|alfombr|shade|parasol|organiz|torque')],
      },
      {
        en: 'drop the sun shade',
        es: 'quita el parasol',
        covers: 'remove an item',
        checks: [removes(line(A.sunShade))],
      },
    ],
  },
]);
