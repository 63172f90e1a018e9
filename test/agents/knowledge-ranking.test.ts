/**
 * Ranking features of the knowledge search on both databases, over an invented bike shop's
 * documents: another word for the same thing ("cracked" for "damaged"), a plural ("cards"), a
 * Spanish question over an English document, the kind of fact asked (a duration), the headings,
 * a named place no document names, and a question sharing only a common word with a passage.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/agents/knowledge/index.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';

const CARE_MD = `# Bike care and service

## Damaged on arrival

If a frame or wheel arrives damaged, send us a photo within 5 days and we ship a replacement.

## Tune-ups

Every bike gets a free tune-up in its first 60 days. A tune-up takes 2 working days at the workshop.

## Workshop opening hours

The workshop opens at 9 am on weekdays.
`;

const PAYMENT_MD = `# Paying for your bike

## Cards we take

We take Visa and Mastercard debit and credit card payments. We do not take cheques.

## Paying over time

Bikes over €600 can be paid in 6 monthly instalments with no interest.
`;

const DELIVERY_MD = `# Delivery

## Where we deliver

We deliver across Ireland and Northern Ireland. Bikes arrive fully assembled.

## Delivery times

Delivery takes 3 to 4 working days.
`;

async function seeded(db: ConstructorParameters<typeof KnowledgeBase>[0]['db']) {
  const kb = new KnowledgeBase({ db, embedder: null, now: () => new Date('2026-03-01T10:00:00Z') });
  for (const [source, text] of [
    ['care.md', CARE_MD],
    ['payment.md', PAYMENT_MD],
    ['delivery.md', DELIVERY_MD],
  ] as const)
    await kb.importDocument({ kb: 'bikes', kind: 'policy', source, format: 'markdown' }, text);
  return kb;
}

describe.each(TEST_DIALECTS)('knowledge ranking on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('finds a passage said in other words, in the plural or in the other language', async () => {
    const kb = await seeded(t.store.db);
    const top = async (query: string, language?: 'en' | 'es') =>
      (await kb.search({ kb: 'bikes', query, ...(language ? { language } : {}) }))[0];
    // "cracked" is a way of saying "damaged"; "cards" is the plural of "card".
    expect((await top('my wheel came cracked, what now?'))?.headings).toEqual(['Damaged on arrival']);
    expect((await top('which cards do you accept?'))?.headings).toEqual(['Cards we take']);
    // A Spanish shopper over English documents: the policy words bridge the languages.
    const es = await top('¿puedo pagar con tarjeta?', 'es');
    expect(es?.headings).toEqual(['Cards we take']);
    expect(es?.language).toBe('en');
  });

  it('prefers the passage with the kind of fact asked and the one whose heading says it', async () => {
    const kb = await seeded(t.store.db);
    // Both tune-ups and delivery passages say "days"; "how long does delivery take" wants the delivery one.
    const [first] = await kb.search({ kb: 'bikes', query: 'how long does delivery take?' });
    expect(first?.headings).toEqual(['Delivery times']);
    const [hours] = await kb.search({ kb: 'bikes', query: 'when does the workshop open?' });
    expect(hours?.headings).toEqual(['Workshop opening hours']);
  });

  it('answers nothing for a place no document names, or a question sharing only a common word', async () => {
    const kb = await seeded(t.store.db);
    expect(await kb.search({ kb: 'bikes', query: 'do you deliver to France?' })).toEqual([]);
    expect(
      (await kb.search({ kb: 'bikes', query: 'do you deliver to Northern Ireland?' }))[0]?.headings,
    ).toEqual(['Where we deliver']);
    // "gift vouchers" are said nowhere; "bikes" alone does not make a passage an answer.
    expect(await kb.search({ kb: 'bikes', query: 'do you sell gift vouchers for bikes?' })).toEqual([]);
  });
});
