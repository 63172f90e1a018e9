/**
 * Astronomy & telescopes (refractors, a Dobsonian, a Maksutov, a kids' telescope, eyepieces, a
 * Barlow, Moon, light-pollution and solar filters, mounts and counterweights, dew heaters and
 * shields, power, cases, binoculars, red lights, star charts, a chair, heated gloves, astro cameras
 * and adapters), EN and ES shoppers on the English-only catalog. Frozen: written before this
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
import { A } from './astronomy.handles.ts';
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';

/** A yes-answer that may go on to name a limit ("yes, but..."): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [astronomyEn, astronomyEs] = scripts('astronomy', [
  {
    title:
      'a first telescope: telescopes under 500, ready without cooling, eyepieces included, add by short name, sold-out decimal focal length, focal length after refusal, eye relief with glasses, comparison, price, unknown tube material, filters for city glow under 100, barrel in words, no help for galaxies, sold-out latitude by city, latitude after refusal, several items with quantity, light let through, sold-out case size + colour family, colour family after refusal keeps size, not waterproof, kit not for mirrors, read-back, remove, save for later',
    steps: [
      {
        en: "Saturn is up all evening this fall and I've never owned a telescope. what can I get for less than five hundred?",
        es: 'este otoño Saturno se ve toda la noche y nunca he tenido telescopio. ¿qué me ofrecen por menos de quinientos dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Telescopes', maxPrice: 500 }), shownSome({ handles: [A.voyager] })],
      },
      {
        en: "I only get an hour after the kids are asleep. with the Voyager, is there a long wait before I'm looking at something?",
        es: 'solo tengo una hora cuando los niños ya se durmieron. con el Voyager, ¿hay que esperar mucho antes de poder ver algo?',
        covers:
          'spec question answered from the product text (ready in a minute, no cooling down, no collimation)',
        checks: [
          says('minute|cool|collimat|minuto|enfri|colima|ready|listo'),
          says('voyager'),
          saysNot(IDK),
          shownOnly(A.voyager),
        ],
      },
      {
        en: 'would I have to buy eyepieces on day one, or does it arrive with some?',
        es: '¿tendría que comprar oculares desde el primer día o ya trae algunos?',
        covers: 'spec question answered yes from the product text (a 25 mm and a 10 mm eyepiece included)',
        checks: [
          says('\\b25\\b|\\b10\\b|includ|comes with|two eyepieces|trae|incluye|viene con|dos oculares'),
          says('voyager|eyepiece|ocular'),
          saysNot(OPENS_NO),
          saysNot(IDK),
        ],
      },
      {
        en: "sold, I'm getting the Voyager",
        es: 'listo, me llevo el Voyager',
        covers: 'add by short name (Starwick Voyager 80 Refractor)',
        checks: [adds(line(A.voyager, undefined, 1))],
      },
      {
        en: 'for really close planet views, the Wideview eyepiece at five point five millimeters',
        es: 'para ver los planetas bien de cerca, el ocular Wideview de cinco punto cinco milímetros',
        covers:
          'sold-out decimal size ("five point five millimeters" → Focal Length "5.5 mm") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('\\b(9|16|24)\\b|nine|sixteen|twenty.four|nueve|dieciseis|veinticuatro'),
        ],
      },
      {
        en: 'the next one up, the nine, is fine',
        es: 'el que sigue, el de nueve, me sirve',
        covers: 'option value by catalog name after a refusal (Focal Length "9 mm")',
        checks: [adds(line(A.wideview, { 'Focal Length': '9 mm' }, 1))],
      },
      {
        en: "I'm nearsighted and I'd rather keep my glasses on at the eyepiece. will that one work for me?",
        es: 'soy miope y prefiero no quitarme los lentes para mirar. ¿ese me va a funcionar?',
        covers:
          'spec question answered from the product text (15 mm eye relief, comfortable with eyeglasses)',
        checks: [
          says('\\b15\\b|fifteen|quince|eye relief|glasses|eyeglasses|lentes|anteojos|gafas'),
          says('wideview|eyepiece|ocular'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(A.wideview),
        ],
      },
      {
        en: 'a guy at the astronomy club swears by Plossls. how is the Plossl different from the Wideview?',
        es: 'un señor del club de astronomía jura por los Plossl. ¿qué diferencia hay entre el Plossl y el Wideview?',
        covers: 'comparison of two named products',
        checks: [says('plossl'), says('wideview'), shownOnly(A.plossl, A.wideview)],
      },
      {
        en: 'out of curiosity, what would the Maksutov set me back?',
        es: 'solo por saber, ¿qué precio tiene el Maksutov?',
        covers: "price in the store's currency",
        checks: [says('\\b549\\b'), says('maksutov'), ...usd],
      },
      {
        en: 'is the Maksutov tube aluminum or carbon fiber?',
        es: '¿el tubo del Maksutov es de aluminio o de fibra de carbono?',
        covers: "spec question not in the text: don't know (the tube's material)",
        checks: [says(DONT_KNOW), says('maksutov'), shownOnly(A.maksutov), notCalled('add_to_cart')],
      },
      {
        en: 'the streetlights on my block are brutal. is there a filter for that glow, below a hundred dollars?',
        es: 'los postes de luz de mi cuadra son terribles. ¿hay algún filtro para ese resplandor, de menos de cien dólares?',
        covers: 'category search with a price bound by a use from the product text (city sky glow)',
        checks: [shown({ type: 'Filters', maxPrice: 100 }), shownSome({ handles: [A.lpFilter] })],
      },
      {
        en: 'the light pollution one in one and a quarter inch, that fits my eyepieces',
        es: 'el de contaminación lumínica en una pulgada y cuarto, que es lo que le entra a mis oculares',
        covers: 'option value by catalog name said in words ("one and a quarter inch" → Barrel "1.25 in")',
        checks: [adds(line(A.lpFilter, { Barrel: '1.25 in' }, 1))],
      },
      {
        en: 'will it make the faint galaxies jump out from my backyard?',
        es: '¿con eso las galaxias débiles se van a ver clarito desde mi patio?',
        covers:
          'spec question whose answer in the text is no (it does little for galaxies and star clusters)',
        checks: [
          says(`${NO}|little|poco|nebula`),
          says('galax|nebul|filter|filtro'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(A.lpFilter),
        ],
      },
      {
        en: "my brother lives up in Winnipeg and wants a star wheel. the planisphere that's right for him",
        es: 'mi hermano vive allá en Winnipeg y quiere una rueda de estrellas. el planisferio que le toca a él',
        covers:
          'sold-out variant (Latitude "50 N", chosen by a city from the product text) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(30|40)\\b|thirty|forty|treinta|cuarenta')],
      },
      {
        en: "ok then the forty degree one for me, I'm outside Denver",
        es: 'bueno, entonces el de cuarenta grados para mí, que vivo cerca de Denver',
        covers: 'option value by catalog name after a refusal (Latitude "40 N")',
        checks: [adds(line(A.planisphere, { Latitude: '40 N' }, 1))],
      },
      {
        en: 'also two of the red flashlight twin packs and a moon filter for the small barrel',
        es: 'también dos de los paquetes dobles de linterna roja y un filtro lunar para el barril chico',
        covers:
          'several items in one request; quantity + option values by catalog name (Pack "2 Lights", Barrel "1.25 in")',
        checks: [
          adds(line(A.redLight, { Pack: '2 Lights' }, 2), line(A.moonFilter, { Barrel: '1.25 in' }, 1)),
        ],
      },
      {
        en: 'how much of the moonlight does that filter actually let through?',
        es: '¿cuánta luz de la luna deja pasar de verdad ese filtro?',
        covers: 'spec question answered from the product text (13 percent of the light)',
        checks: [
          says('\\b13\\b|thirteen|trece'),
          says('moon|filter|luna|lunar|filtro'),
          shownOnly(A.moonFilter),
        ],
      },
      {
        en: 'I need something to carry the scope in. the large padded case, in the army green',
        es: 'me falta algo para cargar el telescopio. la funda acolchada grande, en verde militar',
        covers:
          'sold-out variant by colour family (Size "Large" + Color "Olive", said as army green) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('midnight|small|pequen|chic')],
      },
      {
        en: 'the navy-ish one is fine, still the large',
        es: 'la azul marino está bien, sigue siendo la grande',
        covers: 'colour family after a refusal keeps the size (navy → Color "Midnight", Size "Large")',
        checks: [adds(line(A.scopeCase, { Size: 'Large', Color: 'Midnight' }, 1))],
      },
      {
        en: 'could I leave it on the porch if it starts pouring?',
        es: '¿la puedo dejar en el porche si se suelta un aguacero?',
        covers: 'spec question whose answer in the text is no (water resistant, not waterproof)',
        checks: [
          says(`${NO}|resistant|resistente`),
          says('case|waterproof|rain|funda|impermeable|lluvia|agua'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(A.scopeCase),
        ],
      },
      {
        en: 'my neighbor has a Dobson with a dusty mirror. could he clean it with your lens cleaning kit?',
        es: 'mi vecino tiene un Dobson con el espejo empolvado. ¿lo podría limpiar con su kit de limpieza de lentes?',
        covers: 'spec question whose answer in the text is no (the kit is not for telescope mirrors)',
        checks: [
          says(NO),
          says('mirror|kit|espejo|limpieza'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(A.cleaningKit),
        ],
      },
      {
        en: "alright, read me my list and what it's costing me",
        es: 'a ver, léeme mi lista y cuánto me está costando',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('voyager|wideview|filter|planisphere|flashlight|case|filtro|planisferio|linterna|funda'),
        ],
      },
      {
        en: 'skip the moon filter, I actually like the glare',
        es: 'saca el filtro lunar, la verdad me gusta el brillo',
        covers: 'remove an item',
        checks: [removes(line(A.moonFilter))],
      },
      {
        en: 'and park the planisphere for another time, I might just use an app',
        es: 'y el planisferio déjamelo guardado para otra ocasión, a lo mejor uso una app',
        covers: 'save for later',
        checks: [saved(A.planisphere), keeps(A.planisphere)],
      },
    ],
  },
  {
    title:
      'astrophotography and checkout: mounts under 500, tracker payload, tripod not included, heaviest payload, add the GoTo, power not included, sold-out decimal counterweight, weight after refusal with quantity, power tank by need, run time, polar scope price, promos, expired code, code, checkout, no, opened-box return, order, status, cancel',
    steps: [
      {
        en: 'I want to start photographing the Milky Way. which mounts do you have under five hundred?',
        es: 'quiero empezar a fotografiar la Vía Láctea. ¿qué monturas tenéis por debajo de quinientos?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Mounts', maxPrice: 500 }), shownSome({ handles: [A.tracker] })],
      },
      {
        en: 'my camera with the big zoom is around fifteen pounds. can the Star Tracker carry that?',
        es: 'mi cámara con el zoom grande pesa unas quince libras. ¿la aguanta el Star Tracker?',
        covers: 'spec question whose answer in the text is no (the tracker carries up to 11 lb)',
        checks: [
          says(`${NO}|only|up to|\\b11\\b|eleven|solo|hasta|once`),
          says('tracker|\\b11\\b|eleven|once|carga|peso|weight|load'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(A.tracker),
        ],
      },
      {
        en: 'and if I did get it, is a tripod in the box?',
        es: 'y si me lo llevara, ¿viene con trípode?',
        covers: 'spec question whose answer in the text is no (tripod not included)',
        checks: [
          says(`${NO}|separately|por separado|aparte`),
          says('tripod|tripode|tracker'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'forget the budget. of all your mounts, which holds the heaviest load?',
        es: 'olvídate del presupuesto. de todas vuestras monturas, ¿cuál aguanta más peso?',
        covers: 'superlative over a numeric attribute (payload in the description)',
        checks: [
          best(
            A.goto,
            'goto|equatorial|ecuatorial|\\b30\\b',
            'tracker|alt.az|tabletop|sobremesa|\\b11\\b|\\b6\\b',
          ),
        ],
      },
      {
        en: 'fine, the GoTo mount goes in',
        es: 'vale, mete la montura GoTo',
        covers: 'add by short name (Meridane GoTo Equatorial Mount)',
        checks: [adds(line(A.goto, undefined, 1))],
      },
      {
        en: 'will it run out of the box, or do I need to sort out power for it?',
        es: '¿funciona nada más sacarla de la caja o tengo que buscarle alimentación?',
        covers: 'spec question whose answer in the text is no (12 V power not included)',
        checks: [
          says(`${NO}|separately|por separado|aparte|not included|no incluid`),
          says('12|power|volt|alimenta|bateria|energia|corriente'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'my refractor is front heavy, so two extra counterweights, the seven and a half pounders',
        es: 'mi refractor pesa mucho por delante, así que dos contrapesos más, de los de siete libras y media',
        covers:
          'sold-out decimal size ("seven and a half pound" → Weight "7.5 lb") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('\\b(5|11)\\b|five|eleven|cinco|once')],
      },
      {
        en: 'then two of the five pound ones, I can slide them further out',
        es: 'pues dos de los de cinco libras, los pongo más hacia fuera',
        covers: 'quantity + option value by catalog name after a refusal (Weight "5 lb", 2)',
        checks: [adds(line(A.counterweight, { Weight: '5 lb' }, 2))],
      },
      {
        en: 'and a power tank, the bigger one that lasts more',
        es: 'y una batería Power Tank, la grande que dura más',
        covers: 'option value by catalog name said in words ("the bigger one" → Capacity "17 Ah")',
        checks: [adds(line(A.powerTank, { Capacity: '17 Ah' }, 1))],
      },
      {
        en: 'roughly how many nights of imaging does that give me on the mount?',
        es: '¿para cuántas noches de fotos me da eso con la montura, más o menos?',
        covers: 'spec question answered from the product text (about two full nights)',
        checks: [
          says('\\btwo\\b|\\b2\\b|\\bdos\\b'),
          says('night|noche'),
          saysNot(IDK),
          shownOnly(A.powerTank),
        ],
      },
      {
        en: 'how many dollars is the polar scope?',
        es: '¿a cuánto tenéis el buscador de la polar?',
        covers: "price in the store's currency",
        checks: [says('\\b79\\b'), says('polar'), ...usd],
      },
      {
        en: 'this is getting pricey. got any discount codes at the moment?',
        es: 'la cuenta no para de crecer. ¿hay cupones en vigor?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?light ?10'),
          says('dark ?sky ?40'),
          saysNot('perseids ?25'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'the club newsletter had PERSEIDS25 in it',
        es: 'en el boletín de la agrupación venía PERSEIDS25',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'never mind, put DARKSKY40 on it',
        es: 'nada, entonces ponme DARKSKY40',
        covers: 'apply a promo code',
        checks: [promo('DARKSKY40')],
      },
      {
        en: "that's my imaging rig. let's pay for it",
        es: 'ese es mi equipo de fotos. vamos a pagarlo',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal, says('goto|mount|counterweight|power|montura|contrapeso|bateria')],
      },
      {
        en: 'wait, not yet, one thing is bugging me',
        es: 'para, todavía no, hay algo que me ronda la cabeza',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "say I unbox the mount and it's too heavy for my balcony. can it go back?",
        es: 'si desembalo la montura y resulta que pesa demasiado para mi terraza, ¿la puedo devolver?',
        covers:
          'policy question answered from the policy text (14 days, 15% restocking fee once out of the box)',
        checks: [
          saysNot(IDK),
          says(RETURNS),
          says('\\b15\\b|\\b14\\b|restock|fifteen|fourteen|reposici|quince|catorce|comision|cargo'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'alright, I can live with that. it ships to Albuquerque',
        es: 'vale, me apaño con eso. se envía a Albuquerque',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yep, everything checks out, submit it',
        es: 'sí, está todo en orden, confírmalo',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'any tracking news on my mount purchase?',
        es: '¿el pedido de la montura ha salido ya del almacén?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'my landlord just said no gear on the balcony. I need to call that order off',
        es: 'el casero me acaba de prohibir trastos en la terraza. tengo que anular ese pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "I'm sure, scrap the mount and everything with it",
        es: 'sí, lo tengo claro, cancélalo entero',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'browsing: telescopes under 600, nothing that needs collimating, carry-on only, start over, cheapest telescope, heaviest telescope, sold-out colour family, colour after refusal, age from text, sold-out glove size, size after refusal, battery hours, two-inch barrel, ordinal, draft, cool-down time, option by catalog name, most magnification, adapter included, several items, read-back, remove, empty, human',
    steps: [
      {
        en: 'we keep arguing about which telescope to buy for the cabin. what have you got under six hundred?',
        es: 'seguimos discutiendo qué telescopio comprar para la cabaña. ¿qué manejan por menos de seiscientos?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Telescopes', maxPrice: 600 }), shownSome({ handles: [A.voyager] })],
      },
      {
        en: 'nobody in my house will ever collimate a mirror, so skip anything that needs it',
        es: 'en mi casa nadie va a colimar un espejo jamás, así que nada que lo necesite',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Telescopes', maxPrice: 600, notHandles: [A.dobson8] })],
      },
      {
        en: 'and just the ones that pack small enough to take on a plane',
        es: 'y nomás los que se empacan lo bastante chico para subirlos al avión',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Telescopes', maxPrice: 600, handles: [A.ranger] })],
      },
      {
        en: 'nah, let me start fresh. every telescope you stock, no filters',
        es: 'no, mejor empiezo de cero. todos los telescopios que tengan, sin filtros',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Telescopes' }),
          shownSome({ handles: [A.dobson8] }),
          shownSome({ handles: [A.voyager] }),
        ],
      },
      {
        en: "out of those, which one's the easiest on the wallet?",
        es: 'de esos, ¿cuál es el que menos le pega al bolsillo?',
        covers: 'superlative over price',
        checks: [best(A.junior, 'junior|\\b119\\b', 'voyager|ranger|maksutov|dobson|\\b289\\b|\\b449\\b')],
      },
      {
        en: 'and which is the heaviest to haul out to the yard?',
        es: '¿y cuál es el más pesado para sacarlo al jardín?',
        covers: 'superlative over a numeric attribute (total weight in the description)',
        checks: [best(A.dobson8, 'dobson|\\b41\\b', 'voyager|ranger|maksutov|junior')],
      },
      {
        en: 'honestly my niece is the one who wants it. the junior telescope in purple',
        es: 'la verdad la que lo quiere es mi sobrina. el telescopio junior en morado',
        covers:
          'sold-out variant by colour family (purple → Color "Nebula Purple") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('comet|starlight|blue|white|azul|blanc')],
      },
      {
        en: 'the starlight white then',
        es: 'entonces el starlight white',
        covers: 'option value by catalog name after a refusal (Color "Starlight White")',
        checks: [adds(line(A.junior, { Color: 'Starlight White' }, 1))],
      },
      {
        en: "she's only six. is she old enough for it?",
        es: 'apenas tiene seis años. ¿ya tiene edad para usarlo?',
        covers: 'spec question answered from the product text (ages 8 and up)',
        checks: [
          says('\\b8\\b|eight|ocho'),
          says('junior|age|edad|anos|years'),
          saysNot(IDK),
          shownOnly(A.junior),
        ],
      },
      {
        en: 'January nights are freezing up here. the heated gloves, medium',
        es: 'las noches de enero aquí son heladas. los guantes térmicos, talla mediana',
        covers: 'sold-out variant (Size "M") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('small|large|chic|grande|\\bS\\b|\\bL\\b|\\bXL\\b')],
      },
      {
        en: 'make it a large, I can wear a liner underneath',
        es: 'que sean grandes, me pongo unos guantes delgados abajo',
        covers: 'option value by catalog name after a refusal (Size "L")',
        checks: [adds(line(A.gloves, { Size: 'L' }, 1))],
      },
      {
        en: 'how long will they stay warm on one charge?',
        es: '¿cuánto tiempo calientan con una sola carga?',
        covers: 'spec question answered from the product text (about four hours on the low setting)',
        checks: [says('\\b4\\b|four|cuatro'), says('hour|hora'), saysNot(IDK), shownOnly(A.gloves)],
      },
      {
        en: 'something else. what do you sell in the two inch barrel size?',
        es: 'otra cosa. ¿qué venden en barril de dos pulgadas?',
        covers: 'category search by an option value (Barrel "2 in")',
        checks: [shown({ option: { name: 'Barrel', values: ['2 in'] } })],
      },
      {
        en: 'whatever came up second, put it in',
        es: 'el número dos de lo que me enseñaste, ese lo quiero',
        covers: 'ordinal reference to the list shown ("the second one") keeps the barrel asked in the search',
        checks: [addedShownAt(2, { Barrel: '2 in' })],
      },
      {
        en: 'someone in an online forum said a ten-inch Dobson is on its way. can I order one yet?',
        es: 'alguien en un foro dijo que viene un Dobson de diez pulgadas. ¿ya lo puedo pedir?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Telescopes', notHandles: [A.draftDobson10] }),
          saysNot('2027|preview|\\b899\\b'),
        ],
      },
      {
        en: "if I carry the Maksutov out from a warm living room, how long until it's usable?",
        es: 'si saco el Maksutov de la sala calientita, ¿cuánto hay que esperar para usarlo?',
        covers: 'spec question answered from the product text (about 20 minutes to cool down)',
        checks: [says('\\b20\\b|twenty|veinte'), says('maksutov|minut'), saysNot(IDK), shownOnly(A.maksutov)],
      },
      {
        en: 'one eyepiece case, the twelve slot size',
        es: 'un estuche de oculares, el de doce espacios',
        covers: 'option value by catalog name (Capacity "12 Slots")',
        checks: [adds(line(A.eyepieceCase, { Capacity: '12 Slots' }, 1))],
      },
      {
        en: 'for comets, which of your binoculars magnifies the most?',
        es: 'para ver cometas, ¿cuáles de sus binoculares tienen más aumento?',
        covers: 'superlative over a numeric attribute (magnification in the description)',
        checks: [best(A.binos15, '15x70|giant|gigante|\\b15\\b|fifteen|quince', '10x50|\\b10\\b')],
      },
      {
        en: 'do I get the tripod adapter with those, or is it another purchase?',
        es: '¿el adaptador para trípode viene con esos o se compra aparte?',
        covers: 'spec question answered yes from the product text (the tripod adapter is included)',
        checks: [
          says('includ|comes with|in the box|viene|trae|incluye'),
          says('adapter|adaptador|15x70|giant|gigante|binocular'),
          saysNot(OPENS_NO),
          saysNot(IDK),
          shownOnly(A.binos15),
        ],
      },
      {
        en: 'a dew shield for the one-oh-two and two Canon T-rings',
        es: 'un parasol antirrocío para el de ciento dos y dos anillos T de Canon',
        covers:
          'several items in one request; quantity + option values by catalog name (Fits "102 mm", Camera Mount "Canon EF")',
        checks: [
          adds(line(A.dewShield, { Fits: '102 mm' }, 1), line(A.tRing, { 'Camera Mount': 'Canon EF' }, 2)),
        ],
      },
      {
        en: "tell me what's piled up in the cart so far",
        es: 'dime qué tengo amontonado en el carrito hasta ahora',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says('junior|gloves|case|dew|t.ring|guante|estuche|parasol|anillo|barlow|filter|filtro'),
        ],
      },
      {
        en: "lose the T-rings, I'm not sure my camera is a Canon",
        es: 'quita los anillos T, no estoy seguro de que mi cámara sea Canon',
        covers: 'remove an item',
        checks: [removes(line(A.tRing))],
      },
      {
        en: 'forget all of it, dump the cart, the stars will still be there next month',
        es: 'olvídalo, deja el carrito en ceros, las estrellas siguen ahí el mes que viene',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: "I'd love to ask an actual stargazer which scope suits a cabin with dark skies. is someone around?",
        es: 'me gustaría preguntarle a alguien que de verdad observe qué telescopio le va a una cabaña con cielo oscuro. ¿hay alguien?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      "store policies: an unsealed solar filter, shipping a heavy telescope, a power tank to Canada, collimation, mirror cleaning by mail, a mount run on too high a voltage, American Express, monthly payments, Mexico, a small order's shipping, eyepiece warranty, a telescope rental",
    steps: [
      {
        en: 'I peeled the seal off the solar filter but the eclipse was clouded out. can I send it back?',
        es: 'quité el precinto del filtro solar pero el eclipse se nubló. ¿lo puedo devolver?',
        covers:
          'policy question answered from the policy text (solar filters cannot be returned once unsealed)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'what does delivery cost for a telescope that weighs over forty pounds?',
        es: '¿cuánto cuesta el envío de un telescopio de más de cuarenta libras?',
        covers: 'policy question answered from the policy text (ground freight for $45)',
        checks: [saysNot(IDK), says('\\b45\\b'), notCalled('add_to_cart')],
      },
      {
        en: "I'm in Calgary. would you send a power tank up here?",
        es: 'vivo en Calgary, en Canadá. ¿me mandáis una batería Power Tank hasta aquí?',
        covers: 'policy question answered from the policy text (power tanks cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'my reflector is way out of alignment. do you collimate them, and for how much?',
        es: 'mi reflector está descolimado del todo. ¿lo colimáis vosotros y cuánto cobráis?',
        covers: 'policy question answered from the policy text (collimation in the Tucson store for $40)',
        checks: [saysNot(IDK), says('\\b40\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'if I post you my primary mirror for a cleaning, how long before I get it back?',
        es: 'si os mando por correo el espejo primario para limpiarlo, ¿cuánto tardo en tenerlo de vuelta?',
        covers:
          'policy question answered from the policy text (mirror cleaning by mail, back within 15 business days)',
        checks: [saysNot(IDK), says('\\b15\\b|fifteen|quince'), notCalled('add_to_cart')],
      },
      {
        en: 'I ran my mount off a fifteen volt adapter and now it smells burnt. is that a warranty repair?',
        es: 'conecté la montura a un adaptador de quince voltios y ahora huele a quemado. ¿me lo cubre la garantía?',
        covers: 'policy question answered from the policy text (a mount run above 13.8 V is not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'can I use my American Express with you?',
        es: '¿aceptáis tarjetas American Express, que es la única que tengo?',
        covers: 'policy question answered from the policy text (a card the store does not take)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('american express|amex'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'is there a way to split a big telescope purchase into monthly bits?',
        es: '¿hay forma de pagar un telescopio caro en cuotas mensuales?',
        covers: 'policy question answered from the policy text (Affirm on orders of $400 or more)',
        checks: [
          saysNot(IDK),
          says('affirm|month|install|mensual|plazo|cuota|meses'),
          says('\\b400\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'we observe from a ranch in Baja California. can you ship to Mexico?',
        es: 'observamos desde un rancho en Baja California. ¿enviáis a México?',
        covers: 'policy question answered from the policy text (no shipping outside the US and Canada)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('mexico|other countr|otros pa[ií]ses|united states|estados unidos|canad'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "if all I buy is a sixty dollar eyepiece, what's shipping?",
        es: 'si solo compro un ocular de sesenta dólares, ¿cuánto es el envío?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('8[.,]95|\\b100\\b'), notCalled('search_products')],
      },
      {
        en: 'how many years is an eyepiece covered for?',
        es: '¿cuántos años de garantía tienen los oculares?',
        covers: 'policy question answered from the policy text (eyepieces carry a 5-year warranty)',
        checks: [saysNot(IDK), says('\\b5\\b|five|cinco'), notCalled('add_to_cart')],
      },
      {
        en: 'could I rent a big telescope from you for one weekend?',
        es: '¿os puedo alquilar un telescopio grande para un fin de semana?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
