/**
 * Live debug events of every session (STT, LLM, TTS, tools, metrics), fanned out to
 * `/ws/debug` subscribers. Bounded per subscriber so a slow viewer never grows memory.
 */
export interface DebugEvent {
  sessionId: string;
  kind: string;
  at: number;
  data: unknown;
  /** The node the session runs on, on events relayed from another node (many nodes). */
  node?: string;
}

type Listener = (event: DebugEvent) => void;

export class DebugBus {
  #listeners = new Set<{ sessionId?: string; listener: Listener }>();
  /** Told the subscriber count when it changes (the cluster relay watches it). */
  onSubscribers: ((count: number) => void) | undefined;

  publish(event: DebugEvent): void {
    for (const sub of this.#listeners) {
      if (sub.sessionId && sub.sessionId !== event.sessionId) continue;
      try {
        sub.listener(event);
      } catch {
        // a broken subscriber must not affect sessions
      }
    }
  }

  /** Subscribes to all sessions or one; returns the unsubscribe function. */
  subscribe(listener: Listener, sessionId?: string): () => void {
    const sub = { sessionId, listener };
    this.#listeners.add(sub);
    this.onSubscribers?.(this.#listeners.size);
    return () => {
      if (this.#listeners.delete(sub)) this.onSubscribers?.(this.#listeners.size);
    };
  }

  get subscribers(): number {
    return this.#listeners.size;
  }
}
