import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { finding } from '../../../../../libs/istandaarden/src/index.js';
import type { MessageRecord } from '../../berichten/message.repository.js';
import type { Session } from '../accounts.repository.js';
import { messagePageView, type MessagePageData } from './message-page.view.js';

function record(body: string, findings = [finding('TR135', 'te laat', { line: 3 })]): MessageRecord {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    direction: 'in',
    channel: 'rest',
    body: Buffer.from(body),
    size: body.length,
    standaard: 'ijw',
    code: 'JW323',
    berichtcode: '490',
    afzender: '12345678',
    ontvanger: '0363',
    identificatie: 'X1',
    dagtekening: '2026-01-01',
    gemeente: '0363',
    aanbieder: '12345678',
    status: 'rejected',
    findings,
    retourcodes: { Header: ['8848'] },
    answersId: null,
    retourId: null,
    envelope: null,
    receivedAt: new Date('2026-01-01T10:00:00Z'),
    processedAt: new Date('2026-01-01T10:00:01Z'),
  };
}

function data(message: MessageRecord, revealed = false): MessagePageData {
  return { message, chain: [], earlier: [], events: [], deliveries: [], handled: [], audit: [], revealed };
}

const viewer = { gebruikersnaam: 'v', rol: 'viewer' as const, csrfToken: 't', session: {} as Session };
const engineer = { ...viewer, rol: 'engineer' as const };

describe('message page', () => {
  const body = '<?xml version="1.0"?>\n<Bericht>\n  <Bsn>999990019</Bsn>\n</Bericht>';

  it('puts each finding right after its line and masks the BSN until revealed', () => {
    const out = messagePageView(engineer, data(record(body))).value;
    assert.match(out, /id="bericht-r3"[^]*?<\/tr>\s*<tr class="finding-row" data-line="3">[^]*?TR135/);
    assert.ok(!out.includes('999990019'));
    assert.ok(messagePageView(engineer, data(record(body), true)).value.includes('999990019'));
  });

  it('offers reprocessing to an engineer, not to a viewer', () => {
    assert.match(messagePageView(engineer, data(record(body))).value, /herverwerken/);
    assert.doesNotMatch(messagePageView(viewer, data(record(body))).value, /herverwerken/);
  });

  it('shows a very long message as its start and the lines around its findings', () => {
    const long = [
      '<Bericht>',
      ...Array.from({ length: 5_000 }, (_, i) => `  <Regel>${i}</Regel>`),
      '</Bericht>',
    ].join('\n');
    const out = messagePageView(engineer, data(record(long, [finding('TR1', 'x', { line: 4_000 })]))).value;
    assert.match(out, /id="bericht-r4000"/);
    assert.match(out, /id="bericht-r3990"/);
    assert.match(out, /id="bericht-r150"/);
    assert.doesNotMatch(out, /id="bericht-r1000"/);
    assert.match(out, /regels weggelaten/);
    assert.ok(out.length < 200_000);
  });
});
