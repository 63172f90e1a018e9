/**
 * Per-turn latency from a session's debug events (`/ws/debug`: {sessionId, kind, at, data}).
 * A turn starts when the shopper stops speaking (or a typed request arrives) and ends at the
 * first bot audio. A server-computed `turn`/`latency` event with {stt, llm, tts, total} wins.
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
  sttAt?: number;
  llmAt?: number;
  text?: string;
}

const norm = (k: string) => k.toLowerCase().replace(/[_.:]/g, '-');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function turnLatencies(events: readonly DebugEvent[]): TurnLatency[] {
  const out: TurnLatency[] = [];
  let open: Open | null = null;
  for (const e of events) {
    const k = norm(e.kind);
    const data = (e.data ?? {}) as Record<string, unknown>;
    if (k === 'turn' || k === 'latency' || k === 'turn-latency') {
      const total = num(data.total) ?? num(data.voiceToVoice) ?? num(data.v2v);
      out.push({
        turn: out.length + 1,
        stt: num(data.stt),
        llm: num(data.llm),
        tts: num(data.tts),
        total,
        text: typeof data.text === 'string' ? data.text : undefined,
      });
      open = null;
      continue;
    }
    if (k.includes('user-stopped-speaking') || k === 'send-text' || k === 'user-text') {
      open = { start: e.at };
      if (typeof data.text === 'string') open.text = data.text;
      continue;
    }
    if (!open) continue;
    if (
      (k.includes('transcription') || k.includes('transcript')) &&
      data.final !== false &&
      open.sttAt === undefined
    ) {
      open.sttAt = e.at;
      if (typeof data.text === 'string') open.text = data.text;
    } else if (
      open.llmAt === undefined &&
      (k.includes('llm-text') ||
        k.includes('llm-first') ||
        k.includes('llm-response-start') ||
        k.includes('tool-call'))
    ) {
      open.llmAt = e.at;
    } else if (k.includes('bot-started-speaking') || k.includes('first-audio') || k.includes('tts-audio')) {
      const sttEnd = open.sttAt ?? open.start;
      const llmEnd = open.llmAt ?? sttEnd;
      out.push({
        turn: out.length + 1,
        stt: open.sttAt !== undefined ? open.sttAt - open.start : undefined,
        llm: open.llmAt !== undefined ? open.llmAt - sttEnd : undefined,
        tts: e.at - llmEnd,
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
