/**
 * A private PostgreSQL cluster in a temporary directory on a free port, which a fault test may stop and
 * start for real — never the shared server other engineers and CI use. Made with the server binaries of
 * the installed PostgreSQL (initdb, pg_ctl), run as the postgres user when we are root (initdb refuses root).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './gateway-process.js';

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

const BIN = binDir();
const ROOT = userInfo().uid === 0;
const postgresUser = ROOT ? spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }) : undefined;

export const skipWithoutPostgresBinaries: string | false = !BIN
  ? 'SKIPPED: no PostgreSQL server binaries under /usr/lib/postgresql'
  : ROOT && postgresUser?.status !== 0
    ? 'SKIPPED: running as root and there is no postgres user to run initdb as'
    : false;

export class PrivatePostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async create(): Promise<PrivatePostgres> {
    const dir = mkdtempSync('/tmp/istd-faults-pg-');
    if (ROOT) {
      const uid = Number(postgresUser!.stdout.trim());
      chownSync(dir, uid, uid);
    }
    const cluster = new PrivatePostgres(dir, await freePort());
    cluster.run('initdb', ['-D', cluster.data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    cluster.start();
    return cluster;
  }

  private get data(): string {
    return join(this.dir, 'data');
  }

  private run(tool: string, args: string[]): void {
    const command = join(BIN!, tool);
    const [file, argv] = ROOT ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    execFileSync(file, argv, { stdio: 'pipe' });
  }

  start(): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=60`;
    this.run('pg_ctl', ['-D', this.data, '-o', options, '-l', join(this.dir, 'log'), '-w', 'start']);
  }

  /** Stops the server the hard way (`immediate`: like a crash; recovery replays the WAL on start). */
  stop(): void {
    this.run('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', 'stop']);
  }

  remove(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
