/** Research's web or product-search providers, by configuration name: a provider is its file plus one line. */

import type { WebSearch } from '../types.ts';
import { brave } from './brave.ts';
import type { WebSearchProvider, WebSearchSettings } from './provider.ts';
import { searxng } from './searxng.ts';

export const WEB_SEARCH_PROVIDERS: readonly WebSearchProvider[] = [searxng, brave];

export const WEB_SEARCH_NAMES = ['none', ...WEB_SEARCH_PROVIDERS.map((p) => p.name)] as const;

/** The configured provider, or undefined for `none`. */
export function createWebSearch(name: string, settings: WebSearchSettings): WebSearch | undefined {
  if (name === 'none') return undefined;
  const provider = WEB_SEARCH_PROVIDERS.find((p) => p.name === name);
  if (!provider)
    throw new Error(`unknown SHOP_RESEARCH_WEB "${name}"; available: ${WEB_SEARCH_NAMES.join(', ')}`);
  return provider.create(settings);
}
