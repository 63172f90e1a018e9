/**
 * Where a speech-to-text pre-roll may begin without cutting into a word.
 *
 * The STT reaches back into a ring of recent audio to the VAD's onset estimate plus a lead. That
 * estimate is the start of the run of windows that *confirmed* speech; a short first word that
 * broke off before the start window filled ("yes, go ahead": "yes" is ~0.2 s, then the "s" and a
 * pause) is not part of it. The reach-back then lands at an arbitrary point, possibly inside
 * that first word, and a word cut in half is worse than a missing one: the recogniser hears a
 * different word and the language model bends the next one to fit ("is the ahead", found with
 * the STT debug dump of the browser flow). So the start moves back, if needed, to a quiet stretch.
 *
 * "Quiet" is relative to the history's own noise floor (its 10th-percentile frame level), so it
 * works on digital silence (a fake microphone) and on a room's noise alike.
 */
import { DBFS_FLOOR, dbfs } from './pcm16.ts';

export interface QuietStartOptions {
  sampleRate: number;
  /** Analysis frame (default 10 ms). */
  frameMs?: number;
  /** Quiet needed before the start (default 30 ms). */
  quietMs?: number;
  /** A frame is quiet within this many dB of the floor (default 10). */
  marginDb?: number;
  /** Frames this loud are never quiet, whatever the floor (default −35 dBFS: speech, not noise). */
  loudDbfs?: number;
  /** Furthest the start moves back (default 600 ms: longer than a first word). */
  maxBackMs?: number;
}

/**
 * Index in `history` where a pre-roll wanting to start at `from` should start: `from` itself
 * when the `quietMs` before it are quiet, else the start of the nearest quiet stretch before it
 * (at most `maxBackMs` further back). When none is found, `from`: nothing better is known.
 */
export function quietStartBefore(history: Int16Array, from: number, opts: QuietStartOptions): number {
  const frame = Math.max(1, Math.round(((opts.frameMs ?? 10) * opts.sampleRate) / 1000));
  const need = Math.max(1, Math.round((opts.quietMs ?? 30) / (opts.frameMs ?? 10)));
  const start = Math.min(history.length, Math.max(0, Math.floor(from)));
  const maxBack = Math.round(((opts.maxBackMs ?? 600) * opts.sampleRate) / 1000);
  const limit = Math.max(0, start - maxBack);
  if (start - limit < frame * need) return start;
  const threshold = quietThreshold(history, frame, opts.marginDb ?? 10, opts.loudDbfs ?? -35);
  let run = 0;
  for (let end = start; end - frame >= limit; end -= frame) {
    if (dbfs(history.subarray(end - frame, end)) <= threshold) {
      run++;
      // Already quiet right before `from`: keep it (the usual case, speech began after it).
      if (run === need) return end === start - (need - 1) * frame ? start : end - frame;
    } else run = 0;
  }
  return start;
}

/** Floor + margin, the floor being the 10th-percentile frame level of the whole history. */
function quietThreshold(history: Int16Array, frame: number, marginDb: number, loudDbfs: number): number {
  const levels: number[] = [];
  for (let i = 0; i + frame <= history.length; i += frame) levels.push(dbfs(history.subarray(i, i + frame)));
  if (levels.length === 0) return DBFS_FLOOR;
  levels.sort((a, b) => a - b);
  const floor = levels[Math.floor(levels.length * 0.1)] ?? DBFS_FLOOR;
  return Math.min(floor + marginDb, loudDbfs);
}
