/**
 * RtviObserver: the server → client half of RTVI 2.1.0. Watches frame hops (it is a
 * FrameObserver, not a processor, so it sees every frame without being in the path) and sends
 * the matching server messages. A frame hops through several processors; each is reported once
 * (deduplicated by frame id).
 *
 * Not handled here: output-transport-message frames (shop UI events) are delivered by the
 * output transport itself, in order with the audio (see toRtviServerMessage).
 */
import {
  type Frame,
  type FrameHop,
  type FrameObserver,
  type MetricsData,
  stageTimings,
} from '../pipeline/index.ts';
import type { ClientFunctionCalls } from './client-calls.ts';
import { type RtviServerMessage, serverMessage } from './messages.ts';
import { SentenceAggregator } from './sentences.ts';

export type FunctionCallReportLevel = 'none' | 'name' | 'full';

export interface RtviObserverOptions {
  send: (message: RtviServerMessage) => void;
  /** How much tool-call detail reaches the client (Pipecat default: none = ids only). */
  functionCallReportLevel?: FunctionCallReportLevel;
  /** Send `bot-output` progress updates when a segment finishes or is cut (default true). */
  botOutputProgress?: boolean;
  /** Wall clock for transcript timestamps (ISO 8601). */
  now?: () => Date;
  /** Told which calls started and settled, so the RtviProcessor accepts results only for those. */
  clientCalls?: ClientFunctionCalls;
}

const DEDUPE_LIMIT = 4096;

/** Every frame type `messagesFor` turns into a message (audio frames are not among them). */
const RTVI_FRAME_TYPES: ReadonlySet<Frame['type']> = new Set<Frame['type']>([
  'user-started-speaking',
  'user-stopped-speaking',
  'bot-started-speaking',
  'bot-stopped-speaking',
  'interruption',
  'transcription',
  'llm-run',
  'llm-response-start',
  'llm-response-end',
  'llm-text',
  'tts-speak',
  'tts-started',
  'tts-stopped',
  'bot-segment-started',
  'bot-spoken-text',
  'metrics',
  'function-calls-started',
  'function-call-in-progress',
  'function-call-result',
  'function-call-cancel',
  'error',
]);

export class RtviObserver implements FrameObserver {
  readonly frameTypes = RTVI_FRAME_TYPES;
  readonly #send: (message: RtviServerMessage) => void;
  readonly #level: FunctionCallReportLevel;
  readonly #progress: boolean;
  readonly #now: () => Date;
  readonly #clientCalls: ClientFunctionCalls | undefined;
  readonly #seen = new Set<number>();
  /** Set while an LLM response will not be spoken: bot-output comes from LLM text sentences. */
  #textOnly = false;
  readonly #sentences = new SentenceAggregator();

  constructor(opts: RtviObserverOptions) {
    this.#send = opts.send;
    this.#level = opts.functionCallReportLevel ?? 'name';
    this.#progress = opts.botOutputProgress ?? true;
    this.#now = opts.now ?? (() => new Date());
    this.#clientCalls = opts.clientCalls;
  }

  onFrameHop(hop: FrameHop): void {
    const { frame } = hop;
    // A stage ahead re-emits this content (checked or re-cut): report what it lets through.
    if (hop.rewritten) return;
    if (this.#seen.has(frame.id)) return;
    this.#seen.add(frame.id);
    if (this.#seen.size > DEDUPE_LIMIT) {
      // Ids only grow, so the oldest entries are the least likely to hop again.
      let drop = this.#seen.size - DEDUPE_LIMIT / 2;
      for (const id of this.#seen) {
        if (drop-- <= 0) break;
        this.#seen.delete(id);
      }
    }
    this.#trackClientCalls(frame);
    for (const msg of this.messagesFor(frame)) this.#send(msg);
  }

  #trackClientCalls(frame: Frame): void {
    if (!this.#clientCalls) return;
    if (frame.type === 'function-call-in-progress')
      this.#clientCalls.requested(frame.toolCallId, frame.functionName);
    else if (frame.type === 'function-call-cancel') this.#clientCalls.settled(frame.toolCallId);
  }

  /** The server messages one frame turns into (exposed for tests and other transports). */
  messagesFor(frame: Frame): RtviServerMessage[] {
    switch (frame.type) {
      case 'user-started-speaking':
      case 'user-stopped-speaking':
      case 'bot-started-speaking':
      case 'bot-stopped-speaking':
        return [serverMessage(frame.type)];
      case 'interruption':
        return [serverMessage('bot-interrupted')];
      case 'transcription':
        if (frame.final) this.#textOnly = false; // a spoken turn is answered out loud
        return [
          serverMessage('user-transcription', {
            text: frame.text,
            user_id: frame.userId,
            timestamp: this.#now().toISOString(),
            final: frame.final,
          }),
        ];
      case 'llm-run':
        this.#textOnly = !frame.audioResponse;
        return [serverMessage('user-llm-text', { text: frame.text })];
      case 'llm-response-start':
        this.#sentences.reset();
        return [serverMessage('bot-llm-started')];
      case 'llm-response-end': {
        const out = [serverMessage('bot-llm-stopped')];
        if (this.#textOnly) {
          const rest = this.#sentences.flush();
          // Stays text-only until the next turn: a turn with tool calls has several responses.
          if (rest) out.unshift(this.#textOnlyOutput(rest));
        }
        return out;
      }
      case 'llm-text': {
        const out = [serverMessage('bot-llm-text', { text: frame.text })];
        if (this.#textOnly)
          for (const s of this.#sentences.push(frame.text)) out.push(this.#textOnlyOutput(s));
        return out;
      }
      case 'tts-speak':
        // Spoken words reach the screen as their segments play (bot-segment-started).
        return this.#textOnly || frame.audioResponse === false ? [this.#textOnlyOutput(frame.text)] : [];
      case 'tts-started':
        return [serverMessage('bot-tts-started')];
      case 'tts-stopped':
        return [serverMessage('bot-tts-stopped')];
      case 'bot-segment-started':
        return [
          serverMessage('bot-tts-text', { text: frame.text }),
          serverMessage('bot-output', {
            text: frame.text,
            aggregated_by: 'sentence',
            segment_id: frame.segmentId,
            will_be_spoken: true,
            spoken_status: 'new',
          }),
        ];
      case 'bot-spoken-text':
        if (!this.#progress) return [];
        return [
          serverMessage('bot-output', {
            text: frame.fullText,
            aggregated_by: 'sentence',
            segment_id: frame.segmentId,
            will_be_spoken: true,
            spoken_status: frame.interrupted ? 'in-progress' : 'completed',
            spoken_progress: {
              accumulated_text: frame.text,
              remaining_text: frame.fullText.slice(frame.text.length).trim(),
            },
          }),
        ];
      case 'metrics': {
        const data = metricsData(frame.data);
        return data ? [serverMessage('metrics', data)] : [];
      }
      case 'function-calls-started':
        return frame.calls.map((c) =>
          serverMessage(
            'llm-function-call-started',
            this.#level === 'none' ? undefined : { function_name: c.functionName },
          ),
        );
      case 'function-call-in-progress':
        return [
          serverMessage('llm-function-call-in-progress', {
            tool_call_id: frame.toolCallId,
            function_name: this.#fnName(frame),
            arguments: this.#level === 'full' ? frame.arguments : undefined,
          }),
        ];
      case 'function-call-result':
        return [
          serverMessage('llm-function-call-stopped', {
            tool_call_id: frame.toolCallId,
            cancelled: frame.cancelled,
            function_name: this.#fnName(frame),
            result: this.#level === 'full' ? frame.result : undefined,
          }),
        ];
      case 'function-call-cancel':
        return [
          serverMessage('llm-function-call-stopped', {
            tool_call_id: frame.toolCallId,
            cancelled: true,
            function_name: this.#fnName(frame),
          }),
        ];
      case 'error':
        return [
          serverMessage('error', {
            error: frame.error.message,
            message: frame.error.message,
            fatal: frame.fatal,
          }),
        ];
      default:
        return [];
    }
  }

  #fnName(frame: { functionName: string }): string | undefined {
    return this.#level === 'none' ? undefined : frame.functionName;
  }

  #textOnlyOutput(text: string): RtviServerMessage {
    return serverMessage('bot-output', { text, aggregated_by: 'sentence', will_be_spoken: false });
  }
}

type MetricEntry = Record<string, unknown>;

/** Pipecat's RTVI metrics keys (seconds, arrays per kind); undefined when nothing maps. */
export function metricsData(items: readonly MetricsData[]): Record<string, MetricEntry[]> | undefined {
  const out: Record<string, MetricEntry[]> = {};
  const add = (key: string, entry: MetricEntry) => {
    out[key] ??= [];
    out[key].push(entry);
  };
  for (const m of items) {
    for (const t of stageTimings(m))
      add(t.kind, { processor: t.processor, model: t.model, value: t.valueMs / 1000 });
    const base = { processor: m.processor, model: m.model };
    if (m.kind === 'llm' && m.totalTokens > 0) {
      add('tokens', {
        ...base,
        prompt_tokens: m.promptTokens,
        completion_tokens: m.completionTokens,
        total_tokens: m.totalTokens,
      });
    } else if (m.kind === 'tts') {
      add('characters', { ...base, value: m.characters });
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
