/** The owner's safety API (src/server/admin-safety.ts): incidents, the guard's settings, the emergency stop. */
import { bearer, withHeaders } from './http';

export interface SafetyIncident {
  id: string;
  sessionId: string | null;
  userId: string | null;
  direction: 'input' | 'output' | 'control';
  level: string;
  kind: string;
  rule: string;
  action: 'blocked' | 'stopped';
  text: string;
  language: string | null;
  createdAt: string;
}

export interface SafetyOverview {
  settings: {
    level: 'strict' | 'moderate' | 'relaxed';
    blockedTopics: string[];
    redirect: { en: string; es: string };
  };
  moderation: string | null;
  levels: Record<string, string[]>;
  redacted: string[];
}

export function safetyApi(token: string | null) {
  const call = withHeaders(bearer(token));
  return {
    incidents: (filter: { session?: string; rule?: string }) => {
      const q = new URLSearchParams();
      if (filter.session) q.set('session', filter.session);
      if (filter.rule) q.set('rule', filter.rule);
      return call<{ incidents: SafetyIncident[] }>('GET', `/api/admin/safety/incidents?${q}`);
    },
    overview: () => call<SafetyOverview>('GET', '/api/admin/safety/settings'),
    emergencyStop: (sessionId: string, reason: string) =>
      call<{ stopped: boolean; reason: string }>(
        'POST',
        `/api/admin/sessions/${encodeURIComponent(sessionId)}/emergency-stop`,
        reason ? { reason } : {},
      ),
  };
}
