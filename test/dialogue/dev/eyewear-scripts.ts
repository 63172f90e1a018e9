/**
 * EN/ES conversations on the eyewear store (eyewear-catalog.ts), written before the engine was
 * tuned on them (issue 12, options and variants): option values by the catalog's name, with units
 * ("58 mm", "2 fl oz") and in words ("fifty eight millimeter", "the two ounce"), a yes/no option
 * (Polarized), colour families onto multi-word lens colours, corrections that keep the other
 * option, quantities with options, sold-out variants refused with what is in stock, read-back and
 * remove.
 */
import type { DevScript } from './harness.ts';

const SOLD_OUT_EN = /(sold out|out of stock)/i;
const SOLD_OUT_ES = /agotad/i;

const AVIATOR = /Aviator/;
const WAYFARER = /Wayfarer/;
const READERS = /Reading Glasses/;
const SPRAY = /Anti-Fog/;
const ROUND = /Round Optical/;
const CLOTHS = /Cleaning Cloths/;
const RETAINER = /Retainer/;
const KIDS = /Kids Flexible/;

/** The same conversation in both languages: [EN words, ES words, expected outcome]. */
type Turn = [string, string, Omit<DevScript['steps'][number], 'say'> & { soldOut?: boolean }];

const LENSES: Turn[] = [
  ['do you have wayfarer sunglasses?', '¿tenéis gafas de sol wayfarer?', { shown: { some: WAYFARER } }],
  [
    'add the polar gray one, polarized',
    'añade las de Polar Gray, polarizadas',
    { cart: [{ name: WAYFARER, color: 'Polar Gray', options: { Polarized: 'Yes' } }] },
  ],
  [
    'two pairs of the clearview reading glasses, strength 1.5',
    'dos pares de las gafas de lectura Clearview, de 1.5',
    { cart: [{ name: WAYFARER }, { name: READERS, options: { Strength: '+1.50' }, quantity: 2 }] },
  ],
  [
    'and the anti-fog spray, the 8 fl oz',
    'y el spray antivaho, el de 8 fl oz',
    { cart: [{ name: WAYFARER }, { name: READERS }], reply: [/2 fl oz/], soldOut: true },
  ],
  [
    'fine, the two ounce one then',
    'vale, entonces el de dos onzas',
    {
      cart: [{ name: WAYFARER }, { name: READERS }, { name: SPRAY, options: { Volume: '2 fl oz' } }],
    },
  ],
  ["what's in my cart?", '¿qué hay en mi carrito?', { reply: [/Wayfarer/, /Reading Glasses/, /Anti-Fog/] }],
  ['remove the spray', 'quita el spray', { cart: [{ name: WAYFARER }, { name: READERS }] }],
];

const FRAMES: Turn[] = [
  ['show me the Solvane aviators', 'enséñame las aviador de Solvane', { shown: { some: AVIATOR } }],
  [
    'the 52 mm in amber brown please',
    'las de 52 mm en Amber Brown, por favor',
    { cart: [{ name: AVIATOR, color: 'Amber Brown', options: { 'Frame Size': '52 mm' } }] },
  ],
  [
    'actually switch that to the blue lens',
    'mejor cámbialas a la lente azul',
    { cart: [{ name: AVIATOR, color: 'Ocean Blue Mirror', options: { 'Frame Size': '52 mm' } }] },
  ],
  [
    'add another pair, the fifty eight millimeter in blue',
    'añade otro par, las de cincuenta y ocho milímetros en azul',
    { cart: [{ name: AVIATOR }], reply: [/Smoke Gray|Amber Brown/], soldOut: true },
  ],
  [
    'add the round optical frames in medium, tortoise',
    'añade la montura redonda Clearview en Medium, Tortoise',
    {
      cart: [{ name: AVIATOR }, { name: ROUND, color: 'Tortoise', options: { 'Frame Size': 'Medium' } }],
    },
  ],
  [
    'are the round frames prescription ready?',
    '¿la montura redonda admite graduación?',
    { reply: [/\b(yes|s[ií])\b/i, /prescription/i] },
  ],
  [
    'make those large instead',
    'mejor en Large',
    {
      cart: [{ name: AVIATOR }, { name: ROUND, color: 'Tortoise', options: { 'Frame Size': 'Large' } }],
    },
  ],
  [
    'add the sport wrap sunglasses in red',
    'añade las gafas Sport Wrap en rojo',
    { cart: [{ name: AVIATOR }, { name: ROUND }], reply: [/Volt Green|Ice Blue Mirror/], soldOut: true },
  ],
  [
    'ok, the green ones',
    'vale, las verdes',
    {
      cart: [{ name: AVIATOR }, { name: ROUND }, { name: /Sport Wrap/, color: 'Volt Green' }],
    },
  ],
];

const EXTRAS: Turn[] = [
  ['lens cleaning cloths please', 'paños de limpieza para gafas, por favor', { shown: { some: CLOTHS } }],
  [
    'three of the twelve pack',
    'tres del paquete de doce',
    { cart: [{ name: CLOTHS, options: { Pack: '12-pack' }, quantity: 3 }] },
  ],
  [
    'actually just two',
    'mejor solo dos',
    { cart: [{ name: CLOTHS, options: { Pack: '12-pack' }, quantity: 2 }] },
  ],
  [
    'add a floating retainer, the fourteen inch in neon orange',
    'añade una cinta flotante, la de catorce pulgadas en Neon Orange',
    {
      cart: [{ name: CLOTHS }, { name: RETAINER, color: 'Neon Orange', options: { Length: '14 in' } }],
    },
  ],
  [
    'and an 18 in one in neon orange too',
    'y otra de 18 in en Neon Orange también',
    { cart: [{ name: CLOTHS }, { name: RETAINER }], reply: [/Black/], soldOut: true },
  ],
  [
    'black then',
    'en negro entonces',
    {
      cart: [
        { name: CLOTHS },
        { name: RETAINER, color: 'Neon Orange' },
        { name: RETAINER, color: 'Black', options: { Length: '18 in' } },
      ],
    },
  ],
  [
    'the kids sunglasses, toddler size in pink',
    'las gafas de sol para niños, talla Toddler en rosa',
    {
      cart: [
        { name: CLOTHS },
        { name: RETAINER },
        { name: RETAINER },
        { name: KIDS, size: 'Toddler', color: 'Pink' },
      ],
    },
  ],
  ['read me my cart', 'léeme el carrito', { reply: [/Cleaning Cloths/, /Retainer/, /Kids Flexible/] }],
];

function scripts(name: string, turns: Turn[]): DevScript[] {
  return (['en', 'es'] as const).map((language) => ({
    name,
    language,
    steps: turns.map(([en, es, { soldOut, ...want }]) => ({
      say: language === 'en' ? en : es,
      ...want,
      reply: [...(soldOut ? [language === 'en' ? SOLD_OUT_EN : SOLD_OUT_ES] : []), ...(want.reply ?? [])],
    })),
  }));
}

export const EYEWEAR_SCRIPTS: DevScript[] = [
  ...scripts('lens colours by name, a yes/no option, units, sold out, read-back', LENSES),
  ...scripts('frame sizes in mm and words, colour families, corrections, a spec question', FRAMES),
  ...scripts('quantities with options, lengths in inches, sold out then the other colour', EXTRAS),
];
