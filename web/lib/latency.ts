/**
 * Per-turn latency from a session's debug events (`/ws/debug`: {sessionId, kind, at, data}).
 * A turn starts when the shopper stops speaking (or a typed request reaches the LLM) and ends at
 * the first bot audio. The server's `turn-latency` event (sttFinalMs, ttsStartMs, voiceToVoiceMs,
 * offsets from the real end of speech) wins over the client-side estimate.
 */
export interface DebugEvent {
  sessionId: string;
  kind: string;
  at: number;
  data: unknown;
}

export interface TurnLatency {
  turn: number;
  /** Milliseconds; undefined when the stage was not observed. */
  stt?: number;
  llm?: number;
  tts?: number;
  total?: number;
  text?: string;
}

interface Open {
  start: number;
  typed: boolean;
  sttAt?: number;
  ttsAt?: number;
  text?: string;
}

const norm = (k: string) => k.toLowerCase().replace(/[_.:]/g, '-');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const diff = (a?: number, b?: number) =>
  a !== undefined && b !== undefined ? Math.max(0, a - b) : undefined;

export function turnLatencies(events: readonly DebugEvent[]): TurnLatency[] {
  const out: TurnLatency[] = [];
  let open: Open | null = null;
  let lastText: string | undefined;
  for (const e of events) {
    const k = norm(e.kind);
    const data = (e.data ?? {}) as Record<string, unknown>;
    const text = typeof data.text === 'string' ? data.text : undefined;
    if (k === 'turn-latency' || k === 'turn' || k === 'latency') {
      // The server's breakdown: offsets from the moment the shopper really stopped speaking.
      const stt = num(data.sttFinalMs) ?? num(data.stt);
      const ttsStart = num(data.ttsStartMs);
      const total = num(data.voiceToVoiceMs) ?? num(data.total);
      out.push({
        turn: out.length + 1,
        stt,
        llm: num(data.llm) ?? diff(ttsStart, stt),
        tts: num(data.tts) ?? diff(total, ttsStart),
        total,
        text: open?.text ?? lastText,
      });
      open = null;
      continue;
    }
    if (k.includes('user-stopped-speaking')) {
      if (!open || open.typed) open = { start: e.at, typed: false };
      continue;
    }
    if (k === 'transcription' && data.final !== false) {
      lastText = text;
      if (open) {
        open.sttAt ??= e.at;
        open.text = text;
      }
      continue;
    }
    if (k === 'llm-run') {
      // A typed request starts its turn here; a spoken one already started at the VAD stop.
      if (!open) open = { start: e.at, typed: true, text };
      continue;
    }
    if (!open) continue;
    if (k === 'tts-started') open.ttsAt ??= e.at;
    else if (k.includes('bot-started-speaking')) {
      const sttEnd = open.sttAt ?? open.start;
      out.push({
        turn: out.length + 1,
        stt: open.typed ? undefined : diff(open.sttAt, open.start),
        llm: diff(open.ttsAt, sttEnd),
        tts: diff(e.at, open.ttsAt ?? sttEnd),
        total: e.at - open.start,
        text: open.text,
      });
      open = null;
    }
  }
  return out;
}

export function median(xs: number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}
