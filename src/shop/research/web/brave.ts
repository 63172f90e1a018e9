/** Brave Search's web API as research's web provider (`X-Subscription-Token`). */
import { z } from 'zod';
import type { WebSearchProvider } from './provider.ts';
import { cleanSnippet, fetchJson } from './provider.ts';

const Reply = z.object({
  web: z
    .object({
      results: z.array(z.object({ title: z.string(), url: z.string(), description: z.string().optional() })),
    })
    .optional(),
});

const DEFAULT_URL = 'https://api.search.brave.com/res/v1/web/search';

export const brave: WebSearchProvider = {
  name: 'brave',
  create({ url, apiKey }) {
    if (!apiKey) throw new Error('SHOP_RESEARCH_WEB=brave needs SHOP_RESEARCH_WEB_API_KEY');
    return {
      name: 'brave',
      async search(query, language, signal) {
        const target = new URL(url ?? DEFAULT_URL);
        target.search = new URLSearchParams({ q: query, search_lang: language, count: '5' }).toString();
        const headers = { accept: 'application/json', 'x-subscription-token': apiKey };
        const reply = Reply.parse(await fetchJson(target, headers, signal, 'brave'));
        return (reply.web?.results ?? []).map((r) => ({
          title: r.title,
          url: r.url,
          snippet: cleanSnippet(r.description ?? ''),
        }));
      },
    };
  },
};
