'use client';
/** The screen's one toast: the latest confirmation or error, gone after a few seconds. */
import { useCallback, useRef, useState } from 'react';

export type Tone = 'ok' | 'error';

export function useToast() {
  const [toast, setToast] = useState<{ text: string; tone: Tone } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const notify = useCallback((text: string, tone: Tone = 'ok') => {
    clearTimeout(timer.current);
    setToast({ text, tone });
    timer.current = setTimeout(() => setToast(null), 4500);
  }, []);
  const element = (
    <div className="toast-region" aria-live="polite">
      {toast ? (
        <p
          className={`toast toast--${toast.tone}`}
          role={toast.tone === 'error' ? 'alert' : 'status'}
          data-testid="toast"
        >
          {toast.text}
        </p>
      ) : null}
    </div>
  );
  return { notify, element };
}
