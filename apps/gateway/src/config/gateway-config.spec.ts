import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadGatewayConfig } from './gateway-config.js';

describe('gateway configuration: deliveries, termijnen, commands', () => {
  it('has safe defaults', () => {
    const sut = loadGatewayConfig({});
    assert.equal(sut.deliveryRetryBaseMs, 1_000);
    assert.equal(sut.deliveryMaxAttempts, 10);
    assert.equal(sut.termijnCheckMs, 60_000);
    assert.equal(sut.commandsQueue, 'istandaarden.commands');
    assert.equal(sut.backgroundNice, 10);
    assert.equal(sut.eventMaxBytes, 8 * 1024 * 1024);
  });

  it('takes the values given', () => {
    const sut = loadGatewayConfig({
      DELIVERY_RETRY_BASE_MS: '50',
      DELIVERY_MAX_ATTEMPTS: '3',
      TERMIJN_CHECK_MS: '200',
      COMMANDS_QUEUE: 'gemeente.commands',
      BACKGROUND_NICE: '0',
      EVENT_MAX_BYTES: '262144',
    });
    assert.deepEqual(
      [
        sut.deliveryRetryBaseMs,
        sut.deliveryMaxAttempts,
        sut.termijnCheckMs,
        sut.commandsQueue,
        sut.backgroundNice,
        sut.eventMaxBytes,
      ],
      [50, 3, 200, 'gemeente.commands', 0, 262_144],
    );
  });

  it('refuses values that are not whole numbers in range, naming each', () => {
    assert.throws(
      () =>
        loadGatewayConfig({
          DELIVERY_RETRY_BASE_MS: '0',
          DELIVERY_MAX_ATTEMPTS: 'x',
          TERMIJN_CHECK_MS: '1.5',
          EVENT_MAX_BYTES: '512',
        }),
      (error: unknown) =>
        error instanceof ConfigError &&
        /DELIVERY_RETRY_BASE_MS/.test(error.message) &&
        /DELIVERY_MAX_ATTEMPTS/.test(error.message) &&
        /TERMIJN_CHECK_MS/.test(error.message) &&
        /EVENT_MAX_BYTES must be a whole number ≥ 1024/.test(error.message),
    );
    for (const nice of ['-1', '20', '2.5'])
      assert.throws(
        () => loadGatewayConfig({ BACKGROUND_NICE: nice }),
        (error: unknown) => error instanceof ConfigError && /BACKGROUND_NICE/.test(error.message),
        nice,
      );
  });
});
