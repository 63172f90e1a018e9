import { type DestinationStream, type Logger, pino } from 'pino';
import { PinoPretty } from 'pino-pretty';
import { bootLogFormat, bootLogLevel } from '../config/process.ts';

export type { Logger };

const SECRET_KEYS = [
  'apiKey',
  'password',
  'newPassword',
  'token',
  'accessToken',
  'refreshToken',
  'idToken',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
  'x-s2s-secret',
  'x-voice-shopper-signature',
];

/** fast-redact path syntax: hyphenated keys need brackets. */
const at = (prefix: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${prefix}${prefix ? '.' : ''}${key}` : `${prefix}["${key}"]`;

/** Log paths scrubbed everywhere: secrets at the top level, one level down and in any headers. */
export const REDACT_PATHS: string[] = [
  ...SECRET_KEYS.flatMap((k) => ['', '*', 'headers', '*.headers', '*.*.headers'].map((p) => at(p, k))),
];

/**
 * The process-wide structured logger. Children carry context (`{sessionId}`, `{component}`).
 * Secrets never go into log fields: `redact` scrubs the usual suspects defensively.
 */
export const logger: Logger = pino(
  {
    level: bootLogLevel(),
    base: { app: 'voice-shopper' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  },
  logDestination(bootLogFormat(process.stdout.isTTY === true)),
);

/** JSON lines for collectors; for a person at a terminal, a readable entry (time, level, message, then its fields). */
function logDestination(format: 'pretty' | 'json'): DestinationStream | undefined {
  if (format === 'json') return undefined;
  return PinoPretty({
    colorize: process.stdout.isTTY === true,
    sync: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,app',
  });
}

export function childLogger(bindings: Record<string, unknown>): Logger {
  return logger.child(bindings);
}
