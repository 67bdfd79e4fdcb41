/** Creates the gateway application for a configuration: used by main.ts and by the e2e tests. */
import 'reflect-metadata';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import express from 'express';
import { AppModule } from './app.module.js';
import { BERICHTEN_PATH, berichtenHotPath } from './berichten/berichten-ingress.js';
import { BerichtenService } from './berichten/berichten.service.js';
import { hotPathRoute, serveFirst } from './common/first-entrance.js';
import { ggkHotPath } from './ggk/ggk-ingress.js';
import type { GatewayConfig } from './config/gateway-config.js';
import { startCommandConsumer } from './opdrachten/command-consumer.js';
import { DATA_SOURCE } from './database/database.module.js';
import { AuthAuditRepository } from './security/auth-audit.repository.js';
import { FrontDoor } from './security/front-door.js';
import { httpsOptions } from './security/tls-options.js';

export async function createGateway(
  config: GatewayConfig,
  options: { logger?: boolean } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forConfig(config), {
    bodyParser: false,
    // Fail with an error the caller can report, rather than exiting the process.
    abortOnError: false,
    ...(options.logger === false ? { logger: false } : {}),
    ...(config.security.tls ? { httpsOptions: httpsOptions(config.security.tls) } : {}),
  });
  (app.getHttpAdapter().getInstance() as express.Express).disable('x-powered-by');
  // Messages are taken as raw bytes (hashing and line numbers need them exactly as sent); JSON for the rest.
  app.use(BERICHTEN_PATH, express.raw({ type: () => true, limit: config.maxBodyBytes }));
  app.use('/ggk', express.raw({ type: () => true, limit: config.maxBodyBytes }));
  // The hot paths, ahead of Nest's router and, in the plain case, of express (see common/first-entrance.ts).
  const berichten = app.get(BerichtenService);
  const hotPaths = [berichtenHotPath(berichten), ggkHotPath(berichten)];
  const routes = app.getHttpAdapter().getInstance() as express.Express;
  for (const hotPath of hotPaths) routes.post(hotPath.path, hotPathRoute(hotPath));
  serveFirst(app.getHttpServer() as Server, hotPaths, config.maxBodyBytes);
  // Security headers, timeouts, authentication and rate limits before anything else (security/front-door.ts).
  new FrontDoor(config.security, new AuthAuditRepository(app.get(DATA_SOURCE)), config.maxBodyBytes).install(
    app.getHttpServer() as Server,
  );
  app.use(express.json({ limit: '10mb' }));
  app.enableShutdownHooks();
  await startCommandConsumer(app, config);
  return app;
}
