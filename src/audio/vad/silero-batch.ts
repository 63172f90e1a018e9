/**
 * How a batch meets the Silero worker (see silero-worker.ts): every stream's windows back to
 * back and their states interleaved as [2, B, 128], in shared buffers that are allocated once,
 * grown when a batch needs more, and reused, since only one batch is in flight at a time.
 */
import { STATE_SIZE } from './silero-format.ts';

export interface SharedBuffers {
  input: Float32Array<SharedArrayBuffer>;
  state: Float32Array<SharedArrayBuffer>;
  probs: Float32Array<SharedArrayBuffer>;
}

/** One stream's part of a batch: its windows (context + window each) and its state before them. */
export interface BatchEntry {
  input: Float32Array;
  state: Float32Array;
}

function sharedFloats(n: number): Float32Array<SharedArrayBuffer> {
  return new Float32Array(new SharedArrayBuffer(n * Float32Array.BYTES_PER_ELEMENT));
}

export class SharedBatchBuffers {
  readonly #maxBatch: number;
  #shared: SharedBuffers | undefined;

  constructor(maxBatch: number) {
    this.#maxBatch = maxBatch;
  }

  /** The shared buffers, grown (to at least twice their size) when a batch needs more. */
  sizedFor(inputFloats: number, stateFloats: number, probs: number): SharedBuffers {
    let shared = this.#shared;
    if (
      !shared ||
      shared.input.length < inputFloats ||
      shared.state.length < stateFloats ||
      shared.probs.length < probs
    ) {
      const frames = Math.max(probs, this.#maxBatch, 2 * (shared?.probs.length ?? 0));
      const len = inputFloats / probs;
      shared = {
        input: sharedFloats(frames * len),
        state: sharedFloats(Math.max(stateFloats, this.#maxBatch * STATE_SIZE)),
        probs: sharedFloats(frames),
      };
      this.#shared = shared;
    }
    return shared;
  }
}

/** Copies every entry's windows back to back into `input` and its state into the [2, B, 128] `state`. */
export function packBatch(entries: readonly BatchEntry[], input: Float32Array, state: Float32Array): void {
  const b = entries.length;
  let at = 0;
  for (let i = 0; i < b; i++) {
    const entry = entries[i]!;
    input.set(entry.input, at);
    at += entry.input.length;
    // [2, B, 128]: h of entry i at i, c at B + i (plain loops: no subarray view per copy).
    const s = entry.state;
    const h = i * 128;
    const c = (b + i) * 128;
    for (let j = 0; j < 128; j++) {
      state[h + j] = s[j]!;
      state[c + j] = s[128 + j]!;
    }
  }
}

/** Entry `i`'s state out of a batch of `b` in [2, B, 128], in a buffer of its own. */
export function unpackState(state: Float32Array, b: number, i: number): Float32Array {
  const next = new Float32Array(STATE_SIZE);
  const h = i * 128;
  const c = (b + i) * 128;
  for (let j = 0; j < 128; j++) {
    next[j] = state[h + j]!;
    next[128 + j] = state[c + j]!;
  }
  return next;
}
