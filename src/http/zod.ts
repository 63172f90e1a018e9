/**
 * Zod at the HTTP edge, the Fastify way: a route declares zod `body` / `querystring` / `params`
 * schemas, Fastify validates with them before the handler (fastify-type-provider-zod), handlers
 * get the parsed, typed values, and the OpenAPI document is generated from the same schemas.
 * A refused input is one HttpError whose `detail` names each bad field
 * (`invalid body: quantity: Too small…`, code `invalid_input`), the wording clients show.
 */
import type { FastifyInstance, FastifySchemaValidationError } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { HttpError } from './errors.ts';

/** Fastify's name for the part of the request that failed → the word clients see. */
const PART: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'headers',
};

/** The code of every refused input (the shop domain's own refusals use the same one). */
const INVALID = 'invalid_input';

type SchemaErrorFormatter = (errors: FastifySchemaValidationError[], dataVar: string) => Error;

/** `a/b` → `a.b`; the root of a part is named by the part (`body: Required`). */
function fieldOf(error: FastifySchemaValidationError, part: string): string {
  return error.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.') || part;
}

/** The standard refusal: `invalid body: quantity: Too small…; size: …`. */
export const invalidInput: SchemaErrorFormatter = (errors, dataVar) => {
  const part = PART[dataVar] ?? dataVar;
  const fields = errors.map((e) => `${fieldOf(e, part)}: ${e.message}`).join('; ');
  return new HttpError(400, `invalid ${part}: ${fields}`, { code: INVALID });
};

/**
 * A route-level formatter with its own heading: `invalid start request: …` (messages only), or
 * with `fields`, `invalid offer: sdp: …`.
 */
export function invalidInputAs(heading: string, opts: { fields?: boolean } = {}): SchemaErrorFormatter {
  return (errors, dataVar) => {
    const part = PART[dataVar] ?? dataVar;
    const text = errors.map((e) => (opts.fields ? `${fieldOf(e, part)}: ${e.message}` : e.message));
    return new HttpError(400, `${heading}: ${text.join('; ')}`, { code: INVALID });
  };
}

async function zodValidation(app: FastifyInstance): Promise<void> {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setSchemaErrorFormatter(invalidInput);
  // A client that sends no body at all (the Pipecat client without requestData, a bodiless POST)
  // is judged like one that sent `{}`: the schema's defaults and required fields decide.
  app.addHook('preValidation', async (request) => {
    if (request.body == null && request.routeOptions.schema?.body) request.body = {};
  });
}

/** Global (not encapsulated): every route plugin validates with zod and refuses in one shape. */
export const zodValidationSupport = fp(zodValidation, { name: 'zod-validation', fastify: '5.x' });
