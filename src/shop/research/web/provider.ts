/** What a web or product-search provider for research is, and the HTTP they share. */
import type { WebSearch } from '../types.ts';

export interface WebSearchSettings {
  url: string | undefined;
  apiKey: string | undefined;
}

export interface WebSearchProvider {
  readonly name: string;
  /** Throws a message naming the missing setting. */
  create(settings: WebSearchSettings): WebSearch;
}

export class WebSearchError extends Error {
  override name = 'WebSearchError';
}

/** GET as JSON; a non-2xx reply or a body that is not JSON is a WebSearchError naming the provider. */
export async function fetchJson(
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
  provider: string,
): Promise<unknown> {
  const res = await fetch(url, { headers: { accept: 'application/json', ...headers }, signal });
  if (!res.ok) throw new WebSearchError(`${provider} answered HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new WebSearchError(`${provider} answered something that is not JSON`);
  }
}

/** Snippets arrive with markup (<strong>) and entities; research shows plain text. */
export function cleanSnippet(html: string, max = 300): string {
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
