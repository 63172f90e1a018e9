/**
 * The LLM research summariser (SHOP_RESEARCH_SUMMARIZER=llm): the facts research gathered, as
 * JSON, and instructions to summarise only them, briefly, for speaking, in the shopper's
 * language. One model call without tools; the research service falls back to its template when
 * this fails or returns nothing.
 */

import { streamLlm } from '../services/llm/adapter.ts';
import type { LlmService } from '../services/llm/service.ts';
import { formatMoney } from '../shop/money.ts';
import type { ResearchInput, Summarizer } from '../shop/research/types.ts';

const INSTRUCTIONS = {
  en:
    'You write the spoken result of a shopping research for a voice assistant. Use ONLY the JSON facts ' +
    'given: never add products, prices, figures or claims. At most three short sentences, no lists, no ' +
    'markdown: the best one or two picks and why (what their own text says, price, what is in stock), ' +
    'the main trade-off, and a document fact if one bears on the question. Plain English.',
  es:
    'Escribes el resultado hablado de una búsqueda de compras para un asistente de voz. Usa SOLO los ' +
    'datos JSON dados: nunca añadas productos, precios, cifras ni afirmaciones. Como mucho tres frases ' +
    'cortas, sin listas ni markdown: la mejor opción o las dos mejores y por qué (lo que dice su propio ' +
    'texto, precio, qué hay en stock), la principal diferencia y un dato de los documentos si viene al ' +
    'caso. En español.',
} as const;

/** What the model is told: the gathered facts only, prices already formatted. */
export function researchFacts(input: ResearchInput) {
  return {
    question: input.query,
    candidates: input.candidates.slice(0, 5).map((c) => ({
      name: c.product.name,
      brand: c.product.brand,
      price: formatMoney(c.priceCents, c.product.currency, input.language),
      inStock: c.inStock,
      optionsInStock: Object.fromEntries(c.inStockOptions.map((o) => [o.name, o.values.slice(0, 8)])),
      figures: Object.fromEntries(Object.entries(c.specs).map(([k, v]) => [k, v?.text])),
      itsTextMentions: c.mentions,
    })),
    documents: input.passages.map((p) => ({ title: p.title, text: p.text.slice(0, 600) })),
    web: input.web.map((w) => ({ title: w.title, snippet: w.snippet })),
  };
}

export function llmResearchSummarizer(service: LlmService): Summarizer {
  return async (input, signal) => {
    let text = '';
    for await (const event of streamLlm({
      model: service.model,
      provider: service.provider,
      instructions: INSTRUCTIONS[input.language],
      messages: [{ role: 'user', content: JSON.stringify(researchFacts(input)) }],
      tools: [],
      toolChoice: 'none',
      temperature: 0.2,
      maxOutputTokens: 300,
      abortSignal: signal,
    })) {
      if (event.type === 'text') text += event.text;
    }
    return text.trim();
  };
}
