/**
 * Scripted EN/ES conversations on the electronics-accessories development catalog, written before
 * the session-3 engine work (its first score is the "before"). Phrasing as shoppers speak: fillers,
 * corrections, pronouns, ordinals, quantities and prices in words, Spanish on an English catalog.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const MONEY = /(\$|dollars?|dólares)/i;

export const ELECTRONICS_SCRIPTS: DevScript[] = [
  {
    name: 'category, price in words, brand refinement, negation, start over',
    language: 'en',
    steps: [
      {
        say: 'um, do you have any chargers under fifty bucks',
        shown: { category: 'chargers', maxPrice: 50 },
      },
      {
        say: 'just the voltix ones',
        shown: { category: 'chargers', brand: 'Voltix', maxPrice: 50, count: 2 },
      },
      { say: 'what about headphones', shown: { category: 'headphones', count: 3 } },
      { say: 'not the sonance ones', shown: { category: 'headphones', notBrand: 'Sonance', count: 1 } },
      { say: 'ok start over', notCalls: NO_SEARCH },
      {
        say: 'show me power banks under forty dollars',
        shown: { category: 'power-banks', maxPrice: 40, count: 2 },
      },
      { say: 'only cordline', shown: { category: 'power-banks', brand: 'Cordline', count: 1 } },
    ],
  },
  {
    name: 'ordinals and pronouns',
    language: 'en',
    steps: [
      { say: 'i need a bluetooth speaker', shown: { category: 'bluetooth-speakers', count: 2 } },
      { say: 'tell me more about the second one', calls: ['get_product'], replyShown: 2 },
      { say: 'add it in black', cartShown: 2, cart: [{ name: /Wave/, color: 'Black' }] },
      { say: "what's in my cart", reply: [/Wave/, MONEY] },
    ],
  },
  {
    name: 'quantities, lengths, change and remove, sold out',
    language: 'en',
    steps: [
      {
        say: 'can i get two of the braided usb c cables, the two meter ones, in black',
        cart: [{ name: /Braided/, size: '2 m', color: 'Black', quantity: 2 }],
      },
      {
        say: 'and one lightning cable, one meter',
        cart: [
          { name: /Braided/, quantity: 2 },
          { name: /Lightning/, size: '1 m', quantity: 1 },
        ],
      },
      {
        say: 'actually make that three of the braided cables',
        cart: [{ name: /Braided/, quantity: 3 }, { name: /Lightning/ }],
      },
      { say: 'remove the lightning cable', cart: [{ name: /Braided/, quantity: 3 }] },
      {
        say: 'add the braided cable in coral, two meters',
        cart: [{ name: /Braided/, quantity: 3 }],
        reply: [/(sold out|out of stock)/i],
      },
      {
        say: 'ok the one meter then',
        cart: [
          { name: /Braided/, size: '2 m', color: 'Black', quantity: 3 },
          { name: /Braided/, size: '1 m', color: 'Coral', quantity: 1 },
        ],
      },
      { say: 'empty the cart please', cart: [] },
    ],
  },
  {
    name: 'colour correction, sold-out colour, spec of the product in focus',
    language: 'en',
    steps: [
      { say: 'add the pulse buds in white', cart: [{ name: /Pulse Buds/, color: 'White' }] },
      { say: 'no wait, the black ones', cart: [{ name: /Pulse Buds/, color: 'Black' }] },
      {
        say: 'add the pulse buds in mint',
        cart: [{ name: /Pulse Buds/, color: 'Black' }],
        reply: [/(sold out|out of stock)/i, /(Black|White)/],
      },
      { say: 'how long does the battery last', notCalls: NO_SEARCH, reply: [/8 hour/] },
      { say: 'are they waterproof', notCalls: NO_SEARCH, reply: [/splash/i], notReply: [/^yes/i] },
    ],
  },
  {
    name: 'spec questions from the product text',
    language: 'en',
    steps: [
      { say: 'tell me about the halo headphones', calls: ['get_product'], reply: [/Halo ANC/] },
      { say: 'do they have noise cancelling', notCalls: NO_SEARCH, reply: [/(yes|noise cancelling)/i] },
      { say: 'how heavy are they', notCalls: NO_SEARCH, reply: [/250 g/] },
      { say: 'tell me about the wave max', calls: ['get_product'], reply: [/Wave Max/] },
      { say: 'is it waterproof', notCalls: NO_SEARCH, reply: [/(don.t know|doesn.t say|not sure)/i] },
      {
        say: 'what about the wave mini, is that one waterproof',
        notCalls: NO_SEARCH,
        reply: [/(waterproof|IP67)/i],
        notReply: [/don.t know/i],
      },
    ],
  },
  {
    name: 'superlatives over price and numbers in the text',
    language: 'en',
    steps: [
      { say: "what's your biggest power bank", reply: [/Boulder Max/] },
      { say: 'which is the cheapest charger', reply: [/Voltix 20W/] },
      { say: 'lightest headphones you have', reply: [/Pulse Buds/] },
      { say: 'what is the most expensive speaker', reply: [/Wave Max/] },
      { say: 'which power bank is the lightest', reply: [/Slim Magnetic/] },
    ],
  },
  {
    name: 'comparison of two named products',
    language: 'en',
    steps: [
      {
        say: "what's the difference between the halo headphones and the pulse buds",
        calls: ['compare_products'],
        reply: [/Halo/, /Pulse/],
      },
      { say: 'which one has the longer battery life', notCalls: NO_SEARCH, reply: [/Halo/] },
      { say: 'and which is cheaper', notCalls: NO_SEARCH, reply: [/Pulse/] },
    ],
  },
  {
    name: 'phone models as sizes',
    language: 'en',
    steps: [
      { say: 'show me phone cases', shown: { category: 'phone-cases', count: 2 } },
      {
        say: 'add the armor case for iphone 15 pro, the smoke one',
        cart: [{ name: /Armor Clear/, size: 'iPhone 15 Pro', color: 'Smoke' }],
      },
      {
        say: 'and the leather folio for a galaxy s24 in tan',
        cart: [{ name: /Armor Clear/ }],
        reply: [/(sold out|out of stock)/i, /Black/],
      },
      {
        say: 'black is fine',
        cart: [{ name: /Armor Clear/ }, { name: /Leather Folio/, size: 'Galaxy S24', color: 'Black' }],
      },
      {
        say: 'a screen protector for the iphone 15 too',
        cart: [
          { name: /Armor Clear/ },
          { name: /Leather Folio/ },
          { name: /Screen Protector/, size: 'iPhone 15' },
        ],
      },
      { say: 'how much is my total', reply: [/85/, MONEY] },
    ],
  },
  {
    name: 'checkout needs a yes, cancel, policy, promos, human',
    language: 'en',
    steps: [
      { say: 'add the voltix 65 watt charger', cart: [{ name: /65W GaN/ }] },
      { say: "let's check out", calls: ['prepare_order'], notCalls: ['confirm_order'] },
      {
        say: 'hmm, wait, do you have any promo codes',
        notCalls: ['confirm_order', 'search_products'],
        reply: [/SAVE10/],
      },
      { say: 'ok, yes, place the order', calls: ['confirm_order'], orderStatus: 'placed' },
      {
        say: 'actually i changed my mind, cancel my order',
        orderStatus: 'placed',
        reply: [/(sure|confirm|yes)/i],
      },
      { say: 'yes cancel it', orderStatus: 'cancelled' },
      { say: "what's your shipping policy", calls: ['get_policy'], notCalls: NO_SEARCH },
      { say: 'can i send back headphones if i opened them', calls: ['get_policy'], notCalls: NO_SEARCH },
      { say: "i'd like to talk to a real person", calls: ['request_human'] },
    ],
  },
  // Spanish shoppers on the English-only catalog.
  {
    name: 'categorías en español, precio, marca, negación',
    language: 'es',
    steps: [
      { say: 'hola, busco cargadores de menos de 30 dólares', shown: { category: 'chargers', maxPrice: 30 } },
      { say: 'eh, quiero ver auriculares', shown: { category: 'headphones', count: 3 } },
      { say: 'solo los de sonance', shown: { category: 'headphones', brand: 'Sonance', count: 2 } },
      { say: 'los que no son de sonance', shown: { category: 'headphones', notBrand: 'Sonance', count: 1 } },
      { say: 'empezar de nuevo', notCalls: NO_SEARCH },
      { say: 'baterías externas por menos de cuarenta', shown: { category: 'power-banks', maxPrice: 40 } },
      { say: 'altavoces bluetooth', shown: { category: 'bluetooth-speakers', count: 2 } },
      { say: 'fundas para el móvil', shown: { category: 'phone-cases' } },
      { say: 'protectores de pantalla', shown: { category: 'screen-protectors' } },
      { say: 'cables de carga', shown: { category: 'charging-cables' } },
    ],
  },
  {
    name: 'ordinales y pronombres',
    language: 'es',
    steps: [
      { say: 'enséñame los altavoces', shown: { category: 'bluetooth-speakers' } },
      { say: 'háblame del primero', calls: ['get_product'], replyShown: 1 },
      { say: 'añádelo en negro', cartShown: 1, cart: [{ name: /Wave/, color: 'Black' }] },
      { say: 'qué tengo en el carrito', reply: [/Wave/, MONEY] },
      { say: 'vacía mi carrito', cart: [] },
    ],
  },
  {
    name: 'cantidades, longitudes y agotados',
    language: 'es',
    steps: [
      {
        say: 'quiero tres cables trenzados de un metro en negro',
        cart: [{ name: /Braided/, size: '1 m', color: 'Black', quantity: 3 }],
      },
      { say: 'mejor que sean dos', cart: [{ name: /Braided/, quantity: 2 }] },
      {
        say: 'añade también el cable lightning de dos metros',
        cart: [{ name: /Braided/ }, { name: /Lightning/, size: '2 m' }],
      },
      { say: 'quita el cable lightning', cart: [{ name: /Braided/, quantity: 2 }] },
      {
        say: 'añade el cable trenzado de dos metros en coral',
        cart: [{ name: /Braided/, quantity: 2 }],
        reply: [/agotad/i],
      },
      {
        say: 'vale, en negro entonces',
        cart: [
          { name: /Braided/, size: '1 m', color: 'Black', quantity: 2 },
          { name: /Braided/, size: '2 m', color: 'Black', quantity: 1 },
        ],
      },
      { say: 'vacía el carrito', cart: [] },
    ],
  },
  {
    name: 'corrección de color y preguntas',
    language: 'es',
    steps: [
      { say: 'añade los pulse buds en blanco', cart: [{ name: /Pulse Buds/, color: 'White' }] },
      { say: 'no, espera, en negro', cart: [{ name: /Pulse Buds/, color: 'Black' }] },
      { say: 'son resistentes al agua', notCalls: NO_SEARCH, reply: [/(salpicaduras|splash|IPX4)/i] },
      { say: 'cuánto dura la batería', notCalls: NO_SEARCH, reply: [/\b8\b/] },
      { say: 'quítalos', cart: [] },
    ],
  },
  {
    name: 'especificaciones y comparación',
    language: 'es',
    steps: [
      { say: 'háblame de los auriculares halo', calls: ['get_product'], reply: [/Halo/] },
      { say: 'cuánto pesan', notCalls: NO_SEARCH, reply: [/250 g/] },
      {
        say: 'tienen cancelación de ruido',
        notCalls: NO_SEARCH,
        reply: [/(sí|noise cancelling|cancelación)/i],
      },
      {
        say: 'compara el wave mini con el wave max',
        calls: ['compare_products'],
        reply: [/Wave Mini/, /Wave Max/],
      },
      { say: 'cuál es más barato', notCalls: NO_SEARCH, reply: [/Wave Mini/] },
      {
        say: 'el wave max es impermeable',
        notCalls: NO_SEARCH,
        reply: [/(no (lo )?sé|no (lo )?dice|no consta|no estoy segur)/i],
      },
    ],
  },
  {
    name: 'superlativos',
    language: 'es',
    steps: [
      { say: 'cuál es la batería externa más grande', reply: [/Boulder Max/] },
      { say: 'el cargador más barato', reply: [/Voltix 20W/] },
      { say: 'cuáles son los auriculares más ligeros', reply: [/Pulse Buds/] },
      { say: 'el altavoz más caro', reply: [/Wave Max/] },
    ],
  },
  {
    name: 'fundas por modelo de móvil',
    language: 'es',
    steps: [
      {
        say: 'añade la funda armor para iphone 15 en smoke',
        cart: [{ name: /Armor Clear/, size: 'iPhone 15', color: 'Smoke' }],
      },
      {
        say: 'y la funda de cuero para galaxy s24 en tan',
        cart: [{ name: /Armor Clear/ }],
        reply: [/agotad/i],
      },
      {
        say: 'en negro entonces',
        cart: [{ name: /Armor Clear/ }, { name: /Leather Folio/, size: 'Galaxy S24', color: 'Black' }],
      },
      {
        say: 'dos protectores de pantalla para galaxy s24',
        cart: [
          { name: /Armor Clear/ },
          { name: /Leather Folio/ },
          { name: /Screen Protector/, size: 'Galaxy S24', quantity: 2 },
        ],
      },
      { say: 'cuánto es el total', reply: [/\b100\b/] },
    ],
  },
  {
    name: 'pedido, cancelación, políticas, humano',
    language: 'es',
    steps: [
      { say: 'añade el cargador voltix de 65 vatios', cart: [{ name: /65W GaN/ }] },
      { say: 'quiero pagar', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'sí, adelante', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: 'quiero cancelar el pedido', orderStatus: 'placed' },
      { say: 'sí', orderStatus: 'cancelled', reply: [/cancelad/i] },
      { say: 'qué promociones tienen', notCalls: NO_SEARCH, reply: [/SAVE10/] },
      { say: 'cuánto tarda el envío', calls: ['get_policy'], notCalls: NO_SEARCH },
      { say: 'puedo devolver unos auriculares', calls: ['get_policy'], notCalls: NO_SEARCH },
      { say: 'quiero hablar con alguien', calls: ['request_human'] },
    ],
  },
];
