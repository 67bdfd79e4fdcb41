/** HTTPS server options: our certificate, and with a CA configured a request for the client's certificate (mutual TLS). */
import type { NestApplicationOptions } from '@nestjs/common';
import type { TlsConfig } from './security-config.js';

export function httpsOptions(tls: TlsConfig): NonNullable<NestApplicationOptions['httpsOptions']> {
  return {
    cert: tls.cert,
    key: tls.key,
    ...(tls.ca
      ? {
          ca: tls.ca,
          requestCert: true,
          // A client without a certificate may still use an API key: the front door decides, and audits.
          rejectUnauthorized: false,
        }
      : {}),
  };
}
