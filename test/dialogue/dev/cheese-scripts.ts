/**
 * Spanish conversations on the artisan cheese-making supplies store (cheese-catalog.ts, a catalog
 * written in Spanish and sold in euros), written for branch dlg-es6 from the shopper's side before
 * the engine was touched and scored once untouched. Shoppers from Spain, Mexico, Argentina,
 * Colombia and Chile ask yes/no questions wrapped in their own context ("¿el de cardo sirve para un
 * queso que voy a madurar seis meses?"), read their cart back, check out and confirm in regional
 * words (an unclear answer must not place the order), ask for two products in one request each
 * with its own option, and give a value alone after a refusal or a question ("el de 25", "¿y la
 * siguiente más pequeña?", "pues el de 5").
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NOT_PLACED = ['confirm_order'];
const SOLD_OUT = /agotad/i;
const EXPIRED = /caduc|venci|expir/i;
const YES = /(?:^|[^\p{L}])sí(?:[^\p{L}]|$)/iu;
const NO = /(?:^|[^\p{L}])no(?:[^\p{L}]|$)/iu;

const KIT = { name: /Kit de Iniciación/ };
const CALCIO = { name: /Cloruro de Calcio/ };
const CILINDRO = { name: /Molde Cilíndrico/ };
const GASA = { name: /Gasa Quesera/ };
const PASTILLAS = { name: /Cuajo Microbiano/ };
const ESFERA = { name: /Termómetro de Esfera/ };
const CERA = { name: /Cera para Quesos/ };
const BROCHA = { name: /Brocha/ };
const LIRA = { name: /Lira Cortacuajada/ };
const CAMARA = { name: /Cámara de Maduración/ };
const MANCHEGO = { name: /Molde Tipo Manchego/ };
const PALANCA = { name: /Prensa de Palanca/ };
const MESOFILO = { name: /Cultivo Mesófilo/ };
const TERNERA = { name: /Cuajo Líquido de Ternera/ };
const OLLA = { name: /Olla Quesera/ };
const TERMOFILO = { name: /Cultivo Termófilo/ };
const MOZZARELLA = { name: /Kit Mozzarella/ };

export const CHEESE_SCRIPTS: DevScript[] = [
  {
    name: 'queso fresco (España, tú): kit, ¿trae leche?, cuántos quesos, cloruro de 100 ml, dosis, moldes y gasa juntos, léeme, cóbramelo, confirmar',
    language: 'es',
    steps: [
      {
        say: 'hola, quiero empezar a hacer queso fresco en casa, ¿qué me recomiendas?',
        shown: { some: /Kit de Iniciación Queso Fresco/ },
      },
      { say: '¿el kit de iniciación trae la leche?', notCalls: NO_SEARCH, reply: [NO] },
      { say: '¿y cuántos quesos salen?', notCalls: NO_SEARCH, reply: [/10/] },
      { say: 'me lo llevo', cart: [KIT] },
      {
        say: 'uso leche pasteurizada del súper, así que añade un cloruro de calcio de 100 ml',
        cart: [KIT, { ...CALCIO, options: { Formato: '100 ml' } }],
      },
      { say: '¿cuánto le echo por cada 10 litros?', notCalls: NO_SEARCH, reply: [/2 ml/] },
      {
        say: 'ponme también dos moldes cilíndricos de 1 kg y una gasa de 3 metros',
        cart: [
          KIT,
          CALCIO,
          { ...CILINDRO, options: { Capacidad: '1 kg' }, quantity: 2 },
          { ...GASA, size: '3 m²' },
        ],
      },
      {
        say: 'léeme lo que llevo',
        notCalls: ['search_products', 'prepare_order', 'confirm_order'],
        reply: [/Kit de Iniciación/, /Cloruro/, /Molde/, /Gasa/],
      },
      { say: 'ya está, cóbramelo', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí, todo bien, confírmalo', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'cuajo vegetariano (México, usted): sin ternera, cardo y maduración larga, pastillas, el de 25, litros, termómetro, ¿sumergible?, el de esfera, qué tengo, confírmelo sin pedido, sí',
    language: 'es',
    steps: [
      {
        say: 'buenas, ¿tienen cuajo que sea apto para vegetarianos?',
        shown: { none: /Ternera/, some: /Cuajo/ },
      },
      {
        say: '¿el de cardo sirve para un queso que voy a madurar seis meses?',
        notCalls: NO_SEARCH,
        reply: [/amarg/i],
      },
      { say: 'entonces el de pastillas', reply: [/10 pastillas/, /50 pastillas/], cart: [] },
      { say: 'el de 25', cart: [{ ...PASTILLAS, options: { Formato: '25 pastillas' } }] },
      { say: '¿una pastilla cuántos litros cuaja?', notCalls: NO_SEARCH, reply: [/20/] },
      { say: 'también ocupo un termómetro', shown: { some: /Termómetro/ } },
      { say: '¿el digital se puede meter al agua?', notCalls: NO_SEARCH, reply: [NO] },
      { say: 'entonces el de esfera', cart: [PASTILLAS, ESFERA] },
      {
        say: '¿qué tengo en el carrito?',
        notCalls: NO_SEARCH,
        reply: [/Cuajo Microbiano/, /Termómetro de Esfera/],
      },
      { say: 'órale, ya confírmelo', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'encerar (Argentina, vos): colores, un kilo de la negra, rendimiento, medio kilo agotado, la roja, brocha y lira juntas, mostrame, total, código, cerralo, dale',
    language: 'es',
    steps: [
      { say: '¿tenés cera para encerar quesos?', shown: { first: /Cera para Quesos/ } },
      { say: '¿en qué colores la tenés?', notCalls: NO_SEARCH, reply: [/Rojo cereza/, /Negro carbón/] },
      {
        say: 'pasame un kilo de la negra',
        cart: [{ ...CERA, color: 'Negro carbón', options: { Peso: '1 kg' } }],
      },
      { say: '¿para cuántos quesos me alcanza medio kilo?', notCalls: NO_SEARCH, reply: [/15/] },
      { say: 'sumá medio kilo más de la negra', reply: [SOLD_OUT], cart: [CERA] },
      {
        say: 'bueno, entonces de la roja',
        cart: [CERA, { ...CERA, color: 'Rojo cereza', options: { Peso: '500 g' } }],
      },
      {
        say: 'y una brocha y la lira de 30',
        cart: [CERA, CERA, BROCHA, { ...LIRA, options: { Ancho: '30 cm' } }],
      },
      { say: 'mostrame lo que llevo', notCalls: NO_SEARCH, reply: [/Cera/, /Brocha/, /Lira/] },
      { say: '¿cuánto es todo?', notCalls: NO_SEARCH, reply: [/60[.,]50?\b/] },
      { say: 'tengo el código CUAJADA10', calls: ['apply_promo'], reply: [/54[.,]45/] },
      { say: 'dale, cerralo', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'dale', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'cámara de maduración (Colombia, usted): capacidad, inox agotada, la blanca, ¿llega a 4 grados?, higrómetro, qué llevo, quitar, código vencido, páselo, hágale',
    language: 'es',
    steps: [
      { say: 'buenos días, busco una nevera para madurar quesos', shown: { first: /Cámara de Maduración/ } },
      { say: '¿cuántos kilos de queso le caben?', notCalls: NO_SEARCH, reply: [/20 kg/] },
      { say: 'la quiero en acero inoxidable', reply: [SOLD_OUT], cart: [] },
      { say: 'bueno, la blanca entonces', cart: [{ ...CAMARA, options: { Acabado: 'Blanco' } }] },
      {
        say: 'la bodega de mi casa es fresca, ¿la cámara llega a 4 grados?',
        notCalls: NO_SEARCH,
        reply: [/\b5\b/],
        notReply: [/no sé|no lo sé/i],
      },
      { say: 'agréguele un higrómetro', cart: [CAMARA, { name: /Higrómetro/ }] },
      { say: '¿qué llevo hasta ahora?', notCalls: NO_SEARCH, reply: [/Cámara/, /Higrómetro/] },
      { say: 'quite el higrómetro', cart: [CAMARA] },
      { say: 'tengo el código FERIA25', reply: [EXPIRED] },
      { say: 'bueno, listo, páselo', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí señor, hágale', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'manchego (Chile, tú): moldes, ¿trae tapa?, 3 kilos, qué prensa, husillo no aguanta, la de palanca, lavavajillas, cultivo y cuajo juntos, qué tengo, duda, confirmar',
    language: 'es',
    steps: [
      { say: 'hola, quiero hacer manchego, ¿qué moldes tienen?', shown: { some: /Manchego/ } },
      { say: '¿el molde de manchego trae tapa?', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'ya, uno de 3 kilos', cart: [{ ...MANCHEGO, options: { Capacidad: '3 kg' } }] },
      {
        say: '¿la prensa de husillo aguanta un molde de 3 kilos?',
        notCalls: NO_SEARCH,
        reply: [/2 kg|(?:^|[^\p{L}])no(?:[^\p{L}]|$)/iu],
        notReply: [/no sé|no lo sé/i],
      },
      { say: 'entonces la de palanca', cart: [MANCHEGO, PALANCA] },
      { say: '¿la puedo lavar en el lavavajillas?', notCalls: NO_SEARCH, reply: [NO] },
      {
        say: 'agrega cultivo mesófilo de 10 sobres y cuajo de ternera de 100',
        cart: [
          MANCHEGO,
          PALANCA,
          { ...MESOFILO, options: { Dosis: '10 sobres' } },
          { ...TERNERA, options: { Formato: '100 ml' } },
        ],
      },
      {
        say: '¿qué tengo en el carro?',
        notCalls: NO_SEARCH,
        reply: [/Manchego/, /Palanca/, /Mesófilo/, /Ternera/],
      },
      { say: 'ya, eso es todo, cobra no más', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'mmm, no estoy seguro', notCalls: NOT_PLACED },
      { say: 'ya po, dale, confírmalo', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'olla y regalos (España, tú): inducción, 30 litros agotada, la siguiente más pequeña, tapa, termófilo agotado, el de 5, dos kits, qué llevo en la cesta, tramita, adelante',
    language: 'es',
    steps: [
      { say: '¿tenéis ollas para calentar la leche?', shown: { first: /Olla Quesera/ } },
      { say: '¿vale para inducción?', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'ponme la de 30 litros', reply: [SOLD_OUT], cart: [] },
      { say: '¿y la siguiente más pequeña?', cart: [{ ...OLLA, options: { Capacidad: '20 litros' } }] },
      { say: '¿trae tapa?', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'añade el cultivo termófilo de 10 sobres', reply: [SOLD_OUT], cart: [OLLA] },
      { say: 'pues el de 5', cart: [OLLA, { ...TERMOFILO, options: { Dosis: '5 sobres' } }] },
      {
        say: 'y dos kits de mozzarella, que son para regalar',
        cart: [OLLA, TERMOFILO, { ...MOZZARELLA, quantity: 2 }],
      },
      { say: '¿qué llevo en la cesta?', notCalls: NO_SEARCH, reply: [/Olla/, /Termófilo/, /Mozzarella/] },
      { say: 'vale, tramita el pedido', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí, adelante', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
];
