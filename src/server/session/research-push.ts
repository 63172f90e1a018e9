/**
 * Research a shopper asked for finishes while they keep talking: its products go to the screen
 * and the assistant says so, without being asked "what did you find?". The result is read through
 * the get_research tool itself, so the history, the recording and the cards are exactly what
 * asking for it would have given.
 */
import type { Clock } from '../../pipeline/clock.ts';
import { createFrame, type Frame } from '../../pipeline/frames.ts';
import type { Language, ShopTool } from '../../shop/contract.ts';
import type { ResearchFinished } from '../../shop/research/service.ts';
import { runShopTool } from '../../shop/tools/index.ts';

export interface ResearchPushOptions {
  session: { id: string; userId: string };
  onFinished(listener: (e: ResearchFinished) => void): () => void;
  getResearch: ShopTool | undefined;
  clock: Clock;
  /** Puts the frame into the session's pipeline (it reaches the LLM stage in order). */
  queue(frame: Frame<'background-result'>): void;
  /** Aborted when the session ends. */
  signal: AbortSignal;
  onError(err: unknown): void;
}

/** Starts pushing this session's finished research; returns the function that stops it. */
export function pushFinishedResearch(o: ResearchPushOptions): () => void {
  const tool = o.getResearch;
  if (!tool) return () => undefined;
  return o.onFinished((e) => {
    if (e.sessionId !== o.session.id || o.signal.aborted) return;
    void announce(o, tool, e).catch(o.onError);
  });
}

async function announce(o: ResearchPushOptions, tool: ShopTool, e: ResearchFinished): Promise<void> {
  const toolCallId = `bg_${e.researchId}`;
  const input = { researchId: e.researchId };
  const out = await runShopTool(tool, input, {
    userId: o.session.userId,
    sessionId: o.session.id,
    language: e.language,
    toolCallId,
    abortSignal: o.signal,
  });
  if (o.signal.aborted) return;
  o.queue(
    createFrame(
      'background-result',
      {
        toolCallId,
        functionName: tool.name,
        arguments: input,
        result: out.result,
        ui: out.ui ?? [],
        announcement: announcement(out.ok ? out.result : undefined, e.language),
      },
      o.clock,
    ),
  );
}

/** Short on purpose: the cards are on screen, the shopper may be in the middle of something. */
export function announcement(result: unknown, lang: Language): string {
  const r = (result ?? {}) as { status?: unknown; summary?: unknown; products?: unknown };
  const es = lang === 'es';
  if (r.status !== 'done')
    return es
      ? 'Lo siento, no pude terminar la búsqueda que me pediste. ¿Lo intento de otra forma?'
      : "Sorry, I couldn't finish the research you asked for. Shall I try it another way?";
  const count = Array.isArray(r.products) ? r.products.length : 0;
  if (count === 0)
    return es
      ? 'Terminé la búsqueda, pero no encontré nada que encaje.'
      : 'I finished looking into it, but found nothing that fits.';
  const summary = typeof r.summary === 'string' ? firstSentences(r.summary, 2) : '';
  return es
    ? `Ya tengo los resultados. ${summary} Los tienes en pantalla.`.replace(/\s+/g, ' ')
    : `Your research is ready. ${summary} They're on your screen.`.replace(/\s+/g, ' ');
}

function firstSentences(text: string, n: number): string {
  return (text.match(/[^.!?]+[.!?]+/g) ?? [text]).slice(0, n).join(' ').trim();
}
