/**
 * "Give me the club jacket and the breeches", "I'll take the blue one and two of the wheels",
 * "can I get …": an order said without "add" still adds every product it names. Read only where
 * an add is already the intent (splitting several products, words/multi.ts), so a question that
 * opens the same way ("can I get it in blue?") keeps its own reading elsewhere.
 */
import type { Language } from '../../contract.ts';

const ORDER_OPENING: Record<Language, RegExp> = {
  en: /^((ok|okay|so|then|alright|right|yes|yeah|great|perfect|cool|um|uh|well)\s+)*((please|just)\s+)?(give me|get me|i ll take|i will take|i ll have|i will have|i ll get|i will get|i d like|i would like|i want|we ll take|we will take|let me get|let me have|can i get|can i have|could i get|could i have|i ll go with|i will go with|i need)\b/,
  es: /^((vale|bueno|pues|entonces|ok)\s+)*(dame|deme|me llevo|llevo|quiero|quisiera|me quedo con|me das|me da)\b/,
};

export function opensAnOrder(tokens: string[], lang: Language): boolean {
  return ORDER_OPENING[lang].test(tokens.filter(Boolean).join(' '));
}
