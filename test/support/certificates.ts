/** Throw-away certificates for mutual TLS tests, made with the openssl command line (a test CA, a server, clients). */
import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const skipWithoutOpenssl: string | false =
  spawnSync('openssl', ['version']).status === 0 ? false : 'SKIPPED: the openssl command is not available';

export interface Pem {
  readonly cert: Buffer;
  readonly key: Buffer;
  readonly certFile: string;
  readonly keyFile: string;
  readonly fingerprint256: string;
}

export interface TestPki {
  readonly dir: string;
  readonly caFile: string;
  readonly ca: Buffer;
  readonly server: Pem;
  /** Issue a client certificate signed by this CA (or, with `selfSigned`, by nobody). */
  client(commonName: string, options?: { selfSigned?: boolean }): Pem;
  remove(): void;
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

export function createTestPki(serverAddresses: readonly string[] = ['127.0.0.1']): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'istd-pki-'));
  openssl(
    ['req', '-x509', ...EC, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=Test CA'],
    dir,
  );
  const pem = (name: string): Pem => {
    const cert = readFileSync(join(dir, `${name}.crt`));
    return {
      cert,
      key: readFileSync(join(dir, `${name}.key`)),
      certFile: join(dir, `${name}.crt`),
      keyFile: join(dir, `${name}.key`),
      fingerprint256: new X509Certificate(cert).fingerprint256,
    };
  };
  const issue = (name: string, subject: string, extensions?: string): Pem => {
    openssl(['req', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject], dir);
    openssl(
      [
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        'ca.crt',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-out',
        `${name}.crt`,
        '-days',
        '2',
        ...(extensions ? ['-extfile', extensions] : []),
      ],
      dir,
    );
    return pem(name);
  };
  const sanFile = join(dir, 'san.ext');
  execFileSync('sh', [
    '-c',
    `printf 'subjectAltName=${serverAddresses.map((a) => `IP:${a}`).join(',')}\\n' > '${sanFile}'`,
  ]);
  const server = issue('server', '/CN=gateway', sanFile);
  let clients = 0;
  return {
    dir,
    caFile: join(dir, 'ca.crt'),
    ca: readFileSync(join(dir, 'ca.crt')),
    server,
    client(commonName, options = {}) {
      const name = `client${++clients}`;
      if (!options.selfSigned) return issue(name, `/CN=${commonName}/O=Zorg BV`);
      openssl(
        [
          'req',
          '-x509',
          ...EC,
          '-keyout',
          `${name}.key`,
          '-out',
          `${name}.crt`,
          '-days',
          '2',
          '-subj',
          `/CN=${commonName}`,
        ],
        dir,
      );
      return pem(name);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
