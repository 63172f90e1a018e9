/**
 * SearXNG (self-hostable metasearch) as research's web provider: its JSON API,
 * `GET <url>/search?q=…&format=json&language=…` (the instance must allow the json format).
 */
import { z } from 'zod';
import type { WebSearchProvider } from './provider.ts';
import { cleanSnippet, fetchJson } from './provider.ts';

const Reply = z.object({
  results: z.array(z.object({ title: z.string(), url: z.string(), content: z.string().optional() })),
});

export const searxng: WebSearchProvider = {
  name: 'searxng',
  create({ url }) {
    if (!url)
      throw new Error(
        'SHOP_RESEARCH_WEB=searxng needs SHOP_RESEARCH_WEB_URL (the instance, e.g. http://searx:8080)',
      );
    return {
      name: 'searxng',
      async search(query, language, signal) {
        const target = new URL('search', url.endsWith('/') ? url : `${url}/`);
        target.search = new URLSearchParams({ q: query, format: 'json', language }).toString();
        const reply = Reply.parse(await fetchJson(target, {}, signal, 'searxng'));
        return reply.results.map((r) => ({
          title: r.title,
          url: r.url,
          snippet: cleanSnippet(r.content ?? ''),
        }));
      },
    };
  },
};
