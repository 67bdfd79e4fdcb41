/** Creates the gateway application for a configuration: used by main.ts and by the e2e tests. */
import 'reflect-metadata';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import express from 'express';
import { AppModule } from './app.module.js';
import { BERICHTEN_PATH, berichtenRoute, serveBerichtenFirst } from './berichten/berichten-ingress.js';
import { BerichtenService } from './berichten/berichten.service.js';
import type { GatewayConfig } from './config/gateway-config.js';
import { startCommandConsumer } from './opdrachten/command-consumer.js';

export async function createGateway(
  config: GatewayConfig,
  options: { logger?: boolean } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forConfig(config), {
    bodyParser: false,
    // Fail with an error the caller can report, rather than exiting the process.
    abortOnError: false,
    ...(options.logger === false ? { logger: false } : {}),
  });
  // Messages are taken as raw bytes (hashing and line numbers need them exactly as sent); JSON for the rest.
  app.use(BERICHTEN_PATH, express.raw({ type: () => true, limit: config.maxBodyBytes }));
  // The hot path, ahead of Nest's router and, in the plain case, of express (see berichten-ingress.ts).
  const berichten = app.get(BerichtenService);
  (app.getHttpAdapter().getInstance() as express.Express).post(BERICHTEN_PATH, berichtenRoute(berichten));
  serveBerichtenFirst(app.getHttpServer() as Server, berichten, config.maxBodyBytes);
  app.use('/ggk', express.raw({ type: () => true, limit: config.maxBodyBytes }));
  app.use(express.json({ limit: '10mb' }));
  app.enableShutdownHooks();
  await startCommandConsumer(app, config);
  return app;
}
