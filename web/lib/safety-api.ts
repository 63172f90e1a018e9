/** The owner's safety API (src/server/admin-safety.ts): incidents, the guard's settings, the emergency stop. */
import { ApiError } from './api';

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

async function call<T>(token: string | null, method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'include',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'unreachable');
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) throw new ApiError(res.status, String(json.detail ?? res.statusText));
  return json as T;
}

export function safetyApi(token: string | null) {
  return {
    incidents: (filter: { session?: string; rule?: string }) => {
      const q = new URLSearchParams();
      if (filter.session) q.set('session', filter.session);
      if (filter.rule) q.set('rule', filter.rule);
      return call<{ incidents: SafetyIncident[] }>(token, 'GET', `/api/admin/safety/incidents?${q}`);
    },
    overview: () => call<SafetyOverview>(token, 'GET', '/api/admin/safety/settings'),
    emergencyStop: (sessionId: string, reason: string) =>
      call<{ stopped: boolean; reason: string }>(
        token,
        'POST',
        `/api/admin/sessions/${encodeURIComponent(sessionId)}/emergency-stop`,
        reason ? { reason } : {},
      ),
  };
}
