/**
 * The learned guard's verdict for the safety guard (guard.ts): the model's attempt score against
 * the level's threshold, reported as a finding of the matching rule kind. It adds recall behind
 * the hand rules on wordings no rule names; the thresholds were set at build time on ordinary
 * shopper talk the model never saw (eval/learned-guard/build.ts).
 *
 * - `strict`: every attempt class at the strict threshold.
 * - `moderate`: the higher moderate threshold, and not for the abuse class (moderate lets
 *   profanity through, and the abuse lines the model learned from mix swearing with insults).
 * - `relaxed`: off (the rules alone).
 * - Texts under five words are left to the rules: a verdict on "tell me a joke" or "who is this?"
 *   would rest on a handful of features the attempts happened to share (2.4 % of the labelled
 *   attempts are that short, and the rules catch most of them).
 * - Off-topic counts only when the profile blocks a known topic (politics, medical advice, …):
 *   those are the topics the labelled off-topic lines ask about.
 */
import type { RuleKind } from '../rules.ts';
import type { SafetyLevel } from '../settings.ts';
import { isKnownTopic } from '../topics.ts';
import { words } from './features.ts';
import { type AttemptClass, type LearnedScore, type LinearModel, scoreText } from './model.ts';
import { type LearnedGuardModel, loadWeights } from './weights-file.ts';

export interface LearnedFinding {
  /** `kind:learned-<class>`, e.g. `harm:learned-harmful`. */
  readonly rule: string;
  readonly kind: RuleKind;
  readonly score: number;
}

const KIND_OF: Record<AttemptClass, RuleKind> = {
  injection: 'injection',
  harmful: 'harm',
  offtopic: 'topic',
  abuse: 'hate',
};

export function learnedFinding(
  guard: LearnedGuardModel,
  text: string,
  level: SafetyLevel,
  blockedTopics: readonly string[],
): LearnedFinding | undefined {
  const threshold =
    level === 'strict' ? guard.thresholds.strict : level === 'moderate' ? guard.thresholds.moderate : null;
  if (threshold === null) return undefined;
  const score = learnedScore(guard.model, text);
  if (!score || score.attempt < threshold) return undefined;
  const offTopicBlocked = blockedTopics.some(isKnownTopic);
  const classes = ATTEMPT_CLASSES.filter(
    (c) => (c !== 'offtopic' || offTopicBlocked) && (c !== 'abuse' || level === 'strict'),
  );
  // Only the probability of classes this level and profile block counts toward the threshold.
  const mass = classes.reduce((sum, c) => sum + score.probabilities[c], 0);
  if (mass < threshold) return undefined;
  const kind = classes.reduce((a, b) => (score.probabilities[b] > score.probabilities[a] ? b : a));
  return { rule: `${KIND_OF[kind]}:learned-${kind}`, kind: KIND_OF[kind], score: mass };
}

/** Shortest text, in words, the learned guard decides. */
export const MIN_WORDS = 5;

/** The model's score, or undefined for a text too short to judge (MIN_WORDS). */
export function learnedScore(model: LinearModel, text: string): LearnedScore | undefined {
  return words(text).length < MIN_WORDS ? undefined : scoreText(model, text);
}

const ATTEMPT_CLASSES: readonly AttemptClass[] = ['injection', 'harmful', 'offtopic', 'abuse'];

let shared: Promise<LearnedGuardModel> | undefined;

/**
 * The committed model, read once per process without blocking the loop (the server awaits it while
 * it starts, before it is ready). A failed read is not remembered: the next caller tries again.
 */
export function sharedLearnedModel(): Promise<LearnedGuardModel> {
  shared ??= loadWeights().catch((err: unknown) => {
    shared = undefined;
    throw err;
  });
  return shared;
}
