/**
 * The rejection the browser scenario fixes: a declaration for a product under a taakgericht
 * arrangement is refused; changing the arrangement to p×q and reprocessing makes it acceptable.
 */
import { declaratie } from '../../support/declaratie.js';
import type { TestGateway } from '../../support/test-gateway.js';

export interface FixableRejection {
  /** A visible reason to skip the fix-and-reprocess step while the fix is not possible on this branch. */
  readonly unavailable: string | false;
  readonly rule: string;
  readonly retourcode: string;
  /** What the line the finding points at contains (its first match in the message is that line). */
  readonly lineContent: RegExp;
  rejectedDeclaration(gateway: TestGateway, bsn: string): Promise<string>;
  fix(gateway: TestGateway): Promise<void>;
}

export const fixableRejection: FixableRejection = {
  unavailable: 'SKIPPED: fixing an arrangement needs issue 5 (arrangements) merged into this branch',
  rule: 'TR135',
  retourcode: '8848',
  lineContent: /:Dagtekening>/,
  async rejectedDeclaration(_gateway, bsn) {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return declaratie({ bsn, identificatie: 'TAAK1', dagtekening: tomorrow });
  },
  async fix() {
    throw new Error('the arrangement fix arrives with issue 5');
  },
};
