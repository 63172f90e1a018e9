/**
 * Scripted EN/ES conversations on the kitchenware development catalog, written before the
 * engine was run on it (its first score is the held-out measure of the outdoor-store work).
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];

export const KITCHEN_SCRIPTS: DevScript[] = [
  {
    name: 'category, price, brand restriction, negation',
    language: 'en',
    steps: [
      {
        say: 'i am looking for kitchen knives under 100',
        shown: { category: 'kitchen-knives', maxPrice: 100 },
      },
      { say: 'just the hanamura ones', shown: { category: 'kitchen-knives', brand: 'Hanamura', count: 1 } },
      { say: 'show me frying pans', shown: { category: 'frying-pans', count: 2 } },
      { say: 'not the ironside ones', shown: { category: 'frying-pans', notBrand: 'Ironside', count: 1 } },
      { say: 'start again', notCalls: NO_SEARCH },
      // Both dutch ovens also come in other colours, so both stay (the first version of this step
      // expected none shown and something found at once: a script error, corrected).
      {
        say: 'dutch ovens but not red',
        shown: { category: 'dutch-ovens' },
        args: { search_products: { excludeColor: 'red' } },
      },
    ],
  },
  {
    name: 'superlatives',
    language: 'en',
    steps: [
      { say: 'which is your most powerful blender', reply: [/Vortex Pro 1400/] },
      { say: 'what is the biggest dutch oven', reply: [/Heritage Cast Iron Dutch Oven/] },
      { say: 'the lightest knife please', reply: [/Kasumi Paring Knife/] },
      { say: 'cheapest kettle', reply: [/Classic Stovetop Whistling Kettle/] },
    ],
  },
  {
    name: 'spec questions and comparison',
    language: 'en',
    steps: [
      {
        say: 'tell me about the kasumi chef knife',
        calls: ['get_product'],
        reply: [/Kasumi 20 cm Chef Knife/],
      },
      { say: 'is it dishwasher safe', notCalls: NO_SEARCH, reply: [/(don.t know|hand wash|doesn.t say)/i] },
      { say: 'how much does it weigh', notCalls: NO_SEARCH, reply: [/180 g/] },
      {
        say: 'compare the gooseneck kettle and the whistling kettle',
        calls: ['compare_products'],
        reply: [/Gooseneck/, /Whistling/],
      },
      { say: 'which one is bigger', notCalls: NO_SEARCH, reply: [/Whistling/] },
    ],
  },
  {
    name: 'sizes, colour shades, sold out',
    language: 'en',
    steps: [
      {
        say: 'add the everyday frying pan in 24 cm charcoal',
        cart: [{ name: /Everyday Nonstick Frying Pan/, size: '24 cm', color: 'Charcoal' }],
      },
      { say: 'show me green aprons', shown: { category: 'aprons', some: /Linen Apron/ } },
      {
        say: 'add the linen apron tall in cream',
        cart: [{ name: /Frying Pan/ }],
        reply: [/(sold out|out of stock)/i, /(Sage|Charcoal)/],
      },
      {
        say: 'sage then',
        cart: [{ name: /Frying Pan/ }, { name: /Linen Apron/, size: 'Tall', color: 'Sage' }],
      },
    ],
  },
  {
    name: 'several items, empty cart, promos, policy',
    language: 'en',
    steps: [
      {
        say: 'add the french press and two bread knives',
        cart: [{ name: /French Press/ }, { name: /Bread Knife/, quantity: 2 }],
      },
      { say: 'clear my cart', cart: [] },
      { say: 'are there any discounts', notCalls: NO_SEARCH, reply: [/SAVE10/] },
      { say: 'what is your return policy', notCalls: NO_SEARCH, reply: [/return/i] },
    ],
  },
  {
    name: 'order and cancel it',
    language: 'en',
    steps: [
      { say: 'i will take the walnut cutting board', cart: [{ name: /Walnut/ }] },
      { say: 'checkout', calls: ['prepare_order'] },
      { say: 'yes please', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: 'i want to cancel that order', orderStatus: 'placed' },
      { say: 'yes', orderStatus: 'cancelled' },
    ],
  },
  {
    name: 'compras en español en un catálogo en inglés',
    language: 'es',
    steps: [
      { say: 'busco sartenes', shown: { category: 'frying-pans' } },
      { say: 'solo las de hearthware', shown: { category: 'frying-pans', brand: 'Hearthware' } },
      { say: 'quiero ver cuchillos de menos de 60', shown: { category: 'kitchen-knives', maxPrice: 60 } },
      { say: 'cuál es la batidora más potente', reply: [/Vortex Pro 1400/] },
      { say: 'hervidores', shown: { category: 'kettles' } },
    ],
  },
  {
    name: 'carrito y preguntas en español',
    language: 'es',
    steps: [
      {
        say: 'añade la sartén everyday de 28 cm en verde',
        cart: [],
        reply: [/agotad/i],
      },
      {
        say: 'en charcoal entonces',
        cart: [{ name: /Everyday Nonstick/, size: '28 cm', color: 'Charcoal' }],
      },
      { say: 'háblame de la cafetera barista', calls: ['get_product'], reply: [/Barista/] },
      { say: 'cuánto pesa', notCalls: NO_SEARCH, reply: [/6\.1 kg/] },
      { say: 'vacía el carrito', cart: [] },
      { say: 'qué ofertas hay', notCalls: NO_SEARCH, reply: [/SAVE10/] },
      { say: 'puedo devolver un producto', notCalls: NO_SEARCH },
      { say: 'quiero hablar con un humano', calls: ['request_human'] },
    ],
  },
];
