/**
 * The safety guard in a session's pipeline (issue 15):
 *
 *   … turn → SafetyInput → LLM → SafetyOutput → recorder → TTS …
 *
 * SafetyInput checks what the shopper said (final transcripts, typed turns, context appends)
 * before the LLM or the offline engine: the redacted text goes on; a blocked turn never reaches
 * the model, the redirect is spoken instead and an incident stored. SafetyOutput checks what the
 * assistant is about to say, sentence by sentence, before TTS and the recorder: sensitive numbers
 * redacted, a blocked sentence replaced by the redirect and the rest of that reply dropped.
 * EmergencyStop (placed before RTVI) ends the session at once on the RTVI client message
 * `{type: 'client-message', data: {t: 'emergency-stop'}}`.
 */
import type { Finding, GuardDirection, SafetyGuard, Verdict } from '../../agents/safety/guard.ts';
import type { IncidentsRepository } from '../../agents/safety/incidents.ts';
import { redactText } from '../../agents/safety/redact.ts';
import type { SafetySettings } from '../../agents/safety/settings.ts';
import { childLogger } from '../../log/logger.ts';
import {
  type Direction,
  type Frame,
  FrameProcessor,
  type FrameProcessorOptions,
  type FrameType,
  INPUT_AUDIO_ONLY,
  isFrame,
} from '../../pipeline/index.ts';
import { parseClientMessage } from '../../rtvi/messages.ts';
import type { ConversationRecorder } from '../../store/recorder.ts';

const log = childLogger({ component: 'safety' });

/** A frame's payload, to re-create it with other text (a frame's header belongs to its creator). */
function withoutHeader<F extends Frame>(frame: F): Omit<F, 'id' | 'name' | 'ts' | 'type'> {
  const { id: _id, name: _name, ts: _ts, type: _type, ...payload } = frame;
  return payload;
}

/** What every session's guard is built from (shared, long-lived). */
export interface SessionSafety {
  guard: SafetyGuard;
  /** The session profile's settings (today: the default profile's, from configuration). */
  settings: SafetySettings;
  incidents: IncidentsRepository;
}

export interface SafetyProcessorOptions extends FrameProcessorOptions {
  safety: SessionSafety;
  sessionId: string;
  userId: string | null;
  language: 'en' | 'es';
  recorder: ConversationRecorder;
}

/** The shared part: verdicts, incidents, the redirect in the shopper's language. */
abstract class SafetyStage extends FrameProcessor {
  protected override readonly passThrough = INPUT_AUDIO_ONLY;
  protected readonly opts: SafetyProcessorOptions;

  constructor(opts: SafetyProcessorOptions) {
    super(opts);
    this.opts = opts;
  }

  protected redirect(language?: string): string {
    const lang = language?.toLowerCase().startsWith('es') ? 'es' : language ? 'en' : this.opts.language;
    return this.opts.safety.settings.redirect[lang];
  }

  protected async record(verdict: Verdict, direction: GuardDirection, language?: string): Promise<void> {
    const blockedBy = verdict.blockedBy as Finding;
    log.info({ sessionId: this.opts.sessionId, direction, rule: blockedBy.rule }, 'safety guard blocked');
    try {
      await this.opts.safety.incidents.record({
        sessionId: this.opts.sessionId,
        userId: this.opts.userId,
        direction,
        level: this.opts.safety.settings.level,
        kind: blockedBy.kind,
        rule: blockedBy.rule,
        action: 'blocked',
        text: verdict.text,
        language: language ?? this.opts.language,
      });
    } catch (err) {
      // The conversation goes on safely (the text was blocked); only the audit row is missing.
      log.warn({ err, sessionId: this.opts.sessionId }, 'storing a safety incident failed');
    }
  }

  protected noteModeration(verdict: Verdict): void {
    if (verdict.moderationError)
      log.warn(
        { sessionId: this.opts.sessionId, error: verdict.moderationError },
        'moderation unavailable; local checks applied',
      );
  }
}

export class SafetyInputProcessor extends SafetyStage {
  /** What the shopper said or typed comes out redacted (or not at all): observers show that. */
  override readonly rewrites: ReadonlySet<FrameType> = new Set<FrameType>([
    'transcription',
    'llm-run',
    'context-append',
  ]);
  constructor(opts: SafetyProcessorOptions) {
    super({ ...opts, name: opts.name ?? 'safety-in' });
  }

  protected override async process(frame: Frame, direction: Direction): Promise<void> {
    if (direction !== 'downstream') return this.push(frame, direction);
    if (isFrame(frame, 'transcription') && frame.final) {
      const verdict = await this.#check(frame.text, frame.language);
      if (verdict.action === 'block') return this.#refuse(verdict, frame.language, 'voice');
      const alternatives = frame.alternatives?.map((a) => ({
        ...a,
        text: this.#redact(a.text, frame.language),
      }));
      // Unchanged, the transcript goes on as the same frame: observers report a frame once by its
      // id, and a copy made them show and record the shopper's words twice.
      if (
        verdict.text === frame.text &&
        alternatives?.every((a, i) => a.text === frame.alternatives?.[i]?.text) !== false
      )
        return this.push(frame, direction);
      return this.push(
        this.createFrame('transcription', {
          ...withoutHeader(frame),
          text: verdict.text,
          ...(alternatives ? { alternatives } : {}),
        }),
      );
    }
    if (isFrame(frame, 'llm-run')) {
      const verdict = await this.#check(frame.text);
      if (verdict.action === 'block')
        return this.#refuse(verdict, undefined, 'typed', true, frame.audioResponse);
      return this.push(this.createFrame('llm-run', { ...withoutHeader(frame), text: verdict.text }));
    }
    if (isFrame(frame, 'context-append')) {
      const verdict = await this.#check(frame.text);
      if (verdict.action === 'block') return this.#refuse(verdict, undefined, 'typed', false);
      return this.push(this.createFrame('context-append', { ...withoutHeader(frame), text: verdict.text }));
    }
    this.push(frame, direction);
  }

  async #check(text: string, language?: string): Promise<Verdict> {
    const verdict = await this.opts.safety.guard.check(text, {
      settings: this.opts.safety.settings,
      direction: 'input',
      language: language ?? this.opts.language,
      signal: this.signal,
    });
    this.noteModeration(verdict);
    return verdict;
  }

  /** Redaction alone (what the guard's verdict text is): the other hypotheses are not judged. */
  #redact(text: string, language?: string): string {
    return redactText(text, language ?? this.opts.language);
  }

  /** The turn stops here: recorded (redacted, marked blocked), the incident stored, the redirect spoken. */
  async #refuse(
    verdict: Verdict,
    language: string | undefined,
    source: string,
    reply = true,
    audioResponse = true,
  ): Promise<void> {
    await this.record(verdict, 'input', language);
    try {
      await this.opts.recorder.append(this.opts.sessionId, 'user_transcript', {
        text: verdict.text,
        source,
        blocked: verdict.blockedBy?.rule,
      });
    } catch (err) {
      this.pushError(err);
    }
    // A turn typed to be answered on screen gets its redirect on screen too.
    if (reply) this.push(this.createFrame('tts-speak', { text: this.redirect(language), audioResponse }));
  }
}

/** A sentence ends at . ! ? … followed by white space (the split keeps the white space). */
const BOUNDARY = /[.!?…。！？]+["')\]]*\s+/g;

export class SafetyOutputProcessor extends SafetyStage {
  /** Chunks become checked sentences; a reply's start and end pass only after its text. */
  override readonly rewrites: ReadonlySet<FrameType> = new Set<FrameType>([
    'llm-text',
    'llm-response-start',
    'llm-response-end',
    'tts-speak',
  ]);
  #buffer = '';
  /** The current reply tripped the guard: the rest of it is dropped. */
  #blocked = false;

  constructor(opts: SafetyProcessorOptions) {
    super({ ...opts, name: opts.name ?? 'safety-out' });
  }

  protected override onInterruption(): void {
    this.#buffer = '';
    this.#blocked = false;
  }

  protected override async process(frame: Frame, direction: Direction): Promise<void> {
    if (direction !== 'downstream') return this.push(frame, direction);
    switch (frame.type) {
      case 'llm-response-start':
        this.#buffer = '';
        this.#blocked = false;
        break;
      case 'llm-text': {
        if (this.#blocked) return;
        this.#buffer += frame.text;
        let end = 0;
        for (const m of this.#buffer.matchAll(BOUNDARY)) end = m.index + m[0].length;
        if (end === 0) return;
        const ready = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end);
        return this.#emit(ready);
      }
      case 'llm-response-end':
        if (!this.#blocked && this.#buffer) await this.#emit(this.#buffer);
        this.#buffer = '';
        this.#blocked = false;
        break;
      case 'tts-speak': {
        const verdict = this.#check(frame.text);
        if (verdict.action === 'block') {
          await this.record(verdict, 'output');
          return this.push(this.createFrame('tts-speak', { ...withoutHeader(frame), text: this.redirect() }));
        }
        if (verdict.text !== frame.text)
          return this.push(this.createFrame('tts-speak', { ...withoutHeader(frame), text: verdict.text }));
        break;
      }
    }
    this.push(frame, direction);
  }

  /** Local checks only: a provider round trip per sentence would delay every reply. */
  #check(text: string): Verdict {
    return this.opts.safety.guard.checkLocal(text, {
      settings: this.opts.safety.settings,
      direction: 'output',
      language: this.opts.language,
    });
  }

  async #emit(text: string): Promise<void> {
    const verdict = this.#check(text);
    if (verdict.action === 'block') {
      this.#blocked = true;
      await this.record(verdict, 'output');
      this.push(this.createFrame('llm-text', { text: this.redirect() }));
      return;
    }
    this.push(this.createFrame('llm-text', { text: verdict.text }));
  }
}

export interface EmergencyStopOptions extends FrameProcessorOptions {
  /** Records the stop (incident); the processor then cancels the task. */
  onStop(reason: string): Promise<void>;
}

/** The RTVI client message type a client or device sends to stop the session at once. */
export const EMERGENCY_STOP_MESSAGE = 'emergency-stop';

export class EmergencyStopProcessor extends FrameProcessor {
  protected override readonly passThrough = INPUT_AUDIO_ONLY;
  readonly #onStop: (reason: string) => Promise<void>;
  #stopping = false;

  constructor(opts: EmergencyStopOptions) {
    super({ ...opts, name: opts.name ?? 'emergency-stop' });
    this.#onStop = opts.onStop;
  }

  protected override async process(frame: Frame, direction: Direction): Promise<void> {
    if (direction === 'downstream' && isFrame(frame, 'input-transport-message')) {
      const parsed = parseClientMessage(frame.message);
      if (
        parsed.ok &&
        parsed.message.type === 'client-message' &&
        parsed.message.data.t === EMERGENCY_STOP_MESSAGE
      ) {
        if (this.#stopping) return;
        this.#stopping = true;
        const d = parsed.message.data.d;
        const given = d && typeof d === 'object' ? (d as { reason?: unknown }).reason : undefined;
        const reason = `emergency stop (client)${typeof given === 'string' && given.trim() ? `: ${given.trim().slice(0, 200)}` : ''}`;
        await this.#onStop(reason).catch((err: unknown) =>
          log.warn({ err }, 'recording an emergency stop failed'),
        );
        this.requestCancel(reason);
        return;
      }
    }
    this.push(frame, direction);
  }
}

/** An emergency stop is an incident of its own (who asked, when, which session). */
export async function recordEmergencyStop(
  safety: SessionSafety,
  session: { id: string; userId: string | null; language?: string | null },
  reason: string,
  by: 'client' | 'admin',
): Promise<void> {
  await safety.incidents.record({
    sessionId: session.id,
    userId: session.userId,
    direction: 'control',
    level: safety.settings.level,
    kind: 'emergency-stop',
    rule: `emergency-stop:${by}`,
    action: 'stopped',
    text: reason,
    language: session.language ?? null,
  });
}
