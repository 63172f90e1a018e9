/** What happens in and around a session: the session and its recorded events, the devices that open them, identity checks, research jobs, surveys, hand-offs to a human and safety incidents. Conventions: ../schema.ts. */
import type { Defaulted } from './columns.ts';

export type ResearchStatus = 'pending' | 'done' | 'failed';
export type HandoffStatus = 'open' | 'closed';

export interface SessionsTable {
  id: string;
  user_id: string | null;
  transport: string;
  language: string | null;
  started_at: string;
  ended_at: string | null;
  end_reason: string | null;
  /** JSON object (client info, provider config names). */
  metadata: Defaulted<string>;
  /** The cluster node that ran the session (null on a single node). */
  node_id: Defaulted<string | null>;
}

export interface ConversationEventsTable {
  session_id: string;
  /** 1-based, gap-free per session; (session_id, seq) is the primary key. */
  seq: number;
  type: string;
  /** JSON text. */
  payload: string;
  created_at: string;
}

/** A registered device (issue #16); the secret only as `scrypt$salt$hash`. */
export interface DevicesTable {
  id: string;
  name: string;
  secret_hash: string;
  /** The user the device shops as. */
  user_id: string;
  /** Assigned agent profile id; null: the default. */
  agent: string | null;
  created_at: string;
  revoked_at: string | null;
  last_seen_at: string | null;
}

/** Failed identity checks per key (`caller:<id>`, `customer:<number>`, `document:<number>`). */
export interface IdentityThrottleTable {
  key: string;
  /** Failures since window_started_at. */
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

/** Which account a guest session proved to be; the failed attempts drive the lock-out. */
export interface IdentityVerificationsTable {
  session_id: string;
  /** The verified account; null until a claim succeeds. */
  user_id: string | null;
  failed_attempts: Defaulted<number>;
  verified_at: string | null;
  updated_at: string;
}

export interface ResearchResultsTable {
  id: string;
  user_id: string;
  session_id: string | null;
  query: string;
  status: Defaulted<ResearchStatus>;
  summary: string | null;
  /** JSON array of product ids (or cards). */
  items: Defaulted<string>;
  /** JSON: the documents' passages and web findings the summary used (migration 012). */
  sources: Defaulted<string>;
  error: string | null;
  created_at: string;
  completed_at: string | null;
}

export interface SurveysTable {
  id: string;
  session_id: string;
  user_id: string | null;
  rating: number | null;
  comment: string | null;
  /** JSON object of any further answers. */
  answers: Defaulted<string>;
  created_at: string;
}

/** A shopper's request for a human agent (request_human), listed for the shop owner. */
export interface HandoffRequestsTable {
  id: string;
  /** The user the session acted for when asking. */
  user_id: string;
  session_id: string | null;
  reason: string;
  language: string | null;
  status: Defaulted<HandoffStatus>;
  created_at: string;
}

/** One thing the safety guard stopped (or an emergency stop); `text` is already redacted. */
export interface SafetyIncidentsTable {
  id: string;
  session_id: string | null;
  user_id: string | null;
  /** input (the shopper's words), output (the assistant's), control (emergency stop). */
  direction: string;
  level: string;
  kind: string;
  rule: string;
  /** blocked | stopped */
  action: string;
  text: string;
  language: string | null;
  created_at: string;
}
