/**
 * Board games & tabletop (games by player count and age, expansions, card sleeves by size, dice
 * sets, playmats, miniature paint sets, storage), EN and ES shoppers on the English-only catalog.
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
  swaps,
  unchanged,
  usd,
} from '../../../dialogue/bilingual.ts';
import { G } from './games.handles.ts';
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but…"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [gamesEn, gamesEs] = scripts('games', [
  {
    title:
      'family game night: games under 30, age and reading, add by name, comparison, no solo mode, add after comparison, sleeve size, sold-out decimal sleeve size, sleeves after refusal keep size and quantity, player count, yes/no about a product not in focus, several items, price, deluxe contents, sold-out edition, edition after refusal, unknown origin, sold-out colour family, colour family after refusal, dice count, read-back, remove, save for later',
    steps: [
      {
        en: "we're starting a family game night on Fridays. what board games do you have for under thirty dollars?",
        es: 'vamos a empezar a hacer noche de juegos en familia los viernes. ¿qué juegos de mesa tenéis por menos de treinta dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Board Games', maxPrice: 30 }), shownSome({ handles: [G.firefly] })],
      },
      {
        en: "our youngest is five and can't read yet. would Firefly Trail work for her?",
        es: 'la pequeña tiene cinco años y aún no sabe leer. ¿le valdría el Firefly Trail?',
        covers: 'spec question answered yes from the product text (ages 5 and up, no reading needed)',
        checks: [says('\\b5\\b|five|cinco|read|leer'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(G.firefly)],
      },
      {
        en: 'lovely, add Firefly Trail',
        es: 'genial, añade el Firefly Trail',
        covers: 'add by name',
        checks: [adds(line(G.firefly, undefined, 1))],
      },
      {
        en: 'for my husband and me once the kids are in bed, how does Lighthouse Duel compare with Pocket Kingdoms?',
        es: 'para mi marido y para mí cuando los niños se acuestan, ¿cómo se compara el Lighthouse Duel con el Pocket Kingdoms?',
        covers: 'comparison of two named products',
        checks: [says('lighthouse|duel'), says('pocket|kingdoms'), shownOnly(G.duel, G.pocket)],
      },
      {
        en: 'he works late a lot. can I play Lighthouse Duel by myself?',
        es: 'él trabaja hasta tarde muchas veces. ¿puedo jugar al Lighthouse Duel yo sola?',
        covers: 'spec question whose answer in the text is no (strictly two players, no solo mode)',
        checks: [
          says(`${NO}|strictly|only for two|solo para dos|exclusivamente`),
          says('solo|two|dos|player|jugador|alone|sola'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: "then Pocket Kingdoms, we'll play that one together",
        es: 'entonces el Pocket Kingdoms, a ese jugamos juntos',
        covers: 'add by name after a comparison',
        checks: [adds(line(G.pocket, undefined, 1))],
      },
      {
        en: 'what size sleeves do its cards take?',
        es: '¿qué tamaño de fundas llevan sus cartas?',
        covers: 'spec question answered from the product text (63.5 x 88 mm)',
        checks: [says('63[.,]5|\\b88\\b'), saysNot(IDK)],
      },
      {
        en: 'two packs of the matte sleeves in sixty three and a half by eighty eight',
        es: 'dos paquetes de fundas mate de sesenta y tres y medio por ochenta y ocho',
        covers:
          'sold-out decimal size ("sixty three and a half by eighty eight" → Size "63.5 x 88 mm") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('premium|clear|penny|transparent|44 x 68|59 x 92|70 x 120')],
      },
      {
        en: 'then the premium clear ones, still two packs, same size',
        es: 'pues las premium transparentes, también dos paquetes, mismo tamaño',
        covers: 'decimal size by catalog name after a refusal keeps the quantity (Size "63.5 x 88 mm", 2)',
        checks: [adds(line(G.clearSleeves, { Size: '63.5 x 88 mm' }, 2))],
      },
      {
        en: "when the cousins come over we're about nine people. how many can play Whisper Relay?",
        es: 'cuando vienen los primos somos unos nueve. ¿cuántos pueden jugar al Whisper Relay?',
        covers: 'spec question answered from the product text (4 to 10 players)',
        checks: [says('\\b10\\b|\\bten\\b|diez'), saysNot(IDK), shownOnly(G.whisper)],
      },
      {
        en: 'and the Encore box, can we play that one without the original?',
        es: '¿y la caja Encore se puede jugar sin el juego original?',
        covers: 'yes/no about a product not in focus: answer in the text is no (Encore needs Whisper Relay)',
        checks: [
          says(`${NO}|requires|needs|necesita|hace falta|requiere`),
          says('whisper|base|original|encore'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(G.encore, G.whisper),
        ],
      },
      {
        en: 'put both of those in, the game and the Encore',
        es: 'mete los dos, el juego y el Encore',
        covers: 'several items in one request',
        checks: [adds(line(G.whisper, undefined, 1), line(G.encore, undefined, 1))],
      },
      {
        en: 'something for me: how much is Iron Meridian in the regular retail edition?',
        es: 'algo para mí: ¿cuánto cuesta el Iron Meridian en la edición normal, la Retail?',
        covers: "price in the store's currency",
        checks: [says('\\b89\\b'), says('meridian'), ...usd],
      },
      {
        en: 'what do you get extra with the deluxe?',
        es: '¿qué trae de más la deluxe?',
        covers: 'spec question answered from the product text (metal coins and a neoprene map)',
        checks: [says('metal|coin|neoprene|moneda|neopreno'), saysNot(IDK), shownOnly(G.meridian)],
      },
      {
        en: "ooh, I'll treat myself to the deluxe",
        es: 'uy, me doy el capricho con la deluxe',
        covers: 'sold-out variant (Edition "Deluxe") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('\\bretail|\\b89\\b|\\bregular\\b|\\bstandard\\b|\\bnormal\\b|est[aá]ndar'),
        ],
      },
      {
        en: 'oh well, the retail edition is fine',
        es: 'bueno, me conformo con la Retail',
        covers: 'option value by catalog name after a refusal (Edition "Retail")',
        checks: [adds(line(G.meridian, { Edition: 'Retail' }, 1))],
      },
      {
        en: 'is Iron Meridian printed in Germany? those usually have nicer pieces',
        es: '¿el Iron Meridian se fabrica en Alemania? suelen tener mejores piezas',
        covers: "spec question not in the text: don't know (country of manufacture)",
        checks: [says(DONT_KNOW), says('meridian'), shownOnly(G.meridian), notCalled('add_to_cart')],
      },
      {
        en: 'my son wants his own dice for his role-playing group. a resin set in purple',
        es: 'mi hijo quiere sus propios dados para su grupo de rol. un set de resina en morado',
        covers:
          'sold-out variant by colour family (purple → Color "Amethyst Haze") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('ocean|ember|glacier|\\bred\\b|blue|clear|rojo|azul|transparent'),
        ],
      },
      {
        en: "oh well, he'll be happy with the red",
        es: 'pues el rojo',
        covers: 'colour family to a catalog colour name after a refusal (red → Color "Ember Red")',
        checks: [adds(line(G.resinDice, { Color: 'Ember Red' }, 1))],
      },
      {
        en: 'how many dice come in that set?',
        es: '¿cuántos dados trae ese set?',
        covers: 'spec question answered from the product text (seven dice)',
        checks: [says('\\b7\\b|seven|siete'), saysNot(IDK), shownOnly(G.resinDice)],
      },
      {
        en: 'tot it all up for me, what are we at?',
        es: 'repásame lo que hay y el total, porfa',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('firefly|pocket|sleeve|whisper|encore|meridian|dice|funda|dados')],
      },
      {
        en: 'take Iron Meridian out, three hours is too long for a school night',
        es: 'quita el Iron Meridian, tres horas es demasiado para un día de cole',
        covers: 'remove an item',
        checks: [removes(line(G.meridian))],
      },
      {
        en: "and keep the Encore box for later, let's see if they like the base game first",
        es: 'y deja el Encore guardado para más adelante, a ver primero si les gusta el juego base',
        covers: 'save for later',
        checks: [saved(G.encore), keeps(G.encore)],
      },
    ],
  },
  {
    title:
      'painting minis for a campaign: paint sets under 25, brush included, several items, sold-out primer colour, colour after refusal, not below 50 °F, case size from the text, quantity + colour, promos, expired code, code, checkout, no, opened primer returns, read-back, yes, status, cancel asks, cancel',
    steps: [
      {
        en: 'my group just started a campaign and I want to paint my own minis. what paint sets do you have under twenty five?',
        es: 'mi grupo acaba de empezar una campaña y quiero pintar mis propias minis. ¿qué sets de pintura manejan de menos de veinticinco dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Paint Sets', maxPrice: 25 }), shownSome({ handles: [G.metallicPaints] })],
      },
      {
        en: 'does the starter paint set come with a brush?',
        es: '¿el set de pinturas para principiantes trae pincel?',
        covers: 'spec question answered yes from the product text (one size 1 brush)',
        checks: [says('brush|pincel'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(G.starterPaints)],
      },
      {
        en: 'cool, the starter set and the detail brush set',
        es: 'va, el set de principiante y el set de pinceles de detalle',
        covers: 'several items in one request',
        checks: [adds(line(G.starterPaints, undefined, 1), line(G.brushes, undefined, 1))],
      },
      {
        en: 'and a can of spray primer, white',
        es: 'y una lata de primer en aerosol, blanco',
        covers: 'sold-out variant (Color "White") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('grey|gray|black|gris|negr')],
      },
      {
        en: 'grey works',
        es: 'va, el gris me sirve',
        covers: 'option value by catalog name after a refusal (Color "Grey")',
        checks: [adds(line(G.primer, { Color: 'Grey' }, 1))],
      },
      {
        en: "it's like forty degrees out right now. is it ok to spray it in the garage with the door open?",
        es: 'ahorita hace como cuarenta grados Fahrenheit afuera. ¿lo puedo aplicar en la cochera con la puerta abierta?',
        covers: 'spec question whose answer in the text is no (never below 50 °F)',
        checks: [
          says(`${NO}|\\b50\\b|too cold|demasiado fr[ií]o`),
          says('\\b50\\b|\\b60\\b|cold|fr[ií]o|temperat|grados|degree|°'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'Deep Vault came with fifty two minis. I need a carry case big enough for all of them',
        es: 'el Deep Vault trae cincuenta y dos minis. necesito un estuche donde quepan todas',
        covers: 'option value by catalog name chosen from the product text (52 miniatures → Size "96 Minis")',
        checks: [adds(line(G.carryCase, { Size: '96 Minis' }, 1))],
      },
      {
        en: 'also two of the folding dice trays, the burgundy ones',
        es: 'también dos bandejas plegables para dados, las color guinda',
        covers: 'quantity in words + option value by catalog name (Color "Burgundy", 2)',
        checks: [adds(line(G.tray, { Color: 'Burgundy' }, 2))],
      },
      {
        en: 'is there a code floating around that saves me some cash?',
        es: '¿tienen algún código de promoción que pueda usar?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?game ?10'),
          says('crit ?hit ?15'),
          saysNot('dice ?day ?30'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'someone at my comic shop said to try DICEDAY30',
        es: 'en la tienda de cómics me dijeron que usara DICEDAY30',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'dang. CRITHIT15 then',
        es: 'chale. entonces CRITHIT15',
        covers: 'apply a promo code',
        checks: [promo('CRITHIT15')],
      },
      {
        en: "ok, I think I'm ready to pay",
        es: 'listo, ya quedó, quiero pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal, says('paint|brush|primer|case|tray|pintura|pincel|estuche|bandeja')],
      },
      {
        en: 'no, wait, I want to check something first',
        es: 'no, espérame, quiero revisar algo antes',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "if I open the primer and the colour's off, can I still return it?",
        es: 'si abro el primer y el color no me convence, ¿todavía lo puedo devolver?',
        covers: 'policy question answered from the policy text (opened primers cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'alright, no problem. go ahead to the checkout',
        es: 'ok, no pasa nada. vamos al pago',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: "yes, confirmed, that's my whole order, send it",
        es: 'sí, es todo, haz mi pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'any sign of those paints I bought?',
        es: '¿ya enviaron mi pedido de pinturas?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'a buddy is handing down his old paints to me. can you cancel the order?',
        es: 'mi cuate me va a pasar sus pinturas viejas. ¿me cancelas el pedido?',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yep, I'm sure, cancel the paint order",
        es: 'simón, dale, cancela el pedido de las pinturas',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'a new campaign table: dice under 20, no bags, role-playing sets only, start over, cheapest dice item, most players, age, draft, fifth player, several items, unpainted minis, sold-out decimal thickness + colour, colour after refusal keeps thickness, correction, machine wash, sold-out colour, colour after refusal, table dents, option search, ordinal, sold-out product, read-back, remove, empty, human',
    steps: [
      {
        en: 'I need some dice gear for my table. what have you got under twenty dollars?',
        es: 'necesito cosas de dados para mi mesa. ¿qué tenéis por menos de veinte dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Dice', maxPrice: 20 }), shownSome({ handles: [G.resinDice] })],
      },
      {
        en: "not the bags, I've got plenty",
        es: 'las bolsas no, ya tengo de sobra',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Dice', maxPrice: 20, notHandles: [G.diceBag] })],
      },
      {
        en: 'only full sets for role-playing games',
        es: 'solo los sets completos para juegos de rol',
        covers: 'refinement by a use from the text keeps category and price bound',
        checks: [shown({ type: 'Dice', maxPrice: 20, handles: [G.resinDice] })],
      },
      {
        en: 'start over, I want to see all of your dice stuff',
        es: 'empecemos de cero, quiero ver todo lo que tenéis de dados',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Dice' }),
          shownSome({ handles: [G.metalDice] }),
          shownSome({ handles: [G.diceBag] }),
        ],
      },
      {
        en: "out of that lot, what's the cheapest thing?",
        es: 'de todo eso, ¿qué es lo más barato?',
        covers: 'superlative over price',
        checks: [
          best(
            G.diceBag,
            'bag|bolsa|\\b7\\b',
            'block|bloque|resin|resina|tray|bandeja|metal|\\b9\\b|\\b12\\b|\\b18\\b',
          ),
        ],
      },
      {
        en: 'different question. which of your games plays with the most people?',
        es: 'otra cosa: ¿con qué juego podemos jugar más personas a la vez?',
        covers: 'superlative over a numeric attribute (player count)',
        checks: [best(G.ferry, 'night ferry|ferry|\\b12\\b|twelve|doce', 'whisper|\\b10\\b|\\bten\\b|diez')],
      },
      {
        en: 'how old do you need to be to play it?',
        es: '¿y para qué edad es?',
        covers: 'spec question answered from the product text (13 and up)',
        checks: [says('\\b13\\b|thirteen|trece'), saysNot(IDK), shownOnly(G.ferry)],
      },
      {
        en: 'a friend says Tokenfall has a Sunken Crypt expansion for Deep Vault on the way. can I buy it yet?',
        es: 'un amigo dice que Tokenfall va a sacar una expansión Sunken Crypt para Deep Vault. ¿ya se puede comprar?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Expansions', notHandles: [G.draftCrypt] }),
          saysNot('sunken|crypt|2027|preview|\\b49\\b'),
        ],
      },
      {
        en: 'what about Frozen Halls, does it let a fifth person join?',
        es: '¿y el Frozen Halls permite que juegue una quinta persona?',
        covers: 'spec question answered yes from the product text (a fifth hero, up to 5 players)',
        checks: [
          says('\\b5\\b|five|fifth|cinco|quint'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(G.frozenHalls),
        ],
      },
      {
        en: 'great, add Deep Vault and Frozen Halls',
        es: 'estupendo, añade el Deep Vault y el Frozen Halls',
        covers: 'several items in one request',
        checks: [adds(line(G.deepVault, undefined, 1), line(G.frozenHalls, undefined, 1))],
      },
      {
        en: 'do the miniatures come painted?',
        es: '¿las miniaturas vienen pintadas?',
        covers: 'spec question whose answer in the text is no (unpainted miniatures)',
        checks: [says(`${NO}|unpainted|sin pintar`), says('mini|paint|pint'), saysNot(NOT_YES), saysNot(IDK)],
      },
      {
        en: 'a card playmat as well, one and a half millimetre, in midnight',
        es: 'también un tapete para cartas, de milímetro y medio, en el Midnight',
        covers:
          'sold-out decimal size ("one and a half millimetre" → Thickness "1.5 mm") + Color "Midnight" refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('forest|green|verde|\\b3 ?mm|\\bthree\\b|\\btres\\b')],
      },
      {
        en: 'go with the green then, same thickness',
        es: 'pues el verde, mismo grosor',
        covers:
          'colour by catalog name after a refusal keeps the decimal size (Color "Forest Green", Thickness "1.5 mm")',
        checks: [adds(line(G.playmat, { Thickness: '1.5 mm', Color: 'Forest Green' }, 1))],
      },
      {
        en: 'actually, make it the three millimetre one, thin mats always curl up on me',
        es: 'mejor cámbialo por el de tres milímetros, los finos se me enrollan siempre',
        covers:
          'correction replaces the line just added (Thickness "1.5 mm" → "3 mm", keeps Color "Forest Green")',
        checks: [
          swaps(
            line(G.playmat, { Thickness: '3 mm', Color: 'Forest Green' }, 1),
            line(G.playmat, { Thickness: '1.5 mm', Color: 'Forest Green' }, 1),
          ),
        ],
      },
      {
        en: 'can it go in the washing machine? we spill drinks all the time',
        es: '¿se puede meter en la lavadora? siempre se nos cae la bebida encima',
        covers: 'spec question answered yes from the product text (machine wash cold, air dry)',
        checks: [
          says('wash|cold|lav|fr[ií]a|air|aire'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(G.playmat),
        ],
      },
      {
        en: "the metal dice in gold, they'd look great with Deep Vault",
        es: 'los dados metálicos en dorado, quedarían genial con el Deep Vault',
        covers:
          'sold-out variant (Color "Antique Gold", said as gold) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('silver|steel|plata|plateado|acero')],
      },
      {
        en: 'silver is fine',
        es: 'me quedo con los plateados',
        covers: 'option value by catalog name after a refusal (Color "Silver")',
        checks: [adds(line(G.metalDice, { Color: 'Silver' }, 1))],
      },
      {
        en: 'will heavy dice like that mark up my wooden table?',
        es: '¿unos dados tan pesados me van a marcar la mesa de madera?',
        covers:
          'spec question answered yes from the product text (they can dent a wooden table: roll them in a tray)',
        checks: [
          says('dent|tray|bandeja|marc|abolla|golpe|da[nñ]'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(G.metalDice, G.tray),
        ],
      },
      {
        en: 'which of your things come in mini euro size, forty four by sixty eight?',
        es: '¿qué tenéis en tamaño mini euro, cuarenta y cuatro por sesenta y ocho?',
        covers: 'category search by an option value (Size "44 x 68 mm")',
        checks: [shown({ option: { name: 'Size', values: ['44 x 68 mm'] } })],
      },
      {
        en: "I'll take number three off that list",
        es: 'el tercero de la lista, ese me lo llevo',
        covers: 'ordinal reference to the list shown ("the third one") keeps the size asked in the search',
        checks: [addedShownAt(3, { Size: '44 x 68 mm' })],
      },
      {
        en: 'oh, and the organizer insert for Orchard Rivals',
        es: 'ah, y el organizador para Orchard Rivals',
        covers: 'sold-out product refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('token|bins|deck box|caja|carry case|malet|estuche|cubet')],
      },
      {
        en: "ok, what's in my basket now?",
        es: 'a ver, repásame la cesta tal como está',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('deep vault|frozen|playmat|dice|sleeve|tapete|dados|fundas')],
      },
      {
        en: 'drop the metal dice, my brother has some',
        es: 'quita los dados metálicos, mi hermano tiene unos',
        covers: 'remove an item',
        checks: [removes(line(G.metalDice))],
      },
      {
        en: "hmm, you know, just empty it all, I'll look again another day",
        es: 'oye, mejor bórralo todo del carrito, ya lo miraré otro día',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'is there someone I could ask about games for a group of eight teenagers?',
        es: '¿hay alguien con quien pueda hablar sobre juegos para un grupo de ocho adolescentes?',
        covers: 'ask for a human',
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'policy questions: missing pieces, opened game returns, shipping under the threshold, primer to Hawaii, Canada, gift wrap, game nights, private table, instalments, cash on delivery, dice tray warranty, buying used games not in the text',
    steps: [
      {
        en: 'I opened Night Ferry and two role cards are missing. what can you do?',
        es: 'abrí el Night Ferry y le faltan dos cartas de rol. ¿qué pueden hacer?',
        covers: 'policy question answered from the policy text (missing pieces replaced free within 60 days)',
        checks: [
          saysNot(IDK),
          says('replace|reemplaz|repon|repos|free|gratis|\\b60\\b'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'we played Treetop Towns once and nobody liked it. can I return it?',
        es: 'jugamos una vez al Treetop Towns y a nadie le gustó. ¿lo puedo regresar?',
        covers: 'policy question answered from the policy text (opened games cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: "what's delivery on a thirty dollar game?",
        es: 'si compro un juego de treinta dólares, ¿cuánto me cobran por mandarlo?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('4[.,]95|\\b50\\b'), notCalled('search_products')],
      },
      {
        en: "my brother's stationed in Hawaii. could you ship him a can of primer?",
        es: 'mi hermano está en Hawái con la Marina. ¿le pueden mandar una lata de primer?',
        covers:
          'policy question answered from the policy text (no spray primer to Alaska, Hawaii or Puerto Rico)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('hawai|primer|aerosol|spray|ground|terrestre'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "what's shipping to Montreal for a board game?",
        es: '¿cuánto cuesta mandar un juego de mesa a Montreal?',
        covers: 'policy question answered from the policy text (Canada for $14)',
        checks: [saysNot(IDK), says('\\b14\\b'), notCalled('add_to_cart')],
      },
      {
        en: "it's a birthday present. can you wrap it?",
        es: 'es para un cumpleaños. ¿me lo pueden envolver para regalo?',
        covers: 'policy question answered from the policy text (gift wrap for $4)',
        checks: [saysNot(IDK), says('\\b4\\b|four|cuatro'), notCalled('add_to_cart')],
      },
      {
        en: 'do you guys host game nights at the store?',
        es: '¿organizan noches de juegos en la tienda?',
        covers: 'policy question answered from the policy text (free game nights on Fridays at 6 pm)',
        checks: [saysNot(IDK), says('friday|viernes|free|gratis|\\b6\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'and if my group wants a table just for us, what does that cost?',
        es: '¿y si mi grupo quiere una mesa para nosotros solos, cuánto cuesta?',
        covers: 'policy question answered from the policy text (a private table for $25)',
        checks: [saysNot(IDK), says('\\b25\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'can I break a big order into four payments?',
        es: '¿me dejan pagar en cuatro quincenas?',
        covers: 'policy question answered from the policy text (Sezzle in four payments from $35)',
        checks: [
          saysNot(IDK),
          says('sezzle|four|cuatro|plazo'),
          says('\\b35\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'is cash on delivery an option?',
        es: '¿aceptan pago contra entrega en efectivo?',
        covers: 'policy question answered from the policy text (no cash on delivery)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('cash|efectivo|delivery|entrega'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'the seam on my dice tray split after six months. is that under warranty?',
        es: 'se le abrió la costura a mi bandeja de dados a los seis meses. ¿eso lo cubre la garantía?',
        covers: 'policy question answered from the policy text (dice trays: 1-year warranty on seams)',
        checks: [
          saysNot(IDK),
          says('\\b1\\b|one year|a year|un a[nñ]o|1 a[nñ]o|year'),
          saysNot(OPENS_NO),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'do you buy used games? I have a whole shelf of them',
        es: '¿compran juegos usados? tengo un librero lleno',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
