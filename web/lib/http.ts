/**
 * The one fetch helper of the web app's API modules: same origin, cookies included, JSON in and
 * out, and every failure as an ApiError (status 0 when the server cannot be reached) carrying the
 * server's `detail` and `code`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  constructor(status: number, message: string, code?: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Where a request's bearer token comes from when the caller sets none (a Clerk session). */
let tokenSource: (() => Promise<string | null>) | undefined;

/** Every later request without its own Authorization header carries this source's token. */
export function setTokenSource(source: (() => Promise<string | null>) | undefined): void {
  tokenSource = source;
}

/** The signed-in session's Authorization header, if there is one. */
export async function sessionHeaders(): Promise<Record<string, string>> {
  const token = tokenSource ? await tokenSource() : null;
  return token ? { authorization: `Bearer ${token}` } : {};
}

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  given: Record<string, string> = {},
): Promise<T> {
  const headers = 'authorization' in given ? given : { ...(await sessionHeaders()), ...given };
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'include',
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'unreachable');
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok)
    throw new ApiError(res.status, String(json.detail ?? res.statusText), json.code as string | undefined);
  return json as T;
}

/** The owner's admin token as a header (none: the caller's own cookie identity). */
export function bearer(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** A request function bound to a set of headers (an admin API client). */
export function withHeaders(headers: Record<string, string>) {
  return <T>(method: string, path: string, body?: unknown) => request<T>(method, path, body, headers);
}
