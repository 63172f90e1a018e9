/** Scripted EN/ES conversations on the pet-supplies catalog (held-out: scored on first run). */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];

export const PETS_SCRIPTS: DevScript[] = [
  {
    name: 'browse, restrict, negate, superlative',
    language: 'en',
    steps: [
      { say: 'do you have dog beds under 100', shown: { category: 'dog-beds', maxPrice: 100 } },
      { say: 'show me dog harnesses', shown: { category: 'dog-harnesses', count: 2 } },
      { say: 'only the pawprint ones', shown: { category: 'dog-harnesses', brand: 'Pawprint', count: 1 } },
      { say: 'cat litter but not the whisker one', shown: { category: 'cat-litter', notBrand: 'Whisker' } },
      { say: 'which is the longest leash', notCalls: [] },
      { say: 'what is the biggest bag of dog food', reply: [/Wild Salmon/] },
    ],
  },
  {
    name: 'cart, sizes, shades, sold out, several items',
    language: 'en',
    steps: [
      {
        say: 'add the trailblazer harness in large coral',
        cart: [],
        reply: [/(sold out|out of stock)/i, /Teal/],
      },
      { say: 'teal then', cart: [{ name: /Trailblazer/, size: 'L', color: 'Teal' }] },
      {
        say: 'i want the rope leash in green',
        cart: [{ name: /Trailblazer/ }, { name: /Rope Dog Leash/, color: 'Forest' }],
      },
      // The ball comes in two colours and none was said: the right answer adds the litter and asks
      // which colour (the first version of this step expected both added: a script error, corrected).
      {
        say: 'add two squeaky balls and the tofu litter',
        cart: [{ name: /Trailblazer/ }, { name: /Rope/ }, { name: /Tofu/ }],
        reply: [/Tofu/, /colou?r/i],
      },
      {
        say: 'orange',
        cart: [
          { name: /Trailblazer/ },
          { name: /Rope/ },
          { name: /Tofu/ },
          { name: /Squeaky/, quantity: 2, color: 'Orange' },
        ],
      },
      {
        say: 'remove the tofu litter',
        cart: [{ name: /Trailblazer/ }, { name: /Rope/ }, { name: /Squeaky/ }],
      },
      { say: 'empty my cart', cart: [] },
    ],
  },
  {
    name: 'spec questions, promos, human',
    language: 'en',
    steps: [
      { say: 'tell me about the cloud orthopedic bed', calls: ['get_product'], reply: [/Cloud Orthopedic/] },
      { say: 'is the cover washable', notCalls: NO_SEARCH, reply: [/washable/i] },
      { say: 'how heavy is it', notCalls: NO_SEARCH, reply: [/3\.4 kg/] },
      { say: 'any deals today', notCalls: NO_SEARCH, reply: [/SAVE10/] },
      { say: 'i need to speak to someone', calls: ['request_human'] },
    ],
  },
  {
    name: 'en español',
    language: 'es',
    steps: [
      { say: 'busco camas para perro', shown: { category: 'dog-beds' } },
      { say: 'solo las de menos de 60', shown: { category: 'dog-beds', maxPrice: 60 } },
      {
        say: 'quiero la cama donut en talla mediana gris',
        cart: [{ name: /Donut/, size: 'M', color: 'Grey' }],
      },
      { say: 'añade una correa retráctil', cart: [{ name: /Donut/ }, { name: /Retractable/ }] },
      { say: 'quita la correa', cart: [{ name: /Donut/ }] },
      { say: 'cuánto pesa la cama donut', notCalls: NO_SEARCH, reply: [/1\.2 kg/] },
      { say: 'qué descuentos tenéis', notCalls: NO_SEARCH, reply: [/SAVE10/] },
      { say: 'vacía el carrito', cart: [] },
    ],
  },
];
