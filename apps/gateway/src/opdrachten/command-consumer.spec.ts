import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commandKind, OpdrachtDeserializer, COMMAND_PATTERN } from './command-consumer.js';

function message(routingKey: string, type?: string) {
  return { fields: { routingKey }, properties: { type } } as unknown as Parameters<typeof commandKind>[0];
}

describe('the command contract on RabbitMQ', () => {
  it('reads the kind from the AMQP type, else from the routing key', () => {
    assert.deepEqual(commandKind(message('ijw.toewijzing')), { standaard: 'ijw', soort: 'toewijzing' });
    assert.deepEqual(commandKind(message('x', 'iwmo.declaratie-antwoord.v1')), {
      standaard: 'iwmo',
      soort: 'declaratie-antwoord',
    });
    assert.deepEqual(commandKind(message('istd.queue', 'ijw.antwoord')), {
      standaard: 'ijw',
      soort: 'antwoord',
    });
  });

  it('knows no other kinds or standards', () => {
    assert.equal(commandKind(message('ijw.start-zorg')), undefined);
    assert.equal(commandKind(message('jz.toewijzing')), undefined);
    assert.equal(commandKind(message('ijw.toewijzing.v2')), undefined);
  });

  it('hands every body, JSON or not, to the one command handler', () => {
    const sut = new OpdrachtDeserializer();
    assert.deepEqual(sut.deserialize({ commandId: 'a' }), {
      pattern: COMMAND_PATTERN,
      data: { commandId: 'a' },
    });
    assert.deepEqual(sut.deserialize('not json'), { pattern: COMMAND_PATTERN, data: 'not json' });
  });
});
