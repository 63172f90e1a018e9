/**
 * Which of a decoder group's twins (warped, or with the adapted acoustic model) a stream feeds and
 * which one reports: every twin until the session's choice is made (spec.sessionWarp, from the
 * speaker's pitch; spec.adaptation, from the models' path scores), then only that one. Without a
 * session choice, every utterance reports its own best-scoring twin.
 */
import { allOf, type Decoder } from './decoders.ts';
import type { PocketsphinxLib } from './ffi.ts';
import { SessionAdaptationTrial } from './session-adaptation.ts';
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
  /** Until the session's acoustic model is chosen: the models' scores (session-adaptation.ts). */
  adaptationTrial: SessionAdaptationTrial | undefined;
}

/**
 * After the utterance ended: of a decoder and its twins, the one whose reading has the best path
 * score (acoustic + LM): the warp or model that fits this speaker best for this utterance.
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

/** The decoders of a group this session feeds: all twins until the session's choice is made. */
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
  [d, ...(d.shadow ? [d.shadow] : [])].filter((g) => g.twins && g.spec.sessionWarp);

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

/** Decoder groups whose acoustic model (base or adapted twin) is chosen once per session. */
const adaptationGroups = (d: Decoder): Decoder[] =>
  [d, ...(d.shadow ? [d.shadow] : [])].filter((g) => g.twins && g.spec.adaptation);

/** A new session's acoustic-model trial, when its decoders carry an adapted twin. */
export function newAdaptationTrial(d: Decoder): SessionAdaptationTrial | undefined {
  const adaptation = adaptationGroups(d)[0]?.spec.adaptation;
  return adaptation ? new SessionAdaptationTrial(adaptation.trialUtterances) : undefined;
}

/**
 * After a trial utterance: each model's log posterior of its reading (ps_get_prob, from the
 * lattice) summed over the session's decoder groups (a dual decoder's mixed and catalog searches);
 * once the trial decides, every group keeps that model (the same one for both searches, as the
 * dual rule compares their readings). Not the path score: pocketsphinx normalises acoustic scores
 * per frame by the best codeword, so two models' path scores are not comparable likelihoods
 * (measured: the path score preferred the base model for every voice, espeak-ng f3 included).
 * Returns the model that reads this utterance (index in the groups' members), undefined when the
 * session has no trial running.
 */
export function decideSessionAdaptation(lib: PocketsphinxLib, s: StreamWarps): number | undefined {
  if (!s.adaptationTrial) return undefined;
  const groups = adaptationGroups(s.decoder);
  const scores: (number | undefined)[] = allOf(groups[0]).map(() => 0);
  for (const g of groups)
    allOf(g).forEach((m, i) => {
      const sofar = scores[i];
      const text = lib.psGetHyp(m.ps, [0]);
      scores[i] = text && sofar !== undefined ? sofar + lib.psGetProb(m.ps) : undefined;
    });
  const keep = s.adaptationTrial.endUtterance(scores);
  if (keep === undefined) {
    // Still trying: this utterance is read by the model that heard it best (a model that heard
    // nothing loses; the base model on a tie).
    let best = 0;
    scores.forEach((x, i) => {
      const b = scores[best];
      if (x !== undefined && (b === undefined || x > b)) best = i;
    });
    return best;
  }
  s.adaptationTrial = undefined;
  for (const g of groups) s.warps.set(g, allOf(g)[keep] ?? g);
  return keep;
}
