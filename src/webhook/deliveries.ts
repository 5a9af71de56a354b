/**
 * A fixed-size window of recently seen keys (delivery ids, coalescing keys): bounded memory however
 * many deliveries arrive. The oldest key falls out when the window is full, and, with `ttlMs`, a key
 * also expires after that long.
 *
 * GitHub keeps the same `X-GitHub-Delivery` GUID when a delivery is redelivered (the id names the
 * event, not the attempt), so this is what stops a redelivery, or the same event arriving through a
 * second hook, from dispatching twice. Keys can be forgotten again: a delivery whose dispatch failed
 * must not block the manual redelivery that is the way to recover it.
 */
export class RecentKeys {
  private readonly seq = new Map<string, { n: number; at: number }>();
  private readonly ring: Array<{ key: string; n: number } | undefined>;
  private next = 0;
  private counter = 0;

  constructor(
    readonly capacity = 10_000,
    private readonly ttlMs = 0,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`window capacity must be a positive integer, got ${capacity}`);
    this.ring = new Array(capacity);
  }

  /** How many keys are held (never more than `capacity`). */
  get size(): number {
    return this.seq.size;
  }

  has(key: string): boolean {
    const entry = this.seq.get(key);
    if (!entry) return false;
    if (this.ttlMs > 0 && this.now() - entry.at >= this.ttlMs) {
      this.seq.delete(key);
      return false;
    }
    return true;
  }

  /** Records `key`; returns false (and changes nothing) when it is already in the window. */
  add(key: string): boolean {
    if (this.has(key)) return false;
    const n = ++this.counter;
    const old = this.ring[this.next];
    // The slot's old key is only dropped if it still belongs to that slot: a key that was forgotten
    // and added again since lives in a newer slot and must stay.
    if (old && this.seq.get(old.key)?.n === old.n) this.seq.delete(old.key);
    this.ring[this.next] = { key, n };
    this.next = (this.next + 1) % this.capacity;
    this.seq.set(key, { n, at: this.now() });
    return true;
  }

  forget(key: string): void {
    this.seq.delete(key);
  }
}
