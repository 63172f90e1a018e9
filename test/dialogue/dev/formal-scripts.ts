/**
 * Spanish conversations on the formal wear store (formal-catalog.ts), written for branch dlg-es3
 * before it touched the engine and scored once untouched. Shoppers from Spain (tú, vosotros) and
 * Mexico (usted) talk to an English-only import: participles as adjectives ("entallado",
 * "sin barnizar", "sin forrar", "ya anudada", "plisados"), a product by its pattern ("la de
 * rayas"), colours outside the basic families ("azul marino", "burdeos", "gris marengo"), chest
 * sizes with a fit ("42 larga"), decimal sizes in words ("quince y medio", "ocho y medio"),
 * diminutives, removing and saving by a Spanish noun, "¿cuánto sale?", "me lo llevo", promo codes
 * said alone (one expired), checkout and order tracking.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /agotad/i;
const EXPIRED = /caduc|venci|expir/i;

const SUIT = { name: /Slim Fit Wool Suit/ };
const SHIRT = { name: /Non-Iron Poplin Shirt/ };
const LINKS = { name: /Silver Knot Cufflinks/ };
const TUX = { name: /Classic Tuxedo/ };
const TREES = { name: /Cedar Shoe Trees/ };
const OXFORDS = { name: /Cap Toe Oxford/ };

export const FORMAL_SCRIPTS: DevScript[] = [
  {
    name: 'un traje para una boda (España, tú): entallado, azul marino, talla con largo, la de rayas, gemelos, quitar y guardar',
    language: 'es',
    steps: [
      { say: 'busco un traje para una boda', shown: { category: 'suits' } },
      { say: '¿el entallado lo tenéis en azul marino?', notCalls: ['add_to_cart'], reply: [/Midnight Navy/] },
      { say: 'ponme uno en la 42 R', reply: [SOLD_OUT], cart: [] },
      {
        say: 'pues en la 42 larga',
        cart: [{ name: /Slim Fit Wool Suit/, size: '42L', color: 'Midnight Navy' }],
      },
      { say: '¿va forrado?', notCalls: NO_SEARCH, reply: [/lined|forrad/i] },
      { say: 'enséñame camisas de vestir', shown: { category: 'dress-shirts' } },
      {
        say: 'la que no hace falta planchar, en blanco, cuello quince y medio',
        cart: [SUIT, { name: /Non-Iron Poplin Shirt/, color: 'White', options: { Collar: '15.5' } }],
      },
      { say: 'y unos gemelos', shown: { category: 'cufflinks' } },
      { say: 'los de plata', cart: [SUIT, SHIRT, { name: /Silver Knot Cufflinks/ }] },
      { say: '¿y los de ónix?', reply: [SOLD_OUT] },
      { say: 'una corbata de rayas', shown: { first: /Striped Silk Tie/ } },
      {
        say: 'la de rayas en verde',
        cart: [SUIT, SHIRT, LINKS, { name: /Striped Silk Tie/, color: 'Green/Gold' }],
      },
      { say: 'quita la corbata', cart: [SUIT, SHIRT, LINKS] },
      { say: 'guárdame el traje para más tarde', calls: ['save_item'], cart: [SHIRT, LINKS] },
    ],
  },
  {
    name: 'esmoquin para una gala (México, usted): agotado, ¿lo tienen en azul marino?, me lo llevo, ya anudada, charol, códigos solos, pago y seguimiento',
    language: 'es',
    steps: [
      { say: 'necesito un esmoquin para una gala', shown: { category: 'tuxedos' } },
      { say: 'el clásico en talla 42 largo, negro', reply: [SOLD_OUT], cart: [] },
      { say: '¿lo tienen en azul marino?', notCalls: ['add_to_cart'], reply: [/Midnight Navy/] },
      { say: 'me lo llevo', cart: [{ name: /Classic Tuxedo/, size: '42L', color: 'Midnight Navy' }] },
      {
        say: 'una camisa de esmoquin, cuello dieciséis',
        cart: [TUX, { name: /Tuxedo Shirt/, options: { Collar: '16' } }],
      },
      { say: 'y una pajarita ya anudada', shown: { first: /Pre-Tied Bow Tie/ } },
      {
        say: 'la negra',
        cart: [TUX, { name: /Tuxedo Shirt/ }, { name: /Pre-Tied Bow Tie/, color: 'Black' }],
      },
      { say: 'unos zapatos de charol', shown: { first: /Patent Leather/ } },
      { say: '¿cuánto salen?', notCalls: NO_SEARCH, reply: [/259/] },
      {
        say: 'agrégueme unos del ocho y medio',
        cart: [TUX, { name: /Tuxedo Shirt/ }, { name: /Pre-Tied/ }, { name: /Patent Leather/, size: '8.5' }],
      },
      { say: 'PRIMAVERA20', calls: ['apply_promo'], reply: [EXPIRED] },
      { say: 'VERANO10', calls: ['apply_promo'], args: { apply_promo: { code: 'VERANO10' } } },
      { say: 'quiero finalizar la compra', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'sí, adelante', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: '¿ya salió mi pedido?', calls: ['order_status'] },
    ],
  },
  {
    name: 'complementos (España, vosotros): sin barnizar, burdeos, diminutivo, plisados, gris marengo, sin forrar, vaciad',
    language: 'es',
    steps: [
      { say: '¿tenéis hormas de cedro sin barnizar?', shown: { first: /Cedar Shoe Trees/ } },
      { say: 'ponme unas de talla M', cart: [{ name: /Cedar Shoe Trees/, size: 'M' }] },
      { say: 'unos zapatos oxford negros del nueve y medio', reply: [SOLD_OUT], cart: [TREES] },
      { say: 'pues en burdeos', cart: [TREES, { name: /Cap Toe Oxford/, size: '9.5', color: 'Oxblood' }] },
      {
        say: 'un cinturoncito negro de la 34',
        cart: [TREES, OXFORDS, { name: /Dress Belt/, size: '34', color: 'Black' }],
      },
      { say: 'enséñame pantalones de vestir', shown: { category: 'dress-trousers' } },
      { say: 'los plisados, de la 34, en gris perla', reply: [SOLD_OUT] },
      {
        say: 'entonces en gris marengo',
        cart: [TREES, OXFORDS, { name: /Dress Belt/ }, { name: /Pleated Dress Trousers/, color: 'Charcoal' }],
      },
      { say: '¿tenéis alguna americana sin forrar?', shown: { first: /Unlined Cotton Blazer/ } },
      { say: '¿de qué tela es?', notCalls: NO_SEARCH, reply: [/cotton|algodón/i] },
      { say: 'quita el cinturón', cart: [TREES, OXFORDS, { name: /Pleated Dress Trousers/ }] },
      {
        say: 'guárdame los zapatos para luego',
        calls: ['save_item'],
        cart: [TREES, { name: /Pleated Dress Trousers/ }],
      },
      { say: 'vaciad el carrito', cart: [] },
    ],
  },
];
