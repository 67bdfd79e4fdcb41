/**
 * Declaration checks in the processing pipeline: `prepare` loads what a batch's declarations need in
 * a few queries, `assess` judges each declaration in one pass (a taakgericht product refuses the
 * message with 9338; otherwise the assessment goes with the event for the back office to decide on),
 * and `record` stores the prestaties and raises budget signals — in the batch's transaction.
 */
import type { EntityManager } from 'typeorm';
import type { Bericht, Finding } from '../../../../libs/istandaarden/src/index.js';
import { catalogueEntry } from '../../../../libs/istandaarden/src/index.js';
import {
  Beoordelaar,
  type DeclaratieBeoordeling,
  type DeclaratieModel,
} from '../../../../libs/domain/src/index.js';
import { ArrangementRepository } from '../arrangementen/arrangement.repository.js';
import type { HeaderFacts } from '../berichten/message.repository.js';
import { signaleer, type BudgetGebruik } from './budget-signalen.js';
import {
  DeclaratieStateRepository,
  type NewPrestatie,
  type ToewijzingKey,
} from './declaratie-state.repository.js';

interface Declaratie extends DeclaratieModel {
  readonly DeclaratieNummer: string;
}

export interface DeclaratieOutcome {
  /** Findings that refuse the message (a taakgericht product). */
  readonly findings: readonly Finding[];
  readonly beoordeling: DeclaratieBeoordeling;
}

export class DeclaratieChecks {
  constructor(
    private readonly state = new DeclaratieStateRepository(),
    private readonly arrangements = new ArrangementRepository(),
  ) {}

  async prepare(
    manager: EntityManager,
    messages: ReadonlyArray<{ readonly header: HeaderFacts; readonly bericht: Bericht | undefined }>,
  ): Promise<DeclaratieBatch> {
    const keys = new Map<string, ToewijzingKey>();
    const pairs = new Map<string, { gemeente: string; aanbieder: string }>();
    for (const { header, bericht } of messages) {
      const declaratie = declaratieOf(bericht);
      if (!declaratie || !header.gemeente || !header.aanbieder) continue;
      const { gemeente, aanbieder } = header;
      pairs.set(`${gemeente}:${aanbieder}`, { gemeente, aanbieder });
      for (const client of declaratie.Clienten.Client)
        for (const prestatie of client.Prestaties.Prestatie)
          keys.set(`${bericht!.standaard}:${gemeente}:${aanbieder}:${prestatie.ToewijzingNummer}`, {
            standaard: bericht!.standaard,
            gemeente,
            aanbieder,
            toewijzingNummer: prestatie.ToewijzingNummer,
          });
    }
    if (pairs.size === 0) return new DeclaratieBatch(undefined, this.state);
    const list = [...keys.values()];
    const [toewijzingen, arrangements, eerdere] = [
      await this.state.toewijzingen(manager, list),
      await this.arrangements.forPairs(manager, [...pairs.values()]),
      await this.state.eerderePrestaties(manager, list),
    ];
    return new DeclaratieBatch(new Beoordelaar(toewijzingen, arrangements, eerdere), this.state);
  }
}

export class DeclaratieBatch {
  private readonly pending = new Map<string, { rows: NewPrestatie[]; gebruik: BudgetGebruik[] }>();

  constructor(
    private readonly beoordelaar: Beoordelaar | undefined,
    private readonly state: DeclaratieStateRepository,
  ) {}

  /** The assessment of an accepted-so-far declaration; undefined for any other message. */
  assess(messageId: string, header: HeaderFacts, bericht: Bericht): DeclaratieOutcome | undefined {
    const declaratie = declaratieOf(bericht);
    if (!declaratie || !this.beoordelaar || !header.gemeente || !header.aanbieder) return undefined;
    const context = { standaard: bericht.standaard, gemeente: header.gemeente, aanbieder: header.aanbieder };
    const beoordeling = this.beoordelaar.beoordeel(context, declaratie);
    const findings: Finding[] = beoordeling.prestaties.flatMap((prestatie) =>
      prestatie.uitvoeringsvariant === 'taakgericht'
        ? prestatie.redenen.map((reden) => ({
            rule: reden.rule,
            line: 0,
            column: 0,
            path: prestatiePath(declaratie, prestatie.client, prestatie.prestatie),
            message: reden.message,
            ...(reden.retourcode ? { retourcode: reden.retourcode } : {}),
          }))
        : [],
    );
    const rows: NewPrestatie[] = [];
    for (const assessed of beoordeling.prestaties) {
      const client = declaratie.Clienten.Client[assessed.client]!;
      const prestatie = client.Prestaties.Prestatie[assessed.prestatie]!;
      rows.push({
        messageId,
        ...context,
        declaratieNummer: declaratie.DeclaratieNummer,
        bsn: client.Bsn,
        toewijzingNummer: prestatie.ToewijzingNummer,
        productCategorie: prestatie.ProductCategorie,
        productCode: prestatie.ProductCode,
        referentieNummer: prestatie.ProductReferentie.ReferentieNummer,
        vorigReferentieNummer: prestatie.ProductReferentie.VorigReferentieNummer ?? null,
        begindatum: prestatie.ProductPeriode.Begindatum,
        einddatum: prestatie.ProductPeriode.Einddatum,
        eenheid: prestatie.Eenheid,
        tarief: prestatie.ProductTarief ?? null,
        debetCredit: prestatie.IngediendBedrag.DebetCredit === 'C' ? 'C' : 'D',
        volume: prestatie.GeleverdVolume,
        bedrag: prestatie.IngediendBedrag.Bedrag,
        retourcodes: assessed.retourcodes,
        status: findings.length ? 'afgewezen' : 'ingediend',
      });
    }
    const gebruik: BudgetGebruik[] = findings.length
      ? []
      : beoordeling.gebruik.map((use) => ({
          ...context,
          berichtId: messageId,
          sleutel: `${context.standaard}:${context.gemeente}:${context.aanbieder}:${use.toewijzingNummer}`,
          periode: 'toewijzing',
          data: {
            soort: 'toewijzing' as const,
            toewijzingNummer: use.toewijzingNummer,
            arrangementId: null,
            periode: null,
            gebruikt: { volume: use.gedeclareerdVolume, bedrag: use.gedeclareerdBedrag, zorgdagen: null },
            beschikbaar: { volume: use.toegewezenVolume, bedrag: use.toegewezenBudget, zorgdagen: null },
            percentage: percentage(use),
          },
        }));
    this.pending.set(messageId, { rows, gebruik });
    return { findings, beoordeling };
  }

  /** Stores the prestaties of the batch's assessed declarations and raises budget signals. */
  async record(manager: EntityManager): Promise<void> {
    const pending = [...this.pending.values()];
    await this.state.insertPrestaties(
      manager,
      pending.flatMap((entry) => entry.rows),
    );
    await signaleer(
      manager,
      pending.flatMap((entry) => entry.gebruik),
    );
  }
}

function percentage(use: DeclaratieBeoordeling['gebruik'][number]): number {
  const ratios = [
    use.toegewezenVolume ? use.gedeclareerdVolume / use.toegewezenVolume : 0,
    use.toegewezenBudget ? use.gedeclareerdBedrag / use.toegewezenBudget : 0,
  ];
  return Math.floor(Math.max(...ratios) * 100);
}

/** The path of a prestatie, indexed where an element repeats, as the retour's berichtklassen are named. */
function prestatiePath(declaratie: Declaratie, client: number, prestatie: number): string {
  const clients = declaratie.Clienten.Client;
  const prestaties = clients[client]!.Prestaties.Prestatie;
  const at = (list: readonly unknown[], index: number) => (list.length > 1 ? `[${index + 1}]` : '');
  return `/Bericht/Declaratie/Clienten/Client${at(clients, client)}/Prestaties/Prestatie${at(prestaties, prestatie)}`;
}

function declaratieOf(bericht: Bericht | undefined): Declaratie | undefined {
  if (!bericht || catalogueEntry(bericht.code)?.type !== '323') return undefined;
  return (bericht.bericht as unknown as { Declaratie: Declaratie }).Declaratie;
}
