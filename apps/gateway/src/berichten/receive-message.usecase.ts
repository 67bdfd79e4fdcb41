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

export class ReceiveMessage {
  constructor(
    private readonly inbound: InboundBatcher,
    private readonly schemas: SchemaSet,
  ) {}

  async execute(command: ReceiveCommand): Promise<StoredInbound> {
    const checked = checkWellFormed(command.body, { maxBytes: command.maxBytes }, this.schemas);
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
