/**
 * Which of a decoder group's warped twins a stream feeds and which one reports: every warp until
 * the session's warp is chosen (spec.sessionWarp, from the speaker's pitch over the first
 * utterances), then only that one. Without a session warp, every utterance reports its own
 * best-scoring warp.
 */
import { allOf, type Decoder } from './decoders.ts';
import type { PocketsphinxLib } from './ffi.ts';
import { nearestWarp, SessionWarpTrial } from './session-warp.ts';

/** The part of a stream's state the warp choice reads and writes. */
export interface StreamWarps {
  decoder: Decoder;
  /**
   * The session's warp per decoder group with warped twins (spec.sessionWarp), keyed by the group's
   * decoder; empty until the trial decided. A new session (stream) starts a new trial.
   */
  warps: Map<Decoder, Decoder>;
  /** Until the session's warp is chosen: the speaker's first utterances (session-warp.ts). */
  trial: SessionWarpTrial | undefined;
}

/**
 * After the utterance ended: of a decoder and its warped twins, the one whose reading has the
 * best path score (acoustic + LM): the warp that fits this speaker best for this utterance.
 */
export function bestWarp(lib: PocketsphinxLib, d: Decoder): Decoder {
  let best = d;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const x of allOf(d)) {
    const score = [0];
    const text = lib.psGetHyp(x.ps, score);
    if (text && (score[0] ?? 0) > bestScore) {
      best = x;
      bestScore = score[0] ?? 0;
    }
  }
  return best;
}

/** The decoders of a group this session feeds: all warps until the session's warp is chosen. */
function membersOf(s: StreamWarps, group: Decoder | undefined): Decoder[] {
  if (!group) return [];
  const chosen = s.warps.get(group);
  return chosen ? [chosen] : allOf(group);
}

/** Every decoder this session feeds, in order: the main group, then its shadow's. */
export const fedDecoders = (s: StreamWarps): Decoder[] => [
  ...membersOf(s, s.decoder),
  ...membersOf(s, s.decoder.shadow),
];

/** Decoder groups whose warp is chosen once per session. */
const sessionGroups = (d: Decoder): Decoder[] =>
  [d, ...(d.shadow ? [d.shadow] : [])].filter((g) => g.warped && g.spec.sessionWarp);

/** A new session's warp trial, when one of its decoder groups chooses its warp per session. */
export function newTrial(d: Decoder): SessionWarpTrial | undefined {
  const trial = sessionGroups(d)[0]?.spec.sessionWarp;
  return trial ? new SessionWarpTrial(trial.trialUtterances) : undefined;
}

/**
 * After a trial utterance has been read: when the speaker's pitch is known, every session group
 * keeps the member whose warp is nearest the pitch's, and the others are no longer fed.
 */
export function decideSessionWarp(s: StreamWarps): void {
  const target = s.trial?.endUtterance();
  if (target === undefined) return;
  s.trial = undefined;
  for (const group of sessionGroups(s.decoder)) {
    const members = allOf(group);
    s.warps.set(
      group,
      members[
        nearestWarp(
          members.map((m) => m.warp),
          target,
        )
      ] ?? group,
    );
  }
}
