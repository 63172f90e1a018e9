/**
 * Lighting (bulbs, smart lighting, lamps, fixtures, outdoor), EN and ES shoppers on the
 * English-only catalog. Frozen: written before this round's tuning; never edit expectations.
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
import { L } from './lighting.handles.ts';

/** The reply is about returns (a "no" alone is not an answer to a returns question). */
const RETURNS = 'return|refund|send (it|them) back|devol|devuel|reembols';
/** A "yes" that is not a "no". */
const NOT_NO = "\\bnot\\b|n't|\\bno (funciona|es|sirve|vale|tiene|lleva|viene|incluye|esta|hace|necesita)\\b";
/** A "no" in either language. */
const NO = "\\bno\\b|\\bnot\\b|n't|cannot";
/** Lines already in the cart stay as they were, except those of `handles`. */
const keeps = (...except: string[]): Check => ({ kind: 'cartKeeps', except });

export const [lightingEn, lightingEs] = scripts('lighting', [
  {
    title:
      'bulbs: price bound, brightest, enclosed fixture, wattage, outdoor, sold-out pack, quantity, comparison, sold-out colour temperature, correction, candelabra, price, sold-out glass, track spots, dimmer, save for later, total',
    steps: [
      {
        en: 'uh, I just need regular light bulbs for my lamps, nothing fancy, under 15 bucks',
        es: 'eh, solo necesito bombillas normales para las lámparas, nada del otro mundo, de menos de 15 dólares',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'LED Bulbs', maxPrice: 15 })],
      },
      {
        en: 'which one of those gives the most light?',
        es: '¿y cuál de esas da más luz?',
        covers: 'superlative over a numeric attribute (lumens in the title)',
        checks: [best(L.a21, 'a21|1600', 'a19|\\b800\\b|edison|st19|candelabra|b11')],
      },
      {
        en: 'would that one be ok inside a closed glass dome on the ceiling?',
        es: '¿esa se puede poner dentro de un plafón de cristal cerrado?',
        covers: 'spec question answered yes from the product text (safe in enclosed fixtures)',
        checks: [
          says('yes|\\bsi\\b|enclosed|cerrad'),
          says('a21|1600'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(L.a21),
        ],
      },
      {
        en: 'and how many watts does it actually draw?',
        es: '¿y cuántos vatios consume de verdad?',
        covers: 'spec question answered from the product text (wattage)',
        checks: [says('\\b14\\b'), shownOnly(L.a21)],
      },
      {
        en: 'can I use it outdoors, like in a porch light?',
        es: '¿la puedo usar en exterior, en la luz del porche?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), shownOnly(L.a21), notCalled('add_to_cart')],
      },
      {
        en: 'ok get me the daylight four-pack of those',
        es: 'vale, ponme el pack de cuatro de luz día',
        covers:
          'sold-out variant (Color Temperature "5000K Daylight" + Pack "4-pack") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('2-pack|two|\\b2\\b|dos|soft white|2700|blanco suave|calida')],
      },
      {
        en: 'then two of the daylight two-packs',
        es: 'entonces dos packs de dos de luz día',
        covers: 'quantity + option value by catalog name after a refusal (Pack "2-pack")',
        checks: [adds(line(L.a21, { 'Color Temperature': '5000K Daylight', Pack: '2-pack' }, 2))],
      },
      {
        en: "what's the real difference between the A19 and the A21?",
        es: '¿qué diferencia hay en realidad entre la A19 y la A21?',
        covers: 'comparison of two named products',
        checks: [says('a19|\\b800\\b'), says('a21|1600'), shownOnly(L.a19, L.a21)],
      },
      {
        en: 'I also want the A19 eight-pack in warm white, the 3000K',
        es: 'también quiero la A19 en pack de ocho, blanco cálido, la de 3000K',
        covers:
          'sold-out variant (Color Temperature "3000K Warm White" + Pack "8-pack") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('4-pack|four|cuatro|2700|soft white|5000|daylight|luz (de )?dia')],
      },
      {
        en: 'meh, soft white is fine then',
        es: 'bah, pues blanco suave, me da igual',
        covers:
          'option value by catalog name after a refusal keeps the pack (Color Temperature "2700K Soft White")',
        checks: [adds(line(L.a19, { 'Color Temperature': '2700K Soft White', Pack: '8-pack' }, 1))],
      },
      {
        en: 'hmm, actually switch that to the four-pack',
        es: 'mmm, mejor cámbialo al pack de cuatro',
        covers: 'correction switches the option value (Pack) and keeps the colour temperature',
        checks: [
          swaps(
            line(L.a19, { 'Color Temperature': '2700K Soft White', Pack: '4-pack' }, 1),
            line(L.a19, { 'Color Temperature': '2700K Soft White', Pack: '8-pack' }),
          ),
        ],
      },
      {
        en: 'my chandelier takes those skinny little screw-in bulbs, what do you have for that?',
        es: 'mi lámpara de araña lleva esas bombillas pequeñitas de rosca fina, ¿qué tenéis para eso?',
        covers: 'category search by a spec from the product text (E12 candelabra base)',
        checks: [shown({ type: 'LED Bulbs' }), shownSome({ handles: [L.candelabra] })],
      },
      {
        en: 'how much are the old-timey Edison ones, the clear 60 watt?',
        es: '¿a cuánto están las Edison de estilo antiguo, la transparente de 60 vatios?',
        covers: "price in the store's currency",
        checks: [says('9[.,]99'), ...usd],
      },
      {
        en: 'put one amber 60 in',
        es: 'ponme una ámbar de 60',
        covers:
          'sold-out variant (Glass "Amber" + Wattage "60W Equivalent") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('clear|transparent|\\b40\\b')],
      },
      {
        en: 'ok the amber forty then, make it three',
        es: 'vale, pues la ámbar de cuarenta, que sean tres',
        covers: 'quantity + option value by catalog name after a refusal (Wattage "40W Equivalent")',
        checks: [adds(line(L.edison, { Glass: 'Amber', Wattage: '40W Equivalent' }, 3))],
      },
      {
        en: 'got any spot bulbs for track lighting?',
        es: '¿tenéis bombillas de foco para carriles de luz?',
        covers: 'category search by a use from the product text (track lighting)',
        checks: [shown({ type: 'LED Bulbs' }), shownSome({ handles: [L.gu10] })],
      },
      {
        en: 'will the GU10s work on a dimmer?',
        es: '¿las GU10 funcionan con regulador?',
        covers: 'spec question whose answer in the text is no (not dimmable)',
        checks: [says(NO), says('gu10|spot|foco'), saysNot(DONT_KNOW), shownOnly(L.gu10)],
      },
      {
        en: "stick the Edison bulbs in my saved items, I'm not sure about them yet",
        es: 'las Edison guárdamelas para más tarde, todavía no lo tengo claro',
        covers: 'save for later',
        checks: [saved(L.edison), keeps(L.edison)],
      },
      {
        en: "so what've I got and what's it come to?",
        es: 'a ver, ¿qué llevo y cuánto sale?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('a21|a19|1600|\\b800\\b|lumenhaus')],
      },
    ],
  },
  {
    title:
      'smart lighting: Alexa bulbs, HomeKit, hub, comparison, sold-out pack, quantity, sold-out length, decimal length, outdoor strip, several items, neutral wire, promos, checkout, Canada, order, cancel',
    steps: [
      {
        en: "I'm trying to make the apartment smart. which bulbs work with Alexa?",
        es: 'estoy intentando domotizar el piso. ¿qué bombillas funcionan con Alexa?',
        covers: 'category search by a spec from the product text (works with Alexa)',
        checks: [shown({ type: 'Smart Bulbs' })],
      },
      {
        en: "I'm on an iPhone though, does the color one do HomeKit?",
        es: 'pero tengo iPhone, ¿la de colores va con HomeKit?',
        covers: 'spec question whose answer in the text is no (no Apple HomeKit)',
        checks: [says(NO), says('colou?r|a19|colores'), saysNot(DONT_KNOW), shownOnly(L.colorBulb)],
      },
      {
        en: 'and the BR30 one, does that need some kind of hub?',
        es: 'y la BR30, ¿esa necesita algún tipo de concentrador?',
        covers: 'spec question answered yes from the product text (needs the Glimmer Bridge Hub)',
        checks: [
          says('yes|\\bsi\\b|bridge|hub|puente|concentrador'),
          says('br30|tunable'),
          saysNot(DONT_KNOW),
          shownOnly(L.tunable, L.bridge),
        ],
      },
      {
        en: 'color bulb versus the tunable white one, what do I get with each?',
        es: 'la bombilla de colores contra la de blanco regulable, ¿qué me da cada una?',
        covers: 'comparison of two named products',
        checks: [says('colou?r|a19'), says('tunable|br30'), shownOnly(L.colorBulb, L.tunable)],
      },
      {
        en: "I'll do the four-pack of the color bulbs",
        es: 'me llevo el pack de cuatro de las de colores',
        covers: 'sold-out variant (Pack "4-pack") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('1-pack|2-pack|two|\\b2\\b|dos|single|one|una')],
      },
      {
        en: 'fine, give me two of the two-packs',
        es: 'bueno, dame dos de los packs de dos',
        covers: 'quantity + option value by catalog name after a refusal (Pack "2-pack")',
        checks: [adds(line(L.colorBulb, { Pack: '2-pack' }, 2))],
      },
      {
        en: 'also one of those LED strips for behind the TV, the longest you have',
        es: 'y también una de esas tiras LED para detrás de la tele, la más larga que tengáis',
        covers:
          'sold-out variant (Length "32.8 ft", said as "the longest") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('16[.,]4|6[.,]5')],
      },
      {
        en: 'the 16.4 foot one is fine',
        es: 'la de 16,4 pies me vale',
        covers: 'decimal size ("16.4 ft") by catalog name (Length "16.4 ft")',
        checks: [adds(line(L.strip, { Length: '16.4 ft' }, 1))],
      },
      {
        en: 'could I run it along the deck railing outside?',
        es: '¿la podría poner por la barandilla de la terraza, fuera?',
        covers: 'spec question whose answer in the text is no (indoor only, not waterproof)',
        checks: [says(NO), says('strip|tira'), saysNot(DONT_KNOW), shownOnly(L.strip)],
      },
      {
        en: 'throw in a white dimmer switch and the motion sensor',
        es: 'añade un interruptor regulador blanco y el sensor de movimiento',
        covers: 'several items in one request (one with a colour by catalog name)',
        checks: [adds(line(L.dimmer, { Color: 'White' }, 1), line(L.sensor, undefined, 1))],
      },
      {
        en: 'the house is old, does that switch need a neutral wire?',
        es: 'la casa es antigua, ¿ese interruptor necesita cable neutro?',
        covers: 'spec question answered yes from the product text (requires a neutral wire)',
        checks: [
          says('yes|\\bsi\\b|neutral|neutro'),
          says('switch|dimmer|interruptor|regulador'),
          saysNot(DONT_KNOW),
          shownOnly(L.dimmer),
        ],
      },
      {
        en: 'any coupon codes going?',
        es: '¿hay algún cupón de descuento?',
        covers: 'list the promos (not the expired one)',
        checks: [says('bright ?15'), says('bulbs ?5'), saysNot('long ?night'), notCalled('search_products')],
      },
      {
        en: 'try LONGNIGHT25',
        es: 'prueba con LONGNIGHT25',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'ugh, BRIGHT15 then',
        es: 'jo, pues BRIGHT15',
        covers: 'apply a promo code',
        checks: [promo('BRIGHT15')],
      },
      {
        en: "ok let's wrap this up, checkout",
        es: 'vale, vamos a terminar, a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'wait, no, not yet',
        es: 'espera, no, todavía no',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'side question: could you ship a chandelier to my sister in Vancouver?',
        es: 'una pregunta aparte: ¿le podéis mandar una lámpara de araña a mi hermana a Vancouver?',
        covers: 'policy question answered from the policy text (chandeliers cannot ship to Canada)',
        checks: [says(NO), says('canad|vancouver'), notCalled('search_products')],
      },
      {
        en: "alright, check me out again, it's all going to Denver",
        es: 'bueno, cóbrame otra vez, todo va a Denver',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, go ahead and place it',
        es: 'sí, adelante, haz el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'did my order go out yet?',
        es: '¿ya ha salido mi pedido?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: "hmm, you know what, I'd like to cancel it",
        es: 'mmm, ¿sabes qué? lo quiero cancelar',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yeah, cancel it',
        es: 'sí, cancélalo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'lamps and fixtures: nightstand lamp under 100, cordless refinement, battery, sold-out colour, start over, sold-out colour and size, height, bulb included, brightest and priciest floor lamp, marble, sold-out finish, pendants, damp location, bathroom ceiling, negation, draft, read-back, remove, empty, human',
    steps: [
      {
        en: 'looking for a lamp for my nightstand, under a hundred',
        es: 'busco una lámpara para la mesilla, de menos de cien',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Table Lamps', maxPrice: 100 })],
      },
      {
        en: 'something cordless, if you have it',
        es: 'algo sin cable, si tenéis',
        covers: 'refinement by a spec from the product text (cordless) keeps category and price bound',
        checks: [shown({ type: 'Table Lamps', maxPrice: 100, handles: [L.mushroom] })],
      },
      {
        en: 'how many hours does it run before it needs charging?',
        es: '¿cuántas horas aguanta antes de tener que cargarla?',
        covers: 'spec question answered from the product text (battery life)',
        checks: [says('\\b10\\b'), shownOnly(L.mushroom)],
      },
      {
        en: 'the gray one',
        es: 'la gris',
        covers:
          'sold-out variant (colour family gray → Smoke Gray) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('amber|opal|white|ambar|blanc')],
      },
      {
        en: "white's fine",
        es: 'la blanca me vale',
        covers: 'colour family (white → Opal White) after a refusal',
        checks: [adds(line(L.mushroom, { Color: 'Opal White' }, 1))],
      },
      {
        en: 'ok forget all that, show me every table lamp you have',
        es: 'vale, olvida todo eso y enséñame todas las lámparas de mesa que tengáis',
        covers: 'start over drops the price bound and the refinement',
        checks: [shown({ type: 'Table Lamps' }), shownSome({ handles: [L.pillar] })],
      },
      {
        en: 'the ceramic one in green, the big size',
        es: 'la de cerámica en verde, la grande',
        covers:
          'sold-out variant (colour family green → Sage + Size "Large") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('small|pequen|clay|chalk')],
      },
      {
        en: 'small then, same color',
        es: 'pues la pequeña, del mismo color',
        covers: 'option value by catalog name after a refusal keeps the colour (Size "Small")',
        checks: [adds(line(L.orla, { Color: 'Sage', Size: 'Small' }, 1))],
      },
      {
        en: 'how tall is the small one?',
        es: '¿cuánto mide de alto la pequeña?',
        covers: 'spec question answered from the product text (height)',
        checks: [says('\\b18\\b'), shownOnly(L.orla)],
      },
      {
        en: 'does it come with a bulb?',
        es: '¿viene con bombilla?',
        covers: 'spec question whose answer in the text is no (bulb not included)',
        checks: [says(NO), says('orla|ceramic|ceramica'), saysNot(DONT_KNOW), shownOnly(L.orla)],
      },
      {
        en: 'now floor lamps. which one lights up a room the most?',
        es: 'ahora lámparas de pie. ¿cuál ilumina más la habitación?',
        covers: 'superlative over a numeric attribute (lumens in the description)',
        checks: [best(L.torchiere, 'torchiere|2400', '\\barc\\b|tripod|gooseneck|tripode')],
      },
      {
        en: "and what's the priciest floor lamp you've got?",
        es: '¿y cuál es la lámpara de pie más cara que tenéis?',
        covers: 'superlative over price',
        checks: [best(L.arc, '\\barc\\b|249', 'torchiere|tripod|tripode')],
      },
      {
        en: 'is the base on that one actual marble?',
        es: '¿la base de esa es de mármol de verdad?',
        covers: 'spec question answered yes from the product text (marble base)',
        checks: [
          says('yes|\\bsi\\b|marble|marmol'),
          says('\\barc\\b'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(L.arc),
        ],
      },
      {
        en: 'in chrome please',
        es: 'en cromado, por favor',
        covers: 'sold-out variant (Finish "Chrome") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('brass|black|laton|negr')],
      },
      {
        en: 'go with the black',
        es: 'pues en negro',
        covers: 'colour family (black → Matte Black) after a refusal',
        checks: [adds(line(L.arc, { Finish: 'Matte Black' }, 1))],
      },
      {
        en: 'I need some pendants to hang over the kitchen island',
        es: 'necesito unas lámparas colgantes para encima de la isla de la cocina',
        covers: 'category search',
        checks: [shown({ type: 'Pendant Lights' })],
      },
      {
        en: 'the brass one, sixteen inch',
        es: 'la de latón, de dieciséis pulgadas',
        covers:
          'sold-out variant (Finish "Brushed Brass" + Size "16 in") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b12\\b|black|negr')],
      },
      {
        en: 'fine, two of the 12 inch brass ones',
        es: 'vale, dos de las de latón de 12 pulgadas',
        covers: 'quantity + option value by catalog name after a refusal (Size "12 in")',
        checks: [adds(line(L.pendant, { Finish: 'Brushed Brass', Size: '12 in' }, 2))],
      },
      {
        en: 'are those ok somewhere damp, like right over the sink?',
        es: '¿aguantan la humedad, justo encima del fregadero?',
        covers: 'spec question whose answer in the text is no (dry locations only)',
        checks: [says(NO), says('pendant|dome|colgante|lampara'), saysNot(DONT_KNOW), shownOnly(L.pendant)],
      },
      {
        en: 'bathroom ceiling light that can take the steam, nothing over 50',
        es: 'una luz de techo para el baño que aguante el vapor, como mucho 50',
        covers: 'category search with a price bound by a spec from the product text (damp rated)',
        checks: [
          shown({ type: ['Ceiling Lights', 'Recessed Lights', 'Vanity Lights'], maxPrice: 50 }),
          shownSome({ handles: [L.flush] }),
        ],
      },
      {
        en: 'not the recessed kind',
        es: 'de las empotradas no',
        covers: 'negation keeps category and price bound',
        checks: [shown({ maxPrice: 50, notHandles: [L.recessed], handles: [L.flush] })],
      },
      {
        en: 'the bigger one, warm white',
        es: 'la más grande, en blanco cálido',
        covers:
          'option value in words ("the bigger one" → Size "14 in") + option value by catalog name (Color Temperature "3000K Warm White")',
        checks: [adds(line(L.flush, { Size: '14 in', 'Color Temperature': '3000K Warm White' }, 1))],
      },
      {
        en: 'random one, do you sell those floating moon lamps?',
        es: 'una curiosidad, ¿vendéis esas lámparas de luna que flotan?',
        covers: 'a draft product is never offered',
        checks: [neverShown(L.moonDraft), saysNot('halo levitating|moon lamp|2027')],
      },
      {
        en: "read me what's in my cart",
        es: 'léeme lo que tengo en el carrito',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('mushroom|orla|\\barc\\b|pendant|dome|flush|lampara|colgante|plafon')],
      },
      {
        en: 'take out the floor lamp',
        es: 'quita la lámpara de pie',
        covers: 'remove an item',
        checks: [removes(line(L.arc))],
      },
      {
        en: "eh, just empty the whole thing, I'll start again another day",
        es: 'bah, vacíalo todo, ya empezaré otro día',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'is there an actual person I can talk to?',
        es: '¿hay alguna persona de verdad con la que pueda hablar?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'outdoor, floor and desk lamps: solar path lights, run time, sold-out pack, quantity, matte black floor lamps, ordinal, clamp desk lamp, USB, Bluetooth, sold-out colour, several items, comparison, price, app, save for later, lower a quantity, read-back',
    steps: [
      {
        en: 'something to light up the walk to my front door, solar ideally',
        es: 'algo para iluminar el camino hasta la puerta de casa, a ser posible solar',
        covers: 'category search by a spec from the product text (solar)',
        checks: [shown({ type: 'Outdoor Lights' }), shownSome({ handles: [L.pathway] })],
      },
      {
        en: 'the pathway ones, how many hours do they stay on?',
        es: 'las de camino, ¿cuántas horas se quedan encendidas?',
        covers: 'spec question answered from the product text (hours on a charge)',
        checks: [says('\\b8\\b'), shownOnly(L.pathway)],
      },
      {
        en: 'the 12 pack of those',
        es: 'el pack de 12 de esas',
        covers: 'sold-out variant (Pack "12-pack") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b6\\b|six|seis')],
      },
      {
        en: 'ok, two six-packs',
        es: 'vale, dos packs de seis',
        covers: 'quantity + option value by catalog name after a refusal (Pack "6-pack")',
        checks: [adds(line(L.pathway, { Pack: '6-pack' }, 2))],
      },
      {
        en: 'show me floor lamps that come in matte black',
        es: 'enséñame lámparas de pie que vengan en negro mate',
        covers: 'category search by an option value (Finish "Matte Black")',
        checks: [
          shown({
            type: ['Floor Lamps', 'Reading Lights'],
            option: { name: 'Finish', values: ['Matte Black'] },
          }),
        ],
      },
      {
        en: "I'll take the second one",
        es: 'me quedo con la segunda',
        covers: 'ordinal reference to the list shown ("the second one") keeps the finish asked in the search',
        checks: [addedShownAt(2, { Finish: 'Matte Black' })],
      },
      {
        en: 'I also need a desk lamp for my home office, one that clamps onto the desk',
        es: 'también necesito un flexo para el despacho, de los que se sujetan a la mesa con pinza',
        covers: 'category search by a spec from the product text (clamp)',
        checks: [shown({ type: ['Desk Lamps', 'Reading Lights'] }), shownSome({ handles: [L.architect] })],
      },
      {
        en: 'does the architect one have a USB port?',
        es: '¿el de arquitecto tiene puerto USB?',
        covers: 'spec question answered yes from the product text (USB-C port)',
        checks: [
          says('yes|\\bsi\\b|usb'),
          says('architect|arquitecto'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(L.architect),
        ],
      },
      {
        en: 'can I control it over Bluetooth?',
        es: '¿se puede controlar por Bluetooth?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), shownOnly(L.architect), notCalled('add_to_cart')],
      },
      {
        en: 'silver please',
        es: 'en plateado, por favor',
        covers: 'sold-out variant (Color "Silver") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('black|white|negr|blanc')],
      },
      {
        en: 'white then',
        es: 'pues blanco',
        covers: 'option value by catalog name after a refusal (Color "White")',
        checks: [adds(line(L.architect, { Color: 'White' }, 1))],
      },
      {
        en: "add a book light in light blue, and the banker's lamp with the green shade",
        es: 'añade una luz de lectura de pinza en azul clarito y la lámpara de banquero con la pantalla verde',
        covers: 'several items in one request with colour families (light blue → Sky, green → Emerald Green)',
        checks: [
          adds(line(L.bookLight, { Color: 'Sky' }, 1), line(L.banker, { 'Shade Color': 'Emerald Green' }, 1)),
        ],
      },
      {
        en: 'torchiere or the gooseneck reading lamp, how do they compare?',
        es: 'la torchiere o la de lectura de cuello flexible, ¿en qué se diferencian?',
        covers: 'comparison of two named products',
        checks: [
          says('torchiere'),
          says('gooseneck|cuello|reading|lectura'),
          shownOnly(L.torchiere, L.gooseneck),
        ],
      },
      {
        en: 'what does the sunrise alarm clock thing cost?',
        es: '¿cuánto cuesta el despertador ese que simula el amanecer?',
        covers: "price in the store's currency",
        checks: [says('\\b79\\b'), ...usd],
      },
      {
        en: 'does it work with an app on my phone?',
        es: '¿funciona con una app del móvil?',
        covers: 'spec question whose answer in the text is no (no app)',
        checks: [
          says(NO),
          says('sunrise|wake|despertador|amanecer'),
          saysNot(DONT_KNOW),
          shownOnly(L.sunrise),
        ],
      },
      {
        en: "save the banker's lamp for later",
        es: 'la lámpara de banquero guárdala para luego',
        covers: 'save for later',
        checks: [saved(L.banker), keeps(L.banker)],
      },
      {
        en: 'on second thought I only need one pack of the path lights',
        es: 'pensándolo mejor, solo necesito un pack de las luces de camino',
        covers: 'correction lowers the quantity',
        checks: [removes(line(L.pathway, { Pack: '6-pack' }, 1))],
      },
      {
        en: 'ok, run through everything for me',
        es: 'vale, repásame todo lo que llevo',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('pathway|path|camino|architect|arquitecto|book|lectura|floor|pie|torchiere|\\barc\\b'),
        ],
      },
    ],
  },
  {
    title:
      'store policies: opened bulbs, delivery time, Discover, bulb warranty, installation, damaged fixture, shipping cost',
    steps: [
      {
        en: 'I opened a pack of bulbs and they look too yellow, can I send them back?',
        es: 'abrí un pack de bombillas y dan una luz demasiado amarilla, ¿las puedo devolver?',
        covers: 'policy question answered from the policy text (opened bulbs cannot be returned)',
        checks: [says(NO), says(RETURNS), notCalled('search_products'), notCalled('add_to_cart')],
      },
      {
        en: 'how long does regular shipping usually take?',
        es: '¿cuánto suele tardar el envío normal?',
        covers: 'policy question answered from the policy text (delivery time)',
        checks: [says('\\b3 ?(to|a|-|–) ?5\\b'), notCalled('search_products')],
      },
      {
        en: 'can I pay with a Discover card?',
        es: '¿puedo pagar con una tarjeta Discover?',
        covers: 'policy question answered from the policy text (payment: Discover is not accepted)',
        checks: [says(NO), says('discover'), notCalled('search_products')],
      },
      {
        en: 'how long are LED bulbs under warranty?',
        es: '¿cuánto tiempo de garantía tienen las bombillas LED?',
        covers: 'policy question answered from the policy text (3-year warranty on LED bulbs)',
        checks: [says('\\b(3|three|tres)[ -](year|ano)'), notCalled('add_to_cart')],
      },
      {
        en: 'do you guys send someone out to install fixtures?',
        es: '¿mandáis a alguien a instalar las lámparas?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
      {
        en: 'a pendant I ordered showed up with a cracked shade, what happens now?',
        es: 'me llegó una lámpara colgante con la pantalla rajada, ¿y ahora qué?',
        covers:
          'policy question answered from the policy text (damaged on arrival: replaced with a photo within 7 days)',
        checks: [
          says('replac|reempla|sustitu|cambi|repon'),
          says('\\b7\\b|seven|siete|photo|foto'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "what's shipping cost if I only order like 20 dollars of stuff?",
        es: '¿cuánto cuesta el envío si solo pido unos 20 dólares?',
        covers: 'policy question answered from the policy text (shipping cost under $49)',
        checks: [says('6[.,]95'), notCalled('search_products')],
      },
    ],
  },
]);
