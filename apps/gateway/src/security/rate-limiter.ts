/**
 * Rate limits per sender: one token bucket per key (the authenticated credential, or the client's
 * address in development mode). Buckets live in this process: with several gateway instances each
 * enforces the limit on its own share of the traffic.
 */
export interface RateDecision {
  readonly allowed: boolean;
  /** Whole seconds until a token is available again (for Retry-After), when refused. */
  readonly retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

/** Buckets untouched this long are full again and can be forgotten. */
const IDLE_MS = 60_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private sweptMs = 0;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get enabled(): boolean {
    return this.perSecond > 0;
  }

  take(key: string): RateDecision {
    if (!this.enabled) return { allowed: true, retryAfterSeconds: 0 };
    const now = this.now();
    this.sweep(now);
    const capacity = Math.max(1, this.burst);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: capacity, updatedMs: now };
      this.buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updatedMs) / 1000) * this.perSecond);
      bucket.updatedMs = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSecond)),
    };
  }

  private sweep(now: number): void {
    if (now - this.sweptMs < IDLE_MS) return;
    this.sweptMs = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.updatedMs > IDLE_MS) this.buckets.delete(key);
  }
}
