/**
 * The safety guard: one verdict for one text, on what the shopper said (before the LLM or the
 * offline engine) or on what the assistant is about to say (before TTS).
 *
 * Every level redacts sensitive numbers (redact.ts; phone numbers only in the shopper's words:
 * the assistant never saw those, so a number it says is the shop's). What blocks depends on the level:
 *
 * | rule kind   | strict | moderate | relaxed |
 * |-------------|--------|----------|---------|
 * | injection   | block  | block    | block   |  (shopper's words only)
 * | harm        | block  | block    | block   |
 * | hate        | block  | block    | block   |
 * | topic       | block  | block    | block   |  (the profile's own list)
 * | moderation  | block  | block    | block*  |  (*relaxed: violence, self-harm, hate, minors, illicit only)
 * | sexual      | block  | block    | allow   |
 * | privacy     | block  | block    | allow   |  (other people's data: concept-privacy.ts)
 * | profanity   | block  | allow    | allow   |
 *
 * The learned guard (learned/) adds a finding of the matching kind (`harm:learned-harmful`, …) on the
 * shopper's words when its score reaches the level's threshold (strict, moderate; off at relaxed).
 *
 * A check that allows still reports what it found (findings), so a caller may log it.
 */
import { ABUSE_LEVEL_RULES } from './abuse-levels.ts';
import { ABUSE_STRUCTURE_RULES } from './abuse-structure.ts';
import { CONCEPT_ABUSE_RULES } from './concept-abuse.ts';
import { CONCEPT_ACT_RULES } from './concept-acts.ts';
import { CONCEPT_AUTHORITY_RULES } from './concept-authority.ts';
import { CONCEPT_CRIME_RULES } from './concept-crime.ts';
import { CONCEPT_FRAMING_RULES } from './concept-framing.ts';
import { CONCEPT_FRAUD_RULES } from './concept-fraud.ts';
import { CONCEPT_HARM_RULES } from './concept-harm.ts';
import { CONCEPT_INJECTION_RULES } from './concept-injection.ts';
import { CONCEPT_INJECTION_ES_RULES } from './concept-injection-es.ts';
import { CONCEPT_INSIDER_RULES } from './concept-insider.ts';
import { CONCEPT_MEDICINE_RULES } from './concept-medicine.ts';
import { CONCEPT_PEOPLE_RULES } from './concept-people.ts';
import { CONCEPT_PRIVACY_RULES } from './concept-privacy.ts';
import { CONCEPT_PYRO_RULES } from './concept-pyro.ts';
import { CONCEPT_SABOTAGE_RULES } from './concept-sabotage.ts';
import { CONCEPT_SCHEME_RULES } from './concept-schemes.ts';
import { CONCEPT_THREAT_RULES } from './concept-threats.ts';
import { CONCEPT_VICTIM_RULES } from './concept-victims.ts';
import { HARM_RULES } from './harm.ts';
import { HARM_INTENT_RULES } from './harm-intent.ts';
import { HARM_STRUCTURE_RULES } from './harm-structure.ts';
import { INJECTION_RULES } from './injection.ts';
import { INJECTION_THRESHOLD, scoreInjection } from './injection-score.ts';
import { INJECTION_STRUCTURE_RULES } from './injection-structure.ts';
import { englishAbuse, LANGUAGE_RULES, maskProperNames } from './language.ts';
import { learnedFinding, sharedLearnedModel } from './learned/learned-guard.ts';
import { type LearnedGuardModel, loadWeights } from './learned/weights-file.ts';
import type { ModerationProvider } from './moderation.ts';
import { normalizeForRules } from './normalize.ts';
import { type Redaction, redactSensitive } from './redact.ts';
import type { PatternRule, RuleKind } from './rules.ts';
import type { SafetyLevel, SafetySettings } from './settings.ts';
import {
  blankNegatedHarm,
  isAccidentQuestion,
  isAnimalGrooming,
  isPackCount,
  isProductDisposal,
  isRescueProduct,
  isStoryPurchase,
} from './shop-senses.ts';
import { blankNonVictimHarm, isProductDosing, namesVictim, storeGoodsText } from './target-framing.ts';
import { topicRules } from './topics.ts';

export type GuardDirection = 'input' | 'output';

export interface Finding {
  /** `kind:name`, e.g. `injection:override-instructions`, `topic:politics`. */
  rule: string;
  kind: RuleKind;
}

export interface Verdict {
  action: 'allow' | 'block';
  /** The text with sensitive numbers redacted: the only form that may go on. */
  text: string;
  redactions: Redaction[];
  findings: Finding[];
  /** The finding that blocked (the first, in rule order), when blocked. */
  blockedBy?: Finding;
  /** Set when a moderation provider is configured but failed; the local verdict stands. */
  moderationError?: string;
}

export interface CheckOptions {
  settings: SafetySettings;
  direction: GuardDirection;
  language?: string;
  signal?: AbortSignal;
}

export const LEVEL_BLOCKS: Record<SafetyLevel, ReadonlySet<RuleKind>> = {
  strict: new Set<RuleKind>([
    'injection',
    'harm',
    'hate',
    'topic',
    'moderation',
    'sexual',
    'privacy',
    'profanity',
  ]),
  moderate: new Set<RuleKind>(['injection', 'harm', 'hate', 'topic', 'moderation', 'sexual', 'privacy']),
  relaxed: new Set<RuleKind>(['injection', 'harm', 'hate', 'topic', 'moderation']),
};

/** Provider categories that still block at relaxed. */
const RELAXED_MODERATION = /violence|self-harm|hate|minors|illicit|harassment\/threatening/;

const BASE_RULES: readonly PatternRule[] = [
  ...INJECTION_RULES,
  ...INJECTION_STRUCTURE_RULES,
  ...HARM_RULES,
  ...HARM_INTENT_RULES,
  ...HARM_STRUCTURE_RULES,
  ...LANGUAGE_RULES,
  ...ABUSE_STRUCTURE_RULES,
  ...CONCEPT_INJECTION_RULES,
  ...CONCEPT_HARM_RULES,
  ...CONCEPT_PYRO_RULES,
  ...CONCEPT_MEDICINE_RULES,
  ...CONCEPT_CRIME_RULES,
  ...CONCEPT_FRAUD_RULES,
  ...CONCEPT_PEOPLE_RULES,
  ...CONCEPT_SCHEME_RULES,
  ...CONCEPT_ABUSE_RULES,
  ...CONCEPT_FRAMING_RULES,
  ...CONCEPT_ACT_RULES,
  ...ABUSE_LEVEL_RULES,
  ...CONCEPT_VICTIM_RULES,
  ...CONCEPT_THREAT_RULES,
  ...CONCEPT_PRIVACY_RULES,
  ...CONCEPT_AUTHORITY_RULES,
  ...CONCEPT_INJECTION_ES_RULES,
  ...CONCEPT_INSIDER_RULES,
  ...CONCEPT_SABOTAGE_RULES,
];

/** Longest stretch the pattern rules read at once; longer texts are read in overlapping windows. */
const WINDOW = 400;
const OVERLAP = 150;

/**
 * The text in overlapping windows: the proximity rules cost more than linear time on one long
 * stretch (a pasted page would stall the turn), and an intent spans a sentence or two, not a page.
 */
export function windows(text: string): string[] {
  if (text.length <= WINDOW) return [text];
  const out: string[] = [];
  for (let at = 0; at < text.length; at += WINDOW - OVERLAP) {
    out.push(text.slice(at, at + WINDOW));
    if (at + WINDOW >= text.length) break;
  }
  return out;
}

export interface SafetyGuardOptions {
  moderation?: ModerationProvider;
  /** The learned guard (learned/), loaded (SafetyGuard.create loads it), or `null` for the rules alone. */
  learned: LearnedGuardModel | null;
}

export interface CreateSafetyGuardOptions {
  moderation?: ModerationProvider;
  /** A model already loaded, or `null` for the rules alone; by default the committed one. */
  learned?: LearnedGuardModel | null;
  /** Weights other than the committed ones (tests, a rebuilt model). */
  weightsPath?: URL | string;
  signal?: AbortSignal;
}

export class SafetyGuard {
  readonly #moderation: ModerationProvider | undefined;
  readonly #learned: LearnedGuardModel | null;
  readonly #topicCache = new Map<string, PatternRule[]>();

  /**
   * A guard with its learned model loaded: the weights are read without blocking the loop, once per
   * process, and a missing or malformed file fails here (a LearnedWeightsError), never in a turn.
   */
  static async create(opts: CreateSafetyGuardOptions = {}): Promise<SafetyGuard> {
    const learned =
      opts.learned !== undefined
        ? opts.learned
        : opts.weightsPath !== undefined
          ? await loadWeights(opts.weightsPath, opts.signal)
          : await sharedLearnedModel();
    return new SafetyGuard({ ...(opts.moderation ? { moderation: opts.moderation } : {}), learned });
  }

  constructor(opts: SafetyGuardOptions) {
    this.#moderation = opts.moderation;
    this.#learned = opts.learned;
  }

  get moderation(): string | undefined {
    return this.#moderation?.name;
  }

  /** The local checks only: synchronous, for hot paths and the bench. */
  checkLocal(text: string, opts: Omit<CheckOptions, 'signal'>): Verdict {
    const { text: redacted, redactions } = redactSensitive(text, opts.language, {
      phones: opts.direction === 'input',
    });
    const normalized = normalizeForRules(redacted);
    // Harm verbs negated ("without killing them") or aimed at pests, materials or the store's
    // ordinary targets ("kill the algae") are blanked: a verb is harm only by what it is aimed at.
    const framing = blankNonVictimHarm(blankNegatedHarm(normalized), storeGoodsText(opts.settings));
    const folded = framing.text;
    // Nothing left aimed at a person or a pet: the learned guard's harm/off-topic score on the same
    // words (it reads them unblanked) is the verb's, not the request's.
    const reframed = folded !== normalized && !namesVictim(folded);
    // Product dosing per volume, or how many doses a pack holds: the product's label, not advice.
    const dosing = isProductDosing(folded) || isPackCount(folded);
    const disposal = isProductDisposal(folded) && !namesVictim(folded);
    // Grooming an animal, an accident asked about, a rescue product: care, not harm (shop-senses.ts).
    const care = isAnimalGrooming(folded) || isRescueProduct(folded);
    // An accident already happened and what to do now: a safety question, neither harm nor a topic.
    const accident = isAccidentQuestion(folded);
    // A book or film asked for by its plot: harm in the plot is not a request for harm.
    const story = isStoryPurchase(folded);
    const findings: Finding[] = [];
    const rules = [...BASE_RULES, ...this.#topics(opts.settings.blockedTopics)];
    for (const r of rules) {
      if (opts.direction === 'output' && r.kind === 'injection') continue;
      if (story && r.kind === 'harm') continue;
      if (dosing && r.id === 'topic:medical-advice') continue;
      if (r.test ? r.test(folded) : r.pattern.test(folded)) findings.push({ rule: r.id, kind: r.kind });
    }
    if (opts.direction === 'input') {
      const { score, signals } = scoreInjection(folded);
      if (score >= INJECTION_THRESHOLD)
        findings.push({ rule: `injection:signals-${signals.join('+')}`, kind: 'injection' });
    }
    const named = maskProperNames(redacted);
    for (const f of englishAbuse([named, normalizeForRules(named)]))
      findings.push({ rule: f.id, kind: f.kind });
    // The learned guard reads the shopper's words only: it learned from shopper lines, not replies.
    if (opts.direction === 'input' && this.#learned) {
      const learned = learnedFinding(
        this.#learned,
        redacted,
        opts.settings.level,
        opts.settings.blockedTopics,
      );
      // As for the rules: a book or film asked for by its plot is not a request for harm, nor is
      // getting rid of a leftover product (the score reads the product's danger, not an intent).
      const cleared =
        ((story || disposal || care) && learned?.kind === 'harm') ||
        ((reframed || dosing || accident) && (learned?.kind === 'harm' || learned?.kind === 'topic'));
      if (learned && !cleared) findings.push({ rule: learned.rule, kind: learned.kind });
    }
    return this.#decide(redacted, redactions, findings, opts.settings.level);
  }

  /** Local checks, then the moderation provider when one is configured and nothing blocked yet. */
  async check(text: string, opts: CheckOptions): Promise<Verdict> {
    const local = this.checkLocal(text, opts);
    if (local.action === 'block' || !this.#moderation || local.text.trim() === '') return local;
    try {
      const result = await this.#moderation.moderate(local.text, opts.signal);
      if (!result.flagged) return local;
      const blocks =
        opts.settings.level !== 'relaxed' || result.categories.some((c) => RELAXED_MODERATION.test(c));
      const finding: Finding = {
        rule: `moderation:${result.categories[0] ?? 'flagged'}`,
        kind: 'moderation',
      };
      const findings = [...local.findings, finding];
      return blocks ? { ...local, action: 'block', findings, blockedBy: finding } : { ...local, findings };
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      return { ...local, moderationError: (err as Error).message };
    }
  }

  #decide(text: string, redactions: Redaction[], findings: Finding[], level: SafetyLevel): Verdict {
    const blocks = LEVEL_BLOCKS[level];
    const blockedBy = findings.find((f) => blocks.has(f.kind));
    return blockedBy
      ? { action: 'block', text, redactions, findings, blockedBy }
      : { action: 'allow', text, redactions, findings };
  }

  #topics(topics: readonly string[]): PatternRule[] {
    const key = topics.join('\u0000');
    let rules = this.#topicCache.get(key);
    if (!rules) {
      rules = topicRules(topics);
      if (this.#topicCache.size > 256) this.#topicCache.clear();
      this.#topicCache.set(key, rules);
    }
    return rules;
  }
}
