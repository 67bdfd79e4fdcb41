/** `/api/v1/arrangementen`: the arrangements per gemeente × aanbieder × product and period. */
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import type { StoredArrangement } from './arrangement.repository.js';
import { ArrangementenService } from './arrangementen.service.js';
import { fieldProblem } from './field-problem.js';

@Controller('api/v1/arrangementen')
export class ArrangementenController {
  constructor(private readonly arrangementen: ArrangementenService) {}

  @Post()
  create(@Body() body: unknown): Promise<StoredArrangement> {
    return this.arrangementen.create(body);
  }

  @Get()
  list(@Query() query: Record<string, unknown>): Promise<StoredArrangement[]> {
    const known = ['gemeente', 'aanbieder', 'productCategorie', 'uitvoeringsvariant', 'peildatum'];
    const unknown = Object.keys(query).filter(
      (name) => !known.includes(name) || typeof query[name] !== 'string',
    );
    if (unknown.length)
      throw fieldProblem(
        400,
        'invalid-query',
        'Invalid query',
        `filters are ${known.join(', ')}, each once`,
        unknown.map((name) => ({ name, reason: known.includes(name) ? 'give it once' : 'unknown filter' })),
      );
    const peildatum = query.peildatum as string | undefined;
    if (peildatum !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(peildatum))
      throw fieldProblem(400, 'invalid-query', 'Invalid query', 'peildatum is a date', [
        { name: 'peildatum', reason: 'must be a date YYYY-MM-DD' },
      ]);
    return this.arrangementen.list(query as Record<string, string>);
  }

  @Get(':id')
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<StoredArrangement> {
    return this.arrangementen.get(id);
  }

  @Put(':id')
  replace(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown): Promise<StoredArrangement> {
    return this.arrangementen.change(id, body, false);
  }

  @Patch(':id')
  patch(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown): Promise<StoredArrangement> {
    return this.arrangementen.change(id, body, true);
  }

  @Delete(':id')
  @HttpCode(204)
  async delete(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.arrangementen.delete(id);
  }
}
