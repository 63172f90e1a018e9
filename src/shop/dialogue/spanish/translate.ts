/**
 * Spanish → English machine translation with Apertium (Debian's `apertium-eng-spa`, installed by
 * setup.sh), for the Spanish utterances the Spanish parse cannot place: the English understanding
 * is much richer, so its parse of the translation is the engine's second opinion (engine.ts).
 *
 * One persistent pipeline per process (the stages of Apertium's `spa-eng` mode, each in null-flush
 * mode): an utterance is written followed by NUL and its translation comes back followed by NUL,
 * so a translation costs a few milliseconds instead of starting ten processes. Nothing runs on the
 * event loop. Words the caller protects (catalog names, the catalog's English words) travel as
 * Apertium "superblanks", which every stage passes through untouched.
 * Without the package `translate` rejects with TranslatorUnavailable and the engine goes on with
 * the Spanish parse alone.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

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

interface Pending {
  resolve: (s: string) => void;
  reject: (e: Error) => void;
  /** Still owed an answer by the pipeline, even after its caller gave up (order is kept). */
  done: boolean;
}

export class ApertiumTranslator implements Translator {
  readonly #modeFile: string;
  #child: ChildProcess | undefined;
  #buffer = '';
  readonly #queue: Pending[] = [];
  #broken: Error | undefined;
  readonly #memo = new Map<string, string>();
  readonly #timeouts: Required<TranslatorTimeouts>;
  /** Whether the running pipeline has answered yet (it is ready). */
  #answered = false;

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
    return this.#child?.pid;
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
    const out = await this.#ask(input, options.signal);
    if (this.#memo.size >= MEMO_SIZE) this.#memo.delete(this.#memo.keys().next().value!);
    this.#memo.set(input, out);
    return out;
  }

  #ask(input: string, signal: AbortSignal | undefined): Promise<string> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (this.#broken) return Promise.reject(this.#broken);
    let child: ChildProcess;
    try {
      child = this.#start();
    } catch (err) {
      return Promise.reject(err as Error);
    }
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => finish(new TranslatorUnavailable('apertium did not answer in time')),
        this.#answered ? this.#timeouts.timeoutMs : this.#timeouts.startTimeoutMs,
      );
      const onAbort = () => finish(signal!.reason as Error);
      const finish = (err: Error | undefined, out?: string) => {
        if (entry.done) return;
        entry.done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (err) reject(err);
        else resolve(out ?? '');
      };
      const entry: Pending = { resolve: (s) => finish(undefined, s), reject: (e) => finish(e), done: false };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(entry);
      // NUL ends the unit and makes every stage flush; newlines would split it into sentences. The
      // sentence end (".[]", as apertium-destxt ends a text) is needed too: without it the tagger
      // holds the last word back and the pipeline never answers.
      child.stdin!.write(`${input}${END}\0`);
    });
  }

  /** Ends the pipeline (tests, shutdown); a later translate starts a new one. */
  close(): void {
    this.#child?.stdin?.end();
    this.#child = undefined;
  }

  #start(): ChildProcess {
    if (this.#child) return this.#child;
    if (!existsSync(this.#modeFile))
      throw new TranslatorUnavailable(
        `Apertium's Spanish→English translator is not installed (${this.#modeFile} missing; apt-get install apertium-eng-spa)`,
      );
    const pipeline = nullFlushPipeline(readFileSync(this.#modeFile, 'utf8'));
    const child = spawn('sh', ['-c', pipeline], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.#answered = false;
    const stderr: string[] = [];
    child.stderr!.on('data', (b: Buffer) => stderr.push(b.toString('utf8')));
    child.stdout!.on('data', (b: Buffer) => {
      this.#buffer += b.toString('utf8');
      for (let at = this.#buffer.indexOf('\0'); at >= 0; at = this.#buffer.indexOf('\0')) {
        const out = this.#buffer.slice(0, at);
        this.#buffer = this.#buffer.slice(at + 1);
        this.#answered = true;
        this.#queue.shift()?.resolve(plainOutput(out));
      }
    });
    const fail = (why: string) => {
      if (this.#child === child) this.#child = undefined;
      // A stage that cannot run (missing binary) fails at once: remembered, not retried per turn.
      const err = new TranslatorUnavailable(
        `apertium pipeline ${why}: ${stderr.join('').trim().slice(0, 300)}`,
      );
      if (/not found|No such file/i.test(err.message)) this.#broken = err;
      for (const p of this.#queue.splice(0)) p.reject(err);
      this.#buffer = '';
    };
    child.on('error', (e) => fail(`failed (${e.message})`));
    child.on('close', (code) => fail(`exited with ${code}`));
    child.stdin!.on('error', () => {}); // reported by 'close'
    // The pipeline never keeps the process alive; a pending translation's timer does.
    child.unref();
    for (const s of [child.stdin, child.stdout, child.stderr])
      (s as unknown as { unref?: () => void }).unref?.();
    this.#child = child;
    return child;
  }
}

/** The process-wide translator (one pipeline for every session). */
export const apertiumTranslator = new ApertiumTranslator();

/** The process's translator as a plain function (the knowledge base's second reading of Spanish). */
export const spanishToEnglish = (spanish: string, signal?: AbortSignal): Promise<string> =>
  apertiumTranslator.translate(spanish, signal ? { signal } : {});
