/**
 * Typed shop errors. Every refusal the domain makes is one of these, so the tool loop can turn
 * it into a short, honest message for the LLM and tests can assert the exact reason.
 */
export const SHOP_ERROR_CODES = [
  /** The input failed validation (negative quantity, empty query, malformed id). */
  'invalid_input',
  /**
   * No such product, variant, cart item, order, promo or research job for this shopper. Another
   * shopper's id gets exactly this answer too, so a refusal never tells that it exists.
   */
  'not_found',
  /** A guest session asked about an account's data before proving who they are. */
  'identity_required',
  /** Identity details did not match (the message never says which factor was wrong). */
  'identity_failed',
  /** Too many failed identity attempts in this session. */
  'identity_locked',
  /** Not enough stock for the requested size/colour/quantity. */
  'out_of_stock',
  /** The product has several variants and the call did not say which (size/colour). */
  'variant_required',
  /** Promo code unknown, expired, not started, below its minimum or not applicable to the cart. */
  'promo_invalid',
  /** Ordering an empty cart. */
  'cart_empty',
  /** confirm_order with a token that is not this shopper's, expired, or no longer matches the cart. */
  'confirmation_invalid',
  /** The work was aborted (interruption, shutdown). */
  'cancelled',
] as const;
export type ShopErrorCode = (typeof SHOP_ERROR_CODES)[number];

export class ShopError extends Error {
  readonly code: ShopErrorCode;
  /** Safe to show the LLM: never contains another shopper's data. */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ShopErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ShopError';
    this.code = code;
    this.details = details;
  }
}

export function isShopError(err: unknown, code?: ShopErrorCode): err is ShopError {
  return err instanceof ShopError && (code === undefined || err.code === code);
}

/** Throws `cancelled` when the signal is aborted; call between steps of long operations. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ShopError('cancelled', 'The request was cancelled before it finished.');
}

/** What a refused tool call returns to the model: the code to act on, the message, safe details. */
export interface ToolErrorResult {
  error: { code: ShopErrorCode; message: string; details?: Record<string, unknown> };
}

/** A ShopError as a tool result (for the tool loop), or null for anything else (a bug: rethrow it). */
export function toToolErrorResult(err: unknown): ToolErrorResult | null {
  if (!isShopError(err)) return null;
  return {
    error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) },
  };
}
