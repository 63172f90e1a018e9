/**
 * What a knowledge search costs on the main thread: the WordNet reading of a concept in a text
 * (the CPU-heavy part with word vectors) happens at most once per question for each concept and
 * text with neighbours and once without (it was up to four times for a passage's whole text), the
 * answers do not change, and a cancelled search stops between passages with the caller's reason.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/agents/knowledge/index.ts';
import { Meanings } from '../../src/agents/knowledge/meanings.ts';
import { type Concept, concepts, memoSays } from '../../src/agents/knowledge/terms.ts';
import { useTestStore } from '../store/databases.ts';

const NOW = () => new Date('2026-03-01T10:00:00Z');

const DOCS: Record<string, string> = {
  'tipping.md':
    '# Tipping\n\n## Who gets the tip\n\nAll of your tip goes to your driver. We never keep any part of it.\n',
  'bags.md':
    '# Packaging\n\n## Paper bags\n\nLocal law requires a fee of 10 cents per bag, shown on your receipt.\n',
  'returns.md':
    '# Returns\n\n## Sending things back\n\nYou may send back unopened items within 30 days for a refund.\n',
};

/** WordNet meanings that count each reading and may run a hook on it. */
class CountingMeanings extends Meanings {
  readonly calls = new Map<string, number>();
  onRead: (() => void) | undefined;
  override related(word: string, text: string): number {
    const key = `${word}\u0000${text}`;
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
    this.onRead?.();
    return super.related(word, text);
  }
}

describe('memoSays', () => {
  it('reads each concept in each text once and returns the same value again', () => {
    const [a, b] = concepts('gratuity driver') as [Concept, Concept];
    let reads = 0;
    const says = memoSays((c, text) => {
      reads += 1;
      return c === a ? text.length / 100 : 0;
    });
    expect(says(a, 'one text')).toBe(0.08);
    expect(says(a, 'one text')).toBe(0.08);
    expect(says(b, 'one text')).toBe(0);
    expect(says(b, 'one text')).toBe(0);
    expect(says(a, 'another text')).toBe(0.12);
    expect(reads).toBe(3);
  });
});

describe('a knowledge search on the main thread', () => {
  const t = useTestStore('sqlite');

  async function seeded(meanings: Meanings) {
    const kb = new KnowledgeBase({ db: t.store.db, now: NOW, embedder: null, meanings });
    for (const [source, text] of Object.entries(DOCS))
      await kb.importDocument({ kb: 'shop', kind: 'faq', source, format: 'markdown' }, text);
    return kb;
  }

  it('reads a concept in a text at most twice per question (with and without neighbours), same answers', async () => {
    const meanings = new CountingMeanings();
    const kb = await seeded(meanings);
    for (const query of [
      'what about the gratuity?',
      'can I return a parcel I opened?',
      'is there a sack charge?',
    ]) {
      meanings.calls.clear();
      const found = await kb.search({ kb: 'shop', query });
      expect(Math.max(...meanings.calls.values())).toBeLessThanOrEqual(2);
      expect(meanings.calls.size).toBeGreaterThan(0);
      if (query.includes('gratuity')) expect(found[0]?.source).toBe('tipping.md');
    }
  });

  it('stops between passages when the caller cancels, with the caller’s reason', async () => {
    const meanings = new CountingMeanings();
    const kb = await seeded(meanings);
    const cancel = new AbortController();
    meanings.onRead = () => cancel.abort(new Error('barge-in'));
    await expect(kb.search({ kb: 'shop', query: 'what about the gratuity?' }, cancel.signal)).rejects.toThrow(
      'barge-in',
    );
    // Cancelled during the first passage's readings: the other passages were never read.
    const texts = [...meanings.calls.keys()].map((k) => k.split('\u0000')[1] ?? '');
    const touched = ['driver', 'receipt', 'refund'].filter((w) => texts.some((text) => text.includes(w)));
    expect(touched).toHaveLength(1);
  });
});
