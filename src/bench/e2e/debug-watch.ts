/**
 * Subscribes to the server's debug stream (`/ws/debug`, admin token) and keeps the per-turn
 * latency breakdown (`turn-latency`: vadStopMs, sttFinalMs, llmStartMs, textStartMs, ttsStartMs,
 * voiceToVoiceMs, all from the estimated moment the user stopped) and the stages' TTFB metrics.
 */
import { WebSocket } from 'ws';
import { type MetricsData, stageTimings } from '../../pipeline/metrics.ts';

export interface TurnLatencyEvent {
  sessionId: string;
  /** Server monotonic ms (not comparable with the client's clock). */
  at: number;
  /** The stop window plus the input path's lag (inputLagMs). */
  vadStopMs?: number;
  /** How long after its audio arrived the VAD decided the stop. */
  inputLagMs?: number;
  sttFinalMs?: number;
  llmStartMs?: number;
  /** The reply's first text (after the model's tool calls, when it makes any). */
  textStartMs?: number;
  ttsStartMs?: number;
  voiceToVoiceMs: number;
  /** VAD stop → end of turn (the turn detector's extra wait), from the debug events' times. */
  turnWaitMs?: number;
  /** End of turn → final transcription (STT finalize). */
  sttFinalizeMs?: number;
}

export interface TtfbEvent {
  sessionId: string;
  stage: string;
  valueMs: number;
}

/** One end of a user turn as the server decided it. */
export interface TurnEndEvent {
  /** Server monotonic ms. */
  at: number;
  /** VAD stop → this end of turn: the turn detector's wait (undefined without a VAD stop). */
  waitMs?: number;
  /** Of which waiting for the recognizer: VAD stop → its settled transcript (capped at waitMs; 0 without one). */
  settleMs?: number;
}

export class DebugWatch {
  readonly turns: TurnLatencyEvent[] = [];
  readonly ttfb: TtfbEvent[] = [];
  /** Per session, every end of a user turn in order (pairs with the client's `TurnEndSeen.seq`). */
  readonly #turnEnds = new Map<string, TurnEndEvent[]>();
  readonly #lastVadStop = new Map<string, number>();
  readonly #settledAt = new Map<string, number>();
  readonly #ws: WebSocket;
  /** Per session: times of this turn's VAD stop, end of turn and final transcript. */
  readonly #pending = new Map<string, { vad?: number; turnEnd?: number; final?: number }>();

  private constructor(ws: WebSocket) {
    this.#ws = ws;
    ws.on('message', (raw) => {
      const event = JSON.parse(raw.toString()) as {
        sessionId: string;
        kind: string;
        at: number;
        data: unknown;
      };
      const p = this.#pending.get(event.sessionId) ?? {};
      this.#pending.set(event.sessionId, p);
      if (event.kind === 'vad-user-stopped-speaking') {
        this.#pending.set(event.sessionId, { vad: event.at });
        this.#lastVadStop.set(event.sessionId, event.at);
        this.#settledAt.delete(event.sessionId);
      } else if (event.kind === 'user-stopped-speaking') {
        p.turnEnd ??= event.at;
        // The detector's own account, when it gives one (else the settled transcript's arrival).
        const told = (event.data as { settleMs?: number } | undefined)?.settleMs;
        const vad = this.#lastVadStop.get(event.sessionId);
        const settled = this.#settledAt.get(event.sessionId);
        this.#lastVadStop.delete(event.sessionId);
        this.#settledAt.delete(event.sessionId);
        const ends = this.#turnEnds.get(event.sessionId) ?? [];
        this.#turnEnds.set(event.sessionId, ends);
        ends.push(
          vad === undefined
            ? { at: event.at }
            : {
                at: event.at,
                waitMs: event.at - vad,
                // No settled transcript (an STT without them, or an empty one): all the detector's.
                settleMs: told ?? (settled === undefined ? 0 : Math.min(event.at, settled) - vad),
              },
        );
      } else if (event.kind === 'transcription' && (event.data as { settled?: boolean }).settled) {
        if (this.#lastVadStop.has(event.sessionId) && !this.#settledAt.has(event.sessionId))
          this.#settledAt.set(event.sessionId, event.at);
      } else if (event.kind === 'transcription' && (event.data as { final?: boolean }).final) {
        p.final ??= event.at;
      } else if (event.kind === 'turn-latency') {
        this.turns.push({
          sessionId: event.sessionId,
          at: event.at,
          ...(event.data as Omit<TurnLatencyEvent, 'sessionId' | 'at'>),
          ...(p.vad !== undefined && p.turnEnd !== undefined ? { turnWaitMs: p.turnEnd - p.vad } : {}),
          ...(p.turnEnd !== undefined && p.final !== undefined ? { sttFinalizeMs: p.final - p.turnEnd } : {}),
        });
        this.#pending.delete(event.sessionId);
      } else if (event.kind === 'metrics' && Array.isArray(event.data)) {
        for (const m of (event.data as MetricsData[]).flatMap(stageTimings)) {
          if (m.kind === 'ttfb')
            this.ttfb.push({
              sessionId: event.sessionId,
              stage: m.processor.replace(/:.*$/, ''),
              valueMs: m.valueMs,
            });
        }
      }
    });
  }

  static async connect(baseUrl: string, adminToken: string): Promise<DebugWatch> {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws/debug`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    // The server closes a refused subscription at once with 4003.
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, 100);
      ws.once('close', (code) => {
        clearTimeout(t);
        reject(new Error(`debug stream refused (${code}); is ADMIN_TOKEN set for the server?`));
      });
    });
    return new DebugWatch(ws);
  }

  turnEndsOf(sessionId: string): TurnEndEvent[] {
    return this.#turnEnds.get(sessionId) ?? [];
  }

  turnsOf(sessionId: string): TurnLatencyEvent[] {
    return this.turns.filter((t) => t.sessionId === sessionId);
  }

  close(): void {
    this.#ws.close();
  }
}
