/**
 * Debug dump of exactly what a recognizer was given (STT_DEBUG_DUMP_DIR): wraps any SttService
 * and, at each finalize, writes the utterance's PCM as a WAV plus a JSON sidecar (transcript,
 * chunk sizes). Meant for finding why one client's audio is heard differently from another's:
 * the files decode offline with the same decoder (`node src/cli/main.ts stt-decode` style
 * scripts, or the bench). Writes are asynchronous and failures only logged: a debugging aid
 * must never cost a turn.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { concatInt16 } from '../../audio/pcm16.ts';
import { writeWav } from '../../audio/wav.ts';
import { childLogger } from '../../log/logger.ts';
import {
  STT_SAMPLE_RATE,
  type SttService,
  type SttStream,
  type SttStreamOptions,
  type SttTranscript,
} from './types.ts';
import { WrappedSttService } from './wrapped.ts';

const log = childLogger({ component: 'stt-dump' });

let seq = 0;

export class DumpingSttService extends WrappedSttService {
  readonly #dir: string;
  readonly #label: string;
  constructor(inner: SttService, dir: string, label = 'stt') {
    super(inner);
    this.#dir = dir;
    this.#label = label;
  }

  async openStream(opts?: SttStreamOptions): Promise<SttStream> {
    const inner = await this.inner.openStream(opts);
    let chunks: Int16Array[] = [];
    const write = (audio: Int16Array[], result: SttTranscript | undefined, error?: unknown) => {
      const name = `${this.#label}-${inner.id}-${String(++seq).padStart(4, '0')}`;
      const pcm = concatInt16(audio);
      const meta = {
        stream: inner.id,
        samples: pcm.length,
        ms: (pcm.length / STT_SAMPLE_RATE) * 1000,
        chunkSizes: audio.map((c) => c.length),
        text: result?.text,
        alternatives: result?.alternatives,
        ...(error === undefined ? {} : { error: String(error) }),
      };
      mkdir(this.#dir, { recursive: true })
        .then(() =>
          Promise.all([
            writeFile(
              join(this.#dir, `${name}.wav`),
              writeWav({ sampleRate: STT_SAMPLE_RATE, channels: 1, samples: pcm }),
            ),
            writeFile(join(this.#dir, `${name}.json`), `${JSON.stringify(meta, null, 1)}\n`),
          ]),
        )
        .catch((err: unknown) => log.warn({ err, dir: this.#dir }, 'could not write the STT debug dump'));
    };
    return {
      id: inner.id,
      push: (pcm) => {
        chunks.push(pcm.slice());
        inner.push(pcm);
      },
      flush: () => inner.flush?.(),
      finalize: async (signal) => {
        const audio = chunks;
        chunks = [];
        try {
          const result = await inner.finalize(signal);
          write(audio, result);
          return result;
        } catch (err) {
          write(audio, undefined, err);
          throw err;
        }
      },
      reset: () => {
        chunks = [];
        inner.reset();
      },
      close: () => inner.close(),
      [Symbol.asyncIterator]: () => inner[Symbol.asyncIterator](),
    };
  }
}
