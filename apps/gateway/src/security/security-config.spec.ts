import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { developmentMode, loadSecurityConfig } from './security-config.js';

describe('loadSecurityConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'istd-security-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('without settings: development mode, rate limit 2,000/s with a burst of 4,000, timeouts 20 s and 120 s', () => {
    const problems: string[] = [];
    const sut = loadSecurityConfig({}, problems);
    assert.deepEqual(problems, []);
    assert.equal(developmentMode(sut), true);
    assert.deepEqual(
      [sut.rateLimitPerSecond, sut.rateLimitBurst, sut.headersTimeoutMs, sut.requestTimeoutMs],
      [2_000, 4_000, 20_000, 120_000],
    );
  });

  it('reads API keys (lower-cased hashes) from AUTH_FILE', () => {
    const problems: string[] = [];
    const sha256 = 'AB'.repeat(32);
    const path = file(
      'keys.json',
      JSON.stringify({ apiKeys: [{ name: 'zorg', sha256, senders: ['12345678'] }] }),
    );
    const sut = loadSecurityConfig({ AUTH_FILE: path }, problems);
    assert.deepEqual(problems, []);
    assert.equal(developmentMode(sut), false);
    assert.deepEqual(sut.apiKeys, [{ name: 'zorg', sha256: sha256.toLowerCase(), senders: ['12345678'] }]);
  });

  it('names every problem of a bad AUTH_FILE and TLS setting', () => {
    const problems: string[] = [];
    const path = file(
      'bad.json',
      JSON.stringify({
        apiKeys: [
          { name: 'a', sha256: 'plain-text-key', senders: ['12345678'] },
          { name: 'b', senders: ['nobody'] },
        ],
        clientCertificates: [{ name: 'c', senders: ['12345678'] }],
      }),
    );
    loadSecurityConfig(
      { AUTH_FILE: path, TLS_CERT_FILE: join(dir, 'missing.pem'), RATE_LIMIT_BURST: '-1' },
      problems,
    );
    const text = problems.join('\n');
    assert.match(text, /apiKeys\[0\]\.sha256 must be the SHA-256/);
    assert.match(text, /apiKeys\[1\]\.senders must list AGB codes/);
    assert.match(text, /clientCertificates\[0\] needs fingerprint256 or subject/);
    assert.match(text, /TLS_CERT_FILE and TLS_KEY_FILE go together/);
    assert.match(text, /RATE_LIMIT_BURST must be a whole number/);
  });

  it('refuses an AUTH_FILE that is not JSON, naming the file', () => {
    const problems: string[] = [];
    const path = file('broken.json', '{ apiKeys: ');
    loadSecurityConfig({ AUTH_FILE: path }, problems);
    assert.match(problems[0]!, /AUTH_FILE: cannot read .*broken\.json as JSON/);
  });
});
