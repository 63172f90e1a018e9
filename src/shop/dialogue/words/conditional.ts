/**
 * "If I drop the spiderwood in, will it sink right away?", "si pido plantas un viernes, ¿cuándo
 * salen?": a condition said before a question. The question is the request; the condition only
 * names what it is about (its verbs, "drop", "pido", are no cart request). Pure; raw text.
 */
import type { Language } from '../../contract.ts';

const CONDITION: Record<Language, RegExp> = {
  en: /^\s*((?:and |so |but )?(?:if|once|when|say) [^,?!.]{3,80}),\s*([^,]*\?)\s*$/i,
  es: /^\s*((?:y |pues |pero )?(?:si|cuando|una vez que) [^,¿?!.]{3,80}),\s*(¿?[^,]*\?)\s*$/i,
};

/** The condition and the question of "if …, <question>?"; undefined when the utterance is not so. */
export function conditionAndQuestion(
  spoken: string,
  lang: Language,
): { condition: string; question: string } | undefined {
  const m = CONDITION[lang].exec(spoken);
  if (!m) return undefined;
  return { condition: m[1]!.trim(), question: m[2]!.trim() };
}
