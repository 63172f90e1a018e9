/**
 * Scripted EN/ES conversations on the home-brewing store (homebrew-catalog.ts), written before
 * the product-finding work of issue 12 touched the engine: kinds of product with a price or a
 * need ("for a pilsner", "doesn't need temperature control", "I don't have to rinse"),
 * negations and refinements that keep the kind, start over, and superlatives over numbers only
 * the Body text carries (capacity in litres, ABV, alpha acid). Spanish as home brewers in Spain
 * and Latin America say it (fermentador, levadura, lúpulo, barril, chapas, cerveza casera).
 */
import type { DevScript } from './harness.ts';

export const HOMEBREW_SCRIPTS: DevScript[] = [
  {
    name: 'getting started: fermenters, kits, negation, capacity',
    language: 'en',
    steps: [
      { say: "I'm new to brewing, what do I need to get started?", shown: { first: /Starter Brewing Kit/ } },
      { say: 'fermenters under 50', shown: { category: 'fermenters', maxPrice: 50, count: 3 } },
      { say: 'not the glass ones', shown: { category: 'fermenters', count: 1, some: /Bucket/ } },
      { say: 'start over. which fermenter holds the most?', best: /30 L Fermenting Bucket/ },
      { say: 'the smallest one', best: /5 L Glass/ },
      { say: 'stainless steel fermenters', shown: { category: 'fermenters', first: /Conical/ } },
      { say: 'show me kettles', shown: { category: 'kettles', count: 2 } },
      { say: 'the biggest one', best: /Electric Brewer/ },
      { say: 'only the ones under 200', shown: { category: 'kettles', maxPrice: 200, count: 1 } },
      { say: 'add it', cart: [{ name: /35 L Stainless Brew Kettle/ }] },
    ],
  },
  {
    name: 'ingredients: styles, strongest, highest alpha acid, yeast by need',
    language: 'en',
    steps: [
      { say: 'do you have IPA kits?', shown: { category: 'recipe-kits', first: /West Coast IPA/ } },
      { say: 'show me the stout kits', shown: { category: 'recipe-kits', count: 2, none: /IPA|Hefeweizen/ } },
      { say: 'which is the strongest?', best: /Imperial Stout/ },
      {
        say: 'add the Irish stout, 23 litres',
        cart: [{ name: /Irish Stout/, options: { 'Batch Size': '23 L' } }],
      },
      { say: 'hops for a pilsner', shown: { category: 'hops', first: /Saaz/ } },
      { say: 'which hops have the highest alpha acid?', best: /Citra/ },
      {
        say: 'add 100 g of the Citra',
        cart: [{ name: /Irish Stout/ }, { name: /Citra/, options: { Weight: '100 g' } }],
      },
      { say: 'yeast for lagers', shown: { category: 'yeast', first: /Lager/ } },
      { say: "a yeast that doesn't need temperature control", shown: { category: 'yeast', first: /Kveik/ } },
      { say: 'dry yeast under 10', shown: { category: 'yeast', maxPrice: 10, count: 2 } },
      { say: 'not the lager one', shown: { category: 'yeast', count: 1, some: /American Ale/ } },
      { say: 'malt extract', shown: { category: 'malt', first: /Dry Malt Extract/ } },
    ],
  },
  {
    name: 'bottling, kegging, cleaning: kinds, needs, cheapest, brand',
    language: 'en',
    steps: [
      { say: 'do you have brown beer bottles?', shown: { first: /Beer Bottles/ } },
      {
        say: 'add the 24 pack in amber',
        cart: [{ name: /Beer Bottles/, color: 'Amber', options: { Pack: '24-Pack' } }],
      },
      { say: 'something to put the caps on the bottles', shown: { first: /Bench Capper/ } },
      { say: 'show me kegs', shown: { category: 'kegging', count: 2 } },
      { say: 'the cheapest one', best: /Mini Keg/ },
      { say: "a sanitizer I don't have to rinse", shown: { category: 'cleaning', first: /No-Rinse/ } },
      { say: 'something to cool the wort quickly', shown: { first: /Wort Chiller/ } },
      { say: 'how can I measure the alcohol of my beer?', shown: { first: /Hydrometer/ } },
      { say: 'Copperline gear under 200', shown: { brand: 'Copperline', maxPrice: 200, count: 3 } },
      { say: 'not the kettle', shown: { brand: 'Copperline', maxPrice: 200, count: 2, none: /Kettle/ } },
    ],
  },
  {
    name: 'para empezar: fermentadores, kits, negación, capacidad',
    language: 'es',
    steps: [
      {
        say: 'soy nuevo haciendo cerveza, ¿qué necesito para empezar?',
        shown: { first: /Starter Brewing Kit/ },
      },
      { say: 'fermentadores por menos de 50', shown: { category: 'fermenters', maxPrice: 50, count: 3 } },
      { say: 'los de cristal no', shown: { category: 'fermenters', count: 1, some: /Bucket/ } },
      { say: 'empecemos de nuevo. ¿qué fermentador tiene más capacidad?', best: /30 L Fermenting Bucket/ },
      { say: 'el más pequeño', best: /5 L Glass/ },
      { say: 'fermentadores de acero inoxidable', shown: { category: 'fermenters', first: /Conical/ } },
      { say: 'enséñame ollas', shown: { category: 'kettles', count: 2 } },
      { say: 'la más grande', best: /Electric Brewer/ },
      { say: 'solo las de menos de 200', shown: { category: 'kettles', maxPrice: 200, count: 1 } },
      { say: 'añádela', cart: [{ name: /35 L Stainless Brew Kettle/ }] },
    ],
  },
  {
    name: 'ingredientes: estilos, la más fuerte, más alfa ácidos, levadura por necesidad',
    language: 'es',
    steps: [
      { say: '¿tenéis kits de IPA?', shown: { category: 'recipe-kits', first: /West Coast IPA/ } },
      {
        say: 'enséñame los kits de stout',
        shown: { category: 'recipe-kits', count: 2, none: /IPA|Hefeweizen/ },
      },
      { say: '¿cuál es la más fuerte?', best: /Imperial Stout/ },
      {
        say: 'añade la Irish stout de 23 litros',
        cart: [{ name: /Irish Stout/, options: { 'Batch Size': '23 L' } }],
      },
      { say: 'lúpulo para una pilsner', shown: { category: 'hops', first: /Saaz/ } },
      { say: '¿qué lúpulo tiene más alfa ácidos?', best: /Citra/ },
      {
        say: 'añade 100 g del Citra',
        cart: [{ name: /Irish Stout/ }, { name: /Citra/, options: { Weight: '100 g' } }],
      },
      { say: 'levadura para lager', shown: { category: 'yeast', first: /Lager/ } },
      {
        say: 'una levadura que no necesite control de temperatura',
        shown: { category: 'yeast', first: /Kveik/ },
      },
      { say: 'levadura seca por menos de 10', shown: { category: 'yeast', maxPrice: 10, count: 2 } },
      { say: 'la de lager no', shown: { category: 'yeast', count: 1, some: /American Ale/ } },
      { say: 'extracto de malta', shown: { category: 'malt', first: /Dry Malt Extract/ } },
    ],
  },
  {
    name: 'embotellado, barriles, limpieza: tipos, necesidades, el más barato, marca',
    language: 'es',
    steps: [
      { say: '¿tenéis botellas de cerveza marrones?', shown: { first: /Beer Bottles/ } },
      {
        say: 'añade el pack de 24 en ámbar',
        cart: [{ name: /Beer Bottles/, color: 'Amber', options: { Pack: '24-Pack' } }],
      },
      { say: 'algo para poner las chapas a las botellas', shown: { first: /Bench Capper/ } },
      { say: 'enséñame barriles', shown: { category: 'kegging', count: 2 } },
      { say: 'el más barato', best: /Mini Keg/ },
      { say: 'un desinfectante que no haya que aclarar', shown: { category: 'cleaning', first: /No-Rinse/ } },
      { say: 'algo para enfriar el mosto rápido', shown: { first: /Wort Chiller/ } },
      { say: '¿cómo puedo medir el alcohol de mi cerveza?', shown: { first: /Hydrometer/ } },
      {
        say: 'productos de Copperline por menos de 200',
        shown: { brand: 'Copperline', maxPrice: 200, count: 3 },
      },
      { say: 'la olla no', shown: { brand: 'Copperline', maxPrice: 200, count: 2, none: /Kettle/ } },
    ],
  },
];
