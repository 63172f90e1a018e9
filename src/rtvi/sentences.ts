/**
 * Minimal streaming sentence splitter for captions of replies that are not spoken (the TTS
 * layer has its own tokenizer for speech; captions only need "cut after . ! ? followed by a space").
 */
const BOUNDARY = /[.!?…。！？]+["')\]]*\s+/g;

export class SentenceAggregator {
  #buffer = '';

  /** Adds streamed text; returns the sentences it completed. */
  push(text: string): string[] {
    this.#buffer += text;
    const out: string[] = [];
    let last = 0;
    for (const m of this.#buffer.matchAll(BOUNDARY)) {
      const end = m.index + m[0].length;
      const sentence = this.#buffer.slice(last, end).trim();
      if (sentence) out.push(sentence);
      last = end;
    }
    this.#buffer = this.#buffer.slice(last);
    return out;
  }

  /** The unterminated rest, if any. */
  flush(): string {
    const rest = this.#buffer.trim();
    this.#buffer = '';
    return rest;
  }

  reset(): void {
    this.#buffer = '';
  }
}
