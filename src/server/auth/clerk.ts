/**
 * Clerk, configured by its publishable key alone. The key names the instance's Frontend API
 * (`pk_test_` / `pk_live_` + base64 of "<host>$"), which is both the issuer of its session JWTs
 * (`https://<host>`, JWKS at `/.well-known/jwks.json`) and where the browser loads Clerk's script
 * from. The web app learns the key and the script's address from GET /api/auth/config, so one
 * built web app serves any instance — and a test can point the script at a local stand-in.
 */
export class ClerkKeyError extends Error {
  override name = 'ClerkKeyError';
}

export interface ClerkFrontend {
  publishableKey: string;
  /** The instance's Frontend API host ("happy-cat-12.clerk.accounts.dev", "clerk.shop.com"). */
  frontendApi: string;
  /** Issuer of its session tokens. */
  issuer: string;
  /** Where the browser loads clerk-js from. */
  scriptUrl: string;
}

/** Clerk's browser bundle, major version 5, as its own Frontend API serves it. */
const SCRIPT_PATH = '/npm/@clerk/clerk-js@5/dist/clerk.browser.js';

/** The Frontend API host a publishable key names; throws ClerkKeyError with what is wrong. */
export function frontendApiOf(publishableKey: string): string {
  const m = /^pk_(test|live)_([A-Za-z0-9+/=_-]+)$/.exec(publishableKey.trim());
  if (!m) throw new ClerkKeyError('a Clerk publishable key starts with pk_test_ or pk_live_');
  const decoded = Buffer.from(m[2]!.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  if (!decoded.endsWith('$'))
    throw new ClerkKeyError('this is not a Clerk publishable key: it does not encode a Frontend API host');
  const host = decoded.slice(0, -1);
  // A host name with an optional port (a local stand-in in tests): nothing that could steer a URL.
  if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/i.test(host))
    throw new ClerkKeyError(`the publishable key names an invalid Frontend API host "${host}"`);
  return host;
}

/** The Clerk instance a publishable key (and an optional script address override) describes. */
export function clerkFrontend(publishableKey: string, scriptUrl?: string): ClerkFrontend {
  const frontendApi = frontendApiOf(publishableKey);
  const local = /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(frontendApi);
  const origin = `${local ? 'http' : 'https'}://${frontendApi}`;
  return {
    publishableKey: publishableKey.trim(),
    frontendApi,
    issuer: origin,
    scriptUrl: scriptUrl ?? `${origin}${SCRIPT_PATH}`,
  };
}

/** A publishable key for a Frontend API host (tests and local stand-ins). */
export function publishableKeyFor(frontendApi: string, live = false): string {
  return `pk_${live ? 'live' : 'test'}_${Buffer.from(`${frontendApi}$`).toString('base64')}`;
}

/** Origins a page must allow (CSP) for clerk-js to load, reach its Frontend API and run its checks. */
export interface PageSources {
  script: string[];
  connect: string[];
  frame: string[];
  img: string[];
}

/**
 * Clerk's documented needs: its script and Frontend API, Cloudflare's bot check (script and
 * frame), and user avatars from img.clerk.com.
 */
export function clerkPageSources(clerk: ClerkFrontend): PageSources {
  const frontend = clerk.issuer;
  const script = new URL(clerk.scriptUrl).origin;
  const challenges = 'https://challenges.cloudflare.com';
  return {
    script: [...new Set([frontend, script, challenges])],
    connect: [frontend],
    frame: [challenges],
    img: ['https://img.clerk.com'],
  };
}
