/** Logging settings. */
import { z } from 'zod';
import { defineSection } from '../config/section.ts';

export const logEnvSchema = z.object({
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .optional()
    .describe('pino log level; default info (silent under the test runner)'),
  LOG_FORMAT: z
    .enum(['auto', 'pretty', 'json'])
    .default('auto')
    .describe(
      'auto: readable coloured lines when stdout is a terminal, JSON lines otherwise (log collectors); pretty or json force one.',
    ),
});

export const logSection = defineSection({ title: 'Logging', schema: logEnvSchema });
