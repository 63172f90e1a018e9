/**
 * The one place that reads `process.env`. Everything else receives typed config (from
 * `loadConfig`) or an explicit env object.
 */
import { logSection } from '../log/config.ts';
import { type Env, trySection } from './section.ts';

export function processEnv(): Env {
  return process.env;
}

/**
 * The logger exists before `loadConfig` runs (modules log at import), so its level is read here;
 * an invalid LOG_LEVEL falls back to info and is reported by `loadConfig` with the rest.
 */
export function bootLogLevel(): string {
  const parsed = trySection(logSection, process.env);
  const level = parsed.ok ? parsed.value.LOG_LEVEL : undefined;
  return level ?? (process.env.NODE_ENV === 'test' || process.env.VITEST ? 'silent' : 'info');
}

/** The log format, read at boot like the level: `pretty` in a terminal unless LOG_FORMAT says otherwise. */
export function bootLogFormat(isTty: boolean, env: Env = process.env): 'pretty' | 'json' {
  const parsed = trySection(logSection, env);
  const format = parsed.ok ? parsed.value.LOG_FORMAT : 'auto';
  if (format === 'auto') return isTty ? 'pretty' : 'json';
  return format;
}
