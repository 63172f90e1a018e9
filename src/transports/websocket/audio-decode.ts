/**
 * The input path's common case read by hand: a Pipecat `Frame` whose only field is `audio`
 * (an AudioRawFrame: id, name, audio, sample_rate, num_channels, pts), ~60 per second per
 * speaking session. The reflection decoder built a Frame, an AudioRawFrame with a bigint id and
 * a decoded name string per message (with its field-table walk, ~10 % of the input path's main
 * thread time, plus the garbage); this reads the same fields off the bytes and gives the audio
 * as a view of them, as the reflection decoder does. Anything it does not expect — another
 * frame kind, an unknown field or wire type, a varint longer than the field allows, a length
 * past the end — returns undefined and the caller takes the reflection decoder, which gives the
 * answer (or the typed error) the protocol defines; audio-decode.test.ts holds the two equal.
 */

/** A decoded audio frame (protobuf.ts's WireFrame of kind audio). */
export interface WireAudio {
  kind: 'audio';
  audio: Uint8Array;
  sampleRate: number;
  numChannels: number;
  name: string;
}

/** "audio" as UTF-8: the name every Pipecat client sends, compared without decoding. */
const AUDIO_NAME = [0x61, 0x75, 0x64, 0x69, 0x6f];

/** Reads a varint of at most `maxBytes` bytes at `at`; [value, next] or undefined. */
function varint(bytes: Uint8Array, at: number, end: number, maxBytes: number): [number, number] | undefined {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < maxBytes && at < end; i++) {
    const b = bytes[at++]!;
    value += (b & 0x7f) * scale;
    if (b < 0x80) return [value, at];
    scale *= 128;
  }
  return undefined;
}

/** The audio frame in `bytes`, or undefined when only the reflection decoder may answer. */
export function decodeAudioFast(bytes: Uint8Array): WireAudio | undefined {
  const end = bytes.byteLength;
  // Frame: exactly one field, audio (2, length-delimited), spanning the message.
  if (end < 2 || bytes[0] !== 0x12) return undefined;
  const outer = varint(bytes, 1, end, 5);
  if (!outer || outer[1] + outer[0] !== end) return undefined;
  let at = outer[1];
  let audio: Uint8Array | undefined;
  let sampleRate = 0;
  let numChannels = 0;
  let name = '';
  while (at < end) {
    const tag = bytes[at++]!;
    switch (tag) {
      case 0x08: // id: uint64 varint, dropped
      case 0x30: {
        // pts: uint64 varint, dropped
        const v = varint(bytes, at, end, 10);
        if (!v) return undefined;
        at = v[1];
        break;
      }
      case 0x12: // name
      case 0x1a: {
        // audio
        const len = varint(bytes, at, end, 5);
        if (!len || len[1] + len[0] > end) return undefined;
        const from = len[1];
        at = from + len[0];
        if (tag === 0x1a) audio = bytes.subarray(from, at);
        // Any other name is decoded (and its UTF-8 checked) by the reflection decoder.
        else if (len[0] === AUDIO_NAME.length && AUDIO_NAME.every((c, i) => bytes[from + i] === c))
          name = 'audio';
        else if (len[0] !== 0) return undefined;
        else name = '';
        break;
      }
      case 0x20: // sample_rate: uint32
      case 0x28: {
        // num_channels: uint32
        const v = varint(bytes, at, end, 5);
        // Five bytes can carry more than 32 bits, which protobuf truncates: leave that to it.
        if (!v || v[0] > 0xffff_ffff) return undefined;
        at = v[1];
        if (tag === 0x20) sampleRate = v[0];
        else numChannels = v[0];
        break;
      }
      default:
        return undefined;
    }
  }
  return { kind: 'audio', audio: audio ?? new Uint8Array(0), sampleRate, numChannels, name };
}
