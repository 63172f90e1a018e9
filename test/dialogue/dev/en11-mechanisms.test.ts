/**
 * The general mechanisms of branch dlg-en11, on an invented fly-fishing shop of our own (not the
 * disc golf or knitting sets' lines), played through the real importer and tool loop: a context
 * sentence said before the request, money said loosely ("a tenner", "fifty quid", "20 bucks"),
 * a negated type or material word that keeps the category, an add naming a sold-out value
 * refused before any other option is asked, a count said first in an answer ("two in peach"), a
 * size said as its figure ("size 10" for "US 10"), "one of those too" taking what was shown, and
 * the kind said as the head of a request beating another product's title word before it.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { gridRow } from './variant-grid.ts';

const fishingCsv = () =>
  shopifyCsv(
    [
      gridRow({
        handle: 'beginner-rod',
        title: 'Riverbend Starter Rod',
        body: '<p>A forgiving 9 ft rod for new anglers.</p>',
        vendor: 'Riverbend',
        type: 'Rods',
        tags: 'rod, beginner',
        price: 89,
      }),
      gridRow({
        handle: 'carbon-rod',
        title: 'Troutline Carbon Rod',
        body: '<p>A light carbon rod for dry flies.</p>',
        vendor: 'Troutline',
        type: 'Rods',
        tags: 'rod, carbon',
        price: 240,
      }),
      gridRow({
        handle: 'click-reel',
        title: 'Riverbend Click Reel',
        body: '<p>A simple click-and-pawl reel.</p>',
        vendor: 'Riverbend',
        type: 'Reels',
        tags: 'reel',
        price: 45,
      }),
      gridRow({
        handle: 'disc-reel',
        title: 'Troutline Disc Reel',
        body: '<p>A sealed disc drag reel.</p>',
        vendor: 'Troutline',
        type: 'Reels',
        tags: 'reel, sealed',
        price: 130,
      }),
      gridRow({
        handle: 'wool-hat',
        title: 'Riverbend Cold Morning Hat',
        body: '<p>A warm wool hat with ear flaps.</p>',
        vendor: 'Riverbend',
        type: 'Apparel',
        tags: 'hat, wool, apparel',
        price: 28,
      }),
      gridRow({
        handle: 'wading-jacket',
        title: 'Troutline Wading Jacket',
        body: '<p>A short waterproof jacket for deep wading.</p>',
        vendor: 'Troutline',
        type: 'Apparel',
        tags: 'jacket, waterproof, apparel',
        price: 199,
      }),
      gridRow({
        handle: 'dry-fly-line',
        title: 'Troutline Floating Fly Line',
        body: '<p>A weight-forward floating line.</p>',
        vendor: 'Troutline',
        type: 'Lines',
        tags: 'line, floating',
        price: 79,
        options: { Weight: ['WF4', 'WF5', 'WF6'], Color: ['Willow', 'Peach'] },
        soldOut: ['WF6'],
      }),
      gridRow({
        handle: 'stocking-waders',
        title: 'Riverbend Stockingfoot Waders',
        body: '<p>Breathable chest waders with neoprene feet.</p>',
        vendor: 'Riverbend',
        type: 'Waders',
        tags: 'waders, breathable',
        price: 249,
        options: { Size: ['US 9', 'US 10', 'US 11'] },
      }),
      gridRow({
        handle: 'tapered-leader',
        title: 'Troutline Tapered Leader',
        body: '<p>A 9 ft tapered nylon leader.</p>',
        vendor: 'Troutline',
        type: 'Leaders',
        tags: 'leader',
        price: 5,
      }),
      gridRow({
        handle: 'leaded-weights',
        title: 'Riverbend Leaded Weights',
        body: '<p>Split shot weights in a tin.</p>',
        vendor: 'Riverbend',
        type: 'Weights',
        tags: 'weights, split shot',
        price: 7,
      }),
      gridRow({
        handle: 'nylon-tippet',
        title: 'Troutline Nylon Tippet',
        body: '<p>A 30 m spool of nylon tippet.</p>',
        vendor: 'Troutline',
        type: 'Tippet',
        tags: 'tippet, nylon',
        price: 6,
      }),
      gridRow({
        handle: 'fluoro-tippet',
        title: 'Riverbend Fluorocarbon Tippet',
        body: '<p>A 30 m spool of fluorocarbon tippet.</p>',
        vendor: 'Riverbend',
        type: 'Tippet',
        tags: 'tippet, fluorocarbon',
        price: 14,
      }),
    ],
    200,
  );

describe('dlg-en11 mechanisms', () => {
  const t = useTestStore('sqlite');
  const opts = { timeout: DEV_SET_TIMEOUT_MS };

  async function play(script: DevScript) {
    await loadOutdoor(t.store.db, fishingCsv());
    const r = await playScript(t.store.db, script);
    expect(r.misses).toEqual([]);
  }

  it(
    'a context sentence before the request: the request wins, its words are not searched',
    opts,
    async () => {
      await play({
        name: 'context',
        language: 'en',
        steps: [
          // "started" and "morning" would match the Starter Rod and the Cold Morning Hat.
          {
            say: 'I only started last spring and go out early in the morning. Do you sell reels?',
            shown: { category: 'reels', count: 2 },
          },
          {
            say: 'my buddy started tying his own flies last morning so what tippet do you carry',
            shown: { category: 'tippet', count: 2 },
          },
        ],
      });
    },
  );

  it('money said loosely bounds the price and keeps the category', opts, async () => {
    await play({
      name: 'money slang',
      language: 'en',
      steps: [
        { say: 'show me your reels', shown: { category: 'reels', count: 2 } },
        {
          say: 'which ones are fifty quid or less',
          shown: { category: 'reels', count: 1, some: /Click Reel/ },
        },
        { say: 'what tippet do you have', shown: { category: 'tippet', count: 2 } },
        { say: 'anything for a tenner', shown: { category: 'tippet', some: /Nylon/, none: /Fluoro/ } },
        { say: 'rods under 100 bucks', shown: { category: 'rods', count: 1, some: /Starter Rod/ } },
        // "than" is part of the bound, no word to search for (it used to leave the category).
        { say: 'show me your reels', shown: { category: 'reels', count: 2 } },
        {
          say: 'which ones are no more than 60 dollars',
          shown: { category: 'reels', count: 1, some: /Click Reel/ },
        },
      ],
    });
  });

  it(
    'an add naming a value sold out in every variant is refused, not asked its other options',
    opts,
    async () => {
      await play({
        name: 'sold-out value',
        language: 'en',
        steps: [
          { say: 'do you have fly lines', shown: { some: /Floating Fly Line/ } },
          {
            say: 'add the floating line in WF6',
            reply: [/sold out/i],
            notReply: [/Which colou?r/i],
            cart: [],
          },
          {
            // The value and a count after the refusal are the add asked about, not a cart-line change.
            say: 'WF5 in willow then, make it three',
            cart: [{ name: /Floating Fly Line/, color: 'Willow', options: { Weight: 'WF5' }, quantity: 3 }],
          },
        ],
      });
    },
  );

  it('a count said first in the answer to "which colour", a size said as its figure', opts, async () => {
    await play({
      name: 'answers',
      language: 'en',
      steps: [
        { say: 'add the floating line in WF5', reply: [/Which colou?r/i], cart: [] },
        { say: 'two in peach', cart: [{ name: /Floating Fly Line/, color: 'Peach', quantity: 2 }] },
        { say: 'add the stockingfoot waders', reply: [/Which size/i] },
        {
          say: 'size 10',
          cart: [{ name: /Floating Fly Line/ }, { name: /Stockingfoot Waders/, size: 'US 10' }],
        },
        // A counted noun between the count and the value.
        { say: 'add the floating line in WF4', reply: [/Which colou?r/i] },
        {
          say: 'three spools of the willow',
          cart: [
            { name: /Floating Fly Line/, color: 'Peach', quantity: 2 },
            { name: /Stockingfoot Waders/ },
            { name: /Floating Fly Line/, color: 'Willow', quantity: 3, options: { Weight: 'WF4' } },
          ],
        },
      ],
    });
  });

  it('"one of those too" takes the one product just shown', opts, async () => {
    await play({
      name: 'count of those',
      language: 'en',
      steps: [
        { say: 'do you have waders', shown: { count: 1 } },
        // The add goes on: the waders' size is asked.
        { say: 'one of those too', reply: [/Which size/i], cart: [] },
        { say: 'US 11', cart: [{ name: /Stockingfoot Waders/, size: 'US 11' }] },
      ],
    });
  });

  it(
    "the kind said is the head: another product's title word before it only qualifies it",
    opts,
    async () => {
      await play({
        name: 'head noun',
        language: 'en',
        steps: [
          // "Carbon" is a word of the Troutline Carbon Rod's title; the shopper asks for reels.
          { say: 'have you got any carbon reels', shown: { category: 'reels', none: /Rod/ } },
          { say: 'do you have carbon sealed reels', shown: { category: 'reels', none: /Rod/ } },
          // "Leader" is the shop's kind; the Leaded Weights' title only looks like it.
          { say: 'show me your leader', shown: { category: 'leaders', count: 1 } },
        ],
      });
    },
  );

  it('"ok, size 9" with nothing to confirm adds the product in view in that size', opts, async () => {
    await play({
      name: 'ok value',
      language: 'en',
      steps: [
        { say: 'do you have waders', shown: { count: 1 } },
        { say: 'ok size 9', cart: [{ name: /Stockingfoot Waders/, size: 'US 9' }] },
      ],
    });
  });

  it('a negated type or material word keeps the category', opts, async () => {
    await play({
      name: 'negation',
      language: 'en',
      steps: [
        { say: 'what tippet do you have', shown: { category: 'tippet', count: 2 } },
        { say: 'not nylon though', shown: { category: 'tippet', none: /Nylon/, some: /Fluorocarbon/ } },
        { say: 'show me apparel', shown: { category: 'apparel', count: 2 } },
        { say: 'anything but hats', shown: { category: 'apparel', none: /Hat/, some: /Jacket/ } },
      ],
    });
  });
});
