/**
 * Spanish conversations on the barbershop supplies store (barber-catalog.ts, a catalog written in
 * Spanish and sold in Mexican pesos), written for branch dlg-es7 from the shopper's side before the
 * engine was touched and scored once untouched. Barbers from Mexico, Spain, Argentina, Chile and
 * Colombia open with a kind word in the plural or another form than the catalog's ("máquinas para
 * cortar cabello", "tijeras", "sillones"), ask for two products in one request, ask yes/no about a
 * product other than the one in focus, correct a colour or a quantity ("no, mejor el negro",
 * "mejor que sea una sola") and say sizes in words ("de seis y media", "de las grandes"). Each step
 * names its failure kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NOT_PLACED = ['confirm_order'];
const SOLD_OUT = /agotad/i;
const YES = /(?:^|[^\p{L}])sí(?:[^\p{L}]|$)/iu;
const NO = /(?:^|[^\p{L}])no(?:[^\p{L}]|$)/iu;

const TITAN = { name: /Máquina de Corte Inalámbrica Titán/ };
const TBLADE = { name: /Patillera Recortadora/ };
const LUBE = { name: /Aceite Lubricante/ };
const SHEARS = { name: /Tijeras de Corte Profesionales/ };
const THINNING = { name: /Tijeras de Entresacar/ };
const COMB = { name: /Peine de Carbono/ };
const BEARD_OIL = { name: /Aceite para Barba/ };
const BALM = { name: /Bálsamo para Barba/ };
const POMADE = { name: /Pomada Fijación Fuerte/ };
const CHAIR = { name: /Sillón de Barbero/ };
const CAPE = { name: /Capa de Corte/ };

export const BARBER_SCRIPTS: DevScript[] = [
  {
    name: 'abriendo barbería (México, usted): máquinas, batería, ¿trae peines guía?, dorada agotada, la negra, sí/no de la patillera, dos productos, qué llevo, cóbreme, simón',
    language: 'es',
    steps: [
      {
        say: 'buenas, ¿qué máquinas para cortar el cabello maneja?',
        kind: 'first search by kind word',
        shown: { some: /Máquina de Corte/ },
      },
      {
        say: '¿cuánto le dura la batería a la inalámbrica?',
        kind: 'details',
        notCalls: NO_SEARCH,
        reply: [/120/],
      },
      { say: '¿trae peines guía?', kind: 'details yes/no', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'la quiero en dorado', kind: 'sold-out value', reply: [SOLD_OUT], cart: [] },
      {
        say: 'órale, entonces la negra',
        kind: 'value after a refusal',
        cart: [{ ...TITAN, color: 'Negro' }],
      },
      {
        say: '¿y la patillera trae cuchilla en T?',
        kind: 'yes/no naming another product',
        reply: [YES],
      },
      {
        say: 'póngame la patillera plateada y también un aceite para las cuchillas',
        kind: 'two products in one add',
        cart: [TITAN, { ...TBLADE, color: 'Plata' }, LUBE],
      },
      {
        say: '¿qué llevo hasta ahorita?',
        kind: 'read-back',
        notCalls: NO_SEARCH,
        reply: [/Titán/, /Patillera/, /Lubricante/],
      },
      { say: 'ya es todo, cóbreme', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      {
        say: 'simón, adelante',
        kind: 'explicit yes (regional)',
        calls: ['confirm_order'],
        orderStatus: 'placed',
      },
    ],
  },
  {
    name: 'tijeras (España, tú): quiero ver tijeras, medidas, seis y media agotada, pues de seis, dientes, añade las de entresacar, ¿estuche? de otro producto, peine blanco, no mejor el negro, código, tramítalo, sí',
    language: 'es',
    steps: [
      { say: 'quiero ver tijeras', kind: 'first search by kind word', shown: { some: /Tijeras de Corte/ } },
      {
        say: '¿las de corte en qué medidas vienen?',
        kind: 'sizes',
        notCalls: NO_SEARCH,
        reply: [/5[.,]5/, /6 pulgadas/],
      },
      { say: 'ponme unas de seis y media', kind: 'size in words, sold out', reply: [SOLD_OUT], cart: [] },
      {
        say: 'vale, pues de seis',
        kind: 'value after a refusal',
        cart: [{ ...SHEARS, size: '6 pulgadas' }],
      },
      {
        say: '¿cuántos dientes tienen las de entresacar?',
        kind: 'question naming another product',
        reply: [/30/],
      },
      { say: 'añade también las de entresacar', kind: 'add', cart: [SHEARS, THINNING] },
      {
        say: '¿las de corte traen estuche?',
        kind: 'yes/no naming another product',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: 'y un peine de carbono blanco',
        kind: 'kind word with a colour',
        cart: [SHEARS, THINNING, { ...COMB, color: 'Blanco' }],
      },
      {
        say: 'no, mejor el negro',
        kind: 'correction (colour)',
        cart: [SHEARS, THINNING, { ...COMB, color: 'Negro' }],
      },
      { say: 'tengo el código NAVAJA10', kind: 'promo', calls: ['apply_promo'], reply: [/1[.,]?624/] },
      { say: 'venga, tramítalo', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'barba (Argentina, vos): aceite, aromas, cedro de 60 agotado, el de 30, bálsamo cítrico, cuánto trae, dos pomadas de las grandes, mejor una sola, total, cerralo, dale',
    language: 'es',
    steps: [
      { say: 'busco aceite para la barba', kind: 'first search', shown: { first: /Aceite para Barba/ } },
      {
        say: '¿qué aromas tenés?',
        kind: 'option values',
        notCalls: NO_SEARCH,
        reply: [/Sándalo/, /Cedro/],
      },
      { say: 'dame uno de cedro de 60', kind: 'sold-out combination', reply: [SOLD_OUT], cart: [] },
      {
        say: 'bueno, dame el de 30 entonces',
        kind: 'value after a refusal',
        cart: [{ ...BEARD_OIL, size: '30 ml', options: { Aroma: 'Cedro' } }],
      },
      {
        say: 'sumá un bálsamo cítrico',
        kind: 'kind word with a value',
        cart: [BEARD_OIL, { ...BALM, options: { Aroma: 'Cítrico' } }],
      },
      { say: '¿el bálsamo cuánto trae?', kind: 'details', notCalls: NO_SEARCH, reply: [/60 g/] },
      {
        say: 'y dos pomadas de las grandes',
        kind: 'quantity and size in words',
        cart: [BEARD_OIL, BALM, { ...POMADE, size: '250 g', quantity: 2 }],
      },
      {
        say: 'mejor que sea una sola',
        kind: 'correction (quantity)',
        cart: [BEARD_OIL, BALM, { ...POMADE, quantity: 1 }],
      },
      { say: '¿cuánto es todo?', kind: 'total', notCalls: NO_SEARCH, reply: [/800/] },
      { say: 'dale, cerralo', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'dale', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'sillón y capas (Chile y Colombia, usted): sillones, peso, ¿viene armado?, rojo agotado, café, sí/no de la capa, dos capas negras, deje solo una, qué tengo, páselo, confírmelo, estado',
    language: 'es',
    steps: [
      {
        say: '¿tienen sillones de barbero?',
        kind: 'first search, plural',
        shown: { first: /Sillón de Barbero/ },
      },
      { say: '¿cuánto peso aguanta?', kind: 'details', notCalls: NO_SEARCH, reply: [/150/] },
      { say: '¿viene armado?', kind: 'details yes/no', notCalls: NO_SEARCH, reply: [NO] },
      { say: 'lo quiero en rojo', kind: 'sold-out value', reply: [SOLD_OUT], cart: [] },
      { say: 'ya, en café entonces', kind: 'value after a refusal', cart: [{ ...CHAIR, color: 'Café' }] },
      {
        say: '¿la capa impermeable se puede lavar en lavadora?',
        kind: 'yes/no naming another product',
        reply: [YES],
      },
      {
        say: 'agréguele dos capas negras',
        kind: 'quantity in words with a colour',
        cart: [CHAIR, { ...CAPE, color: 'Negro', quantity: 2 }],
      },
      {
        say: 'mejor deje solo una capa',
        kind: 'correction (quantity)',
        cart: [CHAIR, { ...CAPE, quantity: 1 }],
      },
      { say: '¿qué tengo en el carro?', kind: 'read-back', notCalls: NO_SEARCH, reply: [/Sillón/, /Capa/] },
      { say: 'ya, eso es todo, páselo', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí, confírmelo', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: '¿cómo va mi pedido?', kind: 'order status', calls: ['order_status'] },
    ],
  },
];
