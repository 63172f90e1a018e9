/** The slice built in a worker thread, cached by word set, and read by the lookups. */
import { describe, expect, it } from 'vitest';
import { isShopError } from '../../errors.ts';
import { loadRelations, relatedWords, relationBetween } from './index.ts';

describe('semantic relations', () => {
  it('builds a catalog slice in a worker, once per word set, and answers lookups from it', async () => {
    const input = { words: ['sofas', 'washable', 'tote'], heads: ['sofas', 'tote'] };
    const slice = await loadRelations(input);
    expect(slice.get('couch')?.map((r) => r.word)).toContain('sofas');
    // The same words in another order are the same catalog: the cached slice, not a new build.
    expect(await loadRelations({ words: ['tote', 'washable', 'sofas'], heads: ['tote', 'sofas'] })).toBe(
      slice,
    );
    expect(relatedWords('couches').map((r) => r.word)).toContain('sofas');
    // The catalog's word answers, or the same word from a catalog this process loaded earlier.
    expect(relationBetween('couch', 'sofa')).toMatchObject({
      word: expect.stringMatching(/^sofas?$/),
      rel: 'syn',
      sense: 0,
    });
    expect(relationBetween('wash', 'washable')?.rel).toBe('deriv');
    expect(relationBetween('bag', 'tote')?.rel).toBe('hyper');
    // Only the relations asked for: a tote is a kind of bag, not a synonym. (What else is known
    // depends on the catalogs this process loaded before, so no list is compared whole.)
    expect(relatedWords('bag', ['syn']).map((r) => r.word)).not.toContain('tote');
    expect(relatedWords('bag', ['hyper']).map((r) => r.word)).toContain('tote');
    expect(relationBetween('couch', 'tote')).toBeUndefined();
  });

  it('stops a build when its signal aborts, with a typed error, and caches no failure', async () => {
    const controller = new AbortController();
    const words = { words: ['hammock', 'lantern'], heads: [] };
    const pending = loadRelations(words, undefined, controller.signal);
    controller.abort();
    await expect(pending).rejects.toSatisfy((e) => isShopError(e, 'cancelled'));
    // Not cached: the next build of the same words runs and succeeds.
    const slice = await loadRelations(words);
    expect(slice.size).toBeGreaterThan(0);
  });
});
