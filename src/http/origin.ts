/**
 * Which web origins may use the shopper's cookies: the origin allow-list shared by CORS, the
 * WebSocket upgrade check and the cross-site request guard.
 *
 * The guard refuses state-changing requests a browser sends from another site (CSRF: a page
 * elsewhere posting a form or a no-cors fetch that carries the shopper's cookies). A browser
 * marks every such request with `Origin` (and `Sec-Fetch-Site`); server clients (curl, Twilio,
 * server-to-server callers) send neither, and bearer-token clients carry no ambient credential.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface OriginPolicy {
  /** ALLOWED_ORIGINS; `*` allows any. */
  allowedOrigins: readonly string[];
  /** PUBLIC_URL: its origin is the server's own. */
  publicUrl?: string | undefined;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An origin is allowed when listed, when it is the server's own (same host as the request, or
 * PUBLIC_URL's origin), or — only while neither ALLOWED_ORIGINS nor PUBLIC_URL is configured, i.e.
 * in development — when it is a loopback origin (a dev server on another port).
 */
export function originAllowed(
  origin: string,
  allowed: readonly string[],
  ctx: { host?: string | undefined; publicUrl?: string | undefined } = {},
): boolean {
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null"
  }
  if (ctx.host && url.host === ctx.host) return true;
  if (ctx.publicUrl) {
    try {
      if (new URL(ctx.publicUrl).origin === url.origin) return true;
    } catch {
      // an invalid PUBLIC_URL is refused by the config schema
    }
    return false;
  }
  if (allowed.length > 0) return false;
  return LOOPBACK.has(url.hostname);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why a state-changing request is refused as cross-site, or undefined when it may proceed. */
export function crossSiteRefusal(request: FastifyRequest, policy: OriginPolicy): string | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  // A browser cannot add Authorization cross-site without a CORS preflight, which refuses
  // foreign origins; and with a bearer token the identity resolver ignores cookies.
  if (request.headers.authorization !== undefined) return undefined;
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if (origin === undefined) {
    // No Origin and no fetch metadata: not a browser (or one too old to matter).
    if (site === undefined || site === 'same-origin' || site === 'none') return undefined;
    return `cross-site request refused: the browser marked this ${request.method} as ${String(site)} and sent no Origin`;
  }
  if (
    originAllowed(origin, policy.allowedOrigins, { host: request.headers.host, publicUrl: policy.publicUrl })
  )
    return undefined;
  return `cross-site request refused: pages on ${origin} may not change anything here (allowed: this site${
    policy.allowedOrigins.length > 0 ? ' and ALLOWED_ORIGINS' : ''
  })`;
}

/**
 * Refuses cross-site state-changing requests with a 403 before anything runs (no guest is
 * minted, no body parsed). Registered on the root, before the identity hook.
 */
export function registerCrossSiteGuard(app: FastifyInstance, policy: OriginPolicy): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const refusal = crossSiteRefusal(request, policy);
    if (!refusal) return;
    request.log.info(
      { origin: request.headers.origin, site: request.headers['sec-fetch-site'], url: request.url },
      'cross-site request refused',
    );
    return reply.status(403).send({ detail: refusal });
  });
}
