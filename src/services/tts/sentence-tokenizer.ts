/**
 * Streaming sentence splitter for TTS: LLM text deltas go in, whole sentences come out as
 * soon as they are certain, so the first sentence is synthesized and played while the rest
 * of the reply is still being generated.
 *
 * A period only ends a sentence when whitespace follows and the next word does not start in
 * lowercase; that one rule keeps "19.99", "e.g. the", "approx. two" and "www.shop.com"
 * together. Titles ("Dr.", "Sra.") never end a sentence; number abbreviations ("No. 5",
 * "pág. 3") only hold when a digit follows. "?" "!" "…" end a sentence once whitespace
 * follows. Spanish "¿" "¡" open sentences and need no special case: "Hola. ¿Qué tal?" splits
 * after "Hola." because "¿" is not lowercase.
 */

export interface SentenceTokenizerOptions {
  /**
   * A sentence without a boundary is cut at the last comma/semicolon/colon (else the last
   * space) once it grows past this many characters, so a run-on reply still starts playing.
   */
  maxChars?: number;
}

const DEFAULT_MAX_CHARS = 250;

/** Titles and abbreviations after which "." never ends a sentence (EN and ES, lowercase). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'vs',
  'e.g',
  'i.e',
  'inc',
  'ltd',
  'corp',
  'dept',
  'est',
  'approx',
  // Spanish
  'sra',
  'srta',
  'dra',
  'profa',
  'lic',
  'ing',
  'ud',
  'uds',
  'vd',
  'vds',
  'av',
  'avda',
  'dto',
  'aprox',
  'cía',
  'pza',
]);

/** Abbreviations that only hold when a number follows ("No. 5", "pág. 12", "Oct. 3"). */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no',
  'nos',
  'nº',
  'núm',
  'num',
  'vol',
  'pág',
  'pag',
  'p',
  'pp',
  'art',
  'fig',
  'tel',
  'ext',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ene',
  'abr',
  'ago',
  'dic',
]);

const TERMINATORS = '.!?…。！？';
/** Closing punctuation that belongs to the sentence it follows. */
const CLOSERS = '"\'”’»)]}';
const CLAUSE_BREAKS = /[,;:—–](?=\s)/g;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

function isLowercaseLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

type Decision = 'split' | 'join' | 'need-more';

export class SentenceTokenizer {
  readonly #maxChars: number;
  #buf = '';
  /** Where scanning resumes; everything before it is known not to hold a boundary. */
  #scanFrom = 0;

  constructor(options: SentenceTokenizerOptions = {}) {
    this.#maxChars = Math.max(20, options.maxChars ?? DEFAULT_MAX_CHARS);
  }

  /** Adds a text delta; returns the sentences it completed (possibly none). */
  push(delta: string): string[] {
    this.#buf += delta;
    return this.#drain(false);
  }

  /** Ends the current segment: returns every remaining sentence, including an unterminated tail. */
  flush(): string[] {
    const out = this.#drain(true);
    const rest = this.#buf.trim();
    this.#buf = '';
    this.#scanFrom = 0;
    if (rest) out.push(rest);
    return out;
  }

  /** Drops buffered text (interruption). */
  reset(): void {
    this.#buf = '';
    this.#scanFrom = 0;
  }

  /** Text received but not yet emitted. */
  get pending(): string {
    return this.#buf;
  }

  #drain(final: boolean): string[] {
    const out: string[] = [];
    for (;;) {
      const cut = this.#findBoundary(final);
      if (cut === null) break;
      const sentence = this.#buf.slice(0, cut).trim();
      this.#buf = this.#buf.slice(cut);
      this.#scanFrom = 0;
      if (sentence) out.push(sentence);
    }
    if (this.#buf.trim().length > this.#maxChars) {
      const cut = this.#clauseCut();
      out.push(this.#buf.slice(0, cut).trim());
      this.#buf = this.#buf.slice(cut);
      this.#scanFrom = 0;
      out.push(...this.#drain(final));
    }
    return out;
  }

  /** Index just after the first certain sentence end, or null when none (yet). */
  #findBoundary(final: boolean): number | null {
    const buf = this.#buf;
    for (let i = this.#scanFrom; i < buf.length; i++) {
      const ch = buf[i]!;
      // Blank lines and list items on new lines are natural breaks in LLM output.
      if (ch === '\n') {
        if (buf.slice(0, i).trim()) return i + 1;
        continue;
      }
      if (!TERMINATORS.includes(ch)) continue;
      let end = i + 1;
      while (end < buf.length && TERMINATORS.includes(buf[end]!)) end++;
      while (end < buf.length && CLOSERS.includes(buf[end]!)) end++;
      const decision = this.#decide(i, end, final);
      if (decision === 'split') return end;
      if (decision === 'need-more') {
        this.#scanFrom = i;
        return null;
      }
      i = end - 1;
    }
    this.#scanFrom = buf.length;
    return null;
  }

  /** Decides whether the terminator run buf[start..end) ends a sentence. */
  #decide(start: number, end: number, final: boolean): Decision {
    const buf = this.#buf;
    if (end >= buf.length) return final ? 'split' : 'need-more';
    if (!isSpace(buf[end]!)) return 'join';
    const run = buf.slice(start, end).replace(/[^.!?…。！？]/g, '');
    // CJK terminators and "?"/"!" end a sentence regardless of what follows.
    if (/[?!？！。]/.test(run)) return 'split';
    let next = end;
    while (next < buf.length && isSpace(buf[next]!)) next++;
    if (next >= buf.length) return final ? 'split' : 'need-more';
    const nextCh = buf[next]!;
    if (isLowercaseLetter(nextCh)) return 'join';
    if (run !== '.') return 'split';
    const word = this.#wordBefore(start);
    const lower = word.toLowerCase();
    if (ABBREVIATIONS.has(lower)) return 'join';
    if (NUMBER_ABBREVIATIONS.has(lower) && isDigit(nextCh)) return 'join';
    // Initials ("J. K. Rowling").
    if (/^\p{Lu}$/u.test(word)) return 'join';
    // A bare number opening the sentence is a list marker ("1. Red sneakers").
    if (/^\d+$/.test(word) && buf.slice(0, start - word.length).trim() === '') return 'join';
    return 'split';
  }

  #wordBefore(index: number): string {
    let s = index;
    while (s > 0 && !isSpace(this.#buf[s - 1]!)) s--;
    return this.#buf.slice(s, index).replace(/^[("'“‘¿¡«[]+/, '');
  }

  /** Where to cut an over-long sentence: after the last clause break, else the last space. */
  #clauseCut(): number {
    const window = this.#buf.slice(0, this.#maxChars);
    let cut = -1;
    for (const m of window.matchAll(CLAUSE_BREAKS)) cut = m.index + 1;
    if (cut <= 0) cut = window.lastIndexOf(' ');
    return cut > 0 ? cut : this.#maxChars;
  }
}

/** Splits a complete text into sentences with the streaming rules. */
export function splitSentences(text: string, options?: SentenceTokenizerOptions): string[] {
  const tok = new SentenceTokenizer(options);
  return [...tok.push(text), ...tok.flush()];
}
