/**
 * What the shopper actually heard of each assistant item, so a barge-in can truncate the item
 * there: text segments are matched to the item they came from when the output starts playing
 * them, and the output's played milliseconds are summed per item. Items cut by an interruption
 * wait here until the output has reported everything it played.
 */
export class PlayedAudio {
  /** The item of each text segment sent for playing, in order, until the output starts it. */
  #segmentItems: string[] = [];
  readonly #segmentToItem = new Map<number, string>();
  readonly #playedMs = new Map<string, number>();
  #lastAudioItem: string | undefined;
  #pendingTruncate: string[] = [];

  /** A text segment of `itemId` went to the output. */
  textSent(itemId: string): void {
    this.#segmentItems.push(itemId);
  }

  /** Audio of `itemId` went to the output (`first`: the item's first audio). */
  audioSent(itemId: string, first: boolean): void {
    if (first) this.#playedMs.set(itemId, 0);
    this.#lastAudioItem = itemId;
  }

  /** The output started playing a segment: it belongs to the oldest item still waiting. */
  segmentStarted(segmentId: number): void {
    const item = this.#segmentItems.shift();
    if (item) this.#segmentToItem.set(segmentId, item);
  }

  /** The output reports what it played of a segment. */
  segmentPlayed(segmentId: number, playedMs: number): void {
    const item = this.#segmentToItem.get(segmentId) ?? this.#lastAudioItem;
    this.#segmentToItem.delete(segmentId);
    if (item) this.#playedMs.set(item, (this.#playedMs.get(item) ?? 0) + playedMs);
  }

  /** A barge-in cut these items; segments not yet started will never play. */
  cut(items: Iterable<string>): void {
    this.#pendingTruncate.push(...items);
    this.#segmentItems = [];
  }

  /** Hands every cut item, with what was heard of it, to `truncate`. */
  flush(truncate: (item: string, playedMs: number) => void): void {
    for (const item of this.#pendingTruncate.splice(0)) truncate(item, this.#playedMs.get(item) ?? 0);
  }
}
