/**
 * Hydroponics and indoor growing (grow tents, inline and clip fans, carbon filters, ducting and
 * hangers; LED boards, bars, strips and a clip light, a PAR meter; two-part, bloom, fish and cal-mag
 * nutrients, a pH kit, pH and EC meters; rockwool, coco, clay pebbles, net pots, grow bags and a DWC
 * kit; air and water pumps, stones, a timer and reservoirs; seeds, trays, domes and a heat mat),
 * EN and ES shoppers on the English-only catalog of a US shop.
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
  usd,
} from '../../../dialogue/bilingual.ts';
import { H } from './hydroponics.handles.ts';
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but…"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [hydroponicsEn, hydroponicsEs] = scripts('hydroponics', [
  {
    title:
      'a winter lettuce grow: seeds under 5, days to harvest, packet size, sold-out wattage, wattage after refusal, hanging height, no fan, decimal volume, mixing A and B, quantity + outlets, unknown listing, comparison, price, several items, gloves, read-back, remove, save for later',
    steps: [
      {
        en: 'I want fresh salad all winter from a shelf in my basement. what seeds do you sell for less than five dollars',
        es: 'quiero tener lechuga fresca todo el invierno en un estante del sótano. ¿qué semillas venden por menos de cinco dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Seeds', maxPrice: 5 }), shownSome({ handles: [H.lettuce] })],
      },
      {
        en: 'with the lettuce mix, how many days until I can actually eat some',
        es: 'con la mezcla de lechugas, ¿en cuántos días ya puedo comerme algo?',
        covers: 'spec question answered from the product text (baby leaves about 30 days after sowing)',
        checks: [says('\\b30\\b|thirty|treinta'), saysNot(IDK), shownOnly(H.lettuce)],
      },
      {
        en: "I'll take the bigger packet, the five gram one",
        es: 'regáleme el paquete grande, el de cinco gramos',
        covers: 'option value by catalog name (Size "5 g")',
        checks: [adds(line(H.lettuce, { Size: '5 g' }, 1))],
      },
      {
        en: 'for light I was thinking the quantum board at two hundred watts',
        es: 'para la luz estaba pensando en el quantum board de doscientos vatios',
        covers: 'sold-out variant (Wattage "200 W") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('\\b100\\b|\\b300\\b|one hundred|three hundred|cien|trescientos'),
        ],
      },
      {
        en: 'dang. go up to the three hundred then',
        es: 'qué pesar. entonces súbale al de trescientos',
        covers: 'option value by catalog name after a refusal (Wattage "300 W")',
        checks: [adds(line(H.quantumBoard, { Wattage: '300 W' }, 1))],
      },
      {
        en: 'how far above the lettuce should I hang that board',
        es: '¿a qué altura encima de las lechugas cuelgo esa lámpara?',
        covers: 'spec question answered from the product text (18 to 24 in above the canopy)',
        checks: [
          says('\\b18\\b|\\b24\\b|eighteen|twenty.four|dieciocho|veinticuatro'),
          saysNot(IDK),
          shownOnly(H.quantumBoard),
        ],
      },
      {
        en: 'my wife sleeps right above the basement. is there a fan in it that hums all night',
        es: 'mi señora duerme justo encima del sótano, ¿trae un ventilador que zumbe toda la noche?',
        covers: 'spec question whose answer in the text is no (passively cooled, no fan, silent)',
        checks: [
          says(`${NO}|silent|silencios|passive|pasiv|sin ventilador`),
          says('fan|ventil|silent|silencio|noise|ruido|cool|enfri'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'of the grow nutrient A and B I want the two and a half gallon jug',
        es: 'del nutriente de crecimiento A y B quiero el bidón de dos galones y medio',
        covers: 'decimal size by catalog name ("two and a half gallon" → Volume "2.5 gal")',
        checks: [adds(line(H.growAB, { Volume: '2.5 gal' }, 1))],
      },
      {
        en: 'to save time can I pour part A and part B into one bottle first and mix them',
        es: 'para ahorrar tiempo, ¿puedo revolver la parte A y la parte B juntas en una botella antes?',
        covers: 'spec question whose answer in the text is no (never mix A and B together undiluted)',
        checks: [
          says(`${NO}|never|nunca|separate|por separado`),
          says('mix|mezcl|water|agua|calcium|calcio|undiluted|diluir|lock'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'a couple of digital timers with two outlets each, one for the light and one for a spare',
        es: 'un par de temporizadores digitales de dos tomas, uno para la lámpara y otro de repuesto',
        covers: 'quantity + option value by catalog name (Outlets "2 Outlets", 2)',
        checks: [adds(line(H.timer, { Outlets: '2 Outlets' }, 2))],
      },
      {
        en: 'does that timer have a UL listing',
        es: '¿ese temporizador tiene certificación UL?',
        covers: "spec question not in the text: don't know (the timer's UL listing)",
        checks: [says(DONT_KNOW), says('timer|temporizador'), shownOnly(H.timer), notCalled('add_to_cart')],
      },
      {
        en: "I'm confused about the rockwool cubes versus the coco coir brick, what sets them apart",
        es: 'me enredo con los cubos de lana de roca y el ladrillo de fibra de coco, ¿qué los diferencia?',
        covers: 'comparison of two named products',
        checks: [
          says('rockwool|stone wool|lana de roca|cube|cubo'),
          says('coco|coir|fibra'),
          shownOnly(H.rockwool, H.coco),
        ],
      },
      {
        en: "what's the five kilo coco brick going to cost me",
        es: '¿cuánto vale el ladrillo de coco de cinco kilos?',
        covers: "price in the store's currency",
        checks: [
          says('(^|[^\\d.,])19[.,]99(?![\\d.,]\\d|\\d)|nineteen ninety.nine|diecinueve con noventa y nueve'),
          ...usd,
        ],
      },
      {
        en: 'put in the ninety eight cube rockwool pack along with the pH kit in eight ounces',
        es: 'agrégueme el paquete de noventa y ocho cubos de lana de roca y el kit de pH de ocho onzas',
        covers: 'several items in one request (Pack "98 Cubes"; Size "8 oz")',
        checks: [adds(line(H.rockwool, { Pack: '98 Cubes' }, 1), line(H.phKit, { Size: '8 oz' }, 1))],
      },
      {
        en: 'do I need to wear gloves when I handle the pH down',
        es: '¿toca usar guantes para manipular el pH down?',
        covers: 'spec question answered yes from the product text (wear gloves and eye protection)',
        checks: [
          says('glove|guante|acid|[aá]cido|eye|ojo|gafas'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(H.phKit),
        ],
      },
      {
        en: 'tell me the running total and what I have so far',
        es: 'cuénteme qué llevo en el carrito y cuánto va sumando',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('seed|light|board|nutrient|timer|semilla|l[aá]mpara|nutriente|temporizador'),
        ],
      },
      {
        en: 'take the timers off, turns out my brother-in-law has a box of them',
        es: 'quíteme los temporizadores, resulta que mi cuñado tiene una caja llena',
        covers: 'remove an item',
        checks: [removes(line(H.timer))],
      },
      {
        en: 'and keep the pH kit on the side for later, I want to test my tap water first',
        es: 'y el kit de pH guárdemelo para más adelante, primero quiero medir el agua de la llave',
        covers: 'save for later',
        checks: [saved(H.phKit), keeps(H.phKit)],
      },
    ],
  },
  {
    title:
      'a DWC tomato grower: four-bucket kit, nutrients not included, tomato seeds, trellis, promos, expired code, code, checkout, no, returns, read-back, yes, status, cancel asks, cancel',
    steps: [
      {
        en: "I'm building a deep water culture setup for tomatoes in the garage. I want the kit with four buckets",
        es: 'estoy armando un sistema de cultivo en agua profunda para jitomates en la cochera. quiero el kit de cuatro cubetas',
        covers: 'option value by catalog name (Kit "4 Buckets")',
        checks: [adds(line(H.dwcKit, { Kit: '4 Buckets' }, 1))],
      },
      {
        en: 'does that kit come with nutrients so I can start right away',
        es: '¿ese kit ya trae nutrientes para empezar luego luego?',
        covers: 'spec question whose answer in the text is no (nutrients and media not included)',
        checks: [
          says(`${NO}|separately|aparte|por separado`),
          says('nutrient|nutriente|include|incluy|trae'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'the cherry tomato seeds, the hundred seed pack',
        es: 'las semillas de jitomate cherry, el sobre de cien',
        covers: 'option value by catalog name (Pack "100 Seeds")',
        checks: [adds(line(H.tomato, { Pack: '100 Seeds' }, 1))],
      },
      {
        en: 'my garage ceiling is low. do these tomatoes stay compact without any support',
        es: 'el techo de la cochera está bajito, ¿estos jitomates se quedan chaparritos sin tutor?',
        covers: 'spec question whose answer in the text is no (indeterminate vines that need a trellis)',
        checks: [
          says(`${NO}|indeterminate|indeterminad|keep growing|siguen creciendo`),
          says('trellis|string|support|climb|tutor|espaldera|cuerda|enredad|hilo'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'got any deals or codes running at the moment',
        es: 'oiga, antes de pagar, ¿hay alguna promo para los que arman su primer sistema hidropónico?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?sprout ?10'),
          says('deep ?water ?15'),
          saysNot('harvest ?moon ?20'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'I saw HARVESTMOON20 on a forum, use that one',
        es: 'vi en un foro el HARVESTMOON20, ándale ponlo',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'oh well, then try FIRSTSPROUT10',
        es: 'ni modo, entonces prueba con FIRSTSPROUT10',
        covers: 'apply a promo code',
        checks: [promo('FIRSTSPROUT10')],
      },
      {
        en: "think that's my tomato setup sorted, walk me through checkout",
        es: 'órale, con eso armo mi sistema de jitomates, llévame a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal, says('kit|bucket|tomato|seed|cubeta|jitomate|semilla')],
      },
      {
        en: "no wait, don't confirm anything yet",
        es: 'no, espérate, todavía no confirmes nada',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'if the bucket kit shows up and I never set it up, can I still return it',
        es: 'si me llega el kit de cubetas y nunca lo armo, ¿lo puedo regresar?',
        covers: 'policy question answered from the policy text (unused equipment within 30 days)',
        checks: [saysNot(IDK), says('30|thirty|treinta'), says(RETURNS), saysNot(OPENS_NO)],
      },
      {
        en: 'go over my order one last time',
        es: 'repásame el pedido una última vez',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: "kit and seeds, that's right, yes, put the order in",
        es: 'el kit y las semillas, así está bien, sí, haz el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'what stage is my bucket kit order at',
        es: '¿en qué va mi pedido del kit de cubetas?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: "my landlord says no water systems in the garage. I'd like to cancel that order",
        es: 'mi casero dice que nada de sistemas de agua en la cochera. quiero cancelar ese pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "positive, my landlord won't budge, so kill the order",
        es: 'sí, segurísimo, mi casero no cede, cancélalo ya',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: nutrients under 30, no fish, pint only, start over, most watts, cheapest light, draft, sold-out size + colour, colour family after refusal keeps size, tent height, tools, quantity + size + pack, option search, ordinal, sold-out product, read-back, empty, human',
    steps: [
      {
        en: "I'm moving my herb pots from soil to hydro. which nutrients are under thirty dollars",
        es: 'voy a pasar mis macetas de hierbas de tierra a hidroponía. ¿qué nutrientes tenéis por menos de treinta dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Nutrients', maxPrice: 30 }), shownSome({ handles: [H.calMag] })],
      },
      {
        en: 'none of the fish stuff, I live in an apartment',
        es: 'nada de lo de pescado, que vivo en un piso',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Nutrients', maxPrice: 30, notHandles: [H.fishEmulsion] })],
      },
      {
        en: "just what comes in a one pint bottle, I've got no storage space",
        es: 'solo lo que venga en bote de una pinta, no tengo sitio para guardar',
        covers: 'refinement by an option value keeps category, price bound and negation',
        checks: [
          shown({
            type: 'Nutrients',
            maxPrice: 30,
            notHandles: [H.fishEmulsion],
            option: { name: 'Volume', values: ['1 pt'] },
          }),
        ],
      },
      {
        en: 'forget the nutrients for now. let me see the grow lights',
        es: 'olvídate de los nutrientes de momento. enséñame las lámparas de cultivo',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Lights' }),
          shownSome({ handles: [H.quantumBoard] }),
          shownSome({ handles: [H.barLight] }),
        ],
      },
      {
        en: 'I want serious power for tomatoes later, which fixture draws the highest wattage',
        es: 'para tomates más adelante quiero potencia de verdad, ¿qué lámpara consume más vatios?',
        covers: 'superlative over a numeric attribute (wattage)',
        checks: [best(H.barLight, 'bar|barra|\\b720\\b', 'quantum|t5|clip|pinza|\\b300 ?w')],
      },
      {
        en: "and if I'm on a shoestring, which light has the lowest price tag",
        es: '¿y si voy justo de pasta, cuál es la lámpara más barata?',
        covers: 'superlative over price',
        checks: [
          best(
            H.clipLight,
            'clip|pinza|desk|escritorio|\\b24[.,]99',
            'quantum|bar light|barra|t5|\\b29[.,]99',
          ),
        ],
      },
      {
        en: 'a buddy says Lumigrove has a bar that changes its spectrum from a phone app. can I order one',
        es: 'un colega dice que Lumigrove tiene una barra que cambia el espectro desde una app del móvil. ¿puedo pedirla?',
        covers: 'a draft product is never offered',
        checks: [shown({ notHandles: [H.draftBar] }), saysNot('smart|spectrum bar|2027|preview|\\b899')],
      },
      {
        en: 'right, the tent. four by four in forest green',
        es: 'vale, la carpa. la de cuatro por cuatro en verde bosque',
        covers:
          'sold-out variant (Size "4 x 4 ft" + Color "Forest Green") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|charcoal|negr|carb|gris|3 ?x ?3|5 ?x ?5')],
      },
      {
        en: 'pity. a grey one will do, same four by four',
        es: 'qué pena. me vale una gris, la misma de cuatro por cuatro',
        covers: 'colour family after a refusal keeps the size (grey → Color "Charcoal", Size "4 x 4 ft")',
        checks: [adds(line(H.tent, { Size: '4 x 4 ft', Color: 'Charcoal' }, 1))],
      },
      {
        en: 'my spare room has a seven foot ceiling. how tall does that tent stand',
        es: 'el cuarto de invitados tiene el techo a siete pies. ¿qué altura tiene esa carpa?',
        covers: 'spec question answered from the product text (the 4 x 4 ft tent stands 6 ft 8 in)',
        checks: [
          says("6 ?(ft|feet|foot|pies)?,? ?(and |y )?8|6'8|\\b80 ?(in|inches|pulgadas)"),
          saysNot(IDK),
          shownOnly(H.tent),
        ],
      },
      {
        en: "I don't own a toolbox. will I need tools to put it together",
        es: 'no tengo caja de herramientas. ¿necesito herramientas para montarla?',
        covers: 'spec question whose answer in the text is no (the frame snaps together without tools)',
        checks: [
          says(`${NO}|without tools|sin herramientas|tool.?free|snap|encaj`),
          says('tool|herramient|snap|encaj|assembl|mont|arm'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'three bags of the three inch net pots, the fifty count',
        es: 'tres bolsas de macetas de rejilla de tres pulgadas, las de cincuenta',
        covers: 'quantity + option values by catalog name (Size "3 in", Pack "50 Pots", 3)',
        checks: [adds(line(H.netPots, { Size: '3 in', Pack: '50 Pots' }, 3))],
      },
      {
        en: 'my ducting is all six inch. what do you stock in that size',
        es: 'todo mi conducto es de seis pulgadas. ¿qué tenéis en esa medida?',
        covers: 'category search by an option value (Size "6 in")',
        checks: [shown({ option: { name: 'Size', values: ['6 in'] } })],
      },
      {
        en: "whatever came up first in those results, I'll take it",
        es: 'lo que salió primero en esos resultados, me lo quedo',
        covers: 'ordinal reference to the list shown ("the first one") keeps the size asked in the search',
        checks: [addedShownAt(1, { Size: '6 in' })],
      },
      {
        en: 'and a PAR meter so I can check the light levels',
        es: 'y un medidor PAR para comprobar cuánta luz llega',
        covers: 'sold-out product refused, nothing added',
        checks: [unchanged, says(SOLD_OUT)],
      },
      {
        en: 'list everything in my cart and the grand total',
        es: 'léeme lo que hay en la cesta, con el importe total',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('tent|pot|fan|filter|duct|carpa|maceta|ventil|filtro|conduct')],
      },
      {
        en: 'actually my roommate vetoed the whole idea. empty my cart',
        es: 'al final mi compañero de piso se ha negado en redondo. vacíame la cesta',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'm kitting out a small vertical farm for a restaurant. is there a human I could chat with about that",
        es: 'estoy montando una pequeña granja vertical para un restaurante. ¿hay alguna persona con la que pueda hablarlo?',
        covers: 'ask for a human',
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'policy questions: opened nutrient returns, shipping under the threshold, seeds to Canada, pH Down to Hawaii, LED driver warranty, tap water testing, cryptocurrency, rewards not in the text',
    steps: [
      {
        en: "I opened the bloom nutrient but my plants didn't like it. can I get my money back",
        es: 'abrí el nutriente de floración pero a mis plantas no les sentó bien. ¿me devuelven el dinero?',
        covers: 'policy question answered from the policy text (opened nutrients cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: "my cart's about forty dollars. what will delivery to Denver run me",
        es: 'mi carrito suma unos cuarenta dólares. ¿cuánto cuesta el envío a Denver?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('7[.,]95|\\b79\\b'), notCalled('search_products')],
      },
      {
        en: "I'm in Vancouver. can you send basil and lettuce seeds up to me",
        es: 'estoy en Vancouver. ¿me pueden enviar semillas de albahaca y lechuga hasta allá?',
        covers: 'policy question answered from the policy text (seeds ship only inside the US)',
        checks: [
          saysNot(IDK),

          says('canad|seed|semilla|inside the us|dentro de (los )?(ee|estados)'),
          says(`${NO}|only inside|only within|except|solo dentro|solamente dentro|excepto|salvo`),
          saysNot(NOT_YES),
        ],
      },
      {
        en: 'I garden in Honolulu. will you mail me a bottle of pH down',
        es: 'cultivo en Honolulu. ¿me mandan una botella de pH down?',
        covers:
          'policy question answered from the policy text (pH Up and Down ship by ground only, not to Hawaii)',
        checks: [
          saysNot(IDK),
          says('ground|terrestre|hawai|alaska|por tierra'),
          says(`${NO}|ground only|only by ground|solo por (tierra|v[ií]a terrestre)`),
          saysNot(NOT_YES),
        ],
      },
      {
        en: 'the driver on my LED board quit after two years. does the warranty still cover it',
        es: 'el driver de mi lámpara LED dejó de funcionar a los dos años. ¿todavía lo cubre la garantía?',
        covers: 'policy question answered from the policy text (LED drivers carry 3 years)',
        checks: [
          saysNot(IDK),
          says('\\b3\\b|three|tres'),
          says('warrant|garant|driver|cover|cubr'),
          saysNot(OPENS_NO),
        ],
      },
      {
        en: 'I have no idea what is in my tap water. can you test it for me',
        es: 'no tengo idea de qué trae el agua de mi grifo. ¿ustedes la pueden analizar?',
        covers: 'policy question answered from the policy text (free EC and pH test at the Burlington shop)',
        checks: [saysNot(IDK), says('free|gratis|\\bEC\\b|\\bpH\\b|burlington'), notCalled('add_to_cart')],
      },
      {
        en: 'I was hoping to pay in bitcoin, is that an option',
        es: 'quería pagar con bitcoin, ¿es posible?',
        covers: 'policy question answered from the policy text (no cryptocurrency)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('crypto|cripto|bitcoin|visa|mastercard|paypal|discover'),
          saysNot(NOT_YES),
        ],
      },
      {
        en: 'do I earn points toward future orders when I shop with you',
        es: '¿acumulo puntos para próximas compras cuando compro con ustedes?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
