/**
 * What the assistant may remember about a shopper: the kinds, their validation, and which of them
 * hold one value per scope (a size for shoes replaces the last one) or several (favourite brands).
 */
import { z } from 'zod';

export const PREFERENCE_KINDS = ['size', 'brand', 'color', 'budget'] as const;
export type PreferenceKind = (typeof PREFERENCE_KINDS)[number];

/** Kinds where a new value replaces the old one in the same scope. */
export const SINGLE_VALUED: ReadonlySet<PreferenceKind> = new Set(['size', 'budget']);

const printable = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // Control characters would end up in prompts and replies.
    .refine((s) => !/\p{Cc}/u.test(s), 'must not contain control characters');

export const preferenceInput = z.object({
  kind: z.enum(PREFERENCE_KINDS),
  value: printable(60).describe('As the shopper said it: "42", "M", "Nike", "navy", "150"'),
  scope: z
    .string()
    .trim()
    .max(60)
    .refine((s) => !/\p{Cc}/u.test(s), 'must not contain control characters')
    .default('')
    .describe('What it applies to in the shopper’s words ("shoes", "shirts"); empty for everything'),
});
export type PreferenceInput = z.input<typeof preferenceInput>;

export interface Preference {
  id: string;
  kind: PreferenceKind;
  scope: string;
  value: string;
  updatedAt: string;
}

export const isPreferenceKind = (k: string): k is PreferenceKind =>
  (PREFERENCE_KINDS as readonly string[]).includes(k);
