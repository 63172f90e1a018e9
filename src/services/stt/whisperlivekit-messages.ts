/**
 * WhisperLiveKit's server messages: transcript snapshots (legacy `lines` + `buffer_transcription`,
 * or `segments` with a per-segment `buffer`), `config` and `ready_to_stop`, and how one
 * utterance's words are read from a snapshot of the whole socket's session.
 */
import { z } from 'zod';

/** Timeline slack (s) for float timestamps; legacy "H:MM:SS" strings are whole seconds. */
export const EPS = 0.02;

/** Seconds, or WLK's "0:00:05" / "0:00:05.20" strings. */
const time = z.union([z.number(), z.string()]);
const line = z.object({
  text: z.string().nullish(),
  start: time.nullish(),
  speaker: z.number().nullish(),
  buffer: z.object({ transcription: z.string().nullish() }).partial().nullish(),
});
const snapshotSchema = z.object({
  type: z.string().optional(),
  lines: z.array(line).optional(),
  segments: z.array(line).optional(),
  buffer_transcription: z.string().nullish(),
  error: z.string().optional(),
  useAudioWorklet: z.boolean().optional(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** The message as a snapshot, or undefined when it is not JSON of WhisperLiveKit's shape. */
export function parseSnapshot(text: string): Snapshot | undefined {
  try {
    const r = snapshotSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

/** The words of one utterance in a snapshot: its lines (silence excluded) plus the uncommitted buffer. */
export function utteranceText(s: Snapshot, startSec: number): string {
  const lines = s.lines ?? s.segments ?? [];
  const words: string[] = [];
  for (const l of lines) {
    if (l.speaker === -2 || !l.text?.trim()) continue;
    const start = seconds(l.start);
    const slack = typeof l.start === 'string' ? 1 : EPS;
    if (start !== undefined && start < startSec - slack) continue;
    words.push(l.text.trim());
  }
  const buffer = s.buffer_transcription ?? lines.at(-1)?.buffer?.transcription ?? '';
  if (buffer.trim()) words.push(buffer.trim());
  return words.join(' ');
}

function seconds(t: number | string | null | undefined): number | undefined {
  if (typeof t === 'number') return t;
  if (typeof t !== 'string') return undefined;
  const parts = t.split(':').map(Number);
  if (parts.some((n) => !Number.isFinite(n))) return undefined;
  return parts.reduce((acc, n) => acc * 60 + n, 0);
}
