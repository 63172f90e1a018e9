/**
 * Opus encode/decode behind one small interface, with two backends: opusscript (libopus in
 * WASM, always installed) and @discordjs/opus (native libopus, ~3–4× faster, optional: loaded
 * only when present). One codec instance per direction per peer: Opus state is per stream.
 */
import { createRequire } from 'node:module';
import OpusScript from 'opusscript';

export type OpusBackend = 'opusscript' | 'native';
export type OpusRate = 8000 | 12000 | 16000 | 24000 | 48000;

export const OPUS_RATES: readonly OpusRate[] = [8000, 12000, 16000, 24000, 48000];

export class OpusCodecError extends Error {
  override name = 'OpusCodecError';
}

export interface OpusCodec {
  readonly backend: OpusBackend;
  readonly sampleRate: OpusRate;
  /** Encodes exactly one frame (2.5–60 ms of mono PCM16 at `sampleRate`). */
  encode(pcm: Int16Array): Uint8Array;
  /** Decodes one packet to mono PCM16 at `sampleRate`; throws OpusCodecError on a bad packet. */
  decode(packet: Uint8Array): Int16Array;
  close(): void;
}

interface NativeEncoder {
  encode(buf: Buffer): Buffer;
  decode(buf: Buffer): Buffer;
  setBitrate(bitrate: number): void;
}
type NativeEncoderCtor = new (rate: number, channels: number) => NativeEncoder;

let nativeCtor: NativeEncoderCtor | null | undefined;

/** The native backend's constructor, or null when @discordjs/opus is not installed or failed to load. */
export function loadNativeOpus(): NativeEncoderCtor | null {
  if (nativeCtor !== undefined) return nativeCtor;
  try {
    const require = createRequire(import.meta.url);
    nativeCtor = (require('@discordjs/opus') as { OpusEncoder: NativeEncoderCtor }).OpusEncoder;
  } catch {
    nativeCtor = null;
  }
  return nativeCtor;
}

/** Resolves 'auto' to the fastest backend available. */
export function resolveOpusBackend(wanted: OpusBackend | 'auto'): OpusBackend {
  if (wanted === 'opusscript') return 'opusscript';
  if (loadNativeOpus()) return 'native';
  if (wanted === 'native')
    throw new OpusCodecError(
      'WEBRTC_OPUS_BACKEND=native but @discordjs/opus is not installed or failed to load; install it or use opusscript',
    );
  return 'opusscript';
}

function asBuffer(data: Int16Array | Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

function toInt16(buf: Buffer): Int16Array {
  // Copy: both backends reuse their output memory on the next call.
  const out = new Int16Array(buf.byteLength >> 1);
  new Uint8Array(out.buffer).set(buf.subarray(0, out.length * 2));
  return out;
}

class OpusScriptCodec implements OpusCodec {
  readonly backend = 'opusscript' as const;
  readonly sampleRate: OpusRate;
  #codec: OpusScript | undefined;
  constructor(rate: OpusRate, bitrate: number | undefined) {
    this.sampleRate = rate;
    this.#codec = new OpusScript(rate, 1, OpusScript.Application.VOIP);
    if (bitrate) this.#codec.setBitrate(bitrate);
  }
  encode(pcm: Int16Array): Uint8Array {
    const codec = this.#live();
    return new Uint8Array(codec.encode(asBuffer(pcm), pcm.length));
  }
  decode(packet: Uint8Array): Int16Array {
    const codec = this.#live();
    try {
      return toInt16(codec.decode(asBuffer(packet)));
    } catch (err) {
      throw new OpusCodecError(`Opus decode failed: ${(err as Error).message}`);
    }
  }
  close(): void {
    this.#codec?.delete();
    this.#codec = undefined;
  }
  #live(): OpusScript {
    if (!this.#codec) throw new OpusCodecError('Opus codec used after close()');
    return this.#codec;
  }
}

class NativeCodec implements OpusCodec {
  readonly backend = 'native' as const;
  readonly sampleRate: OpusRate;
  #codec: NativeEncoder | undefined;
  constructor(ctor: NativeEncoderCtor, rate: OpusRate, bitrate: number | undefined) {
    this.sampleRate = rate;
    this.#codec = new ctor(rate, 1);
    if (bitrate) this.#codec.setBitrate(bitrate);
  }
  encode(pcm: Int16Array): Uint8Array {
    return new Uint8Array(this.#live().encode(asBuffer(pcm)));
  }
  decode(packet: Uint8Array): Int16Array {
    try {
      return toInt16(this.#live().decode(asBuffer(packet)));
    } catch (err) {
      throw new OpusCodecError(`Opus decode failed: ${(err as Error).message}`);
    }
  }
  close(): void {
    this.#codec = undefined; // freed by its finalizer
  }
  #live(): NativeEncoder {
    if (!this.#codec) throw new OpusCodecError('Opus codec used after close()');
    return this.#codec;
  }
}

export function createOpusCodec(opts: {
  sampleRate: OpusRate;
  backend?: OpusBackend | 'auto';
  bitrate?: number;
}): OpusCodec {
  const backend = resolveOpusBackend(opts.backend ?? 'auto');
  if (backend === 'native') return new NativeCodec(loadNativeOpus()!, opts.sampleRate, opts.bitrate);
  return new OpusScriptCodec(opts.sampleRate, opts.bitrate);
}

/**
 * One encode and one decode of silence: the first opusscript encode stalls ~100 ms (WASM
 * compilation and allocation), which otherwise lands on the first bot frame and inflates the
 * browser's jitter buffer for the rest of the call.
 */
export function warmOpus(codec: OpusCodec): void {
  const frame = new Int16Array(codec.sampleRate / 50);
  codec.decode(codec.encode(frame));
}
