/**
 * The errors every function throws: a ConvexError whose data is `{ code, message }`, so a client
 * (and the HTTP actions) can tell "sign in" from "bad input" from "not yours" without parsing text.
 */
import { ConvexError } from 'convex/values';

export type ErrorCode =
  | 'unauthenticated'
  | 'invalid_argument'
  | 'not_found'
  | 'too_large'
  | 'conflict'
  | 'not_configured'
  | 'upstream';

export interface ErrorData {
  code: ErrorCode;
  message: string;
  [key: string]: string | number;
}

export function fail(code: ErrorCode, message: string, extra: Record<string, string | number> = {}): never {
  throw new ConvexError<ErrorData>({ ...extra, code, message });
}

/** The `{ code, message }` of one of our errors, or undefined for anything else. */
export function errorData(err: unknown): ErrorData | undefined {
  if (!(err instanceof ConvexError)) return undefined;
  const data: unknown = err.data;
  if (typeof data !== 'object' || data === null) return undefined;
  const { code, message } = data as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string' ? (data as ErrorData) : undefined;
}
