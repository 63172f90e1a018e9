/**
 * English conversations on the surf and skate shop (surf-catalog.ts), written for branch dlg-en3
 * before the engine was touched, the way surfers and skaters talk: spec questions in other words
 * than the text's ("how long is it" for a Length, "what's it made of"), a size up or a bigger one,
 * sizes as measurements (8.25 inch, a 5 foot 8 surfer), superlatives over figures in the text,
 * counting by the set, plural size numbers ("the elevens"), slang for checking out and emptying the
 * cart, refinements that keep what was said before, and negation.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /sold out|out of stock/i;

export const SURF_SCRIPTS: DevScript[] = [
  {
    name: 'a fish and its fins: lightest, spec synonyms, leash length, wax by the bar, ring me up',
    language: 'en',
    steps: [
      { say: 'what surfboards do you carry?', shown: { category: 'surfboards' } },
      { say: 'which one is the lightest?', best: /Performance Shortboard/ },
      { say: 'how long is the fish?', notCalls: NO_SEARCH, reply: [/5'8/] },
      { say: 'and how wide is it?', notCalls: NO_SEARCH, reply: [/21 in/] },
      { say: "what's it made of?", notCalls: NO_SEARCH, reply: [/EPS|epoxy/i] },
      { say: 'add the fish in seafoam', cart: [{ name: /Twin Fish/, color: 'Seafoam' }] },
      { say: 'I need fins for it too', shown: { category: 'fins' } },
      {
        say: 'the keel ones in amber',
        cart: [{ name: /Twin Fish/ }, { name: /Twin Keel Fins/, color: 'Amber' }],
      },
      {
        say: 'and a leash, the seven foot one',
        cart: [{ name: /Twin Fish/ }, { name: /Keel/ }, { name: /Comp Leash/, options: { Length: "7'" } }],
      },
      { say: 'do you have the nine foot leash?', reply: [SOLD_OUT] },
      {
        say: 'three bars of the cold water wax',
        cart: [
          { name: /Twin Fish/ },
          { name: /Keel/ },
          { name: /Leash/ },
          { name: /Basecoat Surf Wax/, quantity: 3, options: { 'Water Temp': 'Cold' } },
        ],
      },
      { say: 'ok ring me up', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'a cold-water wetsuit by height, a size up, boots by plural number, dump the cart',
    language: 'en',
    steps: [
      { say: 'I need a wetsuit for cold water', shown: { first: /4\/3 Chest Zip Fullsuit/ } },
      { say: 'what sizes does it come in?', notCalls: NO_SEARCH, reply: [/XL/] },
      { say: 'which size for a 5 foot 8 surfer?', notCalls: NO_SEARCH, reply: [/\bM\b|medium/i] },
      { say: 'add it in medium, black', cart: [{ name: /Fullsuit/, size: 'M', color: 'Black' }] },
      {
        say: 'hmm, can I get the next size up?',
        reply: [SOLD_OUT],
        cart: [{ name: /Fullsuit/, size: 'M', color: 'Black' }],
      },
      {
        say: 'ok swap it for the large in midnight',
        cart: [{ name: /Fullsuit/, size: 'L', color: 'Midnight' }],
      },
      { say: 'boots too', shown: { some: /Split Toe Boots/ } },
      { say: 'the elevens', cart: [{ name: /Fullsuit/ }, { name: /Split Toe Boots/, size: '11' }] },
      { say: 'do you have the twelves?', reply: [SOLD_OUT] },
      {
        say: 'and a hood in medium',
        cart: [{ name: /Fullsuit/ }, { name: /Boots/ }, { name: /Surf Hood/, size: 'M' }],
      },
      { say: 'actually dump the whole cart', cart: [] },
    ],
  },
  {
    name: 'building a skateboard: widest deck, a bigger one, specs, wheels by the set, negation',
    language: 'en',
    steps: [
      { say: 'show me skateboard decks', shown: { category: 'skateboard-decks' } },
      { say: 'which one is the widest?', best: /Pool Shape/ },
      { say: 'the team deck in 8.25 inch', cart: [{ name: /Team Deck/, options: { Width: '8.25"' } }] },
      { say: 'actually a bigger one', cart: [{ name: /Team Deck/, options: { Width: '8.5"' } }] },
      { say: 'how long is it?', notCalls: NO_SEARCH, reply: [/31\.5/] },
      { say: "what's it made of?", notCalls: NO_SEARCH, reply: [/maple/i] },
      {
        say: 'two sets of the street wheels in 54 millimeter',
        cart: [{ name: /Team Deck/ }, { name: /Street Wheels/, quantity: 2, options: { Diameter: '54 mm' } }],
      },
      { say: 'I need trucks', shown: { category: 'trucks' } },
      {
        say: 'the 144 mm ones, raw',
        cart: [
          { name: /Team Deck/ },
          { name: /Street Wheels/ },
          { name: /Standard Trucks/, options: { 'Axle Width': '144 mm' }, color: 'Raw' },
        ],
      },
      { say: 'and bearings, not the ceramic ones', shown: { some: /ABEC 7/, none: /Ceramic/ } },
      {
        say: 'add those',
        cart: [{ name: /Team Deck/ }, { name: /Wheels/ }, { name: /Trucks/ }, { name: /ABEC 7 Bearings/ }],
      },
      {
        say: 'add a medium helmet in matte black',
        cart: [
          { name: /Team Deck/ },
          { name: /Wheels/ },
          { name: /Trucks/ },
          { name: /Bearings/ },
          { name: /Skate Helmet/, size: 'M', color: 'Matte Black' },
        ],
      },
      { say: "let's wrap this up", calls: ['prepare_order'], notCalls: ['confirm_order'] },
    ],
  },
  {
    name: 'shoes by plural size, a size up, cruising under a price, the smallest wheels, settle up',
    language: 'en',
    steps: [
      { say: 'skate shoes in size 9', shown: { some: /Vulc Skate Shoe/ } },
      { say: 'the nines in black', cart: [{ name: /Vulc/, size: '9', color: 'Black' }] },
      { say: 'the next size up', cart: [{ name: /Vulc/, size: '9.5', color: 'Black' }] },
      { say: 'how heavy is the noserider longboard?', notCalls: NO_SEARCH, reply: [/6\.8 kg/] },
      { say: 'what volume is the soft top?', notCalls: NO_SEARCH, reply: [/86 ?L/] },
      { say: 'show me boards for cruising around town', shown: { some: /Mini Cruiser|Drop-Through/ } },
      { say: 'only the ones under 100', shown: { maxPrice: 100, some: /Mini Cruiser/ } },
      { say: 'do you have it in coral?', reply: [SOLD_OUT] },
      {
        say: 'the seafoam one then',
        cart: [{ name: /Vulc/ }, { name: /Mini Cruiser/, color: 'Seafoam' }],
      },
      { say: 'clear it all out', cart: [] },
      { say: 'show me wheels', shown: { category: 'wheels' } },
      { say: 'not the cruiser ones', shown: { some: /Street Wheels/, none: /Cruiser/ } },
      {
        say: 'the smallest ones, two sets',
        cart: [{ name: /Street Wheels/, quantity: 2, options: { Diameter: '52 mm' } }],
      },
      { say: 'I want to settle up', calls: ['prepare_order'], notCalls: ['confirm_order'] },
    ],
  },
];
