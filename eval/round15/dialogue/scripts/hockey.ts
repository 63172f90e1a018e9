/**
 * Ice hockey & skating (hockey skates, recreational and figure skates, guards and soakers, skating
 * dresses and tights, sticks and tape, helmets, visors, gloves and pads, pucks, training gear, bags),
 * EN and ES shoppers on the English-only catalog. Frozen: written before this round's tuning; never
 * edit expectations.
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
import { H } from './hockey.handles.ts';
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but..."): no opening "No". */
const OPENS_NO = '^\\W*no\\b';
const SKATES = ['Hockey Skates', 'Recreational Skates', 'Figure Skates'];

export const [hockeyEn, hockeyEs] = scripts('hockey', [
  {
    title:
      'a first season for two kids: hockey skates under 100, adjustable sizes, size range in words, cage included, sold-out helmet size + colour, colour after refusal keeps size, shin guard length, length in words, colour family + size in words, no visor for a minor, comparison, price, hand by catalog name, cutting the stick, quantity + colour family, unknown washing, sold-out half size figure skate, size after refusal, blades already sharp, colour family, sold-out dress size + colour family, colour family after refusal keeps size, read-back, remove, save for later',
    steps: [
      {
        en: 'my boy just signed up for learn-to-play hockey. which hockey skates have you got for less than a hundred dollars?',
        es: 'mi hijo se acaba de inscribir en la escuelita de hockey. ¿qué patines de hockey tienen por menos de cien dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Hockey Skates', maxPrice: 100 }), shownSome({ handles: [H.adjustable] })],
      },
      {
        en: 'he outgrows his sneakers every few months. how would the adjustable pair save me money?',
        es: 'se le quedan chicos los tenis cada pocos meses. ¿cómo me ahorraría lana el par ajustable?',
        covers: 'spec question answered from the product text (the boot lengthens over four sizes)',
        checks: [
          says('four|\\b4\\b|sizes|grow|button|cuatro|tallas|numeros|crec|boton'),
          says('adjustable|ajustable|boot|bota'),
          saysNot(IDK),
          shownOnly(H.adjustable),
        ],
      },
      {
        en: "he's a youth thirteen right now, so the adjustable ones in the bigger range",
        es: 'ahorita calza trece de niño, así que los ajustables en el rango más grande',
        covers: 'option value by catalog name said in words ("the bigger range" for a Y13 → Size "Y12-2")',
        checks: [adds(line(H.adjustable, { Size: 'Y12-2' }, 1))],
      },
      {
        en: 'does the Shield helmet have the face cage on it, or do I buy one separately?',
        es: '¿el casco Shield ya trae la rejilla para la cara o esa se compra aparte?',
        covers: 'spec question answered yes from the product text (stainless cage included)',
        checks: [
          says('includ|comes with|already|viene|trae|incluid|ya tiene'),
          says('helmet|cage|shield|casco|rejilla'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(H.helmet),
        ],
      },
      {
        en: 'his head is twenty-two and a half inches around. the medium, in white to match his jersey',
        es: 'su cabeza mide veintidós pulgadas y media de contorno. el mediano, en blanco para que combine con su jersey',
        covers:
          'sold-out variant (Size "M" + Color "White") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|small|large|negr|chic|grande')],
      },
      {
        en: 'black goes with anything, keep it a medium',
        es: 'el negro combina con todo, que siga siendo mediano',
        covers: 'option value by catalog name after a refusal keeps the size (Color "Black", Size "M")',
        checks: [adds(line(H.helmet, { Size: 'M', Color: 'Black' }, 1))],
      },
      {
        en: 'the coach told us to measure for shin guards. where am I supposed to measure him from?',
        es: 'el entrenador nos dijo que lo midiéramos para las espinilleras. ¿desde dónde le tengo que medir?',
        covers: 'spec question answered from the product text (kneecap to the top of the skate boot)',
        checks: [says('knee|rodilla'), says('boot|skate|bota|patin'), saysNot(IDK), shownOnly(H.shins)],
      },
      {
        en: 'it came to thirteen inches on the nose, so that length',
        es: 'le salieron trece pulgadas exactas, así que de ese largo',
        covers: 'option value by catalog name said in words (Size "13 in")',
        checks: [adds(line(H.shins, { Size: '13 in' }, 1))],
      },
      {
        en: "gloves too, red ones, in the smaller of the two sizes since he's only four foot eight",
        es: 'guantes también, rojos, de la talla más chica de las dos porque mide apenas un metro cuarenta',
        covers:
          'colour family to a catalog colour name + size said in words (red → Color "Crimson", the smaller → Size "13 in")',
        checks: [adds(line(H.gloves, { Size: '13 in', Color: 'Crimson' }, 1))],
      },
      {
        en: 'could he wear the half visor in his youth league instead of the full cage?',
        es: '¿podría usar la media visera en su liga infantil en lugar de la rejilla completa?',
        covers: 'spec question whose answer in the text is no (youth leagues require a full cage under 18)',
        checks: [
          says(`${NO}|\\b18\\b|menores`),
          says('visor|visera|cage|rejilla|league|liga|18'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(H.visor),
        ],
      },
      {
        en: 'for his stick, how does the Junior Composite compare with the wooden street one?',
        es: 'para su palo, ¿en qué se diferencia el Junior Composite del de madera para la calle?',
        covers: 'comparison of two named products',
        checks: [
          says('junior|composite'),
          says('street|wood|calle|madera'),
          shownOnly(H.juniorStick, H.streetStick),
        ],
      },
      {
        en: "what's the Junior Composite going for?",
        es: '¿y el Junior Composite en cuánto sale?',
        covers: "price in the store's currency",
        checks: [says('\\b69\\b'), says('junior|composite'), ...usd],
      },
      {
        en: 'he shoots left like his old man, so the junior one for a lefty',
        es: 'tira por la izquierda como su papá, así que el junior para zurdo',
        covers: 'option value by catalog name said in words ("shoots left" → Hand "Left")',
        checks: [adds(line(H.juniorStick, { Hand: 'Left' }, 1))],
      },
      {
        en: "it'll be too tall for him at first. am I allowed to saw some off the end?",
        es: 'al principio le va a quedar largo. ¿se le puede cortar un pedazo con sierra?',
        covers: 'spec question answered yes from the product text (cut with a hacksaw to chin height)',
        checks: [
          says('cut|saw|chin|cort|sierra|barbilla|menton'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(H.juniorStick),
        ],
      },
      {
        en: 'throw in three rolls of tape in the bright green',
        es: 'agrégale tres rollos de cinta en el verde fosforito',
        covers: 'quantity + colour family to a catalog colour name (bright green → Color "Neon Lime", 3)',
        checks: [adds(line(H.tape, { Color: 'Neon Lime' }, 3))],
      },
      {
        en: 'can the neck guard go through the washing machine?',
        es: '¿el protector de cuello se puede meter a la lavadora?',
        covers: "spec question not in the text: don't know (machine washing the neck guard)",
        checks: [says(DONT_KNOW), says('neck|cuello'), shownOnly(H.neck), notCalled('add_to_cart')],
      },
      {
        en: 'his big sister is into figure skating. the Aria skates in a six and a half',
        es: 'a su hermana mayor le gusta el patinaje artístico. los patines Aria en seis y medio',
        covers:
          'sold-out half size ("six and a half" → Size "6.5") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(6|7|six|seven|seis|siete)\\b|5[.,]5')],
      },
      {
        en: 'a plain six then, she can wear thinner socks',
        es: 'entonces un seis a secas, que se ponga calcetas más delgadas',
        covers: 'option value by catalog name after a refusal (Size "6")',
        checks: [adds(line(H.aria, { Size: '6' }, 1))],
      },
      {
        en: 'do I have to get the blades sharpened before her first lesson?',
        es: '¿tengo que mandar a afilar las cuchillas antes de su primera clase?',
        covers:
          'spec question whose answer in the text is no (the Aria blades are sharpened before they ship)',
        checks: [
          says(`${NO}|already|ya vienen|ya llegan`),
          says('sharp|blade|afil|cuchilla'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(H.aria),
        ],
      },
      {
        en: 'a set of the figure blade guards in that pinky gold',
        es: 'unos protectores de cuchilla de artístico en ese dorado rosita',
        covers: 'colour family to a catalog colour name (pinky gold → Color "Rose Gold")',
        checks: [adds(line(H.figureGuards, { Color: 'Rose Gold' }, 1))],
      },
      {
        en: 'she has a competition coming. the skating dress, child ten to twelve, in purple',
        es: 'tiene una competencia pronto. el vestido de patinaje, niña de diez a doce, en morado',
        covers:
          'sold-out variant by colour family (Size "Child 10-12" + Color "Amethyst", said as purple) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('midnight|8-10|eight|ocho')],
      },
      {
        en: 'the dark blue then, still ten to twelve',
        es: 'el azul oscuro entonces, igual de diez a doce',
        covers:
          'colour family after a refusal keeps the size (dark blue → Color "Midnight Sky", Size "Child 10-12")',
        checks: [adds(line(H.dress, { Size: 'Child 10-12', Color: 'Midnight Sky' }, 1))],
      },
      {
        en: 'alright, tell me everything in the cart and the damage',
        es: 'órale, dime todo lo que hay en el carrito y cuánto va',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says(
            'adjustable|helmet|shin|glove|stick|tape|aria|guard|dress|patin|casco|espinill|guante|palo|cinta|vestido',
          ),
        ],
      },
      {
        en: 'take the tape off, the coach hands it out for free',
        es: 'quítale la cinta, el entrenador la regala',
        covers: 'remove an item',
        checks: [removes(line(H.tape))],
      },
      {
        en: "and put the dress aside for later, her competition isn't until March",
        es: 'y el vestido guárdamelo para después, su competencia es hasta marzo',
        covers: 'save for later',
        checks: [saved(H.dress), keeps(H.dress)],
      },
    ],
  },
  {
    title:
      'a beer-league player and checkout: sticks under 200, flex by body weight, sold-out hand + flex, flex after refusal keeps hand, cutting stiffens, sold-out glove size + colour family, colour after refusal keeps size, goalie stick price, regular is the wrong hand, hand from the text, promos, expired code, code, checkout, no, taped-stick return, read-back, yes, status, cancel',
    steps: [
      {
        en: 'my stick snapped in the Thursday night beer league. what sticks do you sell under two hundred?',
        es: 'se me partió el stick en la liga de los jueves por la noche. ¿qué sticks vendéis por menos de doscientos?',
        covers: 'category search with a price bound',
        checks: [
          shown({ type: ['Hockey Sticks', 'Goalie Sticks'], maxPrice: 200 }),
          shownSome({ handles: [H.vapor] }),
        ],
      },
      {
        en: "I'd splurge on the Apex. I weigh two hundred ten pounds, which flex is meant for me?",
        es: 'me daría el capricho con el Apex. peso unas doscientas diez libras, ¿qué flex me corresponde?',
        covers: 'spec question answered from the product text (flex 85 over 190 lb)',
        checks: [says('\\b85\\b|eighty.five|ochenta y cinco'), saysNot(IDK), shownOnly(H.apex)],
      },
      {
        en: 'the Apex then, left-handed, in that stiffer flex',
        es: 'pues el Apex, de zurdo, con ese flex más duro',
        covers:
          'sold-out variant (Hand "Left" + Flex "85") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b75\\b|right|derech|setenta y cinco')],
      },
      {
        en: 'go with the seventy-five, still a lefty',
        es: 'venga, el setenta y cinco, sigue siendo de zurdo',
        covers: 'option value by catalog name after a refusal keeps the hand (Flex "75", Hand "Left")',
        checks: [adds(line(H.apex, { Hand: 'Left', Flex: '75' }, 1))],
      },
      {
        en: 'if I chop an inch off the top will it get any whippier?',
        es: 'si le corto una pulgada por arriba, ¿se vuelve más blando?',
        covers: 'spec question whose answer in the text is no (cutting an inch raises the flex by about 3)',
        checks: [
          says(`${NO}|stiff|raise|higher|rigid|dur|sube|aument`),
          says('flex|stiff|\\b3\\b|three|tres|rigid|dur'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(H.apex),
        ],
      },
      {
        en: 'my gloves are falling apart too. the Pro gloves, fourteen inch, the red pair',
        es: 'los guantes también se me caen a trozos. los Pro, de catorce pulgadas, los rojos',
        covers:
          'sold-out variant by colour family (Size "14 in" + Color "Crimson", said as red) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('navy|\\b13\\b|thirteen|marino|trece')],
      },
      {
        en: "navy's fine, still the fourteens",
        es: 'los azul marino me valen, de catorce igualmente',
        covers: 'option value by catalog name after a refusal keeps the size (Color "Navy", Size "14 in")',
        checks: [adds(line(H.gloves, { Size: '14 in', Color: 'Navy' }, 1))],
      },
      {
        en: "our goalie keeps asking me. how much is the goalie stick you've got?",
        es: 'nuestro portero no para de preguntarme. ¿cuánto cuesta el stick de portero que tenéis?',
        covers: "price in the store's currency",
        checks: [says('\\b139\\b'), says('goalie|portero'), ...usd],
      },
      {
        en: 'he catches with his right hand. is the Regular one right for him?',
        es: 'él para con la mano derecha. ¿le sirve el Regular?',
        covers:
          'spec question whose answer in the text is no (Regular catches with the left hand; Full Right)',
        checks: [
          says(`${NO}|full right`),
          says('full right|regular|left|izquierd'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(H.goalieStick),
        ],
      },
      {
        en: "then put in the version that's right for him",
        es: 'entonces mete la versión que le va a él',
        covers: 'option value by catalog name said from the text (catches right-handed → Hand "Full Right")',
        checks: [adds(line(H.goalieStick, { Hand: 'Full Right' }, 1))],
      },
      {
        en: 'is the shop running any promo codes this week?',
        es: '¿hay alguna promo con código esta semana en la tienda?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('face ?off ?10'),
          says('hat ?trick ?40'),
          saysNot('open ?skate ?20'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'a guy on my team swore OPENSKATE20 still works',
        es: 'un compañero del equipo me juró que OPENSKATE20 todavía funciona',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'figures. put HATTRICK40 on instead',
        es: 'lo que me imaginaba. ponme HATTRICK40 en su lugar',
        covers: 'apply a promo code',
        checks: [promo('HATTRICK40')],
      },
      {
        en: "that's everything for the league, let's check out",
        es: 'ya está todo lo de la liga, vamos a pasar por caja',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal, says('apex|glove|goalie|stick|guante|portero')],
      },
      {
        en: "no, don't place it yet, I've got a question",
        es: 'no, no lo tramites todavía, tengo una duda',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'say I tape up the Apex and hate how it feels. can it still go back?',
        es: 'si le pongo cinta al Apex y luego no me convence, ¿lo puedo devolver igual?',
        covers: 'policy question answered from the policy text (taped sticks cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "fair enough, I'll try it bare first. carry on, it goes to Saint Paul",
        es: 'vale, lo probaré sin cinta primero. sigue, va a Saint Paul',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yep, every line checks out, put it through',
        es: 'sí, está todo en orden, tramítalo',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'has the stick order left your warehouse?',
        es: '¿hay novedades del pedido de los sticks?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'the rink just shut down our league for the season, I need to cancel that order',
        es: 'la pista acaba de cerrar la liga por esta temporada, tengo que cancelar ese pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'no doubt about it, kill the whole thing',
        es: 'sí, lo tengo claro, cancélalo entero',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing skates: skates under 250, no figure skates, adult sizes only, start over, cheapest skate, lightest skate, sold-out half size, size after refusal, hockey skates run small, heat molding, guards not for storage, several items, onyx, ordinal, draft, colour family, bag too small, lightest pucks, several items in words, read-back, remove, empty, human',
    steps: [
      {
        en: 'I want to start skating at the outdoor rink this winter. what skates do you have under two fifty?',
        es: 'quiero empezar a patinar en la pista al aire libre este invierno. ¿qué patines tienen por menos de doscientos cincuenta?',
        covers: 'category search with a price bound',
        checks: [shown({ type: SKATES, maxPrice: 250 }), shownSome({ handles: [H.recGlide] })],
      },
      {
        en: "skip the figure skates, I'm not doing any spins",
        es: 'sin los de patinaje artístico, yo no voy a hacer piruetas',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: ['Hockey Skates', 'Recreational Skates'], maxPrice: 250 })],
      },
      {
        en: 'and just the ones that come in grown-up sizes',
        es: 'y nada más los que vengan en tallas de adulto',
        covers: 'refinement by a size keeps category and price bound',
        checks: [shown({ maxPrice: 250, handles: [H.vector5, H.recGlide] })],
      },
      {
        en: 'hmm, drop all of that and list every kind of skate you carry',
        es: 'mmm, olvida todo eso y enséñame todos los patines que manejan',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: SKATES }),
          shownSome({ handles: [H.aria] }),
          shownSome({ handles: [H.vector5] }),
        ],
      },
      {
        en: 'out of all of them, which costs the least?',
        es: 'de todos ellos, ¿cuál sale más barato?',
        covers: 'superlative over price',
        checks: [
          best(
            H.adjustable,
            'adjustable|\\b69\\b',
            'strider|rec glide|spiral|vector|aria|\\b89\\b|\\b99\\b|\\b129\\b',
          ),
        ],
      },
      {
        en: 'and which pair is the lightest on the foot?',
        es: '¿y cuál es el par que pesa menos en el pie?',
        covers: 'superlative over a numeric attribute (weight per skate in the description)',
        checks: [best(H.strider, 'strider|1[.,]2', 'adjustable|rec glide|vector|1[.,]4|1[.,]7|2[.,]1')],
      },
      {
        en: "I'm getting proper hockey skates though. the Vector 5 in eight and a half",
        es: 'aunque me voy a llevar unos de hockey de verdad. los Vector 5 en ocho y medio',
        covers:
          'sold-out half size ("eight and a half" → Size "8.5") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(8|9|eight|nine|ocho|nueve)\\b')],
      },
      {
        en: 'bump me up to a nine',
        es: 'súbeme a un nueve',
        covers: 'option value by catalog name after a refusal (Size "9")',
        checks: [adds(line(H.vector5, { Size: '9' }, 1))],
      },
      {
        en: 'hang on, my sneakers are a ten. should I really be in a nine?',
        es: 'espera, mis tenis son del diez. ¿de verdad me toca un nueve?',
        covers: 'spec question answered from the product text (hockey skates fit 1 to 1.5 sizes smaller)',
        checks: [
          says(
            'smaller|down|less|1[.,]5|one and a half|one size|menor|menos|mas chic|uno y medio|un numero|una talla',
          ),
          saysNot(IDK),
          shownOnly(H.vector5),
        ],
      },
      {
        en: 'somebody told me new boots have to be baked. do you charge for that?',
        es: 'alguien me dijo que las botas nuevas hay que hornearlas. ¿eso lo cobran?',
        covers: 'spec question answered from the product text (heat molding free in store, about 10 minutes)',
        checks: [
          says('free|no charge|gratis|sin costo|sin cargo|no se cobra|no cobr'),
          says('mold|oven|heat|\\b10\\b|horn|mold|calor|vector'),
          saysNot(IDK),
          shownOnly(H.vector5),
        ],
      },
      {
        en: 'can I just keep the walking guards on the blades in my bag between sessions?',
        es: '¿puedo dejarles puestos los protectores para caminar dentro de la maleta entre sesiones?',
        covers:
          'spec question whose answer in the text is no (storing skates in hard guards rusts the blades)',
        checks: [
          says(`${NO}|rust|oxid`),
          says('guard|rust|soaker|blade|protector|oxid|cuchilla|funda'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(H.walkGuards, H.soakers),
        ],
      },
      {
        en: 'two pairs of the candy stripe soakers and the honing stone',
        es: 'dos pares de las fundas candy stripe y la piedra de afilar',
        covers: 'several items in one request; quantity + colour by catalog name (Color "Candy Stripe", 2)',
        checks: [adds(line(H.soakers, { Color: 'Candy Stripe' }, 2), line(H.stone, undefined, 1))],
      },
      {
        en: 'unrelated, but what gear do you stock in onyx?',
        es: 'otra pregunta: ¿qué cosas tienen en color onyx?',
        covers: 'category search by an option value (Color "Onyx")',
        checks: [shown({ option: { name: 'Color', values: ['Onyx'] } })],
      },
      {
        en: 'put the first one of those in the cart',
        es: 'mete al carrito el primero de esos',
        covers: 'ordinal reference to the list shown ("the first one") keeps the colour asked in the search',
        checks: [addedShownAt(1, { Color: 'Onyx' })],
      },
      {
        en: 'a buddy says there is a Vector 7 out now. can I buy that instead?',
        es: 'un cuate dice que ya salió un Vector 7. ¿puedo comprar ese mejor?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Hockey Skates', notHandles: [H.draftVector7] }),
          saysNot('vector 7|2027|preview|\\b399\\b'),
        ],
      },
      {
        en: 'my wife needs a bag for her figure skates, the light purple one',
        es: 'mi esposa necesita una maleta para sus patines de artístico, la de color lila clarito',
        covers: 'colour family to a catalog colour name (light purple → Color "Lilac Frost")',
        checks: [adds(line(H.skateBag, { Color: 'Lilac Frost' }, 1))],
      },
      {
        en: 'her skates are a size nine. will they fit inside it?',
        es: 'sus patines son talla nueve. ¿le van a caber adentro?',
        covers:
          'spec question whose answer in the text is no (the bag holds figure skates up to adult size 8)',
        checks: [
          says(`${NO}|only up to|hasta`),
          says('\\b8\\b|eight|ocho|size|talla'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(H.skateBag),
        ],
      },
      {
        en: 'for the neighbourhood kids, which pucks weigh the least?',
        es: 'para los niños de la cuadra, ¿qué discos pesan menos?',
        covers: 'superlative over a numeric attribute (puck weight in the description)',
        checks: [best(H.lightPucks, 'light|practice|4 ?oz', 'official|game|6 ?oz')],
      },
      {
        en: 'the twenty-five pack of the light ones, and the fifty box of game pucks for me',
        es: 'el paquete de veinticinco de los ligeros, y la caja de cincuenta de los de partido para mí',
        covers:
          'several items in one request; option values by catalog name said in words (Pack "25 Pucks", Pack "50 Pucks")',
        checks: [
          adds(line(H.lightPucks, { Pack: '25 Pucks' }, 1), line(H.gamePucks, { Pack: '50 Pucks' }, 1)),
        ],
      },
      {
        en: "what's in the cart at this point, and what's it all come to?",
        es: '¿qué llevo en el carrito a estas alturas y cuánto suma todo?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('vector|soaker|stone|bag|puck|patin|funda|piedra|maleta|disco')],
      },
      {
        en: 'scratch the game pucks',
        es: 'quita los discos de partido',
        covers: 'remove an item',
        checks: [removes(line(H.gamePucks))],
      },
      {
        en: "you know what, empty the cart, I'll wait for payday",
        es: 'sabes qué, vacía el carrito, mejor espero a la quincena',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'd like a real person to help me size my wife's skates",
        es: 'quisiera que una persona de verdad me ayude con la talla de los patines de mi esposa',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: molded skates back, shipping a net, a net to Canada, sharpening price, a stick broken on a block, a gift card from elsewhere, paying in four, shipping to Mexico, a small order, molding skates bought elsewhere, lessons',
    steps: [
      {
        en: 'you heat-molded my skates last week but they pinch my toes. can I send them back?',
        es: 'me moldeasteis los patines en caliente la semana pasada y me aprietan los dedos. ¿los puedo devolver?',
        covers: 'policy question answered from the policy text (heat-molded skates cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'what would it cost to ship the steel training net to me?',
        es: '¿cuánto costaría mandarme la portería de entrenamiento de acero?',
        covers: 'policy question answered from the policy text (training nets by ground freight for $29)',
        checks: [saysNot(IDK), says('\\b29\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'I coach a team in Winnipeg. could you send a training net up there?',
        es: 'entreno a un equipo en Winnipeg, en Canadá. ¿me podéis mandar allí una portería de entrenamiento?',
        covers: 'policy question answered from the policy text (training nets cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'how much do you charge to sharpen a pair while I wait at the store?',
        es: '¿cuánto cobráis por afilar un par mientras espero en la tienda?',
        covers: 'policy question answered from the policy text (in-store sharpening for $8 a pair)',
        checks: [
          saysNot(IDK),
          says('\\$ ?8([.,]00)?(?![.,]?\\d)|\\b8([.,]00)? ?(dollars|usd|dolares|\\$)|eight|ocho'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'my Apex cracked blocking a slapshot in the second week. is that under warranty?',
        es: 'el Apex se me rajó bloqueando un tiro en la segunda semana. ¿lo cubre la garantía?',
        covers:
          'policy question answered from the policy text (a stick broken blocking a shot is not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'I have a gift card from the big sporting goods chain. will you take it?',
        es: 'tengo una tarjeta regalo de la gran cadena de deportes. ¿me la aceptáis?',
        covers: 'policy question answered from the policy text (gift cards from other stores not taken)',
        checks: [saysNot(IDK), says(NO), says('gift|regalo'), saysNot(NOT_YES), notCalled('search_products')],
      },
      {
        en: 'does the shop let me pay off the gear bit by bit?',
        es: '¿puedo repartir el pago en varios plazos?',
        covers: 'policy question answered from the policy text (Afterpay in four on orders of $100 or more)',
        checks: [
          saysNot(IDK),
          says('afterpay|four|install|cuatro|plazo|cuota'),
          says('\\b100\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'my cousin plays in Monterrey. could an order be shipped to Mexico?',
        es: 'mi primo juega en Monterrey. ¿se puede enviar un pedido a México?',
        covers: 'policy question answered from the policy text (no shipping outside the US and Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('mexic|other countr|otros pa[ií]ses|united states|estados unidos|canad'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'if I only order about fifty dollars of tape and pucks, do I pay shipping?',
        es: 'si solo pido unos cincuenta dólares de cinta y discos, ¿pago el envío?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('8[.,]95|\\b89\\b'), notCalled('search_products')],
      },
      {
        en: 'I bought my skates at another shop. would you still bake them for me, and for how much?',
        es: 'compré los patines en otra tienda. ¿me los moldeáis igualmente y por cuánto?',
        covers:
          'policy question answered from the policy text (heat molding $20 a pair for skates bought elsewhere)',
        checks: [saysNot(IDK), says('\\b20\\b|twenty|veinte'), notCalled('add_to_cart')],
      },
      {
        en: 'do you run any learn-to-skate classes for adults?',
        es: '¿dais clases de patinaje para adultos?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
