/**
 * The model's replies as they stream in, and the frames each one produces: which reply is live,
 * which were cancelled by a barge-in (their late events are dropped), and which were asked for
 * but not started yet (cancelled the moment they start). Kept apart from the processor because
 * this bookkeeping is where barge-in races live; the processor decides turns, tools and metrics.
 */
import type { Clock } from '../../pipeline/clock.ts';
import type { Frame, FramePayloads, FrameType } from '../../pipeline/index.ts';
import type { PlayedAudio } from './played-audio.ts';
import type { ModelCall } from './realtime-tools.ts';

export interface Reply {
  id: string;
  text: string;
  calls: ModelCall[];
  audioItems: Set<string>;
  ttsOpen: boolean;
  firstAudioAt: number | undefined;
  cancelled: boolean;
}

export interface ReplyHost {
  clock: Clock;
  played: PlayedAudio;
  frame: <T extends FrameType>(type: T, payload: FramePayloads[T]) => Frame<T>;
  push: (frame: Frame) => void;
}

export class RealtimeReplies {
  readonly #host: ReplyHost;
  #reply: Reply | undefined;
  readonly #cancelled = new Set<string>();
  /** Replies asked for and not yet started, and how many of those a barge-in cancelled. */
  #requested = 0;
  #dropNext = 0;

  constructor(host: ReplyHost) {
    this.#host = host;
  }

  /** A reply is streaming and no barge-in has cut it. */
  get live(): boolean {
    return this.#reply !== undefined && !this.#reply.cancelled;
  }

  /** A reply was asked of the model. */
  requested(): void {
    this.#requested++;
  }

  /**
   * A barge-in: the live reply is cancelled, and so is every reply asked for and not started.
   * Returns whether the model must be told to cancel, and the items whose audio was cut.
   */
  interrupt(): { cancel: boolean; cutItems: Iterable<string> } {
    const reply = this.#reply;
    const live = reply !== undefined && !reply.cancelled;
    if (reply && live) {
      reply.cancelled = true;
      this.#cancelled.add(reply.id);
    }
    const pending = this.#requested > this.#dropNext;
    // Asked for before the barge-in but not started yet: cancelled as soon as it starts.
    if (pending) this.#dropNext = this.#requested;
    return { cancel: live || pending, cutItems: reply && live ? reply.audioItems : [] };
  }

  /** The provider says it cut a reply itself; returns whether one was still live here. */
  providerInterrupted(): boolean {
    const live = this.live;
    if (!live && this.#dropNext > 0) {
      // The reply we cancelled died before its first output: it will never start.
      this.#dropNext--;
      this.#requested = Math.max(0, this.#requested - 1);
    }
    return live;
  }

  started(id: string): void {
    if (this.#reply?.id === id || this.#cancelled.has(id)) return;
    if (this.#requested > 0) this.#requested--;
    if (this.#dropNext > 0) {
      this.#dropNext--;
      this.#cancelled.add(id);
      return;
    }
    this.#reply = {
      id,
      text: '',
      calls: [],
      audioItems: new Set(),
      ttsOpen: false,
      firstAudioAt: undefined,
      cancelled: false,
    };
    this.#host.push(this.#host.frame('llm-response-start', {}));
  }

  text(responseId: string, itemId: string, text: string): void {
    const reply = this.#get(responseId);
    if (!reply) return;
    reply.text += text;
    this.#openTts(reply);
    this.#host.push(this.#host.frame('llm-text', { text }));
    this.#host.played.textSent(itemId);
    this.#host.push(this.#host.frame('tts-text', { text }));
  }

  /** `sampleRate` undefined: no connection any more, the audio is dropped. */
  audio(responseId: string, itemId: string, audio: Int16Array, sampleRate: number | undefined): void {
    const reply = this.#get(responseId);
    if (!reply || sampleRate === undefined) return;
    this.#openTts(reply);
    const first = !reply.audioItems.has(itemId);
    if (first) reply.audioItems.add(itemId);
    this.#host.played.audioSent(itemId, first);
    reply.firstAudioAt ??= this.#host.clock.now();
    this.#host.push(this.#host.frame('output-audio', { audio, sampleRate, channels: 1 }));
  }

  call(responseId: string, call: ModelCall): void {
    this.#get(responseId)?.calls.push(call);
  }

  /** The provider finished a reply: returns it, ended downstream, unless a barge-in had cut it. */
  done(responseId: string): Reply | undefined {
    const reply = this.#reply?.id === responseId ? this.#reply : undefined;
    this.#cancelled.delete(responseId);
    if (!reply) return undefined;
    this.#reply = undefined;
    if (reply.cancelled) return undefined; // the interruption already ended it downstream
    this.#end(reply);
    return reply;
  }

  /** The connection is gone: the live reply ends where it is, and is returned. */
  connectionLost(): Reply | undefined {
    const reply = this.#reply;
    if (!reply || reply.cancelled) return undefined;
    this.#reply = undefined;
    this.#end(reply);
    return reply;
  }

  #get(responseId: string): Reply | undefined {
    if (this.#cancelled.has(responseId)) return undefined;
    if (this.#reply?.id !== responseId) this.started(responseId);
    return this.#reply;
  }

  #openTts(reply: Reply): void {
    if (reply.ttsOpen) return;
    reply.ttsOpen = true;
    this.#host.push(this.#host.frame('tts-started', {}));
  }

  #end(reply: Reply): void {
    if (reply.ttsOpen) this.#host.push(this.#host.frame('tts-stopped', {}));
    this.#host.push(this.#host.frame('llm-response-end', {}));
  }
}
