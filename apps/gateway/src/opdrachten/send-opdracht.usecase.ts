/**
 * A back-office command (toewijzing → 301, antwoord → 319, declaratie-antwoord → 325) turned into a
 * message: checked against its command schema, built, validated against our XSDs, the in-message rules,
 * — for a 301 — the RedenWijziging rules, and the cross-message rules guarding what a gemeente sends
 * (outbound-guards.ts, under a per-owner lock), then stored as an outbound message with its Di01 delivery,
 * its rule state and its deadlines, in one transaction with the command's outcome. A command id seen
 * before is answered with its first outcome; a refused command sends nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  build,
  catalogue,
  catalogueEntry,
  evaluateRules,
  finding,
  parse,
  validate,
  type Bericht,
  type Finding,
  type SchemaSet,
} from '../../../../libs/istandaarden/src/index.js';
import {
  antwoordGevolgen,
  stateRecords,
  termijnen,
  woonplaatsbeginselTermijn,
  type GemeenteAntwoord,
} from '../../../../libs/domain/src/index.js';
import {
  newEvent,
  opdrachtSpec,
  DONE_COMMAND_EVENT_NAME,
  REFUSED_COMMAND_EVENT_NAME,
  type Opdracht,
  type OpdrachtSoort,
  type OpdrachtSpec,
} from '../../../../libs/messaging/src/index.js';
import { validateCommand } from '../../../../libs/messaging/src/command-validator.js';
import type { GatewayConfig } from '../config/gateway-config.js';
import type { DeliveryRepository } from '../ggk/delivery.repository.js';
import type { OutboxRepository } from '../outbox/outbox.repository.js';
import type { MessageRepository, NewMessage } from '../berichten/message.repository.js';
import type { StateRepository } from '../berichten/state.repository.js';
import { todayInTheNetherlands } from '../berichten/message-facts.js';
import type { TermijnRepository } from '../termijnen/termijn.repository.js';
import { OPDRACHT_RULE, type OpdrachtOutcome } from './opdracht-outcome.js';
import type { OpdrachtRepository } from './opdracht.repository.js';
import { outboundBericht, outboundDi01, type HeaderFeiten } from './outbound-bericht.js';
import { checkToewijzingen, type ToewijzingOordelen } from './toewijzing-check.js';
import { guardFindings, lockOwner } from './outbound-guards.js';
import { checkToewijzingsvarianten } from '../arrangementen/toewijzingsvariant-check.js';
import { besluitUit325, recordBesluit } from '../declaraties/declaratie-besluiten.js';
import { declaratieFeiten, findAnswered, originalProblem, type Original } from './answered-message.js';

export type Kanaal = 'rest' | 'amqp';

export interface SendOpdrachtDependencies {
  readonly dataSource: DataSource;
  readonly config: GatewayConfig;
  readonly schemas: SchemaSet;
  readonly messages: MessageRepository;
  readonly deliveries: DeliveryRepository;
  readonly state: StateRepository;
  readonly termijnen: TermijnRepository;
  readonly opdrachten: OpdrachtRepository;
  readonly outbox: OutboxRepository;
}

/** A message ready to store, or the reasons it may not leave. */
type Prepared =
  | {
      readonly ok: true;
      readonly message: NewMessage;
      readonly bericht: Bericht;
      readonly toewijzingen: ToewijzingOordelen;
      /** The received message this one answers (`antwoordOp`). */
      readonly original?: Original;
    }
  | {
      readonly ok: false;
      readonly findings: readonly Finding[];
      readonly gemeente?: string;
      readonly aanbieder?: string;
    };

export class SendOpdracht {
  constructor(private readonly deps: SendOpdrachtDependencies) {}

  async execute(soort: OpdrachtSoort, input: unknown, kanaal: Kanaal): Promise<OpdrachtOutcome> {
    const spec = opdrachtSpec(soort)!;
    const command = (typeof input === 'object' && input !== null ? input : {}) as Partial<Opdracht>;
    const standaard =
      typeof command.standaard === 'string' && ['ijw', 'iwmo'].includes(command.standaard)
        ? command.standaard
        : null;
    const problems: Finding[] = standaard
      ? validateCommand(standaard, soort, input).map((p) =>
          finding(OPDRACHT_RULE, p.message, { path: p.path }),
        )
      : [finding(OPDRACHT_RULE, "standaard must be 'ijw' or 'iwmo'", { path: '/standaard' })];
    const commandId =
      typeof command.commandId === 'string' && command.commandId.length > 0 ? command.commandId : undefined;
    if (!commandId || commandId.length > 100) {
      const without = problems.length
        ? problems
        : [finding(OPDRACHT_RULE, 'commandId is missing', { path: '/commandId' })];
      return rejected(commandId ?? '', soort, standaard, without);
    }
    return this.deps.dataSource.transaction(async (manager) => {
      const earlier = await this.deps.opdrachten.claim(manager, commandId, soort, kanaal);
      if (earlier) return earlier;
      const prepared: Prepared = problems.length
        ? { ok: false, findings: problems }
        : await this.prepare(manager, spec, command as Opdracht);
      const outcome = prepared.ok
        ? await this.store(manager, spec, command as Opdracht, prepared)
        : rejected(commandId, soort, standaard, prepared.findings);
      // A queue command is answered by an event: its message (berichtId), or why it was refused.
      if (kanaal === 'amqp' && standaard) {
        const [gemeente, aanbieder] = prepared.ok
          ? [prepared.message.gemeente, prepared.message.aanbieder]
          : [prepared.gemeente ?? command.gemeente, prepared.aanbieder ?? command.aanbieder];
        await this.publishOutcome(manager, outcome, gemeente, aanbieder);
      }
      await this.deps.opdrachten.complete(manager, outcome);
      return outcome;
    });
  }

  private async prepare(manager: EntityManager, spec: OpdrachtSpec, command: Opdracht): Promise<Prepared> {
    const entry = catalogue.find((e) => e.standaard === command.standaard && e.type === spec.type)!;
    let original: Original | undefined;
    if (command.antwoordOp) {
      const found = await findAnswered(manager, command.antwoordOp);
      const why = originalProblem(found, command, spec);
      if (why) return { ok: false, findings: [finding(OPDRACHT_RULE, why, { path: '/antwoordOp' })] };
      original = found;
    }
    const gemeente = command.gemeente ?? original!.gemeente!;
    const aanbieder = command.aanbieder ?? original!.aanbieder!;
    // Before any state is read: a concurrent command for the same owner waits until this one is done.
    await lockOwner(manager, { standaard: command.standaard, gemeente, aanbieder });
    // A 301 must fit the toewijzingsvarianten table of its product's uitvoeringsvariant (one reason per field).
    const varianten =
      spec.type === '301'
        ? await checkToewijzingsvarianten(manager, command.bericht, { gemeente, aanbieder })
        : [];
    if (varianten.length) return { ok: false, findings: varianten, gemeente, aanbieder };
    const [number] = await this.deps.messages.nextIdentificaties(manager, 1);
    const feiten: HeaderFeiten = {
      gemeente,
      aanbieder,
      identificatie: `G${number}`,
      dagtekening: todayInTheNetherlands(),
      ...(spec.type === '325' ? declaratieFeiten(original!, command) : {}),
    };
    const bericht = outboundBericht(entry, command.bericht, feiten);
    const built = build(bericht);
    if (!built.ok) return { ok: false, findings: built.findings, gemeente, aanbieder };
    const body = Buffer.from(built.xml);
    const validation = validate(body, { expectedCode: entry.code }, this.deps.schemas);
    if (!validation.valid) return { ok: false, findings: validation.findings, gemeente, aanbieder };
    const parsed = parse(body);
    if (!parsed.ok) return { ok: false, findings: parsed.findings, gemeente, aanbieder };
    const ruleFindings = await evaluateRules(parsed, {
      today: feiten.dagtekening,
      gemeenten: this.deps.config.gemeenten,
      // Our identifications come from a sequence: never taken before.
      state: { berichtIdentificatieBestaat: () => Promise.resolve(false) },
    });
    const toewijzingen =
      spec.type === '301'
        ? await checkToewijzingen(manager, parsed, gemeente, aanbieder)
        : { oordelen: [], findings: [] };
    // Who sends what to whom: the facts the guards check and the stored message carries.
    const afzending = {
      berichtcode: entry.berichtCode,
      afzender: gemeente,
      ontvanger: aanbieder,
      identificatie: feiten.identificatie,
      dagtekening: feiten.dagtekening,
      gemeente,
      aanbieder,
    };
    // The cross-message rules guarding what a gemeente sends, against the state this transaction sees.
    const guards = await guardFindings(
      manager,
      this.deps.state,
      this.deps.config.referenceDataDir,
      parsed,
      afzending,
    );
    const findings = [
      ...servedProblem(gemeente, this.deps.config.gemeenten),
      // TR378 checks the Ontvanger of a message a gemeente receives; ours is the aanbieder (checked above instead).
      ...ruleFindings.filter((found) => found.rule !== 'TR378'),
      ...toewijzingen.findings,
      ...guards,
    ];
    if (findings.length) return { ok: false, findings, gemeente, aanbieder };
    return {
      ok: true,
      bericht: parsed,
      toewijzingen,
      ...(original ? { original } : {}),
      message: {
        id: randomUUID(),
        direction: 'out',
        channel: 'gateway',
        sha256: createHash('sha256').update(body).digest(),
        body,
        standaard: entry.standaard,
        code: entry.code,
        ...afzending,
        status: 'queued',
        ...(original ? { answersId: original.id } : {}),
      },
    };
  }

  private async store(
    manager: EntityManager,
    spec: OpdrachtSpec,
    command: Opdracht,
    prepared: Extract<Prepared, { ok: true }>,
  ): Promise<OpdrachtOutcome> {
    const { message, bericht } = prepared;
    const { deliveries, state, termijnen: deadlines } = this.deps;
    await this.deps.messages.insertOutboundMany(manager, [message]);
    await deliveries.addMany(manager, [
      {
        id: randomUUID(),
        messageId: message.id,
        kind: 'Di01',
        envelope: outboundDi01(message.code!, message.gemeente!, message.aanbieder!, message.body),
      },
    ]);
    await state.record(manager, [
      {
        messageId: message.id,
        standaard: message.standaard!,
        gemeente: message.gemeente!,
        aanbieder: message.aanbieder!,
        records: stateRecords(bericht),
      },
    ]);
    await deadlines.open(
      manager,
      termijnen(message.code!, 'out', message.dagtekening!).map((termijn) => ({
        messageId: message.id,
        standaard: message.standaard!,
        gemeente: message.gemeente!,
        aanbieder: message.aanbieder!,
        termijn,
      })),
    );
    if (prepared.original) await this.answerDeadlines(manager, prepared.original, spec, bericht, message.id);
    // The decision per prestatie, for budgets and figures (declaraties/declaratie-besluiten.ts).
    if (spec.type === '325') await recordBesluit(manager, besluitUit325(bericht.bericht));
    return {
      commandId: command.commandId,
      soort: spec.soort,
      standaard: command.standaard,
      status: 'accepted',
      berichtId: message.id,
      berichtcode: message.code!,
      identificatie: message.identificatie!,
      dagtekening: message.dagtekening!,
      ...(spec.type === '301' ? { toewijzingen: prepared.toewijzingen.oordelen } : {}),
    };
  }

  /** Meets the deadlines of the message this one answers, opening the woonplaatsbeginsel's first where it applies. */
  private async answerDeadlines(
    manager: EntityManager,
    original: Original,
    spec: OpdrachtSpec,
    bericht: Bericht,
    door: string,
  ): Promise<void> {
    const { termijnen: deadlines } = this.deps;
    const gevolgen = antwoordGevolgen(
      { standaard: original.standaard, type: catalogueEntry(original.code)!.type },
      gemeenteAntwoord(spec, bericht),
    );
    if (gevolgen.opent.includes('woonplaatsbeginsel')) {
      // Two weeks from the day the verzoek came in: the day its antwoord termijn began.
      const ontvangen = await deadlines.begindatum(manager, original.id, 'antwoord');
      if (ontvangen)
        await deadlines.open(manager, [
          {
            messageId: original.id,
            standaard: original.standaard,
            gemeente: original.gemeente,
            aanbieder: original.aanbieder,
            termijn: woonplaatsbeginselTermijn(ontvangen),
          },
        ]);
    }
    await deadlines.close(manager, original.id, gevolgen.sluit, door);
  }

  private async publishOutcome(
    manager: EntityManager,
    outcome: OpdrachtOutcome,
    gemeente: string | undefined,
    aanbieder: string | undefined,
  ): Promise<void> {
    const entry = catalogue.find(
      (e) => e.standaard === outcome.standaard && e.type === opdrachtSpec(outcome.soort)!.type,
    )!;
    const common = { commandId: outcome.commandId, soort: outcome.soort };
    const { key, event } =
      outcome.status === 'accepted'
        ? newEvent(outcome.standaard!, DONE_COMMAND_EVENT_NAME, {
            gemeente: gemeente ?? null,
            aanbieder: aanbieder ?? null,
            berichtId: outcome.berichtId!,
            berichtcode: entry.code,
            data: {
              ...common,
              identificatie: outcome.identificatie!,
              dagtekening: outcome.dagtekening!,
              ...(outcome.toewijzingen ? { toewijzingen: outcome.toewijzingen } : {}),
            },
          })
        : newEvent(outcome.standaard!, REFUSED_COMMAND_EVENT_NAME, {
            gemeente: gemeente ?? null,
            aanbieder: aanbieder ?? null,
            berichtId: null,
            berichtcode: entry.code,
            data: { ...common, errors: outcome.errors ?? [] },
          });
    await this.deps.outbox.add(manager, key, event);
  }
}

function servedProblem(gemeente: string, served: ReadonlySet<string>): Finding[] {
  return served.has(gemeente)
    ? []
    : [finding(OPDRACHT_RULE, `gemeente ${gemeente} is not served by this gateway`, { path: '/gemeente' })];
}

/** What the deadlines of the answered message need to know of an answer: its type and, for a 319, its Antwoord. */
function gemeenteAntwoord(spec: OpdrachtSpec, bericht: Bericht): GemeenteAntwoord {
  const antwoord = (
    bericht.bericht as { Antwoord?: { VerzoekAntwoord?: string; RedenAfwijzingVerzoek?: string } }
  ).Antwoord;
  return {
    type: spec.type,
    ...(antwoord?.VerzoekAntwoord ? { verzoekAntwoord: antwoord.VerzoekAntwoord } : {}),
    ...(antwoord?.RedenAfwijzingVerzoek ? { redenAfwijzingVerzoek: antwoord.RedenAfwijzingVerzoek } : {}),
  };
}

function rejected(
  commandId: string,
  soort: OpdrachtSoort,
  standaard: string | null,
  findings: readonly Finding[],
): OpdrachtOutcome {
  return {
    commandId,
    soort,
    standaard,
    status: 'rejected',
    errors: findings.map(({ rule, line, column, path, message }) => ({ rule, line, column, path, message })),
  };
}
