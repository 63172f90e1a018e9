/**
 * Spanish → English machine translation with Apertium (Debian's `apertium-eng-spa`, installed by
 * setup.sh), for the Spanish utterances the Spanish parse cannot place: the English understanding
 * is much richer, so its parse of the translation is the engine's second opinion (engine.ts).
 *
 * One persistent pipeline per process (the stages of Apertium's `spa-eng` mode, each in null-flush
 * mode, run as one resident child by NullFlushProcess): an utterance is written followed by NUL and
 * its translation comes back followed by NUL, so a translation costs a few milliseconds instead of
 * starting ten processes. Nothing runs on the event loop. Words the caller protects (catalog names, the catalog's English words) travel as
 * Apertium "superblanks", which every stage passes through untouched.
 * Without the package `translate` rejects with TranslatorUnavailable and the engine goes on with
 * the Spanish parse alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { NullFlushError, NullFlushProcess } from '../../catalog/null-flush-process.ts';

export interface Translator {
  /** English of a Spanish utterance; `keep` words are passed through untranslated. */
  translate(text: string, options?: { keep?: ReadonlySet<string>; signal?: AbortSignal }): Promise<string>;
}

export class TranslatorUnavailable extends Error {
  override name = 'TranslatorUnavailable';
}

const MODE_FILE = '/usr/share/apertium/modes/spa-eng.mode';
const TIMEOUT_MS = 5_000;
/**
 * The pipeline's first answer: ten processes loading their dictionaries took 5 s on a loaded
 * machine, and a translation dropped for that made a scored reading depend on the load.
 */
const START_TIMEOUT_MS = 30_000;

export interface TranslatorTimeouts {
  /** How long one translation may take once the pipeline has answered once. */
  timeoutMs?: number;
  /** How long a translation may take while the pipeline has not answered yet (it is starting). */
  startTimeoutMs?: number;
}
/** Translations remembered (oldest dropped first): a conversation's recent turns. */
const MEMO_SIZE = 256;

/** Characters with a meaning in Apertium's stream format, escaped with a backslash. */
const SPECIAL = /[\\^$/@<>[\]{}*~#|]/g;
const END = '.[]';
const escapeStream = (s: string) => s.replace(SPECIAL, (c) => `\\${c}`);
const unescapeStream = (s: string) => s.replace(/\\(.)/g, '$1');

/**
 * The mode's pipeline with every stage in null-flush mode (-z). `$1` is the generator's mode
 * (`-n`: unknown words without the `*` mark), `$2` the tagger's extra flags (none).
 */
export function nullFlushPipeline(mode: string): string {
  return mode
    .trim()
    .replaceAll('$1', '-n')
    .replaceAll('$2', '')
    .split('|')
    .map((stage) => stage.trim().replace(/^(\S+)/, '$1 -z'))
    .join(' | ');
}

/** The stream-format input for one utterance: `keep` words become superblanks. */
export function streamInput(text: string, keep: ReadonlySet<string> = new Set()): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words
    .map((w) => {
      const core = /^([¿¡"'(]*)(.*?)([.,;:!?"')]*)$/u.exec(w)!;
      const word = core[2]!;
      return keep.has(word.toLowerCase()) && word
        ? `${escapeStream(core[1]!)}[${escapeStream(word)}]${escapeStream(core[3]!)}`
        : escapeStream(w);
    })
    .join(' ');
}

/** Plain text of the pipeline's output: superblanks opened, escapes removed. */
export function plainOutput(stream: string): string {
  const body = stream.endsWith(END) ? stream.slice(0, -END.length) : stream;
  return body
    .replace(/\[((?:\\.|[^\\\]])*)\]/g, (_, inner: string) => ` ${unescapeStream(inner)} `)
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export class ApertiumTranslator implements Translator {
  readonly #modeFile: string;
  readonly #timeouts: Required<TranslatorTimeouts>;
  #pipeline: NullFlushProcess | undefined;
  #broken: Error | undefined;
  readonly #memo = new Map<string, string>();

  constructor(modeFile = MODE_FILE, timeouts: TranslatorTimeouts = {}) {
    this.#modeFile = modeFile;
    this.#timeouts = {
      timeoutMs: timeouts.timeoutMs ?? TIMEOUT_MS,
      startTimeoutMs: timeouts.startTimeoutMs ?? START_TIMEOUT_MS,
    };
  }

  /** Whether the translator's data is installed (the pipeline itself starts on first use). */
  available(): boolean {
    return existsSync(this.#modeFile);
  }

  /** Process id of the pipeline's shell while it runs (benchmarks read its stages' CPU time). */
  get pid(): number | undefined {
    return this.#pipeline?.pid;
  }

  async translate(
    text: string,
    options: { keep?: ReadonlySet<string>; signal?: AbortSignal } = {},
  ): Promise<string> {
    // The engine reads the previous turns again on every step (engine.ts): their translations are
    // remembered rather than asked for again.
    const input = streamInput(text.replace(/\0/g, ' '), options.keep);
    const hit = this.#memo.get(input);
    if (hit !== undefined) return hit;
    const out = plainOutput(await this.#ask(input, options.signal));
    if (this.#memo.size >= MEMO_SIZE) this.#memo.delete(this.#memo.keys().next().value!);
    this.#memo.set(input, out);
    return out;
  }

  async #ask(input: string, signal: AbortSignal | undefined): Promise<string> {
    if (this.#broken) throw this.#broken;
    try {
      return await this.#start().request(input, signal);
    } catch (e) {
      if (signal?.aborted || !(e instanceof NullFlushError)) throw e;
      const err = new TranslatorUnavailable(`apertium pipeline: ${e.message.slice(0, 300)}`);
      // A stage that cannot run (missing binary) fails at once: remembered, not retried per turn.
      if (/not found|No such file/i.test(e.message)) this.#broken = err;
      throw err;
    }
  }

  /** Ends the pipeline (tests, shutdown); a later translate starts a new one. */
  close(): void {
    this.#pipeline?.close();
    this.#pipeline = undefined;
  }

  #start(): NullFlushProcess {
    if (this.#pipeline) return this.#pipeline;
    if (!existsSync(this.#modeFile))
      throw new TranslatorUnavailable(
        `Apertium's Spanish→English translator is not installed (${this.#modeFile} missing; apt-get install apertium-eng-spa)`,
      );
    const pipeline = nullFlushPipeline(readFileSync(this.#modeFile, 'utf8'));
    // NUL ends the unit and makes every stage flush; newlines would split it into sentences. The
    // sentence end (".[]", as apertium-destxt ends a text) is needed too: without it the tagger
    // holds the last word back and the pipeline never answers.
    this.#pipeline = new NullFlushProcess('sh', ['-c', pipeline], { ...this.#timeouts, unitEnd: END });
    return this.#pipeline;
  }
}

/** The process-wide translator (one pipeline for every session). */
export const apertiumTranslator = new ApertiumTranslator();

/** The process's translator as a plain function (the knowledge base's second reading of Spanish). */
export const spanishToEnglish = (spanish: string, signal?: AbortSignal): Promise<string> =>
  apertiumTranslator.translate(spanish, signal ? { signal } : {});
