/**
 * Sailing & dinghy gear (buoyancy aids, a lifejacket, wetsuits, boots, gloves, spray tops and
 * clothing; ropes, blocks, cleats, a trapeze harness, a kicker; tiller extensions, shackles, a
 * trolley, a cover, an anchor; a compass, a VHF, a race watch, dry bags; repairs and care), EN and
 * ES shoppers on the English-only catalog of a UK shop that sells in GBP.
 * Frozen: written before this round's tuning; never edit expectations.
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
} from '../../../dialogue/bilingual.ts';
import { gbp, IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';
import { H } from './sailing.handles.ts';

/** A yes-answer that may go on to name a limit ("yes, but…"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [sailingEn, sailingEs] = scripts('sailing', [
  {
    title:
      'a first kit for a young sailor: buoyancy aids under 50, not a lifejacket, sold-out size + colour, colour after refusal keeps size, size by weight, comparison, price, water temperature, catalog names, quantity, half sizes, boot size from the text, boot size, unknown sole, sold-out spray top, colour family after refusal, capsize, several items, floats, rash vest, sun, read-back, remove, save for later',
    steps: [
      {
        en: "my lad's just started sailing lessons at the club. what buoyancy aids have you got for under fifty quid?",
        es: 'mi chaval acaba de empezar a navegar en el club. ¿qué chalecos de flotación tenéis por menos de cincuenta libras?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Buoyancy Aids', maxPrice: 50 }), shownSome({ handles: [H.juniorAid] })],
      },
      {
        en: 'if he falls in, will the junior one roll him onto his back?',
        es: 'si se cae al agua, ¿el chaleco junior le da la vuelta y lo deja boca arriba?',
        covers:
          'spec question whose answer in the text is no (a buoyancy aid, not a lifejacket: it does not turn him face up)',
        checks: [
          says(`${NO}|lifejacket|chaleco salvavidas`),
          says('face|back|boca arriba|espalda|turn|vuelta|gir'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'he weighs thirty five kilos, so the size for that, in red',
        es: 'pesa treinta y cinco kilos, así que la talla que le toque, en rojo',
        covers:
          'sold-out variant (Size "30-40 kg" from his weight + Color "Red") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('blue|azul|20-30|40-50')],
      },
      {
        en: 'never mind, blue works, same size',
        es: 'bueno, pues en azul, la misma talla',
        covers: 'colour by catalog name after a refusal keeps the size (Size "30-40 kg", Color "Blue")',
        checks: [adds(line(H.juniorAid, { Size: '30-40 kg', Color: 'Blue' }, 1))],
      },
      {
        en: "he's tall for nine though. should I go by his age when choosing the size?",
        es: 'aunque es alto para tener nueve años. ¿me guío por la edad para elegir la talla?',
        covers: 'spec question answered from the product text (size by weight, not age)',
        checks: [says('weigh|kilo|\\bkg\\b|peso|pesa'), saysNot(IDK), shownOnly(H.juniorAid)],
      },
      {
        en: 'tell me how the shorty wetsuit and the long john compare',
        es: '¿qué diferencia hay entre el neopreno shorty y el long john?',
        covers: 'comparison of two named products',
        checks: [says('shorty|short'), says('long john'), shownOnly(H.shorty, H.longJohn)],
      },
      {
        en: 'and what does the long john cost in a small?',
        es: '¿y cuánto vale el long john en talla S?',
        covers: "price in the store's currency",
        checks: [says('(^|[^\\d.,])95([.,]00)?(?![\\d.,]\\d|\\d)|ninety.five|noventa y cinco'), ...gbp],
      },
      {
        en: 'what sort of water temperature is the shorty made for?',
        es: '¿para qué temperatura del agua está pensado el shorty?',
        covers: 'spec question answered from the product text (summer water above about 16 degrees)',
        checks: [says('\\b16\\b|sixteen|diecis[eé]is'), saysNot(IDK), shownOnly(H.shorty)],
      },
      {
        en: 'right, the long john for him then, small in the thicker neoprene',
        es: 'vale, pues el long john para él, talla S con el neopreno más gordo',
        covers: 'option values by catalog name ("the thicker neoprene" → Thickness "5 mm", Size "S")',
        checks: [adds(line(H.longJohn, { Size: 'S', Thickness: '5 mm' }, 1))],
      },
      {
        en: 'two pairs of the short finger gloves in small, one for him and one for his sister',
        es: 'dos pares de guantes de dedo corto en talla S, uno para él y otro para su hermana',
        covers: 'quantity + option values by catalog name (Finger "Short Finger", Size "S", 2)',
        checks: [adds(line(H.gloves, { Finger: 'Short Finger', Size: 'S' }, 2))],
      },
      {
        en: 'do the dinghy boots come in half sizes, like a seven and a half?',
        es: '¿las botas de vela vienen en medias tallas, tipo un siete y medio?',
        covers: 'half size asked: spec question whose answer in the text is no (half sizes are not made)',
        checks: [says(`${NO}|whole|entera`), says('half|media|size|talla'), saysNot(NOT_YES), saysNot(IDK)],
      },
      {
        en: "he's a UK seven in his trainers. which boot size should I order?",
        es: 'en zapatillas usa un siete inglés. ¿qué talla de bota le pido?',
        covers: 'spec question answered from the product text (they run small: a whole size up, UK 8)',
        checks: [says('\\b8\\b|eight|ocho'), saysNot(IDK), shownOnly(H.boots)],
      },
      {
        en: 'ok, pop the boots in that size in the basket',
        es: 'venga, mete las botas en esa talla en la cesta',
        covers: 'option value by catalog name from the context (Size "UK 8")',
        checks: [adds(line(H.boots, { Size: 'UK 8' }, 1))],
      },
      {
        en: 'are the soles of those boots made from recycled rubber?',
        es: '¿la suela de esas botas es de goma reciclada?',
        covers: "spec question not in the text: don't know (recycled sole)",
        checks: [says(DONT_KNOW), says('boot|bota|sole|suela'), shownOnly(H.boots), notCalled('add_to_cart')],
      },
      {
        en: 'I crew for him sometimes, so a spray top for me too, large in navy',
        es: 'a veces le hago de tripulante, así que un cortavientos spray top para mí, talla L en navy',
        covers:
          'sold-out variant (Size "L" + Color "Navy") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\bred\\b|\\broj|small|medium|peque|median')],
      },
      {
        en: 'the reddish one will do, still a large',
        es: 'me vale el rojizo, también en L',
        covers: 'colour family after a refusal keeps the size (reddish → Color "Red", Size "L")',
        checks: [adds(line(H.sprayTop, { Size: 'L', Color: 'Red' }, 1))],
      },
      {
        en: 'would that spray top keep me dry if we capsize?',
        es: 'si volcamos, ¿ese spray top me mantiene seco?',
        covers: 'spec question whose answer in the text is no (not a drysuit: water gets in at the waist)',
        checks: [
          says(`${NO}|drysuit|waist|cintura|traje seco`),
          says('dry|seco|water|agua|capsize|volc'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'add a sailing cap in navy and the ten litre roll-top dry bag in yellow',
        es: 'añade una gorra de vela azul marino y la bolsa estanca de diez litros en amarillo',
        covers: 'several items in one request (Color "Navy"; Capacity "10 L", Color "Yellow")',
        checks: [
          adds(line(H.cap, { Color: 'Navy' }, 1), line(H.dryBag, { Capacity: '10 L', Color: 'Yellow' }, 1)),
        ],
      },
      {
        en: 'and if that dry bag goes over the side, does it float?',
        es: 'y si la bolsa estanca se cae por la borda, ¿flota?',
        covers: 'spec question answered yes from the product text (it floats)',
        checks: [says('float|flota'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(H.dryBag)],
      },
      {
        en: 'a long sleeve thermal rash vest as well, medium, for under his wetsuit',
        es: 'también una camiseta térmica de manga larga, talla M, para debajo del neopreno',
        covers: 'option values by catalog name (Sleeve "Long Sleeve", Size "M")',
        checks: [adds(line(H.rashVest, { Sleeve: 'Long Sleeve', Size: 'M' }, 1))],
      },
      {
        en: 'will that vest protect him from the sun out on the water?',
        es: '¿esa camiseta lo protege del sol en el agua?',
        covers: 'spec question answered yes from the product text (UPF 50+)',
        checks: [says('upf|\\b50\\b|sun|sol'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(H.rashVest)],
      },
      {
        en: "go through what's in my basket and what it all comes to",
        es: 'repásame lo que llevo en la cesta y cuánto sale todo',
        covers: 'cart read-back with the total in GBP',
        checks: [
          saysTotal,
          says(
            'buoyancy|wetsuit|glove|boot|spray|cap|bag|vest|chaleco|neopreno|guante|bota|gorra|bolsa|camiseta',
          ),
        ],
      },
      {
        en: "scrap the cap, he'd lose it on the first day",
        es: 'quita la gorra, que la pierde el primer día',
        covers: 'remove an item',
        checks: [removes(line(H.cap))],
      },
      {
        en: "and keep the dry bag aside for later, I'm not sure he needs it yet",
        es: 'y guárdame la bolsa estanca para más adelante, no sé si la necesita todavía',
        covers: 'save for later',
        checks: [saved(H.dryBag), keeps(H.dryBag)],
      },
    ],
  },
  {
    title:
      'crewing on the wire: harnesses under 150, fixed spreader bar, harness size, extension length from the text, sold-out length, longest after refusal, kicker purchase from the text, kicker, watch, depth, promos, expired code, code, checkout, no, cut rope returns, read-back, yes, status, cancel asks, cancel',
    steps: [
      {
        en: "I'm starting to crew on a trapeze boat. which harnesses do you sell for under a hundred and fifty pounds?",
        es: 'che, empiezo a tripular en un barco con trapecio. ¿qué arneses venden por menos de ciento cincuenta libras?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Harnesses', maxPrice: 150 }), shownSome({ handles: [H.harness] })],
      },
      {
        en: 'can I adjust the spreader bar on that harness to fit my hips?',
        es: '¿la barra separadora de ese arnés se puede regular para mi cadera?',
        covers: 'spec question whose answer in the text is no (the spreader bar is fixed)',
        checks: [
          says(`${NO}|fixed|fija`),
          says('spreader|bar|barra|adjust|regul|ajust'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'fine, the medium harness please',
        es: 'bueno, agregá el arnés en talla M',
        covers: 'option value by catalog name (Size "M")',
        checks: [adds(line(H.harness, { Size: 'M' }, 1))],
      },
      {
        en: 'my helm needs a tiller extension for a four metre boat. what length would suit?',
        es: 'mi timonel necesita una extensión de caña para un barco de cuatro metros. ¿qué largo le conviene?',
        covers: 'spec question answered from the product text (4 m boats usually take 120 cm)',
        checks: [says('\\b120\\b'), saysNot(IDK), shownOnly(H.extension)],
      },
      {
        en: 'then add that one',
        es: 'dale, sumá esa',
        covers:
          'sold-out variant (Length "120 cm" from the context) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b90\\b|\\b150\\b')],
      },
      {
        en: "too bad. he's got long arms, go for the longest one",
        es: 'qué macana. tiene los brazos largos, poné la más larga',
        covers: 'option value by catalog name after a refusal ("the longest one" → Length "150 cm")',
        checks: [adds(line(H.extension, { Length: '150 cm' }, 1))],
      },
      {
        en: 'we also need a kicker kit. which purchase is meant for a boat that size?',
        es: 'también nos hace falta un kit de contra. ¿qué desmultiplicación va para un barco de ese tamaño?',
        covers: 'spec question answered from the product text (8:1 for boats up to 4 m)',
        checks: [says('8:1|8 to 1|eight to one|8 a 1|ocho a uno'), saysNot(IDK), shownOnly(H.kicker)],
      },
      {
        en: 'stick the eight to one in as well',
        es: 'metele también el de ocho a uno',
        covers: 'option value by catalog name from the context (Purchase "8:1")',
        checks: [adds(line(H.kicker, { Purchase: '8:1' }, 1))],
      },
      {
        en: 'and the race timer watch in orange, so I can call the start',
        es: 'y el reloj de regata en naranja, así canto yo la salida',
        covers: 'option value by catalog name (Color "Orange")',
        checks: [adds(line(H.watch, { Color: 'Orange' }, 1))],
      },
      {
        en: 'how deep can that watch go before water gets in?',
        es: '¿hasta qué profundidad aguanta ese reloj sin que le entre agua?',
        covers: 'spec question answered from the product text (water resistant to 50 m)',
        checks: [says('\\b50\\b|fifty|cincuenta'), saysNot(IDK), shownOnly(H.watch)],
      },
      {
        en: 'have you got any discount codes on the go?',
        es: '¿manejan cupones o promociones para la temporada?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?sail ?10'),
          says('regatta ?15'),
          saysNot('winter ?refit ?20'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'someone at the club gave me WINTERREFIT20',
        es: 'un pibe del club me pasó WINTERREFIT20',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'shame. use REGATTA15 instead',
        es: 'una pena. usá REGATTA15 entonces',
        covers: 'apply a promo code',
        checks: [promo('REGATTA15')],
      },
      {
        en: "that's everything for the season, let's pay",
        es: 'listo, es todo para la temporada, vamos a pagar',
        covers: 'checkout read-back with the total in GBP, no order yet',
        checks: [orders(0), saysTotal, says('harness|extension|kicker|watch|arn[eé]s|extensi|contra|reloj')],
      },
      {
        en: "wait, don't send it yet",
        es: 'pará, todavía no lo mandes',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "if I have the kicker rope cut shorter and then don't need it, can it go back?",
        es: 'si hago cortar la cuerda de la contra y después no la uso, ¿la puedo devolver?',
        covers: 'policy question answered from the policy text (rope cut to length cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: "ok, I won't cut anything. back to the checkout",
        es: 'bueno, no corto nada. volvamos a la caja',
        covers: 'checkout read-back with the total in GBP, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yep, that all looks correct, go ahead and order',
        es: 'sí, re bien así, mandá el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'has my harness order left the chandlery?',
        es: '¿mi pedido del arnés ya salió de la tienda?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: "the club's lending me all this kit after all. I'd like to cancel the order",
        es: 'al final el club me presta todo, así que no quiero seguir con la compra',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yes. kill the order, I'm certain",
        es: 'sí, confirmado, anulá la compra',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: blocks under 50, not the ratchet one, ball bearings only, start over, cheapest dry bag, biggest sheave, ratchet off, draft, sold-out capacity + colour, colour after refusal keeps capacity, decimal anchor weight, no chain, sold-out radio colour, colour after refusal, licence, floats, option search, ordinal, sold-out product, read-back, remove, empty, human',
    steps: [
      {
        en: "I'm after blocks under fifty pounds, what have you got",
        es: 'muéstrame las poleas que cuestan menos de cincuenta libras',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Blocks', maxPrice: 50 }), shownSome({ handles: [H.singleBlock] })],
      },
      {
        en: 'not the ratchet one, I like to feel the sheet',
        es: 'la de trinquete no, me gusta sentir la escota',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Blocks', maxPrice: 50, notHandles: [H.ratchetBlock] })],
      },
      {
        en: 'only the ones that run on ball bearings',
        es: 'nada más las que van con rodamientos de bolas',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Blocks', maxPrice: 50, handles: [H.singleBlock] })],
      },
      {
        en: 'ok start over. what dry bags do you carry?',
        es: 'órale, empecemos de nuevo. ¿qué bolsas secas manejan?',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Dry Bags' }),
          shownSome({ handles: [H.dryBag] }),
          shownSome({ handles: [H.phonePouch] }),
        ],
      },
      {
        en: 'out of the two, which one is less money?',
        es: 'de esas dos opciones, ¿con cuál gasto menos?',
        covers: 'superlative over price',
        checks: [
          best(
            H.phonePouch,
            'pouch|phone|funda|celular|tel[eé]fono|\\b15\\b',
            'roll|\\b17\\b|\\b22\\b|\\b27\\b',
          ),
        ],
      },
      {
        en: 'something else: which of your blocks has the biggest sheave?',
        es: 'cambiando de tema, ¿qué polea de las suyas trae la roldana de mayor tamaño?',
        covers: 'superlative over a numeric attribute (sheave size)',
        checks: [best(H.ratchetBlock, 'ratchet|trinquete|\\b57\\b', 'single|sencill|simple|\\b29\\b')],
      },
      {
        en: 'on that one, can the ratchet be switched off for light winds?',
        es: 'en esa, ¿se le puede quitar el trinquete cuando hay poco viento?',
        covers: 'spec question answered yes from the product text (the ratchet can be switched off)',
        checks: [
          says('off|switch|desactiv|apag|quit|light|suave|poco viento'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(H.ratchetBlock),
        ],
      },
      {
        en: 'I heard Keelhaven has a smart race buoy coming. can I order one now?',
        es: 'oí que Keelhaven va a sacar una boya de regata inteligente. ¿ya la puedo pedir?',
        covers: 'a draft product is never offered',
        checks: [shown({ notHandles: [H.draftBuoy] }), saysNot('smart|2027|preview|\\b399\\b|inteligente')],
      },
      {
        en: 'give me the roll-top dry bag, twenty litre, black',
        es: 'dame la bolsa seca enrollable de veinte litros en negro',
        covers:
          'sold-out variant (Capacity "20 L" + Color "Black") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('yellow|amarill|\\b10\\b|\\b30\\b')],
      },
      {
        en: 'the yellow then, keep the twenty litres',
        es: 'entonces la amarilla, de veinte litros igual',
        covers: 'colour by catalog name after a refusal keeps the capacity (Color "Yellow", Capacity "20 L")',
        checks: [adds(line(H.dryBag, { Capacity: '20 L', Color: 'Yellow' }, 1))],
      },
      {
        en: 'plus a folding grapnel anchor, the one and a half kilo',
        es: 'y un ancla de rezón plegable, la de kilo y medio',
        covers: 'decimal size by catalog name ("one and a half kilo" → Weight "1.5 kg")',
        checks: [adds(line(H.anchor, { Weight: '1.5 kg' }, 1))],
      },
      {
        en: 'is there chain in the box with the anchor?',
        es: '¿el ancla trae cadena en la caja?',
        covers: 'spec question whose answer in the text is no (chain and rode sold separately)',
        checks: [
          says(`${NO}|separately|por separado|aparte`),
          says('chain|cadena|rode|cabo'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'I want the handheld VHF in yellow',
        es: 'quiero el radio VHF portátil en amarillo',
        covers: 'sold-out variant (Color "Yellow") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr')],
      },
      {
        en: "fine, I'll live with black",
        es: 'va, el negro está bien',
        covers: 'colour by catalog name after a refusal (Color "Black")',
        checks: [adds(line(H.vhf, { Color: 'Black' }, 1))],
      },
      {
        en: "I'm sailing in England this summer. do I need any paperwork to use that radio?",
        es: 'este verano voy a navegar en Inglaterra. ¿necesito algún papel para usar ese radio?',
        covers: 'spec question answered from the product text (a radio licence and an operator certificate)',
        checks: [says('licen|certific'), saysNot(IDK), shownOnly(H.vhf)],
      },
      {
        en: 'and if I drop it in the sea, will it sink?',
        es: 'y si se me cae al mar, ¿se hunde?',
        covers: 'spec question whose answer in the text is no (it floats)',
        checks: [says(`${NO}|float|flota`), saysNot(NOT_YES), saysNot(IDK)],
      },
      {
        en: 'what have you got with a forty millimetre sheave?',
        es: '¿qué tienen con roldana de cuarenta milímetros?',
        covers: 'category search by an option value (Sheave "40 mm")',
        checks: [shown({ option: { name: 'Sheave', values: ['40 mm'] } })],
      },
      {
        en: 'the one listed second goes in my basket',
        es: 'la que salió segunda, ésa métemela al carrito',
        covers:
          'ordinal reference to the list shown ("the second of those") keeps the sheave asked in the search',
        checks: [addedShownAt(2, { Sheave: '40 mm' })],
      },
      {
        en: 'I could use a hand bailer for the cockpit',
        es: 'me vendría bien un achicador de mano para la bañera',
        covers: 'sold-out product refused, nothing added',
        checks: [unchanged, says(SOLD_OUT)],
      },
      {
        en: 'what does my basket look like now?',
        es: 'a ver, dime todo lo que tengo apartado y la suma',
        covers: 'cart read-back with the total in GBP',
        checks: [saysTotal, says('bag|anchor|radio|vhf|block|bolsa|ancla|polea')],
      },
      {
        en: "actually I don't need the anchor, take it off",
        es: 'la verdad el ancla no la necesito, quítala',
        covers: 'remove an item',
        checks: [removes(line(H.anchor))],
      },
      {
        en: 'hmm no, get rid of everything in the basket',
        es: 'mejor no, quítalo todo del carrito',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'm kitting out a youth club's fleet of twelve boats. is there a person I could speak to?",
        es: 'estoy equipando la flota de doce barcos de un club juvenil. ¿hay alguien con quien pueda hablar?',
        covers: 'ask for a human',
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'policy questions: gas cylinder to Canada, delivery under the threshold, trolley by pallet, Ireland, American Express, Klarna, worn wetsuit returns, lifejacket warranty, worn gloves warranty, eye splice, taster sessions, club recommendation not in the text',
    steps: [
      {
        en: 'could you post a spare lifejacket gas cylinder to my brother in Toronto?',
        es: '¿me pueden mandar un cilindro de gas de repuesto para el chaleco a mi hermano en Toronto?',
        covers: 'policy question answered from the policy text (no lifejacket gas cylinders to Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('cylinder|gas|cilindro|bombona|cartucho'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "I've only got around thirty quid of stuff. what will postage be?",
        es: 'lo mío suma unas treinta libras. ¿cuánto me cobran por mandarlo?',
        covers: 'policy question answered from the policy text (delivery under the free threshold)',
        checks: [saysNot(IDK), says('4[.,]95|\\b50\\b'), notCalled('search_products')],
      },
      {
        en: 'is there a surcharge for sending a launching trolley?',
        es: '¿hay algún recargo por enviar un carro de varada?',
        covers: 'policy question answered from the policy text (pallet delivery £35 more)',
        checks: [saysNot(IDK), says('\\b35\\b'), notCalled('add_to_cart')],
      },
      {
        en: "I'm in Cork. do you deliver over to Ireland?",
        es: 'vivo en Cork. ¿hacen envíos a Irlanda?',
        covers: 'policy question answered from the policy text (Ireland for £25)',
        checks: [
          saysNot(IDK),
          says('\\b25\\b'),
          says('ireland|irlanda|cork|ship|deliver|env|mand'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'is an Amex any good for paying you?',
        es: '¿la American Express de mi viejo les sirve para pagar?',
        covers: 'policy question answered from the policy text (American Express not accepted)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('american|amex|card|tarjeta'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'the auto lifejacket is a lot in one go. can I split the payment?',
        es: 'el chaleco automático es mucha plata de una vez. ¿puedo pagarlo en partes?',
        covers: 'policy question answered from the policy text (Klarna pay in 3 on £30 to £1,000)',
        checks: [
          saysNot(IDK),
          says('klarna|install|three|\\b3\\b|plazo|cuota|tres'),
          says('\\b30\\b|1[,.]?000'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'I wore the shorty once at the lake and it pinches. can I send it back?',
        es: 'me puse el shorty una vez en el lago y me aprieta. ¿lo puedo devolver?',
        covers:
          'policy question answered from the policy text (wetsuits worn in the water cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'for how many years is a lifejacket covered?',
        es: '¿cuántos años de garantía tiene un chaleco salvavidas?',
        covers: 'policy question answered from the policy text (3-year lifejacket warranty)',
        checks: [
          saysNot(IDK),
          says('\\b3\\b|three|tres'),
          says('warrant|garant|year|año'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'my gloves have worn through after one season. will you replace them under warranty?',
        es: 'los guantes se me rompieron después de una temporada. ¿me los cambian por garantía?',
        covers: 'policy question answered from the policy text (gloves wear with use, no warranty)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|garant|wear|desgast|cover|cubr'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'can you put an eye splice in the end of a mainsheet for me?',
        es: '¿me pueden hacer una gaza empalmada en la punta de la escota?',
        covers: 'policy question answered from the policy text (a free eye splice, asked in the order notes)',
        checks: [saysNot(IDK), says('free|gratis|note|nota'), notCalled('add_to_cart')],
      },
      {
        en: 'do you offer any sailing sessions for complete beginners?',
        es: '¿tienen alguna sesión de vela para principiantes totales?',
        covers: 'policy question answered from the policy text (Sunday taster sessions, £40)',
        checks: [
          saysNot(IDK),
          says('sunday|domingo|\\b40\\b|taster|pontoon|pantal'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'which sailing club near Bristol would you recommend joining?',
        es: '¿qué club de vela cerca de Bristol me recomiendan?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
