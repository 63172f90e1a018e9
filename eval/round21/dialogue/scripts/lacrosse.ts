/**
 * Lacrosse equipment (youth, attack, defense, women's and box sticks; heads, shafts and mesh; helmets,
 * gloves and pads; goalie gear; game and practice balls, goals, nets and rebounders; bags, pinnies and
 * shirts; turf cleats and box shoes; tape and a stringing tool), EN and ES shoppers on the English-only
 * catalog of a Canadian shop that sells in CAD.
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
import { H } from './lacrosse.handles.ts';
import { cad, IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but…"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [lacrosseEn, lacrosseEs] = scripts('lacrosse', [
  {
    title:
      'a first stick for a nine-year-old: sticks under 120, pre-strung, length by age, sold-out length + colour, colour after refusal keeps length, quantity + size + colour, sold-out size + colour, colour family after refusal, helmet standard, unknown origin, comparison, price, half size, dryer, several items, read-back, remove, save for later',
    steps: [
      {
        en: 'my son is nine and he just signed up for house league this spring. what complete sticks have you got for under a hundred and twenty dollars',
        es: 'mi chavo tiene nueve años y se acaba de inscribir en la liga de esta primavera. ¿qué sticks completos tienen por menos de ciento veinte dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Sticks', maxPrice: 120 }), shownSome({ handles: [H.youthStick] })],
      },
      {
        en: 'the youth one. do I have to get it strung before he can use it',
        es: 'el de youth, ¿hay que mandarlo a encordar antes de que lo use?',
        covers: 'spec question whose answer in the text is no (pre-strung with soft mesh, ready to play)',
        checks: [
          says(`${NO}|ready|listo|pre.?strung|already|ya viene`),
          says('string|mesh|pocket|encord|malla|red\\b|bolsillo'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: "he's on the small side for his age. which length makes sense for him",
        es: 'es bajito para su edad, ¿qué largo le conviene?',
        covers: 'spec question answered from the product text (37 in for players under ten)',
        checks: [says('\\b37\\b|thirty.seven|treinta y siete'), saysNot(IDK), shownOnly(H.youthStick)],
      },
      {
        en: 'cool, that length then, and red is his favourite colour',
        es: 'órale, ese largo entonces, y en rojo que es su color favorito',
        covers:
          'sold-out variant (Length "37 in" + Color "Red") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('white|black|blanc|negr|\\b40\\b')],
      },
      {
        en: "aw man. black's fine, same length",
        es: 'ni modo, el negro está bien, del mismo largo',
        covers: 'colour by catalog name after a refusal keeps the length (Color "Black", Length "37 in")',
        checks: [adds(line(H.youthStick, { Length: '37 in', Color: 'Black' }, 1))],
      },
      {
        en: 'gloves too, the ten inch size in red, and get two pairs because his little brother will want some',
        es: 'también guantes de diez pulgadas en rojo, y que sean dos pares porque su hermanito va a querer unos',
        covers: 'quantity + option values by catalog name (Size "10 in", Color "Red", 2)',
        checks: [adds(line(H.gloves, { Size: '10 in', Color: 'Red' }, 2))],
      },
      {
        en: 'can those gloves go in the dryer after a rainy practice',
        es: 'después de un entrenamiento con lluvia, ¿puedo meter esos guantes a la secadora?',
        covers: 'spec question whose answer in the text is no (air dry only, never a dryer or a heater)',
        checks: [
          says(`${NO}|air.?dry|al aire|never|nunca`),
          says('dry|sec|heater|calefac|air|aire'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'now a helmet. white to match the team, extra small',
        es: 'ahora un casco, blanco para que combine con el equipo, talla XS',
        covers:
          'sold-out variant (Size "XS" + Color "White") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|navy|red|negr|marino|roj|small|\\bS\\b|chic')],
      },
      {
        en: "hmm ok, what about the dark blue, he's still an extra small",
        es: 'mmm bueno, ¿y el azul oscuro? sigue siendo XS',
        covers: 'colour family after a refusal keeps the size (dark blue → Color "Navy", Size "XS")',
        checks: [adds(line(H.helmet, { Size: 'XS', Color: 'Navy' }, 1))],
      },
      {
        en: 'the league sent a list of rules. is that helmet NOCSAE certified?',
        es: 'la liga mandó un reglamento: ¿ese casco tiene certificación NOCSAE?',
        covers: 'spec question answered yes from the product text (NOCSAE ND041)',
        checks: [says('nocsae|nd ?041'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(H.helmet)],
      },
      {
        en: 'which country is that helmet manufactured in',
        es: '¿y en qué país fabrican ese casco?',
        covers: "spec question not in the text: don't know (where the helmet is made)",
        checks: [says(DONT_KNOW), says('helmet|casco'), shownOnly(H.helmet), notCalled('add_to_cart')],
      },
      {
        en: 'coach says arm pads or elbow guards. how are the arm pads different from the elbow guards',
        es: 'el coach dice que coderas o protectores de brazo. ¿en qué se diferencian los arm pads de los elbow guards?',
        covers: 'comparison of two named products',
        checks: [
          says('arm|forearm|antebrazo|brazo'),
          says('elbow|codo|low.?profile|move|movimiento'),
          shownOnly(H.armPads, H.elbowGuards),
        ],
      },
      {
        en: "what's the price on the shoulder pads in a youth medium",
        es: '¿a cómo salen las hombreras en youth mediana?',
        covers: "price in the store's currency",
        checks: [says('(^|[^\\d.,])79[.,]99(?![\\d.,]\\d|\\d)|seventy.nine|setenta y nueve'), ...cad],
      },
      {
        en: 'he has turf at the school, so turf cleats in a US seven and a half',
        es: 'en la escuela juegan en pasto sintético, así que unos tacos de turf en siete y medio US',
        covers: 'half size by catalog name ("seven and a half" → Size "US 7.5")',
        checks: [adds(line(H.cleats, { Size: 'US 7.5' }, 1))],
      },
      {
        en: 'oh and a black mouthguard along with small arm pads',
        es: 'ah, y échale un protector bucal negro junto con unos arm pads chicos',
        covers: 'several items in one request (Color "Black"; Size "S")',
        checks: [adds(line(H.mouthguard, { Color: 'Black' }, 1), line(H.armPads, { Size: 'S' }, 1))],
      },
      {
        en: "ok tally it up for me, what's all that gear adding up to",
        es: 'a ver, ¿cuánto suma todo lo que le eché al carrito ahorita?',
        covers: 'cart read-back with the total in CAD',
        checks: [saysTotal, says('stick|glove|helmet|cleat|guante|casco|tacos')],
      },
      {
        en: 'lose the mouthguard, his dentist is making him a custom one',
        es: 'quítale el protector bucal, su dentista le va a hacer uno a la medida',
        covers: 'remove an item',
        checks: [removes(line(H.mouthguard))],
      },
      {
        en: "park the cleats for later, we'll see if he sticks with it first",
        es: 'los tacos déjamelos guardados para después, primero a ver si le gusta',
        covers: 'save for later',
        checks: [saved(H.cleats), keeps(H.cleats)],
      },
    ],
  },
  {
    title:
      'a senior box player: 46 in box stick, field legality, rib pads, washing, promos, expired code, code, checkout, no, returns, read-back, yes, status, cancel asks, cancel',
    steps: [
      {
        en: 'I play senior B box in the summer league and I snapped my stick. I need the box stick in forty six inch',
        es: 'juego box senior B en la liga de verano y me he cargado el stick. quiero el stick de box de cuarenta y seis pulgadas',
        covers: 'option value by catalog name (Length "46 in")',
        checks: [adds(line(H.boxStick, { Length: '46 in' }, 1))],
      },
      {
        en: 'could I take that same stick to a field tournament in the fall',
        es: '¿y ese mismo stick me vale para un torneo de field en otoño?',
        covers:
          'spec question whose answer in the text is no (box only: the head is not legal for field lacrosse)',
        checks: [
          says(`${NO}|box only|solo (para )?box|illegal|ilegal`),
          says('field|legal|ncaa|nfhs|rule|regla|campo'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'my ribs took a beating last season. rib pads in extra large',
        es: 'la temporada pasada me machacaron las costillas. unas rib pads en XL',
        covers: 'option value by catalog name ("extra large" → Size "XL")',
        checks: [adds(line(H.ribPads, { Size: 'XL' }, 1))],
      },
      {
        en: 'they get pretty rank after a tournament weekend. can the rib pads just go in the washing machine',
        es: 'después de un finde de torneo huelen fatal. ¿las puedo meter en la lavadora sin más?',
        covers: 'spec question whose answer in the text is no (hand wash only, no machine wash)',
        checks: [
          says(`${NO}|hand wash|a mano|only|solo`),
          says('wash|lav|machine|lavadora|hand|mano'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'before I pay, is the shop running any promo codes a box player could use',
        es: 'antes de pagar, ¿tenéis por ahí algún cupón que le sirva a un jugador de box?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?cradle ?10'),
          says('bar ?down ?15'),
          saysNot('canada ?day ?20'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'a guy on my team swears CANADADAY20 still goes through',
        es: 'el portero de mi equipo jura y perjura que CANADADAY20 sigue colando, mételo a ver',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'figures. stick FIRSTCRADLE10 on there then',
        es: 'lo que me imaginaba. pues pon FIRSTCRADLE10',
        covers: 'apply a promo code',
        checks: [promo('FIRSTCRADLE10')],
      },
      {
        en: 'that covers it, take me through paying',
        es: 'con eso me apaño, vamos a la caja',
        covers: 'checkout read-back with the total in CAD, no order yet',
        checks: [orders(0), saysTotal, says('stick|rib|costill|palo')],
      },
      {
        en: 'whoa hang on, my paycheque lands friday so hold off on placing it',
        es: 'espera, que la nómina me entra el viernes, no lo cierres aún',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'say the rib pads are too baggy once I strap them on in my living room, what are my options for returning them',
        es: 'imagina que me pongo las rib pads en el salón y me quedan holgadas, ¿qué opciones tengo para devolverlas?',
        covers: 'policy question answered from the policy text (unused gear within 30 days)',
        checks: [saysNot(IDK), says('30|thirty|treinta'), says(RETURNS), saysNot(OPENS_NO)],
      },
      {
        en: 'run through the order with me once more',
        es: 'venga, repásame el pedido otra vez',
        covers: 'checkout read-back with the total in CAD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'the stick and the rib pads, good to go, you can place it now',
        es: 'el stick y las rib pads, todo correcto, ya puedes hacer el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'has my box stick order left Orillia yet',
        es: '¿mi pedido del stick de box ya ha salido de Orillia?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'my buddy just gave me his old stick. I want to cancel that order',
        es: 'un colega me acaba de dar su stick viejo, quiero anular ese pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yep, certain. my buddy's stick does the job, so scrap it",
        es: 'sí, lo tengo clarísimo, fuera el pedido del stick',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      "browsing: sticks under 130, not women's, black only, start over, roomiest bag, cheapest bag, sold-out capacity + colour, colour family after refusal keeps capacity, long pole fit, draft, option search, ordinal, sold-out product, quantity + colour + pack, read-back, empty, human",
    steps: [
      {
        en: "my nephew's birthday is coming up and he's mad about lacrosse. show me sticks for less than a hundred and thirty",
        es: 'se viene el cumple de mi sobrino y está loco con el lacrosse. mostrame sticks por menos de ciento treinta',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Sticks', maxPrice: 130 }), shownSome({ handles: [H.attackStick] })],
      },
      {
        en: "not the women's ones, he plays boys",
        es: 'los de mujer no, él juega en varones',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Sticks', maxPrice: 130, notHandles: [H.womensStick] })],
      },
      {
        en: 'he only wears black on the floor, so narrow it to black sticks',
        es: 'él en cancha solo usa negro, así que dejame nada más los sticks negros',
        covers: 'refinement by colour keeps category, price bound and negation',
        checks: [shown({ type: 'Sticks', maxPrice: 130, notHandles: [H.womensStick], color: ['Black'] })],
      },
      {
        en: "eh let's drop the sticks. what bags do you carry",
        es: 'bueno, dejá los sticks. ¿qué bolsos tienen?',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Bags' }),
          shownSome({ handles: [H.duffle] }),
          shownSome({ handles: [H.backpack] }),
        ],
      },
      {
        en: 'out of those, which bag swallows the biggest load of pads and helmets',
        es: 'de esos, ¿cuál se banca más carga de hombreras y cascos adentro?',
        covers: 'superlative over a numeric attribute (capacity in litres)',
        checks: [
          best(H.duffle, 'duffle|\\b100\\b', 'backpack|mochila|\\b35\\b|pole bag|palo largo|\\b20 ?l'),
        ],
      },
      {
        en: 'on my budget, name the bag with the smallest sticker price',
        es: 'de esos bolsos, ¿cuál te sale menos plata?',
        covers: 'superlative over price',
        checks: [
          best(
            H.poleBag,
            'long pole|pole bag|palo largo|\\b54',
            'backpack|duffle|mochila|\\b69|\\b89|\\b109',
          ),
        ],
      },
      {
        en: 'ok the big duffle in navy please',
        es: 'dale, pasame el duffle de cien litros en azul marino',
        covers:
          'sold-out variant (Capacity "100 L" + Color "Navy") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('charcoal|red|roj|gris|carb|\\b70\\b')],
      },
      {
        en: 'bah. the dark grey one, keep it the big size',
        es: 'uh, qué bajón. el gris oscuro, pero grande igual',
        covers:
          'colour family after a refusal keeps the capacity (dark grey → Color "Charcoal", Capacity "100 L")',
        checks: [adds(line(H.duffle, { Capacity: '100 L', Color: 'Charcoal' }, 1))],
      },
      {
        en: 'his older brother plays d. could his long pole go in that duffle too',
        es: 'el hermano mayor juega de defensa. ¿el palo largo le entra en ese duffle?',
        covers:
          'spec question whose answer in the text is no (the sleeve takes sticks up to 46 in, not a 60 in pole)',
        checks: [
          says(`${NO}|46|only|solo|hasta`),
          says('pole|palo|60|sleeve|funda|stick'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(H.duffle),
        ],
      },
      {
        en: 'somebody told me Loonridge has a rebounder that counts your passes and shot speed. can I buy that one',
        es: 'me contaron que Loonridge tiene un rebotador que te cuenta los pases y la velocidad del tiro. ¿lo puedo comprar?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ notHandles: [H.draftRebounder] }),
          saysNot('smart|sensor|2027|preview|\\b599|inteligente'),
        ],
      },
      {
        en: 'what have you got in six by six feet for the backyard',
        es: '¿qué tienen en seis por seis pies para el patio?',
        covers: 'category search by an option value (Size "6 x 6 ft")',
        checks: [shown({ option: { name: 'Size', values: ['6 x 6 ft'] } })],
      },
      {
        en: 'grab whichever was listed second there for me',
        es: 'quedate con el que salió en segundo lugar, ese va al carrito',
        covers: 'ordinal reference to the list shown ("the second one") keeps the size asked in the search',
        checks: [addedShownAt(2, { Size: '6 x 6 ft' })],
      },
      {
        en: 'also a throat guard for my nephew, he wants to try goalie',
        es: 'también un protector de garganta, mi sobrino quiere probar de arquero',
        covers: 'sold-out product refused, nothing added',
        checks: [unchanged, says(SOLD_OUT)],
      },
      {
        en: 'two three roll packs of the white stick tape',
        es: 'dos paquetes de tres rollos de la cinta blanca para el stick',
        covers: 'quantity + option values by catalog name (Pack "3 Rolls", Color "White", 2)',
        checks: [adds(line(H.tape, { Color: 'White', Pack: '3 Rolls' }, 2))],
      },
      {
        en: 'go over the cart for me with the total',
        es: 'contame qué hay en el carrito y cuánta plata es',
        covers: 'cart read-back with the total in CAD',
        checks: [saysTotal, says('duffle|tape|cinta|goal|rebound|arco|rebot|porter')],
      },
      {
        en: 'actually his parents already bought him everything. clear it all out',
        es: 'en realidad los padres ya le compraron todo. borrá todo el carrito',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'I coach a whole U14 team and want matching gear for all of them, can I get a real person on this',
        es: 'soy entrenador de un equipo sub 14 entero y quiero equipo igual para todos, ¿me pasás con alguien de carne y hueso?',
        covers: 'ask for a human',
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'policy questions: strung head returns, stringing service, shipping under the threshold, a goal to the US, cheques, shaft dent warranty, wall ball clinics, gift cards not in the text',
    steps: [
      {
        en: 'you guys strung a head for me last week and I hate how it throws. can I return it',
        es: 'parce, ustedes me encordaron una cabeza la semana pasada y no me convence cómo lanza. ¿me la reciben de vuelta?',
        covers: 'policy question answered from the policy text (heads strung to order cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: "I can't string to save my life. is that something you'd do for me",
        es: 'yo no sé encordar ni de riesgos, ¿ustedes me hacen ese favor?',
        covers:
          'policy question answered from the policy text (stringing for $25 plus mesh, ready in 3 days)',
        checks: [saysNot(IDK), says('\\b25\\b|\\b3\\b|three|tres'), notCalled('add_to_cart')],
      },
      {
        en: 'my order is about seventy bucks. how much to get it sent to Winnipeg',
        es: 'mi pedido es de unos setenta dólares, ¿cuánto vale despacharlo a Winnipeg?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('12[.,]95|\\b99\\b'), notCalled('search_products')],
      },
      {
        en: 'I live in Buffalo, just over the border. can you ship a steel goal down to me',
        es: 'vivo en Buffalo, pasando la frontera. ¿me pueden despachar un arco de acero hasta allá?',
        covers: 'policy question answered from the policy text (goals and rebounders do not ship to the US)',
        checks: [
          saysNot(IDK),

          says('goal|arco|porter|united states|estados unidos|\\bUS\\b|EE\\.? ?UU'),
          says(`${NO}|except|excepto|salvo`),
          saysNot(NOT_YES),
        ],
      },
      {
        en: 'my club treasurer only writes cheques, can we pay that way',
        es: 'el tesorero del club solo maneja cheques, ¿sí se puede pagar así?',
        covers: 'policy question answered from the policy text (no cheques)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('cheque|check|visa|mastercard|paypal|interac'),
          saysNot(NOT_YES),
        ],
      },
      {
        en: 'a month in and my alloy shaft has a big dent from a slash. the warranty takes care of that right',
        es: 'al mes de comprarlo el shaft de aluminio quedó con una abolladura grandota por un golpe. eso lo cubre la garantía, ¿cierto?',
        covers:
          'policy question answered from the policy text (dents and bends from slashes are normal wear, not covered)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|garant|normal|wear|desgaste|cover|cubr'),
          saysNot(NOT_YES),
        ],
      },
      {
        en: 'is there anything for kids to work on their skills during the summer',
        es: '¿tienen algo chévere para que los pelados practiquen en las vacaciones de verano?',
        covers: 'policy question answered from the policy text (Wednesday wall ball clinics, $20)',
        checks: [saysNot(IDK), says('wednesday|mi[eé]rcoles|\\b20\\b|wall ball'), notCalled('add_to_cart')],
      },
      {
        en: 'do you sell gift cards? I never know what to get my niece',
        es: 'qué pena la pregunta, ¿venden tarjetas de regalo? nunca sé qué darle a mi sobrina',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
