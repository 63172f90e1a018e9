/**
 * Base for wrappers that watch another service's streams (a debug dump, a bench's capture): it
 * forwards the service's identity and capabilities, and leaves closing the wrapped service to
 * whoever created it (it is shared by every session).
 */
import type { SttService, SttStream, SttStreamOptions } from './types.ts';

export abstract class WrappedSttService implements SttService {
  protected readonly inner: SttService;
  constructor(inner: SttService) {
    this.inner = inner;
  }
  get provider() {
    return this.inner.provider;
  }
  get model() {
    return this.inner.model;
  }
  get capabilities() {
    return this.inner.capabilities;
  }
  abstract openStream(opts?: SttStreamOptions): Promise<SttStream>;
  async close(): Promise<void> {}
}
