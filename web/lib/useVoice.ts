'use client';
/**
 * One conversation with the assistant through @pipecat-ai/client-js: connect (WebSocket or
 * SmallWebRTC, always with WavMediaManager so nothing loads from a CDN), turn states, live
 * captions, a microphone level meter (WavMediaManager reports no levels) and UI events.
 */
import { type BotOutputData, type Participant, PipecatClient, type RTVIMessage } from '@pipecat-ai/client-js';
import { SmallWebRTCTransport } from '@pipecat-ai/small-webrtc-transport';
import { WavMediaManager, WebSocketTransport } from '@pipecat-ai/websocket-transport';
import { useCallback, useEffect, useRef, useState } from 'react';
import { safeParseUiEvent } from '../../src/shop/ui-events.ts';
import { sessionHeaders } from './http';
import { startMicMeter } from './mic-meter';
import type { BrowserClient, Language, TransportInfo, UiEvent } from './types';
import { classify, diagnose, withTimeout } from './voice-errors';
import type { BotSegment, Caption, VoiceError, VoiceState } from './voice-types';

export type { BotSegment, Caption, VoiceError, VoiceErrorKind, VoiceState } from './voice-types';

const CONNECT_TIMEOUT_MS = 20_000;
const MAX_CAPTIONS = 60;

/** The client-js transport of each protocol the server's transports speak (see src/transports/contract.ts). */
const CLIENTS: Record<
  BrowserClient,
  (mediaManager: WavMediaManager) => WebSocketTransport | SmallWebRTCTransport
> = {
  websocket: (mediaManager) => new WebSocketTransport({ mediaManager, recorderSampleRate: 16000 }),
  'small-webrtc': (mediaManager) => new SmallWebRTCTransport({ mediaManager, iceServers: [] }),
};

export interface VoiceOptions {
  language: Language;
  /** The server transport to start (from GET /api/transports); undefined until the list arrived. */
  transport: TransportInfo | undefined;
  onUiEvent(event: UiEvent): void;
}

export function useVoice(opts: VoiceOptions) {
  const [state, setState] = useState<VoiceState>('idle');
  const [muted, setMuted] = useState(false);
  const [captions, setCaptions] = useState<Caption[]>([]);
  const [error, setError] = useState<VoiceError | null>(null);
  const [mics, setMics] = useState<MediaDeviceInfo[]>([]);
  const [micId, setMicId] = useState<string>('');

  const clientRef = useRef<PipecatClient | null>(null);
  const leavingRef = useRef(false);
  const optsRef = useRef(opts);
  optsRef.current = opts;
  const nextId = useRef(1);
  const botTurnOpen = useRef(false);
  const seenSegments = useRef(new Set<string>());
  const meterRef = useRef<HTMLElement | null>(null);
  const meterStop = useRef<(() => void) | null>(null);
  const audioRef = useRef<HTMLAudioElement | null>(null);
  const mutedRef = useRef(false);
  const deviceError = useRef<VoiceError | null>(null);
  const interimTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stateRef = useRef<VoiceState>('idle');
  stateRef.current = state;
  const micIdRef = useRef('');
  micIdRef.current = micId;

  const push = useCallback((update: (list: Caption[]) => Caption[]) => {
    setCaptions((list) => update(list).slice(-MAX_CAPTIONS));
  }, []);

  const addUser = useCallback(
    (text: string, final: boolean, typed = false) => {
      botTurnOpen.current = false;
      push((list) => {
        const last = list[list.length - 1];
        if (last && last.role === 'user' && !last.final && !typed)
          return [...list.slice(0, -1), { ...last, text, final }];
        return [...list, { id: nextId.current++, role: 'user', text, final, typed }];
      });
    },
    [push],
  );

  const onBotOutput = useCallback(
    (d: BotOutputData) => {
      if (!d.text) return;
      if (d.aggregated_by && d.aggregated_by !== 'sentence' && d.spoken_status === undefined) return;
      const key = d.segment_id === undefined ? `t${nextId.current}` : String(d.segment_id);
      const progress = d.spoken_progress;
      if (d.spoken_status === 'in-progress' && progress) {
        // The shopper cut this sentence off: keep what was said, strike what was not.
        push((list) =>
          list.map((c) =>
            c.segments?.some((g) => g.key === key)
              ? {
                  ...c,
                  interrupted: true,
                  segments: c.segments.map((g) =>
                    g.key === key
                      ? { ...g, spoken: progress.accumulated_text, unspoken: progress.remaining_text }
                      : g,
                  ),
                }
              : c,
          ),
        );
        return;
      }
      if (d.spoken_status === 'completed' || seenSegments.current.has(key)) return;
      seenSegments.current.add(key);
      const segment: BotSegment = { key, text: d.text };
      const open = botTurnOpen.current;
      botTurnOpen.current = true;
      push((list) => {
        const last = list[list.length - 1];
        if (!open || last?.role !== 'bot') {
          return [
            ...list,
            { id: nextId.current++, role: 'bot', text: d.text, final: true, segments: [segment] },
          ];
        }
        const segments = [...(last.segments ?? []), segment];
        return [...list.slice(0, -1), { ...last, segments, text: segments.map((g) => g.text).join(' ') }];
      });
    },
    [push],
  );

  const stopMeter = useCallback(() => {
    meterStop.current?.();
    meterStop.current = null;
    const el = meterRef.current;
    if (el) {
      el.style.setProperty('--level', '0');
      el.dataset.level = '0';
    }
  }, []);

  const startMeter = useCallback(
    (track: MediaStreamTrack) => {
      stopMeter();
      meterStop.current = startMicMeter(track, {
        element: () => meterRef.current,
        muted: () => mutedRef.current,
      });
    },
    [stopMeter],
  );

  const cleanup = useCallback(() => {
    stopMeter();
    clientRef.current = null;
    botTurnOpen.current = false;
    seenSegments.current.clear();
    if (audioRef.current) audioRef.current.srcObject = null;
    setMuted(false);
    mutedRef.current = false;
    setState('idle');
  }, [stopMeter]);

  const connect = useCallback(async (): Promise<boolean> => {
    if (clientRef.current) return true;
    leavingRef.current = false;
    deviceError.current = null;
    setError(null);
    setState('connecting');
    const { transport: chosen, language } = optsRef.current;
    if (!chosen?.client) {
      setError({ kind: 'unreachable' });
      setState('idle');
      return false;
    }
    const kind = chosen.kind;
    const transport = CLIENTS[chosen.client](new WavMediaManager(512, 16000));
    const client = new PipecatClient({
      transport,
      enableMic: true,
      enableCam: false,
      callbacks: {
        onBotReady: () => setState('listening'),
        onUserStartedSpeaking: () => {
          // Barge-in: the sentence being spoken is cut off (the server may refine it with spoken progress).
          if (stateRef.current === 'botSpeaking') {
            push((list) => {
              let i = list.length - 1;
              while (i >= 0 && list[i]?.role !== 'bot') i--;
              if (i < 0 || list[i]?.interrupted) return list;
              return list.map((c, j) => (j === i ? { ...c, interrupted: true } : c));
            });
          }
          clearTimeout(interimTimer.current);
          setState('userSpeaking');
          botTurnOpen.current = false;
        },
        onUserStoppedSpeaking: () => {
          setState('thinking');
          // An interim caption the recogniser never finalised was not understood: do not leave it up.
          clearTimeout(interimTimer.current);
          interimTimer.current = setTimeout(() => {
            push((list) => {
              const last = list[list.length - 1];
              return last?.role === 'user' && !last.final ? list.slice(0, -1) : list;
            });
          }, 3000);
        },
        onBotLlmStarted: () => setState((s) => (s === 'userSpeaking' ? s : 'thinking')),
        onBotStartedSpeaking: () => setState('botSpeaking'),
        onBotStoppedSpeaking: () => setState((s) => (s === 'botSpeaking' ? 'listening' : s)),
        onUserTranscript: (d) => {
          if (d.text.trim()) addUser(d.text, d.final);
        },
        onBotOutput,
        onServerMessage: (data: unknown) => {
          // Validated with the server's own schema: a malformed event is reported, never rendered.
          const parsed = safeParseUiEvent(data);
          if ('event' in parsed) optsRef.current.onUiEvent(parsed.event);
          else
            console.warn(`[voice] ignored a server message that is not a valid UI event:\n${parsed.error}`);
        },
        onAvailableMicsUpdated: (list) => setMics(list.filter((m) => m.deviceId)),
        onMicUpdated: (mic) => setMicId(mic.deviceId ?? ''),
        onTrackStarted: (track: MediaStreamTrack, participant?: Participant) => {
          if (track.kind !== 'audio') return;
          if (participant?.local) startMeter(track);
          else if (audioRef.current) {
            audioRef.current.srcObject = new MediaStream([track]);
            void audioRef.current.play().catch(() => undefined);
          }
        },
        onDeviceError: (e) => {
          deviceError.current = classify(e);
          setError(deviceError.current);
        },
        onError: (message: RTVIMessage) => {
          const data = message.data as { fatal?: boolean; message?: string; error?: string } | undefined;
          if (data?.fatal && !leavingRef.current)
            setError({ kind: 'ended', detail: data.message ?? data.error });
        },
        onDisconnected: () => {
          if (!leavingRef.current && clientRef.current === client) setError((e) => e ?? { kind: 'ended' });
          if (clientRef.current === client) cleanup();
        },
      },
    });
    clientRef.current = client;
    try {
      await client.initDevices();
      const wanted = micIdRef.current;
      if (wanted) client.updateMic(wanted);
      await withTimeout(
        client.startBotAndConnect({
          endpoint: `${window.location.origin}/start`,
          // A Clerk session's token: /start then answers a session token for the socket.
          headers: new Headers(await sessionHeaders()),
          requestData: { transport: kind, language },
        }),
        CONNECT_TIMEOUT_MS,
      );
      if (clientRef.current !== client) return false;
      setState('listening');
      if (!meterStop.current) {
        const local = client.tracks().local.audio;
        if (local) startMeter(local);
      }
      return true;
    } catch (err) {
      leavingRef.current = true;
      setError(deviceError.current ?? (await diagnose(err)));
      void client.disconnect().catch(() => undefined);
      if (clientRef.current === client) cleanup();
      return false;
    }
  }, [addUser, onBotOutput, startMeter, cleanup, push]);

  const disconnect = useCallback(async () => {
    const client = clientRef.current;
    leavingRef.current = true;
    if (!client) return;
    cleanup();
    await client.disconnect().catch(() => undefined);
  }, [cleanup]);

  const toggleMute = useCallback(() => {
    const client = clientRef.current;
    if (!client) return;
    const next = !mutedRef.current;
    client.enableMic(!next);
    mutedRef.current = next;
    setMuted(next);
  }, []);

  const sendText = useCallback(
    async (text: string): Promise<boolean> => {
      const content = text.trim();
      if (!content) return false;
      if (!clientRef.current && !(await connect())) return false;
      const client = clientRef.current;
      if (!client) return false;
      addUser(content, true, true);
      setState('thinking');
      try {
        await client.sendText(content);
        return true;
      } catch (err) {
        setError(classify(err));
        return false;
      }
    },
    [addUser, connect],
  );

  /** Forgets the shown conversation (a new identity must not see the previous one's captions). */
  const clearConversation = useCallback(() => {
    clearTimeout(interimTimer.current);
    botTurnOpen.current = false;
    seenSegments.current.clear();
    setCaptions([]);
    setError(null);
  }, []);

  const selectMic = useCallback((id: string) => {
    setMicId(id);
    if (clientRef.current && id) clientRef.current.updateMic(id);
  }, []);

  // Microphones can be listed (labels appear once permission was given) before any session.
  useEffect(() => {
    const md = typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined;
    if (!md?.enumerateDevices) return;
    const refresh = () =>
      md
        .enumerateDevices()
        .then((all) => {
          const inputs = all.filter((d) => d.kind === 'audioinput' && d.deviceId);
          if (inputs.length > 0) setMics(inputs);
        })
        .catch(() => undefined);
    void refresh();
    md.addEventListener?.('devicechange', refresh);
    return () => md.removeEventListener?.('devicechange', refresh);
  }, []);

  useEffect(
    () => () => {
      leavingRef.current = true;
      const c = clientRef.current;
      clientRef.current = null;
      void c?.disconnect().catch(() => undefined);
      meterStop.current?.();
    },
    [],
  );

  return {
    state,
    muted,
    connected: state !== 'idle' && state !== 'connecting',
    captions,
    error,
    clearError: () => setError(null),
    clearConversation,
    mics,
    micId,
    selectMic,
    connect,
    disconnect,
    toggleMute,
    sendText,
    meterRef,
    audioRef,
  };
}

export type Voice = ReturnType<typeof useVoice>;
