/**
 * English conversations on the woodworking hand-tool shop (woodworking-catalog.ts), written for
 * branch dlg-en5 from the shopper's side before the engine was touched: widths said as fractions
 * and millimetres ("a quarter inch", "the 8 mil"), a blade length said alone after a refusal,
 * lengths and weights only in the text ("which plane is heaviest?"), yes/no questions answered by
 * the text's meaning ("do I have to soak it?", "is it food safe?"), the cheaper one, several items
 * in one request, corrections, colours by catalog name, promos and a checkout that waits for a yes.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /sold out|out of stock/i;

export const WOODWORKING_SCRIPTS: DevScript[] = [
  {
    name: 'first chisels and a way to sharpen them',
    language: 'en',
    steps: [
      {
        kind: 'clause selection',
        say: "I'm just getting into woodworking, what chisels do you carry?",
        shown: { category: 'chisels', some: /Bevel Edge Chisel/ },
      },
      {
        kind: 'comparative',
        say: 'is the set cheaper than buying the four separately?',
        notCalls: NO_SEARCH,
        reply: [/179/],
      },
      { kind: 'sold-out variant', say: 'just the bevel edge one in 1 inch', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'fraction said alone',
        say: 'half inch then',
        cart: [{ name: /^Ashbourne Bevel Edge Chisel$/, options: { Width: '1/2"' } }],
      },
      {
        kind: 'several items by fraction',
        say: 'also a quarter inch and a three quarter',
        cart: [
          { name: /^Ashbourne Bevel Edge Chisel$/, options: { Width: '1/2"' } },
          { name: /^Ashbourne Bevel Edge Chisel$/, options: { Width: '1/4"' } },
          { name: /^Ashbourne Bevel Edge Chisel$/, options: { Width: '3/4"' } },
        ],
      },
      {
        kind: 'yes/no spec question',
        say: 'can I hit these with a mallet?',
        notCalls: NO_SEARCH,
        reply: [/\byes\b|strike|mallet/i],
      },
      { kind: 'category search', say: 'what do you have for sharpening?', shown: { category: 'sharpening' } },
      {
        kind: 'yes/no spec question',
        say: 'does the whetstone need to be soaked?',
        notCalls: NO_SEARCH,
        reply: [/no soaking|\bno\b/i],
      },
      {
        kind: 'option by catalog value',
        say: "I'll take the 1000/6000",
        cart: [
          { name: /^Ashbourne Bevel Edge Chisel$/ },
          { name: /^Ashbourne Bevel Edge Chisel$/ },
          { name: /^Ashbourne Bevel Edge Chisel$/ },
          { name: /Whetstone/, options: { Grit: '1000/6000' } },
        ],
      },
      {
        kind: 'spec question',
        say: 'will the honing guide fit a 2 inch plane iron?',
        notCalls: NO_SEARCH,
        reply: [/2 3\/8/],
      },
      {
        kind: 'cart edit',
        say: 'take out the three quarter inch chisel',
        cart: [
          { name: /^Ashbourne Bevel Edge Chisel$/, options: { Width: '1/2"' } },
          { name: /^Ashbourne Bevel Edge Chisel$/, options: { Width: '1/4"' } },
          { name: /Whetstone/ },
        ],
      },
      { kind: 'checkout', say: 'check out', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { kind: 'checkout', say: 'yes, confirm', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'planes and saws: heaviest, a pull saw in mm, a sold-out tooth, the cheaper one',
    language: 'en',
    steps: [
      { kind: 'category search', say: 'show me your hand planes', shown: { category: 'planes' } },
      {
        kind: 'superlative over text',
        say: 'which one is the heaviest?',
        notCalls: ['add_to_cart'],
        best: /Jack Plane/,
      },
      {
        kind: 'spec question',
        say: 'how long is the block plane?',
        notCalls: NO_SEARCH,
        reply: [/6 1\/4/],
      },
      {
        kind: 'yes/no spec question',
        say: 'does the smoothing plane have a warranty?',
        notCalls: NO_SEARCH,
        reply: [/lifetime/i],
      },
      {
        kind: 'reference add',
        say: 'add the block plane',
        cart: [{ name: /Block Plane/ }],
      },
      { kind: 'category search', say: 'now I need a saw for dovetails', shown: { first: /Dovetail Saw/ } },
      {
        kind: 'sold-out variant',
        say: 'crosscut please',
        reply: [SOLD_OUT],
        cart: [{ name: /Block Plane/ }],
      },
      {
        kind: 'option by catalog value',
        say: 'ok the rip one',
        cart: [{ name: /Block Plane/ }, { name: /Dovetail Saw/, options: { Tooth: 'Rip' } }],
      },
      {
        kind: 'category search',
        say: 'show me Japanese pull saws',
        shown: { some: /Ryoba/ },
      },
      {
        kind: 'superlative over shown',
        say: 'the cheaper one',
        cart: [{ name: /Block Plane/ }, { name: /Dovetail Saw/ }, { name: /Flush Cut Saw/ }],
      },
      {
        kind: 'correction',
        say: 'no sorry, I meant the ryoba in 270',
        reply: [SOLD_OUT],
        notReply: [/added/i],
      },
      {
        kind: 'value said alone',
        say: '240 then',
        cart: [
          { name: /Block Plane/ },
          { name: /Dovetail Saw/ },
          { name: /Flush Cut Saw/ },
          { name: /Ryoba/, options: { 'Blade Length': '240 mm' } },
        ],
      },
      {
        kind: 'cart edit by pronoun',
        say: 'drop the flush cut saw',
        cart: [{ name: /Block Plane/ }, { name: /Dovetail Saw/ }, { name: /Ryoba/ }],
      },
      { kind: 'read-back', say: "what's in my cart?", notCalls: NO_SEARCH, reply: [/Block Plane/, /Ryoba/] },
      { kind: 'empty cart', say: 'clear the cart', cart: [] },
    ],
  },
  {
    name: 'joinery bench: mortise chisels in mm, clamps by the pair, a finish by colour name, promos',
    language: 'en',
    steps: [
      {
        kind: 'measurement option',
        say: 'do you have an 8 mm mortise chisel?',
        reply: [/Mortise Chisel/],
        notReply: [SOLD_OUT],
      },
      {
        kind: 'pronoun add',
        say: 'great, add it',
        cart: [{ name: /Mortise Chisel/, options: { Width: '8 mm' } }],
      },
      { kind: 'sold-out variant', say: 'and a 10 mil one', reply: [SOLD_OUT], cart: [{ name: /Mortise/ }] },
      {
        kind: 'quantity + length + pack',
        say: 'I need two pairs of the 12 inch F clamps',
        cart: [
          { name: /Mortise Chisel/ },
          { name: /F-Clamp/, options: { Length: '12"', Pack: 'Pair' }, quantity: 2 },
        ],
      },
      {
        kind: 'yes/no spec question',
        say: 'is the danish oil food safe?',
        notCalls: NO_SEARCH,
        reply: [/30 days|cured/i],
      },
      {
        kind: 'sold-out combination by colour name',
        say: 'a liter of it in dark walnut',
        reply: [SOLD_OUT],
        cart: [{ name: /Mortise Chisel/ }, { name: /F-Clamp/ }],
      },
      {
        kind: 'colour by catalog name',
        say: 'golden oak then',
        cart: [
          { name: /Mortise Chisel/ },
          { name: /F-Clamp/ },
          { name: /Danish Oil/, size: '1 L', color: 'Golden Oak' },
        ],
      },
      {
        kind: 'negation',
        say: 'show me aprons but not the olive one',
        shown: { some: /Apron/ },
        reply: [/Tobacco|Charcoal/],
      },
      {
        kind: 'colour by catalog name',
        say: 'tobacco',
        cart: [
          { name: /Mortise Chisel/ },
          { name: /F-Clamp/ },
          { name: /Danish Oil/ },
          { name: /Apron/, color: 'Tobacco' },
        ],
      },
      {
        kind: 'promos',
        say: 'what promos do you have?',
        notCalls: NO_SEARCH,
        reply: [/SHAVINGS10/],
        notReply: [/WINTER20/],
      },
      {
        kind: 'expired promo',
        say: 'try WINTER20',
        calls: ['apply_promo'],
        reply: [/expired|ended|no longer/i],
      },
      { kind: 'checkout', say: "let's check out", calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { kind: 'checkout needs a yes', say: 'how long does shipping take?', notCalls: ['confirm_order'] },
    ],
  },
];
