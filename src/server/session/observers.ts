/**
 * Watches a session's frames for the debug stream and Prometheus: STT/LLM/TTS/tool events,
 * per-stage metrics, and voice-to-voice latency (user stopped speaking → first bot audio).
 */
import { type Frame, type FrameHop, type FrameObserver, stageTimings } from '../../pipeline/index.ts';
import type { DebugBus } from '../debug-bus.ts';
import type { ServerMetrics } from '../metrics.ts';

const DEBUG_TYPES = new Set<Frame['type']>([
  // Marks the turn's first reply text (never published itself).
  'llm-text',
  'user-started-speaking',
  'user-stopped-speaking',
  'vad-user-stopped-speaking',
  'transcription',
  'llm-run',
  'llm-response-start',
  'llm-response-end',
  'tts-started',
  'tts-stopped',
  'tts-text',
  'bot-started-speaking',
  'bot-stopped-speaking',
  'interruption',
  'function-call-in-progress',
  'function-call-result',
  'metrics',
  'error',
]);

export interface SessionObserverOptions {
  sessionId: string;
  debug: DebugBus;
  metrics: ServerMetrics;
}

export class SessionObserver implements FrameObserver {
  readonly frameTypes: ReadonlySet<Frame['type']> = DEBUG_TYPES;
  readonly #opts: SessionObserverOptions;
  readonly #seen = new Set<number>();
  #userStoppedAt: number | undefined;
  /** Per-turn latency breakdown, published at the first bot audio of the turn. */
  #turn: Record<string, number> = {};

  constructor(opts: SessionObserverOptions) {
    this.#opts = opts;
  }

  onFrameHop(hop: FrameHop): void {
    const { frame } = hop;
    if (frame.type === 'llm-text') {
      // Only the turn's first reply text is marked: text deltas are too many to publish.
      if (!hop.rewritten && this.#userStoppedAt !== undefined && this.#turn.textStartMs === undefined)
        this.#turn.textStartMs = hop.at - this.#userStoppedAt;
      return;
    }
    // A frame on its way into a stage that rewrites it (the safety stage redacting a transcript)
    // is not its final content: the console sees what comes out, never the raw text.
    if (hop.rewritten || !DEBUG_TYPES.has(frame.type) || this.#seen.has(frame.id)) return;
    this.#seen.add(frame.id);
    if (this.#seen.size > 4096) this.#seen.clear();
    this.#track(frame, hop.at);
    this.#opts.debug.publish({
      sessionId: this.#opts.sessionId,
      kind: frame.type,
      at: hop.at,
      data: debugData(frame),
    });
  }

  #track(frame: Frame, at: number): void {
    const { metrics } = this.#opts;
    switch (frame.type) {
      case 'vad-user-stopped-speaking':
        // The frame's own window (an agent switch changes it, push-to-talk has none: 0) and the
        // input path's lag: a VAD behind the audio must not make the turn look faster.
        this.#userStoppedAt = at - frame.stopSecs * 1000 - (frame.lagMs ?? 0);
        this.#turn = { vadStopMs: frame.stopSecs * 1000 + (frame.lagMs ?? 0), inputLagMs: frame.lagMs ?? 0 };
        break;
      case 'transcription':
        if (frame.final && this.#userStoppedAt !== undefined)
          this.#turn.sttFinalMs = at - this.#userStoppedAt;
        if (frame.final) metrics.turns.inc();
        break;
      case 'llm-response-start':
        if (this.#userStoppedAt !== undefined && this.#turn.llmStartMs === undefined)
          this.#turn.llmStartMs = at - this.#userStoppedAt;
        break;
      case 'tts-started':
        if (this.#userStoppedAt !== undefined && this.#turn.ttsStartMs === undefined)
          this.#turn.ttsStartMs = at - this.#userStoppedAt;
        break;
      case 'bot-started-speaking':
        if (this.#userStoppedAt !== undefined) {
          const v2v = at - this.#userStoppedAt;
          metrics.voiceToVoiceSeconds.observe(v2v / 1000);
          this.#opts.debug.publish({
            sessionId: this.#opts.sessionId,
            kind: 'turn-latency',
            at,
            data: { ...this.#turn, voiceToVoiceMs: v2v },
          });
          this.#userStoppedAt = undefined;
        }
        break;
      case 'metrics':
        for (const m of frame.data) {
          if (m.kind !== 'output') continue;
          for (const ms of m.lateMs) metrics.outputSilenceSeconds.observe({ cause: 'late' }, ms / 1000);
          for (const ms of m.starvedMs) metrics.outputSilenceSeconds.observe({ cause: 'starved' }, ms / 1000);
        }
        for (const t of frame.data.flatMap(stageTimings)) {
          metrics.stageSeconds.observe(
            { kind: t.kind, processor: stageLabel(t.processor) },
            t.valueMs / 1000,
          );
        }
        break;
      case 'error':
        metrics.errors.inc({
          processor: stageLabel(frame.processor ?? 'unknown'),
          fatal: String(frame.fatal),
        });
        break;
    }
  }
}

/**
 * The stage a processor name stands for, without the session id (`llm:1a2b3c4d` → `llm`,
 * `ws:1a2b3c4d:output` → `ws:output`) or instance number: a label per session would add
 * series to every histogram forever (memory and Prometheus cardinality grow with each session).
 */
export function stageLabel(processor: string): string {
  return processor.replace(/#\d+$/, '').replace(/:[0-9a-f]{8}(?=:|$)/, '');
}

function debugData(frame: Frame): unknown {
  switch (frame.type) {
    case 'transcription':
      return {
        text: frame.text,
        final: frame.final,
        language: frame.language,
        ...(frame.settled ? { settled: true } : {}),
      };
    case 'user-stopped-speaking':
      return { waitMs: frame.waitMs, settleMs: frame.settleMs };
    case 'llm-run':
    case 'tts-text':
      return { text: frame.text };
    case 'function-call-in-progress':
      return { toolCallId: frame.toolCallId, name: frame.functionName, arguments: frame.arguments };
    case 'function-call-result':
      return {
        toolCallId: frame.toolCallId,
        name: frame.functionName,
        cancelled: frame.cancelled,
        result: frame.result,
      };
    case 'metrics':
      return frame.data;
    case 'error':
      return { message: frame.error.message, fatal: frame.fatal, processor: frame.processor };
    default:
      return {};
  }
}
