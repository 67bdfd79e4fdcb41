/**
 * Taking in a message: refuse what is not a well-formed iJw/iWmo message, then store the raw bytes
 * with their hash (together with the messages arriving meanwhile: group commit). Only a stored
 * message is acknowledged; the same bytes sent again return the message stored the first time.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  catalogueEntry,
  checkWellFormed,
  type Finding,
  type SchemaSet,
  type ValidationPool,
} from '../../../../libs/istandaarden/src/index.js';
import type { InboundBatcher } from './inbound-batcher.js';
import type { Channel, StoredInbound } from './message.repository.js';

export class MessageRefused extends Error {
  constructor(
    readonly reason: 'not-well-formed' | 'unknown-type' | 'too-large' | 'wrong-direction',
    readonly findings: readonly Finding[],
  ) {
    super(findings[0]?.message ?? reason);
  }
}

export interface ReceiveCommand {
  readonly body: Buffer;
  readonly channel: Channel;
  readonly maxBytes: number;
  readonly envelope?: unknown;
}

/** Larger messages are checked on the validation pool: libxml2 would hold the thread serving HTTP for as long. */
const OFF_THREAD_BYTES = 1024 * 1024;

export class ReceiveMessage {
  constructor(
    private readonly inbound: InboundBatcher,
    private readonly schemas: SchemaSet,
    private readonly pool: () => ValidationPool | undefined = () => undefined,
  ) {}

  async execute(command: ReceiveCommand): Promise<StoredInbound> {
    const limits = { maxBytes: command.maxBytes };
    const pool = command.body.length > OFF_THREAD_BYTES ? this.pool() : undefined;
    const checked = pool
      ? await pool.checkWellFormed(command.body, limits)
      : checkWellFormed(command.body, limits, this.schemas);
    if (!checked.valid) {
      const rule = checked.findings[0]?.rule;
      throw new MessageRefused(
        rule === 'BERICHT'
          ? 'unknown-type'
          : rule === 'INPUT' && /limit/.test(checked.findings[0]!.message)
            ? 'too-large'
            : 'not-well-formed',
        checked.findings,
      );
    }
    const entry = checked.code ? catalogueEntry(checked.code) : undefined;
    if (entry && entry.richting !== 'aanbieder-naar-gemeente') {
      const message = `${entry.code} (${entry.naam}) is sent by a gemeente, not received by one`;
      throw new MessageRefused('wrong-direction', [
        { rule: 'BERICHT', line: 0, column: 0, path: '/Bericht', message },
      ]);
    }
    // Header facts (sender, identification, gemeente) are stored by processing, which parses the message anyway.
    return this.inbound.insert({
      id: randomUUID(),
      direction: 'in',
      channel: command.channel,
      sha256: createHash('sha256').update(command.body).digest(),
      body: command.body,
      ...(checked.standaard ? { standaard: checked.standaard } : {}),
      ...(checked.code ? { code: checked.code } : {}),
      status: 'received',
      ...(command.envelope !== undefined ? { envelope: command.envelope } : {}),
    });
  }
}
