/**
 * The offline shop dialogue engine exposed as an AI SDK LanguageModelV4, so it runs through the
 * same adapter, tool loop, recorder and frames as any cloud model. Each call either emits tool
 * calls (finish reason `tool-calls`) or a short spoken reply in small deterministic chunks.
 */
import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
  LanguageModelV4Usage,
} from '@ai-sdk/provider';
import { z } from 'zod';
import { type Clock, systemClock } from '../../pipeline/clock.ts';
import { apertiumSpanishEnglish, type SpanishEnglishDictionary } from '../catalog/apertium.ts';
import type { Language } from '../contract.ts';
import { type DialogueEnv, loadDialogueConfig } from './config.ts';
import { type EngineResult, runEngine, type VocabularySource } from './engine.ts';
import { apertiumTranslator, type Translator } from './spanish/translate.ts';
import { DialogueWorkers } from './worker/engine-pool.ts';

export interface ShopDialogueModelOptions {
  /** The loaded catalog's words, per language (called per request; compiled once per object). */
  vocabulary: VocabularySource;
  /** Needed only when a latency is simulated. */
  clock?: Clock;
  /** Simulated time to first output part, ms (0 = none). */
  firstChunkDelayMs?: number;
  /** Simulated delay between text chunks, ms (0 = none). */
  chunkDelayMs?: number;
  /** Words per text-delta. */
  wordsPerChunk?: number;
  /** Language when neither the instructions nor the utterance tell. */
  defaultLanguage?: Language;
  /** Tool steps per user turn before the engine answers with what it has. */
  maxSteps?: number;
  modelId?: string;
  /**
   * Second reading of Spanish the Spanish parse cannot place (default: Apertium's spa→eng, one
   * pipeline per process; null: none).
   */
  translator?: Translator | null;
  /**
   * Spanish → English words for a Spanish shopper's own word for what the catalog sells (default:
   * Apertium's, when the translator is the default one; null: none).
   */
  dictionary?: SpanishEnglishDictionary | null;
  /**
   * Worker threads that run each step off the event loop (0 or absent: in process). Only with the
   * default translator and dictionary, which the workers load themselves.
   */
  threads?: number;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

/** Splits text into chunks of N words, keeping the spaces so the chunks concatenate back exactly. */
export function chunkText(text: string, wordsPerChunk: number): string[] {
  const words = text.match(/\S+\s*/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerChunk) out.push(words.slice(i, i + wordsPerChunk).join(''));
  return out;
}

function usageOf(options: LanguageModelV4CallOptions, output: string): LanguageModelV4Usage {
  const words = (s: string) => (s.match(/\S+/g) ?? []).length;
  const input = words(JSON.stringify(options.prompt));
  const out = words(output);
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: out, text: out, reasoning: 0 },
  };
}

function callId(r: EngineResult, k: number, user: string): string {
  let h = 0;
  for (const ch of user) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `shop_${r.turn}_${r.step}_${k}_${h.toString(36)}`;
}

function lastUserText(options: LanguageModelV4CallOptions): string {
  for (let i = options.prompt.length - 1; i >= 0; i--) {
    const m = options.prompt[i]!;
    if (m.role === 'user') return m.content.map((p) => (p.type === 'text' ? p.text : '')).join(' ');
  }
  return '';
}

export function createShopDialogueModel(opts: ShopDialogueModelOptions): LanguageModelV4 & {
  /** The decision for a prompt, without streaming (tests and tools). */
  decide(options: LanguageModelV4CallOptions): Promise<EngineResult>;
  /** Loads the engine in its worker threads, if any. */
  warmup(): Promise<void>;
  /** Stops the worker threads, if any. */
  close(): Promise<void>;
} {
  const words = Math.max(1, opts.wordsPerChunk ?? 3);
  const modelId = opts.modelId ?? 'shop-dialogue';
  const translator = opts.translator === undefined ? apertiumTranslator : opts.translator;
  const dictionary =
    opts.dictionary === undefined
      ? opts.translator === undefined
        ? apertiumSpanishEnglish
        : null
      : opts.dictionary;
  const defaults = opts.translator === undefined && opts.dictionary === undefined;
  if (opts.threads && !defaults)
    throw new Error(
      'createShopDialogueModel: worker threads run only with the default translator and dictionary',
    );
  const workers = opts.threads ? new DialogueWorkers(opts.threads) : undefined;

  const decide = async (options: LanguageModelV4CallOptions): Promise<EngineResult> => {
    if (options.abortSignal?.aborted) throw abortError(options.abortSignal);
    const offered =
      options.toolChoice?.type === 'none'
        ? new Set<string>()
        : options.tools
          ? new Set(options.tools.filter((t) => t.type === 'function').map((t) => t.name))
          : undefined;
    if (workers)
      return workers.decide({
        prompt: options.prompt,
        vocabulary: opts.vocabulary,
        apertium: true,
        ...(offered ? { tools: offered } : {}),
        ...(opts.defaultLanguage ? { defaultLanguage: opts.defaultLanguage } : {}),
        ...(opts.maxSteps ? { maxSteps: opts.maxSteps } : {}),
        ...(options.abortSignal ? { signal: options.abortSignal } : {}),
      });
    return runEngine({
      prompt: options.prompt,
      vocabulary: opts.vocabulary,
      ...(offered ? { tools: offered } : {}),
      ...(opts.defaultLanguage ? { defaultLanguage: opts.defaultLanguage } : {}),
      ...(opts.maxSteps ? { maxSteps: opts.maxSteps } : {}),
      ...(translator ? { translator } : {}),
      ...(dictionary ? { dictionary } : {}),
      ...(options.abortSignal ? { signal: options.abortSignal } : {}),
    });
  };

  const sleep = async (ms: number | undefined, signal?: AbortSignal) => {
    if (!ms || ms <= 0) return;
    if (!opts.clock) throw new Error('createShopDialogueModel: a clock is required to simulate latency');
    await opts.clock.sleep(ms, signal);
  };

  return {
    specificationVersion: 'v4',
    provider: 'voice-shopper.offline',
    modelId,
    supportedUrls: {},
    decide,
    warmup: async () => workers?.warmup(),
    close: async () => workers?.close(),

    async doGenerate(options): Promise<LanguageModelV4GenerateResult> {
      const r = await decide(options);
      await sleep(opts.firstChunkDelayMs, options.abortSignal);
      const user = lastUserText(options);
      const content: LanguageModelV4Content[] =
        r.action.kind === 'text'
          ? [{ type: 'text', text: r.action.text }]
          : r.action.calls.map((c, k) => ({
              type: 'tool-call',
              toolCallId: callId(r, k, user),
              toolName: c.name,
              input: JSON.stringify(c.input),
            }));
      const text = r.action.kind === 'text' ? r.action.text : JSON.stringify(content);
      return {
        content,
        finishReason: {
          unified: r.action.kind === 'text' ? 'stop' : 'tool-calls',
          raw: r.action.kind === 'text' ? 'stop' : 'tool_calls',
        },
        usage: usageOf(options, text),
        warnings: [],
        response: { id: `${modelId}-${r.turn}-${r.step}`, modelId },
      };
    },

    async doStream(options): Promise<LanguageModelV4StreamResult> {
      const r = await decide(options);
      const signal = options.abortSignal;
      const user = lastUserText(options);
      const parts: LanguageModelV4StreamPart[] = [];
      let output = '';
      if (r.action.kind === 'text') {
        const id = `txt_${r.turn}_${r.step}`;
        parts.push({ type: 'text-start', id });
        for (const delta of chunkText(r.action.text, words)) parts.push({ type: 'text-delta', id, delta });
        parts.push({ type: 'text-end', id });
        output = r.action.text;
      } else {
        r.action.calls.forEach((c, k) => {
          const input = JSON.stringify(c.input);
          parts.push({ type: 'tool-call', toolCallId: callId(r, k, user), toolName: c.name, input });
          output += input;
        });
      }
      const finish: LanguageModelV4StreamPart = {
        type: 'finish',
        usage: usageOf(options, output),
        finishReason: {
          unified: r.action.kind === 'text' ? 'stop' : 'tool-calls',
          raw: r.action.kind === 'text' ? 'stop' : 'tool_calls',
        },
      };
      let cancelled = false;
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        async start(controller) {
          try {
            controller.enqueue({ type: 'stream-start', warnings: [] });
            controller.enqueue({ type: 'response-metadata', id: `${modelId}-${r.turn}-${r.step}`, modelId });
            await sleep(opts.firstChunkDelayMs, signal);
            let first = true;
            for (const p of parts) {
              if (cancelled) return;
              if (signal?.aborted) throw abortError(signal);
              if (p.type === 'text-delta' && !first) await sleep(opts.chunkDelayMs, signal);
              if (p.type === 'text-delta') first = false;
              controller.enqueue(p);
            }
            if (signal?.aborted) throw abortError(signal);
            controller.enqueue(finish);
            controller.close();
          } catch (err) {
            if (!cancelled) controller.error(err);
          }
        },
        cancel() {
          cancelled = true;
        },
      });
      return { stream, request: { body: { engine: 'shop-dialogue', turn: r.turn, step: r.step } } };
    },
  };
}

const depsSchema = z.object({
  vocabulary: z.custom<VocabularySource>((v) => typeof v === 'function', {
    message: 'vocabulary must be a function (language) => CatalogVocabulary',
  }),
  clock: z
    .custom<Clock>((v) => typeof v === 'object' && v !== null && typeof (v as Clock).sleep === 'function')
    .optional(),
});

/**
 * Entry point for the LLM provider registry (LLM_PROVIDER=offline): `deps` are the offline deps
 * the server passes ({vocabulary, clock?}); tuning comes from DIALOGUE_* env vars.
 */
export function createDialogueModel(
  deps: unknown,
  cfg: DialogueEnv = loadDialogueConfig({}),
): ReturnType<typeof createShopDialogueModel> {
  const parsed = depsSchema.safeParse(deps);
  if (!parsed.success)
    throw new Error(
      `The offline dialogue engine needs {vocabulary: (language) => CatalogVocabulary}: ${z.prettifyError(parsed.error)}`,
    );
  return createShopDialogueModel({
    vocabulary: parsed.data.vocabulary,
    clock: parsed.data.clock ?? systemClock,
    firstChunkDelayMs: cfg.DIALOGUE_FIRST_CHUNK_DELAY_MS,
    chunkDelayMs: cfg.DIALOGUE_CHUNK_DELAY_MS,
    wordsPerChunk: cfg.DIALOGUE_WORDS_PER_CHUNK,
    defaultLanguage: cfg.DIALOGUE_DEFAULT_LANGUAGE,
    maxSteps: cfg.DIALOGUE_MAX_STEPS,
    threads: cfg.DIALOGUE_THREADS,
  });
}
