/**
 * Bring-your-own identity provider: session JWTs from Clerk or any OIDC issuer, verified with
 * `jose` against the issuer's JWKS (fetched and cached, refetched on an unknown `kid`). Only
 * asymmetric algorithms from the configured list are accepted, so a token "signed" with the
 * public key as an HMAC secret, or with `alg: none`, never verifies.
 */
import { createRemoteJWKSet, errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { clerkFrontend } from './clerk.ts';
import type { AuthEnv } from './config.ts';

export class TokenError extends Error {
  override name = 'TokenError';
  readonly statusCode = 401;
}

export interface VerifiedToken {
  issuer: string;
  subject: string;
  /** Clerk's session id (`sid`), when present. */
  sessionId?: string;
}

export interface ExternalTokenOptions {
  issuer: string;
  audience?: string | undefined;
  jwksUrl?: string | undefined;
  algorithms: string[];
  clockToleranceS: number;
  authorizedParties: string[];
  /** Key source override (tests); default: the remote JWKS. */
  keys?: JWTVerifyGetKey;
  /** Wall clock (tests pin it). */
  now?: () => Date;
}

export function externalTokenOptionsFromEnv(env: AuthEnv): ExternalTokenOptions | undefined {
  // A Clerk publishable key alone names the issuer: the instance's Frontend API.
  const issuer =
    env.AUTH_JWT_ISSUER ??
    (env.AUTH_CLERK_PUBLISHABLE_KEY ? clerkFrontend(env.AUTH_CLERK_PUBLISHABLE_KEY).issuer : undefined);
  if (!issuer) return undefined;
  return {
    issuer,
    audience: env.AUTH_JWT_AUDIENCE,
    jwksUrl: env.AUTH_JWKS_URL,
    algorithms: env.AUTH_JWT_ALGORITHMS,
    clockToleranceS: env.AUTH_JWT_CLOCK_SKEW_S,
    authorizedParties: env.AUTH_JWT_AUTHORIZED_PARTIES,
  };
}

/** A JWT has three base64url parts; anything else in a bearer header is not ours to verify. */
export function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token) && token.length < 16_384;
}

export class ExternalTokenVerifier {
  readonly #opts: ExternalTokenOptions;
  readonly #keys: JWTVerifyGetKey;

  constructor(opts: ExternalTokenOptions) {
    this.#opts = opts;
    const jwksUrl = opts.jwksUrl ?? `${opts.issuer.replace(/\/$/, '')}/.well-known/jwks.json`;
    this.#keys =
      opts.keys ??
      createRemoteJWKSet(new URL(jwksUrl), {
        timeoutDuration: 5_000,
        cooldownDuration: 30_000,
        cacheMaxAge: 10 * 60_000,
      });
  }

  get issuer(): string {
    return this.#opts.issuer;
  }

  async verify(token: string): Promise<VerifiedToken> {
    if (!looksLikeJwt(token)) throw new TokenError('the bearer token is not a JWT');
    let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
    try {
      ({ payload } = await jwtVerify(token, this.#keys, {
        issuer: this.#opts.issuer,
        ...(this.#opts.audience ? { audience: this.#opts.audience } : {}),
        algorithms: this.#opts.algorithms,
        clockTolerance: this.#opts.clockToleranceS,
        requiredClaims: ['sub', 'exp', 'iat'],
        ...(this.#opts.now ? { currentDate: this.#opts.now() } : {}),
      }));
    } catch (err) {
      throw new TokenError(`the session token was refused: ${describe(err)}`);
    }
    if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 255)
      throw new TokenError('the session token was refused: bad subject');
    const azp = payload.azp;
    if (this.#opts.authorizedParties.length > 0 && !this.#opts.authorizedParties.includes(String(azp)))
      throw new TokenError('the session token was refused: unexpected authorized party (azp)');
    return {
      issuer: this.#opts.issuer,
      subject: payload.sub,
      ...(typeof payload.sid === 'string' ? { sessionId: payload.sid } : {}),
    };
  }
}

/** A short reason without echoing the token. */
function describe(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'expired';
  if (err instanceof errors.JWTClaimValidationFailed) return `claim "${err.claim}" ${err.reason}`;
  if (err instanceof errors.JOSEAlgNotAllowed) return 'algorithm not allowed';
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'bad signature';
  if (err instanceof errors.JWKSNoMatchingKey) return 'no matching key';
  if (err instanceof errors.JWKSTimeout) return 'the issuer key set did not answer in time';
  if (err instanceof errors.JOSEError) return err.code;
  return 'malformed';
}
