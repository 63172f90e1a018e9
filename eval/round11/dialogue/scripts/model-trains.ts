/**
 * Model railroading (diesel and steam locomotives, train sets, freight and passenger cars, track and
 * turnouts, DCC and DC control, decoders, wiring, scenery, building kits and details), EN and ES
 * shoppers on the English-only catalog. Frozen: written before this round's tuning; never edit
 * expectations.
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
import { M } from './model-trains.handles.ts';
import { IDK, keeps, NO, NOT_NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("included, but..."): no opening "No". */
const OPENS_NO = '^\\W*no\\b';
/** The products of the layout conversation, for its read-back. */
const LAYOUT_CART =
  'gp9|flex|turnout|dcc|controller|decoder|curve|locomotive|track|locomotora|via|desvio|central|decodificador';

export const [trainsEn, trainsEs] = scripts('model-trains', [
  {
    title:
      'a first layout: locomotives under 150, scale ratio, sold-out scale + control, DC after refusal, no decoder, minimum radius, comparison, price, too tight for 18 in, unknown crew, flex track under 10, no tarnish, sold-out code, quantity, code from the text, longest train, sold-out radius, wider radius, full circle, sold-out hand, left after refusal, button included, sold-out amps, decimal in words, DCC and a DC loco, several items, save for later, total, remove',
    steps: [
      {
        en: "my dad and I are finally building the basement railroad we've talked about for years. what locomotives do you have for under 150?",
        es: 'mi padre y yo por fin vamos a montar en el sótano la maqueta de la que llevamos años hablando. ¿qué locomotoras tenéis por menos de 150?',
        covers: 'category search with a price bound',
        checks: [
          shown({ type: 'Locomotives', maxPrice: 150 }),
          shownSome({ handles: [M.gp9] }),
          neverShown(M.draftLoco),
        ],
      },
      {
        en: "we're going with HO. what's the actual ratio on the GP9 in that scale, I never remember",
        es: 'vamos a ir a H0. ¿cuál es la proporción real de la GP9 en esa escala? nunca me acuerdo',
        covers: 'spec question answered from the product text (HO is 1:87)',
        checks: [says('\\b87\\b'), says('gp9|\\bho\\b|\\bh0\\b'), saysNot(IDK), shownOnly(M.gp9)],
      },
      {
        en: 'we want it making noise from day one, so the HO one with sound',
        es: 'queremos que haga ruido desde el primer día, así que la de H0 con sonido',
        covers:
          'sold-out variant (Scale "HO" + Control "DCC Sound") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('\\bdc\\b|analog|\\bn\\b|escala n|without sound|sin sonido'),
        ],
      },
      {
        en: "alright, the plain DC one in HO, we'll wire in sound down the road",
        es: 'bueno, la de DC normal en H0, ya le meteremos sonido más adelante',
        covers: 'option value by catalog name after a refusal keeps the scale (Control "DC", Scale "HO")',
        checks: [adds(line(M.gp9, { Scale: 'HO', Control: 'DC' }, 1))],
      },
      {
        en: 'is there a decoder already tucked inside that DC version?',
        es: '¿esa versión DC ya lleva un decodificador dentro?',
        covers: 'spec question whose answer in the text is no (decoder not included, 8-pin socket only)',
        checks: [
          says(NO),
          says('gp9|decoder|decodificador|socket|zocalo'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.gp9),
        ],
      },
      {
        en: 'what is the tightest curve it can get around in HO?',
        es: '¿cuál es la curva más cerrada por la que puede pasar en H0?',
        covers: 'spec question answered from the product text (18 in minimum radius in HO)',
        checks: [says('\\b18\\b|eighteen|dieciocho'), says('gp9|radius|radio|curve|curva'), shownOnly(M.gp9)],
      },
      {
        en: 'dad grew up around steam. how does the GP9 measure up against the Pacific?',
        es: 'mi padre se crió con el vapor. ¿qué diferencias hay entre la GP9 y la Pacific?',
        covers: 'comparison of two named products',
        checks: [says('gp9'), says('pacific'), shownOnly(M.gp9, M.pacific)],
      },
      {
        en: "and what's the Pacific with sound going to run me?",
        es: '¿y cuánto me sale la Pacific con sonido?',
        covers: "price in the store's currency",
        checks: [says('\\b349\\b'), says('pacific'), ...usd],
      },
      {
        en: "the benchwork's already built with 18 inch curves. would the Pacific make it around those?",
        es: 'el tablero ya está hecho con curvas de 18 pulgadas. ¿la Pacific podría pasar por ellas?',
        covers: 'spec question whose answer in the text is no (22 in minimum radius: will not run on 18 in)',
        checks: [says(NO), says('pacific'), saysNot(NOT_YES), saysNot(IDK), shownOnly(M.pacific)],
      },
      {
        en: 'does the Pacific have little crew figures sitting in the cab?',
        es: '¿la Pacific lleva muñequitos de maquinista en la cabina?',
        covers: "spec question not in the text: don't know (crew figures)",
        checks: [says(DONT_KNOW), says('pacific'), shownOnly(M.pacific), notCalled('add_to_cart')],
      },
      {
        en: "let's talk track. any flex track under ten dollars a length?",
        es: 'vamos con la vía. ¿tenéis vía flexible por menos de diez dólares el tramo?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Track', maxPrice: 10 }), shownSome({ handles: [M.flex] })],
      },
      {
        en: 'the brass track I had as a kid went all brown and gunky. will this stuff do that too?',
        es: 'la vía de latón que tenía de pequeño se ponía marrón y pegajosa. ¿esta también se pone así?',
        covers: 'spec question whose answer in the text is no (nickel silver does not oxidize like brass)',
        checks: [
          says(`${NO}|does(n'?t| not) oxidi|no se oxida`),
          says('nickel|alpaca|niquel|flex|track|via'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.flex),
        ],
      },
      {
        en: 'my brother models in N. he wants the code 55',
        es: 'mi hermano es de escala N. quiere el code 55',
        covers:
          'sold-out variant (Scale "N" + Code "Code 55") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b80\\b|eighty|ochenta')],
      },
      {
        en: "he'll live with the 80. six lengths of that for him",
        es: 'se apañará con el 80. seis tramos de ese para él',
        covers: 'quantity + option value by catalog name after a refusal keeps the scale (Code "Code 80")',
        checks: [adds(line(M.flex, { Scale: 'N', Code: 'Code 80' }, 6))],
      },
      {
        en: 'and ten lengths for us in HO, whichever rail looks more like the real thing',
        es: 'y diez tramos para nosotros en H0, del carril que parezca más real',
        covers: 'quantity + option value from the product text ("looks more realistic" → Code "Code 83")',
        checks: [adds(line(M.flex, { Scale: 'HO', Code: 'Code 83' }, 10))],
      },
      {
        en: 'which of your engines can drag the longest string of cars behind it?',
        es: '¿cuál de vuestras locomotoras puede tirar del tren más largo?',
        covers: 'superlative over a numeric attribute (cars pulled, in the description)',
        checks: [best([M.pacific, M.passengerSet], 'pacific|\\b30\\b', 'gp9|critter|switcher')],
      },
      {
        en: 'we need a pack of curves for the yard, the 22 inch',
        es: 'necesitamos un paquete de curvas para la playa de vías, las de 22 pulgadas',
        covers: 'sold-out variant (Radius "22 in") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('\\b18\\b|\\b24\\b|eighteen|twenty.?four|dieciocho|veinticuatro'),
        ],
      },
      {
        en: "go a little broader then, there's room",
        es: 'pues un poco más abiertas, hay sitio',
        covers: 'option value in words after a refusal ("a little broader" → Radius "24 in")',
        checks: [adds(line(M.curves, { Radius: '24 in' }, 1))],
      },
      {
        en: 'how many of those pieces does it take to close a full circle?',
        es: '¿cuántas piezas de esas hacen falta para cerrar un círculo entero?',
        covers: 'spec question answered from the product text (12 pieces make a full circle)',
        checks: [
          says('\\b12\\b|twelve|doce'),
          says('curve|curva|piece|pieza|circle|circulo'),
          shownOnly(M.curves),
        ],
      },
      {
        en: 'a remote turnout, right hand',
        es: 'un desvío con motor, a derechas',
        covers: 'sold-out variant (Hand "Right") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('left|izquierd')],
      },
      {
        en: "a left one then, I'll mirror that corner of the plan",
        es: 'pues uno a izquierdas, le doy la vuelta a esa esquina del plano',
        covers: 'option value by catalog name after a refusal (Hand "Left")',
        checks: [adds(line(M.turnout, { Hand: 'Left' }, 1))],
      },
      {
        en: 'do I get a button to throw it with, or is that extra?',
        es: '¿viene con un botón para accionarlo o eso va aparte?',
        covers: 'spec question answered yes from the product text (push button included)',
        checks: [
          says('yes|\\bsi\\b|button|boton|pulsador|includ|inclu'),
          says('turnout|desvio|button|boton|pulsador'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(M.turnout),
        ],
      },
      {
        en: 'put in the DCC controller, the beefy five amp one',
        es: 'mete la central digital, la potente de cinco amperios',
        covers: 'sold-out variant (Output "5 A") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('2[.,]5|two and a half|dos y medio|dos coma cinco')],
      },
      {
        en: "two and a half amps is plenty for one loco, I'll take that",
        es: 'con dos amperios y medio sobra para una locomotora, me quedo esa',
        covers: 'decimal size in words after a refusal ("two and a half amps" → Output "2.5 A")',
        checks: [adds(line(M.dcc, { Output: '2.5 A' }, 1))],
      },
      {
        en: 'wait, will that controller even run the DC GP9 we just picked?',
        es: 'espera, ¿esa central va a mover la GP9 de DC que acabamos de elegir?',
        covers: 'spec question whose answer in the text is no (cannot run DC locomotives without a decoder)',
        checks: [
          says(NO),
          says('dcc|controller|central|decoder|decodificador'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'then add a sound decoder with the eight pin plug, and a track cleaning block too',
        es: 'entonces añade un decodificador de sonido con conector de ocho pines, y también un taco limpiavías',
        covers: 'several items in one request, one by catalog name (Plug "8-Pin")',
        checks: [adds(line(M.decoder, { Plug: '8-Pin' }, 1), line(M.cleaner, undefined, 1))],
      },
      {
        en: 'set the cleaning block aside for later, the rails are brand new anyway',
        es: 'el taco limpiavías déjamelo para más tarde, total los carriles son nuevos',
        covers: 'save for later',
        checks: [saved(M.cleaner), keeps(M.cleaner)],
      },
      {
        en: 'give me the running total before dad has a heart attack',
        es: 'dime cuánto llevamos antes de que a mi padre le dé un infarto',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says(LAYOUT_CART)],
      },
      {
        en: 'take the curves out, he just found a whole box of them in the garage',
        es: 'quita las curvas, acaba de encontrar una caja entera en el garaje',
        covers: 'remove an item',
        checks: [removes(line(M.curves))],
      },
    ],
  },
  {
    title:
      'rolling stock, scenery and checkout: freight cars under 40, knuckle couplers, sold-out road name, quantity keeps the scale, sold-out caboose colour, colour family, no batteries, sold-out coach colour, colour family, too long for 18 in, sold-out wheels, wheels after refusal, trees by a use, tree size for HO, sold-out height, height after refusal, sold-out foam texture, texture keeps the colour, coverage, promos, expired code, code, checkout, no, decoder return, order, status, cancel',
    steps: [
      {
        en: 'now the GP9 needs something to pull. what freight cars have you got under 40?',
        es: 'ahora la GP9 necesita algo de lo que tirar. ¿qué vagones de mercancías tenéis por menos de 40?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Freight Cars', maxPrice: 40 }), shownSome({ handles: [M.boxcar] })],
      },
      {
        en: 'are the couplers on the boxcar the knuckle kind that work with everything else?',
        es: '¿los enganches del furgón son de los de garra que funcionan con todo?',
        covers: 'spec question answered yes from the product text (knuckle couplers)',
        checks: [
          says('yes|\\bsi\\b|knuckle|garra|kadee'),
          says('boxcar|furgon|vagon|coupler|enganche'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(M.boxcar),
        ],
      },
      {
        en: "two of the Lakeshore boxcars, HO, that's dad's old hometown line",
        es: 'dos furgones Lakeshore en H0, es la línea del pueblo de mi padre',
        covers:
          'sold-out variant (Scale "HO" + Road Name "Lakeshore") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('copper creek|\\bn\\b|escala n')],
      },
      {
        en: 'then two of the Copper Creek ones, still HO',
        es: 'pues dos de los Copper Creek, también en H0',
        covers:
          'quantity + option value by catalog name after a refusal keeps the scale (Road Name "Copper Creek")',
        checks: [adds(line(M.boxcar, { Scale: 'HO', 'Road Name': 'Copper Creek' }, 2))],
      },
      {
        en: 'a caboose to close out the train, HO, in that dark green',
        es: 'un furgón de cola para cerrar el tren, en H0, en ese verde oscuro',
        covers:
          'sold-out variant (Scale "HO" + Color "Pullman Green", said as dark green) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('oxide|red|rojo|\\bn\\b|escala n')],
      },
      {
        en: 'the red will look right anyway',
        es: 'el rojo quedará bien igualmente',
        covers: 'colour family (red → Color "Oxide Red") after a refusal keeps the scale',
        checks: [adds(line(M.caboose, { Scale: 'HO', Color: 'Oxide Red' }, 1))],
      },
      {
        en: 'do I have to keep feeding batteries to the caboose for its lights?',
        es: '¿tengo que ir poniéndole pilas al furgón de cola para las luces?',
        covers: 'spec question whose answer in the text is no (lights powered from the track)',
        checks: [
          says(`${NO}|from the track|de la via|por la via`),
          says('caboose|light|luz|luces|track|via'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.caboose),
        ],
      },
      {
        en: 'a streamline coach too, the shiny aluminum one',
        es: 'un coche de viajeros aerodinámico también, el de aluminio brillante',
        covers: 'sold-out variant (Color "Aluminum") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('brunswick|green|verde')],
      },
      {
        en: 'the green it is',
        es: 'pues el verde',
        covers: 'colour family (green → Color "Brunswick Green") after a refusal',
        checks: [adds(line(M.coach, { Color: 'Brunswick Green' }, 1))],
      },
      {
        en: 'hold on, is that coach going to clear our 18 inch curves?',
        es: 'un momento, ¿ese coche va a pasar por nuestras curvas de 18 pulgadas?',
        covers: 'spec question whose answer in the text is no (needs a 22 in minimum radius)',
        checks: [
          says(NO),
          says('coach|coche|streamline|22|radius|radio'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.coach),
        ],
      },
      {
        en: 'the metal wheelsets for the cabooses and heavy cars, please',
        es: 'los ejes metálicos para los furgones de cola y los vagones pesados, por favor',
        covers:
          'sold-out variant (Wheel "36 in", from the product text) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b33\\b|thirty.?three|treinta y tres')],
      },
      {
        en: 'the 33s then, those go on most freight cars right? one pack',
        es: 'pues los de 33, esos valen para casi todos los vagones, ¿no? un paquete',
        covers: 'option value by catalog name after a refusal (Wheel "33 in")',
        checks: [adds(line(M.wheelsets, { Wheel: '33 in' }, 1))],
      },
      {
        en: 'dad is itching to start on scenery. what can we use for a wooded hillside?',
        es: 'mi padre está deseando empezar con el paisaje. ¿qué podemos usar para una ladera con bosque?',
        covers: 'category search by a use (trees)',
        checks: [shown({ type: 'Scenery' }), shownSome({ handles: [M.trees, M.pines] })],
      },
      {
        en: 'which height of the leafy trees suits HO?',
        es: '¿qué altura de los árboles de hoja le va a H0?',
        covers: 'spec question answered from the product text (4 in and 6 in for HO)',
        checks: [
          says('\\b4\\b|\\b6\\b|four|six|cuatro|seis'),
          says('tree|arbol|deciduous|\\bho\\b|\\bh0\\b'),
          shownOnly(M.trees),
        ],
      },
      {
        en: 'a six-pack of the four inch ones',
        es: 'un paquete de seis de los de cuatro pulgadas',
        covers: 'sold-out variant (Height "4 in") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b6\\b|six|seis|2[.,]5')],
      },
      {
        en: "the six inch, they'll be the big old oaks next to the depot",
        es: 'los de seis pulgadas, serán los robles viejos al lado de la estación',
        covers: 'option value by catalog name after a refusal (Height "6 in")',
        checks: [adds(line(M.trees, { Height: '6 in' }, 1))],
      },
      {
        en: 'a bag of the coarse ground foam in that bright spring green',
        es: 'una bolsa de espuma gruesa en ese verde primavera vivo',
        covers:
          'sold-out variant (Color "Spring Grass" + Texture "Coarse") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('fine|fina|burnt|earth|tierra|quemad')],
      },
      {
        en: 'fine texture is ok, keep the same green',
        es: 'la textura fina está bien, el mismo verde',
        covers: 'option value by catalog name after a refusal keeps the colour (Texture "Fine")',
        checks: [adds(line(M.foam, { Color: 'Spring Grass', Texture: 'Fine' }, 1))],
      },
      {
        en: 'how much of the hillside will one bag of that cover?',
        es: '¿cuánta ladera me cubre una bolsa de eso?',
        covers: 'spec question answered from the product text (about 4 sq ft per bag)',
        checks: [
          says('\\b4\\b|four|cuatro'),
          says('sq|square|cuadrad|foam|espuma|bag|bolsa'),
          shownOnly(M.foam),
        ],
      },
      {
        en: 'got any discount codes a new modeler can use?',
        es: '¿tenéis algún código de descuento para alguien que empieza en esto?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('all ?aboard ?10'),
          says('high ?ball ?20'),
          saysNot('train ?show'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'there was a flyer at the swap meet with TRAINSHOW15 on it, does that one work?',
        es: 'en el mercadillo de trenes daban un folleto con TRAINSHOW15, ¿ese funciona?',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'fine, HIGHBALL20 then',
        es: 'vale, pues HIGHBALL20',
        covers: 'apply a promo code',
        checks: [promo('HIGHBALL20')],
      },
      {
        en: "that'll keep us busy all winter. let's settle up",
        es: 'con esto tenemos para todo el invierno. vamos a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says(
            'gp9|boxcar|caboose|coach|decoder|dcc|flex|tree|foam|locomotora|furgon|vagon|coche|arbol|espuma|via',
          ),
        ],
      },
      {
        en: 'nope, hold your horses',
        es: 'no, para el carro',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'if we put a decoder in the GP9 ourselves and end up hating it, can we still send it back?',
        es: 'si le ponemos nosotros un decodificador a la GP9 y al final no nos gusta, ¿la podemos devolver?',
        covers: 'policy question answered from the policy text (no returns after a decoder is installed)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'understood. ok, send everything to Omaha',
        es: 'entendido. venga, mándalo todo a Omaha',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: "yes, that's all correct, put the order in",
        es: 'sí, todo en orden, haz que salga el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'any movement on the train order?',
        es: '¿qué pasa con el pedido de los trenes?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'bad news, the basement flooded. we have to cancel the order',
        es: 'malas noticias, se nos ha inundado el sótano. tenemos que cancelar el pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yes, cancel it, I'm afraid",
        es: 'sí, cancélalo, qué le vamos a hacer',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: buildings under 50, nothing with lights, kits only, start over, priciest building, N scale cars, ordinal, sold-out power pack, decimal in words, accessory output, unknown cord, sold-out wire colour, colour after refusal, cement on wood, strongest controller, draft, figures quantity, read-back, remove, empty, human',
    steps: [
      {
        en: "the town needs buildings. what's there under fifty dollars?",
        es: 'el pueblo necesita edificios. ¿qué hay por menos de cincuenta dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Buildings', maxPrice: 50 }), neverShown(M.draftLoco)],
      },
      {
        en: "nothing that lights up, I'm not ready for more wiring",
        es: 'nada que lleve luz, todavía no estoy para más cables',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Buildings', maxPrice: 50, notHandles: [M.lights] })],
      },
      {
        en: 'just the ones I get to put together myself',
        es: 'solo los que tenga que montar yo',
        covers: 'refinement by a spec from the text (kits) keeps category and price bound',
        checks: [shown({ type: 'Buildings', maxPrice: 50, handles: [M.station, M.waterTower] })],
      },
      {
        en: 'never mind the filters, start again and show me every building',
        es: 'olvídate de los filtros, empieza otra vez y enséñame todos los edificios',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Buildings' }),
          shownSome({ handles: [M.engineHouse] }),
          shownSome({ handles: [M.lights] }),
        ],
      },
      {
        en: 'which one of those is the priciest?',
        es: '¿y de esos cuál cuesta más?',
        covers: 'superlative over price',
        checks: [
          best(
            M.engineHouse,
            'engine ?house|cochera|deposito|\\b89\\b|\\b59\\b',
            'station|estacion|water tower|deposito de agua|figure|figura|light|farola',
          ),
        ],
      },
      {
        en: 'which of your cars do you have in N scale? for my brother',
        es: '¿qué vagones tenéis en escala N? son para mi hermano',
        covers: 'category search by an option value (Scale "N")',
        checks: [shown({ type: 'Freight Cars', option: { name: 'Scale', values: ['N'] } })],
      },
      {
        en: "he's going to want the second one on that list",
        es: 'a él le gusta el segundo',
        covers: 'ordinal reference to the list shown ("the second one") keeps the scale asked in the search',
        checks: [addedShownAt(2, { Scale: 'N' })],
      },
      {
        en: 'for the old trains in the attic I need a DC power pack, the two amp one',
        es: 'para los trenes viejos del desván necesito un transformador de DC, el de dos amperios',
        covers: 'sold-out variant (Output "2 A") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('1[.,]5|one and a half|uno y medio|\\b1 a\\b|one amp|un amperio'),
        ],
      },
      {
        en: 'one and a half amps then',
        es: 'pues el de amperio y medio',
        covers: 'decimal size in words after a refusal ("one and a half amps" → Output "1.5 A")',
        checks: [adds(line(M.powerPack, { Output: '1.5 A' }, 1))],
      },
      {
        en: 'can I hook the station lights up to that too, or is it only for the track?',
        es: '¿puedo conectar también las luces de la estación a eso o solo sirve para la vía?',
        covers: 'spec question answered yes from the product text (accessory output for lights and turnouts)',
        checks: [
          says('yes|\\bsi\\b|accessory|accesorio|auxiliar'),
          says('power pack|transformador|output|salida|light|luz|luces'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(M.powerPack),
        ],
      },
      {
        en: 'how long is the power cord on it? the outlet is across the room',
        es: '¿qué largo tiene el cable de corriente? el enchufe está en la otra punta del cuarto',
        covers: "spec question not in the text: don't know (cord length)",
        checks: [says(DONT_KNOW), says('power pack|transformador|cord|cable'), shownOnly(M.powerPack)],
      },
      {
        en: 'a spool of wire for the track feeders, in black',
        es: 'una bobina de cable para las tomas de corriente de la vía, en negro',
        covers:
          'sold-out variant (Gauge "22 AWG", from the product text, + Color "Black") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('red|rojo|\\b18\\b')],
      },
      {
        en: "red's fine, same thin stuff",
        es: 'en rojo vale, del mismo fino',
        covers: 'option value by catalog name after a refusal keeps the gauge (Color "Red")',
        checks: [adds(line(M.wire, { Gauge: '22 AWG', Color: 'Red' }, 1))],
      },
      {
        en: 'the water tower is a wooden kit. will your liquid plastic cement hold it together?',
        es: 'el depósito de agua es un kit de madera. ¿vuestro pegamento líquido para plástico lo sujetará?',
        covers: 'spec question whose answer in the text is no (plastic cement does not glue wood)',
        checks: [says(NO), says('cement|glue|pegamento|cola|wood|madera'), saysNot(NOT_YES), saysNot(IDK)],
      },
      {
        en: 'which controller you sell can keep the most sound locos going at once?',
        es: '¿qué central de las que vendéis puede mover más locomotoras con sonido a la vez?',
        covers: 'superlative over a numeric attribute (sound locomotives per controller, in the description)',
        checks: [best(M.dcc, 'dcc|starter|\\b10\\b|ten|diez', 'power pack|transformador|throttle|mando')],
      },
      {
        en: 'any chance that huge articulated steamer everyone is posting about is in stock?',
        es: '¿por casualidad tenéis ya esa locomotora de vapor articulada enorme que sale en todos los foros?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Locomotives', notHandles: [M.draftLoco] }),
          saysNot('mallet|2027|preview|\\b599\\b'),
        ],
      },
      {
        en: 'three packs of the painted passengers for the platform',
        es: 'tres paquetes de figuras de viajeros pintadas para el andén',
        covers: 'quantity + option value by catalog name (Theme "Passengers")',
        checks: [adds(line(M.figures, { Theme: 'Passengers' }, 3))],
      },
      {
        en: 'walk me through everything I have got in there',
        es: 'repásame lo que tengo ahí ahora',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says(
            'power pack|transformador|wire|cable|figure|figura|boxcar|hopper|caboose|tank|furgon|tolva|cisterna|vagon',
          ),
        ],
      },
      {
        en: 'drop the wire, I found a spool in the junk drawer',
        es: 'quita el cable, he encontrado una bobina en el cajón de los trastos',
        covers: 'remove an item',
        checks: [removes(line(M.wire))],
      },
      {
        en: "actually dump the whole cart, I'll plan this properly first",
        es: 'mira, vacía todo el carrito, primero lo voy a planificar bien',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'is there someone on staff who could look over my track plan with me?',
        es: '¿hay alguien en la tienda que pueda revisar conmigo el plano de la maqueta?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: a kit cut from the sprue, small-order shipping, liquids to Canada, free-shipping threshold, a locomotive on 18 volts, decoder installation, Amex, installments, Australia, layout clinics',
    steps: [
      {
        en: 'my son snipped half the station parts off the sprue and then lost interest. can I still return the kit?',
        es: 'mi hijo cortó de la matriz la mitad de las piezas de la estación y luego se aburrió. ¿puedo devolver el kit?',
        covers: 'policy question answered from the policy text (kits cut from the sprue cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'what would shipping be on an order that comes to about forty bucks?',
        es: 'si mi pedido se queda en unos cuarenta dólares, ¿qué me cobráis de envío?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('8[.,]50?'), notCalled('search_products')],
      },
      {
        en: 'can you mail the realistic water kit to my buddy in Winnipeg?',
        es: '¿le podéis enviar el kit de agua realista a un amigo en Winnipeg?',
        covers: 'policy question answered from the policy text (liquids cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'how much do I have to spend before shipping is on you?',
        es: '¿cuánto tengo que gastar para que el envío me salga gratis?',
        covers: 'policy question answered from the policy text (free shipping from $99)',
        checks: [saysNot(IDK), says('\\b99\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'I ran my locomotive off an old 18 volt transformer and the motor smoked. is that covered?',
        es: 'puse la locomotora con un transformador viejo de 18 voltios y el motor echó humo. ¿lo cubre la garantía?',
        covers:
          'policy question answered from the policy text (running on more than 16 volts is not covered)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|garant|cover|cubr|volt'),
          notCalled('search_products'),
        ],
      },
      {
        en: "I'm all thumbs with a soldering iron. do you put decoders in for people, and for how much?",
        es: 'soy un manazas con el soldador. ¿vosotros instaláis decodificadores? ¿por cuánto?',
        covers: 'policy question answered from the policy text (decoder installation for $35)',
        checks: [saysNot(IDK), says('\\b35\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'any chance I can pay with my Amex?',
        es: '¿aceptáis American Express?',
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
        en: 'could I spread a big order over a few payments?',
        es: '¿podría repartir un pedido grande en varios pagos?',
        covers: 'policy question answered from the policy text (PayPal Pay in 4 on orders of $120 or more)',
        checks: [
          saysNot(IDK),
          says('paypal|pay in 4|install|plazo|cuota'),
          says('\\b120\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'my pen pal in Perth collects these. do you ship to Australia?',
        es: 'un amigo por correspondencia de Perth colecciona estas cosas. ¿enviáis a Australia?',
        covers: 'policy question answered from the policy text (no shipping outside the US and Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('australia|other countr|otros paises|united states|estados unidos|canad'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'do you ever hold weekend clinics on building scenery?',
        es: '¿organizáis alguna vez talleres de fin de semana para aprender a hacer paisaje?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
