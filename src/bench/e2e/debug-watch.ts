/**
 * Subscribes to the server's debug stream (`/ws/debug`, admin token) and keeps the per-turn
 * latency breakdown (`turn-latency`: vadStopMs, sttFinalMs, llmStartMs, ttsStartMs,
 * voiceToVoiceMs, all from the estimated moment the user stopped) and the stages' TTFB metrics.
 */
import { WebSocket } from 'ws';

export interface TurnLatencyEvent {
  sessionId: string;
  /** Server monotonic ms (not comparable with the client's clock). */
  at: number;
  vadStopMs?: number;
  sttFinalMs?: number;
  llmStartMs?: number;
  ttsStartMs?: number;
  voiceToVoiceMs: number;
}

export interface TtfbEvent {
  sessionId: string;
  stage: string;
  valueMs: number;
}

export class DebugWatch {
  readonly turns: TurnLatencyEvent[] = [];
  readonly ttfb: TtfbEvent[] = [];
  readonly #ws: WebSocket;

  private constructor(ws: WebSocket) {
    this.#ws = ws;
    ws.on('message', (raw) => {
      const event = JSON.parse(raw.toString()) as {
        sessionId: string;
        kind: string;
        at: number;
        data: unknown;
      };
      if (event.kind === 'turn-latency') {
        this.turns.push({
          sessionId: event.sessionId,
          at: event.at,
          ...(event.data as Omit<TurnLatencyEvent, 'sessionId' | 'at'>),
        });
      } else if (event.kind === 'metrics' && Array.isArray(event.data)) {
        for (const m of event.data as { kind: string; processor: string; valueMs: number }[]) {
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

  turnsOf(sessionId: string): TurnLatencyEvent[] {
    return this.turns.filter((t) => t.sessionId === sessionId);
  }

  close(): void {
    this.#ws.close();
  }
}
