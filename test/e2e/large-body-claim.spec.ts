/**
 * A large body is claimed for processing in parts, in PostgreSQL's escape encoding, into shared
 * memory: it must come back byte for byte whatever it holds (every byte value, backslashes, bytes
 * with the high bit set, zero bytes, and a part boundary in the middle of a multi-byte character).
 */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../libs/persistence/src/index.js';
import { MessageRepository, writeUnescaped } from '../../apps/gateway/src/berichten/message.repository.js';
import { createTestDatabase, skipWithoutServices, type TestDatabase } from '../support/test-services.js';

describe('writeUnescaped', () => {
  it('turns the escape encoding back into bytes', () => {
    const target = Buffer.alloc(8);
    assert.equal(writeUnescaped('a\\\\b\\000\\377c', target, 1), 6);
    assert.deepEqual([...target], [0, 0x61, 0x5c, 0x62, 0, 0xff, 0x63, 0]);
  });
});

describe('claiming a large body', { skip: skipWithoutServices }, () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  before(async () => {
    database = await createTestDatabase();
    dataSource = await openDatabase({ url: database.url, poolSize: 2 });
  });

  after(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('reads it in parts into shared memory, identical to what was stored', async () => {
    // 20 MB: every byte value in turn, then XML text with é (two bytes) across the 8 MB part boundaries.
    const everyByte = Buffer.from(Array.from({ length: 256 * 4096 }, (_, i) => i % 256));
    const text = Buffer.from('<Naam>Çelik–Öztürk \\ é</Naam>\n'.repeat(600_000), 'utf8');
    const body = Buffer.concat([everyByte, text]);
    assert.ok(body.length > 2 * 8 * 1024 * 1024);
    const messages = new MessageRepository(dataSource);
    const id = randomUUID();
    await messages.insertInboundMany([
      {
        id,
        direction: 'in',
        channel: 'rest',
        sha256: createHash('sha256').update(body).digest(),
        body,
        status: 'received',
      },
    ]);
    const claimed = await dataSource.transaction((manager) => messages.claimReceived(manager, 1, id));
    assert.equal(claimed.length, 1);
    assert.ok(claimed[0]!.body.buffer instanceof SharedArrayBuffer);
    assert.ok(claimed[0]!.body.equals(body));
  });
});
