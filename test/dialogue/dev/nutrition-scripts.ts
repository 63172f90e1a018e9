/**
 * Scripted EN/ES conversations on the sports-nutrition development catalog, written before the
 * session-3 engine work (its first score is the "before").
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const MONEY = /(\$|dollars?|dólares)/i;

export const NUTRITION_SCRIPTS: DevScript[] = [
  {
    name: 'categories, brand then price refinement, negation',
    language: 'en',
    steps: [
      { say: 'hey, what protein powders do you have', shown: { category: 'protein-powder', count: 4 } },
      { say: 'only ironfuel', shown: { category: 'protein-powder', brand: 'Ironfuel', count: 3 } },
      {
        say: 'under fifty bucks',
        shown: { category: 'protein-powder', brand: 'Ironfuel', maxPrice: 50, count: 1 },
      },
      { say: 'start over', notCalls: NO_SEARCH },
      { say: 'show me pre workouts', shown: { category: 'pre-workout', count: 2 } },
      { say: 'energy gels under thirty dollars', shown: { category: 'energy-gels', maxPrice: 30, count: 2 } },
      { say: 'protein bars', shown: { category: 'protein-bars', count: 2 } },
      { say: 'not the verdant ones', shown: { category: 'protein-bars', notBrand: 'Verdant', count: 1 } },
      { say: "i'm looking for something for hydration", shown: { category: 'hydration', count: 2 } },
      { say: 'creatine', shown: { category: 'creatine', count: 2 } },
    ],
  },
  {
    name: 'ordinals, pronouns, quantity change',
    language: 'en',
    steps: [
      { say: 'what energy gels do you have', shown: { category: 'energy-gels' } },
      { say: 'add the second one', cartShown: 2, cart: [{ name: /Gel/, quantity: 1 }] },
      { say: 'actually make it three', cart: [{ name: /Gel/, quantity: 3 }] },
      { say: "what's in my cart", reply: [/Gel/, /(84|78)/, MONEY] },
      { say: 'remove it', cart: [] },
    ],
  },
  {
    name: 'quantities and weights, sold out, several items',
    language: 'en',
    steps: [
      {
        say: 'add two tubs of the chocolate whey isolate, the five pound one',
        cart: [{ name: /Whey Isolate Chocolate/, size: '5 lb', quantity: 2 }],
      },
      {
        say: 'and the vanilla one in five pounds too',
        cart: [{ name: /Whey Isolate Chocolate/ }],
        reply: [/(sold out|out of stock)/i, /2 lb/],
      },
      {
        say: 'ok, two pounds then',
        cart: [
          { name: /Whey Isolate Chocolate/ },
          { name: /Whey Isolate Vanilla/, size: '2 lb', quantity: 1 },
        ],
      },
      {
        say: 'add the creatine monohydrate, 500 grams',
        cart: [{ name: /Chocolate/ }, { name: /Vanilla/ }],
        reply: [/(sold out|out of stock)/i, /300 g/],
      },
      {
        say: 'fine, the 300 gram one',
        cart: [{ name: /Chocolate/ }, { name: /Vanilla/ }, { name: /Creatine Monohydrate/, size: '300 g' }],
      },
      {
        say: 'change the chocolate whey to just one',
        cart: [{ name: /Chocolate/, quantity: 1 }, { name: /Vanilla/ }, { name: /Creatine Monohydrate/ }],
      },
      { say: 'take out the vanilla', cart: [{ name: /Chocolate/ }, { name: /Creatine Monohydrate/ }] },
      {
        say: 'add a shaker in pink and a box of the cookie dough bars',
        cart: [
          { name: /Chocolate/ },
          { name: /Creatine Monohydrate/ },
          { name: /Shaker/, color: 'Pink' },
          { name: /Cookie Dough/ },
        ],
      },
      { say: 'empty my cart', cart: [] },
    ],
  },
  {
    name: 'colour correction and a spec question',
    language: 'en',
    steps: [
      { say: 'add a shaker bottle in black', cart: [{ name: /Shaker/, color: 'Black' }] },
      { say: 'no wait, the blue one', cart: [{ name: /Shaker/, color: 'Blue' }] },
      { say: 'is it dishwasher safe', notCalls: NO_SEARCH, reply: [/(yes|dishwasher safe)/i] },
    ],
  },
  {
    name: 'spec questions from the product text',
    language: 'en',
    steps: [
      { say: 'tell me about the ignite pre workout', calls: ['get_product'], reply: [/Ignite/] },
      { say: 'how much caffeine does it have', notCalls: NO_SEARCH, reply: [/300 mg/] },
      {
        say: 'does the calm pump have caffeine',
        notCalls: NO_SEARCH,
        reply: [/(no\b|0 mg|stimulant-free)/i],
        notReply: [/^yes/i],
      },
      { say: 'is the plant protein vegan', notCalls: NO_SEARCH, reply: [/(yes|vegan)/i] },
      {
        say: 'is the casein night protein gluten free',
        notCalls: NO_SEARCH,
        reply: [/(don.t know|doesn.t say|not sure)/i],
      },
      { say: 'how many calories in the cookie dough bar', notCalls: NO_SEARCH, reply: [/210/] },
    ],
  },
  {
    name: 'superlatives and comparison',
    language: 'en',
    steps: [
      { say: 'which protein powder has the most protein', reply: [/Whey Isolate/] },
      { say: 'the cheapest protein powder', reply: [/Plant Protein/] },
      { say: 'which pre workout has the most caffeine', reply: [/Ignite/] },
      { say: 'which protein bar has the fewest calories', reply: [/Peanut Butter/] },
      {
        say: 'compare the endurance gel and the caffeine free gel',
        calls: ['compare_products'],
        reply: [/Endurance/, /Caffeine-Free/],
      },
      { say: 'which one is cheaper', notCalls: NO_SEARCH, reply: [/Caffeine-Free/] },
    ],
  },
  {
    name: 'checkout needs a yes, cancel, policy, promos, human',
    language: 'en',
    steps: [
      { say: 'add the bcaa recovery powder', cart: [{ name: /BCAA/ }] },
      { say: 'i want to check out', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'yep, go ahead', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: 'oops, please cancel the order', orderStatus: 'placed', reply: [/(sure|confirm|yes)/i] },
      { say: 'yes', orderStatus: 'cancelled' },
      { say: "what's your return policy on opened tubs", calls: ['get_policy'], notCalls: NO_SEARCH },
      { say: 'do you have any deals', notCalls: NO_SEARCH, reply: [/SAVE10/] },
      { say: 'can i speak to someone', calls: ['request_human'] },
    ],
  },
  // Spanish shoppers on the English-only catalog.
  {
    name: 'categorías en español, marca y luego precio, negación',
    language: 'es',
    steps: [
      { say: 'qué proteínas en polvo tienen', shown: { category: 'protein-powder', count: 4 } },
      { say: 'solo las de ironfuel', shown: { category: 'protein-powder', brand: 'Ironfuel', count: 3 } },
      {
        say: 'de menos de cincuenta dólares',
        shown: { category: 'protein-powder', brand: 'Ironfuel', maxPrice: 50, count: 1 },
      },
      { say: 'empezar de nuevo', notCalls: NO_SEARCH },
      { say: 'pre entrenos', shown: { category: 'pre-workout' } },
      { say: 'geles energéticos de menos de 30', shown: { category: 'energy-gels', maxPrice: 30 } },
      { say: 'barritas de proteína', shown: { category: 'protein-bars', count: 2 } },
      { say: 'que no sean de verdant', shown: { category: 'protein-bars', notBrand: 'Verdant', count: 1 } },
      { say: 'creatina', shown: { category: 'creatine' } },
      { say: 'busco productos de hidratación', shown: { category: 'hydration' } },
      { say: 'aminoácidos', shown: { category: 'amino-acids' } },
      { say: 'vasos mezcladores', shown: { category: 'shakers' } },
    ],
  },
  {
    name: 'ordinales, pronombres, cantidades',
    language: 'es',
    steps: [
      { say: 'qué geles tienen', shown: { category: 'energy-gels' } },
      { say: 'añade el segundo', cartShown: 2, cart: [{ name: /Gel/, quantity: 1 }] },
      { say: 'mejor pon tres', cart: [{ name: /Gel/, quantity: 3 }] },
      { say: 'qué tengo en el carrito', reply: [/Gel/, /(84|78)/] },
      { say: 'quítalo', cart: [] },
    ],
  },
  {
    name: 'pesos, agotados, varios artículos',
    language: 'es',
    steps: [
      {
        say: 'añade dos botes de whey isolate de chocolate de cinco libras',
        cart: [{ name: /Whey Isolate Chocolate/, size: '5 lb', quantity: 2 }],
      },
      {
        say: 'y la de vainilla también de cinco libras',
        cart: [{ name: /Chocolate/ }],
        reply: [/agotad/i],
      },
      {
        say: 'entonces de dos libras',
        cart: [{ name: /Chocolate/ }, { name: /Whey Isolate Vanilla/, size: '2 lb' }],
      },
      { say: 'quita la de vainilla', cart: [{ name: /Chocolate/, quantity: 2 }] },
      { say: 'cambia la de chocolate a una', cart: [{ name: /Chocolate/, quantity: 1 }] },
      {
        say: 'añade la creatina monohidrato de 300 gramos y un shaker rosa',
        cart: [
          { name: /Chocolate/ },
          { name: /Creatine Monohydrate/, size: '300 g' },
          { name: /Shaker/, color: 'Pink' },
        ],
      },
      { say: 'vacía el carrito', cart: [] },
    ],
  },
  {
    name: 'corrección de color y preguntas',
    language: 'es',
    steps: [
      { say: 'añade un shaker negro', cart: [{ name: /Shaker/, color: 'Black' }] },
      { say: 'no, espera, el azul', cart: [{ name: /Shaker/, color: 'Blue' }] },
      { say: 'se puede lavar en el lavavajillas', notCalls: NO_SEARCH, reply: [/(sí|dishwasher)/i] },
      { say: 'háblame del pre entreno ignite', calls: ['get_product'], reply: [/Ignite/] },
      { say: 'cuánta cafeína tiene', notCalls: NO_SEARCH, reply: [/300 mg/] },
      {
        say: 'el calm pump lleva cafeína',
        notCalls: NO_SEARCH,
        reply: [/(no\b|0 mg|stimulant-free)/i],
        notReply: [/^sí/i],
      },
      { say: 'la proteína vegetal es vegana', notCalls: NO_SEARCH, reply: [/(sí|vegan)/i] },
      { say: 'cuántas calorías tiene la barrita cookie dough', notCalls: NO_SEARCH, reply: [/210/] },
      { say: 'cuál es la proteína más barata', reply: [/Plant Protein/] },
      { say: 'qué pre entreno tiene más cafeína', reply: [/Ignite/] },
      {
        say: 'compara el gel endurance y el gel sin cafeína',
        calls: ['compare_products'],
        reply: [/Endurance/, /Caffeine-Free/],
      },
      { say: 'cuál es más barato', notCalls: NO_SEARCH, reply: [/Caffeine-Free/] },
    ],
  },
  {
    name: 'pedido, cancelación, políticas, humano',
    language: 'es',
    steps: [
      { say: 'añade el bcaa', cart: [{ name: /BCAA/ }] },
      { say: 'quiero finalizar la compra', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'sí, adelante', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: 'cancela mi pedido', orderStatus: 'placed' },
      { say: 'sí, cancélalo', orderStatus: 'cancelled' },
      { say: 'cuál es su política de devoluciones', calls: ['get_policy'], notCalls: NO_SEARCH },
      { say: 'qué ofertas tienen', notCalls: NO_SEARCH, reply: [/SAVE10/] },
      { say: 'quiero hablar con una persona', calls: ['request_human'] },
    ],
  },
];
