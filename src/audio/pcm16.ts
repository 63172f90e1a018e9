/**
 * PCM16 helpers. Samples are signed 16-bit little-endian (every platform Node ships on
 * is little-endian, so typed-array views over wire bytes are correct without swapping).
 */

/** Thrown for malformed PCM input (odd byte counts, bad channel counts, bad rates). */
export class Pcm16Error extends Error {
  override readonly name = 'Pcm16Error';
}

const INT16_SCALE = 32768;

/** Int16 → Float32 in [-1, 1). */
export function int16ToFloat32(input: Int16Array, out?: Float32Array): Float32Array {
  const result = out ?? new Float32Array(input.length);
  if (result.length < input.length) throw new Pcm16Error('int16ToFloat32: output buffer too small');
  for (let i = 0; i < input.length; i++) result[i] = input[i]! / INT16_SCALE;
  return result;
}

/** Float32 → Int16 with rounding and clipping (values beyond ±1 saturate instead of wrapping). */
export function float32ToInt16(input: Float32Array, out?: Int16Array): Int16Array {
  const result = out ?? new Int16Array(input.length);
  if (result.length < input.length) throw new Pcm16Error('float32ToInt16: output buffer too small');
  for (let i = 0; i < input.length; i++) {
    const v = Math.round(input[i]! * INT16_SCALE);
    result[i] = Math.min(32767, Math.max(-32768, v));
  }
  return result;
}

/** Concatenates chunks into one new array. */
export function concatInt16(chunks: readonly Int16Array[]): Int16Array {
  let total = 0;
  for (const c of chunks) total += c.length;
  const out = new Int16Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

export function concatFloat32(chunks: readonly Float32Array[]): Float32Array {
  let total = 0;
  for (const c of chunks) total += c.length;
  const out = new Float32Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** Root mean square on the full-scale range [0, 1]. Empty input gives 0. */
export function rms(samples: Int16Array | Float32Array): number {
  if (samples.length === 0) return 0;
  const scale = samples instanceof Int16Array ? 1 / INT16_SCALE : 1;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i]! * scale;
    sum += v * v;
  }
  return Math.sqrt(sum / samples.length);
}

/** Silence floor for dBFS: digital silence would be -Infinity, which poisons averages. */
export const DBFS_FLOOR = -120;

/** RMS level in dB relative to full scale (a full-scale square wave is 0 dBFS; a sine is -3). */
export function dbfs(samples: Int16Array | Float32Array): number {
  const r = rms(samples);
  return r <= 0 ? DBFS_FLOOR : Math.max(DBFS_FLOOR, 20 * Math.log10(r));
}

/** Peak absolute amplitude on [0, 1]. */
export function peak(samples: Int16Array | Float32Array): number {
  const scale = samples instanceof Int16Array ? 1 / INT16_SCALE : 1;
  let max = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = Math.abs(samples[i]! * scale);
    if (v > max) max = v;
  }
  return max;
}

function checkRate(sampleRate: number): void {
  if (!Number.isFinite(sampleRate) || sampleRate <= 0) {
    throw new Pcm16Error(`Invalid sample rate ${sampleRate}: must be a positive number of Hz`);
  }
}

/** Duration in ms of `sampleCount` interleaved samples. */
export function samplesToMs(sampleCount: number, sampleRate: number, channels = 1): number {
  checkRate(sampleRate);
  return (sampleCount / channels / sampleRate) * 1000;
}

/** Number of samples per channel covering `ms` (rounded to the nearest sample). */
export function msToSamples(ms: number, sampleRate: number): number {
  checkRate(sampleRate);
  return Math.round((ms * sampleRate) / 1000);
}

/** Duration in ms of a PCM16 byte buffer. */
export function bytesToMs(byteLength: number, sampleRate: number, channels = 1): number {
  return samplesToMs(byteLength / 2, sampleRate, channels);
}

/** Averages interleaved channels into mono. One channel returns the input unchanged. */
export function downmixToMono(interleaved: Int16Array, channels: number): Int16Array {
  if (!Number.isInteger(channels) || channels < 1) {
    throw new Pcm16Error(`Invalid channel count ${channels}`);
  }
  if (channels === 1) return interleaved;
  if (interleaved.length % channels !== 0) {
    throw new Pcm16Error(
      `Interleaved buffer of ${interleaved.length} samples is not a multiple of ${channels} channels`,
    );
  }
  const frames = interleaved.length / channels;
  const out = new Int16Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    const base = f * channels;
    for (let c = 0; c < channels; c++) sum += interleaved[base + c]!;
    out[f] = Math.round(sum / channels);
  }
  return out;
}

/**
 * Views PCM16 bytes as an Int16Array without copying when the bytes are 2-byte aligned;
 * a buffer at an odd offset (common for Node Buffers sliced out of a pool or a network
 * packet) is copied, because an unaligned Int16Array view throws a RangeError.
 */
export function bytesToInt16(bytes: Uint8Array): Int16Array {
  if (bytes.byteLength % 2 !== 0) {
    throw new Pcm16Error(
      `PCM16 data must have an even number of bytes, got ${bytes.byteLength}; use Pcm16ByteAssembler for streams that split samples`,
    );
  }
  if (bytes.byteOffset % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  // Small copies come from Node's buffer pool (8-byte aligned slices of a shared slab) rather
  // than a new ArrayBuffer each: this runs for most client audio frames, whose samples sit at
  // an odd offset inside the protobuf message.
  const copy = Buffer.allocUnsafe(bytes.byteLength);
  copy.set(bytes);
  return new Int16Array(copy.buffer, copy.byteOffset, bytes.byteLength / 2);
}

/** Views Int16 samples as bytes (no copy). */
export function int16ToBytes(samples: Int16Array): Uint8Array {
  return new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength);
}

/** Reassembles PCM16 from a byte stream whose chunks may split a sample across boundaries. */
export class Pcm16ByteAssembler {
  #carry: number | null = null;

  push(bytes: Uint8Array): Int16Array {
    let data = bytes;
    if (this.#carry !== null) {
      const merged = new Uint8Array(bytes.byteLength + 1);
      merged[0] = this.#carry;
      merged.set(bytes, 1);
      data = merged;
      this.#carry = null;
    }
    if (data.byteLength % 2 !== 0) {
      this.#carry = data[data.byteLength - 1]!;
      data = data.subarray(0, data.byteLength - 1);
    }
    return bytesToInt16(data);
  }

  /** True when a half sample is waiting for its second byte. */
  get pending(): boolean {
    return this.#carry !== null;
  }

  reset(): void {
    this.#carry = null;
  }
}
