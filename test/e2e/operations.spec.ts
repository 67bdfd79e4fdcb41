/** Operational endpoints: Prometheus metrics without personal data, and a message's events readable through the API. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { build } from '../../libs/istandaarden/src/index.js';
import { historyForExample, recordHistory } from '../support/rule-history.js';
import { sampleModel } from '../support/sample-model.js';
import { skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';

describe('operations', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;
  let id: string;
  const model = sampleModel('WMO307');
  (model.Header as Record<string, unknown>).Ontvanger = '0599';
  (model.Client as Record<string, unknown>).Bsn = '999990019';

  before(async () => {
    gateway = await startTestGateway({ AMQP_URL: '' });
    // The start this stop ends, as the gateway would have recorded it.
    await recordHistory(
      gateway.database.url,
      historyForExample({ standaard: 'iwmo', code: 'WMO307', bericht: model }),
    );
    const built = build({ code: 'WMO307', bericht: model });
    assert.ok(built.ok);
    const response = await fetch(`${gateway.base}/api/v1/berichten`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml', prefer: 'wait' },
      body: built.xml,
    });
    id = ((await response.json()) as { id: string }).id;
  });
  after(() => gateway.close());

  it('counts messages in /metrics by code and outcome, and shows no personal data', async () => {
    const text = await (await fetch(`${gateway.base}/metrics`)).text();
    assert.match(text, /istd_messages_received_total\{standaard="iwmo",code="WMO307",channel="rest"\} 1/);
    assert.match(text, /istd_messages_processed_total\{code="WMO307",status="accepted"\} 1/);
    assert.match(text, /istd_outbox_unpublished 1/);
    assert.doesNotMatch(text, /999990019/);
  });

  it('keeps the event in the outbox without RabbitMQ and shows it through the API', async () => {
    const events = (await (await fetch(`${gateway.base}/api/v1/berichten/${id}/events`)).json()) as Array<{
      routingKey: string;
      publishedAt: string | null;
      event: { berichtId: string; type: string };
    }>;
    assert.equal(events.length, 1);
    assert.equal(events[0]!.routingKey, 'iwmo.stop-zorg.ontvangen');
    assert.equal(events[0]!.publishedAt, null);
    assert.equal(events[0]!.event.berichtId, id);
  });

  it('answers 404 with a problem document for an unknown message', async () => {
    const response = await fetch(`${gateway.base}/api/v1/berichten/6f0c1b6e-7d3c-4b8e-9a53-2d1f7c0e9b11`);
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
  });
});
