import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { catalogue } from '../../istandaarden/src/index.js';
import { acceptedEventName, eventRoutingKey, eventType, REJECTED_EVENT_NAME } from './events.js';
import { fundingEvents } from './generate-schemas.js';
import {
  COMMANDS_DEAD_LETTER_EXCHANGE,
  COMMANDS_DEAD_LETTER_QUEUE,
  COMMANDS_EXCHANGE,
  COMMANDS_QUEUE,
  EVENTS_EXCHANGE,
} from './topology.js';

const PROJECT_DIR = fileURLToPath(new URL('../../../../', import.meta.url));
const ASYNCAPI_FILE = `${PROJECT_DIR}docs/asyncapi.yaml`;

type Node = Record<string, unknown>;
const document = parse(readFileSync(ASYNCAPI_FILE, 'utf8')) as Node;

/** Follows a local `$ref` (`#/components/...`) to what it points at. */
function deref(value: unknown): Node {
  const node = value as Node;
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let target: unknown = document;
  for (const part of ref.slice(2).split('/')) {
    target = (target as Node | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  assert.ok(target, `${ref} points at nothing`);
  return deref(target);
}

/** Every routing key the gateway can publish: each inbound message type accepted, and rejections. */
const ROUTING_KEYS = [
  ...catalogue
    .filter((entry) => entry.richting === 'aanbieder-naar-gemeente')
    .map((entry) => eventRoutingKey(entry.standaard, acceptedEventName(entry.code))),
  ...[...new Set(catalogue.map((entry) => entry.standaard))].map((standaard) =>
    eventRoutingKey(standaard, REJECTED_EVENT_NAME),
  ),
  ...fundingEvents().map((event) => event.routingKey),
];

const channels = Object.entries(document.channels as Record<string, Node>);
const eventChannels = channels.filter(
  ([, channel]) =>
    (deref(channel.bindings).amqp as Node | undefined)?.exchange !== undefined &&
    ((deref(channel.bindings).amqp as Node).exchange as Node).name === EVENTS_EXCHANGE,
);

describe('docs/asyncapi.yaml', () => {
  it('is an AsyncAPI 3.0 document with an AMQP server', () => {
    assert.equal(document.asyncapi, '3.0.0');
    const servers = Object.values(document.servers as Record<string, Node>);
    assert.ok(servers.length > 0);
    for (const server of servers) assert.equal(server.protocol, 'amqp');
  });

  it('has a channel on the events exchange for each of the 20 routing keys the gateway publishes, and no others', () => {
    assert.equal(ROUTING_KEYS.length, 20);
    assert.deepEqual(eventChannels.map(([, channel]) => channel.address).sort(), [...ROUTING_KEYS].sort());
  });

  for (const key of ROUTING_KEYS) {
    it(`describes ${key}: its message, payload schema file and AMQP bindings`, () => {
      const [id, channel] = eventChannels.find(([, candidate]) => candidate.address === key) ?? [];
      assert.ok(channel, `no channel with address ${key}`);
      const amqp = deref(channel.bindings).amqp as Node;
      assert.equal(amqp.is, 'routingKey');
      const exchange = amqp.exchange as Node;
      assert.equal(exchange.name, EVENTS_EXCHANGE);
      assert.equal(exchange.type, 'topic');
      assert.equal(exchange.durable, true);

      const messages = Object.values(channel.messages as Record<string, unknown>).map(deref);
      assert.equal(messages.length, 1, `${key} has one message`);
      const message = messages[0]!;
      assert.equal(message.name, eventType(key));
      assert.deepEqual(message.bindings, { amqp: { messageType: eventType(key), bindingVersion: '0.3.0' } });
      const traits = (message.traits as unknown[]).map(deref);
      assert.ok(
        traits.some(
          (trait) => (trait['x-amqp-properties'] as Node | undefined)?.message_id === '$message.payload#/id',
        ),
        `${key}: message_id is the event id`,
      );

      const payload = message.payload as Node;
      assert.equal(payload.schemaFormat, 'application/schema+json;version=2020-12');
      const ref = (payload.schema as Node).$ref as string;
      assert.equal(ref, `../libs/messaging/schemas/${eventType(key)}.json`);
      const file = resolve(dirname(ASYNCAPI_FILE), ref);
      assert.ok(existsSync(file), `${ref} does not exist`);
      assert.equal((JSON.parse(readFileSync(file, 'utf8')) as Node).title, eventType(key));

      const operations = Object.values(document.operations as Record<string, Node>).filter(
        (operation) => deref(operation.channel) === channel,
      );
      assert.equal(operations.length, 1, `${key} has one operation`);
      const operation = operations[0]!;
      assert.equal(operation.action, 'send');
      assert.deepEqual(operation.messages, [{ $ref: `#/channels/${id}/messages/${eventType(key)}` }]);
      assert.equal((deref(operation.bindings).amqp as Node).deliveryMode, 2, 'persistent');
    });
  }

  it('describes the commands exchange and its dead-letter exchange, without messages yet', () => {
    const exchange = (name: string) => {
      const found = channels.filter(
        ([, channel]) => ((deref(channel.bindings).amqp as Node).exchange as Node | undefined)?.name === name,
      );
      assert.equal(found.length, 1, `one channel for exchange ${name}`);
      const [, channel] = found[0]!;
      assert.deepEqual(channel.messages, {});
      return (deref(channel.bindings).amqp as Node).exchange as Node;
    };
    assert.equal(exchange(COMMANDS_EXCHANGE).type, 'topic');
    assert.equal(exchange(COMMANDS_DEAD_LETTER_EXCHANGE).type, 'topic');
    const queue = (name: string) =>
      channels.find(
        ([, channel]) => ((deref(channel.bindings).amqp as Node).queue as Node | undefined)?.name === name,
      )?.[1];
    assert.ok(queue(COMMANDS_DEAD_LETTER_QUEUE), `queue ${COMMANDS_DEAD_LETTER_QUEUE}`);
    assert.ok(
      String(queue(COMMANDS_QUEUE)?.description).includes(
        `x-dead-letter-exchange: ${COMMANDS_DEAD_LETTER_EXCHANGE}`,
      ),
      `queue ${COMMANDS_QUEUE} dead-letters to ${COMMANDS_DEAD_LETTER_EXCHANGE}`,
    );
  });
});
