/**
 * Cricket equipment (English willow, Kashmir willow and junior bats; match, junior, soft and machine
 * balls; helmets, pads, gloves and guards; whites, sweaters, hats and caps; spike and stud shoes;
 * kit bags and a bat cover; stumps, markers, a cradle and a practice net; bat oil, grips, a mallet
 * and face sheets), EN and ES shoppers on the English-only catalog of an Australian shop that sells
 * in AUD.
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
import { H } from './cricket.handles.ts';
import { aud, IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but…"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [cricketEn, cricketEs] = scripts('cricket', [
  {
    title:
      'a first kit for a junior: bats under 150, no oiling, size by height, sold-out size, size after refusal, quantity + size + hand, sold-out size + colour, colour family after refusal, safety standard, unknown weight, comparison, price, half size, several items, read-back, remove, save for later',
    steps: [
      {
        en: 'my daughter got picked for the under twelve girls side this summer what bats have you got under a hundred and fifty bucks',
        es: 'a mi hija la escogieron para el equipo sub 12 de niñas este verano. ¿qué bates tienen por menos de ciento cincuenta dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Bats', maxPrice: 150 }), shownSome({ handles: [H.juniorBat] })],
      },
      {
        en: 'the junior one, does she have to oil it before her first game?',
        es: 'el de junior, ¿lo tiene que aceitar antes de su primer partido?',
        covers:
          'spec question whose answer in the text is no (anti-scuff face fitted: no oiling, ready to play)',
        checks: [
          says(`${NO}|ready|lista|listo|anti.?scuff`),
          says('oil|aceit|linseed|linaza'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: "she's a hundred and forty five centimetres. which size would suit her?",
        es: 'mide ciento cuarenta y cinco centímetros. ¿qué talla le queda?',
        covers: 'spec question answered from the product text (Size 5 for about 140 to 150 cm)',
        checks: [says('\\b5\\b|five|cinco'), saysNot(IDK), shownOnly(H.juniorBat)],
      },
      {
        en: 'good, put that size in for me',
        es: 'va, échame esa talla al carrito',
        covers:
          'sold-out variant (Size "Size 5" from her height) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('size [346]|\\b[346]\\b|three|four|six|tres|cuatro|seis')],
      },
      {
        en: "argh. go the six then, she'll grow into it",
        es: 'chale. entonces la seis, ya crecerá',
        covers: 'option value by catalog name after a refusal (Size "Size 6")',
        checks: [adds(line(H.juniorBat, { Size: 'Size 6' }, 1))],
      },
      {
        en: 'she bats right handed. two pairs of youth batting gloves, she loses everything',
        es: 'batea con la derecha. dos pares de guantes de bateo talla youth, todo lo pierde',
        covers: 'quantity + option values by catalog name (Size "Youth", Hand "Right Hand", 2)',
        checks: [adds(line(H.gloves, { Size: 'Youth', Hand: 'Right Hand' }, 2))],
      },
      {
        en: 'the club colours are maroon so one batting helmet in maroon size small',
        es: 'los colores del club son guinda, así que un casco de bateo guinda en talla S',
        covers:
          'sold-out variant (Size "S" + Color "Maroon") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('navy|green|white|marino|verde|blanc|medium|\\bM\\b|median|large|\\bL\\b'),
        ],
      },
      {
        en: 'ugh ok the dark blue one, keep it small',
        es: 'ni modo, el azul oscuro, también en chica',
        covers: 'colour family after a refusal keeps the size (dark blue → Color "Navy", Size "S")',
        checks: [adds(line(H.helmet, { Size: 'S', Color: 'Navy' }, 1))],
      },
      {
        en: 'her coach asked me to check. does that helmet meet the british standard?',
        es: 'el entrenador me pidió revisar: ¿ese casco cumple la norma británica?',
        covers: 'spec question answered yes from the product text (BS 7928:2013)',
        checks: [
          says('7928|british|brit[aá]nic|\\bBS\\b'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(H.helmet),
        ],
      },
      {
        en: 'how many grams does it weigh',
        es: '¿y de peso cómo anda ese casco, cuántos gramos?',
        covers: "spec question not in the text: don't know (the helmet's weight)",
        checks: [says(DONT_KNOW), says('helmet|casco'), shownOnly(H.helmet), notCalled('add_to_cart')],
      },
      {
        en: "for the backyard, what's the difference between the spring back stumps and the wooden stumps and bails",
        es: 'para el patio, ¿qué diferencia hay entre los palos con resorte y los de madera con bails?',
        covers: 'comparison of two named products',
        checks: [
          says('spring|resorte|muelle|plastic|pl[aá]stic'),
          says('wood|madera|ash|fresno'),
          shownOnly(H.springStumps, H.woodenStumps),
        ],
      },
      {
        en: 'how much are the spring back ones in junior',
        es: '¿en cuánto salen los de resorte en junior?',
        covers: "price in the store's currency",
        checks: [says('(^|[^\\d.,])49([.,]00)?(?![\\d.,]\\d|\\d)|forty.nine|cuarenta y nueve'), ...aud],
      },
      {
        en: 'she plays on synthetic so rubber stud shoes, US six and a half',
        es: 'juega en cancha sintética, así que los zapatos de tacos de goma en talla seis y media US',
        covers: 'half size by catalog name ("six and a half" → Size "US 6.5")',
        checks: [adds(line(H.studShoes, { Size: 'US 6.5' }, 1))],
      },
      {
        en: 'also chuck in a navy team cap plus the junior abdominal guard',
        es: 'agrégame también una gorra del equipo azul marino y la concha protectora junior',
        covers: 'several items in one request (Color "Navy"; Size "Junior")',
        checks: [adds(line(H.cap, { Color: 'Navy' }, 1), line(H.box, { Size: 'Junior' }, 1))],
      },
      {
        en: 'ok whats that all come to',
        es: '¿de cuánto va la cuenta hasta ahorita con todo eso?',
        covers: 'cart read-back with the total in AUD',
        checks: [saysTotal, says('bat|glove|helmet|shoe|bate|guante|casco|zapat')],
      },
      {
        en: 'scratch the cap, she never wears them',
        es: 'quítame la gorra, nunca se las pone',
        covers: 'remove an item',
        checks: [removes(line(H.cap))],
      },
      {
        en: 'and hold the stud shoes for later, her cousin might pass down a pair',
        es: 'y los zapatos guárdamelos para después, a lo mejor su primo le pasa unos',
        covers: 'save for later',
        checks: [saved(H.studShoes), keeps(H.studShoes)],
      },
    ],
  },
  {
    title:
      'a club keeper: adult keeping gloves, inners, trousers by waist, hot wash, promos, expired code, code, checkout, no, read-back, yes, status, cancel asks, cancel',
    steps: [
      {
        en: 'I keep wicket for our thirds on saturdays and my gloves finally fell apart. adult keeping gloves please',
        es: 'soy portero en el tercer equipo los sábados y mis guantes ya se han roto del todo. unos guantes de wicketkeeper de adulto, porfa',
        covers: 'option value by catalog name (Size "Adult")',
        checks: [adds(line(H.keepingGloves, { Size: 'Adult' }, 1))],
      },
      {
        en: 'are cotton inners in the box with them, or is that an extra purchase',
        es: '¿traen guantes interiores o los tengo que comprar aparte?',
        covers: 'spec question whose answer in the text is no (cotton inners are sold separately)',
        checks: [
          says(`${NO}|separately|aparte|por separado`),
          says('inner|interior|cotton|algod'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'my whites are a disgrace too. cricket trousers, thirty two waist',
        es: 'mis pantalones blancos también dan pena. unos pantalones de cricket de cintura treinta y dos',
        covers: 'option value by catalog name ("thirty two waist" → Size "Waist 32")',
        checks: [adds(line(H.trousers, { Size: 'Waist 32' }, 1))],
      },
      {
        en: 'grass stains are a nightmare. can those trousers go through a hot wash?',
        es: 'las manchas de césped son una pesadilla. ¿puedo lavar esos pantalones con agua caliente?',
        covers: 'spec question whose answer in the text is no (wash cold: they shrink in a hot wash)',
        checks: [
          says(`${NO}|cold|fr[ií]a|shrink|encog`),
          says('wash|lav|hot|caliente|cold|fr[ií]a'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'is there a code floating around that knocks a bit off keeping gear',
        es: '¿hay algún código de esos que rebajan algo para el material de portero?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?over ?10'),
          says('boundary ?15'),
          saysNot('boxing ?day ?20'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'a bloke at the club reckons BOXINGDAY20 still works',
        es: 'en el vestuario me dijeron que BOXINGDAY20 sigue valiendo, pruébalo',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'fair enough, whack FIRSTOVER10 on instead',
        es: 'pues nada, aplica FIRSTOVER10 en su lugar',
        covers: 'apply a promo code',
        checks: [promo('FIRSTOVER10')],
      },
      {
        en: "righto that's me done, let's check out",
        es: 'pues ya está, vamos a pagar',
        covers: 'checkout read-back with the total in AUD, no order yet',
        checks: [orders(0), saysTotal, says('glove|trouser|guante|pantal')],
      },
      {
        en: "hold your horses mate, I'm not paying for it today",
        es: 'para el carro, que hoy no lo pago',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "if the keeping gloves don't fit and I haven't used them, can they go back?",
        es: 'si los guantes de portero no me quedan y no los he usado, ¿los puedo devolver?',
        covers: 'policy question answered from the policy text (unused gear within 30 days)',
        checks: [saysNot(IDK), says('30|thirty|treinta'), says(RETURNS), saysNot(OPENS_NO)],
      },
      {
        en: 'ok give me the order summary one more time',
        es: 'vale, enséñame otra vez el resumen del pedido',
        covers: 'checkout read-back with the total in AUD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: "gloves and whites, yep that's the lot, lock the order in",
        es: 'guantes y pantalones, eso es todo, sí, cierra el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: "where's my keeping gloves order at",
        es: 'los guantes de portero que encargué, ¿ya han salido de Ballarat?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'turns out the club is handing out free gloves this season. cancel that order please',
        es: 'resulta que el club regala guantes esta temporada. cancélame ese pedido, por favor',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yep, kill the glove order off',
        es: 'sí, venga, fuera ese pedido de guantes',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: balls under 50, not leather, orange only, start over, biggest bag, cheapest bag, sold-out capacity + colour, colour after refusal keeps capacity, bats per bag, draft, option search, ordinal, sold-out product, quantity, read-back, empty, human',
    steps: [
      {
        en: 'the kids want to play in the backyard over the holidays. what balls do you have for under fifty',
        es: 'los pibes quieren jugar en el patio en las vacaciones. ¿qué pelotas tienen por menos de cincuenta?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Balls', maxPrice: 50 }), shownSome({ handles: [H.softBall] })],
      },
      {
        en: 'nothing made of leather, the windows would never survive',
        es: 'nada de cuero, que las ventanas no sobreviven',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Balls', maxPrice: 50, notHandles: [H.matchBall, H.juniorBall] })],
      },
      {
        en: 'only in orange',
        es: 'solo en naranja',
        covers: 'refinement by colour keeps category, price bound and negation',
        checks: [
          shown({ type: 'Balls', maxPrice: 50, notHandles: [H.matchBall, H.juniorBall], color: ['Orange'] }),
        ],
      },
      {
        en: 'ok forget the balls. show me your kit bags',
        es: 'bueno, olvidate de las pelotas. mostrame los bolsos de equipo',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Bags' }),
          shownSome({ handles: [H.wheelieBag] }),
          shownSome({ handles: [H.duffle] }),
        ],
      },
      {
        en: 'which of those swallows the most kit, litres wise',
        es: '¿cuál es el que más litros tiene para meter equipo?',
        covers: 'superlative over a numeric attribute (capacity in litres)',
        checks: [best(H.wheelieBag, 'wheelie|ruedas|rueditas|\\b120\\b', 'duffle|\\b60 ?l|cover|funda')],
      },
      {
        en: 'and the bag with the smallest price tag?',
        es: '¿y qué bolso me sale por menos guita?',
        covers: 'superlative over price',
        checks: [best(H.batCover, 'cover|funda|\\b25\\b', 'wheelie|duffle|ruedas|\\b69\\b|\\b119\\b')],
      },
      {
        en: 'ill take the big wheelie one in navy',
        es: 'me llevo el de ruedas grande en azul marino',
        covers:
          'sold-out variant (Capacity "120 L" + Color "Navy") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr|\\b90\\b')],
      },
      {
        en: 'bummer. black it is then, still the big one',
        es: 'qué macana. va el negro entonces, el grande igual',
        covers: 'colour by catalog name after a refusal keeps the capacity (Color "Black", Capacity "120 L")',
        checks: [adds(line(H.wheelieBag, { Capacity: '120 L', Color: 'Black' }, 1))],
      },
      {
        en: 'my eldest has three bats. will they all fit in that bag?',
        es: 'mi hijo mayor tiene tres bates. ¿le entran todos en ese bolso?',
        covers: 'spec question answered from the product text (the bat compartment holds up to four)',
        checks: [says('\\b4\\b|four|cuatro'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(H.wheelieBag)],
      },
      {
        en: "someone at training said Seamwell's got a ball that tracks your bowling speed on your phone. can I order it",
        es: 'alguien en el entrenamiento dijo que Seamwell tiene una pelota que te mide la velocidad del lanzamiento en el celular. ¿la puedo pedir?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ notHandles: [H.draftBall] }),
          saysNot('smart|sensor|2027|preview|\\b189\\b|inteligente'),
        ],
      },
      {
        en: 'which of your stumps come in a senior size',
        es: '¿qué palos tienen en tamaño senior?',
        covers: 'category search by an option value (Size "Senior")',
        checks: [shown({ option: { name: 'Size', values: ['Senior'] } })],
      },
      {
        en: 'chuck the second of those in my trolley',
        es: 'del listado ese, el que aparece segundo, sumalo',
        covers: 'ordinal reference to the list shown ("the second one") keeps the size asked in the search',
        checks: [addedShownAt(2, { Size: 'Senior' })],
      },
      {
        en: 'and the slip catching cradle for fielding drills',
        es: 'y la cuna de atrapadas para practicar el fildeo',
        covers: 'sold-out product refused, nothing added',
        checks: [unchanged, says(SOLD_OUT)],
      },
      {
        en: 'three of the eighteen packs of replacement spikes while im at it',
        es: 'ya que estoy, tres paquetes de dieciocho clavos de repuesto',
        covers: 'quantity + option value by catalog name (Pack "18 Spikes", 3)',
        checks: [adds(line(H.spikes, { Pack: '18 Spikes' }, 3))],
      },
      {
        en: "read me back what's sitting in my cart and what it comes to",
        es: 'a ver, repasame el carrito con la plata total',
        covers: 'cart read-back with the total in AUD',
        checks: [saysTotal, says('bag|stump|spike|bolso|palo|clav|tapones')],
      },
      {
        en: "actually the missus says we've got enough stuff. wipe the whole cart",
        es: 'en realidad mi señora dice que ya tenemos demasiadas cosas. vaciá todo el carrito',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'm ordering gear for a whole junior club. can I talk to an actual person about a team deal",
        es: 'estoy armando el pedido para todo un club juvenil. ¿puedo hablar con una persona de verdad por un precio de equipo?',
        covers: 'ask for a human',
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'policy questions: used bat returns, knocking in service, shipping under the threshold, New Zealand, American Express, edge crack warranty, coaching, parking not in the text',
    steps: [
      {
        en: 'I oiled and knocked in my new bat and now the pickup feels wrong. can I still return it?',
        es: 'aceité y preparé con el mazo mi bate nuevo y ahora lo siento raro. ¿todavía lo puedo devolver?',
        covers:
          'policy question answered from the policy text (an oiled or knocked-in bat cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'i have no time to knock in a bat myself. do you do it for people?',
        es: 'no tengo tiempo de ablandar un bate yo mismo. ¿ustedes lo hacen?',
        covers: 'policy question answered from the policy text (knocking in for $45, ready in 7 days)',
        checks: [saysNot(IDK), says('\\b45\\b|\\b7\\b|seven|siete'), notCalled('add_to_cart')],
      },
      {
        en: "it's a sixty dollar order give or take, what do you charge to post it to Geelong",
        es: 'es un pedido de sesenta dólares más o menos, ¿cuánto me cobran por mandarlo a Geelong?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('9[.,]95|\\b100\\b'), notCalled('search_products')],
      },
      {
        en: "I'm over in Christchurch. do you post across the ditch to New Zealand?",
        es: 'vivo en Christchurch. ¿hacen envíos a Nueva Zelanda?',
        covers: 'policy question answered from the policy text (New Zealand for $25)',
        checks: [
          saysNot(IDK),
          says('\\b25\\b'),
          says('zealand|zelanda|ship|send|env|post'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'the only card I carry is an amex, is that ok',
        es: 'la única tarjeta que tengo es una Amex, ¿les sirve?',
        covers: 'policy question answered from the policy text (no American Express)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('american express|amex|visa|mastercard|paypal'),
          saysNot(NOT_YES),
        ],
      },
      {
        en: "two months in my english willow bat has a crack along the edge. that's covered by the warranty right?",
        es: 'a los dos meses mi bate de sauce inglés tiene una grieta en el borde. eso lo cubre la garantía, ¿no?',
        covers:
          'policy question answered from the policy text (cracks on the face or edges are normal wear, not covered)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|garant|normal|wear|desgaste|cover|cubr'),
          saysNot(NOT_YES),
        ],
      },
      {
        en: 'do you run any coaching for kids over summer',
        es: '¿dan clases o clínicas para niños en el verano?',
        covers: 'policy question answered from the policy text (Saturday junior clinics, $30)',
        checks: [saysNot(IDK), says('saturday|s[aá]bado|\\b30\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'is there parking out the front of the Ballarat shop?',
        es: '¿hay estacionamiento frente a la tienda de Ballarat?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
