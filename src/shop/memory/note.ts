/**
 * The line that tells the assistant what it knows about the shopper, appended to its
 * instructions at the start of a session: an LLM reads it as text, the offline engine parses it
 * back (dialogue/memory.ts). One format for both, so the engine never needs a database call.
 */
import type { Preference, PreferenceKind } from './preferences.ts';

export const NOTE_PREFIX = 'Shopper memory:';

/** `Shopper memory: size 42 (shoes); brand Nike; budget 150` — undefined when nothing is known. */
export function memoryNote(
  prefs: readonly Pick<Preference, 'kind' | 'scope' | 'value'>[],
): string | undefined {
  const parts = prefs
    .slice(0, 20)
    .map((p) => `${p.kind} ${clean(p.value)}${p.scope ? ` (${clean(p.scope)})` : ''}`);
  return parts.length ? `${NOTE_PREFIX} ${parts.join('; ')}` : undefined;
}

/** The preferences a note names, in its order. */
export function parseMemoryNote(system: string): { kind: PreferenceKind; value: string; scope: string }[] {
  const line = system.split('\n').find((l) => l.startsWith(NOTE_PREFIX));
  if (!line) return [];
  return line
    .slice(NOTE_PREFIX.length)
    .split(';')
    .flatMap((part) => {
      const m = /^\s*(size|brand|color|budget) (.+?)(?: \(([^()]*)\))?\s*$/.exec(part);
      return m ? [{ kind: m[1] as PreferenceKind, value: m[2]!, scope: m[3] ?? '' }] : [];
    });
}

// The note is one line of `;`-separated parts: values never carry those characters into it.
const clean = (s: string) =>
  s
    .replace(/[;\n()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
