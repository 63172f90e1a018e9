/** End-of-call survey and human handoff requests. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { childLogger } from '../../log/logger.ts';
import type { Database, HandoffStatus } from '../../store/schema.ts';
import type { Language } from '../contract.ts';

const log = childLogger({ component: 'shop.support' });

export interface SurveyAnswer {
  rating: number;
  resolved?: boolean | undefined;
  comment?: string | undefined;
}

export class SurveyService {
  private readonly db: Kysely<Database>;
  private readonly now: () => Date;

  constructor(opts: { db: Kysely<Database>; now?: () => Date }) {
    this.db = opts.db;
    this.now = opts.now ?? (() => new Date());
  }

  /** One survey per session: answering again replaces the earlier answer. */
  async submit(userId: string, sessionId: string, answer: SurveyAnswer): Promise<{ surveyId: string }> {
    const id = `survey_${sessionId}`;
    const row = {
      rating: answer.rating,
      comment: answer.comment ?? null,
      answers: JSON.stringify({ resolved: answer.resolved ?? null }),
    };
    await this.db
      .insertInto('surveys')
      .values({ id, session_id: sessionId, user_id: userId, created_at: this.now().toISOString(), ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
    return { surveyId: id };
  }
}

export interface HandoffRequest {
  id: string;
  userId: string;
  sessionId: string | null;
  reason: string;
  /** The language the shopper spoke, so the agent who takes over can answer in it. */
  language: Language;
  status: HandoffStatus;
  createdAt: string;
}

/**
 * Where handoff requests go (an agent queue, a table). `createShopServices` uses the database
 * (`DbHandoffSink`); the in-memory one is for unit tests.
 */
export interface HandoffSink {
  record(request: HandoffRequest): Promise<void>;
  /** Newest first, at most `limit` (default 100). */
  list(limit?: number): Promise<HandoffRequest[]>;
}

export class InMemoryHandoffSink implements HandoffSink {
  private readonly requests: HandoffRequest[] = [];
  async record(request: HandoffRequest): Promise<void> {
    this.requests.push(request);
    log.info({ handoffId: request.id, sessionId: request.sessionId }, 'human handoff requested');
  }
  async list(limit = 100): Promise<HandoffRequest[]> {
    return this.requests.slice(-limit).reverse();
  }
}

const HANDOFF_MESSAGE: Record<Language, string> = {
  en: "Of course. I've asked a member of our team to take over; they'll have this conversation, so you won't need to repeat yourself. Please stay on the line.",
  es: 'Por supuesto. He pedido que una persona de nuestro equipo continúe; tendrá esta conversación, así que no hará falta que repitas nada. Por favor, no cuelgues.',
};

export class HandoffService {
  private readonly sink: HandoffSink;
  private readonly now: () => Date;

  constructor(opts: { sink?: HandoffSink; now?: () => Date } = {}) {
    this.sink = opts.sink ?? new InMemoryHandoffSink();
    this.now = opts.now ?? (() => new Date());
  }

  /** Requests recorded so far, newest first (the shop owner's list, a test). */
  list(limit?: number): Promise<HandoffRequest[]> {
    return this.sink.list(limit);
  }

  async request(userId: string, sessionId: string, language: Language, reason: string) {
    const req: HandoffRequest = {
      id: `handoff_${randomUUID()}`,
      userId,
      sessionId,
      reason,
      language,
      status: 'open',
      createdAt: this.now().toISOString(),
    };
    await this.sink.record(req);
    return { handoffId: req.id, message: HANDOFF_MESSAGE[language] };
  }
}
