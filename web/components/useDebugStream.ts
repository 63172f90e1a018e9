'use client';
/**
 * The live debug stream of one session from `/ws/debug`, with when each event arrived; it
 * restarts when another session is selected and is closed when none is.
 */
import { useEffect, useRef, useState } from 'react';
import type { DebugEvent } from '../lib/latency';

const MAX_LIVE = 500;

export type DebugStreamState = 'off' | 'connecting' | 'open' | 'closed' | 'denied';

export function useDebugStream(
  selected: string | null,
  token: string | null,
): { live: (DebugEvent & { receivedAt: number })[]; liveState: DebugStreamState } {
  const [live, setLive] = useState<(DebugEvent & { receivedAt: number })[]>([]);
  const [liveState, setLiveState] = useState<DebugStreamState>('off');
  const wsRef = useRef<WebSocket | null>(null);
  useEffect(() => {
    setLive([]);
    if (!selected) {
      setLiveState('off');
      return;
    }
    const url = new URL('/ws/debug', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('session', selected);
    // Browsers cannot set an Authorization header on a WebSocket: the token travels as a query parameter.
    if (token) url.searchParams.set('access_token', token);
    setLiveState('connecting');
    const ws = new WebSocket(url);
    wsRef.current = ws;
    ws.onopen = () => setLiveState('open');
    ws.onclose = (e) => setLiveState(e.code === 4003 ? 'denied' : 'closed');
    ws.onmessage = (m) => {
      try {
        const ev = JSON.parse(String(m.data)) as DebugEvent;
        // `at` is the server's monotonic clock: show when the event arrived instead.
        setLive((list) => [...list, { ...ev, receivedAt: Date.now() }].slice(-MAX_LIVE));
      } catch {
        // not a debug event
      }
    };
    return () => ws.close();
  }, [selected, token]);
  return { live, liveState };
}
