/**
 * Equestrian (saddles, girths, stirrups, bridles, bits, grooming, fly control, blankets, saddle pads,
 * horse boots, riding helmets, boots and breeches), EN and ES shoppers on the English-only catalog.
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
import { Q } from './equestrian.handles.ts';
import { IDK, keeps, NO, NOT_NO, NOT_YES, ONLY_UNOPENED, RETURNS, SOLD_OUT } from './patterns.ts';

export const [equestrianEn, equestrianEs] = scripts('equestrian', [
  {
    title:
      'saddles, girths, bridles and bits: a jumping saddle up to 2000, fixed gullet, sold-out seat + tree, weight, comparison, price, changeable gullet, unknown leather, lightest saddle, sold-out colour, sold-out girth, sold-out bridle size + colour, colour family, reins included or not, a mild bit, decimal bit size, sold-out bit size, correction, decimal stirrup width, several items, save for later, total, remove',
    steps: [
      {
        en: "I'm looking for a saddle for jumping, I can spend 2000 tops",
        es: 'busco una silla de salto, puedo gastarme 2000 como mucho',
        covers: 'category search with a price bound by a use from the product text (jumping)',
        checks: [
          shown({ type: 'Saddles', maxPrice: 2000 }),
          shownSome({ handles: [Q.aspen] }),
          neverShown(Q.carbonDraft),
        ],
      },
      {
        en: 'if my horse bulks up over the summer, can the gullet on the Aspen be swapped out?',
        es: 'si mi caballo coge cuerpo este verano, ¿se le puede cambiar la cámara a la Aspen?',
        covers: 'spec question whose answer in the text is no (fixed tree, gullet cannot be changed)',
        checks: [
          says(NO),
          says('aspen|gullet|camara|tree|arbol'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(Q.aspen),
        ],
      },
      {
        en: "seventeen and a half seat, wide tree, he's a chunky cob type",
        es: 'asiento de 17,5, árbol ancho, que es un tipo cob bastante fornido',
        covers:
          'sold-out variant (Seat Size "17.5" + Tree "Wide") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('medium|medio|mediano|\\b17\\b|16[.,]5')],
      },
      {
        en: 'a 17 in the wide will do, I can make that work',
        es: 'una de 17 con árbol ancho me sirve, me apaño',
        covers: 'option values by catalog name after a refusal (Seat Size "17", Tree "Wide")',
        checks: [adds(line(Q.aspen, { 'Seat Size': '17', Tree: 'Wide' }, 1))],
      },
      {
        en: "how much does it weigh? I've got to heave it onto a tall horse",
        es: '¿cuánto pesa? la tengo que subir a un caballo alto',
        covers: 'spec question answered from the product text (saddle weight)',
        checks: [says('\\b17 ?(lb|pound|libra)|7[.,]7'), says('aspen|saddle|silla'), shownOnly(Q.aspen)],
      },
      {
        en: 'how do the Aspen and the Meadow compare?',
        es: '¿qué tal se comparan la Aspen y la Meadow?',
        covers: 'comparison of two named products',
        checks: [says('aspen|jump|salto'), says('meadow|dressage|doma'), shownOnly(Q.aspen, Q.meadow)],
      },
      {
        en: 'and the Meadow, how much in a 17 and a half?',
        es: '¿y la Meadow cuánto cuesta en 17,5?',
        covers: "price in the store's currency",
        checks: [says('2,?150'), says('meadow'), ...usd],
      },
      {
        en: 'can you change the gullet on the Meadow?',
        es: '¿a la Meadow sí se le puede cambiar la cámara?',
        covers: 'spec question answered yes from the product text (changeable gullet system)',
        checks: [
          says('yes|\\bsi\\b|changeable|intercambiable|gullet plate|plate|placa|cambiar'),
          says('meadow'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(Q.meadow),
        ],
      },
      {
        en: 'what leather is the Meadow made of, calfskin or buffalo?',
        es: '¿de qué cuero está hecha la Meadow, de becerro o de búfalo?',
        covers: "spec question not in the text: don't know (the Meadow's leather)",
        checks: [says(DONT_KNOW), says('meadow'), shownOnly(Q.meadow), notCalled('add_to_cart')],
      },
      {
        en: "which saddle is the lightest? I've got a bad back",
        es: '¿cuál es la silla más ligera? tengo la espalda fastidiada',
        covers: 'superlative over a numeric attribute (weight in the description)',
        checks: [best(Q.tempo, 'tempo|synthetic|sintetic|\\b14\\b', 'aspen|meadow|ridgeway')],
      },
      {
        en: 'a 17 in havana for my niece',
        es: 'una de 17 en havana para mi sobrina',
        covers:
          'sold-out variant (Seat Size "17" + Color "Havana") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr|\\b16\\b')],
      },
      {
        en: "black's fine, keep it a 17",
        es: 'en negro está bien, de 17',
        covers: 'option value by catalog name after a refusal keeps the seat size (Color "Black")',
        checks: [adds(line(Q.tempo, { 'Seat Size': '17', Color: 'Black' }, 1))],
      },
      {
        en: 'I need a girth for the Aspen too, a 50',
        es: 'también necesito una cincha para la Aspen, de 50',
        covers: 'sold-out variant (Length "50 in") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b48\\b|\\b46\\b|\\b44\\b')],
      },
      {
        en: 'go down to the 48',
        es: 'bájala a la de 48',
        covers: 'option value by catalog name after a refusal (Length "48 in")',
        checks: [adds(line(Q.girth, { Length: '48 in' }, 1))],
      },
      {
        en: 'now the classic snaffle bridle, cob size, in black',
        es: 'ahora la cabezada clásica de filete, talla cob, en negro',
        covers:
          'sold-out variant (Size "Cob" + Color "Black") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('havana|brown|marron|full|oversize')],
      },
      {
        en: 'brown works, keep it cob',
        es: 'en marrón me vale, talla cob',
        covers: 'colour family (brown → Color "Havana") after a refusal keeps the size',
        checks: [adds(line(Q.snaffleBridle, { Size: 'Cob', Color: 'Havana' }, 1))],
      },
      {
        en: 'are reins included with that bridle?',
        es: '¿esa cabezada trae riendas?',
        covers: 'spec question answered yes from the product text (rubber-grip reins included)',
        checks: [
          says('yes|\\bsi\\b|reins|riendas|included|incluid'),
          says('bridle|cabezada|snaffle|filete|classic|clasica'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(Q.snaffleBridle),
        ],
      },
      {
        en: 'what about the anatomic bridle, does that come with reins?',
        es: '¿y la cabezada anatómica, esa trae riendas?',
        covers: 'spec question whose answer in the text is no (reins not included)',
        checks: [
          says(NO),
          says('anatomic|comfort|bridle|cabezada'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(Q.comfortBridle),
        ],
      },
      {
        en: 'my mare is really fussy in the mouth, I want something gentle',
        es: 'mi yegua es muy delicada de boca, quiero algo suave',
        covers: 'category search by a use from the product text (a mild bit for sensitive horses)',
        checks: [
          shown({ type: 'Bits' }),
          best(Q.eggbutt, 'eggbutt|french|copper|cobre', 'loose ring|anillas sueltas'),
        ],
      },
      {
        en: 'five and a half inch please',
        es: 'de cinco pulgadas y media, por favor',
        covers: 'decimal size in words ("five and a half inch" → Size "5.5 in")',
        checks: [adds(line(Q.eggbutt, { Size: '5.5 in' }, 1))],
      },
      {
        en: 'and a loose ring for my gelding, 5 and three quarters',
        es: 'y un filete de anillas sueltas para mi caballo castrado, de 5,75',
        covers:
          'sold-out variant (Size "5.75 in", a decimal size) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('5[.,]5|\\b6\\b|\\b5 ?(in|inch|pulg|")')],
      },
      {
        en: "I'll take the six",
        es: 'me llevo el de 6',
        covers: 'option value by catalog name after a refusal (Size "6 in")',
        checks: [adds(line(Q.looseRing, { Size: '6 in' }, 1))],
      },
      {
        en: 'actually no, he has a small mouth, make that one a five and a half',
        es: 'no, espera, tiene la boca pequeña, que sea de 5,5',
        covers: 'correction switches the option value (Size "6 in" → "5.5 in", a decimal size)',
        checks: [swaps(line(Q.looseRing, { Size: '5.5 in' }, 1), line(Q.looseRing, { Size: '6 in' }))],
      },
      {
        en: "safety stirrups too, the four and three quarter inch, I ride in men's boots",
        es: 'también estribos de seguridad, los de 4,75, que monto con botas de hombre',
        covers: 'decimal option value in words ("four and three quarter inch" → Width "4.75 in")',
        checks: [adds(line(Q.irons, { Width: '4.75 in' }, 1))],
      },
      {
        en: 'throw in two hoof picks and a bottle of the mane and tail detangler',
        es: 'añade dos limpiacascos y un bote del desenredante de crin y cola',
        covers: 'several items in one request, one with a quantity',
        checks: [adds(line(Q.hoofPick, undefined, 2), line(Q.detangler, undefined, 1))],
      },
      {
        en: 'set the girth aside for later, I want to measure him again first',
        es: 'la cincha apártamela para más adelante, primero quiero volver a medirle',
        covers: 'save for later',
        checks: [saved(Q.girth), keeps(Q.girth)],
      },
      {
        en: "what's the damage on all that so far?",
        es: '¿cuánto va la cuenta de momento?',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('aspen|tempo|saddle|silla|bridle|cabezada|bit|filete|stirrup|estribo|hoof|limpiacascos'),
        ],
      },
      {
        en: 'drop the detangler',
        es: 'quita el desenredante',
        covers: 'remove an item',
        checks: [removes(line(Q.detangler))],
      },
    ],
  },
  {
    title:
      'rider gear, blankets and checkout: a first helmet under 100, no MIPS, size by head measurement, sold-out helmet size + colour, colour family, head sizes, sold-out boot half size, boots drop, sold-out breeches fit + colour + size, not full seat, winter turnout, blanket size, stable blanket not for turnout, warmest blanket, sold-out fly sheet, UV, saddle pads in green, promos, checkout, no, helmet returns, order, status, cancel',
    steps: [
      {
        en: "my daughter just started lessons and needs her own helmet. what's under 100?",
        es: 'mi hija acaba de empezar a dar clases y necesita su propio casco. ¿qué hay por menos de 100?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Riding Helmets', maxPrice: 100, handles: [Q.schoolingHelmet] })],
      },
      {
        en: 'does that one have MIPS?',
        es: '¿ese lleva MIPS?',
        covers: 'spec question whose answer in the text is no (no MIPS liner)',
        checks: [
          says(NO),
          says('schooling|helmet|casco'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(Q.schoolingHelmet),
        ],
      },
      {
        en: 'her head measures 54 centimeters around',
        es: 'su cabeza mide 54 centímetros de contorno',
        covers: 'option value by catalog name from the sizes in the product text (54 cm → Size "S")',
        checks: [adds(line(Q.schoolingHelmet, { Size: 'S' }, 1))],
      },
      {
        en: 'I want one with MIPS for me. medium, the navy glitter',
        es: 'yo quiero uno con MIPS. talla M, el navy glitter',
        covers:
          'sold-out variant (Size "M" + Color "Navy Glitter") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr|small|large|pequen|grande|\\bs\\b|\\bl\\b')],
      },
      {
        en: 'fine, black, still a medium',
        es: 'vale, en negro, también M',
        covers: 'colour family (black → Color "Matte Black") after a refusal keeps the size',
        checks: [adds(line(Q.ventedHelmet, { Size: 'M', Color: 'Matte Black' }, 1))],
      },
      {
        en: 'what head size does a medium fit, just to double check?',
        es: '¿para qué contorno de cabeza es la M? para asegurarme',
        covers: 'spec question answered from the product text (head circumference by size)',
        checks: [
          says('\\b56\\b|\\b58\\b'),
          says('helmet|casco|vented|mips|\\bm\\b|medium|mediana'),
          shownOnly(Q.ventedHelmet),
        ],
      },
      {
        en: 'tall boots for me, eight and a half',
        es: 'botas altas para mí, un ocho y medio',
        covers:
          'sold-out half size ("eight and a half" → Size "8.5") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b8\\b|\\b9\\b|7[.,]5')],
      },
      {
        en: 'do they settle down any once the leather breaks in?',
        es: '¿bajan algo cuando el cuero se va domando?',
        covers: 'spec question answered from the product text (they drop about half an inch)',
        checks: [says('half|drop|1/2|media|baj|ced'), says('boot|bota|field|tall'), shownOnly(Q.tallBoots)],
      },
      {
        en: "an 8 then, with thin socks I'll be fine",
        es: 'pues un 8, con calcetines finos voy bien',
        covers: 'option value by catalog name after a refusal (Size "8")',
        checks: [adds(line(Q.tallBoots, { Size: '8' }, 1))],
      },
      {
        en: "breeches too. women's, the sand color, 28 waist",
        es: 'también unos pantalones de montar. de mujer, en color sand, cintura 28',
        covers:
          'sold-out variant (Fit "Women\'s" + Color "Sand" + Size "28") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr|\\b26\\b|\\b30\\b')],
      },
      {
        en: 'go with a 30 in sand',
        es: 'pues de 30 en sand',
        covers: 'option values after a refusal keep the fit and colour (Size "30")',
        checks: [adds(line(Q.breeches, { Fit: "Women's", Color: 'Sand', Size: '30' }, 1))],
      },
      {
        en: 'are they full seat?',
        es: '¿son de culera entera?',
        covers: 'spec question whose answer in the text is no (knee patch, not full seat)',
        checks: [
          says(NO),
          says('knee|rodill|breech|pantal'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(Q.breeches),
        ],
      },
      {
        en: 'my gelding lives out all winter and it rains constantly. what blankets would work?',
        es: 'mi caballo vive fuera todo el invierno y llueve sin parar. ¿qué mantas le valdrían?',
        covers: 'category search by a use from the product text (winter turnout, waterproof)',
        checks: [shown({ type: 'Horse Blankets' }), shownSome({ handles: [Q.turnout] })],
      },
      {
        en: "the 200 gram turnout, he's a 78",
        es: 'la de exterior de 200 gramos, él usa un 78',
        covers: 'option value by catalog name (Size "78")',
        checks: [adds(line(Q.turnout, { Size: '78' }, 1))],
      },
      {
        en: 'could I throw the heavyweight stable blanket on him in the field instead?',
        es: '¿y podría ponerle la manta de cuadra gruesa en el prado?',
        covers: 'spec question whose answer in the text is no (stable blanket not waterproof, indoor only)',
        checks: [
          says(NO),
          says('stable|cuadra|heavyweight|300|blanket|manta'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(Q.stableBlanket),
        ],
      },
      {
        en: 'which of your blankets is the warmest one?',
        es: '¿cuál es la manta más calentita que tenéis?',
        covers: 'superlative over a numeric attribute (fill grams in titles)',
        checks: [
          best(
            Q.stableBlanket,
            'stable|cuadra|heavyweight|300',
            'turnout|200|rain|lluvia|0 ?g|cooler|fleece|forro',
          ),
        ],
      },
      {
        en: 'for summer, a fly sheet in 78, the light blue',
        es: 'para el verano, una sábana antimoscas de 78, la azul claro',
        covers:
          'sold-out variant (Size "78" + Color "Sky Blue", said as light blue) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('white|blanc|\\b75\\b')],
      },
      {
        en: "white's alright, same size",
        es: 'la blanca vale, misma talla',
        covers: 'colour by catalog name after a refusal keeps the size (Color "White")',
        checks: [adds(line(Q.flySheet, { Size: '78', Color: 'White' }, 1))],
      },
      {
        en: "he's black and bleaches out in the sun. how much UV does it block?",
        es: 'es negro y el sol le quema el pelo. ¿cuánto UV bloquea?',
        covers: 'spec question answered from the product text (80% of UV)',
        checks: [says('\\b80\\b'), says('fly|sheet|sabana|antimoscas|uv'), shownOnly(Q.flySheet)],
      },
      {
        en: 'do you have saddle pads in green?',
        es: '¿tenéis mantillas en verde?',
        covers: 'category search by a colour family (green → Color "Hunter Green")',
        checks: [shown({ type: 'Saddle Pads', option: { name: 'Color', values: ['Hunter Green'] } })],
      },
      {
        en: 'any coupon codes I can use?',
        es: '¿hay algún cupón que pueda usar?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('canter ?10'),
          says('tack ?up ?40'),
          saysNot('spring ?show'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'SPRINGSHOW25',
        es: 'SPRINGSHOW25, a ver',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'oh well. TACKUP40 then',
        es: 'qué se le va a hacer. pues TACKUP40',
        covers: 'apply a promo code',
        checks: [promo('TACKUP40')],
      },
      {
        en: "ok I'm done, take me to checkout",
        es: 'vale, ya he terminado, llévame a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('helmet|casco|boot|bota|breech|pantal|turnout|blanket|manta|fly|sabana|antimoscas'),
        ],
      },
      {
        en: 'no, not quite yet, let me think',
        es: 'no, aún no, déjame pensarlo',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "if her helmet doesn't fit right once she tries it on at the barn, can I return it?",
        es: 'si el casco no le queda bien cuando se lo pruebe en la cuadra, ¿lo puedo devolver?',
        covers: 'policy question answered from the policy text (helmets only unworn, in their packaging)',
        checks: [
          saysNot(IDK),
          says(ONLY_UNOPENED),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'ok, checkout, ship to Lexington, Kentucky',
        es: 'bueno, a pagar, envío a Lexington, Kentucky',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, put the order through',
        es: 'sí, mete el pedido ya',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'is my order on its way?',
        es: '¿mi pedido ya va de camino?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'shoot, my trainer just lent us a helmet. cancel the order please',
        es: 'vaya, mi entrenadora nos acaba de dejar un casco. cancela el pedido, por favor',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yes, I'm sure, call it off",
        es: 'sí, estoy segura, cancélalo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing and care: fly gear under 100, no sprays, face only, start over with saddles, cheapest saddle, draft, bits in 5 inch, ordinal, big hoof oil, unknown use, fly spray quantity, foals, how long it lasts, sold-out kit colour, shims not included, read-back, remove, empty, human',
    steps: [
      {
        en: 'the flies are eating my horse alive. what do you have under 100?',
        es: 'las moscas se están comiendo a mi caballo. ¿qué tenéis por menos de 100?',
        covers: 'category search with a price bound by a use (flies)',
        checks: [shown({ type: 'Fly Control', maxPrice: 100 })],
      },
      {
        en: 'no sprays, he freaks out at the hissing',
        es: 'nada de sprays, que el siseo le pone histérico',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Fly Control', maxPrice: 100, notHandles: [Q.flySpray] })],
      },
      {
        en: 'just something for his face and ears',
        es: 'solo algo para la cara y las orejas',
        covers: 'refinement by a use keeps category and price bound',
        checks: [shown({ type: 'Fly Control', maxPrice: 100, handles: [Q.flyMask] })],
      },
      {
        en: 'ok scrap that, start over. show me all your saddles',
        es: 'vale, olvida eso, empezamos de cero. enséñame todas las sillas',
        covers: 'start over drops the earlier constraints',
        checks: [
          shown({ type: 'Saddles', notHandles: [Q.carbonDraft] }),
          shownSome({ handles: [Q.ridgeway] }),
          shownSome({ handles: [Q.meadow] }),
        ],
      },
      {
        en: "what's the cheapest saddle you've got?",
        es: '¿cuál es la silla más barata que tenéis?',
        covers: 'superlative over price',
        checks: [best(Q.tempo, 'tempo|synthetic|sintetic|\\b589\\b', 'aspen|meadow|ridgeway')],
      },
      {
        en: "I heard there's a carbon jumping saddle coming out for next year. do you have it?",
        es: 'he oído que sale una silla de salto de carbono para el año que viene. ¿la tenéis?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Saddles', notHandles: [Q.carbonDraft] }),
          saysNot('2027|preview|aspen carbon'),
        ],
      },
      {
        en: 'what bits do you carry in a 5 inch?',
        es: '¿qué filetes tenéis de 5 pulgadas?',
        covers: 'category search by an option value (Size "5 in")',
        checks: [shown({ type: 'Bits', option: { name: 'Size', values: ['5 in'] } })],
      },
      {
        en: "I'll take the first one you mentioned",
        es: 'me quedo con el primero que has dicho',
        covers: 'ordinal reference to the list shown ("the first one") keeps the size asked in the search',
        checks: [addedShownAt(1, { Size: '5 in' })],
      },
      {
        en: 'the hoof oil, the big bottle',
        es: 'el aceite de cascos, el bote grande',
        covers: 'option value in words ("the big bottle" → Size "1 L")',
        checks: [adds(line(Q.hoofOil, { Size: '1 L' }, 1))],
      },
      {
        en: 'do I put it on before or after I pick out the hooves?',
        es: '¿se pone antes o después de limpiar los cascos?',
        covers: "spec question not in the text: don't know (when to apply it)",
        checks: [says(DONT_KNOW), says('hoof|oil|aceite|casco'), shownOnly(Q.hoofOil)],
      },
      {
        en: 'two gallons of the fly spray',
        es: 'dos garrafas de galón del spray antimoscas',
        covers: 'quantity + option value by catalog name (Size "1 gal")',
        checks: [adds(line(Q.flySpray, { Size: '1 gal' }, 2))],
      },
      {
        en: 'is it safe on a two month old foal?',
        es: '¿se le puede echar a un potro de dos meses?',
        covers: 'spec question whose answer in the text is no (not for foals under 12 weeks)',
        checks: [
          says(NO),
          says('foal|potr|spray|fly|antimoscas|12'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(Q.flySpray),
        ],
      },
      {
        en: 'how many days does one application last?',
        es: '¿cuántos días dura una aplicación?',
        covers: 'spec question answered from the product text (up to 7 days)',
        checks: [says('\\b7\\b|seven|siete'), says('spray|fly|antimoscas|day|dia'), shownOnly(Q.flySpray)],
      },
      {
        en: 'the grooming kit in purple',
        es: 'el kit de limpieza en morado',
        covers:
          'sold-out variant (Color "Plum", said as purple) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('navy|teal|marino|azul|verde')],
      },
      {
        en: 'teal, then',
        es: 'pues el teal',
        covers: 'option value by catalog name after a refusal (Color "Teal")',
        checks: [adds(line(Q.groomingKit, { Color: 'Teal' }, 1))],
      },
      {
        en: 'does the sheepskin half pad come with the shims?',
        es: '¿el salvacruces de borrego trae los suplementos?',
        covers: 'spec question whose answer in the text is no (shims not included)',
        checks: [
          says(NO),
          says('half pad|sheepskin|shim|borrego|suplement|salvacruces'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(Q.halfPad),
        ],
      },
      {
        en: 'tell me everything in my cart',
        es: 'dime todo lo que llevo en el carrito',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('bit|filete|hoof|aceite|spray|antimoscas|grooming|kit')],
      },
      {
        en: 'take out the fly spray',
        es: 'saca el spray antimoscas',
        covers: 'remove an item',
        checks: [removes(line(Q.flySpray))],
      },
      {
        en: "just empty it all, I'll ask at the barn what they use",
        es: 'vacíalo todo, ya preguntaré en la cuadra qué usan',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'd rather talk to somebody from the store, a real human",
        es: 'prefiero hablar con alguien de la tienda, un ser humano',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: saddle trial, used bits, saddle shipping, fly spray to Canada, small-order shipping, torn turnout, American Express, monthly payments, barn fittings',
    steps: [
      {
        en: "can I try a saddle on my horse for a bit before I'm stuck with it?",
        es: '¿puedo probar una silla con mi caballo unos días antes de quedármela?',
        covers: 'policy question answered from the policy text (14-day trial with the seat cover)',
        checks: [saysNot(IDK), says('\\b14\\b|catorce|cover|funda'), notCalled('add_to_cart')],
      },
      {
        en: "the bit I bought is too harsh for him. he's only had it in his mouth once, can I return it?",
        es: 'el filete que compré es demasiado fuerte para él. solo lo ha llevado una vez en la boca, ¿lo puedo devolver?',
        covers:
          "policy question answered from the policy text (bits that have been in a horse's mouth cannot be returned)",
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'saddles are heavy, what do you charge to ship one?',
        es: 'las sillas pesan mucho, ¿cuánto cobráis por enviar una?',
        covers: 'policy question answered from the policy text (saddles always ship free)',
        checks: [
          saysNot(IDK),
          says('free|gratis|no charge|sin coste|sin cargo|no (te|le)s? cobramos'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'can you send fly spray to my friend in Alberta?',
        es: '¿podéis mandar spray antimoscas a una amiga en Alberta?',
        covers: 'policy question answered from the policy text (fly sprays cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'what would shipping be on a 50 dollar order?',
        es: '¿cuánto sería el envío de un pedido de 50 dólares?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('\\b12\\b'), notCalled('search_products')],
      },
      {
        en: 'his turnout rug got shredded on the fence two months in. will the warranty cover it?',
        es: 'a los dos meses la manta de exterior se le rajó con la valla. ¿lo cubre la garantía?',
        covers: 'policy question answered from the policy text (tears from fences are not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'can I pay with my Amex?',
        es: '¿puedo pagar con mi Amex?',
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
        en: 'is there a way to spread the cost of a saddle over a few months?',
        es: '¿hay forma de pagar una silla en varios meses?',
        covers: 'policy question answered from the policy text (Affirm on orders of $500 or more)',
        checks: [saysNot(IDK), says('affirm'), says('\\b500\\b'), notCalled('search_products')],
      },
      {
        en: 'do you send a saddle fitter out to the barn?',
        es: '¿mandáis a algún ajustador de sillas a la cuadra?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
