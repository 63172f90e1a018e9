/**
 * Skateboarding (decks by width in inches, trucks, wheels by durometer and diameter, bearings,
 * griptape, complete boards, helmets and pads by size, tools), EN and ES shoppers on the
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
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';
import { S } from './skate.handles.ts';

/** A yes-answer that may go on to name a limit ("yes, but…"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [skateEn, skateEs] = scripts('skate', [
  {
    title:
      "nephew's first board: decks under 70, width by shoe size, no griptape, sold-out decimal width, width after refusal, griptape size from the text, sold-out truck colour with size from the text, colour after refusal keeps size, sold as a pair, comparison, price, wheel sizes in words, not for rough roads, quantity, spacers, yes/no about a product not in focus, helmet size from the text, certification, several items, correction, read-back, remove, save for later",
    steps: [
      {
        en: "my nephew just got into skating and I'm putting his first board together. what decks have you got under seventy bucks?",
        es: 'mi sobrino se acaba de meter al skate y le estoy armando su primera tabla. ¿qué tablas tienen por menos de setenta dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Decks', maxPrice: 70 }), shownSome({ handles: [S.classicDeck] })],
      },
      {
        en: 'he wears a size nine shoe. what width does the Classic Popsicle suggest for that?',
        es: 'calza un nueve americano. ¿qué ancho recomienda la Classic Popsicle para eso?',
        covers: 'spec question answered from the product text (8.0 to 8.25 in for US shoe sizes 8 to 10)',
        checks: [says('8[.,]0|8[.,]25|\\beight\\b|\\bocho\\b'), saysNot(IDK), shownOnly(S.classicDeck)],
      },
      {
        en: 'does it come with grip on it already?',
        es: '¿ya viene con la lija puesta?',
        covers: 'spec question whose answer in the text is no (griptape not included)',
        checks: [
          says(`${NO}|blank|separately|por separado|aparte|sin lija`),
          says('grip|lija'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'hmm, his dad says go wide. the eight and a half then',
        es: 'mmm, su papá dice que mejor ancha. entonces la de ocho y medio',
        covers:
          'sold-out decimal size ("eight and a half" → Width "8.5 in") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('8[.,]25|8[.,]0\\b|7[.,]75|eight and a quarter|ocho y cuarto|team series'),
        ],
      },
      {
        en: "eight and a quarter's close enough then",
        es: 'pues la de ocho y cuarto, ya está cerca',
        covers: 'decimal size by catalog name after a refusal (Width "8.25 in")',
        checks: [adds(line(S.classicDeck, { Width: '8.25 in' }, 1))],
      },
      {
        en: "he'll need grip for it. a plain black sheet, whichever size covers that deck",
        es: 'le hace falta lija. una hoja negra sin diseño, del tamaño que alcance para esa tabla',
        covers:
          'option value by catalog name chosen from the product text (a deck up to 8.5 in → Size "9 x 33 in") + Color "Black"',
        checks: [adds(line(S.grip, { Size: '9 x 33 in', Color: 'Black' }, 1))],
      },
      {
        en: 'now trucks. the Kingpinco Standard in gold, whatever size goes with an eight and a quarter',
        es: 'ahora los trucks. los Kingpinco Standard en dorado, de la medida que le toque a una de ocho y cuarto',
        covers:
          'sold-out variant (Size "144 mm" from the product text + Color "Gold") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('\\braw\\b|black|negr|crudo|natural|sin pintar|139|149|hollow'),
        ],
      },
      {
        en: 'ok the black ones, same size',
        es: 'órale, los negros, misma medida',
        covers: 'option value by catalog name after a refusal keeps the size (Color "Black", Size "144 mm")',
        checks: [adds(line(S.trucks, { Size: '144 mm', Color: 'Black' }, 1))],
      },
      {
        en: 'is that one truck or do I get both?',
        es: '¿eso es un solo truck o vienen los dos?',
        covers: 'spec question answered from the product text (sold as a pair)',
        checks: [
          says('pair|both|\\btwo\\b|\\b2\\b|\\bpar\\b|los dos|ambos|juego'),
          saysNot(IDK),
          shownOnly(S.trucks),
        ],
      },
      {
        en: "wheels next. he'll be at the skatepark mostly. what's the difference between the Street Formula and the Cruiser Soft wheels?",
        es: 'ahora ruedas. va a estar casi siempre en el skatepark. ¿qué diferencia hay entre las Street Formula y las Cruiser Soft?',
        covers: 'comparison of two named products',
        checks: [says('street'), says('cruiser|soft'), shownOnly(S.streetWheels, S.softWheels)],
      },
      {
        en: 'how much is a set of Street Formula in fifty two millimeter?',
        es: '¿cuánto cuesta un juego de Street Formula de cincuenta y dos milímetros?',
        covers: "price in the store's currency",
        checks: [says('\\b34\\b'), says('street|wheel|rueda'), ...usd],
      },
      {
        en: 'one set of those fifty twos, the ninety nine A',
        es: 'un juego de esas de cincuenta y dos, las noventa y nueve A',
        covers: 'option values by catalog name said in words (Diameter "52 mm", Durometer "99A")',
        checks: [adds(line(S.streetWheels, { Diameter: '52 mm', Durometer: '99A' }, 1))],
      },
      {
        en: 'the road in front of his house is pretty beat up. will they be ok on that?',
        es: 'la calle enfrente de su casa está llena de baches. ¿le van a servir ahí?',
        covers: 'spec question whose answer in the text is no (hard wheels are not for rough asphalt)',
        checks: [
          says(`${NO}|loud|soft|78a|ruidos|blanda|suave`),
          says('wheel|rueda|street|asphalt|asfalto|road|calle|rough|bache|78'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'bearings: the Precision 7, and make it two sets, my own board needs new ones too',
        es: 'baleros: los Precision 7, y que sean dos juegos, que mi tabla también necesita nuevos',
        covers: 'quantity in words (Precision 7 bearings, 2)',
        checks: [adds(line(S.bearings, undefined, 2))],
      },
      {
        en: 'do those come with spacers?',
        es: '¿esos traen espaciadores?',
        covers: 'spec question answered yes from the product text (four spacers and four speed washers)',
        checks: [
          says('spacer|espaciador|separador|washer|arandela'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(S.bearings),
        ],
      },
      {
        en: 'quick one about the Ceramic Hybrid ones: can I skate those in the rain?',
        es: 'una rápida de los Ceramic Hybrid: ¿puedo patinar con esos bajo la lluvia?',
        covers:
          'yes/no about a product not in focus: answer in the text is no (ceramic bearings kept out of rain)',
        checks: [
          says(`${NO}|keep (them )?out|rust|oxid`),
          says('rain|water|wet|puddle|lluvia|agua|moj|charco|rust|oxid'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(S.ceramic),
        ],
      },
      {
        en: 'a helmet too. his head is twenty two inches around, so whatever size that is, in matte black',
        es: 'también un casco. su cabeza mide veintidós pulgadas de contorno, así que la talla que le quede, en negro mate',
        covers:
          'option value by catalog name chosen from the product text (22 in head → Size "M") + Color "Matte Black"',
        checks: [adds(line(S.helmet, { Size: 'M', Color: 'Matte Black' }, 1))],
      },
      {
        en: 'is that helmet actually rated for skating, or just for bikes?',
        es: '¿ese casco está certificado para skate o nomás para bici?',
        covers:
          'spec question answered from the product text (ASTM F1492 for skateboarding, CPSC for bicycles)',
        checks: [says('astm|f1492|both|ambos|las dos|los dos'), saysNot(IDK), shownOnly(S.helmet)],
      },
      {
        en: 'knee and elbow pads for him, both small',
        es: 'rodilleras y coderas para él, las dos en chica',
        covers: 'several items in one request (Size "S" each)',
        checks: [adds(line(S.knee, { Size: 'S' }, 1), line(S.elbow, { Size: 'S' }, 1))],
      },
      {
        en: "wait, no, make the knee pads a medium, he's growing fast",
        es: 'espérate, no, las rodilleras mejor en mediana, está creciendo rapidísimo',
        covers: 'correction replaces the line just added (knee pads Size "S" → "M")',
        checks: [swaps(line(S.knee, { Size: 'M' }, 1), line(S.knee, { Size: 'S' }, 1))],
      },
      {
        en: "alright, what's all that add up to?",
        es: 'a ver, ¿cuánto va todo?',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('deck|grip|truck|wheel|bearing|helmet|pad|tabla|lija|rueda|balero|casco|rodillera|codera'),
        ],
      },
      {
        en: "take the elbow pads out, he says they're for babies",
        es: 'quita las coderas, dice que son de bebé',
        covers: 'remove an item',
        checks: [removes(line(S.elbow))],
      },
      {
        en: 'and save the helmet for later, my sister might already have one for him',
        es: 'y guárdame el casco para después, igual mi hermana ya le compró uno',
        covers: 'save for later',
        checks: [saved(S.helmet), keeps(S.helmet)],
      },
    ],
  },
  {
    title:
      'campus cruiser: completes under 120, rolls over cracks, not for tricks, unknown weight limit, sold-out colour family, colour family after refusal, several items, helmet size and colour, bike certification, promos, expired code, code, checkout, no, worn helmet returns, read-back, yes, status, cancel asks, cancel',
    steps: [
      {
        en: 'I need something to get around campus on, nothing fancy. what completes do you have for under a hundred and twenty?',
        es: 'necesito algo para moverme por el campus, nada del otro mundo. ¿qué tablas completas tenéis por menos de ciento veinte dólares?',
        covers: 'category search with a price bound',
        checks: [
          shown({ type: 'Complete Skateboards', maxPrice: 120 }),
          shownSome({ handles: [S.boardwalk] }),
        ],
      },
      {
        en: 'will the Boardwalk cope with cracked pavement? the paths on campus are a mess',
        es: '¿el Boardwalk aguanta bien las aceras agrietadas? los caminos del campus están fatal',
        covers: 'spec question answered yes from the product text (soft 78A wheels roll over cracks)',
        checks: [
          says('soft|78|60 ?mm|crack|blanda|grieta|suave'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(S.boardwalk),
        ],
      },
      {
        en: 'could I learn ollies and stuff on it too?',
        es: '¿y podría aprender ollies y trucos con él?',
        covers: 'spec question whose answer in the text is no (not for tricks or the skatepark)',
        checks: [
          says(`${NO}|not (made )?for`),
          says('trick|ollie|park|truco|cruis|getting around|desplaz'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: "what's the weight limit on the Boardwalk? I'm not exactly small",
        es: '¿cuánto peso aguanta el Boardwalk? que no soy precisamente pequeño',
        covers: "spec question not in the text: don't know (rider weight limit)",
        checks: [
          says(DONT_KNOW),
          says('boardwalk|cruiser'),
          shownOnly(S.boardwalk),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "fine, I'll take one in orange",
        es: 'vale, me llevo uno en naranja',
        covers:
          'sold-out variant by colour family (orange → Color "Sunburst Orange") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('spearmint|charcoal|mint|grey|gray|menta|gris|carb[oó]n')],
      },
      {
        en: 'ok, that minty green colour instead',
        es: 'entonces me quedo con el de color menta',
        covers: 'colour family to a catalog colour name after a refusal (mint green → Color "Spearmint")',
        checks: [adds(line(S.boardwalk, { Color: 'Spearmint' }, 1))],
      },
      {
        en: 'throw in a skate tool and a bar of curb wax',
        es: 'añade una herramienta de skate y una pastilla de cera para bordillos',
        covers: 'several items in one request',
        checks: [adds(line(S.tool, undefined, 1), line(S.wax, undefined, 1))],
      },
      {
        en: 'and a helmet for me, the certified one, white, in a large',
        es: 'y el casco homologado en blanco, talla L',
        covers: 'option value by catalog name (Size "L", white → Color "Gloss White")',
        checks: [adds(line(S.helmet, { Size: 'L', Color: 'Gloss White' }, 1))],
      },
      {
        en: 'is that one good for cycling too? I might get a bike later',
        es: '¿ese también sirve para ir en bici? a lo mejor me compro una más adelante',
        covers: 'spec question answered yes from the product text (CPSC certified for bicycles)',
        checks: [says('cpsc|bike|bicycle|cycl|bici'), saysNot(IDK), saysNot(OPENS_NO), shownOnly(S.helmet)],
      },
      {
        en: 'is there some kind of discount code a student could use?',
        es: '¿hay algún código de descuento para estudiantes o algo así?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('roll ?out ?10'),
          says('shred ?shed ?20'),
          saysNot('go ?skate ?day ?25'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'my mate at the skatepark swore GOSKATEDAY25 still works',
        es: 'un colega del skatepark me juró que GOSKATEDAY25 sigue funcionando',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'figures. SHREDSHED20 then',
        es: 'lo que me imaginaba. pues SHREDSHED20',
        covers: 'apply a promo code',
        checks: [promo('SHREDSHED20')],
      },
      {
        en: "right, let's get this paid for",
        es: 'venga, a pagar se ha dicho',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal, says('boardwalk|cruiser|tool|wax|helmet|herramienta|cera|casco')],
      },
      {
        en: "hang on, don't place it yet",
        es: 'espera, no lo tramites todavía',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "if the helmet turns out the wrong size after I've worn it once, can I send it back?",
        es: 'si el casco resulta ser de otra talla después de ponérmelo una vez, ¿lo puedo devolver?',
        covers: 'policy question answered from the policy text (worn helmets cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: "ok, understood. let's finish paying then",
        es: 'vale, entonces sigamos con la compra',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: "yes, that's right, I'm happy with it, put it through",
        es: 'sí, lo tengo claro, tramita el pedido',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'is the cruiser on its way to me yet?',
        es: '¿ha salido ya mi pedido de la tabla?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: "my flatmate's lending me his old board after all, so please cancel the order",
        es: 'al final mi compañero de piso me deja su tabla vieja, así que anula el pedido, porfa',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yeah, definitely, call off the cruiser order',
        es: 'sí, seguro, anula el pedido de la tabla',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'fixing up an old board: wheels under 50, no soft wheels, bowl wheels only, start over, biggest wheel, cheapest wheel, draft, sold-out wheel size + hardness, hardness after refusal keeps size, no risers needed, colour family, sold-out product, option search, ordinal, fraction in words, bolt length from the text, kids complete age, weight limit, sold-out size + colour family, colour family after refusal keeps size, read-back, remove, empty, human',
    steps: [
      {
        en: "I'm fixing up my old board. what wheels do you have under fifty?",
        es: 'estoy arreglando mi tabla vieja. ¿qué ruedas manejan de menos de cincuenta dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Wheels', maxPrice: 50 }), shownSome({ handles: [S.streetWheels] })],
      },
      {
        en: 'skip the squishy cruiser wheels',
        es: 'las blanditas de cruiser no',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Wheels', maxPrice: 50, notHandles: [S.softWheels] })],
      },
      {
        en: 'just the ones made for bowls and transition',
        es: 'nomás las que son para bowl y transición',
        covers: 'refinement by a use from the text keeps category and price bound',
        checks: [shown({ type: 'Wheels', maxPrice: 50, handles: [S.conicalWheels] })],
      },
      {
        en: 'actually forget all that, show me every wheel you stock',
        es: 'mejor olvídalo, muéstrame todas las ruedas que tengan',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Wheels' }),
          shownSome({ handles: [S.softWheels] }),
          shownSome({ handles: [S.longboardWheels] }),
        ],
      },
      {
        en: 'which of them has the largest diameter?',
        es: '¿cuál de esas es la rueda más grande?',
        covers: 'superlative over a numeric attribute (diameter)',
        checks: [
          best(
            S.longboardWheels,
            'cloudride|longboard|\\b70\\b',
            'street formula|conical|cruiser soft|\\b60\\b|\\b58\\b|\\b56\\b|\\b55\\b',
          ),
        ],
      },
      {
        en: 'and if I just want to spend as little as possible?',
        es: '¿y de todas, cuál es el juego que menos cuesta?',
        covers: 'superlative over price',
        checks: [
          best(
            S.streetWheels,
            'street formula|\\b34\\b',
            'conical|cruiser soft|cloudride|\\b39\\b|\\b42\\b|\\b54\\b',
          ),
        ],
      },
      {
        en: 'I saw Urethorn has some light-up LED wheels coming out. can I preorder a set?',
        es: 'vi que Urethorn va a sacar unas ruedas con luces LED. ¿puedo apartar un juego?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Wheels', notHandles: [S.draftLed] }),
          saysNot('nightglow|2027|preview|\\b59\\b'),
        ],
      },
      {
        en: 'ok, the conical park wheels, fifty five, the hundred and one A',
        es: 'va, las Conical Park de cincuenta y cinco, las ciento uno A',
        covers:
          'sold-out variant (Diameter "55 mm" + Durometer "101A") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('99a|\\b99\\b|ninety.nine|noventa y nueve|\\b53\\b|fifty.three|cincuenta y tres'),
        ],
      },
      {
        en: 'ninety nine then, keep the fifty five',
        es: 'entonces las noventa y nueve, igual de cincuenta y cinco',
        covers:
          'option value by catalog name after a refusal keeps the size (Durometer "99A", Diameter "55 mm")',
        checks: [adds(line(S.conicalWheels, { Diameter: '55 mm', Durometer: '99A' }, 1))],
      },
      {
        en: 'do I need riser pads with those on regular trucks?',
        es: '¿con esas ocupo pads elevadores en trucks normales?',
        covers: 'spec question whose answer in the text is no (no risers needed up to 56 mm)',
        checks: [
          says(`${NO}|not needed|no hace falta|no necesitas|no ocupas`),
          says('riser|elevador|pad|\\b56\\b|truck|alza'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'some griptape with a design on it, the Gripsand graphic one in something purple',
        es: 'una lija con diseño, la Gripsand gráfica en algo morado',
        covers: 'colour family to a catalog colour name (purple → Color "Galaxy Violet")',
        checks: [adds(line(S.graphicGrip, { Color: 'Galaxy Violet' }, 1))],
      },
      {
        en: "do you have the bearing press? I'm done banging them in with a hammer",
        es: '¿tienen la prensa de baleros? ya me cansé de meterlos a martillazos',
        covers: 'sold-out product refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('tool|puller|cleaning|herramienta|extractor|limpieza')],
      },
      {
        en: 'what do you have in eight and a quarter?',
        es: '¿qué tienen en ocho y cuarto?',
        covers: 'category search by an option value (Width "8.25 in")',
        checks: [shown({ option: { name: 'Width', values: ['8.25 in'] } })],
      },
      {
        en: 'put the second one in for me',
        es: 'ándale, la segunda de esa lista al carrito',
        covers: 'ordinal reference to the list shown ("the second one") keeps the width asked in the search',
        checks: [addedShownAt(2, { Width: '8.25 in' })],
      },
      {
        en: 'quarter inch riser pads too',
        es: 'también unos pads elevadores de un cuarto de pulgada',
        covers: 'option value by catalog name said in words ("quarter inch" → Height "1/4 in")',
        checks: [adds(line(S.risers, { Height: '1/4 in' }, 1))],
      },
      {
        en: 'and mounting bolts long enough to go through those risers',
        es: 'y tornillos de montaje que alcancen con esos elevadores',
        covers:
          'option value by catalog name chosen from the product text (1/4 in risers → Length "1 1/4 in")',
        checks: [adds(line(S.hardware, { Length: '1 1/4 in' }, 1))],
      },
      {
        en: 'my little sister is six. is the Grom mini complete ok for a kid her age?',
        es: 'mi hermanita tiene seis años. ¿la Grom mini completa le sirve a una niña de su edad?',
        covers: 'spec question answered yes from the product text (ages 5 to 8)',
        checks: [
          says('\\b5\\b|\\b8\\b|five|eight|cinco|ocho'),
          saysNot(IDK),
          saysNot(OPENS_NO),
          shownOnly(S.gromComplete),
        ],
      },
      {
        en: "how heavy a rider can it take? she's tiny but my cousin might borrow it",
        es: '¿cuánto peso aguanta? ella está chiquita pero a lo mejor mi primo se la pide prestada',
        covers: 'spec question answered from the product text (riders up to 110 lb)',
        checks: [says('\\b110\\b'), saysNot(IDK), shownOnly(S.gromComplete)],
      },
      {
        en: 'a kids helmet for her, extra small, the pink one',
        es: 'un casco infantil para ella, extra chico, el rosa',
        covers:
          'sold-out variant by colour family (Size "XS" + pink → Color "Cotton Candy") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('sky|blue|azul|celeste|(size|talla) s\\b|size small|talla chica'),
        ],
      },
      {
        en: 'the light blue is fine, still extra small',
        es: 'el azul clarito está bien, igual extra chico',
        covers: 'colour family after a refusal keeps the size (light blue → Color "Sky Blue", Size "XS")',
        checks: [adds(line(S.kidsHelmet, { Size: 'XS', Color: 'Sky Blue' }, 1))],
      },
      {
        en: "what have I got in the basket so far, and what's it come to?",
        es: '¿qué llevo hasta ahorita y cuánto me sale?',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says(
            'wheel|grip|riser|bolt|hardware|helmet|deck|complete|rueda|lija|elevador|tornillo|casco|tabla|completa',
          ),
        ],
      },
      {
        en: 'take the griptape out, my buddy has a spare sheet',
        es: 'quita la lija, mi compa tiene una de sobra',
        covers: 'remove an item',
        checks: [removes(line(S.graphicGrip))],
      },
      {
        en: "never mind, wipe the cart, I'll come back when my mom can pay",
        es: 'sabes qué, vacía todo el carrito, regreso con la tarjeta de mi mamá',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'is there a real person I can ask about setting up a board for a little kid?',
        es: '¿hay alguien de la tienda con quien pueda platicar sobre armar una tabla para una niña chiquita?',
        covers: 'ask for a human',
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'policy questions: snapped deck, truck warranty, gripped deck returns, shipping under the threshold, Canada, Mexico, checks, instalments, free assembly, bearing cleaning, complete return shipping, sponsorship not in the text',
    steps: [
      {
        en: 'I snapped my new deck landing a kickflip in the first week. is that covered?',
        es: 'partí la tabla nueva cayendo un kickflip la primera semana. ¿entra en la garantía?',
        covers: 'policy question answered from the policy text (a snapped deck is not covered)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|garant|snap|cover|cubr|romp|part'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'what about trucks, how long are those guaranteed for?',
        es: '¿y los ejes, cuánto os duran cubiertos por garantía?',
        covers: 'policy question answered from the policy text (trucks: 1-year warranty)',
        checks: [saysNot(IDK), says('\\b1\\b|one year|a year|un a[nñ]o|1 a[nñ]o'), notCalled('add_to_cart')],
      },
      {
        en: 'I gripped a deck and then realised I wanted the wider one. can I return it?',
        es: 'le puse la lija a una tabla y luego me di cuenta de que la quería más ancha. ¿la puedo devolver?',
        covers: 'policy question answered from the policy text (a gripped deck cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'what would delivery cost me on a forty dollar order?',
        es: 'con un pedido de unos cuarenta dólares, ¿qué me cobráis por mandarlo?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('5[.,]95|\\b60\\b'), notCalled('search_products')],
      },
      {
        en: "I'm in Vancouver for the winter. can you still ship to me?",
        es: 'paso el invierno en Vancouver. ¿me podéis enviar allí?',
        covers: 'policy question answered from the policy text (Canada for $15)',
        checks: [saysNot(IDK), says('\\b15\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'and my cousin in Guadalajara, could you send him a board?',
        es: '¿y a mi primo de Guadalajara le podríais mandar una tabla?',
        covers:
          'policy question answered from the policy text (no shipping outside the United States and Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(
            'mexic|canad|united states|estados unidos|other countries|otros pa[ií]ses|only|solo|guadalajara',
          ),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'can I pay by check?',
        es: '¿aceptáis cheques?',
        covers: 'policy question answered from the policy text (no checks)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('check|cheque'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'can I split a longboard into a few payments?',
        es: 'si me compro el longboard, ¿lo puedo ir pagando a plazos?',
        covers: 'policy question answered from the policy text (Klarna in four payments from $50)',
        checks: [
          saysNot(IDK),
          says('klarna|four|cuatro|plazo|pagos'),
          says('\\b50\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'if I buy a deck, trucks, wheels and bearings together, will you put the board together for me?',
        es: 'si compro tabla, ejes, ruedas y rodamientos juntos, ¿me montáis la tabla?',
        covers:
          'policy question answered from the policy text (free grip and assembly when bought in one order)',
        checks: [
          saysNot(IDK),
          says('free|gratis|no (extra )?(cost|charge)|sin coste|sin costo'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "I'm in Flagstaff. what do you charge to clean my bearings at the shop?",
        es: 'vivo en Flagstaff. ¿cuánto cobráis por limpiarme los rodamientos en la tienda?',
        covers: 'policy question answered from the policy text (bearing cleaning at the shop for $10)',
        checks: [saysNot(IDK), says('\\b10\\b|ten dollars|diez'), notCalled('add_to_cart')],
      },
      {
        en: "if a complete shows up and I don't like it, what does it cost to send it back?",
        es: 'si me llega una completa y no me convence, ¿cuánto me cuesta devolverla?',
        covers: 'policy question answered from the policy text (return shipping on a complete is $12)',
        checks: [saysNot(IDK), says('\\b12\\b'), notCalled('add_to_cart')],
      },
      {
        en: "do you sponsor any local skaters? my friend's really good",
        es: '¿patrocináis a algún skater de la zona? un amigo mío es muy bueno',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
