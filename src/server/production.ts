/**
 * Settings a production server must not run with, checked right after the configuration is
 * parsed (before anything opens or listens): each is safe enough on a developer's machine and a
 * hole on the internet. NODE_ENV=production marks production, as for most Node servers.
 */
import { type AppConfig, ConfigError } from '../config/index.ts';

export function isProduction(config: Pick<AppConfig, 'server'>): boolean {
  return config.server.NODE_ENV === 'production';
}

/** Every reason `config` is unsafe in production (empty: fine, or not production). */
export function productionProblems(config: Pick<AppConfig, 'server' | 'twilio'>): string[] {
  if (!isProduction(config)) return [];
  const problems: string[] = [];
  if (!config.server.PUBLIC_URL)
    problems.push(
      'PUBLIC_URL: required when NODE_ENV=production — the URLs the server hands out (wsUrl, the Twilio stream URL), the allowed origin and the Twilio signature are built from it, never from the Host header a client sends',
    );
  if (config.twilio.TWILIO_ENABLED && !config.twilio.TWILIO_AUTH_TOKEN)
    problems.push(
      'TWILIO_AUTH_TOKEN: required when NODE_ENV=production and TWILIO_ENABLED is on — without it anyone can post fake calls to the voice webhook; set the token from the Twilio console, or TWILIO_ENABLED=false if this server takes no phone calls',
    );
  return problems;
}

export function assertSafeForProduction(config: Pick<AppConfig, 'server' | 'twilio'>): void {
  const problems = productionProblems(config);
  if (problems.length > 0) throw new ConfigError(problems, 'Unsafe configuration for production');
}
