/**
 * WAV (RIFF/WAVE) read and write. Reads 16-bit PCM (plain or WAVE_FORMAT_EXTENSIBLE) and
 * G.711 µ-law, skipping any extra chunks (LIST, fact, cue, …); everything else is rejected
 * with a WavFormatError that says what was found and what is supported.
 */
import { decodeMulaw } from './mulaw.ts';
import { bytesToInt16, int16ToBytes } from './pcm16.ts';

export class WavFormatError extends Error {
  override readonly name = 'WavFormatError';
}

export interface WavAudio {
  sampleRate: number;
  channels: number;
  /** Interleaved PCM16 samples. */
  samples: Int16Array;
}

const WAVE_FORMAT_PCM = 0x0001;
const WAVE_FORMAT_IEEE_FLOAT = 0x0003;
const WAVE_FORMAT_MULAW = 0x0007;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;
/** Tail shared by the KSDATAFORMAT_SUBTYPE_* GUIDs; the first 2 bytes carry the format code. */
const GUID_TAIL = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];

function fourcc(view: DataView, offset: number): string {
  return String.fromCharCode(
    view.getUint8(offset),
    view.getUint8(offset + 1),
    view.getUint8(offset + 2),
    view.getUint8(offset + 3),
  );
}

function formatName(code: number): string {
  switch (code) {
    case WAVE_FORMAT_PCM:
      return 'PCM';
    case WAVE_FORMAT_IEEE_FLOAT:
      return 'IEEE float';
    case WAVE_FORMAT_MULAW:
      return 'µ-law';
    case 0x0006:
      return 'A-law';
    case 0x0002:
      return 'MS ADPCM';
    case 0x0011:
      return 'IMA ADPCM';
    default:
      return `format 0x${code.toString(16).padStart(4, '0')}`;
  }
}

interface FmtChunk {
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
}

function readFmt(view: DataView, offset: number, size: number): FmtChunk {
  if (size < 16) throw new WavFormatError(`WAV fmt chunk is ${size} bytes, expected at least 16`);
  let format = view.getUint16(offset, true);
  const channels = view.getUint16(offset + 2, true);
  const sampleRate = view.getUint32(offset + 4, true);
  const bitsPerSample = view.getUint16(offset + 14, true);
  if (format === WAVE_FORMAT_EXTENSIBLE) {
    if (size < 40) throw new WavFormatError(`WAVE_FORMAT_EXTENSIBLE fmt chunk is ${size} bytes, expected 40`);
    const guid = offset + 24;
    for (let i = 0; i < GUID_TAIL.length; i++) {
      if (view.getUint8(guid + 2 + i) !== GUID_TAIL[i]) {
        throw new WavFormatError(
          'WAVE_FORMAT_EXTENSIBLE with a non-standard sub-format GUID is not supported',
        );
      }
    }
    format = view.getUint16(guid, true);
  }
  return { format, channels, sampleRate, bitsPerSample };
}

/** Parses a WAV file into interleaved PCM16. */
export function readWav(bytes: Uint8Array): WavAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || fourcc(view, 0) !== 'RIFF' || fourcc(view, 8) !== 'WAVE') {
    throw new WavFormatError('Not a WAV file: missing RIFF/WAVE header');
  }
  let fmt: FmtChunk | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.byteLength) {
    const id = fourcc(view, offset);
    const declared = view.getUint32(offset + 4, true);
    const body = offset + 8;
    // Streaming writers leave sizes at 0 or 0xFFFFFFFF: trust the bytes that are actually there.
    const available = bytes.byteLength - body;
    const size = Math.min(declared, available);
    if (id === 'fmt ') {
      fmt = readFmt(view, body, size);
    } else if (id === 'data') {
      if (!fmt) throw new WavFormatError('WAV data chunk appears before the fmt chunk');
      const dataSize = declared === 0 || declared === 0xffffffff ? available : size;
      return decodeData(fmt, bytes.subarray(body, body + dataSize));
    }
    offset = body + size + (size % 2); // chunks are padded to even sizes
  }
  throw new WavFormatError(fmt ? 'WAV file has no data chunk' : 'WAV file has no fmt chunk');
}

function decodeData(fmt: FmtChunk, data: Uint8Array): WavAudio {
  const { format, channels, sampleRate, bitsPerSample } = fmt;
  if (channels < 1) throw new WavFormatError(`WAV declares ${channels} channels`);
  if (sampleRate < 1) throw new WavFormatError(`WAV declares sample rate ${sampleRate}`);
  let samples: Int16Array;
  if (format === WAVE_FORMAT_PCM && bitsPerSample === 16) {
    const usable = data.byteLength - (data.byteLength % (2 * channels));
    samples = bytesToInt16(data.subarray(0, usable)).slice();
  } else if (format === WAVE_FORMAT_MULAW && bitsPerSample === 8) {
    samples = decodeMulaw(data.subarray(0, data.byteLength - (data.byteLength % channels)));
  } else {
    throw new WavFormatError(
      `Unsupported WAV encoding: ${formatName(format)} ${bitsPerSample}-bit. Supported: 16-bit PCM and 8-bit µ-law; convert with e.g. \`sox in.wav -b 16 -e signed-integer out.wav\``,
    );
  }
  return { sampleRate, channels, samples };
}

/** Encodes interleaved PCM16 as a canonical 44-byte-header WAV file. */
export function writeWav(audio: WavAudio): Uint8Array {
  const { sampleRate, channels, samples } = audio;
  if (!Number.isInteger(channels) || channels < 1)
    throw new WavFormatError(`Invalid channel count ${channels}`);
  if (!Number.isInteger(sampleRate) || sampleRate < 1)
    throw new WavFormatError(`Invalid sample rate ${sampleRate}`);
  const dataBytes = samples.length * 2;
  const out = new Uint8Array(44 + dataBytes);
  const view = new DataView(out.buffer);
  const ascii = (offset: number, s: string) => {
    for (let i = 0; i < s.length; i++) out[offset + i] = s.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, WAVE_FORMAT_PCM, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * 2, true);
  view.setUint16(32, channels * 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  out.set(int16ToBytes(samples), 44);
  return out;
}
