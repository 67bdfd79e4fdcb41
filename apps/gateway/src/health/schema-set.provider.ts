/** Compiles the schema set once at start-up, so readiness means the gateway can validate messages. */
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { SchemaSet } from '../../../../libs/istandaarden/src/index.js';

@Injectable()
export class SchemaSetProvider implements OnApplicationShutdown {
  readonly schemas: SchemaSet = SchemaSet.load(process.env.XSD_DIR ? { xsdDir: process.env.XSD_DIR } : {});

  onApplicationShutdown(): void {
    this.schemas.dispose();
  }
}
