/**
 * TwilioTransport: Twilio Media Streams over any TransportConnection. µ-law 8 kHz in, resampled
 * to the pipeline rate; paced 40 ms µ-law chunks out; `clear` on barge-in (Twilio buffers what
 * we send, so without it the caller hears the rest of the interrupted reply); a `mark` after
 * each spoken segment, echoed by Twilio once played, to learn what the caller really heard.
 * No RTVI on telephony: transport messages are dropped. Bad input is logged and ignored, since
 * Twilio has no error channel.
 */
import { decodeMulaw, encodeMulaw } from '../../audio/mulaw.ts';
import { childLogger, type Logger } from '../../log/logger.ts';
import type { Clock, PipelineTask } from '../../pipeline/index.ts';
import { BaseInputTransport } from '../base-input.ts';
import { BaseOutputTransport } from '../base-output.ts';
import type { TransportConnection } from '../connection.ts';
import {
  clearMessage,
  markMessage,
  mediaMessage,
  type TwilioCallInfo,
  type TwilioInboundEvent,
  twilioInboundEvent,
} from './messages.ts';

export const TWILIO_SAMPLE_RATE = 8000;
const MAX_TEXT_FRAME = 128 * 1024;

export interface TwilioTransportOptions {
  connection: TransportConnection;
  clock?: Clock;
  chunkMs?: number;
  silenceStopMs?: number;
  /** Send audio this far ahead of the client's playback (BaseOutputTransport's leadMs). */
  leadMs?: number;
  name?: string;
  logger?: Logger;
}

export interface TwilioTransportStats {
  mediaIn: number;
  mediaOut: number;
  marksSent: number;
  marksPlayed: number;
  clears: number;
  invalid: number;
}

export class TwilioInputTransport extends BaseInputTransport {}

export class TwilioOutputTransport extends BaseOutputTransport {
  readonly #transport: TwilioTransport;
  constructor(transport: TwilioTransport, opts: ConstructorParameters<typeof BaseOutputTransport>[0]) {
    super(opts);
    this.#transport = transport;
  }
  protected override writeAudio(chunk: Int16Array): void {
    this.#transport.sendMedia(chunk);
  }
  protected override writeMessage(): void {
    // No RTVI over telephony.
  }
  protected override onClearPlayback(): void {
    this.#transport.sendClear();
  }
  protected override onSegmentWritten(segmentId: number): void {
    this.#transport.sendMark(`segment-${segmentId}`);
  }
}

export class TwilioTransport {
  readonly input: TwilioInputTransport;
  readonly output: TwilioOutputTransport;
  readonly stats: TwilioTransportStats = {
    mediaIn: 0,
    mediaOut: 0,
    marksSent: 0,
    marksPlayed: 0,
    clears: 0,
    invalid: 0,
  };
  /** Mark names Twilio echoed back (played), in order. */
  readonly playedMarks: string[] = [];
  readonly #conn: TransportConnection;
  readonly #log: Logger;
  #call: TwilioCallInfo | undefined;
  #closed = false;
  #ended = false;
  #startCallbacks: ((call: TwilioCallInfo) => void)[] = [];
  #endCallbacks: ((reason: string) => void)[] = [];

  constructor(opts: TwilioTransportOptions) {
    this.#conn = opts.connection;
    const name = opts.name ?? 'twilio';
    this.#log = opts.logger ?? childLogger({ component: 'twilio-transport', transport: name });
    this.input = new TwilioInputTransport({ name: `${name}:input`, clock: opts.clock });
    this.output = new TwilioOutputTransport(this, {
      name: `${name}:output`,
      clock: opts.clock,
      sampleRate: TWILIO_SAMPLE_RATE,
      chunkMs: opts.chunkMs,
      silenceStopMs: opts.silenceStopMs,
      leadMs: opts.leadMs,
    });
    this.#conn.onMessage((data) => this.#onMessage(data));
    this.#conn.onClose((code) => {
      this.#closed = true;
      this.#end(`connection closed (${code})`);
    });
  }

  /** Set once the `start` event arrived. */
  get call(): TwilioCallInfo | undefined {
    return this.#call;
  }

  onCallStart(cb: (call: TwilioCallInfo) => void): void {
    this.#startCallbacks.push(cb);
  }

  /** The call is over: `stop` event or the socket closed. Called once. */
  onCallEnd(cb: (reason: string) => void): void {
    this.#endCallbacks.push(cb);
  }

  /** Call end cancels the task; the task finishing closes the socket. */
  attach(task: PipelineTask): void {
    this.onCallEnd((reason) => void task.cancel(`twilio: ${reason}`));
    void task.whenFinished().then(() => this.close());
  }

  sendMedia(chunk: Int16Array): void {
    if (!this.#call || this.#closed) return;
    this.stats.mediaOut++;
    this.#conn.send(mediaMessage(this.#call.streamSid, encodeMulaw(chunk)));
  }

  sendClear(): void {
    if (!this.#call || this.#closed) return;
    this.stats.clears++;
    this.#conn.send(clearMessage(this.#call.streamSid));
  }

  sendMark(name: string): void {
    if (!this.#call || this.#closed) return;
    this.stats.marksSent++;
    this.#conn.send(markMessage(this.#call.streamSid, name));
  }

  close(code = 1000, reason = ''): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#conn.close(code, reason);
  }

  #onMessage(data: Uint8Array | string): void {
    if (this.#closed || this.#ended) return;
    const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    if (text.length > MAX_TEXT_FRAME) {
      this.#invalid('oversized frame', text.length);
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.#invalid('not JSON', text.length);
      return;
    }
    const parsed = twilioInboundEvent.safeParse(json);
    if (!parsed.success) {
      this.#invalid(parsed.error.issues[0]?.message ?? 'bad event', text.length);
      return;
    }
    this.#handle(parsed.data);
  }

  #handle(ev: TwilioInboundEvent): void {
    switch (ev.event) {
      case 'connected':
        return;
      case 'start':
        this.#call = {
          streamSid: ev.start.streamSid,
          callSid: ev.start.callSid,
          accountSid: ev.start.accountSid,
          customParameters: ev.start.customParameters,
        };
        this.#log.info({ callSid: ev.start.callSid, streamSid: ev.start.streamSid }, 'twilio stream started');
        for (const cb of this.#startCallbacks) cb(this.#call);
        return;
      case 'media': {
        if (ev.media.track && ev.media.track !== 'inbound') return;
        const bytes = Buffer.from(ev.media.payload, 'base64');
        if (bytes.byteLength === 0) return;
        this.stats.mediaIn++;
        // decodeMulaw returns a new array: handed over without another copy.
        this.input.pushAudio(decodeMulaw(bytes), TWILIO_SAMPLE_RATE, 1, true);
        return;
      }
      case 'dtmf':
        this.input.pushDtmf(ev.dtmf.digit);
        return;
      case 'mark':
        this.stats.marksPlayed++;
        this.playedMarks.push(ev.mark.name);
        this.input.pushPlaybackMark(ev.mark.name);
        return;
      case 'stop':
        this.#end('stop event');
        return;
    }
  }

  #end(reason: string): void {
    this.#ended = true;
    const callbacks = this.#endCallbacks;
    this.#endCallbacks = [];
    for (const cb of callbacks) cb(reason);
  }

  #invalid(why: string, length: number): void {
    this.stats.invalid++;
    this.#log.debug({ why, length }, 'ignoring invalid Twilio message');
  }
}
