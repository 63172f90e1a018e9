/** What went wrong with a knowledge document or query, in words an owner can act on. */
export type KnowledgeErrorCode =
  | 'empty'
  | 'oversized'
  | 'binary'
  | 'broken_html'
  | 'bad_format'
  | 'bad_query'
  | 'bad_input'
  | 'not_found'
  | 'embedding_failed';

export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
  readonly code: KnowledgeErrorCode;
  constructor(code: KnowledgeErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}
