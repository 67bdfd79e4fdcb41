/**
 * A bounded stream of messages sent through the chain simulator at a steady rate while a fault happens,
 * each one sent again (as the GGk would) until the gateway acknowledges it with a Bv03 — then the
 * reconciliation: acknowledged = stored = events published (distinct message) = retours produced.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { ChainSim } from '../../../apps/chain-sim/src/chain-sim.js';
import type { EventConsumer } from '../../support/event-consumer.js';
import { startZorgXml } from '../../support/start-zorg.js';

export interface StreamOptions {
  readonly count: number;
  readonly perSecond: number;
  /** Identificatie prefix, unique per test run (consumers share the exchange with other runs). */
  readonly prefix: string;
  /** Called once, when this many messages have been sent for the first time. */
  readonly faultAt?: { readonly sent: number; readonly fault: () => Promise<void> };
}

export interface StreamResult {
  /** Identificatie of every acknowledged message. */
  readonly acknowledged: string[];
  readonly attempts: number;
  /** Answers other than Bv03 while the fault lasted, by HTTP status; `network` for no answer at all. */
  readonly failures: Record<string, number>;
  /** Whether every 503 carried a Retry-After. */
  readonly retryAfterOn503: boolean;
}

export const startZorg = (identificatie: string): Buffer => Buffer.from(startZorgXml(identificatie));

const GIVE_UP_MS = 90_000;

export async function stream(sim: ChainSim, options: StreamOptions): Promise<StreamResult> {
  const acknowledged: string[] = [];
  const failures: Record<string, number> = {};
  let attempts = 0;
  let retryAfterOn503 = true;
  let firstSends = 0;
  let fault: Promise<void> | undefined;
  const started = performance.now();
  const one = async (index: number): Promise<void> => {
    const identificatie = `${options.prefix}${String(index).padStart(4, '0')}`;
    const payload = startZorg(identificatie);
    const due = started + (index * 1000) / options.perSecond;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    const deadline = Date.now() + GIVE_UP_MS;
    for (let attempt = 0; ; attempt++) {
      if (attempt === 0 && ++firstSends === options.faultAt?.sent) fault = options.faultAt.fault();
      attempts++;
      let status: string;
      try {
        const sent = await sim.send(payload, 'JW305');
        if (sent.status === 200 && sent.answer?.kind === 'Bv03') {
          acknowledged.push(identificatie);
          return;
        }
        status = String(sent.status);
        if (sent.status === 503 && !sent.retryAfter) retryAfterOn503 = false;
      } catch {
        status = 'network';
      }
      failures[status] = (failures[status] ?? 0) + 1;
      if (Date.now() > deadline) throw new Error(`${identificatie} not acknowledged in ${GIVE_UP_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 100 * 2 ** Math.min(attempt, 4))));
    }
  };
  await Promise.all(Array.from({ length: options.count }, (_, index) => one(index)));
  await fault;
  return { acknowledged, attempts, failures, retryAfterOn503 };
}

export interface Reconciliation {
  readonly acknowledged: number;
  readonly stored: number;
  readonly processed: number;
  readonly events: number;
  /** Events received more than once (allowed only with the same message_id). */
  readonly duplicateEvents: number;
  readonly retours: number;
  readonly delivered: number;
}

async function countsIn(
  databaseUrl: string,
  identificaties: readonly string[],
): Promise<{
  stored: number;
  processed: number;
  ids: string[];
  retours: number;
  duplicates: number;
  answeredTwice: number;
}> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = (
      await client.query<{ id: string; identificatie: string | null; status: string; retours: number }>(
        `SELECT m.id, m.identificatie, m.status,
                (SELECT count(*)::int FROM message r WHERE r.answers_id = m.id) AS retours
           FROM message m
          WHERE m.direction = 'in' AND m.code = 'JW305'`,
      )
    ).rows;
    const wanted = new Set(identificaties);
    const ours = rows.filter((row) => row.identificatie === null || wanted.has(row.identificatie));
    const perIdentificatie = new Map<string, number>();
    for (const row of ours)
      if (row.identificatie)
        perIdentificatie.set(row.identificatie, (perIdentificatie.get(row.identificatie) ?? 0) + 1);
    return {
      stored: ours.length,
      processed: ours.filter((row) => row.status !== 'received').length,
      ids: ours.map((row) => row.id),
      retours: ours.reduce((sum, row) => sum + Math.min(1, row.retours), 0),
      duplicates: [...perIdentificatie.values()].filter((n) => n > 1).length,
      answeredTwice: ours.filter((row) => row.retours > 1).length,
    };
  } finally {
    await client.end();
  }
}

/**
 * Waits until everything acknowledged has been processed, published and answered (or the time is up),
 * then asserts the four numbers agree and that nothing happened twice, and prints them.
 */
export async function reconcile(
  label: string,
  result: StreamResult,
  services: { databaseUrl: string; events: EventConsumer; sim: ChainSim },
  timeoutMs = 60_000,
): Promise<Reconciliation> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await countsIn(services.databaseUrl, result.acknowledged);
    const ids = new Set(counts.ids);
    const events = services.events.events.filter(
      (received) => received.event.berichtId !== null && ids.has(received.event.berichtId),
    );
    const distinct = new Map<string, Set<string | undefined>>();
    for (const received of events) {
      const berichtId = received.event.berichtId!;
      const seen = distinct.get(berichtId) ?? new Set();
      seen.add(received.messageId);
      distinct.set(berichtId, seen);
    }
    const du01 = services.sim.delivered.filter(({ request }) => request.operation === 'ggk_Du01');
    const delivered = new Set(
      du01.map(({ request }) =>
        request.operation === 'ggk_Du01'
          ? createHash('sha256').update(request.envelope.parameters.bericht.bytes).digest('hex')
          : '',
      ),
    ).size;
    const figures: Reconciliation = {
      acknowledged: result.acknowledged.length,
      stored: counts.stored,
      processed: counts.processed,
      events: distinct.size,
      duplicateEvents: events.length - distinct.size,
      retours: counts.retours,
      delivered,
    };
    const settled =
      figures.processed === figures.stored &&
      figures.events === figures.stored &&
      figures.retours === figures.stored &&
      figures.delivered === figures.retours;
    if (settled || Date.now() > deadline) {
      console.log(
        `[${label}] acknowledged ${figures.acknowledged} = stored ${figures.stored} (processed ${figures.processed})` +
          ` = events published ${figures.events} (distinct message; ${figures.duplicateEvents} redelivered)` +
          ` = retours produced ${figures.retours} (delivered to the GGk ${figures.delivered}, ${du01.length - delivered} redelivered)` +
          ` | ${result.attempts} sends, refused meanwhile: ${JSON.stringify(result.failures)}`,
      );
      assert.equal(counts.duplicates, 0, 'no message stored twice');
      assert.equal(counts.answeredTwice, 0, 'no message answered twice');
      for (const [berichtId, messageIds] of distinct)
        assert.equal(messageIds.size, 1, `duplicates of ${berichtId}'s event carry the same message_id`);
      assert.deepEqual(
        [figures.stored, figures.processed, figures.events, figures.retours, figures.delivered],
        Array(5).fill(figures.acknowledged),
        'acknowledged = stored = processed = events = retours = delivered',
      );
      return figures;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
