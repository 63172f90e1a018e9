/**
 * Incremental WAV header parser for streamed speech: bytes go in as they arrive, PCM bytes
 * come out once the `data` chunk starts. Streaming servers cannot know the length up front and
 * write 0 or 0xFFFFFFFF as sizes, so the data size is ignored and everything after the
 * `data` header is audio.
 */
import { ServiceError } from '../service-base.ts';

const MAX_HEADER_BYTES = 64 * 1024;

export class WavStreamDecoder {
  sampleRate = 0;
  channels = 0;
  #header: Uint8Array = new Uint8Array(0);
  #inData = false;
  readonly #provider: string;

  constructor(provider = 'openai') {
    this.#provider = provider;
  }

  /** Returns PCM16 LE bytes available so far, or undefined while the header is incomplete. */
  push(bytes: Uint8Array): Uint8Array | undefined {
    if (this.#inData) return bytes;
    const all = new Uint8Array(this.#header.length + bytes.length);
    all.set(this.#header);
    all.set(bytes, this.#header.length);
    const view = new DataView(all.buffer, all.byteOffset, all.byteLength);
    if (all.length < 12) {
      this.#header = all;
      return undefined;
    }
    if (tag(view, 0) !== 'RIFF' || tag(view, 8) !== 'WAVE')
      throw wavError(this.#provider, 'the response is not a WAV file');
    let offset = 12;
    while (offset + 8 <= all.length) {
      const id = tag(view, offset);
      const size = view.getUint32(offset + 4, true);
      if (id === 'data') {
        if (!this.sampleRate)
          throw wavError(this.#provider, 'the WAV stream has no fmt chunk before its data');
        this.#inData = true;
        this.#header = new Uint8Array(0);
        return all.subarray(offset + 8);
      }
      if (offset + 8 + size > all.length) break;
      if (id === 'fmt ') {
        const format = view.getUint16(offset + 8, true);
        const bits = view.getUint16(offset + 22, true);
        if ((format !== 1 && format !== 0xfffe) || bits !== 16)
          throw wavError(
            this.#provider,
            `the WAV stream is format ${format}/${bits}-bit; ask the server for 16-bit PCM`,
          );
        this.channels = view.getUint16(offset + 10, true);
        this.sampleRate = view.getUint32(offset + 12, true);
      }
      offset += 8 + size + (size & 1);
    }
    if (all.length > MAX_HEADER_BYTES)
      throw wavError(this.#provider, 'no data chunk within the first 64 KiB of the WAV stream');
    this.#header = all;
    return undefined;
  }
}

function tag(view: DataView, offset: number): string {
  return String.fromCharCode(
    view.getUint8(offset),
    view.getUint8(offset + 1),
    view.getUint8(offset + 2),
    view.getUint8(offset + 3),
  );
}

function wavError(provider: string, message: string): ServiceError {
  return new ServiceError(`${provider}: ${message}`, { kind: 'bad-request', provider, retryable: false });
}
