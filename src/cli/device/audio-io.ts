/**
 * Where the device client's audio comes from and goes to: a WAV file or ALSA (`arecord` /
 * `aplay`, as on a Raspberry Pi). Everything is 16 kHz mono PCM16 inside the client.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { concatInt16 } from '../../audio/pcm16.ts';
import { resampleInt16 } from '../../audio/resampler.ts';
import { readWav, writeWav } from '../../audio/wav.ts';

export const RATE = 16_000;

/** A WAV file as 16 kHz mono (downmixed, resampled). */
export async function readWavFile(file: string): Promise<Int16Array> {
  const wav = readWav(new Uint8Array(await readFile(file)));
  let mono = wav.samples;
  if (wav.channels > 1) {
    mono = new Int16Array(Math.floor(wav.samples.length / wav.channels));
    for (let i = 0; i < mono.length; i++) {
      let sum = 0;
      for (let c = 0; c < wav.channels; c++) sum += wav.samples[i * wav.channels + c] ?? 0;
      mono[i] = Math.round(sum / wav.channels);
    }
  }
  return wav.sampleRate === RATE ? mono : resampleInt16(mono, wav.sampleRate, RATE);
}

export interface Speaker {
  play(pcm: Int16Array): void;
  /** Barge-in: drop what is buffered and not yet played. */
  clear(): void;
  close(): Promise<void>;
}

/** Collects the reply audio into a WAV file (written on close); `clear` keeps what was received. */
export class WavSpeaker implements Speaker {
  readonly #file: string;
  readonly #chunks: Int16Array[] = [];
  clears = 0;
  constructor(file: string) {
    this.#file = file;
  }
  play(pcm: Int16Array): void {
    this.#chunks.push(pcm);
  }
  clear(): void {
    this.clears++;
  }
  get samples(): number {
    return this.#chunks.reduce((n, c) => n + c.length, 0);
  }
  async close(): Promise<void> {
    await writeFile(
      this.#file,
      writeWav({ sampleRate: RATE, channels: 1, samples: concatInt16(this.#chunks) }),
    );
  }
}

const ALSA_ARGS = ['-q', '-t', 'raw', '-f', 'S16_LE', '-r', String(RATE), '-c', '1'];

/** Plays through `aplay`; a clear restarts it, the only way to drop ALSA's buffer from outside. */
export class AlsaSpeaker implements Speaker {
  readonly #device: string | undefined;
  #proc: ChildProcess | undefined;
  constructor(device?: string) {
    this.#device = device;
  }
  play(pcm: Int16Array): void {
    this.#proc ??= this.#spawn();
    this.#proc.stdin?.write(Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength));
  }
  clear(): void {
    this.#proc?.kill('SIGKILL');
    this.#proc = undefined;
  }
  async close(): Promise<void> {
    const proc = this.#proc;
    this.#proc = undefined;
    if (!proc) return;
    proc.stdin?.end();
    await new Promise((resolve) => proc.once('exit', resolve));
  }
  #spawn(): ChildProcess {
    const proc = spawn('aplay', [...ALSA_ARGS, ...(this.#device ? ['-D', this.#device] : [])], {
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    proc.on('error', (err) =>
      process.stderr.write(`aplay failed: ${err.message} (is alsa-utils installed?)\n`),
    );
    proc.stdin?.on('error', () => {
      // killed by a clear
    });
    return proc;
  }
}

/** `arecord` as a stream of 20 ms frames; stop() ends it. */
export class AlsaMicrophone {
  readonly #device: string | undefined;
  #proc: ChildProcess | undefined;
  #rest = Buffer.alloc(0);
  constructor(device?: string) {
    this.#device = device;
  }
  get recording(): boolean {
    return this.#proc !== undefined;
  }
  start(onFrame: (pcm: Int16Array) => void): void {
    if (this.#proc) return;
    const proc = spawn('arecord', [...ALSA_ARGS, ...(this.#device ? ['-D', this.#device] : [])], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    proc.on('error', (err) =>
      process.stderr.write(`arecord failed: ${err.message} (is alsa-utils installed?)\n`),
    );
    const frameBytes = (RATE / 50) * 2;
    proc.stdout?.on('data', (data: Buffer) => {
      let buf = Buffer.concat([this.#rest, data]);
      while (buf.length >= frameBytes) {
        const frame = new Int16Array(frameBytes / 2);
        Buffer.from(frame.buffer).set(buf.subarray(0, frameBytes));
        onFrame(frame);
        buf = buf.subarray(frameBytes);
      }
      this.#rest = Buffer.from(buf);
    });
    this.#proc = proc;
  }
  stop(): void {
    this.#proc?.kill('SIGTERM');
    this.#proc = undefined;
    this.#rest = Buffer.alloc(0);
  }
}
