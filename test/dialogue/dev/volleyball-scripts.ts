/**
 * Spanish conversations on the volleyball store (volleyball-catalog.ts, an English-only import in US
 * dollars), written for branch dlg-es6 from the shopper's side before the engine was touched and
 * scored once untouched. Shoppers from Mexico (usted, tú), Spain, Argentina (vos), Colombia and
 * Chile: yes/no questions wrapped in their own context ("tengo el pie ancho, ¿me valdrían?"), cart
 * read-backs ("léeme lo que llevo"), checkouts and confirmations in regional words, an unclear
 * answer that must not place the order, two products in one request, and a value said alone after
 * a refusal or a question ("¿y la siguiente?", "los smoke").
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NOT_PLACED = ['confirm_order'];
const SOLD_OUT = /agotad/i;
const YES = /(?:^|[^\p{L}])sí(?:[^\p{L}]|$)/iu;
const NO = /(?:^|[^\p{L}])no(?:[^\p{L}]|$)/iu;

const YOUTH = { name: /Youth Light Volleyball/ };
const GEL = { name: /Gel Knee Pads/ };
const JERSEY = { name: /Team Jersey/ };
const SHORTS = { name: /Spandex Shorts/ };
const ELITE = { name: /Elite Court Shoe/ };
const SLEEVES = { name: /Arm Sleeves/ };
const BEACH = { name: /Beach Champ/ };
const OUTDOOR = { name: /Outdoor Net System/ };
const PACK = { name: /Training Ball Pack/ };
const CART = { name: /Ball Cart/ };
const PUMP = { name: /Ball Pump/ };
const WHISTLE = { name: /Referee Whistle/ };
const LIBERO = { name: /Libero Jersey/ };
const RALLY = { name: /Rally Court Shoe/ };
const SOCKS = { name: /Sand Socks/ };
const NET = { name: /Competition Net/ };
const ANTENNAS = { name: /Antenna Pair/ };
const BACKPACK = { name: /Team Backpack/ };

export const VOLLEYBALL_SCRIPTS: DevScript[] = [
  {
    name: 'hija en el equipo (México, usted): balón ligero, tamaño 4, rodilleras por medida, jersey y shorts juntos, qué llevo, duda, confirmar',
    language: 'es',
    steps: [
      {
        say: 'buenas, mi hija entra al equipo de voleibol de la escuela, ¿qué balones tienen para una niña de diez años?',
        shown: { some: /Youth Light/ },
      },
      { say: '¿cuánto pesa ese?', notCalls: NO_SEARCH, reply: [/200/] },
      { say: '¿y viene en tamaño 4?', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'sale, uno del 4', cart: [{ ...YOUTH, size: '4' }] },
      { say: 'también ocupa rodilleras', shown: { some: /Knee Pads/ } },
      {
        say: 'tiene la rodilla de 32 centímetros, ¿qué talla de las de gel le queda?',
        notCalls: NO_SEARCH,
        reply: [/\bS\b/],
      },
      { say: 'órale, unas de gel talla S en blanco', cart: [YOUTH, { ...GEL, size: 'S', color: 'White' }] },
      {
        say: 'agrégueme un jersey del equipo talla M en rojo y dos shorts de licra talla S de 3 pulgadas',
        cart: [
          YOUTH,
          GEL,
          { ...JERSEY, size: 'M', color: 'Crimson' },
          { ...SHORTS, size: 'S', options: { Inseam: '3"' }, quantity: 2 },
        ],
      },
      {
        say: '¿qué llevo en el carrito?',
        notCalls: NO_SEARCH,
        reply: [/Youth Light/, /Knee Pads/, /Jersey/, /Shorts/],
      },
      { say: 'ya es todo, cóbreme', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'mmm, no sé, déjeme ver', notCalls: NOT_PLACED },
      { say: 'sí, ya confírmelo', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'zapatillas de pista (España, tú): pie ancho, tallaje, 9 y medio ancho agotado, la siguiente, rodilleras y manguitos juntos, léeme, total, código, confirmar',
    language: 'es',
    steps: [
      { say: 'hola, busco zapatillas de voley para pista cubierta', shown: { category: 'shoes' } },
      {
        say: 'tengo el pie ancho, ¿las Aerojump me valdrían?',
        notCalls: NO_SEARCH,
        reply: [/Wide|ancho/i],
        notReply: [/no sé|no lo sé/i],
      },
      { say: '¿tallan grande o pequeño?', notCalls: NO_SEARCH, reply: [/half a size|media talla/i] },
      { say: 'vale, pues un 9 y medio en ancho', reply: [SOLD_OUT], cart: [] },
      { say: '¿y la siguiente?', cart: [{ ...ELITE, size: '10', options: { Width: 'Wide' } }] },
      {
        say: 'añade también unas rodilleras de gel negras talla L y los manguitos de pase L/XL en negro',
        cart: [ELITE, { ...GEL, size: 'L', color: 'Black' }, { ...SLEEVES, size: 'L/XL', color: 'Black' }],
      },
      {
        say: 'léeme lo que llevo',
        notCalls: ['search_products', 'prepare_order', 'confirm_order'],
        reply: [/Elite/, /Knee Pads/, /Sleeves/],
      },
      { say: '¿cuánto es en total?', notCalls: NO_SEARCH, reply: [/195/] },
      { say: 'tengo el código ACE15', calls: ['apply_promo'], reply: [/165[.,]75/] },
      { say: 'venga, tramítalo', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí, todo cuadra, mándalo', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'vóley playa (Argentina, vos): pelota, ¿sirve adentro?, naranja, red, ¿trae estacas?, líneas aparte, dos cosas juntas, qué tengo, sacar, duda, confirmar',
    language: 'es',
    steps: [
      { say: 'che, ¿tenés pelotas de vóley playa?', shown: { some: /Beach Champ/ } },
      { say: '¿la Beach Champ sirve para jugar adentro también?', notCalls: NO_SEARCH, reply: [NO] },
      { say: 'dale, pasame una naranja', cart: [{ ...BEACH, color: 'Sunset Orange' }] },
      { say: '¿y una red para armar en la playa?', shown: { some: /Outdoor Net System/ } },
      {
        say: '¿la del sistema exterior trae estacas para la arena?',
        notCalls: NO_SEARCH,
        reply: [YES],
        notReply: [/no sé|no lo sé/i],
      },
      {
        say: '¿y las líneas de cancha vienen incluidas?',
        notCalls: NO_SEARCH,
        reply: [/(?:^|[^\p{L}])no(?:[^\p{L}]|$)|aparte|separad|separately/iu],
      },
      {
        say: 'sumale la red y unas líneas amarillas',
        cart: [BEACH, OUTDOOR, { name: /Boundary Lines/, color: 'Yellow' }],
      },
      {
        say: '¿qué tengo en el carrito?',
        notCalls: NO_SEARCH,
        reply: [/Beach Champ/, /Outdoor Net/, /Boundary Lines/],
      },
      { say: 'sacá las líneas', cart: [BEACH, OUTDOOR] },
      { say: 'listo, quiero pagar', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'y bueno, no sé', notCalls: NOT_PLACED },
      { say: 'sí, dale, mandalo', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'entrenador (Colombia, usted): pack de balones, ¿trae bolsa?, el de doce, carrito e inflador juntos, ¿caben?, pito, dos pitos, cuánto llevo, cóbreme, hágale',
    language: 'es',
    steps: [
      {
        say: 'buenas tardes, soy entrenador y necesito balones para entrenar al equipo',
        shown: { some: /Training Ball Pack/ },
      },
      { say: '¿el paquete trae bolsa para cargarlos?', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'listo, el de doce balones', cart: [{ ...PACK, options: { Pack: '12 balls' } }] },
      { say: 'también un carrito para balones y un inflador', cart: [PACK, CART, PUMP] },
      {
        say: '¿al carrito le caben los doce balones?',
        notCalls: NO_SEARCH,
        reply: [/24|(?:^|[^\p{L}])sí/iu],
      },
      { say: 'y un pito de árbitro', cart: [PACK, CART, PUMP, WHISTLE] },
      { say: 'mejor que sean dos pitos', cart: [PACK, CART, PUMP, { ...WHISTLE, quantity: 2 }] },
      { say: '¿cuánto llevo hasta ahora?', notCalls: NO_SEARCH, reply: [/291/] },
      { say: 'listo, eso es todo, cóbreme', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí, hágale', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'camisetas (Chile, tú): colores, M verde agotada, la talla que sigue, ¿manga larga?, líbero y visera juntas, qué llevo, quitar, ¿cuánto era?, confirmar',
    language: 'es',
    steps: [
      { say: 'hola, ¿tienen camisetas de equipo de vóleibol?', shown: { some: /Team Jersey/ } },
      { say: '¿en qué colores viene?', notCalls: NO_SEARCH, reply: [/Royal/, /Crimson/, /Forest/] },
      { say: 'una M en verde', reply: [SOLD_OUT], cart: [] },
      { say: 'ya, la talla que sigue entonces', cart: [{ ...JERSEY, size: 'L', color: 'Forest' }] },
      { say: '¿la camiseta es de manga larga?', notCalls: NO_SEARCH, reply: [NO] },
      {
        say: 'agrega la del líbero en rosado talla S y una visera blanca',
        cart: [JERSEY, { ...LIBERO, size: 'S', color: 'Hot Pink' }, { name: /Visor/, color: 'White' }],
      },
      { say: '¿qué llevo?', notCalls: NO_SEARCH, reply: [/Team Jersey/, /Libero/, /Visor/] },
      { say: 'quita la visera', cart: [JERSEY, LIBERO] },
      { say: 'ya, eso sería, finaliza la compra', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'espérate, ¿cuánto era?', notCalls: NOT_PLACED, reply: [/80/] },
      { say: 'ya, confírmalo', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'tenis baratos (México, tú): tope de precio, ¿para principiante?, tallas, ocho negro agotado, en blanco, peso, calcetines y lentes juntos, los smoke, qué traigo, mándalo, simón',
    language: 'es',
    steps: [
      {
        say: 'quiero unos tenis para voleibol que no cuesten más de 100 dólares',
        shown: { category: 'shoes', maxPrice: 100 },
      },
      { say: '¿son buenos para alguien que apenas empieza?', notCalls: NO_SEARCH, reply: [YES] },
      { say: '¿qué tallas tienes?', notCalls: NO_SEARCH, reply: [/\b8\b/, /\b11\b/] },
      { say: 'el ocho en negro', reply: [SOLD_OUT], cart: [] },
      { say: 'entonces en blanco', cart: [{ ...RALLY, size: '8', color: 'White' }] },
      { say: '¿cuánto pesan?', notCalls: NO_SEARCH, reply: [/290/] },
      {
        say: 'échame también unos calcetines para arena talla M y unos lentes de sol',
        cart: [RALLY, { ...SOCKS, size: 'M' }],
        reply: [/Mirror Blue/, /Smoke/],
      },
      {
        say: 'los smoke',
        cart: [RALLY, SOCKS, { name: /Sport Sunglasses/, options: { Lens: 'Smoke' } }],
      },
      {
        say: '¿ya qué traigo en el carrito?',
        notCalls: NO_SEARCH,
        reply: [/Rally/, /Sand Socks/, /Sunglasses/],
      },
      { say: 'simón, todo cuadra, mándalo', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'simón', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'red para el pabellón (España, tú): largo, ¿trae postes?, red y dos pares de antenas, mochila azul agotada, la otra, ¿cabe el portátil?, qué tengo, espera, confirmar',
    language: 'es',
    steps: [
      { say: 'necesito una red de competición para el pabellón', shown: { first: /Competition Net/ } },
      { say: '¿cuánto mide de largo?', notCalls: NO_SEARCH, reply: [/32/] },
      { say: '¿trae los postes?', notCalls: NO_SEARCH, reply: [NO] },
      { say: 'vale, añade la red y dos pares de antenas', cart: [NET, { ...ANTENNAS, quantity: 2 }] },
      { say: 'y una mochila azul', reply: [SOLD_OUT], cart: [NET, ANTENNAS] },
      { say: 'pues la otra', cart: [NET, ANTENNAS, { ...BACKPACK, color: 'Graphite' }] },
      {
        say: 'tengo un portátil de 15 pulgadas, ¿me cabe en la mochila?',
        notCalls: NO_SEARCH,
        reply: [YES],
        notReply: [/no sé|no lo sé/i],
      },
      {
        say: '¿qué tengo hasta ahora?',
        notCalls: NO_SEARCH,
        reply: [/Competition Net/, /Antenna/, /Backpack/],
      },
      { say: 'quiero pagar', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'no, espera', notCalls: NOT_PLACED, cart: [NET, ANTENNAS, BACKPACK] },
      { say: 'venga, sí, confírmalo', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
];
