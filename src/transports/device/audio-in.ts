/** A device's audio chunk checked against its handshake and decoded to PCM16 (or why not). */
import { type OpusCodec, OpusCodecError } from '../webrtc/opus.ts';
import { type AudioFormat, type DeviceErrorCode, OPUS_RATE } from './protocol.ts';

export type DecodedAudio =
  | { ok: true; pcm: Int16Array; sampleRate: number }
  | { ok: false; code: DeviceErrorCode; message: string };

export function decodeDeviceAudio(
  chunk: { format: AudioFormat; sampleRate: number; bytes: Uint8Array },
  opts: { want: { format: AudioFormat; sampleRate: number }; maxBytes: number; opus: OpusCodec | undefined },
): DecodedAudio {
  const { format, sampleRate, bytes } = chunk;
  const { want, maxBytes } = opts;
  if (format !== want.format || sampleRate !== want.sampleRate)
    return {
      ok: false,
      code: 'unsupported_audio',
      message: `audio must be ${want.format} at ${want.sampleRate} Hz as agreed in the handshake (got ${format} at ${sampleRate} Hz)`,
    };
  if (bytes.byteLength > maxBytes)
    return {
      ok: false,
      code: 'chunk_too_large',
      message: `audio chunk of ${bytes.byteLength} bytes is over the ${maxBytes}-byte limit; send smaller chunks`,
    };
  const rate = format === 'opus' ? OPUS_RATE : sampleRate;
  if (bytes.byteLength === 0) return { ok: true, pcm: new Int16Array(0), sampleRate: rate };
  if (format === 'opus') {
    try {
      return { ok: true, pcm: opts.opus!.decode(bytes), sampleRate: rate };
    } catch (err) {
      return {
        ok: false,
        code: 'bad_audio',
        message: err instanceof OpusCodecError ? err.message : 'Opus decode failed',
      };
    }
  }
  if (bytes.byteLength % 2 !== 0)
    return { ok: false, code: 'bad_audio', message: 'PCM16 chunk has an odd number of bytes' };
  const pcm = new Int16Array(bytes.byteLength / 2);
  Buffer.from(pcm.buffer).set(bytes);
  return { ok: true, pcm, sampleRate: rate };
}
