/** Test doubles shared by the transport tests. */

import { type Clock, type Direction, type Frame, FrameProcessor } from '../pipeline/index.ts';
import { BaseOutputTransport, type OutputTransportOptions } from './base-output.ts';
import type { TransportConnection } from './connection.ts';
import type { SessionTransport } from './module.ts';

/** An output transport that records what it would have sent, stamped with the clock. */
export class RecordingOutput extends BaseOutputTransport {
  readonly chunks: { at: number; samples: Int16Array }[] = [];
  readonly messages: { message: unknown; urgent: boolean }[] = [];
  clears = 0;
  readonly marks: number[] = [];
  constructor(opts: OutputTransportOptions) {
    super(opts);
  }
  protected override writeAudio(chunk: Int16Array): void {
    this.chunks.push({ at: this.clock.now(), samples: chunk });
  }
  protected override writeMessage(message: unknown, urgent: boolean): void {
    this.messages.push({ message, urgent });
  }
  protected override onClearPlayback(): void {
    this.clears++;
  }
  protected override onSegmentWritten(segmentId: number): void {
    this.marks.push(segmentId);
  }
}

/** An in-memory TransportConnection: `sent` holds what the server sent, `deliver` plays the client. */
export class FakeConnection implements TransportConnection {
  readonly sent: { data: Uint8Array | string; at: number }[] = [];
  closed: { code?: number | undefined; reason?: string | undefined } | undefined;
  #onMessage: ((data: Uint8Array | string) => void)[] = [];
  #onClose: ((code: number, reason: string) => void)[] = [];
  readonly #clock: Clock | undefined;
  constructor(clock?: Clock) {
    this.#clock = clock;
  }
  send(data: Uint8Array | string): void {
    if (!this.closed) this.sent.push({ data, at: this.#clock?.now() ?? 0 });
  }
  close(code?: number, reason?: string): void {
    if (this.closed) return;
    this.closed = { code, reason };
    for (const cb of this.#onClose) cb(code ?? 1005, reason ?? '');
  }
  onMessage(cb: (data: Uint8Array | string) => void): void {
    this.#onMessage.push(cb);
  }
  onClose(cb: (code: number, reason: string) => void): void {
    this.#onClose.push(cb);
  }
  /** The client sends `data`. */
  deliver(data: Uint8Array | string): void {
    for (const cb of this.#onMessage) cb(data);
  }
  /** The client goes away. */
  drop(code = 1005): void {
    if (this.closed) return;
    this.closed = { code };
    for (const cb of this.#onClose) cb(code, '');
  }
}

/** A sine tone (non-zero everywhere but at zero crossings), for audio that must survive resampling. */
export function tone(samples: number, sampleRate: number, hz = 440, amplitude = 8000): Int16Array {
  const out = new Int16Array(samples);
  for (let i = 0; i < samples; i++)
    out[i] = Math.round(amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate));
  return out;
}

/**
 * A stand-in for LLM + TTS: answers each llm-run with LLM text, a shop UI event and (unless
 * audioResponse is false) `audioMs` of 16 kHz "speech", like a real TTS would.
 */
export class EchoBot extends FrameProcessor {
  readonly #audioMs: number;
  constructor(audioMs = 400) {
    super({ name: 'echo-bot' });
    this.#audioMs = audioMs;
  }
  protected override process(frame: Frame, direction: Direction): void {
    if (frame.type !== 'llm-run' || direction !== 'downstream') {
      this.push(frame, direction);
      return;
    }
    this.push(frame);
    const reply = `You said: ${frame.text}.`;
    this.push(this.createFrame('llm-response-start', {}));
    this.push(this.createFrame('llm-text', { text: reply }));
    this.push(this.createFrame('llm-response-end', {}));
    this.push(
      this.createFrame('output-transport-message', {
        message: { type: 'server-message', data: { type: 'echo', text: frame.text } },
      }),
    );
    if (!frame.audioResponse) return;
    this.push(this.createFrame('tts-started', {}));
    this.push(this.createFrame('tts-text', { text: reply }));
    const samples = Math.round((16_000 * this.#audioMs) / 1000);
    this.push(
      this.createFrame('output-audio', { audio: tone(samples, 16_000), sampleRate: 16_000, channels: 1 }),
    );
    this.push(this.createFrame('tts-stopped', {}));
  }
}

/**
 * A stand-in for a transport's session processors in server tests: greets the client on the
 * connection, cancels the task when the client leaves and closes the connection (1000) when the
 * task ends — the lifecycle a real transport has, without audio.
 */
export function greetingSessionTransport(
  connection: TransportConnection,
  greeting: string,
): SessionTransport {
  return {
    input: new FrameProcessor({ name: 'stand-in:in' }),
    output: new FrameProcessor({ name: 'stand-in:out' }),
    attach(task) {
      connection.onClose(() => void task.cancel('client left'));
      task.on('finished', () => connection.close(1000));
      connection.send(greeting);
    },
  };
}
