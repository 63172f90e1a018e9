/**
 * The LLM stage as a pipeline processor: a final user transcription (or an `llm-run`) goes into
 * the conversation context (a `context-append` only joins it, for the next turn), the tool loop
 * runs under the processor's interruption signal, and its events become frames:
 * - each model call: llm-response-start, llm-text…, llm-response-end;
 * - tools: function-calls-started, function-call-in-progress, function-call-result (the last two
 *   survive interruptions, so a started call is never left "in progress" downstream);
 * - UI events: output-transport-message {type:'server-message', data} (the urgent variant after
 *   an interruption, so a completed cart write still reaches the screen);
 * - fillers and apologies: tts-speak (spoken as is, outside the model's text);
 * - ttfb and token usage: metrics; model failures: a non-fatal error frame upstream.
 * What the shopper actually heard of an interrupted reply comes back upstream from the output
 * as `bot-spoken-text`, and is what the history keeps.
 */
import {
  type Direction,
  type Frame,
  FrameProcessor,
  type FrameProcessorOptions,
  INPUT_AUDIO_ONLY,
  isFrame,
} from '../../pipeline/index.ts';
import type { Language, ShopTool } from '../../shop/contract.ts';
import type { LlmModel } from './adapter.ts';
import { ConversationContext } from './context.ts';
import { type AgentProfile, SHOP_ASSISTANT } from './profiles.ts';
import { runToolLoop, type ToolLoopEvent, type ToolLoopOptions, type ToolLoopSummary } from './tool-loop.ts';

export interface LlmProcessorOptions extends Omit<FrameProcessorOptions, 'model'> {
  llm: LlmModel;
  /** Provider label for errors and metrics. */
  provider: string;
  tools: readonly ShopTool[];
  user: { userId: string; sessionId: string; knowledgeBase?: string };
  profile?: AgentProfile;
  /** What the shop remembers about the shopper, added to the instructions. */
  shopperNote?: string;
  language?: Language;
  /** Reuse a context (e.g. a resumed session); otherwise one is created from profile + language. */
  context?: ConversationContext;
  historyMaxMessages?: number;
  /** Passed to every tool loop run. */
  loop?: Pick<
    ToolLoopOptions,
    | 'maxToolSteps'
    | 'temperature'
    | 'maxOutputTokens'
    | 'maxRetries'
    | 'firstChunkTimeoutMs'
    | 'chunkTimeoutMs'
  >;
}

function toLanguage(value: string | undefined): Language | undefined {
  if (!value) return undefined;
  const base = value.toLowerCase().slice(0, 2);
  return base === 'es' ? 'es' : base === 'en' ? 'en' : undefined;
}

export class LlmProcessor extends FrameProcessor {
  protected override readonly passThrough = INPUT_AUDIO_ONLY;
  readonly context: ConversationContext;
  #opts: LlmProcessorOptions;
  /** Summary of the last finished run (tests, recorder). */
  lastRun: ToolLoopSummary | undefined;
  /** The reply to the current user turn: was one started, is it to be spoken, has any of it played. */
  #reply = { started: false, spoken: true, played: false };

  constructor(opts: LlmProcessorOptions) {
    super({ ...opts, model: opts.llm.modelId });
    this.#opts = opts;
    this.context =
      opts.context ??
      new ConversationContext({
        profile: opts.profile ?? SHOP_ASSISTANT,
        language: opts.language ?? 'en',
        maxMessages: opts.historyMaxMessages ?? 40,
        ...(opts.shopperNote ? { shopperNote: opts.shopperNote } : {}),
      });
  }

  /**
   * Switches the agent (another profile mid-session): from the next run, its instructions, tools
   * and call settings apply; the history is kept, so the new agent knows what was said.
   */
  switchProfile(next: {
    profile: AgentProfile;
    language?: Language;
    tools?: readonly ShopTool[];
    loop?: LlmProcessorOptions['loop'];
    llm?: LlmModel;
    /** The new agent's knowledge base (search_knowledge). */
    knowledgeBase?: string;
  }): void {
    this.context.profile = next.profile;
    if (next.language) this.context.language = next.language;
    this.#opts = {
      ...this.#opts,
      ...(next.tools ? { tools: next.tools } : {}),
      ...(next.llm ? { llm: next.llm } : {}),
      ...(next.loop ? { loop: { ...this.#opts.loop, ...next.loop } } : {}),
      ...(next.knowledgeBase ? { user: { ...this.#opts.user, knowledgeBase: next.knowledgeBase } } : {}),
    };
  }

  /**
   * Says the profile's greeting as this stage's reply: spoken, captioned and cut by a barge-in
   * like any reply, and noted for the model as far as the shopper heard it.
   */
  greet(text: string): void {
    this.context.noteGreeting(text);
    this.#reply = { started: true, spoken: true, played: false };
    this.queueFrame(this.createFrame('tts-speak', { text }), 'downstream');
  }

  /**
   * Keeps in the history only what the shopper heard of the interrupted reply; called with the
   * `bot-spoken-text` frame the output sends upstream.
   */
  commitAssistantSpoken(text: string): void {
    this.context.commitAssistantSpoken(text);
  }

  /**
   * A reply cut off before any of it played was never heard: drop its text from the history.
   * Once audio played, the output reports what was heard (`bot-spoken-text`) instead; a
   * text-only reply was read on screen and stays.
   */
  protected override onInterruption(): void {
    if (this.#reply.started && this.#reply.spoken && !this.#reply.played)
      this.context.commitAssistantSpoken('');
  }

  protected override async process(frame: Frame, direction: Direction): Promise<void> {
    if (direction === 'upstream' && frame.type === 'bot-started-speaking') this.#reply.played = true;
    if (direction === 'upstream' && frame.type === 'bot-spoken-text' && frame.interrupted) {
      // The turn as heard: every segment played since the bot started speaking, the cut one included.
      this.commitAssistantSpoken(frame.turnText);
    }
    if (direction === 'downstream' && isFrame(frame, 'transcription') && frame.final) {
      this.push(frame, direction);
      this.context.addUserText(frame.text, toLanguage(frame.language));
      this.#reply = { started: true, spoken: true, played: false };
      await this.#run(frame.inDomain === false);
      return;
    }
    if (direction === 'downstream' && isFrame(frame, 'llm-run')) {
      this.push(frame, direction); // like a transcription: later stages (recorder) see the user's turn
      this.context.addUserText(frame.text);
      this.#reply = { started: true, spoken: frame.audioResponse, played: false };
      await this.#run(false);
      return;
    }
    if (direction === 'downstream' && isFrame(frame, 'background-result')) {
      this.#announce(frame);
      return;
    }
    if (direction === 'downstream' && isFrame(frame, 'context-append')) {
      // send-text with run_immediately:false: the words join the context and ride along with
      // the next turn (consecutive user messages merge), without a reply of their own.
      this.push(frame, direction);
      this.context.addUserText(frame.text);
      return;
    }
    this.push(frame, direction);
  }

  /**
   * A background job's result joins the history as a call this assistant made (so "add the
   * first one" finds its products), its cards go to the screen, and the announcement is spoken
   * as a reply of its own — after whatever reply was running, since frames arrive in order.
   */
  #announce(frame: Frame<'background-result'>): void {
    const call = { id: frame.toolCallId, name: frame.functionName, input: frame.arguments };
    this.context.beginAssistantStep();
    this.context.addToolCall(call);
    this.context.endAssistantStep();
    this.context.addToolResult({ id: call.id, name: call.name, output: frame.result, isError: false });
    const ref = { toolCallId: call.id, functionName: call.name };
    this.push(this.createFrame('function-call-in-progress', { ...ref, arguments: call.input }));
    this.push(this.createFrame('function-call-result', { ...ref, result: frame.result, cancelled: false }));
    for (const event of frame.ui)
      this.push(
        this.createFrame('output-transport-message', { message: { type: 'server-message', data: event } }),
      );
    const text = frame.announcement.trim();
    if (!text) return;
    this.context.beginAssistantStep();
    this.context.appendAssistantText(text);
    this.context.endAssistantStep();
    this.#reply = { started: true, spoken: true, played: false };
    this.push(this.createFrame('llm-response-start', {}));
    this.push(this.createFrame('llm-text', { text }));
    this.push(this.createFrame('llm-response-end', {}));
  }

  /** `uncertainInput`: the recognizer flagged the turn as probably not a shopping request. */
  async #run(uncertainInput: boolean): Promise<void> {
    const signal = this.signal;
    if (signal.aborted) return;
    let responseOpen = false;
    const onEvent = (e: ToolLoopEvent) => {
      switch (e.type) {
        case 'llm-started':
          this.push(this.createFrame('llm-response-start', {}));
          responseOpen = true;
          break;
        case 'text':
          if (e.source === 'llm') this.push(this.createFrame('llm-text', { text: e.text }));
          else this.push(this.createFrame('tts-speak', { text: e.text }));
          break;
        case 'llm-stopped':
          if (responseOpen) this.push(this.createFrame('llm-response-end', {}));
          responseOpen = false;
          if (e.ttftMs !== null || e.usage.totalTokens > 0) {
            this.metrics.report({
              kind: 'llm',
              processor: this.name,
              model: this.#opts.llm.modelId,
              ...(e.ttftMs === null ? {} : { ttftMs: e.ttftMs }),
              promptTokens: e.usage.inputTokens,
              completionTokens: e.usage.outputTokens,
              totalTokens: e.usage.totalTokens,
            });
          }
          break;
        case 'tool-calls-started':
          this.push(
            this.createFrame('function-calls-started', {
              calls: e.calls.map((c) => ({ toolCallId: c.id, functionName: c.name })),
            }),
          );
          break;
        case 'tool-call-in-progress':
          this.push(
            this.createFrame('function-call-in-progress', {
              toolCallId: e.call.id,
              functionName: e.call.name,
              arguments: e.call.input,
            }),
          );
          break;
        case 'tool-call-stopped':
          this.push(
            this.createFrame('function-call-result', {
              toolCallId: e.call.id,
              functionName: e.call.name,
              result: e.result,
              cancelled: e.cancelled,
            }),
          );
          break;
        case 'ui': {
          const message = { type: 'server-message', data: e.event };
          this.push(
            e.afterInterruption
              ? this.createFrame('output-transport-message-urgent', { message })
              : this.createFrame('output-transport-message', { message }),
          );
          break;
        }
        case 'error':
          this.pushError(e.error, false);
          break;
        case 'done':
          this.lastRun = e.summary;
          break;
      }
    };
    await runToolLoop({
      model: this.#opts.llm,
      provider: this.#opts.provider,
      context: this.context,
      tools: this.#opts.tools,
      user: this.#opts.user,
      signal,
      clock: this.clock,
      onEvent,
      uncertainInput,
      ...this.#opts.loop,
    });
  }
}
