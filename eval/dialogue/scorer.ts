/**
 * Runs the frozen scripts through the real offline engine and scores each step: right only when
 * all its checks pass. A failed step never aborts its conversation: state carries on.
 */
import { alreadyTrue, cartState, evaluate, shownIds } from './evaluate.ts';
import { type EvalCatalogSet, EvalShop, ROUND1 } from './harness.ts';
import type { Check, Script } from './types.ts';

export interface StepOutcome {
  catalog: string;
  language: 'en' | 'es';
  conversation: string;
  index: number;
  say: string;
  covers: string;
  reply: string;
  ok: boolean;
  /** Right only because its cart checks already held before the step (e.g. emptying an empty cart). */
  vacuous: boolean;
  failures: string[];
}

export interface ScriptScore {
  catalog: string;
  language: 'en' | 'es';
  right: number;
  /** Of the right steps, those right without acting (see StepOutcome.vacuous). */
  vacuous: number;
  steps: number;
  outcomes: StepOutcome[];
  importNotes: string[];
}

export interface ScoreOptions {
  /** Run only the first `maxSteps` steps of each conversation (the smoke test). */
  maxSteps?: number;
  signal?: AbortSignal;
  /** The round whose catalogs the script runs on (default round 1). */
  catalogs?: EvalCatalogSet;
}

export async function scoreScript(script: Script, opts: ScoreOptions = {}): Promise<ScriptScore> {
  const shop = await EvalShop.open(script.catalog, opts.catalogs ?? ROUND1);
  const outcomes: StepOutcome[] = [];
  try {
    let index = 0;
    for (const conversation of script.conversations) {
      const shopper = await shop.newShopper(script.language);
      let shownBefore: string[] = [];
      for (const step of conversation.steps.slice(0, opts.maxSteps)) {
        opts.signal?.throwIfAborted();
        index++;
        const checks: Check[] = [...step.checks, { kind: 'lang', is: script.replyLanguage }];
        const base = {
          catalog: script.catalog,
          language: script.language,
          conversation: conversation.title,
          index,
          say: step.say,
          covers: step.covers,
        };
        const cartBefore = await cartState({ shop, userId: shopper.userId, language: script.language });
        let turn: Awaited<ReturnType<typeof shopper.say>>;
        try {
          turn = await shopper.say(step.say);
        } catch (error) {
          outcomes.push({
            ...base,
            reply: '',
            ok: false,
            vacuous: false,
            failures: [`engine error: ${(error as Error).message}`],
          });
          continue;
        }
        const state = {
          turn,
          shop,
          userId: shopper.userId,
          language: script.language,
          cartBefore,
          shownBefore,
        };
        if (shownIds(turn).length > 0) shownBefore = shownIds(turn);
        const failures: string[] = [];
        for (const check of checks) {
          const r = await evaluate(check, state);
          if (!r.ok) failures.push(r.reason);
        }
        const ok = failures.length === 0;
        const vacuous = ok && (await alreadyTrue(step.checks, state));
        outcomes.push({ ...base, reply: turn.text, ok, vacuous, failures });
      }
    }
  } finally {
    await shop.close();
  }
  return {
    catalog: script.catalog,
    language: script.language,
    right: outcomes.filter((o) => o.ok).length,
    vacuous: outcomes.filter((o) => o.vacuous).length,
    steps: outcomes.length,
    outcomes,
    importNotes: shop.importNotes,
  };
}
