/**
 * English conversations on the drones and RC models shop (drones-catalog.ts), written for branch
 * dlg-en6 from the shopper's side before the engine was touched: yes/no questions about a product
 * wrapped in the shopper's own context ("we live by the coast, is the mini ok in wind?"), cart
 * read-backs and checkout phrasings that must never place an order without a plain yes, two
 * products in one add with their own quantity and option, and values said alone after a refusal
 * or a question ("the bigger one", "the next one up"). Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /sold out|out of stock|unavailable/i;
const NO_ORDER = ['confirm_order'];

export const DRONES_SCRIPTS: DevScript[] = [
  {
    name: 'a first camera drone: registration in context, kit after a refusal, spare batteries',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: "I'd like a drone with a good camera for travel videos",
        shown: { some: /Mini 4K Drone/ },
      },
      {
        kind: 'yes/no in context',
        say: "I don't want to deal with paperwork, do I have to register the mini?",
        notCalls: NO_SEARCH,
        reply: [/registration|249/i],
        notReply: [/I don't know/i],
      },
      {
        kind: 'yes/no in context',
        say: 'we live right by the coast and it gets gusty, will it handle the wind?',
        notCalls: NO_SEARCH,
        reply: [/wind|level 5/i],
      },
      { kind: 'sold-out variant', say: 'the fly more combo in storm grey', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value alone after refusal',
        say: 'white then',
        cart: [{ name: /Mini 4K Drone/, color: 'Arctic White', options: { Kit: 'Fly More Combo' } }],
      },
      {
        kind: 'two products one add',
        say: 'add the ND filters and two spare batteries',
        cart: [
          { name: /Mini 4K Drone/ },
          { name: /ND Filter/ },
          { name: /Mini Intelligent Battery/, quantity: 2 },
        ],
      },
      {
        kind: 'cart read-back',
        say: 'read me back my cart',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Mini 4K/, /ND Filter/, /Battery/],
      },
      {
        kind: 'checkout',
        say: "that's everything, ring it up",
        calls: ['prepare_order'],
        notCalls: NO_ORDER,
      },
      { kind: 'unclear answer', say: 'hmm', notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'yes, place it', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'getting into FPV: batteries by cells, the bigger one, radio protocol after a question',
    language: 'en',
    steps: [
      { kind: 'category search', say: 'what fpv quads do you have?', shown: { some: /Freestyle 5/ } },
      {
        kind: 'yes/no in context',
        say: "I've never flown fpv before, is the freestyle one a good first quad?",
        notCalls: NO_SEARCH,
        notReply: [/I don't know whether it is/i],
      },
      {
        kind: 'spec question',
        say: 'what batteries does the freestyle take?',
        notCalls: NO_SEARCH,
        reply: [/6S/],
      },
      { kind: 'named product', say: 'show me the 6s batteries', shown: { first: /6S LiPo/ } },
      { kind: 'sold-out variant', say: 'four of the 1300', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value alone after refusal',
        say: 'the bigger one then',
        cart: [{ name: /6S LiPo/, quantity: 4, options: { Capacity: '1500 mAh' } }],
      },
      {
        kind: 'two products one add',
        say: 'I also need the balance charger and a large lipo bag',
        cart: [{ name: /6S LiPo/ }, { name: /Balance Charger/ }, { name: /LiPo Safe Bag/, size: 'Large' }],
      },
      {
        kind: 'yes/no in context',
        say: 'I have eight of these packs, will they all go in the large bag?',
        notCalls: [...NO_SEARCH, 'add_to_cart'],
        reply: [/six|6/i],
      },
      {
        kind: 'cart read-back',
        say: 'what have I got so far?',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/6S LiPo/, /Charger/, /Bag/],
      },
      {
        kind: 'cart edit',
        say: 'take out the charger',
        cart: [{ name: /6S LiPo/ }, { name: /LiPo Safe Bag/ }],
      },
    ],
  },
  {
    name: 'props and motors: decimals in inches, a colour said alone, two lines with quantities',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'I need some props for my five inch quad',
        shown: { some: /Tri-Blade Props/ },
      },
      {
        kind: 'option question',
        say: 'what sizes do the tri-blades come in?',
        notCalls: NO_SEARCH,
        reply: [/5\.1/],
      },
      { kind: 'sold-out variant', say: 'five point one in clear', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value alone after refusal',
        say: 'orange is fine',
        cart: [{ name: /Tri-Blade Props/, size: '5.1"', color: 'Racing Orange' }],
      },
      {
        kind: 'quantity edit',
        say: 'actually make that five sets',
        cart: [{ name: /Tri-Blade Props/, quantity: 5 }],
      },
      {
        kind: 'two products one add',
        say: 'and a set of the 2207 motors in 1950 and two 4s batteries in 1500',
        cart: [
          { name: /Tri-Blade Props/ },
          { name: /2207 Motors/, options: { KV: '1950KV' } },
          { name: /4S LiPo/, quantity: 2, options: { Capacity: '1500 mAh' } },
        ],
      },
      {
        kind: 'yes/no in context',
        say: 'my old quad is a 3 inch cinewhoop, will those motors work on it?',
        notCalls: [...NO_SEARCH, 'add_to_cart'],
        reply: [/5 inch/i],
      },
      {
        kind: 'cart read-back',
        say: 'ok what does my list look like',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Props/, /Motors/, /4S/],
      },
      {
        kind: 'checkout',
        say: 'I think that covers it, check out',
        calls: ['prepare_order'],
        notCalls: NO_ORDER,
      },
      { kind: 'unclear answer', say: 'what was the total again', notCalls: NO_ORDER },
    ],
  },
  {
    name: 'an RC car for a teenager: waterproof in context, the other colour, battery with it',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'my nephew wants an rc truck for his birthday',
        shown: { some: /Basher/ },
      },
      {
        kind: 'yes/no in context',
        say: 'he will definitely drive it through puddles, is the basher ok with water?',
        notCalls: NO_SEARCH,
        reply: [/waterproof/i],
      },
      {
        kind: 'yes/no in context',
        say: 'and the buggy, could he take that through puddles too?',
        notCalls: NO_SEARCH,
        reply: [/not waterproof|\bno\b/i],
      },
      { kind: 'sold-out variant', say: 'the basher in storm grey please', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value alone after refusal',
        say: 'the orange one',
        cart: [{ name: /Basher/, color: 'Racing Orange' }],
      },
      {
        kind: 'yes/no in context',
        say: 'so he can drive it on his birthday morning, does it come with a battery?',
        notCalls: NO_SEARCH,
        reply: [/not included|\bno\b/i],
      },
      {
        kind: 'two products one add',
        say: 'then add the 2s car battery and the charger',
        cart: [{ name: /Basher/ }, { name: /2S Car Battery/ }, { name: /Balance Charger/ }],
      },
      {
        kind: 'cart read-back',
        say: 'can you list everything in my cart',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Basher/, /2S Car Battery/, /Charger/],
      },
      { kind: 'checkout', say: "I'm done, let's pay", calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'yes confirm it', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'a glider and a landing pad: wingspan after a refusal, the next size up, radio question',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'do you have any rc planes?',
        shown: { some: /Trainer Plane|Thermal Glider/ },
      },
      {
        kind: 'yes/no in context',
        say: 'I already own a radio from my helicopter, do I need another one for the glider?',
        notCalls: NO_SEARCH,
        reply: [/your own radio|plug-and-play|\bno\b/i],
      },
      { kind: 'sold-out variant', say: 'the glider in 1.5 metres', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value alone after refusal',
        say: 'the bigger one is fine',
        cart: [{ name: /Thermal Glider/, options: { Wingspan: '2 m' } }],
      },
      { kind: 'named product', say: 'and a landing pad', shown: { some: /Landing Pad/ } },
      {
        kind: 'option question',
        say: 'how big are they?',
        notCalls: NO_SEARCH,
        reply: [/55 cm/, /110 cm/],
      },
      {
        kind: 'value alone after question',
        say: 'the 75',
        cart: [{ name: /Thermal Glider/ }, { name: /Landing Pad/, options: { Diameter: '75 cm' } }],
      },
      {
        kind: 'value alone',
        say: 'hmm, make it the next one up',
        cart: [{ name: /Thermal Glider/ }, { name: /Landing Pad/, options: { Diameter: '110 cm' } }],
      },
      {
        kind: 'cart read-back',
        say: 'recap my order please',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Glider/, /Landing Pad/],
      },
      { kind: 'checkout', say: 'ok ring it up', calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'unclear answer', say: 'uh hold on', notCalls: NO_ORDER },
    ],
  },
  {
    name: 'a kids drone and a toy car: ages in context, colours by name, two of each, promo',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'something for my 9 year old twins, maybe a small drone',
        shown: { some: /Kids Drone/ },
      },
      {
        kind: 'yes/no in context',
        say: 'they will crash it into every wall, does the kids one have guards on the props?',
        notCalls: NO_SEARCH,
        reply: [/prop guards|\byes\b/i],
      },
      {
        kind: 'two products one add',
        say: 'add one kids drone in orange and one in lime',
        cart: [
          { name: /Kids Drone/, color: 'Racing Orange' },
          { name: /Kids Drone/, color: 'Lime' },
        ],
      },
      { kind: 'category search', say: 'do you have little rc cars too?', shown: { some: /Mini Racer/ } },
      {
        kind: 'yes/no in context',
        say: 'they are nine, is the mini racer ok for that age?',
        notCalls: NO_SEARCH,
        reply: [/6 and up|\byes\b/i],
      },
      {
        kind: 'quantity + colour',
        say: 'two mini racers in white',
        cart: [
          { name: /Kids Drone/ },
          { name: /Kids Drone/ },
          { name: /Mini Racer/, color: 'Arctic White', quantity: 2 },
        ],
      },
      {
        kind: 'promos',
        say: 'is there a discount code I can use?',
        notCalls: NO_SEARCH,
        reply: [/FLYDAY12/],
        notReply: [/BLACKFLY30/],
      },
      {
        kind: 'cart read-back',
        say: 'so what am I buying',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Kids Drone/, /Mini Racer/],
      },
      { kind: 'checkout', say: 'go ahead and check out', calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'unclear answer', say: 'maybe', notCalls: NO_ORDER },
    ],
  },
  {
    name: 'goggles and a radio: glasses in context, protocol after a refusal, the cheaper one',
    language: 'en',
    steps: [
      { kind: 'category search', say: 'show me fpv goggles', shown: { some: /HD Goggles/ } },
      {
        kind: 'yes/no in context',
        say: 'I wear glasses all the time, would the HD goggles fit over them?',
        notCalls: NO_SEARCH,
        reply: [/over most glasses|\byes\b/i],
      },
      {
        kind: 'superlative over shown',
        say: "that's too much, the cheaper ones",
        cart: [{ name: /Box Goggles/ }],
      },
      { kind: 'named product', say: 'now the pocket radio', shown: { first: /Pocket Radio/ } },
      {
        kind: 'sold-out variant',
        say: 'crossfire, in orange',
        reply: [SOLD_OUT],
        cart: [{ name: /Box Goggles/ }],
      },
      {
        kind: 'value alone after refusal',
        say: 'grey is fine',
        cart: [
          { name: /Box Goggles/ },
          { name: /Pocket Radio/, color: 'Storm Grey', options: { Protocol: 'Crossfire' } },
        ],
      },
      {
        kind: 'yes/no in context',
        say: 'I want to practice on my laptop first, can I plug the radio into a simulator?',
        notCalls: NO_SEARCH,
        reply: [/simulator|USB|\byes\b/i],
      },
      {
        kind: 'cart read-back',
        say: 'read back my list',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Goggles/, /Radio/],
      },
      {
        kind: 'checkout',
        say: "that's all, I'm ready to check out",
        calls: ['prepare_order'],
        notCalls: NO_ORDER,
      },
      { kind: 'explicit yes', say: 'yep, submit it', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
];
