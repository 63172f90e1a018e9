/**
 * Spanish conversations on the running store (running-catalog.ts), written for branch dlg-es3
 * before it touched the engine and scored once untouched. Shoppers from Spain (tú, vosotros),
 * Mexico (usted) and Argentina (vos, talle, musculosa) talk to an English-only import: decimal sizes
 * said in words ("nueve y medio", "cuarenta y dos y medio"), participles as adjectives
 * ("acolchados", "sin acolchar", "sin forrar"), a product by its pattern ("la de barras"),
 * diminutives, removing and saving by a Spanish noun, "¿cuánto sale?", "me lo llevo", promo codes
 * said alone (one expired), checkout and order tracking.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /agotad/i;
const EXPIRED = /caduc|venci|expir/i;

const GLIDE = { name: /Glide 5/ };
const CUSHIONED = { name: /Cushioned Running Socks/ };
const SPIKES = { name: /Sprint Spikes/ };
const SINGLET = { name: /Striped Race Singlet/ };
const VEST = { name: /Windbreaker Vest/ };
const GELS = { name: /Energy Gel/ };

export const RUNNING_SCRIPTS: DevScript[] = [
  {
    name: 'zapatillas de asfalto (España, tú): talla en palabras, color de la tienda, agotado, calcetines, quitar y guardar',
    language: 'es',
    steps: [
      { say: 'hola, busco zapatillas para correr por asfalto', shown: { category: 'running-shoes' } },
      { say: 'las Glide en talla nueve y medio, color volt', reply: [SOLD_OUT], cart: [] },
      { say: 'vale, pues en azul marino', cart: [{ name: /Glide 5/, size: '9.5', color: 'Midnight Navy' }] },
      { say: '¿qué drop tienen?', notCalls: NO_SEARCH, reply: [/10 mm/] },
      { say: '¿y cuánto pesan?', notCalls: NO_SEARCH, reply: [/265 g/] },
      { say: 'necesito también unos calcetines acolchados', shown: { first: /Cushioned Running Socks/ } },
      { say: 'ponme esos en talla M', cart: [GLIDE, { name: /Cushioned Running Socks/, size: 'M' }] },
      { say: '¿y tenéis calcetines sin acolchar, de los finos?', shown: { first: /Thin Racing Socks/ } },
      { say: '¿los tenéis en la M?', reply: [SOLD_OUT] },
      {
        say: 'pues añade unos en la L',
        cart: [GLIDE, CUSHIONED, { name: /Thin Racing Socks/, size: 'L' }],
      },
      { say: 'quita los calcetines finos', cart: [GLIDE, CUSHIONED] },
      { say: 'guárdame las zapatillas para otro día', calls: ['save_item'], cart: [CUSHIONED] },
      { say: '¿qué tengo guardado?', reply: [/Glide 5/] },
      { say: 'vacía el carrito', cart: [] },
    ],
  },
  {
    name: 'montaña y reloj (México, usted): ¿cuánto sale?, me lo llevo, talla europea decimal, códigos solos, pago y seguimiento',
    language: 'es',
    steps: [
      {
        say: 'buenas tardes, ¿tienen tenis para correr en montaña que sean impermeables?',
        shown: { first: /Trail Runner GTX/ },
      },
      { say: '¿cuánto sale?', notCalls: NO_SEARCH, reply: [/159/] },
      { say: 'agrégueme unos en cuarenta y dos y medio, en naranja', reply: [SOLD_OUT], cart: [] },
      {
        say: 'entonces en verde',
        cart: [{ name: /Trail Runner GTX/, size: '42.5', color: 'Moss' }],
      },
      { say: 'también busco un reloj con GPS', shown: { category: 'gps-watches' } },
      { say: '¿cuál tiene más batería?', best: /Trail Pro/ },
      { say: '¿cuánto sale el 245?', notCalls: NO_SEARCH, reply: [/249/] },
      { say: '¿lo tienen en blanco?', reply: [SOLD_OUT] },
      {
        say: 'bueno, me lo llevo en negro',
        cart: [{ name: /Trail Runner GTX/ }, { name: /245 GPS/, color: 'Black' }],
      },
      { say: 'PRIMAVERA20', calls: ['apply_promo'], reply: [EXPIRED] },
      { say: 'VERANO10', calls: ['apply_promo'], args: { apply_promo: { code: 'VERANO10' } } },
      { say: 'quiero pagar', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'sí, confírmelo por favor', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: '¿dónde está mi pedido?', calls: ['order_status'] },
    ],
  },
  {
    name: 'pista y ropa (Argentina, vos; España, vosotros): clavos, la de barras, diminutivos, sin forrar, cantidades',
    language: 'es',
    steps: [
      { say: 'che, ¿tenés zapatillas de clavos para velocidad?', shown: { first: /Sprint Spikes/ } },
      { say: '¿las tenés en talle nueve?', reply: [SOLD_OUT] },
      { say: 'dame las de nueve y medio', cart: [{ name: /Sprint Spikes/, size: '9.5' }] },
      { say: 'mostrame musculosas para correr', shown: { some: /Singlet/ } },
      {
        say: 'la de barras, talle M, la azul',
        cart: [SPIKES, { name: /Striped Race Singlet/, size: 'M', color: 'Blue/White' }],
      },
      { say: 'y una gorrita blanca', cart: [SPIKES, SINGLET, { name: /Running Cap/, color: 'White' }] },
      { say: '¿tenéis un chaleco sin forrar para el viento?', shown: { first: /Windbreaker Vest/ } },
      {
        say: 'ponédmelo en la L',
        cart: [SPIKES, SINGLET, { name: /Running Cap/ }, { name: /Windbreaker Vest/, size: 'L' }],
      },
      {
        say: 'tres cajas de geles de cítricos',
        cart: [
          SPIKES,
          SINGLET,
          { name: /Running Cap/ },
          VEST,
          { name: /Energy Gel/, quantity: 3, options: { Flavor: 'Citrus' } },
        ],
      },
      { say: '¿cuánta cafeína llevan?', notCalls: NO_SEARCH, reply: [/50 mg/] },
      {
        say: 'mejor solo dos',
        cart: [SPIKES, SINGLET, { name: /Running Cap/ }, VEST, { name: /Energy Gel/, quantity: 2 }],
      },
      { say: 'quita la gorrita', cart: [SPIKES, SINGLET, VEST, GELS] },
      { say: 'sácame también las de clavos', cart: [SINGLET, VEST, GELS] },
      { say: '¿cuánto sale todo?', notCalls: NO_SEARCH, reply: [/\d+[.,]\d\d/] },
    ],
  },
];
