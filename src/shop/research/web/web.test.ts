/** Research's web providers against a local HTTP stand-in, and their settings checked at start. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../config/section.ts';
import { loadShopConfig } from '../../tools/config.ts';
import { createWebSearch } from './index.ts';
import { cleanSnippet } from './provider.ts';

let server: Server;
let base: string;
let last: IncomingMessage | undefined;
let body = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    last = req;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const signal = () => new AbortController().signal;

describe('web search providers', () => {
  it('brave: sends the key header and language, reads web.results, strips markup', async () => {
    body = JSON.stringify({
      web: {
        results: [
          { title: 'Tents', url: 'https://e.org/t', description: 'A <strong>2-person</strong> tent' },
        ],
      },
    });
    const brave = createWebSearch('brave', { url: `${base}/res/v1/web/search`, apiKey: 'k-123' });
    expect(await brave?.search('tienda de campaña', 'es', signal())).toEqual([
      { title: 'Tents', url: 'https://e.org/t', snippet: 'A 2-person tent' },
    ]);
    expect(last?.headers['x-subscription-token']).toBe('k-123');
    expect(last?.url).toBe('/res/v1/web/search?q=tienda+de+campa%C3%B1a&search_lang=es&count=5');
  });

  it('a reply that is not JSON or not the provider shape is an error naming the provider', async () => {
    const searx = createWebSearch('searxng', { url: base, apiKey: undefined });
    body = '<html>login</html>';
    await expect(searx?.search('x', 'en', signal())).rejects.toThrow(
      'searxng answered something that is not JSON',
    );
    body = JSON.stringify({ results: [{ title: 1 }] });
    await expect(searx?.search('x', 'en', signal())).rejects.toThrow(/title/);
  });

  it('none is no provider; an unknown name lists the known ones', () => {
    expect(createWebSearch('none', { url: undefined, apiKey: undefined })).toBeUndefined();
    expect(() => createWebSearch('bing', { url: undefined, apiKey: undefined })).toThrow(
      'unknown SHOP_RESEARCH_WEB "bing"; available: none, searxng, brave',
    );
  });

  it('the settings a provider needs are checked with the rest of the configuration', () => {
    expect(() => loadShopConfig({ SHOP_RESEARCH_WEB: 'searxng' })).toThrow(ConfigError);
    expect(() => loadShopConfig({ SHOP_RESEARCH_WEB: 'searxng' })).toThrow(/SHOP_RESEARCH_WEB_URL/);
    expect(() => loadShopConfig({ SHOP_RESEARCH_WEB: 'brave' })).toThrow(/SHOP_RESEARCH_WEB_API_KEY/);
    expect(() => loadShopConfig({ SHOP_RESEARCH_WEB: 'yahoo' })).toThrow(/SHOP_RESEARCH_WEB/);
    expect(
      loadShopConfig({ SHOP_RESEARCH_WEB: 'searxng', SHOP_RESEARCH_WEB_URL: 'http://searx:8080' }),
    ).toMatchObject({
      SHOP_RESEARCH_WEB: 'searxng',
      SHOP_RESEARCH_SUMMARIZER: 'template',
    });
  });

  it('snippets are plain text: markup dropped, line and paragraph breaks kept apart, entities decoded, cut', () => {
    // Before the catalog's HTML reader was used, "<br>" glued two words and "&nbsp;" stayed.
    expect(cleanSnippet('Waterproof<br>Wide fit&nbsp;&amp; light')).toBe('Waterproof. Wide fit & light');
    expect(cleanSnippet('<p>Two-person tent</p><p>1.9 kg</p>')).toBe('Two-person tent. 1.9 kg');
    expect(cleanSnippet(`<b>${'a'.repeat(400)}</b>`, 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
