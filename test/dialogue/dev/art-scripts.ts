/**
 * English conversations on the art supply store (art-catalog.ts), written for branch dlg-en3 before
 * the engine was touched, the way painters talk: counting by the tube or the box ("three tubes of
 * the cadmium red"), plural brush sizes ("the elevens"), canvases by inches, the next size up,
 * superlatives over figures only in the text (the tallest easel), spec questions in other words,
 * refinements that keep a price bound, negation, several items at once, checkout slang.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /sold out|out of stock/i;

export const ART_SCRIPTS: DevScript[] = [
  {
    name: 'acrylic painting: tubes by count and size, plural brush sizes, canvas in inches, wrap up',
    language: 'en',
    steps: [
      { say: "I'm looking for acrylic paint", shown: { category: 'acrylic-paint' } },
      {
        say: 'three small tubes of the cadmium red',
        cart: [{ name: /Heavy Body Acrylic/, color: 'Cadmium Red', size: '59 ml', quantity: 3 }],
      },
      {
        say: 'and a big tube of titanium white',
        cart: [
          { name: /Heavy Body/, color: 'Cadmium Red' },
          { name: /Heavy Body/, color: 'Titanium White', size: '148 ml' },
        ],
      },
      { say: 'do you have the ultramarine in the big size?', reply: [SOLD_OUT] },
      { say: 'brushes for acrylic', shown: { some: /Synthetic Flat/ } },
      {
        say: 'the elevens',
        cart: [{ name: /Heavy Body/ }, { name: /Heavy Body/ }, { name: /Synthetic Flat/, size: '11' }],
      },
      {
        say: 'two of the nines too',
        cart: [
          { name: /Heavy Body/ },
          { name: /Heavy Body/ },
          { name: /Synthetic Flat/, size: '11' },
          { name: /Synthetic Flat/, size: '9', quantity: 2 },
        ],
      },
      {
        say: 'a 16 by 20 canvas',
        cart: [
          { name: /Heavy Body/ },
          { name: /Heavy Body/ },
          { name: /Flat/ },
          { name: /Flat/ },
          { name: /Stretched Cotton Canvas/, size: '16x20"' },
        ],
      },
      { say: 'is there a size up from that?', reply: [SOLD_OUT] },
      { say: "what's in my cart?", calls: ['view_cart'] },
      { say: "great, let's wrap this up", calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'yes please', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'easels and watercolour: tallest and lightest from the text, spec synonyms, a bigger set',
    language: 'en',
    steps: [
      { say: 'show me easels', shown: { category: 'easels' } },
      { say: 'which one is the tallest?', best: /H-Frame/ },
      { say: 'and the lightest?', best: /Tabletop/ },
      { say: 'how tall is the field easel?', notCalls: NO_SEARCH, reply: [/66/] },
      { say: 'how heavy is it?', notCalls: NO_SEARCH, reply: [/1\.9 kg/] },
      { say: "what's it made of?", notCalls: NO_SEARCH, reply: [/alumin/i] },
      { say: 'add it', cart: [{ name: /Field Easel/ }] },
      { say: 'is the french box easel in stock?', reply: [SOLD_OUT] },
      { say: 'watercolour sets', shown: { some: /Half Pan Set/ } },
      {
        say: 'the 24 pan one',
        cart: [{ name: /Field Easel/ }, { name: /Half Pan Set/, options: { Count: '24 Pans' } }],
      },
      { say: 'do you have a bigger set?', reply: [SOLD_OUT] },
      {
        say: 'a round brush for watercolour, size 6',
        cart: [{ name: /Field Easel/ }, { name: /Pan Set/ }, { name: /Kolinsky Round/, size: '6' }],
      },
      {
        say: 'make it the next size up',
        cart: [{ name: /Field Easel/ }, { name: /Pan Set/ }, { name: /Kolinsky Round/, size: '8' }],
      },
      {
        say: 'a pad of cold press paper, 9 by 12',
        cart: [
          { name: /Field Easel/ },
          { name: /Pan Set/ },
          { name: /Round/ },
          { name: /Cold Press/, size: '9x12"' },
        ],
      },
      { say: 'I want to settle up', calls: ['prepare_order'], notCalls: ['confirm_order'] },
    ],
  },
  {
    name: 'drawing under 20: negation and brand keep the bound, boxes, sketchbook, oils, dump the cart',
    language: 'en',
    steps: [
      { say: 'drawing supplies under 20', shown: { maxPrice: 20, some: /Pencil|Charcoal|Eraser/ } },
      { say: 'not the pencils', shown: { maxPrice: 20, none: /Pencil/ } },
      { say: 'only Graphite Lane', shown: { maxPrice: 20, brand: 'Graphite Lane' } },
      { say: 'add two boxes of the charcoal', cart: [{ name: /Willow Charcoal/, quantity: 2 }] },
      { say: 'sketchbooks', shown: { some: /Sketchbook/ } },
      { say: 'the A4 in burgundy', reply: [SOLD_OUT] },
      {
        say: 'the A4 in forest then',
        cart: [{ name: /Charcoal/ }, { name: /Sketchbook/, size: 'A4', color: 'Forest' }],
      },
      { say: 'how many sheets does it have?', notCalls: NO_SEARCH, reply: [/96/] },
      { say: "what's the paper like?", notCalls: NO_SEARCH, reply: [/110 gsm|ivory/i] },
      { say: 'dump the whole cart', cart: [] },
      { say: 'oil paints', shown: { category: 'oil-paint' } },
      { say: 'not the set', shown: { some: /Extra Fine Oil/, none: /Set/ } },
      {
        say: 'two tubes of burnt sienna and one of sap green',
        cart: [
          { name: /Extra Fine Oil/, color: 'Burnt Sienna', quantity: 2 },
          { name: /Extra Fine Oil/, color: 'Sap Green', quantity: 1 },
        ],
      },
      { say: 'ring me up', calls: ['prepare_order'], notCalls: ['confirm_order'] },
    ],
  },
  {
    name: 'finishing: varnish finish sold out, cheapest palette, a spec, clear it all out',
    language: 'en',
    steps: [
      { say: 'do you have varnish?', shown: { some: /Picture Varnish/ } },
      { say: 'the matte one', reply: [SOLD_OUT] },
      { say: 'satin then', cart: [{ name: /Varnish/, options: { Finish: 'Satin' } }] },
      { say: "what's your cheapest palette?", best: /Stay-Wet/ },
      { say: 'how big is the glass palette?', notCalls: NO_SEARCH, reply: [/12 by 16/] },
      { say: 'add the glass one', cart: [{ name: /Varnish/ }, { name: /Glass Palette/ }] },
      { say: 'clear it all out', cart: [] },
    ],
  },
];
