/**
 * Scripted EN/ES conversations on the pool-supplies development catalog, written before the
 * engine work they measure: finding products by the shopper's words rather than the catalog's,
 * refinements and negations that keep the category and price, "A or B", and follow-ups that name
 * a product by a part of its name or what sets it apart from the others shown.
 */
import type { DevScript } from './harness.ts';

export const POOL_SCRIPTS: DevScript[] = [
  {
    name: 'goggles and pumps: refine, negate, either, start over, reference',
    language: 'en',
    steps: [
      { say: 'do you have swim glasses', shown: { category: 'swim-goggles', count: 2 } },
      { say: 'not the mirrored ones', shown: { category: 'swim-goggles', count: 1, some: /Junior/ } },
      { say: 'goggles or a mask', shown: { some: /Swim Mask/, none: /Pump|Float|Filter/ } },
      {
        say: 'ok start over. pool pumps under 500',
        shown: { category: 'pool-pumps', maxPrice: 500, count: 1 },
      },
      { say: 'show me all the pumps', shown: { category: 'pool-pumps', count: 2 } },
      { say: 'only the variable speed ones', shown: { category: 'pool-pumps', count: 1, some: /1\.5 HP/ } },
      { say: 'add the 1.5 one', cart: [{ name: /1\.5 HP/ }] },
    ],
  },
  {
    name: 'finding by what it is for',
    language: 'en',
    steps: [
      {
        say: 'pool chemicals under 30',
        shown: { maxPrice: 30, some: /Shock|pH Down/, none: /Goggles|Float|Vest/ },
      },
      { say: 'something to check the water', shown: { first: /Test Strips/ } },
      { say: 'a net for scooping leaves', shown: { first: /Skimmer/ } },
      { say: 'do you sell pool vacuums', shown: { first: /Robotic Pool Cleaner/ } },
      { say: 'something to keep the pool warm', shown: { first: /Solar Blanket/ } },
      { say: 'what do you have for cloudy water', shown: { first: /Shock/ } },
      { say: 'a floatie for my toddler', shown: { first: /Swim Vest/ } },
      {
        say: 'inflatable loungers under 45',
        shown: { category: 'pool-floats', maxPrice: 45, some: /Lazy River/ },
      },
      { say: 'a cover for the winter', shown: { first: /Winter Mesh/ } },
    ],
  },
  {
    name: 'filters, covers and the robot: products named by a part of their names',
    language: 'en',
    steps: [
      { say: 'show me pool filters', shown: { category: 'pool-filters', count: 2 } },
      { say: 'add the sand one', cart: [{ name: /Sand Filter/ }] },
      {
        say: 'and a cover for a 16 by 32 pool, under 200',
        shown: { category: 'pool-covers', maxPrice: 200, count: 1 },
      },
      { say: 'the clear one', cart: [{ name: /Sand Filter/ }, { name: /Solar Blanket/, color: 'Clear' }] },
      { say: 'tell me about the Nautilus', reply: [/Nautilus 300/] },
      {
        say: 'add the 300',
        cart: [{ name: /Sand Filter/ }, { name: /Solar Blanket/ }, { name: /Nautilus 300/ }],
      },
      { say: 'remove the robot', cart: [{ name: /Sand Filter/ }, { name: /Solar Blanket/ }] },
      {
        say: 'add the pH reducer and the test strips',
        cart: [
          { name: /Sand Filter/ },
          { name: /Solar Blanket/ },
          { name: /pH Down/ },
          { name: /Test Strips/ },
        ],
      },
    ],
  },
  {
    name: 'gafas y bombas: refinar, negar, una u otra, empezar de nuevo, referencia',
    language: 'es',
    steps: [
      { say: '¿tenéis gafas para nadar?', shown: { category: 'swim-goggles', count: 2 } },
      { say: 'las de espejo no', shown: { category: 'swim-goggles', count: 1, some: /Junior/ } },
      { say: 'gafas o una máscara', shown: { some: /Swim Mask/, none: /Pump|Float|Filter/ } },
      {
        say: 'vale, empecemos de nuevo. bombas de piscina por menos de 500',
        shown: { category: 'pool-pumps', maxPrice: 500, count: 1 },
      },
      { say: 'enséñame todas las bombas', shown: { category: 'pool-pumps', count: 2 } },
      { say: 'solo las de velocidad variable', shown: { category: 'pool-pumps', count: 1, some: /1\.5 HP/ } },
      { say: 'añade la de 1.5', cart: [{ name: /1\.5 HP/ }] },
    ],
  },
  {
    name: 'buscar por para qué sirve',
    language: 'es',
    steps: [
      {
        say: 'productos químicos para la piscina por menos de 30',
        shown: { maxPrice: 30, some: /Shock|pH Down/, none: /Goggles|Float|Vest/ },
      },
      { say: 'algo para medir el agua', shown: { first: /Test Strips/ } },
      { say: 'una red para sacar las hojas', shown: { first: /Skimmer/ } },
      { say: '¿vendéis limpiafondos?', shown: { first: /Robotic Pool Cleaner/ } },
      { say: 'algo para mantener la piscina caliente', shown: { first: /Solar Blanket/ } },
      { say: '¿qué tenéis para el agua turbia?', shown: { first: /Shock/ } },
      { say: 'un chaleco flotador para mi niño pequeño', shown: { first: /Swim Vest/ } },
      {
        say: 'colchonetas hinchables por menos de 45',
        shown: { category: 'pool-floats', maxPrice: 45, some: /Lazy River/ },
      },
      { say: 'una cubierta para el invierno', shown: { first: /Winter Mesh/ } },
    ],
  },
  {
    name: 'filtros, cubiertas y el robot: productos por una parte de su nombre',
    language: 'es',
    steps: [
      { say: 'enséñame filtros de piscina', shown: { category: 'pool-filters', count: 2 } },
      { say: 'añade el de arena', cart: [{ name: /Sand Filter/ }] },
      {
        say: 'y una cubierta para una piscina de 16 por 32, por menos de 200',
        shown: { category: 'pool-covers', maxPrice: 200, count: 1 },
      },
      { say: 'la transparente', cart: [{ name: /Sand Filter/ }, { name: /Solar Blanket/, color: 'Clear' }] },
      { say: 'háblame del Nautilus', reply: [/Nautilus 300/] },
      {
        say: 'añade el 300',
        cart: [{ name: /Sand Filter/ }, { name: /Solar Blanket/ }, { name: /Nautilus 300/ }],
      },
      { say: 'quita el robot', cart: [{ name: /Sand Filter/ }, { name: /Solar Blanket/ }] },
      {
        say: 'añade el reductor de pH y las tiras de prueba',
        cart: [
          { name: /Sand Filter/ },
          { name: /Solar Blanket/ },
          { name: /pH Down/ },
          { name: /Test Strips/ },
        ],
      },
    ],
  },
];
