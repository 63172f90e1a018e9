/**
 * A local stand-in for a Clerk instance's Frontend API, for the browser test (this machine cannot
 * reach Clerk): it serves the instance's JWKS, a small clerk-js look-alike at Clerk's script path
 * (load, user, session.getToken, openSignIn with an email form, signOut, addListener — the part of
 * `window.Clerk` the web app uses), and signs session tokens (RS256, Clerk's claims) for it.
 * What it proves is our side: the key from /api/auth/config, the script loaded from the address
 * the server gives, tokens to /start and /api/*, the guest's cart claimed. Clerk's own UI is not.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

export interface ClerkStandIn {
  /** host:port — what the publishable key encodes. */
  frontendApi: string;
  /** A session token for a user, as the stand-in's clerk-js would get it. */
  token(sub: string): Promise<string>;
  close(): Promise<void>;
}

const SCRIPT = `(() => {
  const origin = new URL(document.currentScript.src).origin;
  const listeners = new Set();
  let user = null;
  const emit = () => listeners.forEach((l) => l({ user }));
  const userFor = (email) => ({ id: 'user_' + email.replace(/[^a-z0-9]/gi, '_'), fullName: null,
    primaryEmailAddress: { emailAddress: email } });
  const tokenFor = async (u) => (await (await fetch(origin + '/v1/test-token?sub=' + encodeURIComponent(u.id))).text());
  window.Clerk = {
    get user() { return user; },
    get session() { return user ? { getToken: () => tokenFor(user) } : null; },
    async load() {
      const saved = localStorage.getItem('clerk-stand-in-user');
      if (saved) user = JSON.parse(saved);
    },
    addListener(l) { listeners.add(l); return () => listeners.delete(l); },
    openSignIn() {
      const box = document.createElement('form');
      box.setAttribute('data-testid', 'clerk-sign-in');
      box.innerHTML = '<input data-testid="clerk-email" type="email" aria-label="Email"><button data-testid="clerk-continue">Continue</button>';
      box.addEventListener('submit', (e) => {
        e.preventDefault();
        user = userFor(box.querySelector('input').value.trim());
        localStorage.setItem('clerk-stand-in-user', JSON.stringify(user));
        box.remove();
        emit();
      });
      document.body.appendChild(box);
    },
    async signOut() {
      user = null;
      localStorage.removeItem('clerk-stand-in-user');
      emit();
    },
  };
})();`;

export async function startClerkStandIn(): Promise<ClerkStandIn> {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'ins_stand_in', alg: 'RS256', use: 'sig' };
  let frontendApi = '';
  const token = (sub: string) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ sid: `sess_${sub}` })
      .setProtectedHeader({ alg: 'RS256', kid: 'ins_stand_in', typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(`http://${frontendApi}`)
      .setIssuedAt(now - 5)
      .setNotBefore(now - 10)
      .setExpirationTime(now + 60)
      .sign(pair.privateKey);
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${frontendApi}`);
    res.setHeader('access-control-allow-origin', '*');
    if (url.pathname === '/.well-known/jwks.json')
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    else if (url.pathname === '/npm/@clerk/clerk-js@5/dist/clerk.browser.js')
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(SCRIPT);
    else if (url.pathname === '/v1/test-token' && url.searchParams.get('sub'))
      void token(url.searchParams.get('sub')!).then((t) =>
        res.writeHead(200, { 'content-type': 'text/plain' }).end(t),
      );
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  frontendApi = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    frontendApi,
    token,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
