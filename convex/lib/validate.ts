/**
 * Bounds `v` cannot express: `v.string()` accepts the empty string and a megabyte alike, so text
 * arguments are trimmed and length-checked here, with the field named in the error.
 */
import { getConvexSize, type Value } from 'convex/values';
import { fail } from './errors.js';

export function text(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) fail('invalid_argument', `${field} must not be empty`);
  if (trimmed.length > max) fail('invalid_argument', `${field} is longer than ${max} characters`);
  return trimmed;
}

export function optionalText(value: string | undefined, field: string, max: number): string | undefined {
  return value === undefined ? undefined : text(value, field, max);
}

/** An http(s) URL, the only kind a product link or image may be (no javascript:, no data:). */
export function optionalUrl(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('invalid_argument', `${field} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    fail('invalid_argument', `${field} must be an http(s) URL`);
  if (value.length > 2048) fail('invalid_argument', `${field} is longer than 2048 characters`);
  return value;
}

export function finiteNonNegative(value: number | undefined, field: string): number | undefined {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0))
    fail('invalid_argument', `${field} must be a non-negative number`);
  return value;
}

/**
 * Convex refuses documents over 1 MiB; a row is refused here first, below that with room for
 * the system fields and indexes, so the caller gets a clear error naming the limit instead of an
 * internal one.
 */
export const MAX_DOCUMENT_BYTES = 900_000;

export function fitsInDocument(doc: Record<string, Value>, what: string): void {
  const size = getConvexSize(doc);
  if (size > MAX_DOCUMENT_BYTES)
    fail('too_large', `${what} is ${size} bytes; a Convex document holds at most ${MAX_DOCUMENT_BYTES}`, {
      size,
      limit: MAX_DOCUMENT_BYTES,
    });
}
