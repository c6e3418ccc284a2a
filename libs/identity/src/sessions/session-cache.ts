/**
 * A short-lived in-process cache of what a gateway read about sessions, keyed by session and
 * emptied per user when told that user changed (by this gateway or, through Redis, another).
 * A read that began before such a change is not kept: it may hold what the change undid.
 */
export class SessionCache<T extends { readonly userId: string }> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 50_000,
  ) {}

  get(sessionId: string, nowMs: number): T | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.until > nowMs) return entry.value;
    this.entries.delete(sessionId);
    return undefined;
  }

  /** A token to hand back to `put`, taken before the read. */
  begin(): number {
    return this.generation;
  }

  put(sessionId: string, value: T, begunAt: number, nowMs: number): void {
    if (this.ttlMs <= 0 || begunAt !== this.generation) return;
    // Beyond the bound, the oldest entry goes first (a Map iterates in insertion order).
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(sessionId, { value, until: nowMs + this.ttlMs });
  }

  /** Forgets every session of the user. */
  invalidateUser(userId: string): void {
    this.generation++;
    for (const [sessionId, entry] of this.entries) if (entry.value.userId === userId) this.entries.delete(sessionId);
  }

  /** Forgets everything (after a lost connection to Redis: changes may have been missed). */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
