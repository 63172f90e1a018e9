/**
 * Questions that describe the shopper's situation instead of naming the topic, over an invented
 * bike shop's documents (SQLite): a city for "outside the United States" or "Alaska", and the
 * time gone by against the return windows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../store/db.ts';
import { KnowledgeBase } from './index.ts';

const SHIPPING_MD = `# Shipping

## Within the United States

Bikes ship anywhere within the contiguous United States for $60.

## Alaska and Hawaii

Bikes ship to Alaska and Hawaii by air freight for $180.

## Outside the United States

We ship bikes to Canada and Mexico; the buyer pays customs duties on delivery.
`;

const RETURNS_MD = `# Returns

## Return windows

Bikes can be returned within 30 days of delivery for a refund. Between day 31 and day 90 we give store credit.

## Helmets

Helmets cannot be returned once worn.
`;

const TALLER_MD = `# Taller

## Guardamos tu bici

Guardamos las bicis reparadas 60 días; después cobramos 5 dólares por semana.
`;

const PRICE_MD = `# Price matching

## Matching other shops

We match the advertised price of the same bike from another bike shop in the United States.

## Exclusions

We do not match prices from shops outside the United States or from auction sites.
`;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function shop() {
  const store = await openDatabase({ path: ':memory:' });
  closers.push(() => store.close());
  const kb = new KnowledgeBase({ db: store.db, embedder: null, now: () => new Date('2026-03-01T10:00:00Z') });
  for (const [source, text, language] of [
    ['shipping.md', SHIPPING_MD, 'en'],
    ['returns.md', RETURNS_MD, 'en'],
    ['es/taller.md', TALLER_MD, 'es'],
    ['price-match.md', PRICE_MD, 'en'],
  ] as const)
    await kb.importDocument({ kb: 'bikes', kind: 'policy', source, format: 'markdown', language }, text);
  return async (query: string, language?: 'en' | 'es') =>
    (await kb.search({ kb: 'bikes', query, ...(language ? { language } : {}) }))[0]?.headings;
}

describe('questions that describe a situation', () => {
  it('reads a city as its region or country', async () => {
    const top = await shop();
    // Asked by name, as typed: a place no passage names answers nothing, but Canada names it.
    expect(await top('can you ship a bike to my friend in Vancouver?')).toEqual([
      'Outside the United States',
    ]);
    expect(await top('I live up in Anchorage, what does delivery cost?')).toEqual(['Alaska and Hawaii']);
  });

  it('does not answer a shopper abroad with a rule held to the shop’s own country', async () => {
    const top = await shop();
    expect(await top('a shop in Toronto has the same bike cheaper, will you match it?')).toEqual([
      'Exclusions',
    ]);
    // At home the matching rule stays the answer.
    expect(await top('a shop in Denver has the same bike cheaper, will you match it?')).toEqual([
      'Matching other shops',
    ]);
  });

  it('reads the time gone by against the return windows, in Spanish too', async () => {
    const top = await shop();
    expect(await top('hace tres semanas que llegó y no me gusta, ¿me devuelven el dinero?', 'es')).toEqual([
      'Return windows',
    ]);
  });
});
