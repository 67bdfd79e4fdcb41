/**
 * The migrations since the outbox kept `jsonb`, on a database that already holds data: outbox events
 * written as `jsonb` keep their content as JSON text and get their type and time filled in, and the
 * relay's claim reads them; every one of those migrations goes down and up again.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../libs/persistence/src/index.js';
import { OutboxRepository } from '../../apps/gateway/src/outbox/outbox.repository.js';
import { createTestDatabase, skipWithoutServices, type TestDatabase } from '../support/test-services.js';

function dataSource(url: string, migrations: readonly unknown[]): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    migrations: migrations as Array<new () => never>,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
  });
}

/** The first of the migrations since the outbox kept `jsonb`; the test runs those after it and undoes them. */
const FIRST_NEW = MIGRATIONS.findIndex((migration) => migration.name === 'OutboxPayloadText1764000000900');

describe('storage migrations over existing data', { skip: skipWithoutServices }, () => {
  let database: TestDatabase;

  before(async () => {
    database = await createTestDatabase();
  });

  after(async () => {
    await database?.drop();
  });

  it('keeps outbox events written as jsonb, fills in their type and time, and goes down and up again', async () => {
    const older = dataSource(database.url, MIGRATIONS.slice(0, FIRST_NEW));
    await older.initialize();
    await older.runMigrations({ transaction: 'each' });
    const event = {
      id: randomUUID(),
      type: 'ijw.start-zorg.ontvangen',
      occurredAt: '2026-11-24T08:00:00.000Z',
      berichtId: null,
      data: { tekst: 'quote " and backslash \\ and é', getal: 12 },
    };
    await older.query(`INSERT INTO outbox (event_id, routing_key, payload) VALUES ($1, $2, $3::jsonb)`, [
      event.id,
      'ijw.start-zorg.ontvangen',
      JSON.stringify(event),
    ]);
    await older.destroy();

    const current = dataSource(database.url, MIGRATIONS);
    await current.initialize();
    try {
      await current.runMigrations({ transaction: 'each' });
      const [pending] = await current.transaction((manager) =>
        new OutboxRepository().claimUnpublished(manager, 10, 1024 * 1024),
      );
      assert.ok(pending && 'payload' in pending);
      assert.equal(pending.type, event.type);
      assert.equal(pending.occurredAt.toISOString(), event.occurredAt);
      assert.deepEqual(JSON.parse(pending.payload), event);
      for (let n = FIRST_NEW; n < MIGRATIONS.length; n++)
        await current.undoLastMigration({ transaction: 'each' });
      const [back] = (await current.query(`SELECT payload FROM outbox WHERE event_id = $1`, [
        event.id,
      ])) as Array<{
        payload: unknown;
      }>;
      assert.deepEqual(back!.payload, event);
      await current.runMigrations({ transaction: 'each' });
      const [again] = await current.transaction((manager) =>
        new OutboxRepository().claimUnpublished(manager, 10, 1024 * 1024),
      );
      assert.ok(again && 'payload' in again);
      assert.deepEqual(JSON.parse(again.payload), event);
    } finally {
      await current.destroy();
    }
  });
});
