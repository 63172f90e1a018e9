/**
 * English conversations on the rug tufting supplies shop (tufting-catalog.ts), written for branch
 * dlg-en7 from the shopper's side before the engine was touched: two products in one add (the
 * second part naming its own product, or only a value of the first), yes/no questions about
 * another product than the one in focus, comparisons between two named products, corrections in
 * the middle of a request ("no wait, the EU one", "actually make that four"), quantity and size
 * said together in words, and the ordinary flow around them. Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /sold out|out of stock|unavailable/i;
const NO_ORDER = ['confirm_order'];

export const TUFTING_SCRIPTS: DevScript[] = [
  {
    name: 'a first tufting gun: details, a case on the other gun, a correction of the plug, oil and needles',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: "I'm getting into rug tufting, what guns do you sell?",
        shown: { some: /Cut Pile Tufting Gun/ },
      },
      {
        kind: 'details',
        say: 'tell me more about the cut pile gun',
        notCalls: NO_SEARCH,
        reply: [/Cut Pile/, /7 to 21|carry case/i],
      },
      {
        kind: 'yes/no about another product',
        say: 'does the loop pile one come with a case?',
        notCalls: NO_SEARCH,
        reply: [/no case|\bno\b/i],
        notReply: [/carry case/i],
      },
      {
        kind: 'comparison',
        say: 'which is lighter, the cut pile gun or the duo?',
        notCalls: NO_SEARCH,
        best: /Cut Pile Tufting Gun/,
      },
      {
        kind: 'correction mid-request',
        say: 'add the cut pile gun with a US plug, no wait, EU',
        cart: [{ name: /Cut Pile Tufting Gun/, options: { Plug: 'EU' } }],
      },
      {
        kind: 'two products one add',
        say: 'add the gun oil and a spare needle set',
        cart: [{ name: /Cut Pile Tufting Gun/ }, { name: /Gun Oil/ }, { name: /Spare Needle Set/ }],
      },
      {
        kind: 'cart read-back',
        say: "what's in my cart right now?",
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Cut Pile/, /Oil/, /Needle/],
      },
      { kind: 'checkout', say: "that's all, check me out", calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'yes please place it', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'yarn by the cone: colours, a sold-out shade, three one-kilo cones, a count corrected, wool vs acrylic',
    language: 'en',
    steps: [
      { kind: 'category search', say: 'show me your acrylic yarn', shown: { some: /Acrylic Rug Yarn/ } },
      {
        kind: 'option question',
        say: 'what colours does it come in?',
        notCalls: NO_SEARCH,
        reply: [/Rust/, /Sage/, /Oat/],
      },
      { kind: 'stock', say: 'is the blush in stock?', notCalls: NO_SEARCH, reply: [SOLD_OUT] },
      {
        kind: 'quantity and size in words',
        say: 'then three of the one kilo cones in sage',
        cart: [{ name: /Acrylic Rug Yarn/, color: 'Sage', options: { Weight: '1 kg' }, quantity: 3 }],
      },
      {
        kind: 'correction mid-request',
        say: 'actually make that four',
        cart: [{ name: /Acrylic Rug Yarn/, color: 'Sage', quantity: 4 }],
      },
      {
        kind: 'comparison',
        say: "what's the difference between the wool and the acrylic yarn?",
        notCalls: NO_SEARCH,
        reply: [/Wool/, /Acrylic/],
      },
      {
        kind: 'two products one add, the second a product',
        say: "I'll take a wool cone in rust plus two of the acrylic in oat, the 500 gram ones",
        cart: [
          { name: /Acrylic Rug Yarn/, color: 'Sage', quantity: 4 },
          { name: /Wool Rug Yarn/, color: 'Rust' },
          { name: /Acrylic Rug Yarn/, color: 'Oat', options: { Weight: '500 g' }, quantity: 2 },
        ],
      },
      {
        kind: 'cart edit',
        say: 'take the wool out',
        cart: [
          { name: /Acrylic Rug Yarn/, color: 'Sage' },
          { name: /Acrylic Rug Yarn/, color: 'Oat' },
        ],
      },
    ],
  },
  {
    name: 'a frame and glue: frame vs easel, the large one sold out, glue with gripper strips, a code, order status',
    language: 'en',
    steps: [
      { kind: 'category search', say: 'do you have tufting frames?', shown: { some: /Tufting Frame/ } },
      {
        kind: 'comparison',
        say: "what's the difference between the tufting frame and the standing easel frame?",
        notCalls: NO_SEARCH,
        reply: [/Easel/, /Tufting Frame/],
      },
      {
        kind: 'sizes',
        say: 'what sizes does the tufting frame come in?',
        notCalls: NO_SEARCH,
        reply: [/Small/, /Medium/, /Large/],
      },
      { kind: 'sold-out variant', say: 'the large one please', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value alone after refusal',
        say: 'medium then',
        cart: [{ name: /Tufting Frame/, size: 'Medium' }],
      },
      {
        kind: 'two products one add',
        say: 'add a four litre tub of latex glue and a pack of gripper strips',
        cart: [
          { name: /Tufting Frame/ },
          { name: /Latex Carpet Glue/, size: '4 L' },
          { name: /Gripper Strips/ },
        ],
      },
      {
        kind: 'promos',
        say: 'are there any discount codes right now?',
        notCalls: NO_SEARCH,
        reply: [/TUFT15/],
        notReply: [/LOOPWEEK/],
      },
      { kind: 'promo apply', say: 'put TUFT15 on my order', calls: ['apply_promo'] },
      { kind: 'checkout', say: "ok I'm ready to pay", calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'unclear answer', say: 'hmm wait', notCalls: NO_ORDER },
      {
        kind: 'explicit yes',
        say: 'yes, confirm the order',
        calls: ['confirm_order'],
        orderStatus: 'placed',
      },
      { kind: 'order status', say: 'when will my order ship?', calls: ['order_status'] },
    ],
  },
  {
    name: 'punch needle for a child: ages, a cloth question off focus, a kit and a needle, a correction',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'my daughter is eleven, do you have anything for punch needle?',
        shown: { some: /Punch Needle/ },
      },
      {
        kind: 'details',
        say: 'is the punch needle kit ok for her age?',
        notCalls: NO_SEARCH,
        reply: [/10 and up|\byes\b/i],
      },
      {
        kind: 'yes/no about another product',
        say: "can the monk's cloth go on a tufting gun?",
        notCalls: NO_SEARCH,
        reply: [/not strong enough|\bno\b/i],
      },
      {
        kind: 'two products one add, the second a value',
        say: 'add the punch needle kit and an oxford needle, the number 14',
        cart: [{ name: /Punch Needle Kit/ }, { name: /Oxford Punch Needle/, size: 'No. 14' }],
      },
      {
        kind: 'correction mid-request',
        say: 'sorry no, I meant the number 10 needle',
        cart: [{ name: /Punch Needle Kit/ }, { name: /Oxford Punch Needle/, size: 'No. 10' }],
      },
      {
        kind: 'cart total',
        say: 'how much is that all together?',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/\$83/],
      },
      { kind: 'cart edit', say: 'remove the kit', cart: [{ name: /Oxford Punch Needle/ }] },
    ],
  },
  {
    name: 'finishing a rug: backing and glue, which dries faster, tape and felt in one add, a colour corrected, shears',
    language: 'en',
    steps: [
      {
        kind: 'need search',
        say: 'what do I need to glue the back of a finished rug?',
        shown: { some: /Latex Carpet Glue|Spray Adhesive|Felt Backing/ },
      },
      {
        kind: 'yes/no',
        say: 'does the spray adhesive smell strong?',
        notCalls: NO_SEARCH,
        reply: [/odour|\byes\b/i],
      },
      {
        kind: 'comparison',
        say: 'which dries quicker, the latex glue or the spray?',
        notCalls: NO_SEARCH,
        best: /Spray Adhesive/,
      },
      {
        kind: 'two products one add',
        say: 'add a roll of edging tape in charcoal and the felt backing in black',
        cart: [
          { name: /Edging Tape/, color: 'Charcoal' },
          { name: /Felt Backing/, color: 'Black' },
        ],
      },
      {
        kind: 'correction mid-request',
        say: 'actually make the tape oat',
        cart: [
          { name: /Edging Tape/, color: 'Oat' },
          { name: /Felt Backing/, color: 'Black' },
        ],
      },
      {
        kind: 'comparison',
        say: 'which is cheaper, the carving shears or the trimmer?',
        notCalls: NO_SEARCH,
        best: /Carving Shears/,
      },
      { kind: 'sold-out variant', say: "I'm a leftie, add the left-handed shears", reply: [SOLD_OUT] },
      {
        kind: 'value alone after refusal',
        say: 'fine, right handed then',
        cart: [
          { name: /Edging Tape/ },
          { name: /Felt Backing/ },
          { name: /Carving Shears/, options: { Hand: 'Right' } },
        ],
      },
    ],
  },
];
