import { describe, expect, it } from 'vitest';
import { RateLimiter, parseRate } from './rate-limit';

describe('RateLimiter', () => {
  it('lets a client make its allowance at once, then one more per interval, and says how long to wait', () => {
    const limiter = new RateLimiter({ requests: 3, seconds: 60 });
    expect([0, 0, 0].map((t) => limiter.take('a', t))).toEqual([null, null, null]);
    expect(limiter.take('a', 1000)).toBe(19);
    expect(limiter.take('b', 1000)).toBeNull();
    expect(limiter.take('a', 20_000)).toBeNull();
    expect(limiter.take('a', 20_000)).toBe(20);
  });

  it('forgets the least recently seen client beyond its bound', () => {
    const limiter = new RateLimiter({ requests: 1, seconds: 60 }, 2);
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.take('c', 0);
    expect(limiter.take('a', 0)).toBeNull();
    expect(limiter.take('c', 0)).not.toBeNull();
  });
});

describe('parseRate', () => {
  it('reads "requests/seconds" and refuses anything else, naming the setting', () => {
    expect(parseRate('WRITE_RATE_LIMIT', ' 10 / 60 ', { requests: 1, seconds: 1 })).toEqual({ requests: 10, seconds: 60 });
    expect(parseRate('WRITE_RATE_LIMIT', undefined, { requests: 1, seconds: 1 })).toEqual({ requests: 1, seconds: 1 });
    expect(() => parseRate('WRITE_RATE_LIMIT', '0/60', { requests: 1, seconds: 1 })).toThrow('WRITE_RATE_LIMIT');
  });
});
