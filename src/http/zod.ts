/**
 * Zod at the HTTP edge. Route schemas are zod objects: the OpenAPI document is generated from
 * them (fastify-type-provider-zod's transform, registered with swagger in app.ts), and routes
 * whose handlers validate themselves (for the wording their clients rely on) use `parseInput`.
 */
import type { z } from 'zod';
import { HttpError } from './errors.ts';

/** Per-route validator: the handler validates with `parseInput`; Fastify passes the value through. */
export const validatedInHandler = () => (value: unknown) => ({ value });

/** Parses request input or throws a 400 naming each bad field: `invalid body: quantity: Too small…`. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, where: string, field = where): T {
  const r = schema.safeParse(value ?? {});
  if (!r.success)
    throw new HttpError(
      400,
      `invalid ${where}: ${r.error.issues.map((i) => `${i.path.join('.') || field}: ${i.message}`).join('; ')}`,
    );
  return r.data;
}
