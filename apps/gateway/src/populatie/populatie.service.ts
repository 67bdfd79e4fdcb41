/**
 * Population statements of lumpsum (taakgericht) arrangements: the figures of a period from the
 * start and stop messages, live or closed. Closing a period stores the statement, publishes
 * `<standaard>.populatie.vastgesteld` and signals 80 % / 100 % of the care days the budget pays
 * for — in one transaction.
 */
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  budgetPeriode,
  populatieCijfers,
  zorgperiodes,
  type Periode,
} from '../../../../libs/domain/src/index.js';
import { POPULATIE_EVENT_NAME, type PopulatieData } from '../../../../libs/messaging/src/index.js';
import { ArrangementRepository, type StoredArrangement } from '../arrangementen/arrangement.repository.js';
import { fieldProblem } from '../arrangementen/field-problem.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { addFundingEvents, fundingEvent, signaleer } from '../declaraties/budget-signalen.js';
import { problem } from '../problem/problem.js';
import { PopulatieRepository } from './populatie.repository.js';

@Injectable()
export class PopulatieService {
  private readonly arrangements = new ArrangementRepository();
  private readonly repository = new PopulatieRepository();

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The figures of a period as they stand now (not closed, nothing published). */
  async cijfers(arrangementId: string, label: unknown): Promise<PopulatieData> {
    const manager = this.dataSource.manager;
    const arrangement = await this.lumpsum(manager, arrangementId);
    return this.statement(manager, arrangement, periodeOf(arrangement, label));
  }

  /** Closes a period: stores and publishes its statement; 409 when it was closed before. */
  async sluit(input: unknown): Promise<PopulatieData> {
    const { arrangementId, periode } = closeRequest(input);
    return this.dataSource.transaction(async (manager) => {
      const arrangement = await this.lumpsum(manager, arrangementId);
      const statement = await this.statement(manager, arrangement, periodeOf(arrangement, periode));
      if (!(await this.repository.insert(manager, statement)))
        throw problem(
          409,
          'periode-gesloten',
          'Period already closed',
          `${periode} of ${arrangementId} was closed before`,
        );
      const owner = { gemeente: arrangement.gemeente, aanbieder: arrangement.aanbieder, berichtId: null };
      await addFundingEvents(manager, [
        fundingEvent(arrangement.standaard, POPULATIE_EVENT_NAME, owner, statement),
      ]);
      if (arrangement.zorgdagen)
        await signaleer(manager, [
          {
            standaard: arrangement.standaard,
            ...owner,
            sleutel: arrangement.id,
            periode: statement.periode,
            data: {
              soort: 'arrangement',
              toewijzingNummer: null,
              arrangementId: arrangement.id,
              periode: statement.periode,
              percentage: Math.floor((statement.cijfers.zorgdagen / arrangement.zorgdagen) * 100),
              gebruikt: { volume: null, bedrag: null, zorgdagen: statement.cijfers.zorgdagen },
              beschikbaar: { volume: null, bedrag: arrangement.budget, zorgdagen: arrangement.zorgdagen },
            },
          },
        ]);
      return statement;
    });
  }

  list(filter: { arrangementId?: string; gemeente?: string; aanbieder?: string }): Promise<PopulatieData[]> {
    return this.repository.list(this.dataSource.manager, filter);
  }

  async get(id: string): Promise<PopulatieData> {
    const found = await this.repository.get(this.dataSource.manager, id);
    if (!found)
      throw problem(404, 'populatie-not-found', 'Population statement not found', `no statement ${id}`);
    return found;
  }

  private async statement(
    manager: EntityManager,
    arrangement: StoredArrangement,
    periode: Periode,
  ): Promise<PopulatieData> {
    const leveringen = await this.repository.leveringen(manager, arrangement, periode.eind);
    return {
      id: randomUUID(),
      arrangementId: arrangement.id,
      productCategorie: arrangement.productCategorie,
      productCode: arrangement.productCode,
      periode: periode.label,
      periodeBegin: periode.begin,
      periodeEind: periode.eind,
      cijfers: populatieCijfers(zorgperiodes(leveringen), periode.begin, periode.eind),
      budget: arrangement.budget!,
      budgetZorgdagen: arrangement.zorgdagen,
      populatie: arrangement.populatie,
    };
  }

  private async lumpsum(manager: EntityManager, id: string): Promise<StoredArrangement> {
    const arrangement = await this.arrangements.get(manager, id);
    if (!arrangement)
      throw problem(404, 'arrangement-not-found', 'Arrangement not found', `no arrangement ${id}`);
    if (arrangement.uitvoeringsvariant !== 'taakgericht')
      throw fieldProblem(
        422,
        'not-taakgericht',
        'Not a lumpsum arrangement',
        'population statements are for taakgericht arrangements',
        [{ name: 'arrangementId', reason: `arrangement ${id} is ${arrangement.uitvoeringsvariant}` }],
      );
    return arrangement;
  }
}

function periodeOf(arrangement: StoredArrangement, label: unknown): Periode {
  const kind = arrangement.budgetPeriode!;
  const periode = typeof label === 'string' ? budgetPeriode(kind, label) : `give the period, e.g. ${kind}`;
  if (typeof periode === 'string')
    throw fieldProblem(422, 'invalid-periode', 'Invalid period', `the arrangement's budget is per ${kind}`, [
      { name: 'periode', reason: periode },
    ]);
  if (
    periode.eind < arrangement.ingangsdatum ||
    (arrangement.einddatum && periode.begin > arrangement.einddatum)
  )
    throw fieldProblem(422, 'invalid-periode', 'Invalid period', 'the period lies outside the arrangement', [
      {
        name: 'periode',
        reason: `the arrangement runs ${arrangement.ingangsdatum} – ${arrangement.einddatum ?? 'open'}`,
      },
    ]);
  return periode;
}

function closeRequest(input: unknown): { arrangementId: string; periode: string } {
  const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const invalid = [
    ...(typeof body.arrangementId === 'string' && /^[0-9a-f-]{36}$/i.test(body.arrangementId)
      ? []
      : [{ name: 'arrangementId', reason: 'required: the id of a taakgericht arrangement' }]),
    ...(typeof body.periode === 'string'
      ? []
      : [{ name: 'periode', reason: 'required: 2026-03, 2026-Q1 or 2026' }]),
    ...Object.keys(body)
      .filter((name) => !['arrangementId', 'periode'].includes(name))
      .map((name) => ({ name, reason: 'unknown field' })),
  ];
  if (invalid.length)
    throw fieldProblem(
      422,
      'invalid-request',
      'Invalid request',
      'close a period with { arrangementId, periode }',
      invalid,
    );
  return { arrangementId: body.arrangementId as string, periode: body.periode as string };
}
