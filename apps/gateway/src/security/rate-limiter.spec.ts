import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows a burst, then refuses with the seconds until the next token, per key', () => {
    let now = 0;
    const sut = new RateLimiter(2, 3, () => now);
    assert.deepEqual(
      [1, 2, 3, 4].map(() => sut.take('a').allowed),
      [true, true, true, false],
    );
    assert.equal(sut.take('a').retryAfterSeconds, 1);
    assert.equal(sut.take('b').allowed, true, 'another sender has its own bucket');
    now += 500; // half a second at 2/s: one token back
    assert.equal(sut.take('a').allowed, true);
    assert.equal(sut.take('a').allowed, false);
  });

  it('rounds Retry-After up for slow rates and never exceeds the burst', () => {
    let now = 0;
    const sut = new RateLimiter(0.25, 1, () => now);
    assert.equal(sut.take('a').allowed, true);
    const refused = sut.take('a');
    assert.deepEqual(refused, { allowed: false, retryAfterSeconds: 4 });
    now += 3_600_000;
    assert.equal(sut.take('a').allowed, true);
    assert.equal(sut.take('a').allowed, false, 'an hour idle refills to the burst of 1, not more');
  });

  it('with rate 0 lets everything through', () => {
    const sut = new RateLimiter(0, 0);
    assert.equal(sut.enabled, false);
    for (let i = 0; i < 100; i++) assert.equal(sut.take('a').allowed, true);
  });
});
