/** Renders docs/configuration.md from the configuration tree, so the reference never drifts. */
import type { z } from 'zod';
import { CONFIG_SECTIONS } from './index.ts';
import { type ConfigSection, objectShape } from './section.ts';

interface Row {
  name: string;
  type: string;
  default: string;
  description: string;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string>;
};
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The accepted values, found under wrappers (optional, default, describe) and pipes. */
function typeOf(schema: z.ZodType): string {
  const seen = new Set<z.ZodType>();
  const stack: z.ZodType[] = [schema];
  let base = 'string';
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    const def = defOf(s);
    if (def.type === 'enum' && def.entries) return Object.values(def.entries).join(' \\| ');
    if (def.type === 'number') base = 'number';
    if (def.type === 'boolean') base = 'boolean';
    if (def.type === 'literal') base = 'number';
    for (const next of [def.innerType, def.in, def.out]) if (next) stack.push(next);
  }
  return base;
}

function metaOf(schema: z.ZodType): { description?: string; docDefault?: string } {
  return ((schema as unknown as { meta(): unknown }).meta() ?? {}) as {
    description?: string;
    docDefault?: string;
  };
}

function defaultOf(schema: z.ZodType): string {
  const meta = metaOf(schema);
  if (meta.docDefault) return meta.docDefault;
  const parsed = schema.safeParse(undefined);
  if (!parsed.success) return 'required';
  const value = parsed.data as unknown;
  if (value === undefined) return '—';
  if (Array.isArray(value) && value.length === 0) return '(empty)';
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

function rows(schema: z.ZodType, skip: Set<string>): Row[] {
  const shape = objectShape(schema) ?? {};
  return Object.entries(shape)
    .filter(([name]) => !skip.has(name))
    .map(([name, field]) => ({
      name,
      type: typeOf(field),
      default: defaultOf(field),
      description: (field.description ?? metaOf(field).description ?? '').replaceAll('|', '\\|'),
    }));
}

function table(list: Row[]): string {
  const lines = ['| variable | values | default | what it does |', '|---|---|---|---|'];
  for (const r of list) lines.push(`| \`${r.name}\` | ${r.type} | ${r.default} | ${r.description} |`);
  return lines.join('\n');
}

export function renderConfigDocs(sections: Record<string, ConfigSection> = CONFIG_SECTIONS): string {
  const out = [
    '# Configuration',
    '',
    '<!-- Generated from src/config/index.ts by `node scripts/config-docs.ts`; do not edit by hand. -->',
    '',
    'Everything is configured with environment variables, read once at start by `loadConfig(env)`',
    '(src/config/index.ts). An empty value (`CATALOG=`) means unset. A bad value stops the start',
    'with one error listing every bad variable and what it expects.',
    '',
  ];
  const documented = new Set<string>();
  for (const [key, section] of Object.entries(sections)) {
    const own = rows(section.schema, documented);
    for (const variant of section.variants ?? [])
      for (const name of Object.keys(objectShape(variant.schema) ?? {})) documented.add(name);
    out.push(`## ${section.title} (\`${key}\`)`, '');
    if (section.notes) out.push(section.notes, '');
    if (own.length > 0) out.push(table(own), '');
    for (const r of own) documented.add(r.name);
    for (const variant of section.variants ?? []) {
      const extra = rows(variant.schema, new Set(own.map((r) => r.name)));
      if (extra.length === 0) continue;
      out.push(`### ${variant.title}`, '', table(extra), '');
    }
  }
  out.push(
    '## Tests and benchmarks (not read by the server)',
    '',
    '| variable | default | what it does |',
    '|---|---|---|',
    '| `TEST_DATABASE_URL` | `postgres://postgres@127.0.0.1:5432/test` | PostgreSQL used by the test suite |',
    '| `BENCH_DATABASE_URL` | same | PostgreSQL used by the search bench |',
    '| `BENCH_*` | see `src/bench/` | benchmark sizes (turns, concurrency steps, durations) |',
  );
  return `${out.join('\n').trimEnd()}\n`;
}
