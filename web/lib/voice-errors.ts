/** What went wrong with a voice connection, in the kinds the UI explains to the shopper. */
import type { VoiceError } from './voice-types';

export class ConnectTimeout extends Error {}

export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new ConnectTimeout('connect timed out')), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

export function classify(err: unknown): VoiceError {
  const e = err as { name?: string; message?: string; status?: number; type?: string } | undefined;
  const name = e?.name ?? '';
  const msg = e?.message ?? String(err);
  if (err instanceof ConnectTimeout) return { kind: 'timeout' };
  if (e?.type === 'permissions' || name === 'NotAllowedError' || /permission|denied|notallowed/i.test(msg))
    return { kind: 'micDenied' };
  if (e?.type === 'not-found' || name === 'NotFoundError' || /requested device not found/i.test(msg))
    return { kind: 'micMissing' };
  if (e?.status === 429) return { kind: 'busy', detail: msg };
  if (name === 'TransportStartError' || /offer rejected|ice|peer connection/i.test(msg))
    return { kind: 'transport', detail: msg };
  if (name === 'TypeError' || /failed to fetch|networkerror|load failed|unreachable/i.test(msg))
    return { kind: 'unreachable' };
  if (e?.status && e.status >= 500) return { kind: 'unreachable' };
  return { kind: 'generic', detail: msg };
}

/**
 * A failed connect whose real cause was the microphone surfaces as a transport error
 * ("Session ended: please call .begin() first"); only then is the microphone asked directly.
 */
export async function diagnose(err: unknown): Promise<VoiceError> {
  const first = classify(err);
  if (first.kind !== 'generic' || !/begin\(\)|media|device|microphone/i.test(first.detail ?? ''))
    return first;
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    for (const track of stream.getTracks()) track.stop();
    return first;
  } catch (micErr) {
    const mic = classify(micErr);
    return mic.kind === 'micDenied' || mic.kind === 'micMissing' ? mic : first;
  }
}
