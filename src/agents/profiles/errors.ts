/** Typed refusals of the profile domain; the HTTP layer maps `code` to a status. */
export type ProfileErrorCode =
  | 'not_found'
  | 'invalid'
  | 'conflict'
  | 'forbidden_override'
  | 'default_protected'
  | 'corrupt';

export class ProfileError extends Error {
  override name = 'ProfileError';
  readonly code: ProfileErrorCode;
  /** The request field at fault (an override the profile forbids, a provider not configured). */
  readonly field: string | undefined;
  constructor(code: ProfileErrorCode, message: string, field?: string) {
    super(message);
    this.code = code;
    this.field = field;
  }
}

export function isProfileError(err: unknown): err is ProfileError {
  return err instanceof ProfileError;
}
