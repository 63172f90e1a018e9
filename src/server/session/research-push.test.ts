import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../pipeline/index.ts';
import type { ShopTool } from '../../shop/contract.ts';
import type { ResearchFinished } from '../../shop/research/service.ts';
import { announcement, pushFinishedResearch } from './research-push.ts';

const done = {
  status: 'done',
  summary: 'I compared 3 products for "rain jackets". Top picks: A; B. The cheapest in stock is B at $50.',
  products: [{ id: 'a' }, { id: 'b' }],
};

describe('research push', () => {
  it('announces in a sentence or two in the shopper’s language, and says so when it failed or found nothing', () => {
    expect(announcement(done, 'en')).toBe(
      'Your research is ready. I compared 3 products for "rain jackets". Top picks: A; B. They\'re on your screen.',
    );
    expect(announcement({ ...done, products: [] }, 'es')).toBe(
      'Terminé la búsqueda, pero no encontré nada que encaje.',
    );
    expect(announcement({ status: 'failed' }, 'en')).toMatch(/^Sorry, I couldn't finish/);
    expect(announcement(undefined, 'es')).toMatch(/^Lo siento/);
  });

  it('pushes only this session’s finished research, read through get_research, and stops when told', async () => {
    const listeners = new Set<(e: ResearchFinished) => void>();
    const frames: unknown[] = [];
    const reads: unknown[] = [];
    const tool = {
      name: 'get_research',
      description: '',
      inputSchema: { safeParse: (v: unknown) => ({ success: true, data: v }) },
      policy: { cancelOnInterruption: true, timeoutMs: 1000 },
      async execute(input: unknown, ctx: unknown) {
        reads.push({ input, ctx });
        return { result: done, ui: [{ type: 'research' }] };
      },
    } as unknown as ShopTool;
    const stop = pushFinishedResearch({
      session: { id: 's1', userId: 'u1' },
      onFinished: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      getResearch: tool,
      clock: new FakeClock(),
      queue: (f) => frames.push(f),
      signal: new AbortController().signal,
      onError: (err) => {
        throw err;
      },
    });
    const emit = (e: ResearchFinished) => {
      for (const l of listeners) l(e);
    };
    emit({ researchId: 'r0', userId: 'u2', sessionId: 's2', language: 'en', status: 'done' });
    emit({ researchId: 'r1', userId: 'u1', sessionId: 's1', language: 'es', status: 'done' });
    await new Promise((r) => setImmediate(r));
    expect(reads).toEqual([
      {
        input: { researchId: 'r1' },
        ctx: expect.objectContaining({ userId: 'u1', sessionId: 's1', language: 'es' }),
      },
    ]);
    expect(frames).toEqual([
      expect.objectContaining({
        type: 'background-result',
        toolCallId: 'bg_r1',
        functionName: 'get_research',
        ui: [{ type: 'research' }],
        announcement: expect.stringMatching(/^Ya tengo los resultados\./),
      }),
    ]);
    stop();
    expect(listeners.size).toBe(0);
  });
});
