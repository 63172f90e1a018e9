/**
 * Frames → device messages: what the user said (`transcript` user, interim and final), what the
 * assistant says as its audio plays (`transcript` assistant, playback-timed like RTVI's
 * bot-tts-text), speaking events, and the end of each reply's audio (an empty final chunk), so
 * a device can show and play a conversation without RTVI.
 */
import type { Frame, FrameHop, FrameObserver } from '../../pipeline/index.ts';
import type { ServerMessageBody } from './protocol.ts';

const DEDUPE_LIMIT = 2048;

/** The frame types #handle acts on. */
const DEVICE_FRAME_TYPES: ReadonlySet<Frame['type']> = new Set<Frame['type']>([
  'transcription',
  'bot-segment-started',
  'user-started-speaking',
  'user-stopped-speaking',
  'bot-started-speaking',
  'bot-stopped-speaking',
]);

export class DeviceObserver implements FrameObserver {
  readonly frameTypes = DEVICE_FRAME_TYPES;
  readonly #send: (m: ServerMessageBody) => void;
  readonly #endOfReply: () => void;
  readonly #seen = new Set<number>();
  #lastInterim = '';
  #lastFinal = '';

  constructor(opts: { send: (m: ServerMessageBody) => void; endOfReply: () => void }) {
    this.#send = opts.send;
    this.#endOfReply = opts.endOfReply;
  }

  onFrameHop(hop: FrameHop): void {
    if (hop.rewritten || this.#seen.has(hop.frame.id)) return;
    this.#seen.add(hop.frame.id);
    if (this.#seen.size > DEDUPE_LIMIT) this.#seen.clear();
    this.#handle(hop.frame);
  }

  #handle(frame: Frame): void {
    switch (frame.type) {
      case 'transcription':
        if (!frame.final && frame.text === this.#lastInterim) return;
        // The safety stage re-emits each final as a new frame (redacted): the same words once.
        if (frame.final && frame.text === this.#lastFinal) return;
        this.#lastInterim = frame.final ? '' : frame.text;
        this.#lastFinal = frame.final ? frame.text : '';
        this.#send({ type: 'transcript', role: 'user', text: frame.text, final: frame.final });
        return;
      case 'bot-segment-started':
        this.#send({ type: 'transcript', role: 'assistant', text: frame.text, final: true });
        return;
      case 'user-started-speaking':
        this.#lastFinal = '';
        this.#send({ type: 'event', name: 'user_started_speaking' });
        return;
      case 'user-stopped-speaking':
        this.#send({ type: 'event', name: 'user_stopped_speaking' });
        return;
      case 'bot-started-speaking':
        this.#send({ type: 'event', name: 'bot_started_speaking' });
        return;
      case 'bot-stopped-speaking':
        this.#endOfReply();
        this.#send({ type: 'event', name: 'bot_stopped_speaking' });
        return;
    }
  }
}
