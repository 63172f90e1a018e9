/**
 * Spanish conversations on the home-baking supplies store (baking-catalog.ts, an English-only
 * catalog in US dollars), written for branch dlg-es7 from the shopper's side before the engine was
 * touched and scored once untouched. Shoppers from Mexico, Spain, Argentina, Colombia and Peru open
 * with a Spanish kind word the catalog never uses ("moldes", "duyas", "cortantes", "rasquetas",
 * "batidores de globo"), ask for two products in one breath, ask yes/no about a product other than
 * the one in focus, correct themselves ("no, mejor el de nogal", "mejor que sean dos") and say
 * quantities and sizes in words ("dos de talla mediana", "uno de doce pulgadas"). Each step names
 * its failure kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NOT_PLACED = ['confirm_order'];
const YES = /(?:^|[^\p{L}])sí(?:[^\p{L}]|$)/iu;
const NO = /(?:^|[^\p{L}])no(?:[^\p{L}]|$)/iu;

const ROUND = { name: /Classic Round Cake Pan/ };
const TIPS = { name: /Stainless Steel Piping Tip Set/ };
const SILICONE_BAG = { name: /Reusable Silicone Piping Bag/ };
const BASKET = { name: /Banneton Proofing Basket/ };
const SCRAPER = { name: /Bench Scraper/ };
const SCALE = { name: /Digital Kitchen Scale/ };
const CUTTERS = { name: /Cookie Cutter Set/ };
const MARBLE = { name: /Marble Rolling Pin/ };
const FRENCH = { name: /French Rolling Pin/ };
const LINERS = { name: /Paper Cupcake Liners/ };
const APRON = { name: /Canvas Baking Apron/ };
const MITTS = { name: /Silicone Oven Mitts/ };
const WHISK = { name: /Balloon Whisk/ };
const VANILLA = { name: /Pure Vanilla Extract/ };

export const BAKING_SCRIPTS: DevScript[] = [
  {
    name: 'pastel de cumpleaños (México, tú): moldes, tamaños, del nueve, lavavajillas, duyas, ¿trae acoplador?, dos productos, sí/no de otro, que sean dos, cóbrame, confírmalo',
    language: 'es',
    steps: [
      {
        say: 'hola, ¿tienen moldes para pastel?',
        kind: 'first search by kind word',
        shown: { some: /Round Cake Pan/ },
      },
      {
        say: '¿en qué tamaños viene el redondo?',
        kind: 'sizes',
        notCalls: NO_SEARCH,
        reply: [/8 inch/, /9 inch/],
      },
      {
        say: 'dame uno del nueve',
        kind: 'size in words',
        cart: [{ ...ROUND, size: '9 inch' }],
      },
      { say: '¿se puede meter al lavavajillas?', kind: 'details yes/no', notCalls: NO_SEARCH, reply: [NO] },
      {
        say: 'también busco duyas de acero',
        kind: 'first search by kind word (regional)',
        shown: { some: /Piping Tip/ },
      },
      {
        say: '¿el juego grande incluye acopladores?',
        kind: 'details yes/no',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: 'ponme el juego de 52 piezas y también una manga de silicón',
        kind: 'two products in one add',
        cart: [ROUND, { ...TIPS, options: { Pieces: '52 pieces' } }, SILICONE_BAG],
      },
      {
        say: '¿y el molde redondo es antiadherente?',
        kind: 'yes/no naming another product',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: 'mejor que sean dos mangas',
        kind: 'correction (quantity)',
        cart: [ROUND, TIPS, { ...SILICONE_BAG, quantity: 2 }],
      },
      { say: 'es todo, cóbrame', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí, confírmalo', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'masa madre (España, usted): cestas de fermentación, ¿trae la tela?, la ovalada, rasquetas, acero, añádala y una báscula, pilas, peso, quitar, total, código con mínimo, tramítelo, adelante',
    language: 'es',
    steps: [
      {
        say: 'buenas, ¿venden cestas de fermentación para el pan?',
        kind: 'first search by kind word',
        shown: { first: /Banneton/ },
      },
      { say: '¿la cesta trae la tela de lino?', kind: 'details yes/no', notCalls: NO_SEARCH, reply: [YES] },
      {
        say: 'quiero la ovalada',
        kind: 'value by a Spanish word',
        cart: [{ ...BASKET, options: { Shape: '10 inch Oval' } }],
      },
      {
        say: '¿tienen rasquetas para la masa?',
        kind: 'kind word, plural',
        shown: { first: /Bench Scraper/ },
      },
      { say: '¿es de acero inoxidable?', kind: 'details yes/no', notCalls: NO_SEARCH, reply: [YES] },
      {
        say: 'añádala, y también una báscula',
        kind: 'two products in one add',
        cart: [BASKET, SCRAPER, SCALE],
      },
      { say: '¿la báscula trae las pilas?', kind: 'details yes/no', notCalls: NO_SEARCH, reply: [YES] },
      { say: '¿hasta cuánto peso aguanta?', kind: 'details', notCalls: NO_SEARCH, reply: [/5 kg/] },
      { say: 'quite la rasqueta', kind: 'cart edit', cart: [BASKET, SCALE] },
      { say: '¿cuánto es en total?', kind: 'total', notCalls: NO_SEARCH, reply: [/48/] },
      { say: 'tengo el código OVEN15', kind: 'promo (minimum)', calls: ['apply_promo'], reply: [/50/] },
      { say: 'pues ya está, tramítelo', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí, adelante', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'galletas navideñas (Argentina, vos): cortantes, el de navidad, palote, ¿trae base?, el de mármol, no mejor el de nogal, pirotines dorados, mostrame, código, cerralo, dale',
    language: 'es',
    steps: [
      {
        say: 'quiero ver cortantes para galletas',
        kind: 'first search by kind word (regional)',
        shown: { first: /Cookie Cutter/ },
      },
      {
        say: 'pasame el de navidad',
        kind: 'value by a Spanish word',
        cart: [{ ...CUTTERS, options: { Theme: 'Holiday' } }],
      },
      {
        say: 'también necesito un palote de amasar',
        kind: 'kind word (regional)',
        shown: { some: /Rolling Pin/ },
      },
      { say: '¿el de mármol trae base?', kind: 'details yes/no', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'dame el de mármol', kind: 'add', cart: [CUTTERS, MARBLE] },
      {
        say: 'no, mejor el de nogal',
        kind: 'correction (other product)',
        cart: [CUTTERS, { ...FRENCH, options: { Wood: 'Walnut' } }],
      },
      {
        say: 'y sumá pirotines dorados',
        kind: 'kind word (regional) with a colour',
        cart: [CUTTERS, FRENCH, { ...LINERS, color: 'Gold Foil' }],
      },
      {
        say: 'mostrame lo que llevo',
        kind: 'read-back',
        notCalls: NO_SEARCH,
        reply: [/Cookie Cutter/, /Rolling Pin/, /Cupcake Liners/],
      },
      { say: 'tengo el código SAVE10', kind: 'promo', calls: ['apply_promo'] },
      { say: 'dale, cerralo', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'dale', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'delantal y guantes (Colombia, usted): delantales, colores, dos de talla mediana en azul, guantes de otro producto, un par de los negros, no mejor los rojos, qué llevo, páselo, sí señora, estado',
    language: 'es',
    steps: [
      {
        say: 'buenas tardes, ¿tiene delantales?',
        kind: 'first search by kind word',
        shown: { first: /Apron/ },
      },
      {
        say: '¿en qué colores lo tiene?',
        kind: 'option values',
        notCalls: NO_SEARCH,
        reply: [/Navy/, /Gray/],
      },
      {
        say: 'regáleme dos de talla mediana en azul marino',
        kind: 'quantity and size in words',
        cart: [{ ...APRON, size: 'M', color: 'Navy', quantity: 2 }],
      },
      {
        say: '¿los guantes para el horno aguantan mucho calor?',
        kind: 'question naming another product',
        reply: [/500/],
      },
      {
        say: 'agrégueme un par de los negros',
        kind: 'add by colour',
        cart: [APRON, { ...MITTS, color: 'Black' }],
      },
      {
        say: 'no, mejor los rojos',
        kind: 'correction (colour)',
        cart: [APRON, { ...MITTS, color: 'Brick Red' }],
      },
      { say: '¿qué llevo?', kind: 'read-back', notCalls: NO_SEARCH, reply: [/Apron/, /Mitts/] },
      { say: 'listo, páselo', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí señora', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: '¿mi pedido ya salió?', kind: 'order status', calls: ['order_status'] },
    ],
  },
  {
    name: 'repostería (Perú, usted): batidores de globo, uno de doce pulgadas, vainilla de ocho onzas, ¿tiene alcohol?, tapetes, 250 grados, que sean dos, quitar, promociones, cóbreme, de acuerdo',
    language: 'es',
    steps: [
      {
        say: '¿tienen batidores de globo?',
        kind: 'first search by kind word',
        shown: { first: /Balloon Whisk/ },
      },
      {
        say: 'deme uno de doce pulgadas',
        kind: 'size in words',
        cart: [{ ...WHISK, size: '12 inch' }],
      },
      {
        say: 'y un extracto de vainilla de ocho onzas',
        kind: 'kind word and size in words',
        cart: [WHISK, { ...VANILLA, size: '8 oz' }],
      },
      { say: '¿la vainilla tiene alcohol?', kind: 'details yes/no', notCalls: NO_SEARCH, reply: [YES] },
      {
        say: 'quisiera ver los tapetes de silicona para hornear',
        kind: 'kind word (Spain)',
        shown: { first: /Silicone Baking Mat/ },
      },
      {
        say: '¿el tapete aguanta el horno a 250 grados?',
        kind: 'details yes/no',
        notCalls: NO_SEARCH,
        reply: [/250|480/],
      },
      {
        say: 'mejor que sean dos vainillas',
        kind: 'correction (quantity of another line)',
        cart: [WHISK, { ...VANILLA, quantity: 2 }],
      },
      { say: 'quíteme el batidor', kind: 'cart edit', cart: [{ ...VANILLA, quantity: 2 }] },
      { say: '¿qué promociones tienen?', kind: 'promos', calls: ['list_promos'] },
      { say: 'eso sería todo, cóbreme', kind: 'checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí, de acuerdo', kind: 'explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
];
