/**
 * Spanish conversations on the tattoo supplies store (tattoo-catalog.ts, a catalog written in
 * Spanish and sold in Colombian pesos), written for branch dlg-es8 from the shopper's side before
 * the engine was touched and scored once untouched. Tattoo artists from Colombia, Mexico,
 * Argentina and Spain open with a diminutive, a regional verb or a use ("maquinitas", "ocupo
 * tinta", "algo para tapar el tatuaje"), ask for two products in one add, ask yes/no about a
 * product other than the one in focus, with participles and negations ("¿viene armada?", "¿trae
 * negro?"), and say quantities and sizes the Spanish way ("media docena", "un par de cajas", "la
 * de 10 pulgadas", "medianos"). Each step names its failure kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NOT_PLACED = ['confirm_order'];
const SOLD_OUT = /agotad/i;
const YES = /(?:^|[^\p{L}])sí(?:[^\p{L}]|$)/iu;
const NO = /(?:^|[^\p{L}])no(?:[^\p{L}]|$)/iu;

const PEN = { name: /Máquina Rotativa Tipo Pen/ };
const POWER = { name: /Fuente de Poder/ };
const LINER = { name: /Cartuchos de Aguja para Delineado/ };
const SHADER = { name: /Cartuchos de Aguja para Sombreado/ };
const BLACK_INK = { name: /Tinta Negra Profunda/ };
const GLOVES = { name: /Guantes de Nitrilo/ };
const FILM = { name: /Film Protector/ };
const CREAM = { name: /Crema Cicatrizante/ };
const BED = { name: /Camilla Reclinable/ };
const LAMP = { name: /Lámpara LED de Aro/ };

export const TATTOO_SCRIPTS: DevScript[] = [
  {
    name: 'máquina (Colombia, usted): maquinitas, batería, ¿trae baterías?, roja agotada, negra, ¿la de bobinas trae cable?, cartuchos y fuente, cuánto llevo, código, páselo, sí',
    language: 'es',
    steps: [
      {
        say: 'buenas, ¿qué maquinitas de tatuar tienen?',
        kind: 'first search by a diminutive',
        shown: { some: /Máquina Rotativa|Máquina de Bobinas/ },
      },
      {
        say: '¿a la rotativa cuántas horas le dura la batería?',
        kind: 'details naming a product by its trait',
        notCalls: NO_SEARCH,
        reply: [/6 horas/],
      },
      { say: '¿trae baterías de repuesto?', kind: 'details yes/no', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'me la llevo en rojo', kind: 'sold-out value', reply: [SOLD_OUT], cart: [] },
      { say: 'bueno, entonces en negro', kind: 'value after a refusal', cart: [{ ...PEN, color: 'Negro' }] },
      {
        say: '¿y la de bobinas sí trae el cable?',
        kind: 'yes/no naming another product (negative answer)',
        reply: [NO],
      },
      {
        say: 'agrégueme una caja de cartuchos de delineado 5RL y la fuente de poder',
        kind: 'two products in one add',
        cart: [PEN, { ...LINER, options: { Configuración: '5RL' } }, POWER],
      },
      { say: '¿cuánto llevo?', kind: 'total', notCalls: NO_SEARCH, reply: [/1[.,]925[.,]000/] },
      {
        say: 'tengo el código TINTA10',
        kind: 'promo',
        calls: ['apply_promo'],
        reply: [/1[.,]732[.,]500/],
      },
      { say: 'hágale, páselo', kind: 'checkout (regional)', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'tinta y guantes (México, tú): ocupo tinta negra, tamaños, ocho onzas agotada, la de cuatro, ¿el set trae negro?, ¿son veganas?, media docena de guantes medianos, mejor tres, qué llevo, cóbrame, órale',
    language: 'es',
    steps: [
      {
        say: 'ocupo tinta negra para relleno',
        kind: 'first search with a regional verb',
        shown: { first: /Tinta Negra/ },
      },
      {
        say: '¿de qué tamaños la manejan?',
        kind: 'option values',
        notCalls: NO_SEARCH,
        reply: [/1 oz/, /4 oz/],
      },
      { say: 'dame la de ocho onzas', kind: 'size in words, sold out', reply: [SOLD_OUT], cart: [] },
      {
        say: 'va, la de cuatro',
        kind: 'value after a refusal (number in words)',
        cart: [{ ...BLACK_INK, size: '4 oz' }],
      },
      {
        say: '¿el set de colores trae negro?',
        kind: 'yes/no naming another product (negative answer)',
        reply: [NO],
      },
      {
        say: '¿las tintas de colores son veganas?',
        kind: 'yes/no naming another product by a plural',
        reply: [YES],
      },
      {
        say: 'échame media docena de cajas de guantes medianos',
        kind: 'quantity the Spanish way (media docena) and a size in words',
        cart: [BLACK_INK, { ...GLOVES, size: 'M', quantity: 6 }],
      },
      {
        say: 'mejor nomás tres de guantes',
        kind: 'correction (quantity)',
        cart: [BLACK_INK, { ...GLOVES, size: 'M', quantity: 3 }],
      },
      {
        say: '¿qué llevo hasta ahorita?',
        kind: 'read-back',
        notCalls: NO_SEARCH,
        reply: [/Tinta Negra/, /Guantes/],
      },
      { say: 'ya estuvo, cóbrame', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'órale, sí', kind: 'explicit yes (regional)', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'camilla y lámpara (Argentina, vos): camillas, cuánto peso banca, ¿viene armada?, ¿la lámpara trae pilas?, camilla blanca y lámpara de 10 pulgadas, cuánto sale la de dieciocho, cambiala, carrito, cerralo, dale',
    language: 'es',
    steps: [
      {
        say: '¿tenés camillas para tatuar?',
        kind: 'first search by kind word (plural)',
        shown: { first: /Camilla Reclinable/ },
      },
      { say: '¿cuánto peso banca?', kind: 'details (regional verb)', notCalls: NO_SEARCH, reply: [/200/] },
      { say: '¿viene armada?', kind: 'details yes/no (participle)', notCalls: NO_SEARCH, reply: [NO] },
      {
        say: '¿y la lámpara de aro trae las pilas del control?',
        kind: 'yes/no naming another product',
        reply: [YES],
      },
      {
        say: 'quiero la camilla blanca y la lámpara de 10 pulgadas',
        kind: 'two products in one add, size by inches',
        cart: [
          { ...BED, color: 'Blanco' },
          { ...LAMP, size: '10 pulgadas' },
        ],
      },
      {
        say: '¿cuánto sale la de dieciocho?',
        kind: 'price of another value (number in words)',
        notCalls: NO_SEARCH,
        reply: [/340[.,]000/],
      },
      {
        say: 'cambiala por la de dieciocho',
        kind: 'correction (size)',
        cart: [BED, { ...LAMP, size: '18 pulgadas' }],
      },
      {
        say: '¿qué tengo en el carrito?',
        kind: 'read-back',
        notCalls: NO_SEARCH,
        reply: [/Camilla/, /Lámpara/],
      },
      { say: 'listo, cerralo', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'dale', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'agujas y cuidado (España, tú): agujas para sombrear, configuraciones, un par de cajas, ¿las de delineado son de un solo uso?, 9RL agotada, la 3RL, algo para tapar el tatuaje, el de treinta, ¿la crema lleva perfume?, añádela, total, tramita, sí',
    language: 'es',
    steps: [
      {
        say: '¿tenéis agujas para sombrear?',
        kind: 'first search by a kind word and a use',
        shown: { first: /Cartuchos de Aguja para Sombreado/ },
      },
      {
        say: '¿qué configuraciones hay?',
        kind: 'option values',
        notCalls: NO_SEARCH,
        reply: [/7M1/, /15M1/],
      },
      {
        say: 'ponme un par de cajas de la 9M1',
        kind: 'quantity the Spanish way (un par) with a value',
        cart: [{ ...SHADER, options: { Configuración: '9M1' }, quantity: 2 }],
      },
      {
        say: '¿las de delineado son de un solo uso?',
        kind: 'yes/no naming another product',
        reply: [YES],
      },
      {
        say: 'y una caja de las de delineado 9RL',
        kind: 'sold-out value of another product',
        reply: [SOLD_OUT],
        cart: [SHADER],
      },
      {
        say: 'vale, pues la 3RL',
        kind: 'value after a refusal',
        cart: [SHADER, { ...LINER, options: { Configuración: '3RL' } }],
      },
      {
        say: 'necesito también algo para tapar el tatuaje recién hecho',
        kind: 'search by a use',
        shown: { first: /Film Protector/ },
      },
      {
        say: 'el de treinta centímetros',
        kind: 'value in words',
        cart: [SHADER, LINER, { ...FILM, options: { Ancho: '30 cm' } }],
      },
      {
        say: '¿la crema cicatrizante lleva perfume?',
        kind: 'yes/no naming another product (negative answer)',
        reply: [NO],
      },
      {
        say: 'añádela también',
        kind: 'add the product just asked about',
        cart: [SHADER, LINER, FILM, CREAM],
      },
      { say: '¿cuánto es todo?', kind: 'total', notCalls: NO_SEARCH, reply: [/477[.,]000/] },
      { say: 'tramita el pedido', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí, confirma', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
];
