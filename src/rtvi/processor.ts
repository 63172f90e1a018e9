/**
 * RtviProcessor: the client → server half of RTVI 2.1.0. Sits right after the input transport,
 * consumes RTVI messages arriving as input-transport-message frames and turns them into frames
 * (typed turns, tool results, DTMF, end requests) or direct replies (bot-ready,
 * server-response, error-response). A bad message gets an answer and costs nothing else: the
 * session keeps running.
 */

import { childLogger } from '../log/logger.ts';
import {
  type Direction,
  type Frame,
  FrameProcessor,
  type FrameProcessorOptions,
  INPUT_AUDIO_ONLY,
} from '../pipeline/index.ts';
import { ClientFunctionCalls } from './client-calls.ts';
import {
  parseClientMessage,
  RTVI_PROTOCOL_VERSION,
  type RtviClientMessage,
  type RtviServerMessage,
  serverMessage,
} from './messages.ts';

export interface ClientReadyInfo {
  version: string | undefined;
  about: Record<string, unknown> | undefined;
}

export interface ClientMessageReply {
  /** Defaults to the request's `t`. */
  t?: string;
  d?: unknown;
}

export type ClientMessageHandler = (msg: {
  t: string;
  d: unknown;
  id: string;
}) => ClientMessageReply | undefined | Promise<ClientMessageReply | undefined>;

export interface RtviProcessorOptions extends FrameProcessorOptions {
  /** Sends a server message to the client right away (the transport's urgent path). */
  send: (message: RtviServerMessage) => void;
  libraryVersion?: string;
  /** App hook for `client-message`; a returned value becomes `server-response`, a throw `error-response`. */
  onClientMessage?: ClientMessageHandler;
  onClientReady?: (info: ClientReadyInfo) => void;
  /**
   * Client-side function calls the server asked for (shared with the RtviObserver, which sees
   * them start); default: none, so every client-sent tool result is refused.
   */
  clientCalls?: ClientFunctionCalls;
}

const log = childLogger({ component: 'rtvi' });

export class RtviProcessor extends FrameProcessor {
  protected override readonly passThrough = INPUT_AUDIO_ONLY;
  readonly #send: (message: RtviServerMessage) => void;
  readonly #libraryVersion: string;
  readonly #onClientMessage: ClientMessageHandler | undefined;
  readonly #onClientReady: ((info: ClientReadyInfo) => void) | undefined;
  readonly #clientCalls: ClientFunctionCalls;
  #clientReady = false;
  #clientVersion: string | undefined;
  /** Handlers of one `client-message` type, added by the session (switch-agent); tried first. */
  readonly #typedHandlers = new Map<string, ClientMessageHandler>();
  readonly #readyListeners: ((info: ClientReadyInfo) => void)[] = [];

  constructor(opts: RtviProcessorOptions) {
    super({ name: 'RtviProcessor', ...opts });
    this.#send = opts.send;
    this.#libraryVersion = opts.libraryVersion ?? '0.1.0';
    this.#onClientMessage = opts.onClientMessage;
    this.#onClientReady = opts.onClientReady;
    this.#clientCalls = opts.clientCalls ?? new ClientFunctionCalls();
  }

  /** Handles `client-message`s of type `t` (their reply or error goes back to the client). */
  handleClientMessage(t: string, handler: ClientMessageHandler): void {
    this.#typedHandlers.set(t, handler);
  }

  /** Calls `listener` once the client is ready (at once when it already is). */
  whenClientReady(listener: (info: ClientReadyInfo) => void): void {
    if (this.#clientReady) listener({ version: this.#clientVersion, about: undefined });
    else this.#readyListeners.push(listener);
  }

  get clientReady(): boolean {
    return this.#clientReady;
  }

  get clientVersion(): string | undefined {
    return this.#clientVersion;
  }

  protected override async process(frame: Frame, direction: Direction): Promise<void> {
    if (frame.type !== 'input-transport-message' || direction !== 'downstream') {
      this.push(frame, direction);
      return;
    }
    const parsed = parseClientMessage(frame.message);
    if (!parsed.ok) {
      switch (parsed.kind) {
        case 'not-rtvi':
          this.push(frame, direction); // someone else's protocol
          return;
        case 'unsupported':
          log.debug({ type: parsed.type }, 'unsupported RTVI message');
          this.#replyError(parsed.id, `Unsupported type ${parsed.type}`);
          return;
        case 'invalid':
          this.#replyError(parsed.id, `Invalid message: ${parsed.error}`);
          return;
      }
    }
    await this.#handle(parsed.message);
  }

  async #handle(msg: RtviClientMessage): Promise<void> {
    switch (msg.type) {
      case 'client-ready':
        this.#handshake(msg.id, msg.data.version, msg.data.about);
        return;
      case 'send-text':
        this.#typedTurn(msg.data.content, msg.data.options.run_immediately, msg.data.options.audio_response);
        return;
      case 'append-to-context': {
        if (msg.data.role !== 'user' || typeof msg.data.content !== 'string') {
          this.#replyError(
            msg.id,
            'Invalid message: append-to-context supports only role "user" with text content',
          );
          return;
        }
        this.#typedTurn(msg.data.content, msg.data.run_immediately, true);
        return;
      }
      case 'client-message':
        void this.#clientMessage(msg.id, msg.data.t, msg.data.d); // never hold up the system queue
        return;
      case 'llm-function-call-result': {
        // A result the server did not ask the client for would be recorded and fed to the model
        // as if a server tool (e.g. confirm_order) had returned it.
        const check = this.#clientCalls.take(msg.data.tool_call_id, msg.data.function_name);
        if (!check.ok) {
          log.warn({ tool: msg.data.function_name }, 'client-sent function call result refused');
          this.#replyError(msg.id, `llm-function-call-result refused: ${check.reason}`);
          return;
        }
        this.push(
          this.createFrame('function-call-result', {
            toolCallId: msg.data.tool_call_id,
            functionName: msg.data.function_name,
            result: msg.data.result,
            cancelled: false,
          }),
        );
        return;
      }
      case 'disconnect-bot':
        this.requestEnd('client sent disconnect-bot');
        return;
      case 'dtmf': {
        const keys = 'buttons' in msg.data ? msg.data.buttons : [msg.data.button];
        for (const digit of keys) this.push(this.createFrame('dtmf', { digit }));
        return;
      }
    }
  }

  #handshake(id: string, version: string | undefined, about: Record<string, unknown> | undefined): void {
    this.#clientVersion = version;
    const major = version ? Number.parseInt(version.split('.')[0] ?? '', 10) : Number.NaN;
    let replyVersion = RTVI_PROTOCOL_VERSION;
    if (version === undefined) {
      this.#replyError(id, 'Client version unknown.');
    } else if (major === 1) {
      replyVersion = version; // legacy clients get their own version echoed, as Pipecat does
    } else if (major !== 2) {
      this.#replyError(
        id,
        `RTVI version ${version} is not compatible with server protocol ${RTVI_PROTOCOL_VERSION}. Compatibility issues may occur.`,
      );
    }
    this.#send(
      serverMessage(
        'bot-ready',
        { version: replyVersion, about: { library: 'voice-shopper', library_version: this.#libraryVersion } },
        id,
      ),
    );
    this.#clientReady = true;
    for (const hook of [this.#onClientReady, ...this.#readyListeners.splice(0)]) {
      try {
        hook?.({ version, about });
      } catch (err) {
        log.warn({ err }, 'onClientReady hook failed');
      }
    }
  }

  #typedTurn(text: string, runImmediately: boolean, audioResponse: boolean): void {
    if (!runImmediately) {
      this.push(this.createFrame('context-append', { role: 'user', text, audioResponse }));
      return;
    }
    // Barge-in first, so the typed turn replaces whatever the bot was saying.
    this.broadcastInterruption();
    this.push(this.createFrame('llm-run', { text, source: 'typed', audioResponse }));
  }

  async #clientMessage(id: string, t: string, d: unknown): Promise<void> {
    const handler = this.#typedHandlers.get(t) ?? this.#onClientMessage;
    if (!handler) {
      log.debug({ t }, 'client-message without a handler');
      return;
    }
    try {
      const reply = await handler({ t, d, id });
      if (reply !== undefined)
        this.#send(serverMessage('server-response', { t: reply.t ?? t, d: reply.d }, id));
    } catch (err) {
      this.#send(serverMessage('error-response', { error: (err as Error).message ?? String(err) }, id));
    }
  }

  #replyError(id: string | undefined, error: string): void {
    if (id !== undefined) {
      this.#send(serverMessage('error-response', { error }, id));
    } else {
      // No id to answer: a plain non-fatal error (client-js types want `message` too).
      this.#send(serverMessage('error', { error, message: error, fatal: false }));
    }
  }
}
