/**
 * The device session's two pipeline ends. The input owns push-to-talk: it puts the pipeline in
 * `manual` turn mode and sends the speaking frames itself; the output hands paced chunks,
 * UI events and barge-in clears to whatever sends them (the DeviceTransport).
 */
import { RTVI_LABEL } from '../../rtvi/messages.ts';
import { BaseInputTransport } from '../base-input.ts';
import { BaseOutputTransport } from '../base-output.ts';
import type { ServerMessageBody } from './protocol.ts';

export type DeviceMode = 'push-to-talk' | 'open-mic';

/** Where the output's audio, messages and clears go. */
export interface DeviceSink {
  sendAudio(pcm: Int16Array, isFinal: boolean): void;
  send(body: ServerMessageBody): void;
  sendClear(): void;
}

export class DeviceInputTransport extends BaseInputTransport {
  #inTurn = false;

  constructor(opts: ConstructorParameters<typeof BaseInputTransport>[0], mode: DeviceMode) {
    super(opts);
    // First in line, before any early audio: the VAD must not judge push-to-talk audio.
    if (mode === 'push-to-talk')
      this.pushInOrder(() => this.createFrame('user-turn-mode', { mode: 'manual' }));
  }

  get inTurn(): boolean {
    return this.#inTurn;
  }

  /** Push-to-talk pressed (or its first audio): the user's turn starts and the bot is cut. */
  startTurn(): void {
    if (this.#inTurn) return;
    this.#inTurn = true;
    this.pushInOrder(() => this.createFrame('user-started-speaking', {}));
    this.pushInOrder(() => this.createFrame('interruption-request', {}), 'upstream');
  }

  /** Released (`isFinal`, `stop_recording`): the turn ends now, as after a VAD stop with no window. */
  endTurn(): void {
    if (!this.#inTurn) return;
    this.#inTurn = false;
    this.pushInOrder(() => this.createFrame('vad-user-stopped-speaking', { stopSecs: 0 }));
    this.pushInOrder(() => this.createFrame('user-stopped-speaking', {}));
  }

  /** A device control reaching the pipeline as the RTVI message the emergency-stop stage knows. */
  emergencyStop(reason: string | undefined): void {
    this.pushMessage({
      label: RTVI_LABEL,
      type: 'client-message',
      id: `device-stop-${Date.now()}`,
      data: { t: 'emergency-stop', d: reason ? { reason } : {} },
    });
  }
}

export class DeviceOutputTransport extends BaseOutputTransport {
  readonly #transport: DeviceSink;
  constructor(transport: DeviceSink, opts: ConstructorParameters<typeof BaseOutputTransport>[0]) {
    super(opts);
    this.#transport = transport;
  }
  protected override writeAudio(chunk: Int16Array): void {
    this.#transport.sendAudio(chunk, false);
  }
  protected override writeMessage(message: unknown): void {
    // The shop's UI events (products, cart, order) as RTVI server messages: their data goes out.
    const m = message as { type?: unknown; data?: unknown } | null;
    if (m && m.type === 'server-message') this.#transport.send({ type: 'event', name: 'ui', data: m.data });
  }
  protected override onClearPlayback(): void {
    this.#transport.sendClear();
  }
}
