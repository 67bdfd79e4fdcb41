import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleModel } from '../../../test/support/sample-model.js';
import {
  INVALID_OFFICIAL_EXAMPLES,
  referenceExamples,
  skipWithoutReference,
} from '../../../test/support/reference.js';
import { catalogue, finding, parse, type BerichtNode, type Standaard } from '../../istandaarden/src/index.js';
import { validateEvent } from './event-validator.js';
import { acceptedEventName, eventRoutingKey, eventType, REJECTED_EVENT_NAME } from './events.js';

const INBOUND = catalogue.filter((entry) => entry.richting === 'aanbieder-naar-gemeente');

function event(key: string, standaard: Standaard, berichtcode: string | null, data: unknown) {
  return {
    type: eventType(key),
    id: '0b6f5a4e-2c1d-4e8f-9a3b-7c6d5e4f3a2b',
    occurredAt: '2026-03-02T09:30:00.123Z',
    gemeente: '0363',
    aanbieder: '12345678',
    berichtId: '5f0e8d7c-6b5a-4948-8372-61504f3e2d1c',
    standaard,
    berichtcode,
    data,
  };
}

function accepted(code: string, data: unknown = sampleModel(code, true)) {
  const entry = catalogue.find((candidate) => candidate.code === code)!;
  const key = eventRoutingKey(entry.standaard, acceptedEventName(code));
  return { key, event: event(key, entry.standaard, code, data) };
}

/** A full JW305 model with the value at `path` (`/`-separated names and array indexes) replaced or, for undefined, removed. */
function changed(path: string, value: unknown): BerichtNode {
  const bericht = structuredClone(sampleModel('JW305', true)) as Record<string, unknown>;
  const names = path.split('/');
  const last = names.pop()!;
  let node = bericht;
  for (const name of names) node = node[name] as Record<string, unknown>;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return bericht as BerichtNode;
}

describe('validateEvent on events the gateway publishes', () => {
  it('covers the seven inbound message types of both standards', () => {
    assert.equal(INBOUND.length, 14);
    assert.deepEqual(
      [...new Set(INBOUND.map((entry) => entry.type))],
      ['302', '305', '307', '315', '317', '320', '323'],
    );
  });

  for (const entry of INBOUND) {
    for (const full of [false, true]) {
      it(`accepts ${entry.code} (${full ? 'every optional element, repeated' : 'only required elements'})`, () => {
        const { key, event } = accepted(entry.code, sampleModel(entry.code, full));
        assert.deepEqual(validateEvent(key, event), []);
        // What consumers receive: the event after a JSON round trip.
        assert.deepEqual(validateEvent(key, JSON.parse(JSON.stringify(event))), []);
      });
    }
  }

  it(
    'accepts the official examples as parsed into the internal model',
    { skip: skipWithoutReference },
    () => {
      const inbound = new Set(INBOUND.map((entry) => entry.code));
      let checked = 0;
      for (const example of referenceExamples()) {
        if (!inbound.has(example.code) || INVALID_OFFICIAL_EXAMPLES[example.code]) continue;
        const parsed = parse(example.xml);
        assert.ok(parsed.ok, example.file);
        const { key, event } = accepted(example.code, parsed.bericht);
        assert.deepEqual(validateEvent(key, event), [], example.file);
        checked++;
      }
      assert.ok(checked >= 10, `only ${checked} examples checked`);
    },
  );

  for (const standaard of ['ijw', 'iwmo'] as const) {
    it(`accepts ${standaard}.bericht.afgekeurd with findings, retourcodes and retour, or with none`, () => {
      const key = eventRoutingKey(standaard, REJECTED_EVENT_NAME);
      const code = standaard === 'ijw' ? 'JW305' : 'WMO305';
      const withRetour = event(key, standaard, code, {
        findings: [
          {
            ...finding('TR056', 'identification used before', {
              line: 3,
              column: 5,
              path: '/Bericht/Header',
            }),
            retourcode: '9056',
          },
          finding('XSD', 'the document as a whole'),
        ],
        retourcodes: { Header: ['9056'] },
        retourId: '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d',
      });
      assert.deepEqual(validateEvent(key, withRetour), []);
      const unidentified = event(key, standaard, null, { findings: [], retourcodes: null, retourId: null });
      assert.deepEqual(validateEvent(key, { ...unidentified, gemeente: null, aanbieder: null }), []);
    });
  }
});

describe('validateEvent on broken events', () => {
  const errorsFor = (data: BerichtNode) => {
    const { key, event } = accepted('JW305', data);
    return validateEvent(key, event);
  };
  const assertRefused = (errors: string[], expected: RegExp) =>
    assert.ok(errors.length > 0 && errors.some((error) => expected.test(error)), errors.join('\n'));

  it('refuses an integer leaf given as text, and a text leaf given as a number', () => {
    assertRefused(errorsFor(changed('Header/BerichtVersie', '3')), /^\/data\/Header\/BerichtVersie /);
    assertRefused(errorsFor(changed('Client/Bsn', 123456789)), /^\/data\/Client\/Bsn must be string/);
  });

  it('refuses an element the message does not have', () => {
    assertRefused(
      errorsFor(changed('Client/Onbekend', 'x')),
      /^\/data\/Client must NOT have additional properties: Onbekend$/,
    );
  });

  it('refuses a missing required element', () => {
    assertRefused(
      errorsFor(changed('Client/Bsn', undefined)),
      /^\/data\/Client must have required property 'Bsn'$/,
    );
  });

  it('refuses values that break a pattern, an enumeration or a length', () => {
    assertRefused(errorsFor(changed('Client/Bsn', '12345')), /^\/data\/Client\/Bsn must match pattern/);
    assertRefused(
      errorsFor(changed('Client/Geslacht', '9')),
      /^\/data\/Client\/Geslacht must be equal to one of/,
    );
    assertRefused(
      errorsFor(changed('Client/StartProducten/StartProduct/0/Begindatum', '02-03-2026')),
      /^\/data\/Client\/StartProducten\/StartProduct\/0\/Begindatum must match pattern/,
    );
  });

  it('refuses a repeatable element that is not an array, or an empty one', () => {
    assertRefused(
      errorsFor(changed('Client/StartProducten/StartProduct', { Begindatum: '2026-03-02' })),
      /StartProduct must be array/,
    );
    assertRefused(
      errorsFor(changed('Client/StartProducten/StartProduct', [])),
      /must NOT have fewer than 1 items/,
    );
  });

  it('refuses another message code, a wrong envelope and an envelope field too many', () => {
    const { key, event } = accepted('JW305');
    assertRefused(
      validateEvent(key, { ...event, berichtcode: 'JW307' }),
      /^\/berichtcode must be equal to constant/,
    );
    assertRefused(
      validateEvent(key, { ...event, type: 'ijw.start-zorg.ontvangen.v2' }),
      /^\/type must be equal/,
    );
    assertRefused(validateEvent(key, { ...event, id: 'not-a-uuid' }), /^\/id must match format "uuid"/);
    assertRefused(validateEvent(key, { ...event, occurredAt: '2 maart' }), /^\/occurredAt must match format/);
    assertRefused(
      validateEvent(key, { ...event, extra: 1 }),
      /^\/ must NOT have additional properties: extra$/,
    );
    const { data, ...withoutData } = event;
    assert.ok(data);
    assertRefused(validateEvent(key, withoutData), /must have required property 'data'/);
    // The data of another message under this routing key.
    assert.ok(validateEvent(key, { ...event, data: sampleModel('JW307') }).length > 0);
  });

  it('refuses a rejection whose findings are malformed', () => {
    const key = eventRoutingKey('ijw', REJECTED_EVENT_NAME);
    const base = event(key, 'ijw', 'JW305', { findings: [], retourcodes: null, retourId: null });
    assertRefused(
      validateEvent(key, {
        ...base,
        data: {
          findings: [{ rule: 'XSD', line: -1, column: 0, path: '', message: 'x' }],
          retourcodes: null,
          retourId: null,
        },
      }),
      /^\/data\/findings\/0\/line must be >= 0$/,
    );
    assertRefused(
      validateEvent(key, { ...base, data: { findings: [] } }),
      /must have required property 'retourcodes'/,
    );
    assertRefused(
      validateEvent(key, { ...base, berichtcode: 'WMO305' }),
      /^\/berichtcode must be equal to one of/,
    );
  });

  it('refuses routing keys without a schema', () => {
    assert.deepEqual(validateEvent('ijw.toewijzing.ontvangen', {}), [
      'no event schema for routing key ijw.toewijzing.ontvangen',
    ]);
    assert.deepEqual(validateEvent('../../package', {}), ['../../package is not a routing key']);
  });

  it('accepts an event published by reference (dataRef, no data) and refuses one with both or neither', () => {
    const { key, event: whole } = accepted('JW323');
    const { data, ...envelope } = whole;
    const dataRef = { href: `/api/v1/berichten/${whole.berichtId}/events/${whole.id}`, bytes: 9_000_000 };
    assert.ok(data);
    assert.deepEqual(validateEvent(key, { ...envelope, dataRef }), []);
    assert.notDeepEqual(validateEvent(key, { ...whole, dataRef }), []);
    assert.notDeepEqual(validateEvent(key, envelope), []);
    assert.notDeepEqual(
      validateEvent(key, { ...envelope, dataRef: { ...dataRef, href: 'https://elsewhere' } }),
      [],
    );
  });
});
