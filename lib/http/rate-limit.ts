/** A rate as settings write it: "60/60" is 60 requests per 60 seconds. */
export interface Rate {
  requests: number;
  seconds: number;
}

export function parseRate(name: string, setting: string | undefined, fallback: Rate): Rate {
  if (!setting) return fallback;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(setting);
  const rate = match ? { requests: Number(match[1]), seconds: Number(match[2]) } : null;
  if (!rate || rate.requests < 1 || rate.seconds < 1) throw new Error(`${name}: "${setting}" is not a rate such as 60/60 (requests per seconds).`);
  return rate;
}

/**
 * Per-client token buckets: each client may make `requests` at once, then one more every `seconds / requests`.
 * Remembers at most `maxClients` clients, forgetting the least recently seen first.
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rate: Rate,
    private readonly maxClients = 10_000,
  ) {}

  /** Takes one request from the client's allowance at time `now` (ms): null when allowed, else seconds to wait. */
  take(client: string, now: number): number | null {
    const perMs = this.rate.requests / (this.rate.seconds * 1000);
    const previous = this.buckets.get(client);
    const tokens = previous ? Math.min(this.rate.requests, previous.tokens + (now - previous.at) * perMs) : this.rate.requests;
    this.buckets.delete(client);
    if (this.buckets.size >= this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    if (tokens >= 1) {
      this.buckets.set(client, { tokens: tokens - 1, at: now });
      return null;
    }
    this.buckets.set(client, { tokens, at: now });
    return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
  }
}
