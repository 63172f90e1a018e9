/**
 * Home cleaning supplies (mops, pads and buckets, a steam mop; brushes and sponges; cleaning
 * concentrates and sprays; a cordless vacuum, its battery and filter, bags, a duster; window
 * squeegees, a window vac and a pole; cloths, gloves and laundry), EN and ES shoppers on the
 * English-only catalog of a European store that sells in euros. Frozen: written before this round's
 * tuning; never edit expectations.
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
import { H } from './cleaning.handles.ts';
import { eur, IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but…"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [cleaningEn, cleaningEs] = scripts('cleaning', [
  {
    title:
      'first flat: mops under 40, not on waxed parquet, sold-out bucket, bucket after refusal, washable head, refill pack, other brands, comparison, price in euros, sold-out size + scent, scent after refusal keeps size, marble, dilution, unknown pets, sold-out glove size + colour, colour after refusal with quantity, latex allergy, several items, cloth size, read-back, remove, save for later',
    steps: [
      {
        en: 'we just moved into our first flat. which mops have you got for under forty euros?',
        es: 'nos acabamos de mudar a nuestro primer piso. ¿qué fregonas tenéis por menos de cuarenta euros?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Mops', maxPrice: 40 }), shownSome({ handles: [H.spinMop] })],
      },
      {
        en: 'the living room is old waxed parquet. is the spin mop alright on that?',
        es: 'el salón es un parqué antiguo encerado. ¿la fregona giratoria va bien ahí?',
        covers: 'spec question whose answer in the text is no (not for waxed or unsealed wood)',
        checks: [
          says(`${NO}|damp cloth|pa[nñ]o|bayeta`),
          says('wax|parquet|wood|encerad|parqu|madera'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'fine, it is for the kitchen tiles anyway. the spin mop with the bigger bucket',
        es: 'bueno, total es para las baldosas de la cocina. la fregona giratoria con el cubo grande',
        covers: 'sold-out variant (Bucket "14 L") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b10\\b|\\bten\\b|diez')],
      },
      {
        en: "the ten litre will do, there's only two of us",
        es: 'me apaño con el de diez litros, solo somos dos',
        covers: 'option value by catalog name after a refusal (Bucket "10 L")',
        checks: [adds(line(H.spinMop, { Bucket: '10 L' }, 1))],
      },
      {
        en: 'can I put the mop head through the washing machine?',
        es: '¿la cabeza de la fregona se puede meter en la lavadora?',
        covers: 'spec question answered yes from the product text (machine washable up to 60 °C)',
        checks: [says('\\b60\\b|wash|lav'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(H.spinMop)],
      },
      {
        en: 'add the refill heads for it, the three pack',
        es: 'añade los recambios de cabeza para esa, el pack de tres',
        covers: 'option value by catalog name (Pack "3 Heads")',
        checks: [adds(line(H.spinRefill, { Pack: '3 Heads' }, 1))],
      },
      {
        en: "would those heads also fit my mum's spin mop? it's a different make",
        es: '¿esos recambios le valen también a la fregona giratoria de mi madre? es de otra marca',
        covers: 'spec question whose answer in the text is no (Mopwell spin mops only)',
        checks: [
          says(`${NO}|only|solo|solamente|[uú]nicamente`),
          says('mopwell|fit|brand|marca|compatib|val'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: "what's the actual difference between the all-purpose cleaner and the bathroom descaler?",
        es: '¿qué diferencia hay realmente entre el limpiador multiusos y el antical de baño?',
        covers: 'comparison of two named products',
        checks: [
          says('all.purpose|multius|todo uso'),
          says('descal|antical|limescale|\\bcal\\b'),
          shownOnly(H.allPurpose, H.descaler),
        ],
      },
      {
        en: 'how much is the all-purpose cleaner in the half litre bottle?',
        es: '¿cuánto vale el multiusos en la botella de medio litro?',
        covers: "price in the store's currency (EUR)",
        checks: [says('4[.,]50?\\b'), says('all.purpose|multius|cleaner|limpiador'), ...eur],
      },
      {
        en: "I'd rather get the five litre jug in lavender, works out cheaper",
        es: 'mejor la garrafa de cinco litros de lavanda, sale más a cuenta',
        covers:
          'sold-out variant (Size "5 L" + Scent "Lavender") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('lemon|unscented|lim[oó]n|sin (perfume|fragancia|olor|aroma)|neutr|500'),
        ],
      },
      {
        en: 'lemon is fine, still the five litre',
        es: 'vale, de limón, pero la de cinco litros',
        covers: 'scent by catalog name after a refusal keeps the size (Scent "Lemon", Size "5 L")',
        checks: [adds(line(H.allPurpose, { Size: '5 L', Scent: 'Lemon' }, 1))],
      },
      {
        en: 'our worktops are marble. can I use it on them?',
        es: 'la encimera es de mármol. ¿puedo usarlo ahí?',
        covers: 'spec question whose answer in the text is no (not for marble or natural stone)',
        checks: [says(NO), says('marble|m[aá]rmol|stone|piedra'), saysNot(NOT_YES), saysNot(IDK)],
      },
      {
        en: 'how much of it goes in a litre of water?',
        es: '¿cuánto hay que echar por litro de agua?',
        covers: 'spec question answered from the product text (20 ml per litre)',
        checks: [says('\\b20\\b|twenty|veinte'), saysNot(IDK), shownOnly(H.allPurpose)],
      },
      {
        en: 'is that cleaner safe around cats? ours licks everything',
        es: '¿ese limpiador es seguro con gatos? el nuestro lo chupa todo',
        covers: "spec question not in the text: don't know (safe around cats)",
        checks: [
          says(DONT_KNOW),
          says('clean|limpiador|multius|all.purpose|spotlos'),
          shownOnly(H.allPurpose),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'rubber gloves for me, medium, the pink ones',
        es: 'unos guantes de goma para mí, talla M, los rosas',
        covers:
          'sold-out variant (Size "M" + Color "Pink") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('yellow|amarill')],
      },
      {
        en: 'yellow then, same size, two pairs',
        es: 'pues amarillos, la misma talla, dos pares',
        covers:
          'quantity + colour by catalog name after a refusal keeps the size (Color "Yellow", Size "M", 2)',
        checks: [adds(line(H.rubberGloves, { Size: 'M', Color: 'Yellow' }, 2))],
      },
      {
        en: "my boyfriend's allergic to latex. can he wear those?",
        es: 'mi novio es alérgico al látex. ¿puede usar esos?',
        covers: 'spec question whose answer in the text is no (natural latex)',
        checks: [says(NO), says('latex|l[aá]tex|allerg|al[eé]rg|nitril'), saysNot(NOT_YES), saysNot(IDK)],
      },
      {
        en: 'a box of the nitrile ones in large for him, and the twelve microfibre cloths in grey',
        es: 'una caja de los de nitrilo en talla L para él, y las doce bayetas de microfibra en gris',
        covers: 'several items in one request (Size "L", Pack "12 Cloths" + Color "Grey")',
        checks: [
          adds(line(H.nitrile, { Size: 'L' }, 1), line(H.cloths, { Pack: '12 Cloths', Color: 'Grey' }, 1)),
        ],
      },
      {
        en: 'how big is each one of those cloths?',
        es: '¿de qué tamaño es cada bayeta?',
        covers: 'spec question answered from the product text (30 x 30 cm)',
        checks: [says('\\b30\\b|thirty|treinta'), saysNot(IDK), shownOnly(H.cloths)],
      },
      {
        en: "what's in my basket so far and what does it come to?",
        es: '¿qué llevo en la cesta hasta ahora y cuánto sale?',
        covers: 'cart read-back with the total in EUR',
        checks: [saysTotal, says('mop|cleaner|glove|cloth|fregona|limpiador|multius|guante|bayeta')],
      },
      {
        en: 'scrap the refill heads, the mop comes with one',
        es: 'quita los recambios, que la fregona ya trae una',
        covers: 'remove an item',
        checks: [removes(line(H.spinRefill))],
      },
      {
        en: 'and keep the cloths aside for another time',
        es: 'y las bayetas déjamelas guardadas para otro momento',
        covers: 'save for later',
        checks: [saved(H.cloths), keeps(H.cloths)],
      },
    ],
  },
  {
    title:
      'a cordless vacuum: vacuums under 200, run time, bagless, colour by name, sold-out battery, battery after refusal, battery fit, several items, filter care, promos, expired code, code, checkout, no, vacuum return shipping, read-back, yes, status, cancel asks, cancel',
    steps: [
      {
        en: "I'm after a vacuum cleaner. what have you got for under two hundred euros?",
        es: 'ando buscando una aspiradora. ¿qué tienen por menos de doscientos euros?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Vacuums', maxPrice: 200 }), shownSome({ handles: [H.stickVac] })],
      },
      {
        en: 'how long does it last on one charge?',
        es: '¿cuánto le dura la batería con una carga?',
        covers: 'spec question answered from the product text (up to 40 minutes on Eco)',
        checks: [says('\\b40\\b|forty|cuarenta'), saysNot(IDK), shownOnly(H.stickVac)],
      },
      {
        en: 'do I have to keep buying bags for it?',
        es: '¿hay que andar comprándole bolsas?',
        covers: 'spec question whose answer in the text is no (bagless)',
        checks: [says(`${NO}|bagless|sin bolsa`), says('bag|bolsa'), saysNot(NOT_YES), saysNot(IDK)],
      },
      {
        en: 'great, the white one',
        es: 'buena, la blanca',
        covers: 'option value by catalog name (Color "White")',
        checks: [adds(line(H.stickVac, { Color: 'White' }, 1))],
      },
      {
        en: 'and a spare battery, the one that runs longest',
        es: 'y una batería de repuesto, la que dura más',
        covers:
          'sold-out variant (Capacity "4000 mAh", said as the longest-running) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('2[.,]?500')],
      },
      {
        en: 'ugh. the smaller one then',
        es: 'uf. entonces la más chica',
        covers: 'option value by catalog name after a refusal (Capacity "2500 mAh")',
        checks: [adds(line(H.battery, { Capacity: '2500 mAh' }, 1))],
      },
      {
        en: 'will that battery also go in my old Dustwise handheld?',
        es: '¿esa batería le sirve también a mi aspiradora de mano Dustwise antigua?',
        covers: 'spec question whose answer in the text is no (fits only the Cordless Stick Vacuum)',
        checks: [
          says(`${NO}|only|solo|solamente|[uú]nicamente`),
          says('stick|cordless|batter|bater|escoba|inal[aá]mbric'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'put in a HEPA filter and the longer extendable duster',
        es: 'agrégame un filtro HEPA y el plumero extensible largo',
        covers: 'several items in one request (the filter, Length "2.5 m")',
        checks: [adds(line(H.hepa, undefined, 1), line(H.duster, { Length: '2.5 m' }, 1))],
      },
      {
        en: 'how often am I meant to clean that filter?',
        es: '¿cada cuánto hay que limpiar ese filtro?',
        covers: 'spec question answered from the product text (rinse once a month)',
        checks: [says('month|mes'), saysNot(IDK), shownOnly(H.hepa)],
      },
      {
        en: 'got any codes that knock something off?',
        es: '¿tienen algún código que me haga un descuento, po?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('fresh ?home ?10'),
          says('shine ?12'),
          saysNot('spring ?clean ?25'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'a flyer in my letterbox said SPRINGCLEAN25',
        es: 'en un folleto del buzón venía SPRINGCLEAN25',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'pity. SHINE12 then',
        es: 'qué lata. entonces SHINE12',
        covers: 'apply a promo code',
        checks: [promo('SHINE12')],
      },
      {
        en: "that's the lot, let's do the checkout",
        es: 'ya, eso sería todo, vamos a la caja',
        covers: 'checkout read-back with the total in EUR, no order yet',
        checks: [orders(0), saysTotal, says('vacuum|battery|filter|duster|aspirador|bater|filtro|plumero')],
      },
      {
        en: "hmm, hold it, I'm not paying just yet",
        es: 'no, para, todavía no pago, po',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'if I change my mind about the vacuum, do I pay to ship it back?',
        es: 'si me arrepiento de la aspiradora, ¿tengo que pagar yo el envío de vuelta?',
        covers: 'policy question answered from the policy text (free return shipping on vacuums)',
        checks: [
          saysNot(IDK),
          says('free|gratis|no (cost|charge)|sin (coste|costo|cargo)'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'good to know. go on with the checkout',
        es: 'bueno saberlo. sigue con el pago',
        covers: 'checkout read-back with the total in EUR, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yep, those are the right things, order them',
        es: 'sí, todo cuadra, manda el pedido al tiro',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'has my vacuum order gone out yet?',
        es: '¿ya salió mi pedido de la aspiradora?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'turns out the landlord is leaving us a vacuum. I want to cancel that order',
        es: 'resulta que el dueño del depto nos deja una aspiradora. quiero anular ese pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'confirmed, cancel the vacuum order',
        es: 'confirmado, anula el pedido de la aspiradora po',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: cleaners under 8, not the descaler, streak-free only, start over, cheapest window tool, longest reach, duster on the pole, draft, sold-out width, width after refusal, decimal pole length, sold-out width + type, type after refusal keeps width, softener, sold-out colour, colour family after refusal, option search, ordinal, sold-out product, read-back, remove, empty, human',
    steps: [
      {
        en: 'what cleaners do you do for under eight euros?',
        es: '¿qué limpiadores tenéis por menos de ocho euros?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Cleaners', maxPrice: 8 }), shownSome({ handles: [H.glass] })],
      },
      {
        en: 'leave out the bathroom descaler',
        es: 'el antical de baño no me lo enseñes',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Cleaners', maxPrice: 8, notHandles: [H.descaler] })],
      },
      {
        en: 'just the ones that dry without leaving streaks',
        es: 'solo los que secan sin dejar marcas',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Cleaners', maxPrice: 8, handles: [H.glass] })],
      },
      {
        en: 'right, start again. show me everything for cleaning windows',
        es: 'venga, empezamos de cero. enséñame todo lo que tengáis para limpiar ventanas',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Window Cleaning' }),
          shownSome({ handles: [H.squeegee] }),
          shownSome({ handles: [H.windowVac] }),
        ],
      },
      {
        en: 'which of those would cost me the fewest euros?',
        es: 'de esos, ¿con cuál me gasto menos?',
        covers: 'superlative over price',
        checks: [
          best(
            H.showerSqueegee,
            'shower|ducha|mampara|11[.,]90',
            'window squeegee|window vac|pole|12[.,]90|64[.,]90|19[.,]90|aspirador|p[eé]rtiga|telesc',
          ),
        ],
      },
      {
        en: 'for the high bits: which reaches furthest, the pole or the extendable duster?',
        es: 'para lo alto: ¿qué llega más lejos, la pértiga o el plumero extensible?',
        covers: 'superlative over a numeric attribute (length)',
        checks: [best(H.pole, 'pole|p[eé]rtiga|\\b3 ?m\\b|three met|tres metros', 'duster|plumero|2[.,]5')],
      },
      {
        en: 'can I put the duster head on the end of that pole?',
        es: '¿puedo poner la cabeza del plumero en la punta de esa pértiga?',
        covers: 'spec question answered yes from the product text (the pole takes the duster head)',
        checks: [says('duster|plumero|thread|rosca|fit|encaj'), saysNot(IDK), saysNot(OPENS_NO)],
      },
      {
        en: 'I read Dustwise has a robot vacuum coming. can I order one?',
        es: 'he leído que Dustwise va a sacar un robot aspirador. ¿puedo pedir uno?',
        covers: 'a draft product is never offered',
        checks: [shown({ type: 'Vacuums', notHandles: [H.draftRobot] }), saysNot('2027|preview|\\b349\\b')],
      },
      {
        en: 'ok. the window squeegee, the widest you do',
        es: 'vale. la rasqueta de ventanas, la más ancha que tengáis',
        covers:
          'sold-out variant (Width "45 cm", said as the widest) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b35\\b|\\b25\\b|thirty.five|treinta y cinco')],
      },
      {
        en: 'the thirty five then',
        es: 'pues la de treinta y cinco',
        covers: 'option value by catalog name after a refusal (Width "35 cm")',
        checks: [adds(line(H.squeegee, { Width: '35 cm' }, 1))],
      },
      {
        en: 'and the telescopic pole, the one and a half metre',
        es: 'y la pértiga telescópica, la de metro y medio',
        covers: 'decimal size by catalog name ("one and a half metre" → Length "1.5 m")',
        checks: [adds(line(H.pole, { Length: '1.5 m' }, 1))],
      },
      {
        en: 'a flat mop pad in sixty centimetres, the dry kind for dust',
        es: 'una mopa plana de recambio de sesenta centímetros, la seca para el polvo',
        covers:
          'sold-out variant (Width "60 cm" + Type "Dry") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\bwet\\b|h[uú]med|mojad|\\b40\\b')],
      },
      {
        en: 'the wet one will do, same width',
        es: 'me vale la húmeda, del mismo ancho',
        covers: 'type by catalog name after a refusal keeps the width (Type "Wet", Width "60 cm")',
        checks: [adds(line(H.flatPad, { Width: '60 cm', Type: 'Wet' }, 1))],
      },
      {
        en: 'is fabric softener ok when I wash those pads?',
        es: '¿puedo echar suavizante cuando lave esas mopas?',
        covers: 'spec question whose answer in the text is no (no fabric softener)',
        checks: [says(NO), says('soft|suaviz'), saysNot(NOT_YES), saysNot(IDK)],
      },
      {
        en: 'a toilet brush in the sage green please',
        es: 'una escobilla de váter en verde salvia, por favor',
        covers: 'sold-out variant (Color "Sage") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('white|black|blanc|negr')],
      },
      {
        en: 'the charcoal coloured one then',
        es: 'pues la de color antracita',
        covers: 'colour family after a refusal (charcoal → Color "Black")',
        checks: [adds(line(H.toiletBrush, { Color: 'Black' }, 1))],
      },
      {
        en: 'what do you sell in a one litre bottle?',
        es: '¿qué vendéis en botella de un litro?',
        covers: 'category search by an option value (Size "1 L")',
        checks: [shown({ option: { name: 'Size', values: ['1 L'] } })],
      },
      {
        en: 'pop the second of those in',
        es: 'échame el segundo de esos',
        covers: 'ordinal reference to the list shown ("the second") keeps the size asked in the search',
        checks: [addedShownAt(2, { Size: '1 L' })],
      },
      {
        en: 'the grout in our shower is filthy. I need the grout brush',
        es: 'las juntas de la ducha están asquerosas. necesito el cepillo de juntas',
        covers: 'sold-out product refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('drill|taladr|dish|platos|toilet|v[aá]ter|inodoro')],
      },
      {
        en: "what's in the basket at the moment?",
        es: '¿qué hay en la cesta ahora mismo?',
        covers: 'cart read-back with the total in EUR',
        checks: [
          saysTotal,
          says(
            'squeegee|pole|pad|toilet|rasqueta|p[eé]rtiga|mopa|escobilla|glass|descal|soap|limpiacristales|antical|jab[oó]n',
          ),
        ],
      },
      {
        en: "I'll manage without the pole, take it out",
        es: 'sin la pértiga me apaño, quítala',
        covers: 'remove an item',
        checks: [removes(line(H.pole))],
      },
      {
        en: 'on second thought, empty the basket altogether',
        es: 'pensándolo mejor, quítalo todo, que la cesta se quede vacía',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'our kitchen flooded last night. is there someone I can talk to about the clean-up?',
        es: 'anoche se nos inundó la cocina. ¿hay alguien con quien pueda hablar de cómo limpiarlo?',
        covers: 'ask for a human',
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'policy questions: Canada, shipping under the threshold, Switzerland liquids, American Express, pay later, opened liquid returns, window vac warranty, worn blade warranty, old vacuum take-away, battery recycling, where it ships from, home cleaning service not in the text',
    steps: [
      {
        en: "I'm in Toronto. do you deliver to Canada?",
        es: 'estoy en Toronto. ¿hacen envíos a Canadá?',
        covers: 'policy question answered from the policy text (no shipping outside Europe)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('canad|europe|europa|outside|fuera'),
          saysNot(NOT_YES),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'my order comes to about thirty euros. how much is delivery?',
        es: 'mi pedido sale como treinta euros. ¿cuánto cuesta el envío?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('4[.,]95|\\b49\\b'), notCalled('search_products')],
      },
      {
        en: "I'm in Zurich. could you send me the five litre all-purpose cleaner?",
        es: 'vivo en Zúrich. ¿me podrían mandar el multiusos de cinco litros?',
        covers: 'policy question answered from the policy text (no liquids over 1 litre to Switzerland)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('litre|liter|litro|liquid|l[ií]quid'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'would an American Express card work at your checkout?',
        es: '¿les puedo pagar con una American Express?',
        covers: 'policy question answered from the policy text (American Express not accepted)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('american express|amex|card|tarjeta'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'money is tight this month. can I pay for it later?',
        es: 'este mes ando corto de plata. ¿puedo pagarlo más adelante?',
        covers: 'policy question answered from the policy text (Klarna pay in 30 days on €20 to €1,500)',
        checks: [saysNot(IDK), says('klarna|30 d'), says('\\b20\\b|1[.,]?500'), notCalled('search_products')],
      },
      {
        en: 'I opened the wood floor soap and I hate the smell. can I send it back?',
        es: 'abrí el jabón para suelos de madera y el olor no me gusta nada. ¿lo puedo devolver?',
        covers: 'policy question answered from the policy text (opened cleaning liquids cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'how long is the guarantee on the window vac?',
        es: '¿cuánto tiempo de garantía tiene la aspiradora de ventanas?',
        covers: 'policy question answered from the policy text (2-year warranty)',
        checks: [
          saysNot(IDK),
          says('\\b2\\b|two|dos'),
          says('warrant|guarant|garant|year|a[nñ]o'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'the rubber blade on my squeegee wore out after a year. is that under warranty?',
        es: 'la goma de mi rasqueta se gastó al año. ¿eso entra en la garantía?',
        covers: 'policy question answered from the policy text (blades are wear parts, no warranty)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|guarant|garant|wear|desgast|cover|cubr'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'when my new vacuum arrives, can your driver take the old one away?',
        es: 'cuando me llegue la aspiradora nueva, ¿el repartidor se puede llevar la vieja?',
        covers:
          'policy question answered from the policy text (free take-away when asked in the order notes)',
        checks: [saysNot(IDK), says('free|gratis|recycl|recicl|note|nota'), notCalled('add_to_cart')],
      },
      {
        en: 'and what do I do with a dead vacuum battery?',
        es: '¿y qué hago con una batería de aspiradora que ya no sirve?',
        covers: 'policy question answered from the policy text (mail it back free with the return label)',
        checks: [
          saysNot(IDK),
          says('mail|send|post|label|etiqueta|env|mand|free|gratis'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'where do your parcels ship from?',
        es: '¿desde dónde mandan los paquetes?',
        covers: 'policy question answered from the policy text (a warehouse in Utrecht, the Netherlands)',
        checks: [saysNot(IDK), says('utrecht|netherlands|pa[ií]ses bajos|holanda'), notCalled('add_to_cart')],
      },
      {
        en: 'do you also have cleaners who come round and do the house?',
        es: '¿ustedes también tienen personal que vaya a limpiar la casa?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
