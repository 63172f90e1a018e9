/**
 * Delivery half shared by the WebSocket TTS providers (ElevenLabs, Cartesia): a provider
 * starts one synthesis on a socket and feeds decoded PCM into a queue; this module runs the
 * start through `ServiceBase.run` up to the first audio (so 429/5xx/network failures before
 * any sound are retried by the one policy, and TTFB is measured), then yields the rest
 * resampled to the caller's rate. Aborting or stopping early cancels the provider stream at
 * once, and no chunk is yielded after the signal fired. Once audio has been handed on a
 * failure ends the sentence with a ServiceError instead of repeating words.
 */
import { Resampler } from '../../audio/resampler.ts';
import type { Clock } from '../../pipeline/clock.ts';
import { type RunContext, ServiceError } from '../service-base.ts';
import type { AsyncQueue } from './async-queue.ts';

/** One synthesis in flight on a provider socket. */
export interface WsSynthesis {
  /** Mono PCM16 at the provider's native rate; ends when the provider says done, fails on error. */
  readonly audio: AsyncQueue<Int16Array>;
  /** Stops the provider stream (cancel message or socket teardown). Idempotent. */
  cancel(): void;
}

export type RunFn = <T>(
  fn: (signal: AbortSignal, ctx: RunContext) => Promise<T>,
  signal?: AbortSignal,
) => Promise<T>;

export interface DeliverOptions {
  provider: string;
  run: RunFn;
  clock: Clock;
  /** Starts one attempt (a fresh synthesis); must honour `signal`. */
  start: (signal: AbortSignal) => Promise<WsSynthesis>;
  nativeRate: number;
  sampleRate: number;
  signal?: AbortSignal | undefined;
  /** Longest silence between chunks once audio flows. */
  stallMs: number;
}

interface Started {
  syn: WsSynthesis;
  first: IteratorResult<Int16Array, undefined>;
}

export async function* deliverSpeech(o: DeliverOptions): AsyncGenerator<Int16Array, void, undefined> {
  const aborted = () =>
    new ServiceError(`${o.provider} speech aborted`, {
      kind: 'aborted',
      provider: o.provider,
      cause: o.signal?.reason,
    });
  const { syn, first } = await o.run(async (signal): Promise<Started> => {
    const syn = await o.start(signal);
    const onAbort = () => syn.cancel();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const first = await syn.audio.next();
      return { syn, first };
    } catch (err) {
      syn.cancel();
      throw err;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }, o.signal);

  const resampler = o.nativeRate === o.sampleRate ? undefined : new Resampler(o.nativeRate, o.sampleRate);
  const onAbort = () => {
    syn.cancel();
    syn.audio.fail(aborted());
  };
  o.signal?.addEventListener('abort', onAbort, { once: true });
  let stall = o.clock.setTimer(() => stalled(), o.stallMs);
  function stalled() {
    syn.cancel();
    syn.audio.fail(
      new ServiceError(`${o.provider} stalled for ${o.stallMs} ms mid-sentence`, {
        kind: 'timeout',
        provider: o.provider,
      }),
    );
  }
  try {
    let step = first;
    while (!step.done) {
      const out = resampler ? resampler.process(step.value) : step.value;
      if (o.signal?.aborted) throw aborted();
      if (out.length > 0) yield out;
      step = await syn.audio.next();
      stall.cancel();
      stall = o.clock.setTimer(() => stalled(), o.stallMs);
    }
    const tail = resampler?.flush();
    if (o.signal?.aborted) throw aborted();
    if (tail && tail.length > 0) yield tail;
  } catch (err) {
    if (o.signal?.aborted) throw aborted();
    throw err;
  } finally {
    stall.cancel();
    o.signal?.removeEventListener('abort', onAbort);
    // Reached too when the consumer stops early (an interruption): stop the provider.
    syn.cancel();
  }
}

/** The provider's nearest supported rate at or above `rate` (resampled down from there). */
export function pickNativeRate(rate: number, supported: readonly number[]): number {
  if (supported.includes(rate)) return rate;
  return supported.find((r) => r >= rate) ?? (supported[supported.length - 1] as number);
}

/** Provider voice ids never contain ':' (that is the offline `engine:voice` form). */
export function providerVoice(
  requested: string | undefined,
  language: string | undefined,
  voices: { en: string; es: string },
  fallback: string,
): string {
  if (requested && !requested.includes(':')) return requested;
  const lang = language?.trim().toLowerCase().split(/[-_]/)[0];
  const configured = lang === 'es' ? voices.es : voices.en;
  return configured.includes(':') ? fallback : configured;
}
