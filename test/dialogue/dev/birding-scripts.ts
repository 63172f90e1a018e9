/**
 * EN/ES conversations on the bird-feeding store (birding-catalog.ts), written before any engine
 * change for issue 12's "acting on what was shown" work: adds by a short name ("the guardian"),
 * by option values with units and in words ("six ports", "forty pounds", "the fourteen inch"),
 * ordinals over the list shown, sold-out variants refused with what is in stock and "X then";
 * quantities changed, lines removed, the cart read back; spec questions about the product in focus
 * answered from its Body text (yes, a stated or implied no, a figure with its unit, "I don't
 * know"), and follow-ups that name only the other product ("and the guardian?").
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT_EN = /(sold out|out of stock)/i;
const SOLD_OUT_ES = /agotad/i;
const YES = /^(yes|sí)(?![a-z])/i;
const NO = /^no\b/i;
const DONT_KNOW = /(don'?t|doesn'?t) (know|say)|no lo sé|no (lo )?dice/i;
const TOTAL = /\$\d+\.\d\d|\d+,\d\d\s?US\$/;

const GUARDIAN = /Guardian Squirrel-Proof/;
const TUBE = /Classic Tube Feeder/;
const TRAY = /Seed Catcher/;
const SUNFLOWER = /Black Oil Sunflower/;
const NO_MESS = /No-Mess/;
const SUET = /Suet Cakes/;
const PEDESTAL = /Pedestal Bird Bath/;
const HEATED = /Heated Bird Bath/;
const COMPACT = /8x25 Compact/;

/** The same conversation in both languages: [EN words, ES words, expected outcome]. */
type Turn = [string, string, Omit<DevScript['steps'][number], 'say'> & { soldOut?: boolean }];

const FEEDERS: Turn[] = [
  [
    "I want a feeder the squirrels can't get into",
    'quiero un comedero a prueba de ardillas',
    { shown: { some: GUARDIAN } },
  ],
  [
    'is the classic tube feeder squirrel proof?',
    '¿el comedero Classic Tube es a prueba de ardillas?',
    { notCalls: NO_SEARCH, reply: [NO], notReply: [DONT_KNOW] },
  ],
  ['and the guardian?', '¿y el Guardian?', { notCalls: NO_SEARCH, reply: [YES] }],
  ['how much seed does it hold?', '¿cuánta semilla le cabe?', { notCalls: NO_SEARCH, reply: [/2\.6 ?lb/] }],
  [
    'add the guardian, the plus size',
    'añade el Guardian, el Plus',
    { cart: [], reply: [/Standard/], soldOut: true },
  ],
  ['the standard one then', 'pues el Standard', { cart: [{ name: GUARDIAN, size: 'Standard' }] }],
  ['show me tube feeders', 'enséñame comederos de tubo', { shown: { some: TUBE } }],
  [
    'the classic, six ports in copper',
    'el Classic, de seis puertos en Copper',
    { cart: [{ name: GUARDIAN }], reply: [/Forest Green|4 ports/], soldOut: true },
  ],
  [
    'then forest green',
    'entonces en Forest Green',
    { cart: [{ name: GUARDIAN }, { name: TUBE, color: 'Forest Green', options: { Ports: '6 ports' } }] },
  ],
  [
    'and a seed catcher tray',
    'y una bandeja recogesemillas Seed Catcher',
    { cart: [{ name: GUARDIAN }, { name: TUBE }, { name: TRAY }] },
  ],
  ['what have I got so far?', '¿qué llevo hasta ahora?', { reply: [GUARDIAN, TUBE, TRAY, TOTAL] }],
  ['take off the tray', 'quita la bandeja', { cart: [{ name: GUARDIAN }, { name: TUBE }] }],
  [
    'change the tube feeder to the four port one',
    'cambia el de tubo al de cuatro puertos',
    { cart: [{ name: GUARDIAN }, { name: TUBE, color: 'Forest Green', options: { Ports: '4 ports' } }] },
  ],
];

const SEED: Turn[] = [
  ['show me bird seed', 'enséñame semillas para pájaros', { shown: { some: SUNFLOWER } }],
  [
    'the black oil sunflower, forty pounds',
    'la de girasol, la de cuarenta libras',
    { cart: [], reply: [/20 lb|5 lb/], soldOut: true },
  ],
  ['twenty then', 'entonces la de veinte', { cart: [{ name: SUNFLOWER, options: { Weight: '20 lb' } }] }],
  ['make it two bags', 'que sean dos bolsas', { cart: [{ name: SUNFLOWER, quantity: 2 }] }],
  [
    'does the no-mess blend leave shells on the ground?',
    '¿la mezcla No-Mess deja cáscaras en el suelo?',
    { notCalls: NO_SEARCH, reply: [NO], notReply: [DONT_KNOW] },
  ],
  [
    'add the 5 pound bag of it',
    'añade la bolsa de 5 libras',
    { cart: [{ name: SUNFLOWER }, { name: NO_MESS, options: { Weight: '5 lb' } }] },
  ],
  [
    'suet cakes, berry, the twelve pack',
    'bloques de sebo, de Berry, el paquete de doce',
    { cart: [{ name: SUNFLOWER }, { name: NO_MESS }], reply: [/6-pack|Peanut|Insect/], soldOut: true },
  ],
  [
    'ok the six pack',
    'vale, el de seis',
    {
      cart: [
        { name: SUNFLOWER },
        { name: NO_MESS },
        { name: SUET, options: { Flavor: 'Berry', Pack: '6-pack' } },
      ],
    },
  ],
  ['do they melt in summer?', '¿se derriten en verano?', { notCalls: NO_SEARCH, reply: [/100 ?°F/] }],
  [
    'three of the peanut six pack too',
    'y tres del de Peanut de seis',
    {
      cart: [
        { name: SUNFLOWER },
        { name: NO_MESS },
        { name: SUET, options: { Flavor: 'Berry' } },
        { name: SUET, options: { Flavor: 'Peanut', Pack: '6-pack' }, quantity: 3 },
      ],
    },
  ],
  ['read me my cart', 'léeme el carrito', { reply: [SUNFLOWER, NO_MESS, SUET, TOTAL] }],
  [
    'remove one bag of the sunflower seed',
    'quita una bolsa de la de girasol',
    {
      cart: [
        { name: SUNFLOWER, quantity: 1 },
        { name: NO_MESS },
        { name: SUET, options: { Flavor: 'Berry' } },
        { name: SUET, options: { Flavor: 'Peanut' } },
      ],
    },
  ],
  [
    'remove the berry suet',
    'quita el sebo de Berry',
    { cart: [{ name: SUNFLOWER }, { name: NO_MESS }, { name: SUET, options: { Flavor: 'Peanut' } }] },
  ],
];

const HOUSES: Turn[] = [
  ['do you sell bird houses?', '¿vendéis casas para pájaros?', { shown: { some: /Bluebird House/ } }],
  ['the first one', 'la primera', { cartShown: 1 }],
  [
    'how big is the hole on the bluebird house?',
    '¿de qué tamaño es el agujero de la casa Bluebird?',
    { notCalls: NO_SEARCH, reply: [/1\.5 ?(in|inch|")/] },
  ],
  ['does it open for cleaning?', '¿se abre para limpiarla?', { notCalls: NO_SEARCH, reply: [YES] }],
];

const BATHS: Turn[] = [
  ['show me bird baths', 'enséñame bebederos para pájaros', { shown: { some: PEDESTAL } }],
  [
    'the pedestal one in terracotta',
    'el de pedestal en Terracotta',
    { cart: [], reply: [/Slate|Verdigris/], soldOut: true },
  ],
  ['verdigris then', 'pues Verdigris', { cart: [{ name: PEDESTAL, color: 'Verdigris' }] }],
  ['is it heated?', '¿tiene calefacción?', { notCalls: NO_SEARCH, reply: [NO], notReply: [DONT_KNOW] }],
  [
    'how many watts is the heated one?',
    '¿cuántos vatios tiene el Heated?',
    { notCalls: NO_SEARCH, reply: [/150 ?W/] },
  ],
  [
    'is it dishwasher safe?',
    '¿se puede meter en el lavavajillas?',
    { notCalls: NO_SEARCH, reply: [DONT_KNOW] },
  ],
  [
    'add it, the fourteen inch',
    'añádelo, el de catorce pulgadas',
    { cart: [{ name: PEDESTAL }, { name: HEATED, options: { Diameter: '14 in' } }] },
  ],
  ['take the pedestal bath out', 'quita el bebedero de pedestal', { cart: [{ name: HEATED }] }],
];

const BINOCULARS: Turn[] = [
  ['show me binoculars', 'enséñame prismáticos', { shown: { some: COMPACT } }],
  [
    'how heavy is the compact pair?',
    '¿cuánto pesan los compactos?',
    { notCalls: NO_SEARCH, reply: [/310 ?g/] },
  ],
  ['are they waterproof?', '¿son impermeables?', { notCalls: NO_SEARCH, reply: [NO], notReply: [DONT_KNOW] }],
  ['and the 8x42?', '¿y los 8x42?', { notCalls: NO_SEARCH, reply: [YES] }],
  ['the first one', 'los primeros', { cartShown: 1 }],
  ['the compact ones too', 'los compactos también', { calls: ['add_to_cart'], reply: [COMPACT] }],
  ['empty the cart', 'vacía el carrito', { cart: [] }],
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

export const BIRDING_SCRIPTS: DevScript[] = [
  ...scripts('feeders: short names, follow-up questions, sold out then the other value, remove', FEEDERS),
  ...scripts('seed and suet: weights in words, two options, quantities, read-back', SEED),
  ...scripts('houses: an ordinal, spec questions with the name and without', HOUSES),
  ...scripts('baths: sold out, spec yes/no/figure/unknown, a short name, remove', BATHS),
  ...scripts('binoculars: follow-up questions, ordinals, empty', BINOCULARS),
];
