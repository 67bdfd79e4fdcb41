/**
 * `GET /api/v1/rapportages`: figures per gemeente × aanbieder × productcategorie × month, as JSON or
 * CSV (`Accept: text/csv` or `?format=csv`); `GET /api/v1/budgetten`: per toewijzing what is declared
 * against what was assigned.
 */
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import {
  maanden,
  rapportage,
  rapportageCsv,
  totaalToegestaan,
  type RapportageRij,
} from '../../../../libs/domain/src/index.js';
import { ArrangementRepository } from '../arrangementen/arrangement.repository.js';
import { fieldProblem, type InvalidParam } from '../arrangementen/field-problem.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { RapportageRepository, type ToewijzingBudget } from './rapportage.repository.js';

const MAAND = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_MAANDEN = 36;

@Controller('api/v1')
export class RapportagesController {
  private readonly repository = new RapportageRepository();
  private readonly arrangements = new ArrangementRepository();

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get('rapportages')
  async rapportages(
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { van, tot, gemeente, aanbieder, format } = rapportageQuery(query);
    const lijst = maanden(van, tot);
    const [year, month] = tot.split('-').map(Number) as [number, number];
    const filter = {
      ...(gemeente ? { gemeente } : {}),
      ...(aanbieder ? { aanbieder } : {}),
      begin: `${van}-01`,
      eind: new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10),
    };
    const manager = this.dataSource.manager;
    const rows: RapportageRij[] = rapportage(
      lijst,
      await this.repository.leveringen(manager, filter),
      await this.repository.prestatieSommen(manager, filter),
      await this.arrangements.list(manager, filter),
    );
    const csv =
      format === 'csv' ||
      (format === undefined && request.accepts(['application/json', 'text/csv']) === 'text/csv');
    if (csv) response.type('text/csv; charset=utf-8').send(rapportageCsv(rows));
    else response.json(rows);
  }

  @Get('budgetten')
  async budgetten(
    @Query() query: Record<string, unknown>,
  ): Promise<Array<ToewijzingBudget & { toegewezenVolume: number | null; percentage: number | null }>> {
    const invalid = [...ownerErrors(query), ...unknownErrors(query, ['gemeente', 'aanbieder'])];
    if (invalid.length)
      throw fieldProblem(
        400,
        'invalid-query',
        'Invalid query',
        'filters are gemeente and aanbieder',
        invalid,
      );
    const rows = await this.repository.toewijzingBudgetten(
      this.dataSource.manager,
      query as { gemeente?: string; aanbieder?: string },
    );
    return rows.map((row) => {
      const toegewezenVolume = totaalToegestaan({ ...row, bsn: '', redenWijziging: null });
      const ratios = [
        toegewezenVolume ? row.gedeclareerdVolume / toegewezenVolume : null,
        row.budget ? row.gedeclareerdBedrag / row.budget : null,
      ].filter((ratio): ratio is number => ratio !== null);
      return {
        ...row,
        toegewezenVolume,
        percentage: ratios.length ? Math.floor(Math.max(...ratios) * 100) : null,
      };
    });
  }
}

function ownerErrors(query: Record<string, unknown>): InvalidParam[] {
  return [
    ...(query.gemeente !== undefined &&
    !(typeof query.gemeente === 'string' && /^\d{4}$/.test(query.gemeente))
      ? [{ name: 'gemeente', reason: 'a 4-digit gemeentecode' }]
      : []),
    ...(query.aanbieder !== undefined &&
    !(typeof query.aanbieder === 'string' && /^\d{8}$/.test(query.aanbieder))
      ? [{ name: 'aanbieder', reason: 'an 8-digit AGB code' }]
      : []),
  ];
}

function unknownErrors(query: Record<string, unknown>, known: readonly string[]): InvalidParam[] {
  return Object.keys(query)
    .filter((name) => !known.includes(name))
    .map((name) => ({ name, reason: `unknown; known are ${known.join(', ')}` }));
}

function rapportageQuery(query: Record<string, unknown>): {
  van: string;
  tot: string;
  gemeente?: string;
  aanbieder?: string;
  format?: 'json' | 'csv';
} {
  const invalid = [
    ...ownerErrors(query),
    ...unknownErrors(query, ['gemeente', 'aanbieder', 'van', 'tot', 'format']),
    ...(['van', 'tot'] as const).flatMap((name) =>
      typeof query[name] === 'string' && MAAND.test(query[name])
        ? []
        : [{ name, reason: 'required: a month YYYY-MM' }],
    ),
    ...(query.format !== undefined && query.format !== 'json' && query.format !== 'csv'
      ? [{ name: 'format', reason: 'json or csv' }]
      : []),
  ];
  const van = query.van as string;
  const tot = query.tot as string;
  if (!invalid.length && tot < van) invalid.push({ name: 'tot', reason: 'must not be before van' });
  if (!invalid.length && maanden(van, tot).length > MAX_MAANDEN)
    invalid.push({ name: 'tot', reason: `at most ${MAX_MAANDEN} months at once` });
  if (invalid.length)
    throw fieldProblem(
      400,
      'invalid-query',
      'Invalid query',
      'give van and tot as YYYY-MM; gemeente, aanbieder and format are optional',
      invalid,
    );
  return {
    van,
    tot,
    ...(typeof query.gemeente === 'string' ? { gemeente: query.gemeente } : {}),
    ...(typeof query.aanbieder === 'string' ? { aanbieder: query.aanbieder } : {}),
    ...(query.format === 'csv' || query.format === 'json' ? { format: query.format } : {}),
  };
}
