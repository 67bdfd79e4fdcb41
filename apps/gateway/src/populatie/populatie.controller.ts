/** Population statements of lumpsum arrangements: live figures, closing a period, closed statements. */
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import type { PopulatieData } from '../../../../libs/messaging/src/index.js';
import { PopulatieService } from './populatie.service.js';

@Controller()
export class PopulatieController {
  constructor(private readonly populatie: PopulatieService) {}

  @Get('api/v1/arrangementen/:id/populatie')
  live(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('periode') periode: unknown,
  ): Promise<PopulatieData> {
    return this.populatie.cijfers(id, periode);
  }

  @Post('api/v1/populatieverantwoordingen')
  close(@Body() body: unknown): Promise<PopulatieData> {
    return this.populatie.sluit(body);
  }

  @Get('api/v1/populatieverantwoordingen')
  list(
    @Query('arrangementId') arrangementId?: string,
    @Query('gemeente') gemeente?: string,
    @Query('aanbieder') aanbieder?: string,
  ): Promise<PopulatieData[]> {
    return this.populatie.list({
      ...(typeof arrangementId === 'string' && /^[0-9a-f-]{36}$/i.test(arrangementId)
        ? { arrangementId }
        : {}),
      ...(typeof gemeente === 'string' ? { gemeente } : {}),
      ...(typeof aanbieder === 'string' ? { aanbieder } : {}),
    });
  }

  @Get('api/v1/populatieverantwoordingen/:id')
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<PopulatieData> {
    return this.populatie.get(id);
  }
}
