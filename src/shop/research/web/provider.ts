/** What a web or product-search provider for research is, and the HTTP they share. */
import { htmlToText } from '../../catalog/text.ts';
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

/**
 * Snippets arrive with markup (<strong>, <br>) and entities; research shows plain text, cut at
 * `max` characters.
 */
export function cleanSnippet(html: string, max = 300): string {
  const text = htmlToText(html);
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
