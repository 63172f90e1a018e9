/**
 * EN/ES conversations on the party-supplies store (party-catalog.ts), written before the Spanish
 * work of issue 12 touched the engine, and scored once untouched. The Spanish wordings are a
 * shopper's own, from Spain (tenéis, bombona, pajitas) or Latin America (tienen, popotes,
 * banderines); the English scripts ask the same things.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
// Not \b: after "í" (not a word character to a non-unicode regex) it never matches.
const YES = /^(S[ií]|Yes)(?![a-z])/i;

export const PARTY_SCRIPTS: DevScript[] = [
  {
    name: 'balloons and tableware: options, follow-ups, several items',
    language: 'en',
    steps: [
      { say: 'hi, do you have balloons for a birthday?', shown: { some: /Latex Party Balloons/ } },
      {
        say: 'the latex ones in gold, the 12 pack',
        cart: [{ name: /Latex/, color: 'Gold', options: { Pack: '12-pack' } }],
      },
      { say: 'are they biodegradable?', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'how long do they float?', notCalls: NO_SEARCH, reply: [/12 hours/] },
      {
        say: "and I'll take a helium tank and a balloon pump",
        cart: [{ name: /Latex/ }, { name: /Helium Tank/ }, { name: /Balloon Pump/ }],
      },
      { say: 'remove the pump', cart: [{ name: /Latex/ }, { name: /Helium Tank/ }] },
      { say: 'paper plates, 9 inch', shown: { some: /Compostable Paper Plates/ } },
      { say: 'can they go in the microwave?', notCalls: NO_SEARCH, reply: [YES] },
      {
        say: 'give me two packs of 20',
        cart: [
          { name: /Latex/ },
          { name: /Helium Tank/ },
          { name: /Compostable/, quantity: 2, size: '9 in', options: { Pack: '20-pack' } },
        ],
      },
      { say: 'gold napkins', shown: { some: /Napkins/ } },
      {
        say: 'the pack of twenty',
        cart: [
          { name: /Latex/ },
          { name: /Helium Tank/ },
          { name: /Compostable/ },
          { name: /Napkins/, color: 'Gold', options: { Pack: '20-pack' } },
        ],
      },
    ],
  },
  {
    name: 'candles, banners, straws, promo',
    language: 'en',
    steps: [
      { say: 'I want to see birthday candles', shown: { some: /Spiral Birthday Candles/ } },
      {
        say: 'the gold spiral ones, 48',
        cart: [{ name: /Spiral/, color: 'Gold', options: { Pack: '48-pack' } }],
      },
      { say: 'do you have the number 4 candle?', reply: [/sold out|out of stock/i] },
      {
        say: 'then the 5',
        cart: [{ name: /Spiral/ }, { name: /Number Candle/, options: { Number: '5' } }],
      },
      { say: 'do you have a happy birthday banner?', shown: { some: /Happy Birthday Banner/ } },
      {
        say: 'the silver one',
        cart: [{ name: /Spiral/ }, { name: /Number Candle/ }, { name: /Banner/, color: 'Silver' }],
      },
      {
        say: 'and some blue paper straws',
        cart: [
          { name: /Spiral/ },
          { name: /Number Candle/ },
          { name: /Banner/ },
          { name: /Straws/, color: 'Blue' },
        ],
      },
      { say: 'try SAVE10', calls: ['apply_promo'] },
      { say: "what's in my cart?", calls: ['view_cart'] },
    ],
  },
  {
    name: 'cups, compare, save for later, tablecloth correction',
    language: 'en',
    steps: [
      { say: 'show me cups for the party', shown: { some: /Party Cups/ } },
      { say: 'the paper ones in red', cart: [{ name: /Party Cups/, color: 'Red' }] },
      {
        say: 'compare the compostable plates with the melamine ones',
        calls: ['compare_products'],
      },
      {
        say: 'save the melamine plates for later',
        calls: ['save_item'],
        cart: [{ name: /Party Cups/ }],
      },
      { say: 'what colours does the plastic tablecloth come in?', reply: [/White/, /Red/, /Navy/] },
      {
        say: 'add the navy tablecloth',
        cart: [{ name: /Party Cups/ }, { name: /Tablecloth/, color: 'Navy' }],
      },
      { say: 'make it red instead', cart: [{ name: /Party Cups/ }, { name: /Tablecloth/, color: 'Red' }] },
      { say: 'how much is the tassel garland?', reply: [/12/] },
      { say: 'empty the cart', cart: [] },
    ],
  },
  {
    name: 'globos y vajilla (España): opciones, preguntas de seguimiento, varios artículos',
    language: 'es',
    steps: [
      { say: 'hola, ¿tenéis globos para un cumpleaños?', shown: { some: /Latex Party Balloons/ } },
      {
        say: 'los de látex, en dorado, el paquete de 12',
        cart: [{ name: /Latex/, color: 'Gold', options: { Pack: '12-pack' } }],
      },
      { say: '¿son biodegradables?', notCalls: NO_SEARCH, reply: [YES] },
      { say: '¿cuántas horas aguantan flotando?', notCalls: NO_SEARCH, reply: [/12 h/] },
      {
        say: 'y me llevo una bombona de helio y un inflador de globos',
        cart: [{ name: /Latex/ }, { name: /Helium Tank/ }, { name: /Balloon Pump/ }],
      },
      { say: 'quita el inflador', cart: [{ name: /Latex/ }, { name: /Helium Tank/ }] },
      { say: 'platos de papel de 9 pulgadas', shown: { some: /Compostable Paper Plates/ } },
      { say: '¿se pueden meter en el microondas?', notCalls: NO_SEARCH, reply: [YES] },
      {
        say: 'ponme dos paquetes de 20',
        cart: [
          { name: /Latex/ },
          { name: /Helium Tank/ },
          { name: /Compostable/, quantity: 2, size: '9 in', options: { Pack: '20-pack' } },
        ],
      },
      { say: 'servilletas doradas', shown: { some: /Napkins/ } },
      {
        say: 'el paquete de veinte',
        cart: [
          { name: /Latex/ },
          { name: /Helium Tank/ },
          { name: /Compostable/ },
          { name: /Napkins/, color: 'Gold', options: { Pack: '20-pack' } },
        ],
      },
    ],
  },
  {
    name: 'velas, banderines, popotes, cupón (Latinoamérica)',
    language: 'es',
    steps: [
      { say: 'quiero ver velas de cumpleaños', shown: { some: /Spiral Birthday Candles/ } },
      {
        say: 'las de espiral doradas, las de 48',
        cart: [{ name: /Spiral/, color: 'Gold', options: { Pack: '48-pack' } }],
      },
      { say: '¿tienen la vela del número 4?', reply: [/agotad/i] },
      {
        say: 'entonces la del 5',
        cart: [{ name: /Spiral/ }, { name: /Number Candle/, options: { Number: '5' } }],
      },
      { say: '¿tienen banderines de feliz cumpleaños?', shown: { some: /Happy Birthday Banner/ } },
      {
        say: 'el plateado',
        cart: [{ name: /Spiral/ }, { name: /Number Candle/ }, { name: /Banner/, color: 'Silver' }],
      },
      {
        say: 'y unos popotes de papel azules',
        cart: [
          { name: /Spiral/ },
          { name: /Number Candle/ },
          { name: /Banner/ },
          { name: /Straws/, color: 'Blue' },
        ],
      },
      { say: 'prueba con SAVE10', calls: ['apply_promo'] },
      { say: '¿qué llevo en el carrito?', calls: ['view_cart'] },
    ],
  },
  {
    name: 'vasos, comparar, guardar para luego, mantel con corrección',
    language: 'es',
    steps: [
      { say: 'enséñame vasos para la fiesta', shown: { some: /Party Cups/ } },
      { say: 'los de papel, en rojo', cart: [{ name: /Party Cups/, color: 'Red' }] },
      { say: 'compárame los platos compostables con los de melamina', calls: ['compare_products'] },
      {
        say: 'guárdame los platos de melamina para más adelante',
        calls: ['save_item'],
        cart: [{ name: /Party Cups/ }],
      },
      {
        say: '¿en qué colores tenéis el mantel de plástico?',
        reply: [/White|blanco/i, /Red|rojo/i, /Navy|marino/i],
      },
      {
        say: 'añade el mantel azul marino',
        cart: [{ name: /Party Cups/ }, { name: /Tablecloth/, color: 'Navy' }],
      },
      { say: 'mejor en rojo', cart: [{ name: /Party Cups/ }, { name: /Tablecloth/, color: 'Red' }] },
      { say: '¿cuánto cuesta la guirnalda de borlas?', reply: [/12/] },
      { say: 'vacía el carrito', cart: [] },
    ],
  },
];
