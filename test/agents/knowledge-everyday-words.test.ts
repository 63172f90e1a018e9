/**
 * The knowledge search over a campervan rental's documents, where "van" is said by most passages
 * (both databases): a question whose only word the shop says is that everyday word is not
 * answered, and a rare incidental word ("smaller") does not outrank the passage saying the rest.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/agents/knowledge/index.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';

const VANS_MD = `# Renting a van

## Who can rent

Drivers must be 25 or older. Drivers aged 21 to 24 can rent the smaller Trailhead van for $25 more a night.

## Toilet

The Basecamp van has a cassette toilet; the Trailhead van has none.

## Returning the van

Vans are returned by 10 am on the last day.

## Pets

Two dogs are welcome in the Basecamp van.

## Fuel

Return the van with a full tank of diesel.

## Cleaning

Sweep the floor and empty the toilet cassette before you return the van.
`;

const SHOP_MD = `# The outfitter shop

## Returns

Unused gear can be returned within 45 days with the receipt.

## Opening hours

The shop is open Monday to Saturday from 9 am to 6 pm.
`;

async function seeded(db: ConstructorParameters<typeof KnowledgeBase>[0]['db']) {
  const kb = new KnowledgeBase({ db, embedder: null, now: () => new Date('2026-03-01T10:00:00Z') });
  for (const [source, text] of [
    ['vans.md', VANS_MD],
    ['shop.md', SHOP_MD],
  ] as const)
    await kb.importDocument({ kb: 'vans', kind: 'policy', source, format: 'markdown' }, text);
  return kb;
}

describe.each(TEST_DIALECTS)('knowledge search and a shop’s everyday words on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('answers nothing when the only word a passage says is one most passages say', async () => {
    const kb = await seeded(t.store.db);
    expect(await kb.search({ kb: 'vans', query: 'can I smoke in the van?' })).toEqual([]);
    // The same everyday word with a word the shop does say still answers.
    const [dogs] = await kb.search({ kb: 'vans', query: 'can my dog come in the van?' });
    expect(dogs?.headings).toEqual(['Pets']);
  });

  it('puts the passage saying most of the question first, not the one sharing a rare word', async () => {
    const kb = await seeded(t.store.db);
    const [first] = await kb.search({ kb: 'vans', query: 'does the small van have a toilet?' });
    expect(first?.headings).toEqual(['Toilet']);
  });
});
