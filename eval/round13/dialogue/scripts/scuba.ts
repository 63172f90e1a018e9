/**
 * Scuba diving & snorkeling (masks, corrective lenses, snorkels, fins and boots, wetsuits, rash
 * guards, gloves and hoods, dive computers, regulators, BCDs, bags, weights, lights, marker buoys,
 * sunscreen and gear care), EN and ES shoppers on the English-only catalog. Frozen: written before
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
import { IDK, keeps, NO, NOT_YES, ONLY_UNOPENED, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but..."): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

import { S } from './scuba.handles.ts';

export const [scubaEn, scubaEs] = scripts('scuba', [
  {
    title:
      'first dive trip: masks under 90, low volume, sold-out decimal lens power, power after refusal with quantity, sold-out colour family, colour after refusal, lenses not included, comparison, price, unknown hypoallergenic, snorkels under 50, colour family, float valve, sold-out rash guard colour family + size, colour after refusal keeps size, no warmth, several items, dives per bottle, sold-out kids set by age + colour family, colour family after refusal keeps size, no tempered glass, full-face at the surface only, read-back, remove, save for later',
    steps: [
      {
        en: 'I finally passed my open water course and we fly to Cozumel in March! what dive masks have you got for under ninety bucks?',
        es: '¡por fin pasé mi curso de aguas abiertas y en marzo volamos a Cozumel! ¿qué visores de buceo tienen por menos de noventa dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Dive Masks', maxPrice: 90 }), shownSome({ handles: [S.clearview] })],
      },
      {
        en: 'in the pool my rental mask kept flooding and I panicked. why would the Clearview be any easier to empty?',
        es: 'en la alberca el visor rentado se me llenaba de agua y me entraba el pánico. ¿por qué el Clearview sería más fácil de vaciar?',
        covers: 'spec question answered from the product text (low internal volume, one short exhale)',
        checks: [
          says('volume|exhale|breath|blow|volumen|exhal|sopl|respir|aire'),
          says('clearview'),
          saysNot(IDK),
          shownOnly(S.clearview),
        ],
      },
      {
        en: "without my glasses I can't read a dive slate. I'm minus two and a half in both eyes, so two corrective lenses in that",
        es: 'sin lentes no veo ni la pizarra. tengo menos dos y medio en los dos ojos, así que dos micas graduadas de esa graduación',
        covers:
          'sold-out decimal size ("minus two and a half" → Power "-2.5") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('2[.,]0|3[.,]0|minus (two|three)\\b|menos (dos|tres)\\b')],
      },
      {
        en: 'my eye doctor said a little weaker is fine underwater, so a pair of the minus twos',
        es: 'mi oculista dijo que un poco menos de aumento bajo el agua está bien, así que un par de las de menos dos',
        covers: 'quantity + option value by catalog name after a refusal (Power "-2.0", 2)',
        checks: [adds(line(S.lens, { Power: '-2.0' }, 2))],
      },
      {
        en: 'and the Clearview mask itself in the blue',
        es: 'y el visor Clearview en sí, en el azul',
        covers:
          'sold-out variant by colour family (blue → Color "Lagoon") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|clear|negr|transparent')],
      },
      {
        en: 'the see-through skirt then, small spaces make me nervous anyway',
        es: 'entonces el de faldón transparente, de todos modos los espacios cerrados me ponen nerviosa',
        covers:
          'option value by catalog name after a refusal, said from the text ("see-through skirt" → Color "Clear")',
        checks: [adds(line(S.clearview, { Color: 'Clear' }, 1))],
      },
      {
        en: 'just so I know, does the mask ship with my prescription lenses already fitted?',
        es: 'nomás para saber, ¿el visor ya llega con mis micas graduadas puestas?',
        covers: 'spec question whose answer in the text is no (corrective lenses sold separately)',
        checks: [
          says(`${NO}|separately|por separado|aparte`),
          says('clearview|lens|lente|mica|mask|visor'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'the divemaster at my course had a Panorama. what sets it apart from the Clearview?',
        es: 'el divemaster de mi curso traía un Panorama. ¿en qué se diferencia del Clearview?',
        covers: 'comparison of two named products',
        checks: [says('panorama'), says('clearview'), shownOnly(S.clearview, S.panorama)],
      },
      {
        en: "just wondering, what's the price on the Panorama?",
        es: 'y el Panorama, ¿cuánto me saldría a mí?',
        covers: "price in the store's currency",
        checks: [says('\\b95\\b'), says('panorama'), ...usd],
      },
      {
        en: 'my skin reacts to cheap rubber. is the Panorama skirt hypoallergenic?',
        es: 'la piel me reacciona con el hule barato. ¿el faldón del Panorama es hipoalergénico?',
        covers: "spec question not in the text: don't know (hypoallergenic silicone)",
        checks: [says(DONT_KNOW), says('panorama'), shownOnly(S.panorama), notCalled('add_to_cart')],
      },
      {
        en: 'I need a snorkel too, one that keeps the chop out, and under fifty',
        es: 'también me falta un snorkel, uno que no deje pasar el oleaje, y de menos de cincuenta',
        covers: 'category search with a price bound by a use from the product text (keeps water out)',
        checks: [shown({ type: 'Snorkels', maxPrice: 50 }), shownSome({ handles: [S.dryTop] })],
      },
      {
        en: 'the dry-top one in bright yellow so the boat can spot me',
        es: 'el de tope seco en amarillo chillón para que me vean desde la lancha',
        covers: 'colour family to a catalog colour name (bright yellow → Color "Sunburst Yellow")',
        checks: [adds(line(S.dryTop, { Color: 'Sunburst Yellow' }, 1))],
      },
      {
        en: 'what actually happens when a wave rolls over the top of it?',
        es: '¿y qué pasa exactamente cuando una ola le pasa por encima?',
        covers: 'spec question answered from the product text (the float valve closes)',
        checks: [
          says('valve|close|float|seal|valvula|cierra|flot|sell'),
          says('snorkel|dry|valve|tubo|valvula'),
          saysNot(IDK),
          shownOnly(S.dryTop),
        ],
      },
      {
        en: 'I fry in about ten minutes. a rash guard in medium, the pinky red one',
        es: 'me quemo en diez minutos. una licra en mediana, la de color rojo rosado',
        covers:
          'sold-out variant by colour family (Size "M" + Color "Hibiscus", said as pinky red) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('seafoam|small|large|chic|grande')],
      },
      {
        en: "fine, the seafoam, I'll keep the medium",
        es: 'ni modo, la seafoam, me quedo con la mediana',
        covers: 'option value by catalog name after a refusal keeps the size (Color "Seafoam", Size "M")',
        checks: [adds(line(S.rashGuard, { Size: 'M', Color: 'Seafoam' }, 1))],
      },
      {
        en: 'would that be enough to stay warm on a cold night dive?',
        es: '¿con eso aguanto el frío en una inmersión nocturna?',
        covers: 'spec question whose answer in the text is no (a rash guard adds no warmth)',
        checks: [
          says(NO),
          says('rash|guard|warm|licra|calor|abrig|lycra'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(S.rashGuard),
        ],
      },
      {
        en: 'throw in two bottles of the defog gel, the big ones, and the smaller reef-safe sunscreen',
        es: 'échale dos botes del gel antiempañante, de los grandes, y el bloqueador reef-safe chiquito',
        covers:
          'several items in one request; quantity + option values by catalog name (Size "60 ml", Size "90 ml")',
        checks: [adds(line(S.antiFog, { Size: '60 ml' }, 2), line(S.sunscreen, { Size: '90 ml' }, 1))],
      },
      {
        en: 'roughly how many dives does that gel last?',
        es: '¿más o menos para cuántas inmersiones rinde ese gel?',
        covers: 'spec question answered from the product text (about 150 dives per 30 ml)',
        checks: [says('\\b150\\b|\\b300\\b'), says('gel|fog|empa|dive|inmersion'), shownOnly(S.antiFog)],
      },
      {
        en: 'our nine-year-old is coming too. the kids mask and snorkel set for her age, in the orange',
        es: 'también viene nuestra hija de nueve años. el set infantil de visor y snorkel para su edad, en naranja',
        covers:
          'sold-out variant (Size "Youth M", chosen by age from the text, + Color "Tangerine", said as orange) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('lagoon|youth s|small|chic')],
      },
      {
        en: 'she likes blue-green anyway, so the other colour, same size',
        es: 'de todos modos le gusta el verde azulado, así que el otro color, misma talla',
        covers: 'colour family after a refusal keeps the size (blue-green → Color "Lagoon", Size "Youth M")',
        checks: [adds(line(S.kidsSet, { Size: 'Youth M', Color: 'Lagoon' }, 1))],
      },
      {
        en: 'is her lens the same tempered glass as mine?',
        es: '¿la mica de la niña es del mismo vidrio templado que la mía?',
        covers: 'spec question whose answer in the text is no (polycarbonate, not tempered glass)',
        checks: [
          says(`${NO}|polycarbonate|policarbonato`),
          says('lens|glass|polycarbonate|mica|vidrio|lente|policarbonato'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(S.kidsSet),
        ],
      },
      {
        en: 'grandma wants a full-face snorkel mask. could she swim down to look at a turtle in it?',
        es: 'la abuela quiere un visor de cara completa. ¿podría sumergirse con él para ver una tortuga?',
        covers: 'spec question whose answer in the text is no (surface snorkeling only)',
        checks: [
          says(NO),
          says('surface|full.face|superficie|cara completa|sumerg|dive|buce'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(S.fullFace),
        ],
      },
      {
        en: "ok, run through what I've got and what I owe",
        es: 'bueno, dime qué llevo y cuánto debo',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('clearview|lens|snorkel|rash|fog|sunscreen|mica|lente|visor|licra|gel|bloqueador'),
        ],
      },
      {
        en: 'scrap the sunscreen, the hotel sells it',
        es: 'quita el bloqueador, en el hotel lo venden',
        covers: 'remove an item',
        checks: [removes(line(S.sunscreen))],
      },
      {
        en: "and set the lenses aside for later, I want my eye doctor's ok first",
        es: 'y las micas apártamelas para después, primero quiero que el oculista me dé el visto bueno',
        covers: 'save for later',
        checks: [saved(S.lens), keeps(S.lens)],
      },
    ],
  },
  {
    title:
      'a regulator for a liveaboard and checkout: regulators under 600, warm water only, sold-out connection, connection after refusal, octopus not included, option value in words, Orion price, transmitter included, add by short name, promos, expired code, code, checkout, no, opened-box return, order, status, cancel',
    steps: [
      {
        en: 'my wife and I booked a Red Sea liveaboard and she wants her own regulator. anything under six hundred?',
        es: 'mi mujer y yo hemos reservado un vivo a bordo en el mar Rojo y quiere su propio regulador. ¿tenéis alguno por menos de seiscientos?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Regulators', maxPrice: 600 }), shownSome({ handles: [S.travelReg] })],
      },
      {
        en: "at home she dives a lake that's about forty-five degrees. would the travel set cope with that?",
        es: 'en casa bucea en un lago que está a unos cuarenta y cinco grados Fahrenheit. ¿el de viaje aguantaría eso?',
        covers: 'spec question whose answer in the text is no (the travel set is for water above 50 °F only)',
        checks: [
          says(`${NO}|only|solo|above|encima`),
          says('travel|warm|50|viaje|calid|fri'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(S.travelReg),
        ],
      },
      {
        en: 'her tanks are all DIN, so the travel one with the DIN fitting',
        es: 'sus botellas son todas DIN, así que el de viaje con rosca DIN',
        covers: 'sold-out variant (Connection "DIN") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('yoke|coldwater|estribo')],
      },
      {
        en: 'then the coldwater set in DIN, that suits the lake better anyway',
        es: 'pues el coldwater en DIN, que para el lago le va mejor de todas formas',
        covers: 'option value by catalog name after a refusal (Connection "DIN")',
        checks: [adds(line(S.coldReg, { Connection: 'DIN' }, 1))],
      },
      {
        en: 'is there a backup second stage in the box with it?',
        es: '¿viene una segunda etapa de reserva en la caja?',
        covers: 'spec question whose answer in the text is no (octopus not included)',
        checks: [
          says(`${NO}|separately|por separado|aparte`),
          says('octopus|second stage|segunda etapa|pulpo|regulat|regulador|coldwater'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'add the yellow spare one then, with the longer hose',
        es: 'añade entonces el de reserva amarillo, con el latiguillo largo',
        covers: 'option value by catalog name said in words ("the longer hose" → Hose Length "40 in")',
        checks: [adds(line(S.octopus, { 'Hose Length': '40 in' }, 1))],
      },
      {
        en: "she's also eyeing the Orion computer. what's that one cost?",
        es: 'también le ha echado el ojo al ordenador Orion. ¿cuánto vale ese?',
        covers: "price in the store's currency",
        checks: [says('\\b899\\b'), says('orion'), ...usd],
      },
      {
        en: 'does the tank transmitter come with it or is that extra?',
        es: '¿el transmisor de la botella viene incluido o va aparte?',
        covers: 'spec question answered yes from the product text (transmitter included)',
        checks: [
          says('includ|comes with|in the box|viene|trae'),
          says('orion|transmitter|transmisor'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(S.orion),
        ],
      },
      {
        en: "she's earned it. put the Orion in",
        es: 'se lo ha ganado. mete el Orion',
        covers: 'add by short name (Abyssal Orion Air-Integrated Computer)',
        checks: [adds(line(S.orion, undefined, 1))],
      },
      {
        en: 'that adds up fast. any coupon codes running?',
        es: 'esto sube rápido. ¿tenéis algún código de descuento activo?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?breath ?10'),
          says('deep ?blue ?30'),
          saysNot('reef ?week ?20'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'the dive club email gave us REEFWEEK20',
        es: 'en el correo del club de buceo venía REEFWEEK20',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'oh well, use DEEPBLUE30 instead',
        es: 'bueno, pues aplica DEEPBLUE30',
        covers: 'apply a promo code',
        checks: [promo('DEEPBLUE30')],
      },
      {
        en: "that's it for her. let's settle up",
        es: 'con eso ella va servida. vamos a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('coldwater|octopus|regulator|second stage|regulador|segunda etapa'),
        ],
      },
      {
        en: "hold it, before you charge me there's something I want to ask",
        es: 'espera, antes de pagar me ha surgido una pregunta',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "if she unboxes the regulator and it doesn't feel right, can we send it back?",
        es: 'si abre la caja del regulador y no la convence, ¿lo podemos devolver?',
        covers: 'policy question answered from the policy text (regulators returned only unopened)',
        checks: [saysNot(IDK), says(RETURNS), says(ONLY_UNOPENED), notCalled('search_products')],
      },
      {
        en: "understood, we'll be careful. go on, it's going to Tampa",
        es: 'entendido, tendremos cuidado. sigue, va a Tampa',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: "yes, we're good, send the order in",
        es: 'sí, todo correcto, adelante con la compra',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: "what's happening with the regulator order, is it on its way?",
        es: '¿cómo va lo del regulador, ya ha salido?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'the boat operator just called off the trip. I have to back out of that order',
        es: 'la empresa del barco acaba de suspender el viaje. tengo que echar atrás ese pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'positive, kill it, the whole lot',
        es: 'seguro del todo, anula la compra',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: fins under 150, nothing barefoot, carry-on only, start over, cheapest fins, lightest fins, sold-out size + colour family, colour after refusal keeps size, sold-out boot size, size after refusal, women boot size, sold-out shorty fit + size, size after refusal keeps fit, extra large, ordinal, draft, depth rating, colour by catalog name, lightest BCD, pocket capacity, several items, read-back, remove, empty, human',
    steps: [
      {
        en: 'my old fins cracked on the last trip. what fins do you carry under a hundred and fifty?',
        es: 'se me rajaron las aletas en el último viaje. ¿qué aletas manejan por menos de ciento cincuenta?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Fins', maxPrice: 150 }), shownSome({ handles: [S.vortex] })],
      },
      {
        en: 'I always dive in boots, so none of the barefoot kind',
        es: 'siempre buceo con botas, así que nada de las que se usan descalzo',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Fins', maxPrice: 150, notHandles: [S.drift] })],
      },
      {
        en: 'and only ones short enough to go in my carry-on',
        es: 'y solo las que quepan en mi maleta de mano',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Fins', maxPrice: 150, handles: [S.travelFins] })],
      },
      {
        en: 'hmm, wipe those filters and list every fin you sell',
        es: 'mmm, quita esos filtros y enséñame todas las aletas que vendan',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Fins' }),
          shownSome({ handles: [S.drift] }),
          shownSome({ handles: [S.vortex] }),
        ],
      },
      {
        en: 'which of them costs the fewest dollars?',
        es: '¿y de todas esas cuál me cuesta menos plata?',
        covers: 'superlative over price',
        checks: [best(S.drift, 'drift|\\b59\\b', 'vortex|shortblade|\\b85\\b|\\b139\\b')],
      },
      {
        en: 'and which pair weighs the least in my luggage?',
        es: '¿y qué par pesa menos en la maleta?',
        covers: 'superlative over a numeric attribute (weight per pair in the description)',
        checks: [best(S.travelFins, 'shortblade|travel|1[.,]9|viaje', 'vortex|drift')],
      },
      {
        en: "I'll go with the Vortex after all. a large, in that lime yellow",
        es: 'al final me quedo con las Vortex. unas grandes, en ese amarillo limón',
        covers:
          'sold-out variant by colour family (Size "L" + Color "Citron", said as lime yellow) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr|medium|extra|xl|median')],
      },
      {
        en: 'black works, keep it a large',
        es: 'negras está bien, que sigan siendo grandes',
        covers: 'option value by catalog name after a refusal keeps the size (Color "Black", Size "L")',
        checks: [adds(line(S.vortex, { Size: 'L', Color: 'Black' }, 1))],
      },
      {
        en: 'I need boots to go under them, a size nine',
        es: 'me faltan botas para ponerme debajo, talla nueve',
        covers: 'sold-out variant (Size "9") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(8|10|eight|ten|ocho|diez)\\b')],
      },
      {
        en: "a ten is ok, I'll wear a sock liner",
        es: 'una diez me sirve, me pongo un calcetín debajo',
        covers: 'option value by catalog name after a refusal (Size "10")',
        checks: [adds(line(S.boots, { Size: '10' }, 1))],
      },
      {
        en: 'my girlfriend wears an eight and a half in regular shoes. which boot size would she need?',
        es: 'mi novia calza ocho y medio en zapato normal. ¿qué talla de bota le toca?',
        covers: 'spec question answered from the product text (women one and a half sizes down → 7)',
        checks: [
          says('\\b7\\b|seven|siete|one and a half|size and a half|talla y media|numero y medio'),
          saysNot(IDK),
          shownOnly(S.boots),
        ],
      },
      {
        en: "she wants the shorty wetsuit as well, women's medium",
        es: 'ella también quiere el shorty, de mujer en mediana',
        covers:
          'sold-out variant (Fit "Women\'s" + Size "M") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('small|large|chic|grande|men|hombre')],
      },
      {
        en: "she'll squeeze into the women's small",
        es: 'se mete en la chica de mujer, no hay problema',
        covers: 'option value by catalog name after a refusal keeps the fit (Fit "Women\'s", Size "S")',
        checks: [adds(line(S.shorty, { Fit: "Women's", Size: 'S' }, 1))],
      },
      {
        en: 'totally different thing. what do you have in extra large?',
        es: 'otra cosa completamente distinta. ¿qué tienen en extra grande?',
        covers: 'category search by an option value (Size "XL", or "L/XL")',
        checks: [shown({ option: { name: 'Size', values: ['XL', 'L/XL'] } })],
      },
      {
        en: 'put the second thing on that list in my cart',
        es: 'agrégame al carrito lo segundo de esa lista',
        covers: 'ordinal reference to the list shown ("the second one") keeps the size asked in the search',
        checks: [any(addedShownAt(2, { Size: 'XL' }), addedShownAt(2, { Size: 'L/XL' }))],
      },
      {
        en: 'a guy on the boat said a Vega 2 is coming. can I already buy it?',
        es: 'un señor en la lancha dijo que ya viene una Vega 2. ¿ya se puede comprar?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Dive Computers', notHandles: [S.draftVega2] }),
          saysNot('vega 2|2027|preview|\\b379\\b'),
        ],
      },
      {
        en: 'how deep is the regular Vega good for?',
        es: '¿hasta qué profundidad aguanta la Vega normal?',
        covers: 'spec question answered from the product text (rated to 100 m / 328 ft)',
        checks: [says('\\b100\\b|\\b328\\b'), says('vega'), saysNot(IDK), shownOnly(S.vega)],
      },
      {
        en: 'ok, one Vega in glacier',
        es: 'va, una Vega en glacier',
        covers: 'option value by catalog name (Color "Glacier")',
        checks: [adds(line(S.vega, { Color: 'Glacier' }, 1))],
      },
      {
        en: 'for flying, which of your BCDs is the lightest?',
        es: 'para viajar en avión, ¿cuál de sus chalecos es el más ligero?',
        covers: 'superlative over a numeric attribute (BCD weight in the description)',
        checks: [best(S.featherwing, 'featherwing|4[.,]2', 'voyager|6[.,]8')],
      },
      {
        en: 'how much lead can I stuff into its pockets?',
        es: '¿cuánto plomo le cabe en las bolsas?',
        covers: 'spec question answered from the product text (weight pockets hold 12 lb)',
        checks: [
          says('\\b12\\b|twelve|doce'),
          says('featherwing|pocket|bolsa|bolsillo|lb|libra'),
          saysNot(IDK),
          shownOnly(S.featherwing),
        ],
      },
      {
        en: 'plus the shorter weight belt and three of the four pound shot pouches',
        es: 'y además el cinturón de plomos más corto y tres bolsitas de perdigones de cuatro libras',
        covers:
          'several items in one request; quantity + option values in words ("the shorter" → Length "52 in", Weight "4 lb")',
        checks: [adds(line(S.belt, { Length: '52 in' }, 1), line(S.shot, { Weight: '4 lb' }, 3))],
      },
      {
        en: 'walk me through everything sitting in my cart',
        es: 'a ver, ¿qué tengo juntado en el carrito y cuánto es?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('vortex|boot|vega|belt|shot|weight|aleta|bota|cintur|plomo|perdigon')],
      },
      {
        en: "pull the shot pouches, I'll rent lead at the dive shop",
        es: 'saca las bolsitas de perdigones, el plomo lo rento en el centro de buceo',
        covers: 'remove an item',
        checks: [removes(line(S.shot))],
      },
      {
        en: "on second thought wipe the cart clean, I'll decide after my bonus",
        es: 'pensándolo bien, vacía el carrito, decido cuando me paguen el aguinaldo',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'd like to talk dive computers with somebody who actually dives. anyone there?",
        es: 'quisiera hablar de computadoras de buceo con alguien que bucee de verdad. ¿hay alguien?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      "store policies: a wetsuit worn in the sea, shipping lead, lead to Canada, regulator service, a flooded computer, Discover, monthly payments, the Bahamas, a small order's shipping, a battery change, tank rental",
    steps: [
      {
        en: 'I wore the shorty for one snorkel in the ocean and it pinches under the arms. can I return it?',
        es: 'me puse el shorty una vez para hacer snorkel en el mar y me aprieta en las axilas. ¿lo puedo devolver?',
        covers:
          'policy question answered from the policy text (wetsuits that have been in the water cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'what do you charge to ship a few lead weights?',
        es: '¿cuánto cobráis por enviar unos cuantos plomos?',
        covers: 'policy question answered from the policy text (lead by ground for $12)',
        checks: [saysNot(IDK), says('\\b12\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'I dive out of Halifax. could you mail the lead up to me?',
        es: 'buceo en Halifax, en Canadá. ¿me podéis mandar los plomos allí?',
        covers: 'policy question answered from the policy text (lead cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'how much do you charge for a regulator service?',
        es: '¿qué me cobráis por hacerle la revisión al regulador?',
        covers: 'policy question answered from the policy text (service for $85 a set)',
        checks: [saysNot(IDK), says('\\b85\\b'), notCalled('add_to_cart')],
      },
      {
        en: "I popped the battery door on my computer myself and now it's flooded. does the warranty cover that?",
        es: 'abrí yo mismo la tapa de la pila del ordenador de buceo y ahora le ha entrado agua. ¿entra en garantía?',
        covers:
          'policy question answered from the policy text (a flooded computer opened by the owner is not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'all I carry is a Discover card. any use to you?',
        es: 'solo llevo una tarjeta Discover, ¿os sirve?',
        covers: 'policy question answered from the policy text (a card the store does not take)',
        checks: [saysNot(IDK), says(NO), says('discover'), saysNot(NOT_YES), notCalled('search_products')],
      },
      {
        en: 'could I pay a big order off month by month?',
        es: '¿se puede pagar un pedido grande a meses?',
        covers: 'policy question answered from the policy text (Affirm on orders of $300 or more)',
        checks: [
          saysNot(IDK),
          says('affirm|month|install|mensual|plazo|cuota|meses'),
          says('\\b300\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: "we're spending the winter in the Bahamas. can the order go there?",
        es: 'pasamos el invierno en las Bahamas. ¿podéis mandar allí el pedido?',
        covers: 'policy question answered from the policy text (no shipping outside the US and Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('bahamas|other countr|otros pa[ií]ses|united states|estados unidos|canad'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'if my order only comes to about sixty dollars, is shipping still free?',
        es: 'si el pedido me sale por unos sesenta dólares, ¿el envío sigue siendo gratis?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('6[.,]95|\\b75\\b'), notCalled('search_products')],
      },
      {
        en: 'my Vega says low battery. can you swap it for me, and what does that run?',
        es: 'mi Vega marca batería baja. ¿me la cambiáis vosotros y cuánto cuesta?',
        covers: 'policy question answered from the policy text (battery change in store for $15)',
        checks: [saysNot(IDK), says('\\b15\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'could I hire a couple of tanks from you for a dive trip?',
        es: '¿se os pueden alquilar un par de botellas para una salida de buceo?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
