/**
 * Where a new connection goes (one process per core): the primary reads the first request's head
 * (and, for the WebRTC signaling route, its small JSON body), and this pure function says which
 * worker must serve it — the one that made the session id, token or pc_id it names — or that any
 * worker will do (the least loaded). Malformed and oversized heads are refused here, before any
 * worker sees them.
 */
import { workerOfId } from '../../http/worker-tag.ts';

/** A request head larger than this is refused with 431 (Node's own limit is 16 KB too). */
export const MAX_HEAD_BYTES = 16 * 1024;
/** Bodies read for routing (PATCH/POST /api/offer with a pc_id) are at most this long. */
export const MAX_ROUTED_BODY_BYTES = 64 * 1024;

export interface RequestHead {
  method: string;
  /** The request target as sent (origin-form `/path?query`, or absolute-form). */
  target: string;
  version: '1.0' | '1.1';
  /** Header names lower-cased; a repeated header's values joined with ', '. */
  headers: Map<string, string>;
  /** Bytes up to and including the blank line. */
  length: number;
  contentLength: number | undefined;
}

export type HeadResult =
  | { state: 'incomplete' }
  | { state: 'invalid'; status: 400 | 431; message: string }
  | { state: 'complete'; head: RequestHead };

const CRLF2 = Buffer.from('\r\n\r\n');
const REQUEST_LINE = /^([A-Z]{1,20}) (\S{1,8192}) HTTP\/1\.([01])$/;
const HEADER = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;
/** A method still being received: letters only, so binary (TLS, HTTP/2 preface bodies) fails fast. */
const METHOD_PREFIX = /^[A-Z]{0,20}$/;

/** Parses the head at the start of `buf` (the bytes received so far). */
export function parseHead(buf: Buffer): HeadResult {
  const end = buf.indexOf(CRLF2);
  if (end < 0) {
    if (buf.length > MAX_HEAD_BYTES)
      return { state: 'invalid', status: 431, message: 'request head larger than 16 KB' };
    const firstSpace = buf.indexOf(0x20);
    const method = buf.subarray(0, firstSpace < 0 ? Math.min(buf.length, 21) : firstSpace).toString('latin1');
    if (!METHOD_PREFIX.test(method))
      return { state: 'invalid', status: 400, message: 'not an HTTP/1 request' };
    return { state: 'incomplete' };
  }
  if (end + 4 > MAX_HEAD_BYTES)
    return { state: 'invalid', status: 431, message: 'request head larger than 16 KB' };
  const lines = buf.subarray(0, end).toString('latin1').split('\r\n');
  const line = REQUEST_LINE.exec(lines[0] ?? '');
  if (!line) return { state: 'invalid', status: 400, message: 'malformed request line' };
  const headers = new Map<string, string>();
  for (const raw of lines.slice(1)) {
    const header = HEADER.exec(raw);
    if (!header) return { state: 'invalid', status: 400, message: 'malformed header line' };
    const name = header[1]!.toLowerCase();
    const prev = headers.get(name);
    headers.set(name, prev === undefined ? header[2]! : `${prev}, ${header[2]!}`);
  }
  let contentLength: number | undefined;
  const cl = headers.get('content-length');
  if (cl !== undefined) {
    // Repeated identical values are allowed (RFC 9110 §8.6); differing ones are smuggling.
    const values = new Set(cl.split(',').map((v) => v.trim()));
    const [only] = values;
    if (values.size !== 1 || !/^\d{1,15}$/.test(only!))
      return { state: 'invalid', status: 400, message: 'invalid Content-Length' };
    contentLength = Number(only);
  }
  return {
    state: 'complete',
    head: {
      method: line[1]!,
      target: line[2]!,
      version: line[3] === '0' ? '1.0' : '1.1',
      headers,
      length: end + 4,
      contentLength,
    },
  };
}

export type Route =
  /** A specific worker (by node:cluster id); `target` replaces the request target when set. */
  | { kind: 'worker'; workerId: number; target?: string }
  /** Any worker: the least loaded. `creates`: this request usually starts a session. */
  | { kind: 'any'; creates: boolean }
  /** Read this many body bytes after the head, then route again with them. */
  | { kind: 'body'; bytes: number }
  /** The id names a worker of another run or machine: nobody here can serve it. */
  | { kind: 'elsewhere'; message: string };

const WORKER_PATH = /^\/_w\/(\d{1,9})\.([a-z0-9]{1,12})(\/.*)?$/;
const SESSION_PATH = /^\/(?:api\/)?sessions\/([^/?#]{1,200})(?:\/|$)/;

/** Starts a session (for the primary's count of sessions a worker was just given). */
function createsSession(method: string, path: string): boolean {
  return (
    (method === 'POST' && (path === '/start' || path === '/connect' || path === '/api/offer')) ||
    (method === 'POST' && path === '/telephony/twilio') ||
    (method === 'GET' && path === '/device/ws')
  );
}

/**
 * The route of a request: by the worker tag of an id in its path (`/sessions/:id/…`,
 * `/api/sessions/:id…`, `/_w/<worker>.<run>/…`), its query (`token`, `session`) or — for the
 * signaling route only — the `pc_id` of its JSON body; else any worker.
 */
export function routeRequest(head: RequestHead, run: string, body?: Buffer): Route {
  let url: URL;
  try {
    url = new URL(head.target, 'http://h');
  } catch {
    return { kind: 'any', creates: false };
  }
  const mine = (tagged: { workerId: number; run: string } | undefined): Route | undefined => {
    if (!tagged) return undefined;
    if (tagged.run !== run)
      return { kind: 'elsewhere', message: 'this session is not served here (it belongs to another server)' };
    return { kind: 'worker', workerId: tagged.workerId };
  };
  const pinned = WORKER_PATH.exec(url.pathname);
  if (pinned) {
    const route = mine({ workerId: Number(pinned[1]), run: pinned[2]! });
    if (route?.kind !== 'worker') return route!;
    return { ...route, target: `${pinned[3] ?? '/'}${url.search}` };
  }
  const session = SESSION_PATH.exec(url.pathname);
  const byId =
    (session && mine(workerOfId(decodeSafe(session[1]!)))) ??
    mine(workerOfId(url.searchParams.get('token') ?? '')) ??
    mine(workerOfId(url.searchParams.get('session') ?? ''));
  if (byId) return byId;
  if (url.pathname === '/api/offer' && (head.method === 'PATCH' || head.method === 'POST')) {
    const length = head.contentLength ?? 0;
    if (length > 0 && length <= MAX_ROUTED_BODY_BYTES) {
      if (!body) return { kind: 'body', bytes: length };
      const byPc = mine(workerOfId(pcIdOf(body.subarray(0, length))));
      if (byPc) return byPc;
    }
  }
  return { kind: 'any', creates: createsSession(head.method, url.pathname) };
}

function decodeSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The `pc_id` of a JSON body, or '' (a body that is not JSON is the worker's to refuse). */
function pcIdOf(body: Buffer): string {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    const pcId = (parsed as { pc_id?: unknown } | null)?.pc_id;
    return typeof pcId === 'string' ? pcId : '';
  } catch {
    return '';
  }
}

/** The worker a request that already reached a worker belongs to (its URL and parsed body), if any. */
export function ownerOf(
  method: string,
  url: string,
  body: unknown,
  run: string,
): { workerId: number } | { elsewhere: true } | undefined {
  const head: RequestHead = {
    method,
    target: url,
    version: '1.1',
    headers: new Map(),
    length: 0,
    contentLength: undefined,
  };
  const pcId = (body as { pc_id?: unknown } | null | undefined)?.pc_id;
  const bytes = typeof pcId === 'string' ? Buffer.from(JSON.stringify({ pc_id: pcId })) : undefined;
  const route = routeRequest({ ...head, contentLength: bytes?.length }, run, bytes ?? Buffer.alloc(0));
  if (route.kind === 'worker') return { workerId: route.workerId };
  if (route.kind === 'elsewhere') return { elsewhere: true };
  return undefined;
}
