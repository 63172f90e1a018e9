/**
 * EN/ES conversations on the yoga & home-fitness store (yoga-catalog.ts), written before the
 * Spanish work of branch dlg-es touched the engine and scored once untouched. Each Spanish script
 * asks step by step what its English twin asks (so a step right in English and wrong in Spanish
 * shows a Spanish gap), in a shopper's own words: from Spain (tenéis, esterilla, ponme, sácame) or
 * Latin America with usted (muéstreme, agrégueme, quítela), decimal commas (7,5 kilos), clitics.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
// Not \b: after "í" (not a word character to a non-unicode regex) it never matches.
const YES = /^(S[ií]|Yes)(?![a-z])/i;
const SOLD_OUT_EN = /sold out|out of stock/i;
const SOLD_OUT_ES = /agotad/i;

export const YOGA_SCRIPTS: DevScript[] = [
  {
    name: 'mats: budget, own colour names, a spec, sold out, compare, cheapest',
    language: 'en',
    steps: [
      { say: 'hi, do you have yoga mats?', shown: { category: 'yoga-mats' } },
      { say: 'under 60', shown: { category: 'yoga-mats', maxPrice: 60 } },
      { say: 'the travel one in dusk pink', cart: [{ name: /Travel Yoga Mat/, color: 'Dusk Pink' }] },
      { say: 'how much does it weigh?', notCalls: NO_SEARCH, reply: [/0\.9 kg/] },
      { say: 'now show me the natural rubber mat', shown: { first: /Natural Rubber Yoga Mat/ } },
      { say: 'does it have latex?', notCalls: NO_SEARCH, reply: [/latex/i] },
      {
        say: "I'll take it in clay, 6 mm",
        reply: [SOLD_OUT_EN],
        cart: [{ name: /Travel Yoga Mat/ }],
      },
      {
        say: 'ok then the sage one in 6 mm',
        cart: [
          { name: /Travel Yoga Mat/ },
          { name: /Natural Rubber Yoga Mat/, color: 'Sage', options: { Thickness: '6 mm' } },
        ],
      },
      { say: 'compare the cork mat with the TPE one', calls: ['compare_products'] },
      { say: "what's the cheapest yoga mat?", shown: { first: /TPE Yoga Mat/ } },
      {
        say: 'give me two cork yoga blocks',
        cart: [
          { name: /Travel Yoga Mat/ },
          { name: /Natural Rubber/ },
          { name: /Cork Yoga Block/, quantity: 2 },
        ],
      },
      {
        say: 'remove the travel mat',
        cart: [{ name: /Natural Rubber/ }, { name: /Cork Yoga Block/, quantity: 2 }],
      },
      { say: "what's in my cart?", calls: ['view_cart'] },
    ],
  },
  {
    name: 'weights: decimal kilos, quantity, sold out, list references, a spec',
    language: 'en',
    steps: [
      { say: 'show me dumbbells', shown: { category: 'dumbbells' } },
      {
        say: 'I want the hex dumbbell in 7.5 kg',
        cart: [{ name: /Hex Dumbbell/, options: { Weight: '7.5 kg' } }],
      },
      { say: 'make it two', cart: [{ name: /Hex Dumbbell/, quantity: 2 }] },
      { say: 'and the 12.5 kg one?', reply: [SOLD_OUT_EN], cart: [{ name: /Hex Dumbbell/, quantity: 2 }] },
      { say: 'kettlebells under 50', shown: { category: 'kettlebells', maxPrice: 50 } },
      { say: 'add the second one in 8 kg', cartShown: 2 },
      {
        say: 'what weights does the cast iron kettlebell come in?',
        notCalls: NO_SEARCH,
        reply: [/8 kg/, /24 kg/],
      },
      { say: 'is the 20 kg one in stock?', reply: [SOLD_OUT_EN] },
      { say: 'do you have an adjustable dumbbell?', shown: { first: /Adjustable Dumbbell/ } },
      { say: 'how many dumbbells does it replace?', notCalls: NO_SEARCH, reply: [/15/] },
      {
        say: 'add it',
        cart: [{ name: /Hex Dumbbell/ }, { name: /Kettlebell/ }, { name: /Adjustable Dumbbell/ }],
      },
      {
        say: "actually remove it, it's too expensive",
        cart: [{ name: /Hex Dumbbell/ }, { name: /Kettlebell/ }],
      },
      {
        say: 'the neoprene pair in mint',
        cart: [{ name: /Hex Dumbbell/ }, { name: /Kettlebell/ }, { name: /Neoprene/, color: 'Mint' }],
      },
    ],
  },
  {
    name: 'bands, rollers, benches: by a feature, options, specs, promo, empty',
    language: 'en',
    steps: [
      { say: 'I need resistance bands', shown: { category: 'resistance-bands' } },
      { say: 'only the ones with handles', shown: { count: 1, some: /Tube Resistance Band/ } },
      { say: 'the heavy one', cart: [{ name: /Tube Resistance Band/, options: { Resistance: 'Heavy' } }] },
      { say: 'does it come with a door anchor?', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'foam rollers please', shown: { category: 'foam-rollers' } },
      {
        say: 'the textured one, in lime',
        cart: [{ name: /Tube/ }, { name: /Grid Foam Roller/, color: 'Lime' }],
      },
      {
        say: 'how long does the battery of the vibrating one last?',
        notCalls: NO_SEARCH,
        reply: [/3 hours/],
      },
      { say: 'show me weight benches', shown: { category: 'weight-benches', count: 2 } },
      { say: "what's the maximum load of the adjustable one?", notCalls: NO_SEARCH, reply: [/300 kg/] },
      {
        say: 'add the flat one',
        cart: [{ name: /Tube/ }, { name: /Grid Foam Roller/ }, { name: /Flat Weight Bench/ }],
      },
      { say: 'apply the code SAVE10', calls: ['apply_promo'] },
      { say: 'take the bench out', cart: [{ name: /Tube/ }, { name: /Grid Foam Roller/ }] },
      { say: 'empty my cart', cart: [] },
    ],
  },
  {
    name: 'esterillas (España): presupuesto, colores propios, una ficha, agotado, comparar, la más barata',
    language: 'es',
    steps: [
      { say: 'hola, ¿tenéis esterillas de yoga?', shown: { category: 'yoga-mats' } },
      { say: 'que cuesten menos de 60', shown: { category: 'yoga-mats', maxPrice: 60 } },
      { say: 'la de viaje, en rosa', cart: [{ name: /Travel Yoga Mat/, color: 'Dusk Pink' }] },
      { say: '¿cuánto pesa?', notCalls: NO_SEARCH, reply: [/0[.,]9 kg/] },
      { say: 'ahora enséñame la esterilla de caucho natural', shown: { first: /Natural Rubber Yoga Mat/ } },
      { say: '¿lleva látex?', notCalls: NO_SEARCH, reply: [/l[aá]tex/i] },
      {
        say: 'me la llevo en color arcilla, de 6 mm',
        reply: [SOLD_OUT_ES],
        cart: [{ name: /Travel Yoga Mat/ }],
      },
      {
        say: 'vale, pues añádemela en sage, de 6 milímetros',
        cart: [
          { name: /Travel Yoga Mat/ },
          { name: /Natural Rubber Yoga Mat/, color: 'Sage', options: { Thickness: '6 mm' } },
        ],
      },
      { say: 'compárame la esterilla de corcho con la de TPE', calls: ['compare_products'] },
      { say: '¿cuál es la esterilla de yoga más barata?', shown: { first: /TPE Yoga Mat/ } },
      {
        say: 'ponme dos bloques de yoga de corcho',
        cart: [
          { name: /Travel Yoga Mat/ },
          { name: /Natural Rubber/ },
          { name: /Cork Yoga Block/, quantity: 2 },
        ],
      },
      {
        say: 'quita la esterilla de viaje',
        cart: [{ name: /Natural Rubber/ }, { name: /Cork Yoga Block/, quantity: 2 }],
      },
      { say: '¿qué tengo en el carrito?', calls: ['view_cart'] },
    ],
  },
  {
    name: 'pesas (Latinoamérica, de usted): kilos con coma, cantidad, agotado, referencias, una ficha',
    language: 'es',
    steps: [
      { say: 'muéstreme mancuernas', shown: { category: 'dumbbells' } },
      {
        say: 'quiero la mancuerna hexagonal de 7,5 kilos',
        cart: [{ name: /Hex Dumbbell/, options: { Weight: '7.5 kg' } }],
      },
      { say: 'que sean dos', cart: [{ name: /Hex Dumbbell/, quantity: 2 }] },
      { say: '¿y la de 12,5 kg?', reply: [SOLD_OUT_ES], cart: [{ name: /Hex Dumbbell/, quantity: 2 }] },
      { say: 'kettlebells de menos de 50 dólares', shown: { category: 'kettlebells', maxPrice: 50 } },
      { say: 'agrégueme la segunda, de 8 kilos', cartShown: 2 },
      {
        say: '¿en qué pesos viene la pesa rusa de hierro fundido?',
        notCalls: NO_SEARCH,
        reply: [/8 kg/, /24 kg/],
      },
      { say: '¿la de 20 kilos la tiene disponible?', reply: [SOLD_OUT_ES] },
      { say: '¿tiene mancuernas ajustables?', shown: { first: /Adjustable Dumbbell/ } },
      { say: '¿a cuántas mancuernas reemplaza?', notCalls: NO_SEARCH, reply: [/15/] },
      {
        say: 'agréguela',
        cart: [{ name: /Hex Dumbbell/ }, { name: /Kettlebell/ }, { name: /Adjustable Dumbbell/ }],
      },
      {
        say: 'mejor quítela, está muy cara',
        cart: [{ name: /Hex Dumbbell/ }, { name: /Kettlebell/ }],
      },
      {
        say: 'el par de neopreno en color menta',
        cart: [{ name: /Hex Dumbbell/ }, { name: /Kettlebell/ }, { name: /Neoprene/, color: 'Mint' }],
      },
    ],
  },
  {
    name: 'bandas, rodillos, bancos (España): por una característica, opciones, fichas, cupón, vaciar',
    language: 'es',
    steps: [
      { say: 'necesito bandas de resistencia', shown: { category: 'resistance-bands' } },
      { say: 'solo las que tienen asas', shown: { count: 1, some: /Tube Resistance Band/ } },
      { say: 'la fuerte', cart: [{ name: /Tube Resistance Band/, options: { Resistance: 'Heavy' } }] },
      { say: '¿viene con anclaje para la puerta?', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'rodillos de espuma, por favor', shown: { category: 'foam-rollers' } },
      {
        say: 'el texturizado, en lima',
        cart: [{ name: /Tube/ }, { name: /Grid Foam Roller/, color: 'Lime' }],
      },
      { say: '¿cuánto dura la batería del que vibra?', notCalls: NO_SEARCH, reply: [/3 h/] },
      { say: 'enséñame bancos de pesas', shown: { category: 'weight-benches', count: 2 } },
      { say: '¿cuál es la carga máxima del regulable?', notCalls: NO_SEARCH, reply: [/300 kg/] },
      {
        say: 'añade el plano',
        cart: [{ name: /Tube/ }, { name: /Grid Foam Roller/ }, { name: /Flat Weight Bench/ }],
      },
      { say: 'aplica el código SAVE10', calls: ['apply_promo'] },
      { say: 'sácame el banco', cart: [{ name: /Tube/ }, { name: /Grid Foam Roller/ }] },
      { say: 'vacíame el carrito', cart: [] },
    ],
  },
];
