/**
 * Taking in a message: refuse what is not a well-formed iJw/iWmo message, then store the raw bytes
 * with their hash and header facts in one statement. Only a stored message is acknowledged; the
 * same bytes sent again return the message stored the first time.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  checkWellFormed,
  detect,
  type Finding,
  type SchemaSet,
} from '../../../../libs/istandaarden/src/index.js';
import type { Channel, MessageRecord, MessageRepository } from './message.repository.js';

export class MessageRefused extends Error {
  constructor(
    readonly reason: 'not-well-formed' | 'unknown-type' | 'too-large',
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
    private readonly messages: MessageRepository,
    private readonly schemas: SchemaSet,
  ) {}

  async execute(command: ReceiveCommand): Promise<{ record: MessageRecord; created: boolean }> {
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
    const head = detect(command.body);
    const facts = head.ok ? head : undefined;
    // A gemeentecode has four digits, an AGB code eight: which Header field is which depends on the message.
    const gemeenteFirst = /^\d{4}$/.test(facts?.afzender ?? '');
    return this.messages.insertInbound({
      id: randomUUID(),
      direction: 'in',
      channel: command.channel,
      sha256: createHash('sha256').update(command.body).digest(),
      body: command.body,
      ...(checked.standaard ? { standaard: checked.standaard } : {}),
      ...(checked.code ? { code: checked.code } : {}),
      ...(facts?.berichtCode ? { berichtcode: facts.berichtCode } : {}),
      ...(facts?.afzender ? { afzender: facts.afzender } : {}),
      ...(facts?.ontvanger ? { ontvanger: facts.ontvanger } : {}),
      ...(facts?.identificatie ? { identificatie: facts.identificatie } : {}),
      ...(facts?.dagtekening ? { dagtekening: facts.dagtekening } : {}),
      ...((gemeenteFirst ? facts?.afzender : facts?.ontvanger)
        ? { gemeente: (gemeenteFirst ? facts?.afzender : facts?.ontvanger)! }
        : {}),
      ...((gemeenteFirst ? facts?.ontvanger : facts?.afzender)
        ? { aanbieder: (gemeenteFirst ? facts?.ontvanger : facts?.afzender)! }
        : {}),
      status: 'received',
      ...(command.envelope !== undefined ? { envelope: command.envelope } : {}),
    });
  }
}
