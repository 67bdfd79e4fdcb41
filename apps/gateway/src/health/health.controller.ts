/** Liveness and readiness for orchestrators. */
import { Controller, Get, HttpCode } from '@nestjs/common';
import { SchemaSetProvider } from './schema-set.provider.js';

@Controller('health')
export class HealthController {
  constructor(private readonly schemaSet: SchemaSetProvider) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  ready(): { status: 'ok'; schemas: number } {
    return { status: 'ok', schemas: this.schemaSet.schemas.codes.length };
  }
}
