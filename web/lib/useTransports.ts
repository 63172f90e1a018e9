/**
 * The connections the server offers (GET /api/transports): the ones a browser can start, their
 * labels, and the chosen one — the remembered choice if the server still offers it, else the
 * server's default.
 */
import { useEffect, useMemo, useState } from 'react';
import { api } from './api';
import type { TransportInfo } from './types';

export function useTransports() {
  const [transports, setTransports] = useState<TransportInfo[]>([]);
  /** Until the list arrives (or fails) the microphone waits: a click then would find no transport. */
  const [loading, setLoading] = useState(true);
  /** The chosen transport's kind ('' until the list arrives). */
  const [chosen, setChosen] = useState('');

  useEffect(() => {
    api.transports().then(
      (list) => {
        setTransports(list.transports);
        setLoading(false);
        const stored = window.localStorage.getItem('vs-transport');
        const offered = list.transports.some((tr) => tr.client && tr.kind === stored);
        setChosen(offered && stored ? stored : list.default);
      },
      // Without the list nothing can be started: the microphone button then reports the server unreachable.
      () => setLoading(false),
    );
  }, []);

  const startable = useMemo(() => transports.filter((tr) => tr.client), [transports]);
  const labels = useMemo(() => new Map(transports.map((tr) => [tr.kind, tr.label])), [transports]);
  return {
    startable,
    labels,
    loading,
    chosen,
    choose(kind: string) {
      window.localStorage.setItem('vs-transport', kind);
      setChosen(kind);
    },
  };
}
