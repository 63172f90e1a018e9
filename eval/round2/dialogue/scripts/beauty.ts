/**
 * Beauty & personal care, EN and ES shoppers on the English-only catalog. Frozen: written before
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
  swaps,
  unchanged,
  usd,
} from '../../../dialogue/bilingual.ts';
import { B, SKINCARE } from './beauty.handles.ts';

const REDS = ['Cherry Lacquer', 'Garnet', 'Brick', 'Oxblood'];

export const [beautyEn, beautyEs] = scripts('beauty-personal-care', [
  {
    title: 'skincare: price bound, brand refinement, negation, superlatives, specs, compare, volume option',
    steps: [
      {
        en: "hi! um, I'm looking for skincare under thirty dollars",
        es: 'hola, busco productos para la piel de menos de treinta dólares',
        covers: 'category search with a price bound (in words)',
        checks: [shown({ type: SKINCARE, maxPrice: 30 })],
      },
      {
        en: 'only the Solstice ones',
        es: 'solo los de Solstice',
        covers: 'refinement keeps category and price bound',
        checks: [shown({ type: SKINCARE, vendor: 'Solstice Skin', maxPrice: 30 })],
      },
      {
        en: 'hmm, actually not Solstice',
        es: 'mmm, mejor que no sean de Solstice',
        covers: 'negation keeps category and price bound',
        checks: [shown({ type: SKINCARE, notVendor: 'Solstice Skin', maxPrice: 30 })],
      },
      {
        en: 'which sunscreen is the cheapest?',
        es: '¿cuál es el protector solar más barato?',
        covers: 'superlative over price',
        checks: [best(B.kidsStick, 'kids|stick|barra', 'daily veil|beach proof|tint shield')],
      },
      {
        en: 'and which one has the highest SPF?',
        es: '¿y cuál tiene el SPF más alto?',
        covers: 'superlative over a number in titles (SPF)',
        checks: [best([B.beachProof, B.kidsStick], 'beach proof|kids|stick|barra', 'daily veil|tint shield')],
      },
      {
        en: 'is the Daily Veil reef safe?',
        es: '¿el Daily Veil es seguro para los arrecifes?',
        covers: 'spec question answered from product text; short name of a long title',
        checks: [says('reef|arrecife'), saysNot(DONT_KNOW), shownOnly(B.dailyVeil)],
      },
      {
        en: 'does the Beach Proof one come with a pump?',
        es: '¿el Beach Proof viene con dosificador?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), says('beach proof'), shownOnly(B.beachProof), notCalled('add_to_cart')],
      },
      {
        en: 'is the Glow Theory serum vegan?',
        es: '¿el sérum Glow Theory es vegano?',
        covers: 'spec question answered from product text (vegan)',
        checks: [
          says('vegan|vegano'),
          saysNot(DONT_KNOW),
          saysNot('not vegan|no es vegano'),
          shownOnly(B.glowTheory),
        ],
      },
      {
        en: 'and the Night Shift, is that one fragrance free?',
        es: '¿y el Night Shift no lleva perfume?',
        covers: 'spec question whose answer in the text is no (scented)',
        checks: [says('lavend|lavand|scented|perfumad|aroma'), saysNot(DONT_KNOW), shownOnly(B.nightShift)],
      },
      {
        en: 'compare the Glow Theory and the Dew Drop',
        es: 'compara el Glow Theory con el Dew Drop',
        covers: 'comparison of two named products',
        checks: [says('glow theory'), says('dew drop'), shownOnly(B.glowTheory, B.dewDrop)],
      },
      {
        en: 'how much is the Dew Drop?',
        es: '¿cuánto cuesta el Dew Drop?',
        covers: "price in the store's currency",
        checks: [says('\\b24\\b'), ...usd],
      },
      {
        en: "I'll take two of the Dew Drop, the 50 ml one",
        es: 'me llevo dos Dew Drop, el de 50 ml',
        covers: 'quantity + product + option value (Volume) in one request',
        checks: [adds(line(B.dewDrop, { Volume: '50 ml' }, 2))],
      },
      {
        en: 'no wait, make it the 100 ml one',
        es: 'no, espera, mejor el de 100 ml',
        covers: 'correction switches the option value',
        checks: [swaps(line(B.dewDrop, { Volume: '100 ml' }), line(B.dewDrop, { Volume: '50 ml' }))],
      },
      {
        en: 'also add the Glow Theory serum, the 50 ml',
        es: 'añade también el sérum Glow Theory de 50 ml',
        covers: 'sold-out variant (Volume) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('30 ?ml')],
      },
      {
        en: 'ok the 30 ml then',
        es: 'vale, entonces el de 30',
        covers: 'option value after a refusal',
        checks: [adds(line(B.glowTheory, { Volume: '30 ml' }, 1))],
      },
    ],
  },
  {
    title: 'makeup: shades, colour family, ordinal, sold out, draft, several items, promos, checkout, cancel',
    steps: [
      {
        en: 'do you have a red lipstick?',
        es: '¿tienes un pintalabios rojo?',
        covers: 'colour family to catalog shade names',
        checks: [
          shown({ type: 'Lipsticks', option: { name: 'Shade', values: REDS } }),
          says('cherry lacquer|garnet|brick'),
        ],
      },
      {
        en: 'add the Kiss Lock in cherry lacquer',
        es: 'añade el Kiss Lock en Cherry Lacquer',
        covers: 'option value by catalog name (Shade)',
        checks: [adds(line(B.kissLock, { Shade: 'Cherry Lacquer' }, 1))],
      },
      {
        en: 'and one in coral reef too',
        es: 'y otro en Coral Reef también',
        covers: 'sold-out variant (Shade) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('rosewood|fig|nude silk|cherry lacquer')],
      },
      {
        en: 'do you have a waterproof mascara?',
        es: '¿tienes máscara de pestañas resistente al agua?',
        covers: 'category search with a spec from the product text (waterproof)',
        checks: [shown({ handles: [B.stormProof] })],
      },
      {
        en: 'show me all the mascaras',
        es: 'enséñame todas las máscaras de pestañas',
        covers: 'category search',
        checks: [shown({ type: 'Mascaras' })],
      },
      {
        en: 'add the second one, in black',
        es: 'añade la segunda, en negro',
        covers: 'ordinal reference to the list shown ("the second one")',
        checks: [addedShownAt(2, { Color: 'Black' })],
      },
      {
        en: 'I also need the Second Skin foundation in Honey 340',
        es: 'también necesito la base Second Skin en Honey 340',
        covers: 'sold-out variant (Shade) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('porcelain|ivory|espresso|110|150|560')],
      },
      {
        en: 'ok, Ivory 150 then, and a translucent Blur Edit powder',
        es: 'vale, entonces Ivory 150, y un polvo Blur Edit translúcido',
        covers: 'several items in one request; shade names',
        checks: [
          adds(line(B.secondSkin, { Shade: 'Ivory 150' }, 1), line(B.blurEdit, { Shade: 'Translucent' }, 1)),
        ],
      },
      {
        en: 'do you have any eyeshadow palettes?',
        es: '¿tienes paletas de sombras de ojos?',
        covers: 'a draft product is never offered',
        checks: [neverShown(B.palette), saysNot('midnight muse')],
      },
      {
        en: "what's in my cart right now?",
        es: '¿qué tengo ahora en el carrito?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('kiss lock')],
      },
      {
        en: 'take out the mascara',
        es: 'quita la máscara',
        covers: 'remove an item',
        checks: [removes(line([B.skyHigh, B.stormProof]))],
      },
      {
        en: 'what promos do you have?',
        es: '¿qué promociones tenéis?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('glow ?10'),
          says('self ?care ?8'),
          saysNot('summer ?glow'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'apply summerglow',
        es: 'aplica el código SUMMERGLOW',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'ok then use GLOW10',
        es: 'vale, entonces usa GLOW10',
        covers: 'apply a promo code',
        checks: [promo('GLOW10')],
      },
      {
        en: "I think I'm ready to check out",
        es: 'creo que ya quiero pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'hmm, not yet',
        es: 'mmm, todavía no',
        covers: 'no order on "not yet"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'wait, is shipping free?',
        es: 'oye, ¿el envío es gratis?',
        covers: 'policy question answered from the policy text (shipping)',
        checks: [says('\\b40\\b'), notCalled('search_products')],
      },
      {
        en: "ok, let's check out",
        es: 'vale, vamos a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, place the order',
        es: 'sí, haz el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: "where's my order?",
        es: '¿dónde está mi pedido?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'I want to cancel it',
        es: 'quiero cancelarlo',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel')],
      },
      {
        en: 'yes, cancel it',
        es: 'sí, cancélalo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'body and hair: scent, volume and pack options, quantities in words, save for later, policy, human',
    steps: [
      {
        en: 'do you have an unscented body wash?',
        es: '¿tienes gel de ducha sin perfume?',
        covers: 'category search with an option value (Scent)',
        checks: [shown({ type: 'Body Wash', option: { name: 'Scent', values: ['Unscented'] } })],
      },
      {
        en: 'add the unscented one, the 500 ml bottle',
        es: 'añade el sin perfume, el bote de 500 ml',
        covers: 'two option values (Scent + Volume) in one request',
        checks: [adds(line(B.driftwood, { Scent: 'Unscented', Volume: '500 ml' }, 1))],
      },
      {
        en: 'and a cedar and sage one in 500 ml',
        es: 'y uno de Cedar & Sage de 500 ml',
        covers: 'sold-out variant (Scent + Volume) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('250')],
      },
      {
        en: 'add the Harbor deodorant in lavender, the 3-pack',
        es: 'añade el desodorante Harbor de lavanda, el pack de 3',
        covers: 'option value by catalog name (Pack "3-pack")',
        checks: [adds(line(B.harbor, { Scent: 'Lavender', Pack: '3-pack' }, 1))],
      },
      {
        en: 'and vetiver, also the three pack',
        es: 'y el de vetiver, también el de tres',
        covers: 'sold-out variant (Pack) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('single|individual|suelto|unidad|lavender|lavanda')],
      },
      {
        en: 'I want three bars of the Sea Glass soap in eucalyptus',
        es: 'quiero tres pastillas del jabón Sea Glass de eucalipto',
        covers: 'quantity in words + product + option value',
        checks: [
          any(
            adds(line(B.seaGlass, { Scent: 'Eucalyptus', Pack: 'Single' }, 3)),
            adds(line(B.seaGlass, { Scent: 'Eucalyptus', Pack: '3-pack' }, 1)),
          ),
        ],
      },
      {
        en: 'show me shampoos',
        es: 'enséñame champús',
        covers: 'category search',
        checks: [shown({ type: 'Shampoos' })],
      },
      {
        en: 'add the Bounce Back curl shampoo, the one liter bottle',
        es: 'añade el champú Bounce Back, el bote de un litro',
        covers: 'option value in words (1 L)',
        checks: [adds(line(B.bounceShampoo, { Volume: '1 L' }, 1))],
      },
      {
        en: 'does it have sulfates?',
        es: '¿lleva sulfatos?',
        covers: 'spec question about the product in focus (answer no)',
        checks: [
          says('sulfate[- ]free|sin sulfatos|\\bno\\b|\\bnot\\b'),
          says('bounce back'),
          saysNot(DONT_KNOW),
          shownOnly(B.bounceShampoo),
        ],
      },
      {
        en: 'and the matching conditioner, the 500 ml',
        es: 'y el acondicionador a juego, el de 500 ml',
        covers: 'sold-out variant (Volume) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('250')],
      },
      {
        en: 'then save the conditioner for later',
        es: 'entonces guarda el acondicionador para más tarde',
        covers: 'save for later',
        checks: [saved(B.bounceConditioner), unchanged],
      },
      {
        en: "what's in my cart?",
        es: '¿qué hay en mi carrito?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('driftwood|harbor|bounce back|sea glass')],
      },
      {
        en: 'clear everything out of my cart',
        es: 'vacía el carrito',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'do you ship to Canada?',
        es: '¿hacéis envíos a Canadá?',
        covers: 'policy question answered from the policy text (shipping to Canada)',
        checks: [says('\\b14\\b'), says('canad'), notCalled('search_products')],
      },
      {
        en: 'can I return a lipstick I already opened?',
        es: '¿puedo devolver un pintalabios que ya abrí?',
        covers: 'returns question answered from the policy text',
        checks: [says('\\b14\\b|reaction|reaccion'), notCalled('search_products'), notCalled('add_to_cart')],
      },
      {
        en: 'do you do gift wrapping?',
        es: '¿hacéis envoltorio de regalo?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
      {
        en: 'can I talk to a real person please?',
        es: '¿puedo hablar con una persona, por favor?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'grooming and brands: brand search, refinement, sold out, pack and volume, specs, brand + price, negation',
    steps: [
      {
        en: 'show me what you have from Nordhavn',
        es: '¿qué tenéis de Nordhavn?',
        covers: 'brand search',
        checks: [shown({ vendor: 'Nordhavn' })],
      },
      {
        en: 'only the razors',
        es: 'solo las maquinillas',
        covers: 'refinement keeps the brand',
        checks: [shown({ vendor: 'Nordhavn', type: 'Razors' })],
      },
      {
        en: 'add the Skarp in matte black',
        es: 'añade la Skarp en Matte Black',
        covers: 'sold-out variant (colour) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('brushed steel')],
      },
      {
        en: 'ok, brushed steel',
        es: 'vale, la Brushed Steel',
        covers: 'option value by catalog name (colour)',
        checks: [adds(line(B.skarp, { Color: 'Brushed Steel' }, 1))],
      },
      {
        en: 'and blades, the 50 pack',
        es: 'y cuchillas, el paquete de 50',
        covers: 'option value by catalog name (Pack "50-pack")',
        checks: [adds(line(B.blades, { Pack: '50-pack' }, 1))],
      },
      {
        en: 'add two bottles of the Fjord beard oil, fifty milliliters',
        es: 'añade dos botes del aceite para barba Fjord de cincuenta mililitros',
        covers: 'quantity + option value in words (Volume)',
        checks: [adds(line(B.fjord, { Volume: '50 ml' }, 2))],
      },
      {
        en: 'is the Arctic shave cream vegan?',
        es: '¿la crema de afeitar Arctic es vegana?',
        covers: 'spec question whose answer in the text is no (lanolin)',
        checks: [says('\\bnot\\b|\\bno\\b|lanolin'), says('arctic'), saysNot(DONT_KNOW), shownOnly(B.arctic)],
      },
      {
        en: "I'm looking for something from Kindred Curl under twenty bucks",
        es: 'busco algo de Kindred Curl por menos de 20 dólares',
        covers: 'brand + price bound in one request',
        checks: [shown({ vendor: 'Kindred Curl', maxPrice: 20 })],
      },
      {
        en: 'but not the shampoos',
        es: 'pero que no sean champús',
        covers: 'negation of a category keeps brand and price bound',
        checks: [shown({ vendor: 'Kindred Curl', maxPrice: 20, notType: ['Shampoos'] })],
      },
    ],
  },
]);
