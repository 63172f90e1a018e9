/** The web app's Convex mode settings: the deployment URL checked, what the browser is told, CSP sources. */
import { describe, expect, it } from 'vitest';
import { convexClientConfig, convexConnectSources, convexEnvSchema } from './config.ts';

describe('CONVEX_CLIENT_URL', () => {
  it('is off by default and tells the browser nothing', () => {
    const env = convexEnvSchema.parse({});
    expect(env.CONVEX_CLIENT_URL).toBeUndefined();
    expect(convexClientConfig(env)).toBeNull();
  });

  it('gives the browser the deployment URL and the Clerk token template', () => {
    const env = convexEnvSchema.parse({ CONVEX_CLIENT_URL: 'https://happy-otter-123.convex.cloud/' });
    expect(convexClientConfig(env)).toEqual({
      url: 'https://happy-otter-123.convex.cloud',
      tokenTemplate: 'convex',
    });
    const plain = convexEnvSchema.parse({
      CONVEX_CLIENT_URL: 'https://happy-otter-123.convex.cloud',
      CONVEX_CLERK_TOKEN_TEMPLATE: '',
    });
    expect(convexClientConfig(plain)?.tokenTemplate).toBeNull();
  });

  it('refuses the HTTP actions URL (.convex.site) and anything not http(s), naming the setting', () => {
    for (const url of ['https://happy-otter-123.convex.site', 'wss://happy-otter-123.convex.cloud', 'nope']) {
      const r = convexEnvSchema.safeParse({ CONVEX_CLIENT_URL: url });
      expect(r.success, url).toBe(false);
      expect(JSON.stringify(r.error?.issues)).toContain('CONVEX_CLIENT_URL');
    }
  });

  it('lets the page open the client’s WebSocket as well as its HTTP origin', () => {
    expect(convexConnectSources('https://happy-otter-123.convex.cloud')).toEqual([
      'https://happy-otter-123.convex.cloud',
      'wss://happy-otter-123.convex.cloud',
    ]);
    expect(convexConnectSources('http://127.0.0.1:3210')).toEqual([
      'http://127.0.0.1:3210',
      'ws://127.0.0.1:3210',
    ]);
  });
});
