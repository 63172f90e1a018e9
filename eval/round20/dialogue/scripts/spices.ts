/**
 * A spice shop (peppercorns; cardamom, cinnamon, nutmeg, cloves, vanilla; paprika and chile
 * powders and flakes; garlic, onion, turmeric, cumin, coriander, saffron; salts; blends; a mortar
 * and pestle, a pepper mill, an electric grinder; tins and a drawer insert), EN and ES shoppers on
 * the English-only USD catalog.
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
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';
import { H } from './spices.handles.ts';

/** A yes-answer that may go on to name a limit ("yes, but…"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [spicesEn, spicesEs] = scripts('spices', [
  {
    title:
      'a first curry cupboard: blends under 8, no chile, size, when to add, sold-out size + form, form after refusal keeps size, toasting, comparison, price, decimal size, gloves, unknown origin, several items, salt in the mill, read-back, remove, save for later',
    steps: [
      {
        en: "I'm getting into Indian cooking and my spice rack is pathetic. which blends have you got under eight dollars?",
        es: 'me estoy aficionando a la cocina india y mi especiero da pena. ¿qué mezclas tenéis por menos de ocho dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Blends', maxPrice: 8 }), shownSome({ handles: [H.garamMasala] })],
      },
      {
        en: "the garam masala, is it hot? my kids can't handle chilli at all",
        es: 'el garam masala, ¿pica? mis críos no aguantan nada de guindilla',
        covers: 'spec question whose answer in the text is no (no chile in the blend)',
        checks: [
          says(`${NO}|without|sin|warm|mild|suave`),
          says('chil|chile|picant|pica|hot|heat|spicy|guindilla'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'lovely, put the four ounce one in',
        es: 'genial, méteme el de cuatro onzas',
        covers: 'option value by catalog name (Size "4 oz")',
        checks: [adds(line(H.garamMasala, { Size: '4 oz' }, 1))],
      },
      {
        en: 'do I fry it with the onions at the start or what',
        es: '¿lo sofrío con la cebolla al principio o cómo va?',
        covers: 'spec question answered from the product text (add it at the end of cooking)',
        checks: [says('\\bend\\b|final|last|[uú]ltimo'), saysNot(IDK), shownOnly(H.garamMasala)],
      },
      {
        en: 'cumin as well please, ground, the four ounce',
        es: 'también comino, molido, el de cuatro onzas',
        covers:
          'sold-out variant (Form "Ground" + Size "4 oz") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('whole|enter|grano|2 oz|\\btwo\\b|\\bdos\\b')],
      },
      {
        en: "oh well, whole then and I'll grind it myself, same size",
        es: 'bueno, pues entero y ya lo muelo yo, del mismo tamaño',
        covers: 'option value by catalog name after a refusal keeps the size (Form "Whole", Size "4 oz")',
        checks: [adds(line(H.cumin, { Size: '4 oz', Form: 'Whole' }, 1))],
      },
      {
        en: 'anything I should do to the seeds before they go in the grinder',
        es: '¿tengo que hacerle algo a las semillas antes de molerlas?',
        covers: 'spec question answered from the product text (toast them in a dry pan for a minute)',
        checks: [says('toast|tost|dry pan|sart[eé]n|pan\\b'), saysNot(IDK), shownOnly(H.cumin)],
      },
      {
        en: 'how does the chipotle powder compare to the ancho',
        es: '¿en qué se diferencian el chipotle en polvo y el ancho?',
        covers: 'comparison of two named products',
        checks: [says('chipotle'), says('ancho'), shownOnly(H.chipotle, H.ancho)],
      },
      {
        en: 'what does the smoked paprika cost in a pound bag, the sweet kind',
        es: '¿cuánto cuesta el pimentón ahumado dulce en la bolsa de una libra?',
        covers: "price in the store's currency",
        checks: [
          says('(^|[^\\d.,])24[.,]50(?![\\d.,]\\d|\\d)|twenty.four fifty|veinticuatro con cincuenta'),
          ...usd,
        ],
      },
      {
        en: 'my husband is a chilli head so get him the ghost pepper flakes, half an ounce',
        es: 'mi marido es un loco del picante, así que los copos de chile fantasma, media onza',
        covers: 'decimal size by catalog name ("half an ounce" → Size "0.5 oz")',
        checks: [adds(line(H.ghost, { Size: '0.5 oz' }, 1))],
      },
      {
        en: 'should he wear gloves to handle those',
        es: '¿hace falta ponerse guantes para tocarlos?',
        covers: 'spec question answered yes from the product text (wear gloves)',
        checks: [says('glove|guante'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(H.ghost)],
      },
      {
        en: 'where are those ghost peppers actually grown?',
        es: '¿y dónde se cultivan esos chiles fantasma?',
        covers: "spec question not in the text: don't know (where the ghost peppers are grown)",
        checks: [
          says(DONT_KNOW),
          says('ghost|fantasma|pepper|chile'),
          shownOnly(H.ghost),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'add the two ounce zaatar and a six inch pepper mill in walnut',
        es: "añade el za'atar de dos onzas y un molinillo de pimienta de seis pulgadas en nogal",
        covers: 'several items in one request (Size "2 oz"; Height "6 in", Finish "Walnut")',
        checks: [
          adds(
            line(H.zaatar, { Size: '2 oz' }, 1),
            line(H.pepperMill, { Height: '6 in', Finish: 'Walnut' }, 1),
          ),
        ],
      },
      {
        en: 'will that mill grind salt too or just pepper',
        es: '¿ese molinillo sirve también para sal o solo para pimienta?',
        covers: 'spec question answered yes from the product text (the ceramic burr also grinds salt)',
        checks: [says('salt|\\bsal\\b'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(H.pepperMill)],
      },
      {
        en: 'add it all up for me, where does the spice haul stand',
        es: 'súmame todo, ¿cómo va la cuenta de especias?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('masala|cumin|ghost|mill|comino|fantasma|molinillo')],
      },
      {
        en: "on second thoughts drop the ghost pepper, he'll only hurt himself",
        es: 'pensándolo mejor, quita el chile fantasma, que se va a hacer daño',
        covers: 'remove an item',
        checks: [removes(line(H.ghost))],
      },
      {
        en: 'and park the pepper mill in my saved items for now',
        es: 'y el molinillo déjamelo en guardados de momento',
        covers: 'save for later',
        checks: [saved(H.pepperMill), keeps(H.pepperMill)],
      },
    ],
  },
  {
    title:
      'christmas baking: vanilla beans, not in the fridge, cinnamon sticks, coumarin, promos, expired code, code, checkout, no, opened vanilla returns, read-back, yes, status, cancel asks, cancel',
    steps: [
      {
        en: 'i do a ton of baking around christmas. five vanilla beans please',
        es: 'en navidad hago un montón de postres. cinco vainas de vainilla, por favor',
        covers: 'option value by catalog name (Pack "5 Beans")',
        checks: [adds(line(H.vanilla, { Pack: '5 Beans' }, 1))],
      },
      {
        en: 'is the fridge the best place to keep them fresh',
        es: '¿la nevera es el mejor sitio para que se mantengan frescas?',
        covers: 'spec question whose answer in the text is no (room temperature, never in the fridge)',
        checks: [
          says(`${NO}|room|ambiente|airtight|herm[eé]tic|never|nunca`),
          says('fridge|refrig|nevera|room|ambiente'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'cinnamon sticks too, the four ounce',
        es: 'también canela en rama, la de cuatro onzas',
        covers: 'option values by catalog name (Form "Sticks", Size "4 oz")',
        checks: [adds(line(H.cinnamon, { Size: '4 oz', Form: 'Sticks' }, 1))],
      },
      {
        en: 'my doctor says to watch out for coumarin. is your cinnamon the low coumarin kind?',
        es: 'mi médico me dijo que ojo con la cumarina. ¿su canela es de la que tiene poca?',
        covers: 'spec question answered yes from the product text (far less coumarin than cassia)',
        checks: [
          says('coumarin|cumarin|cassia|less|menos'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(H.cinnamon),
        ],
      },
      {
        en: 'any coupons running right now',
        es: '¿tienen algún cupón vigente en este momento?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?pinch ?10'),
          says('spice ?route ?15'),
          saysNot('pepper ?club ?20'),
          notCalled('search_products'),
        ],
      },
      {
        en: "I'm in the pepper club so PEPPERCLUB20 should work",
        es: 'yo soy del club de la pimienta, así que PEPPERCLUB20 debería servir',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'shame. use FIRSTPINCH10 then',
        es: 'qué pesar. entonces usa FIRSTPINCH10',
        covers: 'apply a promo code',
        checks: [promo('FIRSTPINCH10')],
      },
      {
        en: "that's everything for my baking, take me to checkout",
        es: 'eso es todo para mis postres, llévame a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal, says('vanilla|cinnamon|vainilla|canela')],
      },
      {
        en: "wait wait, don't buy it yet",
        es: 'un momentico, todavía no hagas la compra',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "if I open the vanilla and it's not as good as I hoped, can I return it?",
        es: 'si abro la vainilla y no es tan buena como esperaba, ¿la puedo devolver?',
        covers: 'policy question answered from the policy text (opened spices cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'ok I believe in it. show me the total once more',
        es: 'bueno, confío. muéstrame otra vez el total',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: "vanilla and cinnamon, that's right, yes, send the order through",
        es: 'vainilla y canela, eso es, sí, mande el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'did the vanilla beans I ordered leave Duluth yet',
        es: '¿las vainas de vainilla que pedí ya salieron de Duluth?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'my mother in law just gave me a whole jar of vanilla beans, so cancel the order',
        es: 'mi suegra me acaba de regalar un frasco entero de vainilla, así que cancela el pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'right, call the vanilla order off',
        es: 'listo, anule ese pedido de la vainilla',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: chiles under 7, nothing smoky, ground only, hottest, start over, cheapest tool, draft, sold-out capacity + colour, colour family after refusal keeps capacity, dishwasher, first use, quantity + pack + colour, option search, ordinal, sold-out product, read-back, empty, human',
    steps: [
      {
        en: 'what chile powders and flakes have you got for seven bucks or less',
        es: '¿qué chiles en polvo o en hojuelas tienen por siete dólares o menos?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Chiles', maxPrice: 7 }), shownSome({ handles: [H.ancho] })],
      },
      {
        en: 'nothing smoky, my wife hates that taste',
        es: 'nada ahumado, a mi esposa no le gusta ese sabor',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Chiles', maxPrice: 7, notHandles: [H.paprika, H.chipotle] })],
      },
      {
        en: 'only the powders, no flakes',
        es: 'nomás los que son en polvo, sin hojuelas',
        covers: 'refinement by a spec from the text keeps category, price bound and negation',
        checks: [
          shown({
            type: 'Chiles',
            maxPrice: 7,
            notHandles: [H.paprika, H.chipotle],
            handles: [H.ancho, H.cayenne],
          }),
        ],
      },
      {
        en: 'which of them packs the most heat',
        es: 'de esos dos, ¿cuál trae más picor?',
        covers: 'superlative over a numeric attribute (heat in Scoville units)',
        checks: [best(H.cayenne, 'cayenne|cayena|40[,.]?000', 'ancho|1[,.]?500')],
      },
      {
        en: 'ok scrap all that. what have you got for grinding spices at home',
        es: 'órale, olvida todo eso. ¿qué tienen para moler especias en casa?',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Tools' }),
          shownSome({ handles: [H.mortar] }),
          shownSome({ handles: [H.pepperMill] }),
        ],
      },
      {
        en: 'and the one with the lowest price out of those?',
        es: 'y de esas herramientas, ¿cuál me sale más económica?',
        covers: 'superlative over price',
        checks: [best(H.mortar, 'mortar|mortero|molcajete|\\b29\\b', 'mill|molin|grinder|\\b32\\b|\\b44\\b')],
      },
      {
        en: 'I heard Cardamore mails out a box of new spices every month. can I subscribe to that?',
        es: 'oí que Cardamore manda una caja con especias nuevas cada mes. ¿me puedo suscribir?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ notHandles: [H.draftBox] }),
          saysNot('spice club|gift box|2027|preview|\\b59\\b|\\b109\\b|club de especias|caja de regalo'),
        ],
      },
      {
        en: 'the granite mortar and pestle, two cups, in black',
        es: 'el mortero de granito de dos tazas, en negro',
        covers:
          'sold-out variant (Capacity "2 cups" + Color "Black") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('grey|gray|gris|1 cup|3 cups|one cup|three cups|una taza|tres tazas'),
        ],
      },
      {
        en: 'the lighter stone one is fine, keep it two cups',
        es: 'el de piedra más clarita está bien, que sea de dos tazas',
        covers:
          'colour family after a refusal keeps the capacity (lighter → Color "Grey", Capacity "2 cups")',
        checks: [adds(line(H.mortar, { Capacity: '2 cups', Color: 'Grey' }, 1))],
      },
      {
        en: 'can I just throw it in the dishwasher after',
        es: '¿luego lo puedo meter al lavatrastes?',
        covers: 'spec question whose answer in the text is no (hand wash only)',
        checks: [
          says(`${NO}|hand|mano`),
          says('dishwasher|lavaplatos|lavavajillas|lavatrastes|wash|lav'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'do I have to do anything to it before I use it the first time',
        es: '¿le tengo que hacer algo antes de usarlo la primera vez?',
        covers: 'spec question answered from the product text (season it by grinding dry rice)',
        checks: [says('rice|arroz|season|curar|curado'), saysNot(IDK), shownOnly(H.mortar)],
      },
      {
        en: 'two of the six packs of magnetic spice tins, matte black',
        es: 'dos paquetes de seis latas magnéticas para especias, en negro mate',
        covers: 'quantity + option values by catalog name (Pack "6 Tins", Color "Matte Black", 2)',
        checks: [adds(line(H.tins, { Pack: '6 Tins', Color: 'Matte Black' }, 2))],
      },
      {
        en: 'show me everything you carry at three ounces',
        es: 'enséñame todo lo que manejan en tres onzas',
        covers: 'category search by an option value (Size "3 oz")',
        checks: [shown({ option: { name: 'Size', values: ['3 oz'] } })],
      },
      {
        en: 'toss the top one from that list in my cart',
        es: 'el de hasta arriba de esa lista, échalo al carrito',
        covers: 'ordinal reference to the list shown ("the first one") keeps the size asked in the search',
        checks: [addedShownAt(1, { Size: '3 oz' })],
      },
      {
        en: 'and the electric spice grinder, the white one',
        es: 'y el molino eléctrico de especias, el blanco',
        covers: 'sold-out product refused, nothing added',
        checks: [unchanged, says(SOLD_OUT)],
      },
      {
        en: "what's in my cart right now and how much",
        es: '¿qué traigo en el carrito y cuánto es?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('mortar|tin|mortero|lata')],
      },
      {
        en: 'you know what, empty it all out',
        es: 'sabes qué, vacíalo todo',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'I run a taco truck and go through paprika by the kilo. can I talk to someone about bulk pricing',
        es: 'tengo un food truck de tacos y uso pimentón por kilos. ¿puedo hablar con alguien sobre precios de mayoreo?',
        covers: 'ask for a human',
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'policy questions: opened blend returns, shipping under the threshold, saffron to Canada, sesame, grinding service, pepper mill warranty, installments, organic not in the text',
    steps: [
      {
        en: "I opened the ras el hanout and honestly it's not for me. can I send it back?",
        es: 'abrí el ras el hanout y la verdad no me gustó. ¿lo puedo devolver?',
        covers: 'policy question answered from the policy text (opened spices and blends cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: "I'm only spending about thirty bucks, will you charge me to mail it to Fargo",
        es: 'solo voy a gastar unos treinta dólares, ¿me cobran por mandarlo a Fargo?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('5[.,]95|\\b49\\b'), notCalled('search_products')],
      },
      {
        en: "I'm in Toronto. can you ship me some saffron?",
        es: 'vivo en Toronto. ¿me pueden mandar azafrán?',
        covers: 'policy question answered from the policy text (saffron ships only inside the US)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('saffron|azafr[aá]n|\\bUS\\b|united states|estados unidos|EE\\.? ?UU'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'my son is allergic to sesame. is your stuff packed anywhere near sesame?',
        es: 'mi hijo es alérgico al sésamo. ¿sus productos se envasan cerca de sésamo?',
        covers: 'policy question answered from the policy text (the facility also handles sesame)',
        checks: [
          saysNot(IDK),
          says('sesame|s[eé]samo'),
          says('facility|instalaci|planta|handle|manej|pack|envas'),
          saysNot(OPENS_NO),
        ],
      },
      {
        en: "I don't own a grinder. could you grind the whole spices for me before you ship them?",
        es: 'no tengo molinillo. ¿me pueden moler las especias enteras antes de enviarlas?',
        covers: 'policy question answered from the policy text (free grinding on request in the order notes)',
        checks: [saysNot(IDK), says('free|gratis|note|nota'), notCalled('add_to_cart')],
      },
      {
        en: 'if the grinding bit in my pepper mill wears out in a few years, is that covered',
        es: 'si el mecanismo de mi molinillo de pimienta se gasta en unos años, ¿lo cubren?',
        covers: 'policy question answered from the policy text (lifetime warranty on the grinding mechanism)',
        checks: [saysNot(IDK), says('lifetime|life|vida|vitalici|de por vida'), notCalled('add_to_cart')],
      },
      {
        en: 'for a big restock, can I pay it off over a few installments',
        es: 'para una compra grande de reposición, ¿puedo pagarla en varias cuotas?',
        covers: 'policy question answered from the policy text (Shop Pay installments on $50 to $1,000)',
        checks: [
          saysNot(IDK),
          says('shop ?pay|install|cuota|plazo'),
          says('\\b50\\b|1[,.]?000'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'are all your spices certified organic?',
        es: '¿todas sus especias tienen certificación orgánica?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
