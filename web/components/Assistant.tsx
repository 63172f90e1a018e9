'use client';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type Strings, SUGGESTIONS } from '../lib/i18n';
import type { Language, TransportInfo } from '../lib/types';
import type { Voice, VoiceErrorKind, VoiceState } from '../lib/useVoice';

const STATE_LABEL: Record<VoiceState | 'muted', keyof Strings> = {
  idle: 'stateIdle',
  connecting: 'stateConnecting',
  listening: 'stateListening',
  userSpeaking: 'stateUserSpeaking',
  thinking: 'stateThinking',
  botSpeaking: 'stateBotSpeaking',
  muted: 'stateMuted',
};

const ERROR_TEXT: Record<VoiceErrorKind, keyof Strings> = {
  micDenied: 'errMicDenied',
  micMissing: 'errMicMissing',
  unreachable: 'errUnreachable',
  transport: 'errTransport',
  timeout: 'errTimeout',
  ended: 'errEnded',
  busy: 'errBusy',
  generic: 'errGeneric',
};

function MicIcon({ off }: { off?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 14a3 3 0 0 0 3-3V5a3 3 0 1 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2Z"
      />
      {off ? <path d="M4 4l16 16" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" /> : null}
    </svg>
  );
}

export function Assistant(props: {
  t: Strings;
  lang: Language;
  voice: Voice;
  /** The transports a browser can start (GET /api/transports). */
  transports: TransportInfo[];
  /** The transport list is still on its way: the microphone is disabled until it arrives. */
  transportsLoading?: boolean;
  transport: string;
  onTransport(kind: string): void;
}) {
  const { t, voice, transport } = props;
  const [draft, setDraft] = useState('');
  const logRef = useRef<HTMLOListElement>(null);
  const shown: VoiceState | 'muted' = voice.muted && voice.connected ? 'muted' : voice.state;
  const busy = voice.state === 'connecting' || (!voice.connected && props.transportsLoading === true);

  useEffect(() => {
    const el = logRef.current;
    if (el && voice.captions.length > 0) el.scrollTop = el.scrollHeight;
  }, [voice.captions]);

  const onMic = () => {
    if (!voice.connected && !busy) void voice.connect();
    else if (voice.connected) voice.toggleMute();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = draft.trim();
    if (!text) return;
    setDraft('');
    const ok = await voice.sendText(text);
    if (!ok) setDraft(text);
  };

  const micLabel = !voice.connected ? t.micStart : voice.muted ? t.micUnmute : t.micMute;

  return (
    <section className="panel assistant" aria-labelledby="assistant-title">
      <h2 id="assistant-title" className="visually-hidden">
        {t.assistant}
      </h2>
      <div className="assistant__stage" data-state={shown}>
        <button
          type="button"
          className="mic"
          data-state={shown}
          onClick={onMic}
          disabled={busy}
          aria-label={micLabel}
          aria-pressed={voice.connected ? !voice.muted : undefined}
          data-testid="mic-button"
        >
          <span className="mic__ring" aria-hidden="true" />
          <MicIcon off={voice.muted && voice.connected} />
        </button>
        <p className="assistant__state" aria-live="polite" data-testid="voice-state" data-state={shown}>
          {t[STATE_LABEL[shown]]}
        </p>
        {/* biome-ignore lint/a11y/useSemanticElements: a styled live level bar; <meter> cannot be animated by a CSS variable */}
        <div
          className="meter"
          ref={(el) => {
            voice.meterRef.current = el;
          }}
          role="meter"
          aria-label={t.level}
          aria-valuemin={0}
          aria-valuemax={1}
          aria-valuenow={0}
          data-testid="level-meter"
        >
          <span className="meter__bar" />
        </div>
        {voice.connected ? (
          <button type="button" className="btn btn--ghost btn--small" onClick={() => void voice.disconnect()}>
            {t.endConversation}
          </button>
        ) : null}
      </div>

      {voice.error ? (
        <div className="alert" role="alert" data-testid="voice-error" data-kind={voice.error.kind}>
          <p>
            {t[ERROR_TEXT[voice.error.kind]]}
            {voice.error.kind === 'generic' && voice.error.detail ? `: ${voice.error.detail}` : ''}
          </p>
          <button type="button" className="alert__close" onClick={voice.clearError} aria-label={t.dismiss}>
            ×
          </button>
        </div>
      ) : null}

      <h3 className="panel__title">{t.captions}</h3>
      <ol className="captions" ref={logRef} role="log" aria-live="polite" data-testid="captions">
        {voice.captions.length === 0 ? (
          <li className="captions__empty">
            <p>{t.captionsEmpty}</p>
            <p className="suggest__title">{t.tryTitle}</p>
            <div className="suggest">
              {SUGGESTIONS[props.lang].map((s) => (
                <button
                  key={s}
                  type="button"
                  className="suggest__chip"
                  onClick={() => void voice.sendText(s)}
                >
                  “{s}”
                </button>
              ))}
            </div>
          </li>
        ) : null}
        {voice.captions.map((c) => (
          <li
            key={c.id}
            className={`caption caption--${c.role}${c.final ? '' : ' caption--interim'}`}
            data-role={c.role}
            data-final={c.final}
            data-interrupted={c.interrupted ? 'true' : undefined}
          >
            <span className="caption__who">{c.role === 'user' ? t.you : t.bot}</span>
            <span className="caption__text">
              {c.segments
                ? c.segments.map((g, i) => (
                    <span key={g.key}>
                      {i > 0 ? ' ' : ''}
                      {g.spoken === undefined ? (
                        g.text
                      ) : (
                        <>
                          {g.spoken}
                          <span className="caption__unspoken"> {g.unspoken}</span>
                        </>
                      )}
                    </span>
                  ))
                : c.text}
              {c.interrupted ? <span className="caption__tag">{t.interrupted}</span> : null}
            </span>
          </li>
        ))}
      </ol>

      <form className="composer" onSubmit={submit}>
        <label htmlFor="composer-input" className="visually-hidden">
          {t.typePlaceholder}
        </label>
        <input
          id="composer-input"
          className="input"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t.typePlaceholder}
          autoComplete="off"
          maxLength={500}
          data-testid="composer-input"
        />
        <button type="submit" className="btn btn--primary" aria-label={t.sendLabel} disabled={!draft.trim()}>
          {t.send}
        </button>
      </form>

      <div className="settings">
        <label className="field">
          <span className="field__label">{t.transport}</span>
          <select
            className="select"
            value={transport}
            disabled={voice.connected || busy}
            onChange={(e) => props.onTransport(e.target.value)}
            data-testid="transport-select"
          >
            {props.transports.map((tr) => (
              <option key={tr.kind} value={tr.kind}>
                {tr.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t.microphone}</span>
          <select
            className="select"
            value={voice.micId}
            onChange={(e) => voice.selectMic(e.target.value)}
            data-testid="mic-select"
          >
            <option value="">{t.defaultMic}</option>
            {voice.mics.map((m, i) => (
              <option key={m.deviceId} value={m.deviceId}>
                {m.label || `${t.microphone} ${i + 1}`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <audio ref={voice.audioRef} autoPlay data-testid="bot-audio">
        <track kind="captions" />
      </audio>
    </section>
  );
}
