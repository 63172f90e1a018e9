/**
 * The safety incidents store: what the guard stopped and every emergency stop, listed for the
 * owner by session and rule. The text is redacted before it gets here (the guard's verdict text);
 * `record` redacts again so no caller can store a raw card or phone number by mistake.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../store/schema.ts';
import { redactText } from './redact.ts';

export const INCIDENT_DIRECTIONS = ['input', 'output', 'control'] as const;

export const NewIncident = z.object({
  sessionId: z.string().min(1).max(200).nullable(),
  userId: z.string().min(1).max(200).nullable().default(null),
  direction: z.enum(INCIDENT_DIRECTIONS),
  level: z.string().min(1).max(20),
  kind: z.string().min(1).max(40),
  rule: z.string().min(1).max(120),
  action: z.enum(['blocked', 'stopped']),
  text: z.string().max(100_000),
  language: z.string().max(20).nullable().default(null),
});
export type NewIncident = z.input<typeof NewIncident>;

export interface Incident {
  id: string;
  sessionId: string | null;
  userId: string | null;
  direction: (typeof INCIDENT_DIRECTIONS)[number];
  level: string;
  kind: string;
  rule: string;
  action: 'blocked' | 'stopped';
  text: string;
  language: string | null;
  createdAt: string;
}

export interface IncidentFilter {
  sessionId?: string;
  /** Exact rule id (`topic:politics`) or a kind prefix (`topic`). */
  rule?: string;
  limit?: number;
  /** Incidents created strictly before this ISO time (paging, newest first). */
  before?: string;
}

/** Stored texts are cut: an incident needs the gist, not a pasted novel. */
const MAX_TEXT = 2000;

export class IncidentsRepository {
  readonly #db: Kysely<Database>;
  readonly #now: () => Date;

  constructor(db: Kysely<Database>, opts: { now?: () => Date } = {}) {
    this.#db = db;
    this.#now = opts.now ?? (() => new Date());
  }

  async record(input: NewIncident): Promise<Incident> {
    const v = NewIncident.parse(input);
    const incident: Incident = {
      id: `inc_${randomUUID()}`,
      sessionId: v.sessionId,
      userId: v.userId,
      direction: v.direction,
      level: v.level,
      kind: v.kind,
      rule: v.rule,
      action: v.action,
      text: redactText(v.text, v.language ?? undefined).slice(0, MAX_TEXT),
      language: v.language,
      createdAt: this.#now().toISOString(),
    };
    await this.#db
      .insertInto('safety_incidents')
      .values({
        id: incident.id,
        session_id: incident.sessionId,
        user_id: incident.userId,
        direction: incident.direction,
        level: incident.level,
        kind: incident.kind,
        rule: incident.rule,
        action: incident.action,
        text: incident.text,
        language: incident.language,
        created_at: incident.createdAt,
      })
      .execute();
    return incident;
  }

  /** Newest first. */
  async list(filter: IncidentFilter = {}): Promise<Incident[]> {
    let q = this.#db.selectFrom('safety_incidents').selectAll();
    if (filter.sessionId) q = q.where('session_id', '=', filter.sessionId);
    if (filter.rule) {
      const r = filter.rule;
      q = r.includes(':')
        ? q.where('rule', '=', r)
        : q.where((eb) => eb.or([eb('rule', '=', r), eb('kind', '=', r)]));
    }
    if (filter.before) q = q.where('created_at', '<', filter.before);
    const rows = await q
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(Math.min(Math.max(filter.limit ?? 100, 1), 500))
      .execute();
    return rows.map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      userId: r.user_id,
      direction: r.direction as Incident['direction'],
      level: r.level,
      kind: r.kind,
      rule: r.rule,
      action: r.action as Incident['action'],
      text: r.text,
      language: r.language,
      createdAt: r.created_at,
    }));
  }
}
