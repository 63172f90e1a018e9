import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * The process-wide structured logger. Children carry context (`{sessionId}`, `{component}`).
 * Secrets never go into log fields: `redact` scrubs the usual suspects defensively.
 */
export const logger: Logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' || process.env.VITEST ? 'silent' : 'info'),
  base: { app: 'voice-shopper' },
  redact: {
    paths: [
      '*.apiKey',
      '*.password',
      '*.token',
      '*.authorization',
      'headers.authorization',
      'headers.cookie',
    ],
    censor: '[redacted]',
  },
});

export function childLogger(bindings: Record<string, unknown>): Logger {
  return logger.child(bindings);
}
