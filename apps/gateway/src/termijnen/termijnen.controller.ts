/**
 * `GET /api/v1/termijnen`: the response deadlines, overdue ones by default (`?status=verlopen`), or all
 * open ones (`open`) or every one (`alle`); filters `gemeente`, `aanbieder`, `limit`.
 */
import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';
import { todayInTheNetherlands } from '../berichten/message-facts.js';
import { problem } from '../problem/problem.js';
import { TermijnRepository, type TermijnFilter, type TermijnView } from './termijn.repository.js';

const FILTERS: readonly TermijnFilter[] = ['verlopen', 'open', 'alle'];

@Controller('api/v1/termijnen')
export class TermijnenController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly termijnen: TermijnRepository,
  ) {}

  @Get()
  async list(
    @Query('status') status = 'verlopen',
    @Query('gemeente') gemeente?: string,
    @Query('aanbieder') aanbieder?: string,
    @Query('limit') limit = '100',
  ): Promise<TermijnView[]> {
    if (!FILTERS.includes(status as TermijnFilter))
      throw problem(400, 'bad-query', 'Unknown status', `status must be one of ${FILTERS.join(', ')}`);
    if (gemeente !== undefined && !/^\d{4}$/.test(gemeente))
      throw problem(400, 'bad-query', 'Bad gemeente', 'gemeente must be a 4-digit gemeentecode');
    if (aanbieder !== undefined && !/^\d{8}$/.test(aanbieder))
      throw problem(400, 'bad-query', 'Bad aanbieder', 'aanbieder must be an 8-digit AGB code');
    const max = Number(limit);
    if (!Number.isInteger(max) || max < 1 || max > 1000)
      throw problem(400, 'bad-query', 'Bad limit', 'limit must be a whole number from 1 to 1000');
    return this.termijnen.list(
      this.dataSource.manager,
      status as TermijnFilter,
      todayInTheNetherlands(),
      { ...(gemeente ? { gemeente } : {}), ...(aanbieder ? { aanbieder } : {}) },
      max,
    );
  }
}
