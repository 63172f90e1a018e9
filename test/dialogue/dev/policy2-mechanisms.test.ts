/**
 * Branch policy2's mechanisms, pinned on a climbing shop of my own (its products, policy text and
 * phrasings are not any dev or round script's): a question asked with a product in focus whose
 * text does not say it, about something the store's policy says (classes, paying in parts, taking
 * a thing back), is answered from the policy, not "the description doesn't say" (store-question.ts
 * storeBeforeUnknown); a Spanish question of an English policy text hears the sentence the
 * knowledge search found saying it (its `sentence`, read through the question's English), quoted
 * under a Spanish frame when it is not fully understood, not a list of its figures
 * (policy-answer.ts, policy-reply.ts).
 */
import { describe, expect, it } from 'vitest';
import { policySentenceFound } from '../../../src/shop/dialogue/answers/knowledge-answer.ts';
import { policyAnswer } from '../../../src/shop/dialogue/answers/policy-answer.ts';
import { useTestStore } from '../../store/databases.ts';
import { RealConversation } from '../real-shop.ts';
import { loadOutdoor } from './harness.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { type GridProduct, gridRow } from './variant-grid.ts';

const product = (title: string, type: string, price: number, body: string): GridProduct => ({
  handle: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  title,
  body: `<p>${body}</p>`,
  vendor: title.split(' ')[0]!,
  type,
  tags: type.toLowerCase(),
  price,
});

const CATALOG = shopifyCsv(
  [
    product('Cragmoor Sit Harness', 'Harnesses', 65, 'A light sit harness with four gear loops.'),
    product('Cragmoor Chalk Bag', 'Chalk Bags', 18, 'A fleece-lined chalk bag with a brush holder.'),
    product('Boulderly Crash Pad', 'Crash Pads', 180, 'A folding crash pad with shoulder straps.'),
    product('Boulderly Approach Shoes', 'Shoes', 110, 'Sticky-soled shoes for the walk to the crag.'),
  ].map(gridRow),
  400,
);

const POLICY = [
  'Returns: unused gear can be returned within 45 days of delivery for a full refund. Chalk that has been opened cannot be returned.',
  'Shipping: orders ship from Sheffield within 2 business days. Crash pads ship as oversize parcels for £9 more.',
  'Services: bouldering workshops run on Saturday mornings at our Sheffield shop for £20 a session, shoes included.',
  'Warranty: harnesses carry a 3-year warranty. Chalk bags and brushes carry no warranty.',
  'Payment: we accept Visa, Mastercard and PayPal. We do not accept American Express. Klarna is available on orders of £40 to £800.',
].join('\n');

const UNKNOWN = /description of|descripción de/i;

describe('a question the product text does not answer, asked with a product in focus', () => {
  const t = useTestStore('sqlite');
  for (const [lang, show, ask, want] of [
    // Picked from a list: its text is looked up first, so the policy is read on the turn's last step.
    [
      'en',
      'show me chalk bags',
      'if I open a tub of chalk and never use it, will you take it back?',
      /chalk that has been opened cannot be returned/i,
    ],
    [
      'en',
      'tell me about the cragmoor chalk bag',
      'if I open a tub of chalk and never use it, will you take it back?',
      /chalk that has been opened cannot be returned/i,
    ],
    ['es', 'háblame del cragmoor sit harness', '¿dan talleres para principiantes?', /saturday|sábado|20/i],
    [
      'es',
      'háblame del boulderly crash pad',
      'es mucho dinero de golpe. ¿puedo pagarlo en partes?',
      /klarna/i,
    ],
  ] as const) {
    it(`${lang}: "${ask}" is the store's to answer`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang, POLICY);
      await c.say(show);
      const r = await c.say(ask);
      expect(r.text).not.toMatch(UNKNOWN);
      expect(r.text).toMatch(want);
    });
  }
});

describe('a policy question said in everyday words, with no product in focus', () => {
  const t = useTestStore('sqlite');
  for (const [lang, ask, want] of [
    ['en', 'would my visa card be alright to pay you with?', /we accept visa/i],
    ['en', 'how much is postage on a crash pad?', /£9|oversize/i],
    ['es', '¿la mastercard de mi hermana me sirve para pagar el pedido?', /mastercard/i],
    ['es', '¿me dejan ir pagando el crash pad de a poco?', /klarna/i],
  ] as const) {
    it(`${lang}: "${ask}"`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang, POLICY);
      const r = await c.say(ask);
      expect(r.calls.map((x) => x.name)).not.toContain('search_products');
      expect(r.text).toMatch(want);
    });
  }
});

describe('a Spanish question of an English policy: the sentence that says it', () => {
  it('the sentence the search found is quoted whole under a Spanish frame, not its figures', () => {
    const found = 'Chalk bags and brushes carry no warranty.';
    const a = policyAnswer(
      POLICY,
      'warranty',
      'se me rompio la bolsa de magnesio al ano lo cubre la garantia',
      'es',
      found,
    );
    expect('text' in a && a.text).toMatch(
      /«(Harnesses carry a 3-year warranty\. )?Chalk bags and brushes carry no warranty»/i,
    );
    expect('text' in a && a.text).toMatch(/^(No\. )?Sobre garantía/);
  });
  it('without a sentence found, the English question picks its own', () => {
    const a = policyAnswer(POLICY, 'payment', 'do you take american express', 'en', undefined);
    expect('text' in a && a.text).toMatch(/do not accept American Express/);
  });
});

describe('the sentence the knowledge search found, taken only when it says enough of the question', () => {
  const found = (sentenceShare: number) => [
    {
      name: 'search_knowledge',
      input: { query: 'q' },
      output: {
        passages: [
          {
            title: 'store policy',
            source: 'config:SHOP_POLICY_TEXT',
            text: POLICY,
            coverage: 0.4,
            sentence: 'Payment: we accept Visa, Mastercard and PayPal.',
            sentenceShare,
          },
        ],
      },
    },
  ];
  it('a sentence saying a fifth of the question is no answer; a third is', () => {
    expect(policySentenceFound(found(0.18) as never)).toBeUndefined();
    expect(policySentenceFound(found(0.33) as never)).toMatch(/we accept Visa/);
  });
});

describe('the policy sentence a word of the question picks, in any form', () => {
  const TENTS =
    'Warranty: tents carry a 2-year warranty; stoves 1 year. Poles, pegs and guy lines wear with use and carry no warranty.';
  it('"a pole of my tent" hears the sentence about poles', () => {
    const a = policyAnswer(
      TENTS,
      'warranty',
      'a pole of my tent snapped after a year does the warranty cover it',
      'en',
    );
    expect('text' in a && a.text).toMatch(/Poles, pegs and guy lines wear with use and carry no warranty/);
  });
  it('"Amex" is the American Express the text names', () => {
    const pays =
      'Payment: you can pay by Visa, Mastercard or Apple Pay. We do not take American Express. Pay in 3 with Clearpay on orders of £25 to £500.';
    const a = policyAnswer(pays, 'payment', 'is an amex ok for paying you', 'en');
    expect('text' in a && a.text).toMatch(/do not take American Express/);
  });
});
