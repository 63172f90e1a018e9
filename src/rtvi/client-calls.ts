/**
 * Which `llm-function-call-result` messages a client may send: only for a function the session
 * runs on the client (named at construction) and only for a call the server actually started
 * and has not yet seen settled. Everything else — a result for a tool the server runs itself
 * (confirm_order, any shop tool), an unknown or already answered call id — is a forgery.
 */
export type ClientCallCheck = { ok: true } | { ok: false; reason: string };

export class ClientFunctionCalls {
  readonly #clientFunctions: ReadonlySet<string>;
  /** toolCallId → function name, for calls waiting on the client. */
  readonly #pending = new Map<string, string>();

  constructor(clientFunctions: Iterable<string> = []) {
    this.#clientFunctions = new Set(clientFunctions);
  }

  /** The server started a call (function-call-in-progress): the client may answer it if it is client-side. */
  requested(toolCallId: string, functionName: string): void {
    if (this.#clientFunctions.has(functionName)) this.#pending.set(toolCallId, functionName);
  }

  /** The call ended without the client (cancelled, or answered): no result is taken for it any more. */
  settled(toolCallId: string): void {
    this.#pending.delete(toolCallId);
  }

  /** Accepts a client's result once, for a pending client-side call of that name. */
  take(toolCallId: string, functionName: string): ClientCallCheck {
    if (!this.#clientFunctions.has(functionName))
      return { ok: false, reason: `${functionName} is not a client-side function call; the server runs it` };
    if (this.#pending.get(toolCallId) !== functionName)
      return { ok: false, reason: `no ${functionName} call ${toolCallId} is waiting for a client result` };
    this.#pending.delete(toolCallId);
    return { ok: true };
  }
}
