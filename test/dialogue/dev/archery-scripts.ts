/**
 * EN/ES conversations on the archery store (archery-catalog.ts), written before the Spanish work of
 * branch dlg-es touched the engine and scored once untouched. Each Spanish script asks step by step
 * what its English twin asks, the way Spanish-speaking archers talk: draw weight in libras, diestro /
 * zurdo, dactilera, carcaj, dianas; from Spain (tenéis, añádeme, sácame) or Latin America with usted
 * (muéstreme, agrégueme, vacíe), decimal commas.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT_EN = /sold out|out of stock/i;
const SOLD_OUT_ES = /agotad/i;

export const ARCHERY_SCRIPTS: DevScript[] = [
  {
    name: 'a first recurve: draw weight and hand, sold out, arrows, tab, arm guard',
    language: 'en',
    steps: [
      { say: "I'm looking for a recurve bow for a beginner", shown: { some: /Takedown Recurve Bow/ } },
      {
        say: 'the takedown one, 25 pounds, right handed',
        cart: [{ name: /Takedown Recurve/, options: { 'Draw Weight': '25 lb', Hand: 'Right' } }],
      },
      { say: 'do you have it in 25 pounds for left handers?', reply: [SOLD_OUT_EN] },
      { say: 'what does it weigh?', notCalls: NO_SEARCH, reply: [/1\.1 kg/] },
      { say: 'I also need arrows', shown: { category: 'arrows' } },
      {
        say: 'the carbon ones, spine 600',
        cart: [{ name: /Takedown/ }, { name: /Carbon Target Arrows/, options: { Spine: '600' } }],
      },
      { say: 'how long are they?', notCalls: NO_SEARCH, reply: [/31\.5/] },
      {
        say: 'and a finger tab, medium, right hand',
        cart: [
          { name: /Takedown/ },
          { name: /Carbon/ },
          { name: /Finger Tab/, size: 'M', options: { Hand: 'Right' } },
        ],
      },
      { say: 'an arm guard', shown: { category: 'arm-guards' } },
      {
        say: 'the leather one in brown',
        cart: [
          { name: /Takedown/ },
          { name: /Carbon/ },
          { name: /Finger Tab/ },
          { name: /Leather Arm Guard/, color: 'Saddle Brown' },
        ],
      },
      {
        say: 'remove the arrows',
        cart: [{ name: /Takedown/ }, { name: /Finger Tab/ }, { name: /Leather Arm Guard/ }],
      },
      { say: "what's in my cart?", calls: ['view_cart'] },
    ],
  },
  {
    name: 'compound and targets: superlative from the text, options, compare, a spec, sold out',
    language: 'en',
    steps: [
      { say: 'show me compound bows', shown: { category: 'compound-bows', count: 2 } },
      { say: 'which one is the fastest?', reply: [/Vector/] },
      {
        say: 'add the Vector in camo, 60 to 70 pounds',
        cart: [{ name: /Vector/, color: 'Woodland Camo', options: { 'Draw Weight': '60-70 lb' } }],
      },
      { say: 'and a sight for it', shown: { category: 'sights' } },
      {
        say: 'the five pin one in camo',
        cart: [{ name: /Vector/ }, { name: /Five-Pin Bow Sight/, color: 'Woodland Camo' }],
      },
      { say: 'targets under 100', shown: { category: 'targets', maxPrice: 100 } },
      { say: 'compare the bag target with the foam block', calls: ['compare_products'] },
      { say: 'how much does the deer target weigh?', notCalls: NO_SEARCH, reply: [/14 kg/] },
      {
        say: 'add the bag target, the 24 inch one',
        cart: [{ name: /Vector/ }, { name: /Sight/ }, { name: /Bag Target/, size: '24 in' }],
      },
      {
        say: 'and paper target faces, 80 cm',
        cart: [{ name: /Vector/ }, { name: /Sight/ }, { name: /Bag Target/ }, { name: /Target Faces/ }],
      },
      { say: 'do you have the 122?', reply: [SOLD_OUT_EN] },
      { say: 'use code SAVE10', calls: ['apply_promo'] },
      { say: 'empty the cart', cart: [] },
    ],
  },
  {
    name: 'traditional: longbow, wooden arrows, quantity, quiver, stringer, bowstring',
    language: 'en',
    steps: [
      { say: 'do you sell longbows?', shown: { some: /Longbow/ } },
      { say: 'what draw weights does it come in?', notCalls: NO_SEARCH, reply: [/30 lb/, /40 lb/] },
      { say: 'add the 40 pound one', cart: [{ name: /Longbow/, options: { 'Draw Weight': '40 lb' } }] },
      { say: 'wooden arrows for it', shown: { first: /Cedar Arrows/ } },
      {
        say: 'the 30 inch ones, two packs',
        cart: [{ name: /Longbow/ }, { name: /Cedar Arrows/, quantity: 2, options: { Length: '30 in' } }],
      },
      {
        say: 'actually just one pack',
        cart: [{ name: /Longbow/ }, { name: /Cedar Arrows/, quantity: 1 }],
      },
      { say: 'show me quivers', shown: { category: 'quivers', count: 3 } },
      {
        say: 'the back quiver in black',
        cart: [{ name: /Longbow/ }, { name: /Cedar/ }, { name: /Back Quiver/, color: 'Black' }],
      },
      { say: 'how many arrows does it hold?', notCalls: NO_SEARCH, reply: [/24/] },
      { say: 'do you have a bow stringer?', shown: { first: /Stringer/ } },
      {
        say: 'add it',
        cart: [{ name: /Longbow/ }, { name: /Cedar/ }, { name: /Back Quiver/ }, { name: /Stringer/ }],
      },
      { say: 'remove the quiver', cart: [{ name: /Longbow/ }, { name: /Cedar/ }, { name: /Stringer/ }] },
      {
        say: 'and a string for a 68 inch bow',
        cart: [
          { name: /Longbow/ },
          { name: /Cedar/ },
          { name: /Stringer/ },
          { name: /Bowstring/, options: { 'Bow Length': '68 in' } },
        ],
      },
    ],
  },
  {
    name: 'un primer recurvo (España): potencia y mano, agotado, flechas, dactilera, protector',
    language: 'es',
    steps: [
      { say: 'busco un arco recurvo para empezar', shown: { some: /Takedown Recurve Bow/ } },
      {
        say: 'el desmontable, de 25 libras, para diestros',
        cart: [{ name: /Takedown Recurve/, options: { 'Draw Weight': '25 lb', Hand: 'Right' } }],
      },
      { say: '¿lo tenéis de 25 libras para zurdos?', reply: [SOLD_OUT_ES] },
      { say: '¿cuánto pesa?', notCalls: NO_SEARCH, reply: [/1[.,]1 kg/] },
      { say: 'también necesito flechas', shown: { category: 'arrows' } },
      {
        say: 'las de carbono, spine 600',
        cart: [{ name: /Takedown/ }, { name: /Carbon Target Arrows/, options: { Spine: '600' } }],
      },
      { say: '¿qué largo tienen?', notCalls: NO_SEARCH, reply: [/31[.,]5/] },
      {
        say: 'y una dactilera, talla M, para diestro',
        cart: [
          { name: /Takedown/ },
          { name: /Carbon/ },
          { name: /Finger Tab/, size: 'M', options: { Hand: 'Right' } },
        ],
      },
      { say: 'un protector de brazo', shown: { category: 'arm-guards' } },
      {
        say: 'el de cuero en marrón',
        cart: [
          { name: /Takedown/ },
          { name: /Carbon/ },
          { name: /Finger Tab/ },
          { name: /Leather Arm Guard/, color: 'Saddle Brown' },
        ],
      },
      {
        say: 'quítame las flechas',
        cart: [{ name: /Takedown/ }, { name: /Finger Tab/ }, { name: /Leather Arm Guard/ }],
      },
      { say: '¿qué llevo en el carrito?', calls: ['view_cart'] },
    ],
  },
  {
    name: 'poleas y dianas (Latinoamérica, de usted): superlativo del texto, opciones, comparar, agotado',
    language: 'es',
    steps: [
      { say: 'muéstreme arcos compuestos', shown: { category: 'compound-bows', count: 2 } },
      { say: '¿cuál es el más rápido?', reply: [/Vector/] },
      {
        say: 'agrégueme el Vector en camuflaje, de 60 a 70 libras',
        cart: [{ name: /Vector/, color: 'Woodland Camo', options: { 'Draw Weight': '60-70 lb' } }],
      },
      { say: 'y una mira para ese arco', shown: { category: 'sights' } },
      {
        say: 'la de cinco pines en camuflaje',
        cart: [{ name: /Vector/ }, { name: /Five-Pin Bow Sight/, color: 'Woodland Camo' }],
      },
      { say: 'blancos de menos de 100 dólares', shown: { category: 'targets', maxPrice: 100 } },
      { say: 'compáreme el blanco de bolsa con el bloque de espuma', calls: ['compare_products'] },
      { say: '¿cuánto pesa el venado 3D?', notCalls: NO_SEARCH, reply: [/14 kg/] },
      {
        say: 'agregue el de bolsa, el de 24 pulgadas',
        cart: [{ name: /Vector/ }, { name: /Sight/ }, { name: /Bag Target/, size: '24 in' }],
      },
      {
        say: 'y dianas de papel de 80 cm',
        cart: [{ name: /Vector/ }, { name: /Sight/ }, { name: /Bag Target/ }, { name: /Target Faces/ }],
      },
      { say: '¿tiene la de 122?', reply: [SOLD_OUT_ES] },
      { say: 'use el código SAVE10', calls: ['apply_promo'] },
      { say: 'vacíe el carrito', cart: [] },
    ],
  },
  {
    name: 'tradicional (España): arco largo, flechas de madera, cantidad, carcaj, encordador, cuerda',
    language: 'es',
    steps: [
      { say: '¿vendéis arcos largos?', shown: { some: /Longbow/ } },
      { say: '¿en qué potencias lo tenéis?', notCalls: NO_SEARCH, reply: [/30 lb/, /40 lb/] },
      { say: 'añádeme el de 40 libras', cart: [{ name: /Longbow/, options: { 'Draw Weight': '40 lb' } }] },
      { say: 'flechas de madera para ese arco', shown: { first: /Cedar Arrows/ } },
      {
        say: 'las de 30 pulgadas, dos paquetes',
        cart: [{ name: /Longbow/ }, { name: /Cedar Arrows/, quantity: 2, options: { Length: '30 in' } }],
      },
      {
        say: 'mejor solo un paquete',
        cart: [{ name: /Longbow/ }, { name: /Cedar Arrows/, quantity: 1 }],
      },
      { say: 'enséñame carcajes', shown: { category: 'quivers', count: 3 } },
      {
        say: 'el de espalda en negro',
        cart: [{ name: /Longbow/ }, { name: /Cedar/ }, { name: /Back Quiver/, color: 'Black' }],
      },
      { say: '¿cuántas flechas caben?', notCalls: NO_SEARCH, reply: [/24/] },
      { say: '¿tenéis encordador?', shown: { first: /Stringer/ } },
      {
        say: 'añádemelo',
        cart: [{ name: /Longbow/ }, { name: /Cedar/ }, { name: /Back Quiver/ }, { name: /Stringer/ }],
      },
      { say: 'sácame el carcaj', cart: [{ name: /Longbow/ }, { name: /Cedar/ }, { name: /Stringer/ }] },
      {
        say: 'y una cuerda para un arco de 68 pulgadas',
        cart: [
          { name: /Longbow/ },
          { name: /Cedar/ },
          { name: /Stringer/ },
          { name: /Bowstring/, options: { 'Bow Length': '68 in' } },
        ],
      },
    ],
  },
];
