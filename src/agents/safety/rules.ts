/** The rule kinds the guard knows, and what a pattern rule looks like. */
export const RULE_KINDS = [
  'injection',
  'harm',
  'hate',
  'sexual',
  'profanity',
  'privacy',
  'topic',
  'moderation',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** A pattern over the folded text (normalize.ts: lower case, no accents, leetspeak undone). */
export interface PatternRule {
  /** `kind:name`, stored with incidents so an owner can filter and tune. */
  readonly id: string;
  readonly kind: RuleKind;
  readonly pattern: RegExp;
  /** When set, decides instead of `pattern` (rules that weigh several terms, topics.ts). */
  readonly test?: (folded: string) => boolean;
}

export function rule(kind: RuleKind, name: string, pattern: RegExp): PatternRule {
  return { id: `${kind}:${name}`, kind, pattern };
}

/** Alternatives as a non-capturing group. */
export const any = (...words: string[]) => `(?:${words.join('|')})`;
