/**
 * The WER bench's clip-to-stream assignment does not depend on timing (a fake recognizer whose
 * streams carry state), synthesis repeats, and the real recognizer decodes the same clip list the
 * same way twice.
 */
import { describe, expect, it } from 'vitest';
import { SESSION19_DEV_SET } from '../../src/services/stt/dev-catalog/session19-dev.bench.ts';
import { SESSION19_DEV_UTTERANCES } from '../../src/services/stt/dev-catalog/session19-utterances.ts';
import { synthesize16k } from '../../src/services/stt/synth.ts';
import type { SttService, SttStream, SttTranscript } from '../../src/services/stt/types.ts';
import { type Clip, decodeCatalog } from './bench.ts';
import { decodeVoiceSession, streamShare } from './sessions.ts';

/**
 * Streams that remember what they decoded (as a decoder's live CMN does): the hypothesis names
 * the stream and how many clips it had before. `slow` sets each stream's finalize delay.
 */
function statefulService(slow: (stream: number) => number): SttService {
  let opened = 0;
  return {
    provider: 'fake',
    model: 'stateful',
    capabilities: { streaming: true, interimResults: false },
    async openStream() {
      const id = opened++;
      let heard = 0;
      let pending: number[] = [];
      const stream: SttStream = {
        id: String(id),
        push: (pcm) => pending.push(pcm[0] ?? 0),
        async finalize(): Promise<SttTranscript> {
          await new Promise((r) => setTimeout(r, slow(id)));
          const text = `clip ${pending[0]} stream ${id} after ${heard++}`;
          pending = [];
          return { text };
        },
        reset: () => {
          pending = [];
        },
        close: async () => {},
        async *[Symbol.asyncIterator]() {},
      };
      return stream;
    },
    close: async () => {},
  };
}

const readText = async (s: SttStream, pcm: Int16Array) => {
  s.push(pcm);
  return (await s.finalize()).text;
};

describe('WER bench sessions', () => {
  it('gives stream k clips k, k + n, … in order', () => {
    expect(streamShare(7, 0, 2)).toEqual([0, 2, 4, 6]);
    expect(streamShare(7, 1, 2)).toEqual([1, 3, 5]);
    expect(streamShare(1, 1, 2)).toEqual([]);
  });

  it('deals the same clips to the same stream however fast each stream is', async () => {
    const audio = Array.from({ length: 7 }, (_, i) => Int16Array.of(i));
    const firstSlow = await decodeVoiceSession(
      statefulService((k) => (k === 0 ? 8 : 1)),
      audio,
      readText,
    );
    const secondSlow = await decodeVoiceSession(
      statefulService((k) => (k === 1 ? 8 : 1)),
      audio,
      readText,
    );
    expect(secondSlow).toEqual(firstSlow);
    expect(firstSlow[5]).toBe('clip 5 stream 1 after 2');
  });

  it('synthesizes the same samples twice (espeak-ng is resampled, and sox dither must not vary)', async () => {
    const first = await synthesize16k('show me the flux core wire', 'espeak:en-us+f3');
    const second = await synthesize16k('show me the flux core wire', 'espeak:en-us+f3');
    expect(Buffer.from(second.buffer).equals(Buffer.from(first.buffer))).toBe(true);
  });

  it('decodes the same clips identically twice with the real recognizer', async () => {
    const [catalog, utterances] = Object.entries(SESSION19_DEV_UTTERANCES)[0]!;
    const clips: Clip[] = utterances
      .slice(0, 5)
      .map((text) => ({ catalog, voice: 'flite:kal16', text, paused: false }));
    const first = await decodeCatalog(catalog, clips, undefined, SESSION19_DEV_SET);
    const second = await decodeCatalog(catalog, clips, undefined, SESSION19_DEV_SET);
    expect(first.every((d) => !d.lost && d.hyp !== '')).toBe(true);
    expect(second.map((d) => d.hyp)).toEqual(first.map((d) => d.hyp));
  }, 300_000); // a fresh clone builds the catalog's language model first
});
