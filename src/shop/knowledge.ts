/**
 * The shop's view of the knowledge base: which knowledge base a session searches by default, and
 * the configured policy text (SHOP_POLICY_TEXT) kept as one document of it, so the policy the
 * owner configured and the documents the owner imported are searched alike.
 */
import { CONFIG_POLICY_SOURCE, type KnowledgeBase, MAX_QUERY_CHARS } from '../agents/knowledge/index.ts';
import type { Language } from './contract.ts';

export class ShopKnowledge {
  readonly base: KnowledgeBase;
  readonly defaultKb: string;
  private readonly policyText: string;
  private synced: Promise<void> | undefined;

  constructor(o: { base: KnowledgeBase; policyText: string | undefined }) {
    this.base = o.base;
    this.defaultKb = o.base.config.KNOWLEDGE_DEFAULT_KB;
    this.policyText = o.policyText?.trim() ?? '';
  }

  /**
   * The configured policy text is in the default knowledge base (imported, replaced when the
   * configuration changed, removed when it was unset). Once per process; retried after a failure.
   */
  ready(): Promise<void> {
    this.synced ??= this.syncPolicy().catch((error: unknown) => {
      this.synced = undefined;
      throw error;
    });
    return this.synced;
  }

  /** How many documents of its own (not the configured policy text) a knowledge base holds. */
  async documentCount(kb: string): Promise<number> {
    return (await this.base.documents.list(kb)).filter((d) => d.source !== CONFIG_POLICY_SOURCE).length;
  }

  /**
   * The passages that bear on a research question: the best two that contain at least half of its
   * content words (a size guide for "boots for wide feet"), as research cites them.
   */
  async passagesFor(
    query: string,
    language: Language,
    kb: string | undefined,
    signal: AbortSignal,
  ): Promise<{ title: string; source: string; text: string }[]> {
    await this.ready();
    const passages = await this.base.search(
      { kb: kb ?? this.defaultKb, query: query.slice(0, MAX_QUERY_CHARS), language, limit: 3 },
      signal,
    );
    return passages
      .filter((p) => p.coverage >= 0.5)
      .slice(0, 2)
      .map((p) => ({ title: p.title, source: p.source, text: p.text }));
  }

  private async syncPolicy(): Promise<void> {
    if (this.policyText) {
      await this.base.importDocument(
        {
          kb: this.defaultKb,
          kind: 'policy',
          source: CONFIG_POLICY_SOURCE,
          format: 'text',
          title: 'store policy',
        },
        this.policyText,
      );
      return;
    }
    const docs = await this.base.documents.list(this.defaultKb);
    const stale = docs.find((d) => d.source === CONFIG_POLICY_SOURCE);
    if (stale) await this.base.documents.remove(this.defaultKb, stale.id);
  }
}
