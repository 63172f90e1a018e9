/**
 * Jewelry & watches, EN and ES shoppers on the English-only catalog. Frozen: written before this
 * round's tuning; never edit expectations.
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
import { J } from './jewelry.handles.ts';

/** The reply is about returns (a "no" alone is not an answer to a returns question). */
const RETURNS = 'return|refund|devol|devuel|reembols';
/** A "yes" that is not a "no". */
const NOT_NO = "\\bnot\\b|n't|\\bno (funciona|es|sirve|vale|tiene|lleva|viene|incluye)\\b";
const AURELLE = 'Aurelle Fine Jewelry';
const TEMPORA = 'Tempora Watch Co.';
const YELLOW = '14k Yellow Gold';
const WHITE = '14k White Gold';

export const [jewelryEn, jewelryEs] = scripts('jewelry-watches', [
  {
    title:
      'rings: price bound, brand refinement and negation, specs, sold-out size, start over, carats, half sizes, metals, correction',
    steps: [
      {
        en: 'hey, looking for a ring, something under 500 bucks',
        es: 'hola, busco un anillo, algo por debajo de 500 dólares',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Rings', maxPrice: 500 })],
      },
      {
        en: 'only the Aurelle ones',
        es: 'solo los de Aurelle',
        covers: 'refinement by brand keeps category and price bound',
        checks: [shown({ type: 'Rings', vendor: AURELLE, maxPrice: 500, handles: [J.weddingBand] })],
      },
      {
        en: 'actually no, anything but Aurelle',
        es: 'bueno no, cualquiera menos Aurelle',
        covers: 'negation keeps category and price bound',
        checks: [shown({ type: 'Rings', notVendor: AURELLE, maxPrice: 500, handles: [J.trio] })],
      },
      {
        en: "that stacking set... does it tarnish? I'd want tarnish resistant",
        es: 'ese juego de anillos para apilar... ¿es resistente al deslustre? lo quiero antideslustre',
        covers: 'spec question answered yes from the product text (tarnish resistant)',
        checks: [
          says('yes|\\bsi\\b|resist'),
          says('trio|stack|apil'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(J.trio),
        ],
      },
      {
        en: 'how wide are the bands on it?',
        es: '¿y cuánto miden de ancho los aros?',
        covers: 'spec question answered from the product text (number)',
        checks: [says('1[.,]5'), shownOnly(J.trio)],
      },
      {
        en: "ok I'll grab the set in a 7",
        es: 'vale, me llevo el juego en la talla 7',
        covers: 'option value by catalog name (Ring Size "7")',
        checks: [adds(line(J.trio, { 'Ring Size': '7' }, 1))],
      },
      {
        en: 'and another one in size 8 for my sister',
        es: 'y otro en la 8 para mi hermana',
        covers: 'sold-out variant (Ring Size "8") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('\\b(5|6|7)\\b')],
      },
      {
        en: "ok scrap all that. show me engagement rings, I'm finally doing it",
        es: 'vale, olvida todo eso. enséñame anillos de compromiso, que por fin me lanzo',
        covers: 'start over drops the earlier constraints (engagement rings are all over $500)',
        checks: [
          shown({ type: 'Rings', handles: [J.aria, J.lumen, J.eternity] }),
          shownSome({ handles: [J.aria] }),
        ],
      },
      {
        en: "which one's the most expensive?",
        es: '¿cuál es el más caro?',
        covers: 'superlative over price',
        checks: [best(J.aria, 'aria', 'lumen|eternity|infinity|sapphire|zafiro')],
      },
      {
        en: 'how many carats is the center stone on the Aria?',
        es: '¿de cuántos quilates es la piedra central del Aria?',
        covers: 'spec question answered from the product text (carat, number)',
        checks: [says('1[.,]0\\b|\\b1 ?(ct|carat|quilate)|\\bone carat|\\bun quilate'), shownOnly(J.aria)],
      },
      {
        en: 'is it certified?',
        es: '¿viene certificado?',
        covers: 'spec question about the product in focus (answer yes: IGI certified)',
        checks: [
          says('yes|\\bsi\\b|igi'),
          says('aria'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(J.aria),
        ],
      },
      {
        en: "can the eternity band be resized if it doesn't fit?",
        es: '¿la alianza eternity se puede ajustar de talla si no me queda bien?',
        covers: 'spec question whose answer in the text is no (cannot be resized)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't|cannot"),
          says('eternity|infinity'),
          saysNot(DONT_KNOW),
          shownOnly(J.eternity),
        ],
      },
      {
        en: 'does the Aria come in a ring box?',
        es: '¿el Aria viene con estuche?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), says('aria'), shownOnly(J.aria), notCalled('add_to_cart')],
      },
      {
        en: 'compare the Aria and the Lumen for me',
        es: 'compárame el Aria con el Lumen',
        covers: 'comparison of two named products',
        checks: [says('aria'), says('lumen'), shownOnly(J.aria, J.lumen)],
      },
      {
        en: "let's do the Aria in rose gold, six and a half",
        es: 'venga, el Aria en oro rosa, talla seis y media',
        covers:
          'sold-out variant (Metal + half size "6.5") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('white gold|oro blanco')],
      },
      {
        en: 'fine, white gold then',
        es: 'bueno, pues en oro blanco',
        covers: 'option value after a refusal keeps the other option (half size "6.5")',
        checks: [adds(line(J.aria, { Metal: WHITE, 'Ring Size': '6.5' }, 1))],
      },
      {
        en: 'and a wedding band to match, 14k white gold, 6 and a half too',
        es: 'y una alianza a juego, de oro blanco de 14k, también de la 6,5',
        covers: 'half size ("6.5") + option value by catalog name (Metal "14k White Gold")',
        checks: [adds(line(J.weddingBand, { Metal: WHITE, 'Ring Size': '6.5' }, 1))],
      },
      {
        en: 'wait no, make the band yellow gold',
        es: 'espera, no, la alianza mejor en oro amarillo',
        covers: 'correction switches the option value (Metal)',
        checks: [
          swaps(
            line(J.weddingBand, { Metal: YELLOW, 'Ring Size': '6.5' }, 1),
            line(J.weddingBand, { Metal: WHITE, 'Ring Size': '6.5' }, 1),
          ),
        ],
      },
      {
        en: 'how much is that band?',
        es: '¿cuánto cuesta esa alianza?',
        covers: "price in the store's currency",
        checks: [says('\\b420\\b'), ...usd],
      },
      {
        en: "what've I got in the cart so far",
        es: '¿qué llevo en el carrito hasta ahora?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('aria|wedding|band|alianza|comfort')],
      },
    ],
  },
  {
    title:
      'watches: dive watch, water resistance, sold-out bezel, colour families, power reserve, specs, straps, save for later, human',
    steps: [
      {
        en: 'I want a watch I can dive with, nothing crazy, under 600',
        es: 'quiero un reloj para bucear, nada exagerado, de menos de 600',
        covers: 'category search by a spec from the product text with a price bound (water resistance)',
        checks: [shown({ type: 'Watches', maxPrice: 600, handles: [J.abyss, J.trailmaster, J.chrono] })],
      },
      {
        en: 'which one goes the deepest?',
        es: '¿cuál aguanta más profundidad?',
        covers: 'superlative over a numeric attribute (water resistance in the description)',
        checks: [best(J.abyss, 'abyss', 'trailmaster|chrono|meridian|linea|pacer')],
      },
      {
        en: 'does it have sapphire glass?',
        es: '¿lleva cristal de zafiro?',
        covers: 'spec question about the product in focus (answer yes)',
        checks: [
          says('yes|\\bsi\\b|sapphire|zafiro'),
          says('abyss'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(J.abyss),
        ],
      },
      {
        en: "what's the movement inside?",
        es: '¿qué maquinaria lleva dentro?',
        covers: 'spec question answered from the product text (movement)',
        checks: [says('nh35|seiko'), shownOnly(J.abyss)],
      },
      {
        en: "I'd take it with the orange bezel",
        es: 'lo quiero con el bisel naranja',
        covers:
          'sold-out variant (Bezel, colour family orange → Signal Orange) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('black|blue|negr|azul')],
      },
      {
        en: 'ugh. the blue then',
        es: 'vaya. pues el azul',
        covers: 'colour family to a catalog colour name (blue → Reef Blue) after a refusal',
        checks: [adds(line(J.abyss, { Bezel: 'Reef Blue' }, 1))],
      },
      {
        en: 'got a rubber strap that fits it? throw one in, black',
        es: '¿tenéis una correa de caucho que le valga? échame una, negra',
        covers: 'colour family (black → Abyssal Black) on an accessory that fits',
        checks: [adds(line(J.rubberStrap, { Color: 'Abyssal Black' }, 1))],
      },
      {
        en: 'is that strap ok in salt water, like is it waterproof?',
        es: '¿esa correa aguanta el agua del mar? o sea, ¿es impermeable?',
        covers: 'spec question answered yes from the product text (waterproof)',
        checks: [
          says('yes|\\bsi\\b|waterproof|impermeable'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(J.rubberStrap),
        ],
      },
      {
        en: 'ok different thing, my dad wants something dressy. what Tempora watches have you got?',
        es: 'vale, otra cosa: mi padre quiere algo elegante. ¿qué relojes Tempora tenéis?',
        covers: 'start over drops the dive and price constraints (brand search)',
        checks: [
          shown({ type: 'Watches', vendor: TEMPORA }),
          shownSome({ handles: [J.meridian, J.pocketWatch] }),
        ],
      },
      {
        en: 'which of them has the longest power reserve?',
        es: '¿cuál de ellos tiene más reserva de marcha?',
        covers: 'superlative over a numeric attribute (power reserve in the description)',
        checks: [best(J.meridian, 'meridian', 'conductor|pocket|bolsillo|linea|chrono')],
      },
      {
        en: 'is the Meridian water resistant at all?',
        es: '¿el Meridian es resistente al agua?',
        covers: 'spec question answered yes from the product text (50 m)',
        checks: [
          says('yes|\\bsi\\b|\\b50\\b'),
          says('meridian'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(J.meridian),
        ],
      },
      {
        en: 'and the pocket watch, can that one get wet?',
        es: '¿y el de bolsillo? ¿se puede mojar?',
        covers: 'spec question whose answer in the text is no (not water resistant)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't"),
          says('conductor|pocket|bolsillo'),
          saysNot(DONT_KNOW),
          shownOnly(J.pocketWatch),
        ],
      },
      {
        en: 'does the Meridian show the date?',
        es: '¿el Meridian marca la fecha?',
        covers: "spec question not in the text: don't know",
        checks: [says(DONT_KNOW), says('meridian'), shownOnly(J.meridian), notCalled('add_to_cart')],
      },
      {
        en: 'get me the Meridian with the dark blue dial',
        es: 'ponme el Meridian con la esfera azul oscuro',
        covers: 'colour family (dark blue → Midnight Blue) for an option named Dial Color',
        checks: [adds(line(J.meridian, { 'Dial Color': 'Midnight Blue' }, 1))],
      },
      {
        en: 'plus a spare strap for it, 20 mm in cognac',
        es: 'y una correa de recambio, de 20 mm en cognac',
        covers: 'two option values by catalog names (Lug Width "20 mm" + Color "Cognac")',
        checks: [adds(line(J.leatherStrap, { 'Lug Width': '20 mm', Color: 'Cognac' }, 1))],
      },
      {
        en: "what's the difference between the Chrono 41 and the Meridian?",
        es: '¿qué diferencia hay entre el Chrono 41 y el Meridian?',
        covers: 'comparison of two named products',
        checks: [says('chrono'), says('meridian'), shownOnly(J.chrono, J.meridian)],
      },
      {
        en: 'oh and save the Chrono for later, might get it for christmas',
        es: 'ah, y guárdame el Chrono para luego, igual lo pido por Navidad',
        covers: 'save for later',
        checks: [saved(J.chrono), unchanged],
      },
      {
        en: 'take the rubber strap out',
        es: 'quita la correa de caucho',
        covers: 'remove an item',
        checks: [removes(line(J.rubberStrap))],
      },
      {
        en: 'how much is it all now?',
        es: '¿cuánto va todo ahora?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('abyss|meridian')],
      },
      {
        en: 'actually just clear out the whole cart',
        es: 'mejor vacía el carrito entero',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'can I speak to someone at the store?',
        es: '¿puedo hablar con alguien de la tienda?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'pearls and gifts: ordinal, quantity + options, several items, cleaner, pearl size, promos, checkout, policy, order, cancel',
    steps: [
      {
        en: 'show me pearl necklaces',
        es: 'enséñame collares de perlas',
        covers: 'category search',
        checks: [shown({ type: 'Necklaces', handles: [J.akoya, J.baroque] })],
      },
      {
        en: "I'll take the second one, the 18 inch",
        es: 'me quedo con el segundo, el de 18 pulgadas',
        covers:
          'ordinal reference to the list shown ("the second one") + option value (Chain Length "18 in")',
        checks: [addedShownAt(2, { 'Chain Length': '18 in' })],
      },
      {
        en: 'also need studs for my mom, the freshwater pearl ones, 8mm in gold, two pairs',
        es: 'también quiero pendientes para mi madre, los de perla de agua dulce, de 8 mm en oro, dos pares',
        covers: 'quantity + product + two option values in one request',
        checks: [adds(line(J.pearlStuds, { 'Pearl Size': '8 mm', Metal: YELLOW }, 2))],
      },
      {
        en: 'and the 6-pack of polishing cloths plus the pearl care kit',
        es: 'y el paquete de 6 paños de pulir, más el kit de cuidado de perlas',
        covers: 'several items in one request; option value by catalog name (Pack "6-pack")',
        checks: [adds(line(J.cloth, { Pack: '6-pack' }, 1), line(J.pearlCare, undefined, 1))],
      },
      {
        en: 'can I clean pearls in the Sonique thing?',
        es: '¿puedo limpiar las perlas en el aparato Sonique?',
        covers: 'spec question whose answer in the text is no (not safe for pearls)',
        checks: [
          says("\\bno\\b|\\bnot\\b|n't"),
          says('sonique|ultrason'),
          saysNot(DONT_KNOW),
          shownOnly(J.sonique),
        ],
      },
      {
        en: 'which pearl necklace has the biggest pearls?',
        es: '¿qué collar de perlas tiene las perlas más gordas?',
        covers: 'superlative over a numeric attribute (pearl size in the description)',
        checks: [best(J.baroque, 'baroque|barroc', 'akoya')],
      },
      {
        en: 'what promos are running right now?',
        es: '¿qué promociones tenéis ahora mismo?',
        covers: 'list the promos (not the expired one)',
        checks: [says('sparkle ?10'), says('shine ?25'), saysNot('valentine'), notCalled('search_products')],
      },
      {
        en: 'use VALENTINE15',
        es: 'ponme el código VALENTINE15',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'meh. SHINE25 then',
        es: 'bah. pues SHINE25',
        covers: 'apply a promo code',
        checks: [promo('SHINE25')],
      },
      {
        en: 'ok, checkout',
        es: 'vale, a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'hmm no, hold on',
        es: 'mmm no, espera',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'do you guys ship to Canada? how much?',
        es: '¿enviáis a Canadá? ¿cuánto cuesta?',
        covers: 'policy question answered from the policy text (shipping to Canada)',
        checks: [says('canad'), says('\\b25\\b'), notCalled('search_products')],
      },
      {
        en: "and if she doesn't like the earrings, can she send them back?",
        es: 'y si a ella no le gustan los pendientes, ¿los puede devolver?',
        covers: 'returns question answered from the policy text (pierced earrings only unopened)',
        checks: [
          says('seal|unopened|sin abrir|precintad|cerrad|higien|hygien'),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "alright let's do it, check me out",
        es: 'venga, vamos a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yep, place the order',
        es: 'sí, confirma el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'has it shipped yet?',
        es: '¿ya lo habéis enviado?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'ugh, changed my mind, cancel it',
        es: 'uf, he cambiado de idea, cancélalo',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yes I'm sure",
        es: 'sí, estoy segura',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'bracelets and the rest: price bound, negation, cheapest, wrist fit, decimal length sold out, draft, store-wide superlatives, policy',
    steps: [
      {
        en: 'I need a bracelet under $150',
        es: 'necesito una pulsera de menos de 150 dólares',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Bracelets', maxPrice: 150 })],
      },
      {
        en: 'not the pearl one',
        es: 'la de perlas no',
        covers: 'negation keeps category and price bound',
        checks: [shown({ type: 'Bracelets', maxPrice: 150, notHandles: [J.tidal] })],
      },
      {
        en: 'which is the cheapest?',
        es: '¿cuál sale más barata?',
        covers: 'superlative over price',
        checks: [best(J.cuff, 'cuff|hammered|brazalete|martillad', 'box chain|cadena|tidal')],
      },
      {
        en: 'would the cuff fit a small wrist, like 6 inches?',
        es: '¿el brazalete le vale a una muñeca pequeña, de unas 6 pulgadas?',
        covers: 'spec question answered yes from the product text (fits 6 to 7.5 in)',
        checks: [
          says('yes|\\bsi\\b|\\b6 ?(in|pulgada|")? ?(to|a|-|–) ?7'),
          says('cuff|brazalete'),
          saysNot(NOT_NO),
          saysNot(DONT_KNOW),
          shownOnly(J.cuff),
        ],
      },
      {
        en: 'put the gold vermeil one in',
        es: 'pon el de vermeil de oro',
        covers: 'option value by catalog name (Metal "14k Gold Vermeil")',
        checks: [adds(line(J.cuff, { Metal: '14k Gold Vermeil' }, 1))],
      },
      {
        en: 'and the pearl stretch bracelet in 7.5',
        es: 'y la pulsera elástica de perlas en 7,5',
        covers:
          'sold-out variant (decimal size Length "7.5 in") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says('6[.,]5|\\b7\\b')],
      },
      {
        en: 'ok the 7 inch',
        es: 'vale, la de 7 pulgadas',
        covers: 'option value after a refusal',
        checks: [adds(line(J.tidal, { Length: '7 in' }, 1))],
      },
      {
        en: 'do you sell gemstone gift boxes?',
        es: '¿vendéis cajas regalo con piedras preciosas?',
        covers: 'a draft product is never offered',
        checks: [neverShown(J.giftBox), saysNot('discovery')],
      },
      {
        en: "what's the most expensive thing you sell?",
        es: '¿qué es lo más caro que vendéis?',
        covers: 'superlative over price (whole store)',
        checks: [best(J.celeste, 'celeste|tennis', 'aria|eternity|infinity|lumen|stud|emerald|akoya|abyss')],
      },
      {
        en: 'which watch has the longest battery life?',
        es: '¿qué reloj tiene la batería que más dura?',
        covers: 'superlative over a numeric attribute (battery life in the description)',
        checks: [best(J.linea, 'linea', 'pacer|trailmaster')],
      },
      {
        en: 'how much is the signet ring in ten and a half?',
        es: '¿cuánto cuesta el sello en talla diez y media?',
        covers: 'half size by catalog name (Ring Size "10.5"), price in the store\'s currency',
        checks: [says('\\b720\\b'), ...usd],
      },
      {
        en: "what's the warranty on your watches?",
        es: '¿qué garantía tienen los relojes?',
        covers: 'policy question answered from the policy text (warranty)',
        checks: [says('(2|two|dos)[ -]?(year|ano)'), notCalled('add_to_cart')],
      },
      {
        en: 'do you have a showroom I can visit in person?',
        es: '¿tenéis tienda física para ir a verlo en persona?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
      {
        en: 'can I pay in installments?',
        es: '¿puedo pagarlo a plazos?',
        covers: 'policy question answered from the policy text (payment)',
        checks: [says('affirm'), notCalled('search_products')],
      },
      {
        en: "what's in my bag?",
        es: '¿qué tengo en la cesta?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('cuff|tidal|brazalete|pulsera')],
      },
      {
        en: 'remove the cuff',
        es: 'quita el brazalete',
        covers: 'remove an item',
        checks: [removes(line(J.cuff))],
      },
    ],
  },
]);
