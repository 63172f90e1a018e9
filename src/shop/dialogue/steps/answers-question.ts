/**
 * Whether an utterance answers the question the engine asked last turn ("which size?" — "the 8
 * cup one"; "your usual 42?" — "yes"), and what it then continues. Pure.
 */

import { optionTokens } from '../../catalog/option-values.ts';
import { asOptionList } from '../variants/option-choice.ts';
import { optionPhrase } from '../variants/option-phrase.ts';
import { shadeOfAnswer } from '../words/color-words.ts';
import { withLabel } from '../words/sizes.ts';
import type { DecideInput } from './action-types.ts';

const NEW_ASK: Record<DecideInput['nlu']['language'], RegExp> = {
  en: /^(got|do you|have you|any|are there|is there|show me|what)\b/,
  es: /^(tienes|teneis|tienen|hay|ensename|muestrame|que)\b/,
};

/** A slot-only answer to a question the engine asked continues that question's intent. */
export function effectiveIntent(input: DecideInput): string {
  const { nlu, awaiting } = input;
  if (!awaiting || !answersQuestion(input)) return nlu.intent;
  if ('intent' in awaiting) return awaiting.intent;
  return nlu.intent;
}

export const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'string');

/** The answer names a value of an option of the product asked about ("angled", "the 120 volt one"). */
function namesOption(input: DecideInput): boolean {
  const { nlu, awaiting, state } = input;
  if (awaiting?.what !== 'variant') return false;
  const p = state.known.get(awaiting.productId);
  const options = [...asOptionList(awaiting.values), ...(p?.options ?? [])];
  return (options.length > 0 && 'options' in optionPhrase(nlu.text, { options })) || !!sizeNamed(input);
}

/**
 * The product or kind named is read only from words of the asked product's values ("the 8 cup
 * one" names "Espresso Cups" by "cup"): no word of that name is said outside them.
 */
function namedInsideValue({ nlu, awaiting, state }: DecideInput): boolean {
  if (awaiting?.what !== 'variant') return false;
  const p = state.known.get(awaiting.productId);
  const values = [
    ...Object.values(awaiting.values ?? {}).flat(),
    ...(p?.options ?? []).flatMap((o) => o.values.map((v) => v.value)),
    ...(p?.sizes ?? []).map((x) => x.size),
  ];
  // Compared by the singular ("the 12 inch F clamps" names "Kestrel F-Clamp", not a width of the
  // chisel asked about): a plural never hid the other product's name.
  const inValues = new Set(values.flatMap((v) => optionTokens(v).map(singular)));
  const named = new Set(
    [...(nlu.slots.productNames ?? []), nlu.slots.category ?? ''].flatMap((n) =>
      optionTokens(n).map(singular),
    ),
  );
  return !optionTokens(nlu.text)
    .map(singular)
    .some((w) => w.length > 2 && named.has(w) && !inValues.has(w));
}

/** A word's singular as English and Spanish plurals mostly end ("clamps" → "clamp", "cajas" → "caja"). */
const singular = (w: string): string => (/^[a-z]{3,}s$/.test(w) && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** A size of the product asked about said with its unit ("the 8 cup one" to "which size: 3 cup, 8 cup?"). */
export function sizeNamed({ nlu, awaiting, state }: DecideInput): string | undefined {
  if (awaiting?.what !== 'variant') return undefined;
  const p = state.known.get(awaiting.productId);
  // "Then the 40" after "size 42 is sold out": a number that is one of its plain sizes, not a count.
  const plain =
    nlu.slots.quantity === undefined ? (p?.sizes ?? []).filter((x) => /^\d+(\.\d+)?$/.test(x.size)) : [];
  const said = plain.find((x) => nlu.slots.numbers?.includes(Number(x.size)));
  if (said) return said.size;
  // "Then the six" for sizes written "Size 6", "UK 8": the figure of the one label that has it.
  const labels = new Map((p?.sizes ?? []).map((x) => [x.size.toLowerCase().replace(/\s+/g, ''), x.size]));
  const figures = nlu.slots.quantity === undefined ? (nlu.slots.numbers ?? []) : [];
  const labelled = figures.map((n) => withLabel(labels, String(n))).filter((x) => x !== undefined);
  if (labelled.length === 1) return labelled[0];
  const values = (p?.sizes ?? []).filter((x) => /\d\s*[a-z]/i.test(x.size));
  if (values.length === 0) return undefined;
  const options = [{ name: 'Size', values: values.map((x) => ({ value: x.size, inStock: x.inStock })) }];
  return (optionPhrase(nlu.text, { options }) as { options?: Record<string, string> }).options?.Size;
}

/** An utterance opening with "and also", "y también": one more thing, never the answer to "which one?". */
const ANOTHER_THING = /^(?:and |y )?(?:also|tambien|ademas)\b/;

export function answersQuestion(input: DecideInput): boolean {
  const { nlu, awaiting } = input;
  if (!awaiting) return false;
  const s = nlu.slots;
  switch (awaiting.what) {
    case 'variant':
      return (
        // "Your usual 42?" — "no, 43".
        // "The grey then, make it six": a value with how many is the add asked about, not a
        // change to a cart line (none of it is in the cart yet).
        [
          'unknown',
          'refine',
          'search',
          'confirm',
          'add_to_cart',
          'availability',
          ...(awaiting.suggested ? ['deny'] : []),
          ...(s.size || s.color || namesOption(input) ? ['update_quantity'] : []),
        ].includes(nlu.intent) &&
        // "Ok then the 8 cup one": a value of the product asked about, even when its words name another.
        ((!s.category && !s.productNames) || (namesOption(input) && namedInsideValue(input))) &&
        !!(
          s.size ||
          s.color ||
          s.numbers ||
          s.quantity ||
          namesOption(input) ||
          (nlu.yes && awaiting.suggested) ||
          // "The charcoal coloured one then": a shade the catalog spells otherwise (color-words.ts).
          shadeOfAnswer(nlu.text, input.state.known.get(awaiting.productId))
        )
      );
    case 'product':
      return (
        ['unknown', 'details', 'refine', 'add_to_cart', 'search'].includes(nlu.intent) &&
        // "Which one?" — "and also the beginner set": another thing asked for, not the answer
        // (the count of the question is not its count).
        !ANOTHER_THING.test(nlu.text) &&
        !!(s.ordinals || s.productNames || s.reference || s.color)
      );
    case 'promo':
      return ['unknown', 'promo', 'search', 'refine'].includes(nlu.intent);
    case 'identify':
      return (
        ['unknown', 'identify', 'search', 'refine'].includes(nlu.intent) &&
        !!(s.numbers || s.customerNumber || s.postalCode || s.documentNumber || /\d/.test(nlu.text))
      );
    case 'rating':
      return ['unknown', 'survey', 'refine', 'details'].includes(nlu.intent) && !!(s.rating || s.numbers);
    case 'cancel_order':
      // Asked again to cancel ("listo, anule ese pedido") answers "shall I cancel it?" too.
      return nlu.yes || nlu.no || ['confirm', 'deny', 'cancel_order'].includes(nlu.intent);
    case 'line':
      return (
        ['unknown', 'details', 'refine', 'remove_from_cart', 'update_quantity', 'search'].includes(
          nlu.intent,
        ) &&
        !!(s.ordinals || s.productNames || s.color || s.size || s.category) &&
        // "Got any spot bulbs?" asks for something new, it names no line.
        !(nlu.intent === 'search' && NEW_ASK[nlu.language].test(nlu.text))
      );
  }
}
