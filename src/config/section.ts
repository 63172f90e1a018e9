/**
 * The shape every configuration section has: a title and a zod schema over the environment.
 * Modules export their own section (next to the code it configures); `loadConfig` parses them
 * all at once. Only this folder turns variables into values: factories receive typed config.
 */
import type { z } from 'zod';

export type Env = Readonly<Record<string, string | undefined>>;

/** A bad configuration: every problem, one per line, each naming its variable and what it expects. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[], heading = 'Invalid configuration') {
    super(`${heading}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

export interface ConfigSection<S extends z.ZodType = z.ZodType> {
  /** Heading in docs/configuration.md and in error messages. */
  readonly title: string;
  /** Parses the whole environment (unknown variables ignored) into the section's typed value. */
  readonly schema: S;
  /** A line under the section's heading in the docs (a pointer to a longer page). */
  readonly notes?: string;
  /** Extra variable groups shown in the docs (e.g. one per provider: "when TTS_PROVIDER=openai"). */
  readonly variants?: readonly { readonly title: string; readonly schema: z.ZodType }[];
}

export type SectionValue<S extends ConfigSection> = z.output<S['schema']>;

export function defineSection<S extends z.ZodType>(section: ConfigSection<S>): ConfigSection<S> {
  return section;
}

/**
 * Empty values mean unset: compose files and CI templates write `CATALOG=` for "not set", and an
 * operator expects the default then, not a validation error. A value of only spaces is not empty:
 * it is probably a typo, and the variable's own schema judges it.
 */
export function withoutEmpty(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') out[key] = value;
  return out;
}

/** Human lines for zod issues: `VAR: what is wrong (what the variable is)`. Values are never echoed (secrets). */
export function describeIssues(error: z.ZodError, schema?: z.ZodType): string[] {
  const shape = objectShape(schema);
  return error.issues.map((issue) => {
    const name = issue.path.map(String).join('.') || '(environment)';
    const about = shape?.[String(issue.path[0])]?.description;
    return `${name}: ${issue.message}${about ? ` — ${about}` : ''}`;
  });
}

/** Problems of one section, or its value. */
export function trySection<S extends z.ZodType>(
  section: ConfigSection<S>,
  env: Env,
): { ok: true; value: z.output<S> } | { ok: false; problems: string[] } {
  const parsed = section.schema.safeParse(withoutEmpty(env));
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: describeIssues(parsed.error, section.schema) };
}

/** Parses one section; throws a ConfigError listing all its bad variables. */
export function parseSection<S extends z.ZodType>(section: ConfigSection<S>, env: Env): z.output<S> {
  const result = trySection(section, env);
  if (!result.ok)
    throw new ConfigError(result.problems, `Invalid ${section.title.toLowerCase()} configuration`);
  return result.value;
}

/** The object shape under transforms and pipes, for descriptions and docs. */
export function objectShape(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  let s: unknown = schema;
  for (let i = 0; i < 8 && s; i++) {
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return undefined;
    if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
    s = def.type === 'pipe' ? def.in : def.innerType;
  }
  return undefined;
}
