/**
 * Short phrases said while a slow tool runs. Rotates through the profile's list so the
 * shopper never hears the same filler twice in a row.
 */
import type { Language } from './types.ts';

export class FillerPicker {
  readonly #phrases: Record<Language, readonly string[]>;
  readonly #next: Record<Language, number> = { en: 0, es: 0 };
  #last: string | undefined;

  constructor(phrases: Record<Language, readonly string[]>) {
    this.#phrases = phrases;
  }

  /** The next filler in `language`; undefined when the profile has none. */
  next(language: Language): string | undefined {
    const list = this.#phrases[language];
    if (list.length === 0) return undefined;
    let phrase = list[this.#next[language] % list.length] as string;
    this.#next[language]++;
    if (phrase === this.#last && list.length > 1) {
      phrase = list[this.#next[language] % list.length] as string;
      this.#next[language]++;
    }
    this.#last = phrase;
    return phrase;
  }
}
