/**
 * One error type for every HTTP route, mapped to one JSON shape `{detail, code?, details?}`
 * (the Pipecat client shows `detail` to the user). Routes throw; the error handler replies.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export interface ErrorBody {
  detail: string;
  code?: string;
  details?: unknown;
}

export class HttpError extends Error {
  override name = 'HttpError';
  readonly statusCode: number;
  readonly code: string | undefined;
  readonly details: unknown;
  constructor(
    statusCode: number,
    message: string,
    opts: { code?: string; details?: unknown; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.statusCode = statusCode;
    this.code = opts.code;
    this.details = opts.details;
  }
}

/** The body of an error reply: internal errors never leak their message. */
export function errorBody(err: Error & { statusCode?: number; expose?: boolean }): {
  status: number;
  body: ErrorBody;
} {
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
  // `expose`: a deliberate 5xx refusal (the server is draining) whose message says what to do.
  if (status >= 500 && err.expose !== true) return { status, body: { detail: 'internal error' } };
  if (err instanceof HttpError) {
    return {
      status,
      body: {
        detail: err.message,
        ...(err.code === undefined ? {} : { code: err.code }),
        ...(err.details === undefined ? {} : { details: err.details }),
      },
    };
  }
  return { status, body: { detail: err.message } };
}

/** Fastify error handler: HttpError, Fastify's own (body too large, bad JSON) and the unexpected. */
export function replyWithError(
  err: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const e = err as Error & { statusCode?: number; expose?: boolean };
  const { status, body } = errorBody(e);
  if (status >= 500 && e.expose !== true) request.log.error({ err }, 'request failed');
  void reply.status(status).send(body);
}
