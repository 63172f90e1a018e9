/**
 * The shop asked which colour or size (variant_required) for an add that named some of the
 * variant ("the first one" from aprons shown in Tall): the question names the values the shop
 * says can be bought with what was chosen, and keeps what was chosen for the answer.
 */
import type { Language } from '../../contract.ts';
import type { Action } from '../steps/action-types.ts';
import { t } from '../words/spoken.ts';
import type { Refusal } from './option-choice.ts';

export function variantQuestion(
  refusal: Refusal,
  input: Record<string, unknown>,
  lang: Language,
): Action | undefined {
  if (refusal.code !== 'variant_required' || refusal.options.length > 0) return undefined;
  if (typeof input.productId !== 'string') return undefined;
  const size = typeof input.size === 'string' ? input.size : undefined;
  const color = typeof input.color === 'string' ? input.color : undefined;
  const ask: string[] = [];
  if (!size && refusal.sizes.length > 1)
    ask.push(t(lang, `Which size: ${refusal.sizes.join(', ')}?`, `¿Qué talla: ${refusal.sizes.join(', ')}?`));
  if (!color && refusal.colors.length > 1)
    ask.push(
      t(lang, `Which colour: ${refusal.colors.join(', ')}?`, `¿Qué color: ${refusal.colors.join(', ')}?`),
    );
  if (ask.length === 0) return undefined;
  return {
    kind: 'text',
    text: ask.join(' '),
    awaiting: {
      what: 'variant',
      intent: 'add_to_cart',
      productId: input.productId,
      quantity: Number(input.quantity ?? 1),
      ...(size ? { size } : {}),
      ...(color ? { color } : {}),
    },
  };
}
