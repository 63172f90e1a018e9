/**
 * English auxiliaries that open a yes/no question ("does it fold", "can the tent fit four",
 * "were these on sale"). Shared by the dialogue's question reading and the catalog language
 * model's request openers, so both know the same words.
 */
export const ENGLISH_AUXILIARIES: readonly string[] = [
  'does',
  'do',
  'did',
  'is',
  'are',
  'was',
  'were',
  'would',
  'will',
  'can',
  'could',
  'should',
  'has',
  'have',
];
