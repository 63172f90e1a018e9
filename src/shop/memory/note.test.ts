import { describe, expect, it } from 'vitest';
import { memoryNote, parseMemoryNote } from './note.ts';

describe('memory note', () => {
  it('round-trips preferences through the one-line note, scope and all', () => {
    const prefs = [
      { kind: 'size' as const, value: '42', scope: 'shoes' },
      { kind: 'brand' as const, value: 'Stride', scope: '' },
      { kind: 'budget' as const, value: '150', scope: '' },
    ];
    const note = memoryNote(prefs)!;
    expect(note).toBe('Shopper memory: size 42 (shoes); brand Stride; budget 150');
    expect(parseMemoryNote(`You are a shop assistant.\n${note}\nShop: Acme`)).toEqual(prefs);
  });

  it('keeps separators a shopper said out of the note, and says nothing when nothing is known', () => {
    expect(memoryNote([])).toBeUndefined();
    const note = memoryNote([{ kind: 'brand', value: 'A; size 1 (x)\nB', scope: '' }])!;
    expect(note.split('\n')).toHaveLength(1);
    expect(parseMemoryNote(note)).toEqual([{ kind: 'brand', value: 'A size 1 x B', scope: '' }]);
    expect(parseMemoryNote('no note here')).toEqual([]);
  });
});
