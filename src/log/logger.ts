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
 * Replaces sensitive numbers in log text (the safety guard's redaction, installed by the server at
 * start: src/log stays below every other layer). Identity until then.
 */
let textRedactor: (text: string) => string = (text) => text;

export function setLogTextRedactor(redact: (text: string) => string): void {
  textRedactor = redact;
}

/** Strings in a logged object, two levels deep (transcripts sit in `{text}` or `{payload: {text}}`). */
function redactFields(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return textRedactor(value);
  if (depth <= 0 || value === null || typeof value !== 'object') return value;
  // Only plain objects are copied: errors, dates and class instances keep their own serializers.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactFields(v, depth - 1);
  return out;
}

/** pino hooks that pass every logged string (message and fields) through the text redactor. */
export function redactingHooks(): {
  logMethod(this: Logger, args: unknown[], method: (...a: unknown[]) => void): void;
} {
  return {
    logMethod(args, method) {
      method.apply(
        this,
        args.map((a) => redactFields(a, 2)),
      );
    },
  };
}

/**
 * The process-wide structured logger. Children carry context (`{sessionId}`, `{component}`).
 * Secrets never go into log fields: `redact` scrubs the usual suspects defensively.
 */
export const logger: Logger = pino(
  {
    level: bootLogLevel(),
    base: { app: 'voice-shopper' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    hooks: redactingHooks(),
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
