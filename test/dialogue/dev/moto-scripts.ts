/**
 * EN/ES conversations on the motorcycle gear store (moto-catalog.ts), written before any engine
 * change for issue 12's "acting on what was shown" work: adds by a short name, by the catalog's
 * option values (sizes, the maker's colour names, waist and leg length, capacities) and by those
 * values in words ("nine and a half", "the twelve"); sold-out variants refused with what is in
 * stock, then "the X then"; quantities changed and lines removed; the cart read back; spec
 * questions about the product in focus answered from its Body text (yes, no, a stated "not", a
 * figure with its unit, "I don't know"), also as follow-ups without the product's name.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT_EN = /(sold out|out of stock)/i;
const SOLD_OUT_ES = /agotad/i;
const YES = /^(yes|sí)(?![a-z])/i;
const NO = /^no\b/i;
const DONT_KNOW = /(don'?t|doesn'?t) (know|say)|no lo sé|no (lo )?dice/i;
const TOTAL = /\$\d+\.\d\d|\d+,\d\d\s?US\$/;

const CARBON = /Carbon Full-Face/;
const OPEN = /Open-Face/;
const MESH = /Mesh Jacket/;
const CAFE = /Cafe Leather/;
const JEANS = /Riding Jeans/;
const SHOES = /Urban Riding Shoes/;
const BOOTS = /Touring Boots/;
const HEATED = /Heated Gloves/;
const SUMMER = /Summer Mesh Gloves/;
const TANK = /Tank Bag/;
const TAIL = /Tail Bag/;
const CLEANER = /Chain Cleaner/;
const LUBE = /Chain Lube/;
const INTERCOM = /Intercom/;

/** The same conversation in both languages: [EN words, ES words, expected outcome]. */
type Turn = [string, string, Omit<DevScript['steps'][number], 'say'> & { soldOut?: boolean }];

const HELMETS: Turn[] = [
  ['what helmets do you have?', '¿qué cascos tenéis?', { shown: { some: CARBON } }],
  [
    'the carbon one in medium, matte titanium',
    'el de carbono en M, Matte Titanium',
    { cart: [], reply: [/Gloss Black|Hi-Viz Yellow/], soldOut: true },
  ],
  [
    'ok, gloss black then',
    'vale, pues en Gloss Black',
    { cart: [{ name: CARBON, size: 'M', color: 'Gloss Black' }] },
  ],
  ['does it have a pinlock visor?', '¿tiene visera pinlock?', { notCalls: NO_SEARCH, reply: [YES] }],
  ['how much does it weigh?', '¿cuánto pesa?', { notCalls: NO_SEARCH, reply: [/1,?350 ?g/] }],
  [
    'is the open face one ECE certified?',
    '¿el casco Open-Face está homologado ECE?',
    { notCalls: NO_SEARCH, reply: [NO], notReply: [DONT_KNOW] },
  ],
  ['does it have a sun visor?', '¿tiene visera solar?', { notCalls: NO_SEARCH, reply: [DONT_KNOW] }],
  [
    'add it in small, cream',
    'añádelo en S, en Cream',
    { cart: [{ name: CARBON }, { name: OPEN, size: 'S', color: 'Cream' }] },
  ],
  ["what's in my cart?", '¿qué hay en mi carrito?', { reply: [CARBON, OPEN, TOTAL] }],
  ['remove the open face helmet', 'quita el casco Open-Face', { cart: [{ name: CARBON }] }],
];

const JACKETS: Turn[] = [
  [
    'I need a mesh jacket for summer',
    'busco una chaqueta de malla para el verano',
    { shown: { some: MESH } },
  ],
  ['is it waterproof?', '¿es impermeable?', { notCalls: NO_SEARCH, reply: [NO], notReply: [DONT_KNOW] }],
  [
    'the leather jacket in 42, oxblood',
    'la chaqueta de cuero en 42, Oxblood',
    { cart: [], reply: [/Black|38|40|46/], soldOut: true },
  ],
  ['then the 40', 'entonces la 40', { cart: [{ name: CAFE, size: '40', color: 'Oxblood' }] }],
  ['how thick is the leather?', '¿qué grosor tiene la piel?', { notCalls: NO_SEARCH, reply: [/1\.2 ?mm/] }],
  [
    'add the riding jeans, 34 waist, long leg',
    'añade los vaqueros de moto, cintura 34, largo Long',
    { cart: [{ name: CAFE }], reply: [/Short|Regular/], soldOut: true },
  ],
  [
    'regular then',
    'pues Regular',
    { cart: [{ name: CAFE }, { name: JEANS, options: { Waist: '34', Length: 'Regular' } }] },
  ],
  ['make that two pairs', 'que sean dos pares', { cart: [{ name: CAFE }, { name: JEANS, quantity: 2 }] }],
  [
    'actually one pair is enough',
    'mejor solo un par',
    { cart: [{ name: CAFE }, { name: JEANS, quantity: 1 }] },
  ],
  ['is knee armour included?', '¿incluyen rodilleras?', { notCalls: NO_SEARCH, reply: [YES] }],
  ['read me the cart', 'léeme el carrito', { reply: [CAFE, JEANS, TOTAL] }],
  ['take the jeans out', 'quita los vaqueros', { cart: [{ name: CAFE }] }],
];

const FEET_HANDS: Turn[] = [
  [
    'add the urban riding shoes in nine and a half',
    'añade las zapatillas Urban en talla nueve y medio',
    { cart: [{ name: SHOES, size: '9.5' }] },
  ],
  [
    'and the touring boots in 44 brown',
    'y las botas Touring en 44 marrón',
    { cart: [{ name: SHOES }], reply: [/Black/], soldOut: true },
  ],
  [
    'black is fine',
    'en negro está bien',
    { cart: [{ name: SHOES }, { name: BOOTS, size: '44', color: 'Black' }] },
  ],
  ['are the boots waterproof?', '¿las botas son impermeables?', { notCalls: NO_SEARCH, reply: [YES] }],
  ['and the shoes?', '¿y las zapatillas?', { notCalls: NO_SEARCH, reply: [NO], notReply: [DONT_KNOW] }],
  ['show me gloves', 'enséñame guantes', { shown: { some: HEATED } }],
  [
    'the heated ones, large',
    'los calefactables, en L',
    { cart: [{ name: SHOES }, { name: BOOTS }, { name: HEATED, size: 'L' }] },
  ],
  [
    'how long does the battery last?',
    '¿cuánto dura la batería?',
    { notCalls: NO_SEARCH, reply: [/4\.5 ?h/] },
  ],
  [
    'are the winter gauntlets heated?',
    '¿los guantes Winter Gauntlet son calefactables?',
    { notCalls: NO_SEARCH, reply: [NO], notReply: [DONT_KNOW] },
  ],
  ['remove the shoes', 'quita las zapatillas', { cart: [{ name: BOOTS }, { name: HEATED }] }],
  [
    'two pairs of the summer gloves in medium, hi-viz yellow',
    'dos pares de los guantes de verano en M, Hi-Viz Yellow',
    { cart: [{ name: BOOTS }, { name: HEATED }], reply: [/Black/], soldOut: true },
  ],
  [
    'fine, black',
    'vale, en negro',
    { cart: [{ name: BOOTS }, { name: HEATED }, { name: SUMMER, size: 'M', color: 'Black', quantity: 2 }] },
  ],
  [
    'remove one pair of the summer gloves',
    'quita un par de los guantes de verano',
    { cart: [{ name: BOOTS }, { name: HEATED }, { name: SUMMER, quantity: 1 }] },
  ],
];

const ACCESSORIES: Turn[] = [
  ['show me luggage', 'enséñame equipaje', { shown: { some: TANK } }],
  [
    'the tank bag, the 18 litre',
    'la bolsa de depósito, la de 18 litros',
    { cart: [], reply: [/12 L/], soldOut: true },
  ],
  ['the twelve then', 'entonces la de doce', { cart: [{ name: TANK, options: { Capacity: '12 L' } }] }],
  ['does it come with a rain cover?', '¿trae funda de lluvia?', { notCalls: NO_SEARCH, reply: [YES] }],
  [
    'and a tail bag, fifty liters in signal orange',
    'y una bolsa de cola, de cincuenta litros en Signal Orange',
    { cart: [{ name: TANK }], reply: [/Black|30 L/], soldOut: true },
  ],
  [
    'the thirty then',
    'entonces la de treinta',
    { cart: [{ name: TANK }, { name: TAIL, color: 'Signal Orange', options: { Capacity: '30 L' } }] },
  ],
  [
    'add the chain cleaner',
    'añade el limpiador de cadena',
    { cart: [{ name: TANK }, { name: TAIL }, { name: CLEANER }] },
  ],
  [
    'and the lube, the big one',
    'y el lubricante, el grande',
    {
      cart: [
        { name: TANK },
        { name: TAIL },
        { name: CLEANER },
        { name: LUBE, options: { Volume: '400 ml' } },
      ],
    },
  ],
  [
    'how much is in the cleaner can?',
    '¿cuánto trae el bote del limpiador?',
    { notCalls: NO_SEARCH, reply: [/500 ?ml/] },
  ],
  ["what's in my cart?", '¿qué llevo en el carrito?', { reply: [TANK, TAIL, CLEANER, LUBE, TOTAL] }],
  [
    'remove the lube and the cleaner',
    'quita el lubricante y el limpiador',
    { cart: [{ name: TANK }, { name: TAIL }] },
  ],
  ['do you have intercoms?', '¿tenéis intercomunicadores?', { shown: { some: INTERCOM } }],
  [
    'the dual pack',
    'el pack Dual',
    { cart: [{ name: TANK }, { name: TAIL }, { name: INTERCOM, options: { Pack: 'Dual' } }] },
  ],
  ["what's its range?", '¿qué alcance tiene?', { notCalls: NO_SEARCH, reply: [/1\.6 ?km/] }],
  ['is it waterproof?', '¿es impermeable?', { notCalls: NO_SEARCH, reply: [YES] }],
  ['empty my cart', 'vacía el carrito', { cart: [] }],
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

export const MOTO_SCRIPTS: DevScript[] = [
  ...scripts('helmets: sold-out colour, spec yes/no/unknown, a short name, remove', HELMETS),
  ...scripts('jackets and jeans: two options, sold out then the other value, quantities', JACKETS),
  ...scripts('boots and gloves: half sizes in words, follow-up questions, quantities', FEET_HANDS),
  ...scripts('luggage and care: capacities in words, "the big one", remove two, empty', ACCESSORIES),
];
