/**
 * Offline meanings in retrieval: a passage that says a question in other words (WordNet) answers
 * it, on both databases; a Spanish question gets a second, English reading through the injected
 * translator; a translator that fails or is absent changes nothing; unrelated questions still get
 * nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeConfig } from '../../src/agents/knowledge/config.ts';
import { KnowledgeBase } from '../../src/agents/knowledge/index.ts';
import { Meanings } from '../../src/agents/knowledge/meanings.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';

const NOW = () => new Date('2026-03-01T10:00:00Z');

const TIPPING_MD = `# Tipping

## Who gets the tip

All of your tip goes to your driver. We never keep any part of it.
`;
const BAGS_MD = `# Packaging

## Paper bags

Local law requires a fee of 10 cents per bag, shown on your receipt.
`;

describe('Meanings (WordNet)', () => {
  const meanings = new Meanings();

  it('relates words that share a frequent sense, and not unrelated ones', () => {
    expect(meanings.related('gratuity', 'All of your tip goes to your driver.')).toBeGreaterThanOrEqual(0.7);
    // A kind of bag, not a bag: a hypernym link weighs less than a shared sense.
    expect(meanings.related('sack', 'a fee of 10 cents per bag')).toBeLessThan(
      meanings.related('gratuity', 'All of your tip goes to your driver.'),
    );
    expect(meanings.related('courier', 'All of your tip goes to your driver.')).toBe(0);
    expect(meanings.related('zebra', 'All of your tip goes to your driver.')).toBe(0);
  });

  it('knows nothing of words WordNet lacks (numbers, Spanish, names)', () => {
    expect(meanings.related('propina', 'All of your tip goes to your driver.')).toBe(0);
    expect(meanings.related('42', 'size 42')).toBe(0);
  });
});

describe('the KNOWLEDGE_MEANINGS setting', () => {
  it('defaults to wordnet with word-vector neighbours and refuses other values with its name', () => {
    expect(loadKnowledgeConfig({}).KNOWLEDGE_MEANINGS).toBe('wordnet+vectors');
    expect(loadKnowledgeConfig({ KNOWLEDGE_MEANINGS: 'wordnet' }).KNOWLEDGE_MEANINGS).toBe('wordnet');
    expect(loadKnowledgeConfig({ KNOWLEDGE_MEANINGS: 'none' }).KNOWLEDGE_MEANINGS).toBe('none');
    expect(() => loadKnowledgeConfig({ KNOWLEDGE_MEANINGS: 'bert' })).toThrow(/KNOWLEDGE_MEANINGS/);
  });
});

describe.each(TEST_DIALECTS)('retrieval by meaning on %s', (dialect) => {
  const t = useTestStore(dialect);

  async function seeded(deps: Partial<ConstructorParameters<typeof KnowledgeBase>[0]> = {}) {
    const kb = new KnowledgeBase({ db: t.store.db, now: NOW, embedder: null, ...deps });
    await kb.importDocument(
      { kb: 'shop', kind: 'faq', source: 'tipping.md', format: 'markdown' },
      TIPPING_MD,
    );
    await kb.importDocument({ kb: 'shop', kind: 'policy', source: 'bags.md', format: 'markdown' }, BAGS_MD);
    return kb;
  }

  it('finds the passage that says the question in other words', async () => {
    const kb = await seeded();
    const found = await kb.search({ kb: 'shop', query: 'what about the gratuity?' });
    expect(found[0]?.source).toBe('tipping.md');
  });

  it('words only: the same questions find nothing', async () => {
    const kb = await seeded({ meanings: null });
    expect(await kb.search({ kb: 'shop', query: 'what about the gratuity?' })).toEqual([]);
  });

  it('still answers nothing to a question no passage means', async () => {
    const kb = await seeded();
    expect(await kb.search({ kb: 'shop', query: 'do you sell zebra costumes?' })).toEqual([]);
  });

  it('sees a re-imported or removed document on the next question (passages read once per version)', async () => {
    const kb = await seeded();
    expect((await kb.search({ kb: 'shop', query: 'what about the gratuity?' }))[0]?.source).toBe(
      'tipping.md',
    );
    // Same source, new text, same clock: only the content says it changed.
    await kb.importDocument(
      { kb: 'shop', kind: 'faq', source: 'tipping.md', format: 'markdown' },
      '# Drivers\n\nDrivers are paid by the hour.\n',
    );
    const sources = async () =>
      (await kb.search({ kb: 'shop', query: 'what about the gratuity?' })).map((p) => p.source);
    expect(await sources()).not.toContain('tipping.md');
    await kb.importDocument({ kb: 'shop', kind: 'faq', source: 'tips-2.md', format: 'markdown' }, TIPPING_MD);
    expect((await kb.search({ kb: 'shop', query: 'what about the gratuity?' }))[0]?.source).toBe('tips-2.md');
    const [doc] = (await kb.documents.list('shop')).filter((d) => d.source === 'tips-2.md');
    expect(await kb.documents.remove('shop', doc!.id)).toBe(true);
    expect(await sources()).not.toContain('tips-2.md');
  });

  it('reads a Spanish question a second time in the translator’s English', async () => {
    const asked: string[] = [];
    const kb = await seeded({
      translate: async (spanish) => {
        asked.push(spanish);
        return 'does the driver keep the whole tip?';
      },
    });
    const [best] = await kb.search({
      kb: 'shop',
      query: '¿el repartidor se queda toda la gratificación?',
      language: 'es',
    });
    expect(asked).toEqual(['¿el repartidor se queda toda la gratificación?']);
    expect(best?.source).toBe('tipping.md');
    // English questions are not translated.
    await kb.search({ kb: 'shop', query: 'who gets the tip?', language: 'en' });
    expect(asked).toHaveLength(1);
  });

  it('a translator that fails leaves the Spanish reading alone, and an abort still aborts', async () => {
    const kb = await seeded({
      translate: async () => {
        throw new Error('apertium is not installed');
      },
    });
    expect(await kb.search({ kb: 'shop', query: '¿quién se queda la propina?', language: 'es' })).toEqual(
      expect.any(Array),
    );
    const abort = new AbortController();
    const slow = await seeded({
      translate: (_s, signal) =>
        new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
    });
    const pending = slow.search(
      { kb: 'shop', query: '¿quién se queda la propina?', language: 'es' },
      abort.signal,
    );
    abort.abort(new Error('shopper hung up'));
    await expect(pending).rejects.toThrow(/hung up/);
  });
});
