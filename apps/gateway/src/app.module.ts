/** The gateway application: health endpoints now; chain ingress, back-office API and admin console join here. */
import { Module } from '@nestjs/common';
import { HealthController } from './health/health.controller.js';
import { SchemaSetProvider } from './health/schema-set.provider.js';

@Module({
  controllers: [HealthController],
  providers: [SchemaSetProvider],
})
export class AppModule {}
