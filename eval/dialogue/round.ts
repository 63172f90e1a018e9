/**
 * What every frozen round after round 1 shares (rounds 2, 3, 4…): the shop set up the app's way
 * (promo codes through the promo import, the policy text as SHOP_POLICY_TEXT) and the bench labels
 * derived from the round's number. A round's own files then hold only its material.
 */
import type { DialogueSet } from './bench.ts';
import type { EvalCatalogSet } from './harness.ts';
import type { Script } from './types.ts';

/**
 * The catalogs of a round in `dir`, with its promo file imported and its policy text given to the
 * tools; `currency` names the catalogs that do not sell in USD (catalog → ISO 4217 code).
 */
export function roundCatalogs(dir: string, currency?: Readonly<Record<string, string>>): EvalCatalogSet {
  return { dir, promos: 'import', policy: true, ...(currency ? { currency } : {}) };
}

/** The `eval<round>-dialogue` bench's set: `round <n>` in titles, transcripts in bench-results/. */
export function roundDialogueSet(
  round: number,
  scripts: readonly Script[],
  catalogs: EvalCatalogSet,
): DialogueSet {
  return {
    label: `round ${round}`,
    scripts,
    catalogs,
    transcriptFile: `bench-results/eval${round}-dialogue-transcripts.json`,
    promoNote:
      "promo codes through the promo import (the project's JSON format); policy text as SHOP_POLICY_TEXT",
  };
}
