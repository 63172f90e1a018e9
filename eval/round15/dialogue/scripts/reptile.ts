/**
 * Reptile & terrarium supplies (glass, PVC and mesh enclosures, backgrounds, basking bulbs, UVB,
 * heat projectors, emitters and mats, lamp domes, thermostats and gauges, misters, substrates and
 * decor, hides, live cultures, supplements and food, feeding and handling tools, carriers, cleaning),
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
import { IDK, keeps, NO, NOT_YES, ONLY_UNOPENED, RETURNS, SOLD_OUT } from './patterns.ts';
import { R } from './reptile.handles.ts';

/** A yes-answer that may go on to name a limit ("yes, but..."): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [reptileEn, reptileEs] = scripts('reptile', [
  {
    title:
      'a first bearded dragon: terrariums under 300, adult size, sold-out dimensions, dimensions in words after refusal, screen top rating, sold-out wattage, quantity + wattage after refusal, basking temperature, sold-out decimal dome size, decimal size after refusal, dome wattage limit, comparison, sold-out strength + length, length after refusal keeps strength, yearly tube change, price, no bulbs on the on-off thermostat, add by short name, quantity + volume in words, no calcium sand, sold-out cave size + colour family, colour family after refusal keeps size, unknown dishwasher, read-back, remove, save for later',
    steps: [
      {
        en: "we're bringing home a baby bearded dragon next Saturday. which terrariums do you sell for under three hundred?",
        es: 'el sábado que viene nos traemos a casa un dragón barbudo bebé. ¿qué terrarios vendéis por menos de trescientos?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Terrariums', maxPrice: 300 }), shownSome({ handles: [R.glass] })],
      },
      {
        en: 'how big a tank will he need once he is fully grown?',
        es: '¿qué tamaño de terrario va a necesitar cuando sea adulto?',
        covers: 'spec question answered from the product text (36x18x18 in, 50 gallons, for an adult)',
        checks: [
          says('\\b36\\b|\\b50\\b|thirty.six|fifty|treinta y seis|cincuenta'),
          saysNot(IDK),
          shownOnly(R.glass),
        ],
      },
      {
        en: "we'd rather start him in the middle one, the twenty-four by eighteen by eighteen",
        es: 'preferimos empezar con el mediano, el de veinticuatro por dieciocho por dieciocho',
        covers:
          'sold-out variant said in words (Dimensions "24x18x18 in") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('36|thirty.six|treinta y seis|24 ?in|18x18x24')],
      },
      {
        en: "fine, the thirty-six inch long one, then we'll never have to upgrade",
        es: 'vale, el de treinta y seis de largo, así no tendremos que cambiarlo nunca',
        covers: 'option value by catalog name said in words after a refusal (Dimensions "36x18x18 in")',
        checks: [adds(line(R.glass, { Dimensions: '36x18x18 in' }, 1))],
      },
      {
        en: 'can the mesh lid take a hundred and fifty watt lamp sitting on it?',
        es: '¿la tapa de malla aguanta una lámpara de ciento cincuenta vatios encima?',
        covers:
          'spec question answered yes from the product text (the screen top carries fixtures up to 150 W)',
        checks: [
          says('\\b150\\b|hundred and fifty|ciento cincuenta|up to|hasta'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(R.glass),
        ],
      },
      {
        en: 'now a basking bulb: the halogen at a hundred watts',
        es: 'ahora una bombilla de calor: la halógena de cien vatios',
        covers: 'sold-out variant (Wattage "100 W") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(75|150)\\b|seventy|setenta|ciento cincuenta')],
      },
      {
        en: "seventy-five watts will do. make it two so there's a spare in the drawer",
        es: 'con setenta y cinco vatios basta. que sean dos, así tengo una de repuesto en el cajón',
        covers: 'quantity + option value by catalog name after a refusal (Wattage "75 W", 2)',
        checks: [adds(line(R.halogen, { Wattage: '75 W' }, 2))],
      },
      {
        en: 'how hot should the spot under that bulb get for him?',
        es: '¿a qué temperatura tiene que estar la zona debajo de esa bombilla?',
        covers: 'spec question answered from the product text (a basking spot of 100 to 110 °F)',
        checks: [says('\\b110\\b|hundred and ten|ciento diez'), saysNot(IDK), shownOnly(R.halogen)],
      },
      {
        en: 'I need a dome to hang it in. the eight and a half inch one',
        es: 'me hace falta una cúpula para colgarla. la de ocho pulgadas y media',
        covers:
          'sold-out decimal size ("eight and a half inch" → Size "8.5 in") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('5[.,]5|five and a half|cinco y media|cinco pulgadas y media'),
        ],
      },
      {
        en: 'go with the five-and-a-half, it fits my shelf',
        es: 'pues la de cinco pulgadas y media',
        covers: 'decimal size in words after a refusal (Size "5.5 in")',
        checks: [adds(line(R.dome, { Size: '5.5 in' }, 1))],
      },
      {
        en: 'later on could I run a hundred-fifty watt bulb in that small dome?',
        es: 'más adelante, ¿podría poner una bombilla de ciento cincuenta vatios en esa cúpula pequeña?',
        covers: 'spec question whose answer in the text is no (the 5.5 in dome takes bulbs up to 100 W)',
        checks: [
          says(`${NO}|only up to|solo hasta|\\b100\\b`),
          says('\\b100\\b|dome|watt|cupula|vatio'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(R.dome),
        ],
      },
      {
        en: "for night heat, what's the difference between the Deep Heat Projector and the ceramic heat emitter?",
        es: 'para el calor nocturno, ¿en qué se diferencian el Deep Heat Projector y el emisor cerámico?',
        covers: 'comparison of two named products',
        checks: [
          says('deep heat|projector|proyector'),
          says('ceramic|ceramico|emitter|emisor'),
          shownOnly(R.dhp, R.che),
        ],
      },
      {
        en: 'the UVB kit at twelve percent, the long thirty-four inch',
        es: 'el kit UVB al doce por ciento, el largo de treinta y cuatro pulgadas',
        covers:
          'sold-out variant (Strength "12%" + Length "34 in") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('\\b22\\b|twenty.two|veintidos|\\b6 ?%|six percent|seis por ciento'),
        ],
      },
      {
        en: 'the twenty-two inch, still twelve percent',
        es: 'el de veintidós pulgadas, igualmente al doce por ciento',
        covers:
          'option value by catalog name after a refusal keeps the strength (Length "22 in", Strength "12%")',
        checks: [adds(line(R.uvb, { Strength: '12%', Length: '22 in' }, 1))],
      },
      {
        en: 'if the tube is still glowing after a year, do I honestly have to swap it?',
        es: 'si el tubo sigue encendiendo al cabo de un año, ¿de verdad hay que cambiarlo?',
        covers: 'spec question answered yes from the product text (replace the tube every 12 months)',
        checks: [
          says('\\b12\\b|year|twelve|doce|ano|replace|cambi|reemplaz|sustitu'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(R.uvb),
        ],
      },
      {
        en: "what's the dimming thermostat going to set me back?",
        es: '¿cuánto me va a costar el termostato regulable?',
        covers: "price in the store's currency",
        checks: [says('\\b89\\b'), says('dimming|thermostat|termostato'), ...usd],
      },
      {
        en: "could I just plug the halogen into the on-off thermostat? it's way cheaper",
        es: '¿y si enchufo la halógena al termostato de encendido y apagado? sale mucho más barato',
        covers: 'spec question whose answer in the text is no (the on-off thermostat is not for light bulbs)',
        checks: [
          says(`${NO}|flicker|parpade`),
          says('bulb|flicker|light|bombilla|parpade|luz|halog'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(R.onOff, R.dimmer, R.halogen),
        ],
      },
      {
        en: "I'll do it properly, put the dimming one in",
        es: 'lo haré bien, añade el regulable',
        covers: 'add by short name (Thermoline Dimming Thermostat)',
        checks: [adds(line(R.dimmer, undefined, 1))],
      },
      {
        en: 'for the floor, the desert soil, two of the smaller bags',
        es: 'para el suelo, el sustrato desértico, dos de las bolsas pequeñas',
        covers:
          'quantity + option value by catalog name said in words ("the smaller bags" → Volume "10 qt", 2)',
        checks: [adds(line(R.desertSoil, { Volume: '10 qt' }, 2))],
      },
      {
        en: "I've read calcium sand can block their gut. is there any in this?",
        es: 'he leído que la arena de calcio les puede obstruir el intestino. ¿esto lleva?',
        covers: 'spec question whose answer in the text is no (no calcium sand)',
        checks: [
          says(`${NO}|without|free of|sin\\b`),
          says('calcium|sand|calcio|arena'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(R.desertSoil),
        ],
      },
      {
        en: 'he needs somewhere to hide. the resin cave, large, in the sandy beige',
        es: 'necesita un sitio para esconderse. la cueva de resina, grande, en el beige arena',
        covers:
          'sold-out variant by colour family (Size "L" + Color "Sandstone", said as sandy beige) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('basalt|\\bm\\b|medium|median')],
      },
      {
        en: 'the dark grey one is fine, keep it large',
        es: 'la gris oscura me vale, que siga siendo grande',
        covers: 'colour family after a refusal keeps the size (dark grey → Color "Basalt", Size "L")',
        checks: [adds(line(R.cave, { Size: 'L', Color: 'Basalt' }, 1))],
      },
      {
        en: 'will the cave survive the dishwasher?',
        es: '¿se deforma la cueva si la lavo a máquina con los platos?',
        covers: "spec question not in the text: don't know (dishwasher-safe resin)",
        checks: [
          says(DONT_KNOW),
          says('cave|hide|cueva|escondite'),
          shownOnly(R.cave),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'right, go through the cart and tell me the total',
        es: 'venga, repasa el carrito y dime el total',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says(
            'terrarium|halogen|dome|uvb|thermostat|soil|cave|terrario|halogena|cupula|termostato|sustrato|cueva',
          ),
        ],
      },
      {
        en: 'pull the dome out, my brother-in-law has one lying around',
        es: 'quita la cúpula, mi cuñado tiene una por casa',
        covers: 'remove an item',
        checks: [removes(line(R.dome))],
      },
      {
        en: 'and park the UVB kit for later, I want to read up on lighting first',
        es: 'y el kit UVB déjamelo para más tarde, antes quiero informarme sobre iluminación',
        covers: 'save for later',
        checks: [saved(R.uvb), keeps(R.uvb)],
      },
    ],
  },
  {
    title:
      'a ball python upgrade and checkout: enclosures under 700, PVC vs glass, dimensions in words, no screen top, no heat mat on PVC, several items in words, mulch humidity, porcelain socket, length in words, promos, expired code, code, checkout, no, freight, read-back, yes, status, cancel',
    steps: [
      {
        en: 'my ball python has outgrown his tub. what enclosures have you got under seven hundred?',
        es: 'mi pitón bola ya no cabe en su caja. ¿qué recintos tienen por menos de setecientos?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Terrariums', maxPrice: 700 }), shownSome({ handles: [R.pvc] })],
      },
      {
        en: 'why do people say PVC is better than glass for a python?',
        es: '¿por qué dicen que el PVC es mejor que el vidrio para una pitón?',
        covers: 'spec question answered from the product text (PVC holds heat and humidity better)',
        checks: [says('heat|humid|calor|humedad'), says('pvc'), saysNot(IDK), shownOnly(R.pvc, R.glass)],
      },
      {
        en: 'the six-footer, so he can stretch out',
        es: 'el de seis pies, porfa',
        covers: 'option value by catalog name said in words (Dimensions "6x2x2 ft")',
        checks: [adds(line(R.pvc, { Dimensions: '6x2x2 ft' }, 1))],
      },
      {
        en: 'does it have a mesh top I can sit my lamps on?',
        es: '¿trae tapa de malla para apoyar las lámparas encima?',
        covers: 'spec question whose answer in the text is no (no screen top; lamps mount inside)',
        checks: [
          says(`${NO}|inside|adentro|dentro`),
          says('screen|top|lamp|inside|roof|tapa|malla|lampara|dentro|techo'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(R.pvc),
        ],
      },
      {
        en: 'and can I stick the under-tank heat mat on the bottom of it?',
        es: '¿y le puedo pegar la manta térmica por debajo?',
        covers: 'spec question whose answer in the text is no (the heat mat is not for PVC)',
        checks: [
          says(NO),
          says('pvc|glass|vidrio|mat|manta|wood|madera'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(R.mat),
        ],
      },
      {
        en: 'ok, then a ceramic emitter at a hundred watts and the big bag of cypress mulch',
        es: 'bueno, entonces un emisor cerámico de cien watts y la bolsa grande de mantillo de ciprés',
        covers:
          'several items in one request; option values by catalog name said in words (Wattage "100 W", "the big bag" → Volume "24 qt")',
        checks: [adds(line(R.che, { Wattage: '100 W' }, 1), line(R.mulch, { Volume: '24 qt' }, 1))],
      },
      {
        en: 'what humidity range does that mulch hold?',
        es: '¿en qué rango de humedad se mantiene ese mantillo?',
        covers: 'spec question answered from the product text (60 to 80 percent)',
        checks: [says('\\b(60|80)\\b|sixty|eighty|sesenta|ochenta'), saysNot(IDK), shownOnly(R.mulch)],
      },
      {
        en: 'does the emitter need any special kind of socket?',
        es: '¿el emisor necesita algún tipo especial de socket?',
        covers: 'spec question answered from the product text (a porcelain socket)',
        checks: [says('porcelain|porcelana'), saysNot(IDK), shownOnly(R.che)],
      },
      {
        en: 'he strikes when I open the door. the snake hook, the forty inch',
        es: 'me tira mordidas cuando abro la puerta. el gancho para serpientes, el de cuarenta pulgadas',
        covers: 'option value by catalog name said in words (Length "40 in")',
        checks: [adds(line(R.hook, { Length: '40 in' }, 1))],
      },
      {
        en: 'got any coupons a reptile nerd could use?',
        es: '¿de casualidad anda algún cupón activo por ahí?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('shed ?day ?10'),
          says('basking ?25'),
          saysNot('hatchling ?15'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'I picked up HATCHLING15 on a flyer at the reptile expo',
        es: 'en la expo de reptiles me dieron un volante con HATCHLING15',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'bummer. BASKING25 then',
        es: 'qué mala onda. entonces BASKING25',
        covers: 'apply a promo code',
        checks: [promo('BASKING25')],
      },
      {
        en: "that's all he needs, ring me up",
        es: 'es todo lo que necesita, cóbrame',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('pvc|enclosure|emitter|mulch|hook|recinto|emisor|mantillo|gancho'),
        ],
      },
      {
        en: 'no, hold off for a moment',
        es: 'no, aguántame un segundito, todavía no',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "that enclosure must be huge in a box. what's the shipping on it?",
        es: 'ese recinto debe venir en una caja enorme. ¿cuánto sale el envío?',
        covers: 'policy question answered from the policy text (enclosures by ground freight for $45)',
        checks: [saysNot(IDK), says('\\b45\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'sounds good. keep going, ship it to my place in Tucson',
        es: 'me parece bien. sígale, va para Tucson',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, lock it in and send it',
        es: 'sí, mándalo así, está perfecto',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'where does the enclosure order stand?',
        es: '¿cómo va el pedido del recinto?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'my landlord just told me no snakes in the building, I have to cancel that order',
        es: 'el casero me acaba de decir que no se permiten víboras en el edificio, tengo que cancelar ese pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yes, do it, cancel the lot',
        es: 'sí, hazlo, cancela todo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing for a gecko and a chameleon: heat lamps under 25, nothing that glows, lasts for years, start over, cheapest lamp, highest-rated thermostat, ten-quart search, ordinal, sold-out flavour, quantity + flavour after refusal, mixing ratio, sold-out volume, volume after refusal, cleanup crew, several items + colour family, draft, mesh holds no humidity, nozzles by catalog name, no tap water, several items, read-back, remove, empty, human',
    steps: [
      {
        en: 'what heat lamps do you stock for under twenty-five bucks?',
        es: '¿qué lámparas de calor tenéis por menos de veinticinco dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Heat Lamps', maxPrice: 25 }), shownSome({ handles: [R.che] })],
      },
      {
        en: 'nothing that lights up, my leopard gecko sleeps at night',
        es: 'nada que dé luz, mi gecko leopardo duerme por la noche',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Heat Lamps', maxPrice: 25, notHandles: [R.halogen] })],
      },
      {
        en: 'and only something that lasts for years',
        es: 'y solo algo que dure años',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Heat Lamps', maxPrice: 25, handles: [R.che] })],
      },
      {
        en: 'scrap those filters and show me every heat lamp you carry',
        es: 'borra lo anterior y saca todas las lámparas de calor del catálogo',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Heat Lamps' }),
          shownSome({ handles: [R.halogen] }),
          shownSome({ handles: [R.dhp] }),
        ],
      },
      {
        en: 'rank them by price for me: which comes in lowest?',
        es: 'ordénalas por precio: ¿cuál queda más abajo?',
        covers: 'superlative over price',
        checks: [
          best(R.halogen, 'halogen|\\b12\\b', 'ceramic|deep heat|projector|emitter|\\b19\\b|\\b49\\b'),
        ],
      },
      {
        en: 'which of your thermostats can run the most watts?',
        es: '¿cuál de vuestros termostatos aguanta más vatios?',
        covers: 'superlative over a numeric attribute (wattage rating in the description)',
        checks: [best(R.dimmer, 'dimming|regulable|\\b600\\b', 'on.off|encendido|\\b300\\b')],
      },
      {
        en: 'what do you sell in ten quart bags?',
        es: '¿qué vendéis en bolsas de diez cuartos de galón?',
        covers: 'category search by an option value (Volume "10 qt")',
        checks: [shown({ option: { name: 'Volume', values: ['10 qt'] } })],
      },
      {
        en: 'add the second one from that list',
        es: 'añade el segundo de esa lista',
        covers: 'ordinal reference to the list shown ("the second one") keeps the volume asked in the search',
        checks: [addedShownAt(2, { Volume: '10 qt' })],
      },
      {
        en: 'my crested gecko eats the powdered diet. the fig flavour please',
        es: 'mi gecko crestado come la papilla en polvo. la de sabor higo, por favor',
        covers: 'sold-out variant (Flavor "Fig") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('mango|banana|platano')],
      },
      {
        en: "she'll eat mango, give me three of those",
        es: 'se comerá la de mango, ponme tres',
        covers: 'quantity + option value by catalog name after a refusal (Flavor "Mango", 3)',
        checks: [adds(line(R.cgd, { Flavor: 'Mango' }, 3))],
      },
      {
        en: 'how much water do I stir into the powder?',
        es: '¿cuánta agua le echo al polvo al prepararlo?',
        covers: 'spec question answered from the product text (one part powder to two parts water)',
        checks: [says('\\b2\\b|two|twice|dos|doble'), saysNot(IDK), shownOnly(R.cgd)],
      },
      {
        en: 'for her planted tank, the tropical soil in the twenty quart',
        es: 'para su terrario plantado, el sustrato tropical de veinte cuartos',
        covers: 'sold-out variant (Volume "20 qt") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b10\\b|ten|diez')],
      },
      {
        en: 'two of the ten quart then',
        es: 'pues dos de los de diez',
        covers: 'quantity + option value by catalog name after a refusal (Volume "10 qt", 2)',
        checks: [adds(line(R.tropicalSoil, { Volume: '10 qt' }, 2))],
      },
      {
        en: 'will that soil break down her droppings on its own?',
        es: '¿ese sustrato descompone solo sus excrementos?',
        covers:
          'spec question answered from the product text (add springtails and isopods as a cleanup crew)',
        checks: [
          says('springtail|isopod|cleanup|clean.up|colembol|isopod|limpieza'),
          saysNot(IDK),
          shownOnly(R.tropicalSoil, R.springtails),
        ],
      },
      {
        en: 'add a springtail culture, and the small water dish in the greenish colour',
        es: 'añade un cultivo de colémbolos y el bebedero pequeño en el color verdoso',
        covers:
          'several items in one request; colour family to a catalog colour name (greenish → Color "Moss", Size "S")',
        checks: [adds(line(R.springtails, undefined, 1), line(R.dish, { Size: 'S', Color: 'Moss' }, 1))],
      },
      {
        en: 'I saw a smart terrarium from Scaleward online. is it for sale yet?',
        es: 'vi por internet un terrario inteligente de Scaleward. ¿ya está a la venta?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Terrariums', notHandles: [R.draftSmart] }),
          saysNot('smart terrarium|2027|preview|\\b699\\b'),
        ],
      },
      {
        en: 'my chameleon lives in the mesh cage. will it keep her humidity up?',
        es: 'mi camaleón vive en la jaula de malla. ¿le mantiene la humedad?',
        covers: 'spec question whose answer in the text is no (all-mesh: it does not hold humidity)',
        checks: [
          says(NO),
          says('humid|mist|humedad|nebul|airflow|ventil'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(R.mesh),
        ],
      },
      {
        en: 'then the misting system, the one with four nozzles',
        es: 'entonces el sistema de nebulización, el de cuatro boquillas',
        covers: 'option value by catalog name said in words (Nozzles "4 Nozzles")',
        checks: [adds(line(R.mister, { Nozzles: '4 Nozzles' }, 1))],
      },
      {
        en: 'can I just fill it from the kitchen tap?',
        es: '¿lo puedo llenar con agua del grifo de la cocina?',
        covers: 'spec question whose answer in the text is no (distilled or reverse-osmosis water only)',
        checks: [
          says(`${NO}|distilled|destilad|only|solo`),
          says('water|distil|osmosis|agua|destil'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(R.mister),
        ],
      },
      {
        en: 'and the longer feeding tongs, plus a thermometer hygrometer in white',
        es: 'y las pinzas de alimentación largas, además de un termohigrómetro en blanco',
        covers:
          'several items in one request; option values by catalog name ("the longer" → Length "15 in", Color "White")',
        checks: [adds(line(R.tongs, { Length: '15 in' }, 1), line(R.hygrometer, { Color: 'White' }, 1))],
      },
      {
        en: "read out what I've piled in the cart so far, with the sum",
        es: '¿qué llevo en el carrito ahora mismo, y el total?',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('soil|diet|springtail|dish|mist|tong|sustrato|papilla|colembol|bebedero|nebul|pinza'),
        ],
      },
      {
        en: 'leave out the tongs, I have chopsticks',
        es: 'quita las pinzas, ya uso palillos chinos',
        covers: 'remove an item',
        checks: [removes(line(R.tongs))],
      },
      {
        en: "actually clear the cart completely, I'll order after the expo",
        es: 'mejor vacía el carrito del todo, ya pediré después de la feria',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'is there a human there who keeps chameleons? I have questions',
        es: '¿hay alguna persona ahí que tenga camaleones? tengo dudas',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: an opened UVB tube, a dead culture, shipping a culture, glass to Canada, a spliced probe, Discover, cash on delivery, paying in four, Australia, a small order, boarding',
    steps: [
      {
        en: "I opened the UVB tube and it's the wrong length for my fixture. can I return it?",
        es: 'abrí el tubo UVB y no es del largo de mi lámpara. ¿lo puedo devolver?',
        covers: 'policy question answered from the policy text (bulbs and UVB tubes returned only unopened)',
        checks: [saysNot(IDK), says(RETURNS), says(ONLY_UNOPENED), notCalled('search_products')],
      },
      {
        en: 'my springtails showed up dead this afternoon. what do I do?',
        es: 'los colémbolos me llegaron muertos esta tarde. ¿qué hago?',
        covers: 'policy question answered from the policy text (a photo within 2 hours, a new culture sent)',
        checks: [
          saysNot(IDK),
          says('photo|picture|foto|2 hours|two hours|dos horas|\\b2\\b'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'what do you charge to send a springtail culture?',
        es: '¿cuánto cobran por mandar un cultivo de colémbolos?',
        covers: 'policy question answered from the policy text (live cultures by overnight express for $24)',
        checks: [saysNot(IDK), says('\\b24\\b'), notCalled('add_to_cart')],
      },
      {
        en: "I'm in Vancouver. can you ship me the glass terrarium?",
        es: 'estoy en Vancouver, Canadá. ¿me pueden mandar el terrario de vidrio?',
        covers: 'policy question answered from the policy text (glass terrariums cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'I spliced the probe cord on my thermostat to make it longer and now it reads wrong. warranty?',
        es: 'empalmé el cable de la sonda del termostato para alargarlo y ahora marca mal. ¿entra en la garantía?',
        covers: 'policy question answered from the policy text (a spliced probe is not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'the card in my wallet is a Discover, will your checkout take it?',
        es: '¿les sirve una Discover para pagar esto?',
        covers: 'policy question answered from the policy text (a card the store takes)',
        checks: [saysNot(IDK), says('discover'), saysNot(OPENS_NO), notCalled('search_products')],
      },
      {
        en: 'can I pay the driver in cash when it arrives?',
        es: '¿puedo pagarle en efectivo al repartidor cuando llegue?',
        covers: 'policy question answered from the policy text (no cash on delivery)',
        checks: [saysNot(IDK), says(NO), says('cash|efectivo|deliver|entrega'), saysNot(NOT_YES)],
      },
      {
        en: 'is there a pay-later plan, so the bill lands in pieces?',
        es: '¿se puede ir pagando en abonos quincenales?',
        covers: 'policy question answered from the policy text (Sezzle in four on orders of $75 or more)',
        checks: [
          saysNot(IDK),
          says('sezzle|four|install|cuatro|plazo|cuota|abono'),
          says('\\b75\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'my sister keeps geckos in Perth. could you ship to Australia?',
        es: 'mi hermana tiene geckos en Perth. ¿hacen envíos a Australia?',
        covers: 'policy question answered from the policy text (no shipping outside the US and Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('australia|other countr|otros pa[ií]ses|united states|estados unidos|canad'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'if my order is only around forty dollars, is the shipping free?',
        es: 'un pedido chiquito, de unos cuarenta dólares, ¿paga envío?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('6[.,]50|\\b59\\b'), notCalled('search_products')],
      },
      {
        en: 'do you look after reptiles while their owners are away on vacation?',
        es: '¿cuidan reptiles mientras sus dueños se van de vacaciones?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
