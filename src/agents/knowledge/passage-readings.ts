/**
 * The English reading of a knowledge base's Spanish passages (Apertium's, the translator the
 * search already has for Spanish questions): a Spanish question's English reading, and WordNet's
 * and the word vectors' English meanings, can then find a Spanish page that says it in other
 * words ("armar" → "assemble" meets "assembly"). Each passage is read once per text and kept; a
 * failed reading is simply not there (the Spanish words still search).
 */

/** Passages whose readings are kept (a shop's Spanish pages are a few dozen). */
const MEMO = 2048;

export interface SpanishPassage {
  id: string;
  text: string;
  language: string;
}

export class PassageReadings {
  readonly #translate: (spanish: string, signal?: AbortSignal) => Promise<string>;
  readonly #readings = new Map<string, Promise<string | undefined>>();

  constructor(translate: (spanish: string, signal?: AbortSignal) => Promise<string>) {
    this.#translate = translate;
  }

  /** Each Spanish passage's English reading, by passage id (others are left out). */
  async of(rows: readonly SpanishPassage[], signal?: AbortSignal): Promise<Map<string, string>> {
    const spanish = rows.filter((r) => r.language === 'es');
    const read = await Promise.all(spanish.map((r) => this.#reading(r.text, signal)));
    const out = new Map<string, string>();
    spanish.forEach((r, i) => {
      const english = read[i];
      if (english) out.set(r.id, english);
    });
    return out;
  }

  #reading(text: string, signal?: AbortSignal): Promise<string | undefined> {
    let pending = this.#readings.get(text);
    if (!pending) {
      pending = this.#translate(text, signal).then(
        (english) => english.trim() || undefined,
        () => {
          // Not kept: the next question tries again (an aborted or cold translator).
          this.#readings.delete(text);
          return undefined;
        },
      );
      if (this.#readings.size >= MEMO) this.#readings.delete(this.#readings.keys().next().value!);
      this.#readings.set(text, pending);
    }
    return pending;
  }
}
