/**
 * Scripted EN/ES conversations on the climbing store (climbing-catalog.ts), written before the
 * product-finding work of issue 12 touched the engine: a kind of product with a price or a need
 * ("for wide feet", "fits over ski pants"), refinements and negations that keep the kind, a
 * start over, and superlatives over numbers only the Body text or the title carries (weight,
 * diameter, thickness). Spanish as climbers in Spain and Latin America say it (pies de gato,
 * magnesio, cuerda, arnés, casco, crash pad, mosquetón).
 */
import type { DevScript } from './harness.ts';

export const CLIMBING_SCRIPTS: DevScript[] = [
  {
    name: 'shoes: a need, negation, price, superlative, sizes',
    language: 'en',
    steps: [
      {
        say: 'do you have climbing shoes for beginners?',
        shown: { category: 'climbing-shoes', first: /Tarantula/ },
      },
      {
        say: 'I have wide feet, which shoes would fit?',
        shown: { category: 'climbing-shoes', some: /Tarantula|Tradster/, none: /Katana|Drago/ },
      },
      { say: 'climbing shoes under 100', shown: { category: 'climbing-shoes', maxPrice: 100, count: 2 } },
      {
        say: 'not the kids ones',
        shown: { category: 'climbing-shoes', maxPrice: 100, count: 1, some: /Tarantula/ },
      },
      { say: 'add the Tarantula in 42.5', cart: [{ name: /Tarantula/, size: '42.5' }] },
      {
        say: 'show me downturned shoes',
        shown: { category: 'climbing-shoes', some: /Katana|Drago/, none: /Tarantula|Tradster|Rookie/ },
      },
      {
        say: 'only the Stonefly ones',
        shown: { category: 'climbing-shoes', brand: 'Stonefly', some: /Drago/, none: /Rookie/ },
      },
      { say: 'do you have the Drago in 40?', reply: [/sold out|out of stock/i] },
      { say: 'what is your cheapest climbing shoe', best: /Rookie/ },
    ],
  },
  {
    name: 'ropes and belaying: refine, superlatives from the text, start over',
    language: 'en',
    steps: [
      { say: 'show me your ropes', shown: { category: 'ropes', count: 4 } },
      { say: 'only the dynamic ones', shown: { category: 'ropes', count: 3, none: /Static/ } },
      { say: 'which one is the lightest?', best: /Falcon/ },
      { say: 'ropes under 150', shown: { category: 'ropes', maxPrice: 150 } },
      { say: 'the thickest rope', best: /Static 10\.5/ },
      { say: 'I need a 70 meter rope', shown: { category: 'ropes', first: /Falcon/ } },
      {
        say: 'add the gym rope, 60 metres, in lava',
        cart: [{ name: /Gym 9\.8/, options: { Length: '60 m' }, color: 'Lava' }],
      },
      {
        say: "let's start over. something to belay with for a beginner",
        shown: { category: 'belay-devices', first: /Gripmate/ },
      },
      { say: 'which belay device is the lightest', best: /Pico/ },
      {
        say: 'only the Vertix ones under 50',
        shown: { category: 'belay-devices', brand: 'Vertix', maxPrice: 50, count: 1 },
      },
      { say: 'locking carabiners', shown: { category: 'carabiners', none: /Wiregate/ } },
      { say: 'the lightest locking carabiner', best: /Triact/ },
    ],
  },
  {
    name: 'bouldering, helmets, harnesses: kinds, needs, biggest and lightest',
    language: 'en',
    steps: [
      { say: 'crash pads under 200', shown: { category: 'crash-pads', maxPrice: 200, count: 2 } },
      { say: 'which is the thickest?', best: /Taco Fold/ },
      { say: 'start over, what is your biggest crash pad', best: /Highball/ },
      { say: 'something for sweaty hands', shown: { first: /Liquid Chalk/ } },
      { say: 'a chalk bag in teal', shown: { category: 'chalk-bags', first: /Chalk Bag/ } },
      { say: 'add it', cart: [{ name: /Chalk Bag/, color: 'Teal' }] },
      { say: 'show me helmets', shown: { category: 'helmets', count: 2 } },
      { say: 'the lightest one', best: /Featherlight/ },
      { say: 'harnesses for kids', shown: { category: 'harnesses', first: /Kids Full Body/ } },
      {
        say: 'a harness that goes on over ski pants',
        shown: { category: 'harnesses', first: /Alpine Harness/ },
      },
      { say: 'harnesses under 90', shown: { category: 'harnesses', maxPrice: 90, count: 3 } },
      { say: 'the lightest of those', best: /Alpine Harness/ },
      { say: 'something to train finger strength at home', shown: { first: /Hangboard/ } },
    ],
  },
  {
    name: 'pies de gato: una necesidad, negación, precio, superlativo, tallas',
    language: 'es',
    steps: [
      {
        say: '¿tenéis pies de gato para principiantes?',
        shown: { category: 'climbing-shoes', first: /Tarantula/ },
      },
      {
        say: 'tengo el pie ancho, ¿cuáles me valdrían?',
        shown: { category: 'climbing-shoes', some: /Tarantula|Tradster/, none: /Katana|Drago/ },
      },
      {
        say: 'pies de gato por menos de 100',
        shown: { category: 'climbing-shoes', maxPrice: 100, count: 2 },
      },
      {
        say: 'los de niños no',
        shown: { category: 'climbing-shoes', maxPrice: 100, count: 1, some: /Tarantula/ },
      },
      { say: 'añade los Tarantula en la 42.5', cart: [{ name: /Tarantula/, size: '42.5' }] },
      {
        say: 'enséñame pies de gato agresivos',
        shown: { category: 'climbing-shoes', some: /Katana|Drago/, none: /Tarantula|Tradster|Rookie/ },
      },
      {
        say: 'solo los de Stonefly',
        shown: { category: 'climbing-shoes', brand: 'Stonefly', some: /Drago/, none: /Rookie/ },
      },
      { say: '¿tenéis los Drago en la 40?', reply: [/agotad/i] },
      { say: '¿cuál es el pie de gato más barato?', best: /Rookie/ },
    ],
  },
  {
    name: 'cuerdas y aseguradores: refinar, superlativos del texto, empezar de nuevo',
    language: 'es',
    steps: [
      { say: 'enséñame vuestras cuerdas', shown: { category: 'ropes', count: 4 } },
      { say: 'solo las dinámicas', shown: { category: 'ropes', count: 3, none: /Static/ } },
      { say: '¿cuál es la más ligera?', best: /Falcon/ },
      { say: 'cuerdas por menos de 150', shown: { category: 'ropes', maxPrice: 150 } },
      { say: 'la cuerda más gruesa', best: /Static 10\.5/ },
      { say: 'necesito una cuerda de 70 metros', shown: { category: 'ropes', first: /Falcon/ } },
      {
        say: 'añade la cuerda gym de 60 metros en lava',
        cart: [{ name: /Gym 9\.8/, options: { Length: '60 m' }, color: 'Lava' }],
      },
      {
        say: 'empecemos de nuevo. algo para asegurar para un principiante',
        shown: { category: 'belay-devices', first: /Gripmate/ },
      },
      { say: '¿cuál es el asegurador más ligero?', best: /Pico/ },
      {
        say: 'solo los de Vertix por menos de 50',
        shown: { category: 'belay-devices', brand: 'Vertix', maxPrice: 50, count: 1 },
      },
      { say: 'mosquetones de seguro', shown: { category: 'carabiners', none: /Wiregate/ } },
      { say: 'el mosquetón de seguro más ligero', best: /Triact/ },
    ],
  },
  {
    name: 'búlder, cascos, arneses: tipos, necesidades, el más grande y el más ligero',
    language: 'es',
    steps: [
      { say: 'crash pads por menos de 200', shown: { category: 'crash-pads', maxPrice: 200, count: 2 } },
      { say: '¿cuál es el más grueso?', best: /Taco Fold/ },
      { say: 'empecemos otra vez, ¿cuál es vuestro crash pad más grande?', best: /Highball/ },
      { say: 'algo para las manos que sudan', shown: { first: /Liquid Chalk/ } },
      { say: 'una bolsa de magnesio en teal', shown: { category: 'chalk-bags', first: /Chalk Bag/ } },
      { say: 'añádela', cart: [{ name: /Chalk Bag/, color: 'Teal' }] },
      { say: 'enséñame cascos', shown: { category: 'helmets', count: 2 } },
      { say: 'el más ligero', best: /Featherlight/ },
      { say: 'arneses para niños', shown: { category: 'harnesses', first: /Kids Full Body/ } },
      {
        say: 'un arnés que se pueda poner encima de los pantalones de esquí',
        shown: { category: 'harnesses', first: /Alpine Harness/ },
      },
      { say: 'arneses por menos de 90', shown: { category: 'harnesses', maxPrice: 90, count: 3 } },
      { say: 'el más ligero de esos', best: /Alpine Harness/ },
      { say: 'algo para entrenar la fuerza de dedos en casa', shown: { first: /Hangboard/ } },
    ],
  },
];
