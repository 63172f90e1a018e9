/**
 * A speech-to-speech model as one pipeline stage, in place of VAD-turn-STT-LLM-TTS: the
 * shopper's audio goes to the provider (resampled to its rate), and its events come back as the
 * frames the cascade produces, so transports, RTVI, the recorder and the console are unchanged:
 * - turns: user-started/stopped-speaking (server VAD, or ours from vad-* frames), transcription;
 * - replies: llm-response-start, llm-text + tts-text (captions), output-audio, tts-started/stopped,
 *   llm-response-end, and an `llm` metrics frame (time to first audio, tokens);
 * - tools: run by our policies (realtime-tools.ts), results sent back, then the next reply.
 * Barge-in interrupts the pipeline, cancels the reply and, once the output reports what was
 * played (bot-spoken-text), truncates the assistant item there. A cut connection is reopened
 * with the conversation replayed; errors become non-fatal error frames and the session goes on.
 */
import { downmixToMono } from '../../audio/pcm16.ts';
import { Resampler } from '../../audio/resampler.ts';
import { childLogger, type Logger } from '../../log/logger.ts';
import {
  type Direction,
  type Frame,
  FrameProcessor,
  type FrameProcessorOptions,
} from '../../pipeline/index.ts';
import type { ShopTool } from '../../shop/contract.ts';
import { PlayedAudio } from './played-audio.ts';
import { RealtimeLink } from './realtime-link.ts';
import { RealtimeReplies } from './realtime-replies.ts';
import { RealtimeToolRunner } from './realtime-tools.ts';
import type {
  HistoryItem,
  RealtimeConnection,
  RealtimeEvent,
  RealtimeService,
  RealtimeSettings,
} from './types.ts';

export interface RealtimeProcessorOptions extends Omit<FrameProcessorOptions, 'model'> {
  service: RealtimeService;
  settings: RealtimeSettings;
  tools: readonly ShopTool[];
  user: { userId: string; sessionId: string; knowledgeBase?: string };
  /** Tool rounds per user turn before the model must answer without tools. */
  maxToolSteps?: number;
  /** Reconnect attempts after the connection is cut. */
  reconnects?: number;
  historyMaxItems?: number;
  log?: Logger;
}

export class RealtimeProcessor extends FrameProcessor {
  readonly #o: RealtimeProcessorOptions;
  readonly #log: Logger;
  readonly #tools: RealtimeToolRunner;
  readonly #link: RealtimeLink;
  readonly #played = new PlayedAudio();
  readonly #replies: RealtimeReplies;
  #settings: RealtimeSettings;
  /** The input resampler and the connection it was made for. */
  #in: Resampler | undefined;
  #inFor: RealtimeConnection | undefined;
  /** When the shopper's turn ended (or a typed turn / tool results were sent): ttfb base. */
  #askedAt: number | undefined;
  #toolSteps = 0;
  #history: HistoryItem[] = [];
  #botSpeaking = false;
  /** The provider's VAD cut the reply itself: no response.cancel from us. */
  #serverCut = false;
  #chain: Promise<void> = Promise.resolve();

  constructor(opts: RealtimeProcessorOptions) {
    super({ ...opts, model: opts.service.model });
    this.#o = opts;
    this.#settings = opts.settings;
    this.#log = opts.log ?? childLogger({ component: 'realtime', processor: this.name });
    this.#tools = new RealtimeToolRunner({
      tools: () => this.#o.tools,
      user: () => this.#o.user,
      language: () => this.#settings.language,
      clock: this.clock,
      log: this.#log,
      frame: (type, payload) => this.createFrame(type, payload),
      push: (frame) => this.push(frame, 'downstream'),
      pushError: (err) => this.pushError(err, false),
      answer: (callId, name, result) => this.#conn?.addToolResult(callId, name, result),
    });
    this.#replies = new RealtimeReplies({
      clock: this.clock,
      played: this.#played,
      frame: (type, payload) => this.createFrame(type, payload),
      push: (frame) => this.push(frame, 'downstream'),
    });
    this.#link = new RealtimeLink({
      service: opts.service,
      reconnects: opts.reconnects ?? 2,
      clock: () => this.clock,
      signal: this.lifetimeSignal,
      log: this.#log,
      settings: () => this.#settings,
      history: () => this.#history,
      onEvent: (e) => this.#onEvent(e),
      onGiveUp: (err) => this.pushError(err, false),
    });
  }

  get #conn(): RealtimeConnection | undefined {
    return this.#link.current;
  }

  /** The model's view of what was said, for tests and a reconnect. */
  get history(): readonly HistoryItem[] {
    return this.#history;
  }

  get connected(): boolean {
    return this.#link.current !== undefined;
  }

  /** Says the agent's greeting through the model (recorded and cut by barge-in like any reply). */
  greet(text: string): void {
    void this.#link.ensure().then((conn) => {
      this.#askedAt = this.clock.now();
      this.#ask(conn, {
        instructions: `Greet the shopper by saying exactly this, and nothing else: "${text}"`,
      });
    });
  }

  /** Another agent from the next turn: instructions, voice, tools. */
  switchSettings(settings: RealtimeSettings, tools: readonly ShopTool[]): void {
    this.#settings = settings;
    this.#o.tools = tools;
    this.#conn?.update(settings);
  }

  protected override async onStart(): Promise<void> {
    await this.#link.ensure();
  }

  protected override async onStop(): Promise<void> {
    await this.#link.close();
  }

  protected override async onCancel(): Promise<void> {
    await this.#link.close();
  }

  protected override onInterruption(): void {
    const { cancel, cutItems } = this.#replies.interrupt();
    if (cancel && !this.#serverCut) this.#conn?.cancelResponse();
    this.#played.cut(cutItems);
    this.#serverCut = false;
    // Nothing is playing: what was heard is already counted (the output reports nothing more).
    if (!this.#botSpeaking) this.#flushTruncation();
  }

  protected override process(frame: Frame, direction: Direction): void {
    if (direction === 'upstream') this.#fromOutput(frame);
    else
      switch (frame.type) {
        case 'input-audio':
          this.#sendAudio(
            frame.channels > 1 ? downmixToMono(frame.audio, frame.channels) : frame.audio,
            frame.sampleRate,
          );
          return;
        case 'vad-user-started-speaking':
          if (this.#settings.turnDetection !== 'local') break;
          this.#conn?.startActivity();
          this.#userStarted();
          break;
        case 'vad-user-stopped-speaking':
          if (this.#settings.turnDetection !== 'local') break;
          this.push(frame, direction);
          this.#userStopped();
          this.#newTurn();
          this.#conn?.endActivity();
          this.#ask(this.#conn);
          return;
        case 'llm-run':
          this.push(frame, direction);
          this.#typedTurn(frame.text, frame.audioResponse);
          return;
        case 'context-append':
          this.push(frame, direction);
          this.#remember({ role: 'user', text: frame.text });
          this.#conn?.addUserText(frame.text);
          return;
        case 'background-result':
          this.#announce(frame);
          return;
      }
    this.push(frame, direction);
  }

  // ── what the output tells us (upstream) ────────────────────────────────────

  #fromOutput(frame: Frame): void {
    switch (frame.type) {
      case 'bot-started-speaking':
        this.#botSpeaking = true;
        break;
      case 'bot-stopped-speaking':
        this.#botSpeaking = false;
        this.#flushTruncation();
        break;
      case 'bot-segment-started':
        this.#played.segmentStarted(frame.segmentId);
        break;
      case 'bot-spoken-text': {
        this.#played.segmentPlayed(frame.segmentId, frame.playedMs);
        if (frame.interrupted) {
          // What the model keeps of the cut reply is what the shopper heard.
          const last = this.#history.at(-1);
          if (last?.role === 'assistant') last.text = frame.turnText;
          else if (frame.turnText) this.#remember({ role: 'assistant', text: frame.turnText });
          this.#flushTruncation();
        }
        break;
      }
    }
    this.push(frame, 'upstream');
  }

  #flushTruncation(): void {
    this.#played.flush((item, playedMs) => {
      this.#conn?.truncate(item, playedMs);
      this.#log.debug({ item, playedMs }, 'assistant item truncated at what was played');
    });
  }

  // ── turns ────────────────────────────────────────────────────────────────

  #sendAudio(audio: Int16Array, rate: number): void {
    const conn = this.#conn;
    if (!conn) return;
    if (!this.#in || this.#inFor !== conn || this.#in.inRate !== rate) {
      this.#in = new Resampler(rate, conn.inputRate);
      this.#inFor = conn;
    }
    conn.sendAudio(this.#in.process(audio));
  }

  #userStarted(): void {
    if ((this.#replies.live || this.#botSpeaking) && this.startParams?.allowInterruptions !== false)
      this.broadcastInterruption();
    const f = this.createFrame('user-started-speaking', {});
    this.push(f, 'downstream');
    this.push(f, 'upstream');
  }

  #userStopped(): void {
    const f = this.createFrame('user-stopped-speaking', {});
    this.push(f, 'downstream');
    this.push(f, 'upstream');
  }

  #newTurn(): void {
    this.#toolSteps = 0;
    this.#askedAt = this.clock.now();
  }

  #typedTurn(text: string, audio: boolean): void {
    this.#remember({ role: 'user', text });
    this.#newTurn();
    void this.#link.ensure().then((conn) => {
      conn?.addUserText(text);
      this.#ask(conn, { audio });
    });
  }

  /** A background job's result: its cards to the screen, its announcement said by the model. */
  #announce(frame: Frame<'background-result'>): void {
    const ref = { toolCallId: frame.toolCallId, functionName: frame.functionName };
    this.push(this.createFrame('function-call-in-progress', { ...ref, arguments: frame.arguments }));
    this.push(this.createFrame('function-call-result', { ...ref, result: frame.result, cancelled: false }));
    for (const event of frame.ui)
      this.push(
        this.createFrame('output-transport-message', { message: { type: 'server-message', data: event } }),
      );
    const text = frame.announcement.trim();
    if (!text) return;
    this.#conn?.addUserText(`(Background ${frame.functionName} finished: ${JSON.stringify(frame.result)})`);
    this.#askedAt = this.clock.now();
    this.#ask(this.#conn, { instructions: `Tell the shopper, in these words: "${text}"` });
  }

  #ask(
    conn: RealtimeConnection | undefined,
    opts: Parameters<RealtimeConnection['createResponse']>[0] = {},
  ): void {
    if (!conn) return;
    this.#replies.requested();
    conn.createResponse(opts);
  }

  #remember(item: HistoryItem): void {
    this.#history.push(item);
    const max = this.#o.historyMaxItems ?? 40;
    if (this.#history.length > max) this.#history.splice(0, this.#history.length - max);
  }

  // ── the provider's events ──────────────────────────────────────────────────

  #onEvent(e: RealtimeEvent): void {
    switch (e.type) {
      case 'session-ready':
        return;
      case 'speech-started':
        if (this.#settings.turnDetection !== 'server') return;
        this.#serverCut = true;
        this.#userStarted();
        this.#serverCut = false;
        return;
      case 'interrupted': {
        // Only a reply still live here: one we already cut (a typed turn) needs nothing more,
        // and cutting again would cancel the reply just asked for.
        const live = this.#replies.providerInterrupted();
        if (!live || this.startParams?.allowInterruptions === false) return;
        this.#serverCut = true;
        this.broadcastInterruption();
        this.#serverCut = false;
        return;
      }
      case 'speech-stopped':
        if (this.#settings.turnDetection !== 'server') return;
        this.#userStopped();
        this.#newTurn();
        return;
      case 'user-transcript':
        if (!e.text) return;
        if (e.final) this.#remember({ role: 'user', text: e.text });
        this.push(
          this.createFrame('transcription', {
            text: e.text,
            userId: this.#o.user.userId,
            final: e.final,
            language: this.#settings.language,
          }),
        );
        return;
      case 'response-started':
        this.#replies.started(e.responseId);
        return;
      case 'text':
        this.#replies.text(e.responseId, e.itemId, e.text);
        return;
      case 'audio':
        this.#replies.audio(e.responseId, e.itemId, e.audio, this.#conn?.outputRate);
        return;
      case 'function-call':
        this.#replies.call(e.responseId, { callId: e.callId, name: e.name, arguments: e.arguments });
        return;
      case 'response-done':
        this.#endReply(e);
        return;
      case 'error':
        this.#log.warn({ err: e.error }, 'speech-to-speech provider reported an error; the session goes on');
        this.pushError(e.error, false);
        return;
      case 'closed':
        this.#onClosed(e.error);
        return;
    }
  }

  #endReply(e: Extract<RealtimeEvent, { type: 'response-done' }>): void {
    if (e.error) {
      this.#log.warn({ err: e.error, responseId: e.responseId }, 'speech-to-speech reply failed');
      this.pushError(e.error, false);
    }
    const reply = this.#replies.done(e.responseId);
    if (!reply) return;
    if (reply.text.trim()) this.#remember({ role: 'assistant', text: reply.text.trim() });
    const ttft =
      reply.firstAudioAt !== undefined && this.#askedAt !== undefined
        ? Math.max(0, reply.firstAudioAt - this.#askedAt)
        : undefined;
    this.metrics.report({
      kind: 'llm',
      processor: this.name,
      model: this.#o.service.model,
      ...(ttft === undefined ? {} : { ttftMs: ttft }),
      promptTokens: e.usage?.inputTokens ?? 0,
      completionTokens: e.usage?.outputTokens ?? 0,
      totalTokens: e.usage?.totalTokens ?? 0,
    });
    const calls = e.status === 'completed' ? this.#tools.fresh(reply.calls) : [];
    if (calls.length === 0) return;
    const signal = this.signal;
    // Calls run one reply at a time, in order; a barge-in cancels what its policy allows.
    this.#chain = this.#chain.then(async () => {
      await this.#tools.run(calls, signal);
      if (signal.aborted) return; // the shopper's new turn asks for the next reply
      this.#toolSteps++;
      this.#askedAt = this.clock.now();
      const max = this.#o.maxToolSteps ?? 3;
      this.#ask(this.#conn, { toolChoice: this.#toolSteps >= max ? 'none' : 'auto' });
    });
    this.#chain = this.#chain.catch((err: unknown) => {
      this.#log.error({ err }, 'running the model’s function calls failed');
      this.pushError(err, false);
    });
  }

  // ── the connection ─────────────────────────────────────────────────────────

  /** The connection is gone: end the reply in flight, say why, and reopen it with the history. */
  #onClosed(error: Error | undefined): void {
    this.#link.lost();
    if (this.#link.stopping) return;
    const reply = this.#replies.connectionLost();
    if (reply?.text.trim()) this.#remember({ role: 'assistant', text: reply.text.trim() });
    const err = error ?? new Error(`${this.#o.service.provider} closed the session`);
    this.#log.warn({ err }, 'speech-to-speech connection lost; reconnecting');
    this.pushError(err, false);
    void this.#link.ensure();
  }
}
