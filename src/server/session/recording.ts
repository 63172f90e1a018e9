/**
 * Records the conversation in order, write-through: the processor sits between the LLM and TTS
 * and awaits the store for user transcripts, tool calls and results, UI events and each
 * assistant response before letting later frames through, so nothing is spoken before what led
 * to it is durable. Metrics are gathered per turn and recorded as one event when the next turn
 * starts (or the session ends). Interruptions and what was actually played arrive upstream
 * from the output (the LLM stage, upstream of here, commits the latter to its history from the
 * same frame).
 */
import type { Direction, Frame, MetricsData } from '../../pipeline/index.ts';
import { FrameProcessor, type FrameProcessorOptions, INPUT_AUDIO_ONLY } from '../../pipeline/index.ts';
import type { ConversationEventType, ConversationRecorder } from '../../store/recorder.ts';

export interface RecordingProcessorOptions extends FrameProcessorOptions {
  recorder: ConversationRecorder;
  sessionId: string;
}

export class RecordingProcessor extends FrameProcessor {
  protected override readonly passThrough = INPUT_AUDIO_ONLY;
  readonly #recorder: ConversationRecorder;
  readonly #sessionId: string;
  #assistantText = '';
  /** What the assistant generated since the shopper's last turn (the reply being spoken). */
  #turnGenerated: string[] = [];
  /** Calls recorded as started and not yet answered: a result for any other id is not a tool's. */
  readonly #openCalls = new Set<string>();
  /** The measurements of the turn under way: recorded as one event when the next turn starts. */
  #turnMetrics: MetricsData[] = [];

  constructor(opts: RecordingProcessorOptions) {
    super({ ...opts, name: opts.name ?? 'recorder' });
    this.#recorder = opts.recorder;
    this.#sessionId = opts.sessionId;
  }

  protected override async process(frame: Frame, direction: Direction): Promise<void> {
    switch (frame.type) {
      case 'transcription':
        if (frame.final) {
          this.#recordTurnMetrics();
          this.#turnGenerated = [];
          await this.#record('user_transcript', { text: frame.text, language: frame.language });
        }
        break;
      case 'llm-run':
        this.#recordTurnMetrics();
        this.#turnGenerated = [];
        await this.#record('user_transcript', { text: frame.text, source: frame.source });
        break;
      case 'context-append':
        await this.#record('user_transcript', { text: frame.text, source: 'typed', runImmediately: false });
        break;
      case 'llm-text':
        this.#assistantText += frame.text;
        break;
      case 'tts-speak':
        this.#turnGenerated.push(frame.text.trim());
        await this.#record('assistant_text', { text: frame.text, kind: 'speak' });
        break;
      case 'llm-response-end':
        if (this.#assistantText.trim()) {
          this.#turnGenerated.push(this.#assistantText.trim());
          await this.#record('assistant_text', { text: this.#assistantText.trim() });
        }
        this.#assistantText = '';
        break;
      case 'function-call-in-progress':
        this.#openCalls.add(frame.toolCallId);
        await this.#record('tool_call', {
          toolCallId: frame.toolCallId,
          name: frame.functionName,
          arguments: frame.arguments,
        });
        break;
      case 'function-call-result':
        // Defence in depth behind the RTVI check: a result for a call this session never made
        // (a client's forgery) is not part of the conversation.
        if (!this.#openCalls.delete(frame.toolCallId)) break;
        await this.#record('tool_result', {
          toolCallId: frame.toolCallId,
          name: frame.functionName,
          cancelled: frame.cancelled,
          result: frame.result,
        });
        break;
      case 'output-transport-message':
      case 'output-transport-message-urgent':
        await this.#record('ui_event', frame.message);
        break;
      case 'interruption':
        this.#assistantText = '';
        void this.#record('interruption', {});
        break;
      case 'bot-spoken-text':
        // Sent both ways by the output; record it once (upstream is where it comes from). The
        // turn as heard is every segment played since the bot started speaking, the cut one
        // included, not just the cut segment.
        if (frame.interrupted && direction === 'upstream') {
          void this.#record('assistant_text', {
            text: frame.turnText,
            fullText: this.#turnGenerated.filter(Boolean).join(' ') || frame.fullText,
            interrupted: true,
            segmentText: frame.text,
            segmentFullText: frame.fullText,
            playedMs: frame.playedMs,
          });
        }
        break;
      case 'error':
        void this.#record('error', {
          message: frame.error.message,
          fatal: frame.fatal,
          processor: frame.processor,
        });
        break;
      case 'metrics':
        // One event per turn, not one per measurement (STT, each LLM call, each TTS sentence):
        // the rows a turn costs the store, and the main thread, shrink to its conversation.
        this.#turnMetrics.push(...frame.data);
        break;
    }
    this.push(frame, direction);
  }

  protected override onStop(): void {
    this.#recordTurnMetrics();
  }

  protected override onCancel(): void {
    this.#recordTurnMetrics();
  }

  #recordTurnMetrics(): void {
    if (this.#turnMetrics.length === 0) return;
    const data = this.#turnMetrics;
    this.#turnMetrics = [];
    void this.#record('metrics', { data });
  }

  async #record(type: ConversationEventType, payload: unknown): Promise<void> {
    try {
      await this.#recorder.append(this.#sessionId, type, payload);
    } catch (err) {
      // The recorder buffers through outages; a rejection means it is closed or full: say so
      // upstream without stopping the conversation.
      this.pushError(err);
    }
  }
}
