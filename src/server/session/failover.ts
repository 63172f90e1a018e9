/**
 * A session's side of provider failover: the shared failover services seen through a view that
 * reports this session's switches to its recorder (`provider_switch`) and its live debug stream
 * (the console), and what the shopper is told when speech recognition is lost. Counting and
 * health gauges are global (main.ts), so a switch is counted once however many sessions see it.
 */
import type { Logger } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/clock.ts';
import type { ProviderSwitch } from '../../services/health.ts';
import type { LlmModel } from '../../services/llm/adapter.ts';
import { isFailoverModel } from '../../services/llm/failover.ts';
import { FailoverSttService } from '../../services/stt/failover.ts';
import type { SttService } from '../../services/stt/types.ts';
import { FailoverTtsService } from '../../services/tts/failover.ts';
import type { TtsService } from '../../services/tts/types.ts';
import type { Language } from '../../shop/contract.ts';
import type { ConversationRecorder } from '../../store/recorder.ts';
import type { DebugBus } from '../debug-bus.ts';

/** Said when an utterance was lost because speech recognition is down: typing still works. */
export const SPEECH_LOST: Record<Language, string> = {
  en: "Sorry, I couldn't hear that: speech recognition is not working right now. Please type your request instead.",
  es: 'Lo siento, no he podido oírte: el reconocimiento de voz no funciona ahora mismo. Por favor, escribe lo que necesitas.',
};

export interface SessionFailoverOptions {
  sessionId: string;
  recorder: ConversationRecorder;
  debug: DebugBus;
  clock: Clock;
  log: Logger;
}

export class SessionFailover {
  readonly #o: SessionFailoverOptions;

  constructor(opts: SessionFailoverOptions) {
    this.#o = opts;
  }

  readonly onSwitch = (event: ProviderSwitch): void => {
    const { sessionId, recorder, debug, clock, log } = this.#o;
    log.warn({ ...event }, `${event.stage} provider switched`);
    debug.publish({ sessionId, kind: 'provider-switch', at: clock.now(), data: event });
    // Buffered through store outages by the recorder; a closed recorder (shutdown) is not news.
    void recorder.append(sessionId, 'provider_switch', event).catch(() => undefined);
  };

  stt(service: SttService): SttService {
    return service instanceof FailoverSttService ? service.forSession(this.onSwitch) : service;
  }

  tts(service: TtsService): TtsService {
    return service instanceof FailoverTtsService ? service.forSession(this.onSwitch) : service;
  }

  llm(model: LlmModel): LlmModel {
    return isFailoverModel(model) ? model.forSession(this.onSwitch) : model;
  }
}
