/** Compiles the schema set once at start-up (readiness means the gateway can validate) and runs the validation pool for large messages. */
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { SchemaSet, ValidationPool } from '../../../../libs/istandaarden/src/index.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config.js';

@Injectable()
export class SchemaSetProvider implements OnModuleInit, OnApplicationShutdown {
  readonly schemas: SchemaSet;
  pool?: ValidationPool;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    this.schemas = SchemaSet.load(config.xsdDir ? { xsdDir: config.xsdDir } : {});
  }

  async onModuleInit(): Promise<void> {
    this.pool = await ValidationPool.start({
      size: 2,
      ...(this.config.xsdDir ? { xsdDir: this.config.xsdDir } : {}),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.close();
    this.schemas.dispose();
  }
}
