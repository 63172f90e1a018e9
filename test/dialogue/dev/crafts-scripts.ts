/**
 * EN conversations on the crafts store (crafts-catalog.ts): option values by name and in words,
 * corrections that swap the line, sold-out values refused with nothing added, spec questions about
 * a named product answered from its text, promo codes said alone (an expired one refused), start
 * over with a new request, and cancelling the order just placed.
 */
import type { DevScript } from './harness.ts';

const SOLD_OUT = /(sold out|out of stock)/i;

export const CRAFTS_SCRIPTS: DevScript[] = [
  {
    name: 'options by name and in words, corrections, sold-out values',
    language: 'en',
    steps: [
      { say: 'show me glue sticks', shown: { some: /Glue Sticks/ } },
      {
        say: 'add the 100 pack',
        cart: [{ name: /Glue Sticks/, options: { Pack: '100-pack' }, quantity: 1 }],
      },
      {
        say: 'no wait, make it the ten pack',
        cart: [{ name: /Glue Sticks/, options: { Pack: '10-pack' }, quantity: 1 }],
      },
      {
        say: 'and a 50 pack of the glue sticks too',
        cart: [{ name: /Glue Sticks/, options: { Pack: '10-pack' } }],
        reply: [SOLD_OUT, /100-pack/],
      },
      {
        say: 'add two of the satin ribbon, a quarter inch',
        cart: [{ name: /Glue Sticks/ }, { name: /Satin Ribbon/, options: { Width: '1/4"' }, quantity: 2 }],
      },
      {
        say: 'add the gesso primer, the one liter bottle',
        cart: [{ name: /Glue Sticks/ }, { name: /Satin Ribbon/ }],
        reply: [SOLD_OUT, /500 ml/],
      },
      {
        say: 'the 60 watt tessel glue gun please, add it',
        cart: [
          { name: /Glue Sticks/ },
          { name: /Satin Ribbon/ },
          { name: /Glue Gun/, options: { Wattage: '60W' } },
        ],
      },
    ],
  },
  {
    name: 'spec questions about named products, promo codes said alone',
    language: 'en',
    steps: [
      {
        say: 'is the marrow gesso primer solvent free?',
        calls: ['get_product'],
        notCalls: ['search_products'],
        reply: [/^Yes\b/, /Solvent-free/i],
      },
      { say: 'is the merino yarn vegan?', reply: [/^No\b/, /lanolin/i] },
      {
        say: 'do the tailor shears come with a sheath?',
        notCalls: ['search_products'],
        reply: [/^Yes\b/, /sheath/i],
      },
      { say: 'add the tailor shears', cart: [{ name: /Tailor Shears/, quantity: 1 }] },
      { say: 'what promos do you have?', calls: ['list_promos'], reply: [/SAVE10/], notReply: [/OLDCRAFT/] },
      { say: 'use OLDCRAFT', calls: ['apply_promo'], reply: [/expired/i] },
      { say: 'ok then SAVE10', calls: ['apply_promo'], args: { apply_promo: { code: 'SAVE10' } } },
    ],
  },
  {
    name: 'start over with a request, order and cancel it',
    language: 'en',
    steps: [
      { say: 'show me fabric under 30 dollars', shown: { some: /Quilting Fabric/ } },
      {
        say: "let's start over. show me embroidery hoops",
        shown: { some: /Embroidery Hoop/, none: /Fabric/ },
        args: { search_products: { maxPrice: undefined } },
      },
      { say: 'add the 8 inch one', cart: [{ name: /Embroidery Hoop/, options: { Diameter: '8 in' } }] },
      { say: 'check out', calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { say: 'yes', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: "where's my order?", calls: ['order_status'] },
      { say: 'I want to cancel it', calls: ['cancel_order'], reply: [/cancel/i], orderStatus: 'placed' },
      { say: 'yes', orderStatus: 'cancelled' },
    ],
  },
];
