/**
 * For `npm start` without DATABASE_URL: PostgreSQL compiled to WebAssembly (PGlite) in a data folder,
 * served on a loopback port so the same `pg` driver and migrations are used as in production.
 * It takes one connection at a time, which is why the pool is then of size one.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedDatabase(dataDir: string, port = 0): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1' });
  await server.start();
  const address = (server as unknown as { server?: { address(): { port: number } } }).server?.address();
  const actualPort = address?.port ?? port;
  return {
    url: `postgres://postgres@127.0.0.1:${actualPort}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
