/**
 * Cart requests on the invented nursery store, EN and ES: what each step asks is general (a count
 * with option values, several items, corrections, remove, promo, checkout), the words are this
 * store's own.
 */
import type { DevScript } from './harness.ts';

export const NURSERY_SCRIPTS: DevScript[] = [
  {
    name: 'nursery: several items, one value in stock, remove',
    language: 'en',
    steps: [
      { say: 'show me night lights', shown: { some: /Glowmoth/ } },
      {
        // Search listed only the Single pack in stock: it is the one meant.
        say: 'add two Glowmoth night lights and a Chewbee maple teether',
        cart: [
          { name: /Glowmoth/, quantity: 2, options: { Pack: 'Single' } },
          { name: /Maple/, quantity: 1 },
        ],
      },
      { say: 'take the night lights out', cart: [{ name: /Maple/ }] },
      { say: 'show me teethers', shown: { some: /Silicone/ } },
      { say: "I'll take the silicone one", cart: [{ name: /Maple/ }, { name: /Silicone/ }] },
    ],
  },
  {
    name: 'nursery: option values by a word, by size, corrections',
    language: 'en',
    steps: [
      { say: 'do you have diaper cream', shown: { some: /Snugwell/ } },
      {
        say: 'add a tube of the diaper cream, the big one',
        cart: [{ name: /Snugwell/, quantity: 1, options: { Volume: '16 oz' } }],
      },
      { say: 'show me baby wipes', shown: { some: /Pebble/ } },
      {
        say: 'plus one Pebble wipes, the refill pouches',
        cart: [
          { name: /Snugwell/ },
          { name: /Pebble/, quantity: 1, options: { Format: '3 Refill Pouches' } },
        ],
      },
      {
        say: 'on second thought, make the Pebble wipes a tub',
        cart: [{ name: /Snugwell/ }, { name: /Pebble/, quantity: 1, options: { Format: 'Tub 80' } }],
      },
      { say: 'tell me about the Lullaby crib sheet', calls: ['get_product'] },
      {
        // The sheet's sizes are its "Fit" option.
        say: "I'd like it in a medium",
        cart: [{ name: /Snugwell/ }, { name: /Pebble/ }, { name: /Lullaby/, options: { Fit: 'M' } }],
      },
      {
        // Bottles of a litre each, and a measure after an article: never counts.
        say: 'and two litre bottles of the Bubblebee wash plus a 2 oz Snugwell cream',
        cart: [
          { name: /Snugwell/, options: { Volume: '16 oz' } },
          { name: /Pebble/ },
          { name: /Lullaby/ },
          { name: /Bubblebee/, quantity: 2, options: { Volume: '1 L' } },
          { name: /Snugwell/, quantity: 1, options: { Volume: '2 oz' } },
        ],
      },
      { say: 'put SAVE10 on my order', calls: ['apply_promo'] },
      { say: 'alright, check me out now', calls: ['prepare_order'] },
    ],
  },
  {
    name: 'guardería: varios artículos, valores por palabra y por tamaño',
    language: 'es',
    steps: [
      { say: 'enséñame luces de noche', shown: { some: /Glowmoth/ } },
      {
        say: 'añade dos luces Glowmoth y un mordedor Chewbee de madera',
        cart: [
          { name: /Glowmoth/, quantity: 2, options: { Pack: 'Single' } },
          { name: /Maple/, quantity: 1 },
        ],
      },
      { say: '¿tienes crema para el pañal?', shown: { some: /Snugwell/ } },
      {
        say: 'añade la crema Snugwell, la grande',
        cart: [{ name: /Glowmoth/ }, { name: /Maple/ }, { name: /Snugwell/, options: { Volume: '16 oz' } }],
      },
      { say: 'pon SAVE10 en mi pedido', calls: ['apply_promo'] },
      { say: '¿qué llevo en la cesta?', calls: ['view_cart'] },
      { say: 'vacíame el carrito', cart: [] },
      {
        // Named before it was ever shown: looked up, then its value read.
        say: 'también necesito el Bubblebee Baby Wash de 500 ml',
        cart: [{ name: /Bubblebee/, quantity: 1, options: { Volume: '500 ml' } }],
      },
    ],
  },
];
