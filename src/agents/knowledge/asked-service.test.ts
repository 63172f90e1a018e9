/**
 * A service asked by a specific verb that no passage says ("can you embroider…") is answered by
 * nothing, not by the page sharing its other words; a common verb ("lift") may be the shopper's
 * paraphrase and is left to the ranking.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../store/db.ts';
import { askedService } from './asked-service.ts';
import { KnowledgeBase } from './index.ts';
import { KnowledgeSearch } from './search.ts';
import type { WordNeighbours } from './word-vectors/neighbours.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('askedService', () => {
  it('reads the verb of a service asked, in English, Spanish and its machine English', () => {
    expect(askedService('can you embroider my initials on a shirt cuff')).toBe('embroider');
    expect(askedService('¿me pueden bordar mi nombre en la camisa?')).toBe('bordar');
    expect(askedService('Can embroider me my name in the shirt?')).toBe('embroider');
    expect(askedService('can you tell me the opening hours')).toBeUndefined();
    expect(askedService('can I return it')).toBeUndefined();
    expect(askedService('¿se puede llevar la furgoneta a México?')).toBeUndefined();
  });
});

describe('a service no passage names', () => {
  it('answers nothing when the verb is specific, and leaves a common verb to the ranking', async () => {
    const store = await openDatabase({ path: ':memory:' });
    closers.push(() => store.close());
    const kb = new KnowledgeBase({
      db: store.db,
      embedder: null,
      now: () => new Date('2026-03-01T10:00:00Z'),
    });
    await kb.importDocument(
      { kb: 'tailor', kind: 'faq', source: 'sleeves.md', format: 'markdown', language: 'en' },
      '# Sleeves\n\n## Shirt sleeves\n\nShirt sleeves are shortened from the cuff for $28; we can also move a cuff button.\n',
    );
    // General-English ranks as the word-vector table gives them: "embroider" is rare, "move" common.
    const ranks: Record<string, number> = { move: 400, embroider: 40_000 };
    const neighbours = { rankOf: (w: string) => ranks[w], related: () => 0 } as unknown as WordNeighbours;
    const search = new KnowledgeSearch({
      db: store.db,
      minCoverage: 0.3,
      minSimilarity: 0.5,
      neighbours: async () => neighbours,
    });
    const top = async (query: string) => (await search.search({ kb: 'tailor', query }))[0]?.headings.at(-1);
    expect(await top('can you embroider my initials on a shirt cuff?')).toBeUndefined();
    expect(await top('can you move the button on my shirt cuff?')).toBe('Shirt sleeves');
  });
});
