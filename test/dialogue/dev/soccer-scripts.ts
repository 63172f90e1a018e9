/**
 * Spanish conversations on the soccer store (soccer-catalog.ts), written for branch dlg-es4 before
 * it touched the engine and scored once untouched. Shoppers from Spain (tú), Mexico (usted),
 * Colombia (guayos, grama), Argentina (vos, botines, talle, medias, bordó) and Chile (arco, ya)
 * talk to an English-only import: sizes said in words, colours in Spanish for the store's own
 * names (amarillo flúor, celeste, azul rey), spec questions answered from the body, sold-out
 * variants, quantities, removing by a Spanish noun, a promo code, checkout.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /agotad/i;

const STRIKER = { name: /Striker Pro FG/ };
const BALL = { name: /Match Ball/ };
const GLOVES = { name: /Pro Goalkeeper Gloves/ };
const KIDS = { name: /Kids Strap Cleats/ };
const HOME = { name: /Home Match Jersey/ };
const SHORTS = { name: /Match Shorts/ };
const SOCKS = { name: /Pitch Socks/ };

export const SOCCER_SCRIPTS: DevScript[] = [
  {
    name: 'botas (España, tú): peso, talla en palabras, colores de la tienda, espinilleras por altura, antideslizantes',
    language: 'es',
    steps: [
      { say: 'hola, busco botas de fútbol para césped natural', shown: { category: 'soccer-cleats' } },
      { say: '¿cuánto pesan las Striker Pro?', notCalls: NO_SEARCH, reply: [/210 g/] },
      { say: 'ponme unas en talla nueve y medio, en rojo', reply: [SOLD_OUT], cart: [] },
      {
        say: 'pues en amarillo flúor',
        cart: [{ name: /Striker Pro FG/, size: '9.5', color: 'Volt Yellow' }],
      },
      { say: 'también necesito unas espinilleras', shown: { category: 'shin-guards' } },
      { say: 'las finas que van dentro de la media, ¿cuánto cuestan?', reply: [/19/] },
      { say: 'mido un metro cincuenta, ¿qué talla me va?', notCalls: NO_SEARCH, reply: [/\bM\b/] },
      { say: 'dame unas en talla M de color lima', reply: [SOLD_OUT], cart: [STRIKER] },
      { say: 'vale, en negro', cart: [STRIKER, { name: /Slip-In Shin Guards/, size: 'M', color: 'Black' }] },
      { say: '¿tenéis calcetines antideslizantes?', shown: { first: /Grip Socks/ } },
      {
        say: 'añade dos pares en la L',
        cart: [STRIKER, { name: /Slip-In/ }, { name: /Grip Socks/, size: 'L', quantity: 2 }],
      },
      { say: 'quita las espinilleras', cart: [STRIKER, { name: /Grip Socks/ }] },
      { say: '¿cuánto llevo en total?', notCalls: NO_SEARCH, reply: [/\d+[.,]\d\d/] },
    ],
  },
  {
    name: 'balón y portero (México, usted; Colombia): tamaño por edad, látex, corte, guayos para grama, código, pago',
    language: 'es',
    steps: [
      { say: 'buenas, ¿tienen balones de futbol?', shown: { category: 'soccer-balls' } },
      { say: '¿cuánto cuesta el balón de partido?', notCalls: NO_SEARCH, reply: [/59/] },
      { say: '¿qué tamaño le queda a un niño de diez años?', notCalls: NO_SEARCH, reply: [/\b4\b/] },
      { say: 'agrégueme uno del número cuatro en naranja', reply: [SOLD_OUT], cart: [] },
      { say: 'entonces el blanco', cart: [{ name: /Match Ball/, size: '4', color: 'White/Navy' }] },
      { say: 'también quiero guantes de portero para adulto', shown: { first: /Pro Goalkeeper Gloves/ } },
      { say: '¿de cuántos milímetros es el látex?', notCalls: NO_SEARCH, reply: [/4 mm/] },
      { say: 'los quiero en talla nueve, corte negativo', reply: [SOLD_OUT], cart: [BALL] },
      {
        say: 'bueno, en talla diez',
        cart: [BALL, { name: /Pro Goalkeeper Gloves/, size: '10', options: { Cut: 'Negative' } }],
      },
      {
        say: 'y una playera de portero de manga larga, talla L, la amarilla',
        cart: [BALL, GLOVES, { name: /Goalkeeper Jersey/, size: 'L', color: 'Volt Yellow' }],
      },
      { say: 'muéstreme unos guayos para grama sintética', shown: { first: /Turf Shoes/ } },
      { say: 'en azul rey, talla diez', reply: [SOLD_OUT] },
      {
        say: 'listo, en blanco y negro entonces',
        cart: [
          BALL,
          GLOVES,
          { name: /Goalkeeper Jersey/ },
          { name: /Turf Shoes/, size: '10', color: 'Black/White' },
        ],
      },
      {
        say: 'tengo el código VERANO10',
        calls: ['apply_promo'],
        args: { apply_promo: { code: 'VERANO10' } },
      },
      { say: 'quiero pagar', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'sí, confírmelo', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'equipo del club (Argentina, vos; Chile): botines para chicos, talle, de local, medias bordó, arco plegable, inflador',
    language: 'es',
    steps: [
      { say: 'che, ¿tenés botines para chicos?', shown: { first: /Kids Strap Cleats/ } },
      { say: '¿para qué edad son?', notCalls: NO_SEARCH, reply: [/5/, /9/] },
      {
        say: 'dame unos en talle 12K, azules',
        cart: [{ name: /Kids Strap Cleats/, size: '12K', color: 'Royal Blue' }],
      },
      { say: 'mostrame camisetas de local', shown: { first: /Home Match Jersey/ } },
      {
        say: 'la celeste en talle M',
        cart: [KIDS, { name: /Home Match Jersey/, size: 'M', color: 'Sky Blue' }],
      },
      {
        say: 'y el short azul marino, talle M',
        cart: [KIDS, HOME, { name: /Match Shorts/, size: 'M', color: 'Navy' }],
      },
      { say: 'medias bordó en talle M', reply: [SOLD_OUT], cart: [KIDS, HOME, SHORTS] },
      {
        say: 'bueno, celestes entonces',
        cart: [KIDS, HOME, SHORTS, { name: /Pitch Socks/, size: 'M', color: 'Sky Blue' }],
      },
      { say: 'oye, ¿tienen arcos plegables para el patio?', shown: { first: /Pop-Up Training Goals/ } },
      { say: '¿cuánto vale el de seis pies?', notCalls: NO_SEARCH, reply: [/69/] },
      {
        say: 'ya, agrégalo',
        cart: [KIDS, HOME, SHORTS, SOCKS, { name: /Pop-Up Training Goals/, size: '6 ft' }],
      },
      { say: 'saca el short', cart: [KIDS, HOME, SOCKS, { name: /Pop-Up/ }] },
      {
        say: 'también un inflador para la pelota',
        cart: [KIDS, HOME, SOCKS, { name: /Pop-Up/ }, { name: /Ball Pump/ }],
      },
    ],
  },
];
