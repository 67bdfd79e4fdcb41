/**
 * Arrangements: create, change and delete, each in one transaction that refuses a period overlapping
 * another arrangement for the same key; and the seed file loaded at start-up (ARRANGEMENTEN_FILE).
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { validateArrangement, type Arrangement } from '../../../../libs/domain/src/index.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { problem } from '../problem/problem.js';
import {
  ArrangementRepository,
  type ArrangementFilter,
  type StoredArrangement,
} from './arrangement.repository.js';
import { fieldProblem } from './field-problem.js';

@Injectable()
export class ArrangementenService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Arrangementen');
  private readonly repository = new ArrangementRepository();

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.arrangementenFile) return;
    const loaded = await this.seed(this.config.arrangementenFile);
    this.logger.log(
      `${loaded.created} arrangements created, ${loaded.updated} updated from ${this.config.arrangementenFile}`,
    );
  }

  list(filter: ArrangementFilter): Promise<StoredArrangement[]> {
    return this.repository.list(this.dataSource.manager, filter);
  }

  async get(id: string): Promise<StoredArrangement> {
    return (await this.repository.get(this.dataSource.manager, id)) ?? notFound(id);
  }

  create(input: unknown): Promise<StoredArrangement> {
    const arrangement = valid(input);
    return this.dataSource.transaction((manager) => this.insert(manager, arrangement));
  }

  /** Replaces an arrangement (PUT) or changes the fields given (PATCH, `merge`). */
  async change(id: string, input: unknown, merge: boolean): Promise<StoredArrangement> {
    return this.dataSource.transaction(async (manager) => {
      const current = (await this.repository.get(manager, id)) ?? notFound(id);
      const { id: _id, ...terms } = current;
      void _id;
      const arrangement = valid(merge && isObject(input) ? mergeTerms(terms, input) : input);
      await this.refuseOverlap(manager, arrangement, id);
      return this.repository.update(manager, id, arrangement);
    });
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.get(manager, id))) notFound(id);
      if (!(await this.repository.delete(manager, id)))
        throw problem(
          409,
          'arrangement-in-use',
          'Arrangement in use',
          'closed population statements refer to this arrangement; end it with an einddatum instead',
        );
    });
  }

  /**
   * Loads a seed file: a JSON array of arrangements. One with the same key and ingangsdatum as a
   * stored one replaces its terms (so restarting with the same file changes nothing); any other is
   * created. All or nothing: a wrong entry stops the load with its index and reasons.
   */
  async seed(file: string): Promise<{ created: number; updated: number }> {
    let entries: unknown;
    try {
      entries = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`ARRANGEMENTEN_FILE ${file}: ${(error as Error).message}`);
    }
    if (!Array.isArray(entries))
      throw new Error(`ARRANGEMENTEN_FILE ${file}: expected a JSON array of arrangements`);
    const arrangements = entries.map((entry, index) => {
      const result = validateArrangement(entry);
      if (!result.ok)
        throw new Error(
          `ARRANGEMENTEN_FILE ${file}, entry ${index}: ${result.errors.map((error) => `${error.field}: ${error.message}`).join('; ')}`,
        );
      return result.value;
    });
    return this.dataSource.transaction(async (manager) => {
      let created = 0;
      let updated = 0;
      for (const [index, arrangement] of arrangements.entries()) {
        await this.repository.lockKey(manager, arrangement);
        const same = (await this.repository.overlapping(manager, arrangement)).find(
          (stored) => stored.ingangsdatum === arrangement.ingangsdatum,
        );
        try {
          if (same) {
            await this.refuseOverlap(manager, arrangement, same.id);
            await this.repository.update(manager, same.id, arrangement);
            updated++;
          } else {
            await this.insert(manager, arrangement);
            created++;
          }
        } catch (error) {
          throw new Error(`ARRANGEMENTEN_FILE ${file}, entry ${index}: ${describe(error)}`);
        }
      }
      return { created, updated };
    });
  }

  private async insert(manager: EntityManager, arrangement: Arrangement): Promise<StoredArrangement> {
    await this.refuseOverlap(manager, arrangement);
    return this.repository.insert(manager, arrangement);
  }

  private async refuseOverlap(
    manager: EntityManager,
    arrangement: Arrangement,
    exceptId?: string,
  ): Promise<void> {
    await this.repository.lockKey(manager, arrangement);
    const clashes = await this.repository.overlapping(manager, arrangement, exceptId);
    if (clashes.length === 0) return;
    throw fieldProblem(
      409,
      'arrangement-overlap',
      'Overlapping arrangement',
      `another arrangement for ${arrangement.gemeente} × ${arrangement.aanbieder} × categorie ${arrangement.productCategorie}` +
        `${arrangement.productCode ? ` × product ${arrangement.productCode}` : ''} covers part of this period: ` +
        clashes
          .map((clash) => `${clash.id} (${clash.ingangsdatum} – ${clash.einddatum ?? 'open'})`)
          .join(', '),
      [
        {
          name: 'ingangsdatum',
          reason: `overlaps ${clashes.map((clash) => clash.id).join(', ')}; end that one first or choose another period`,
        },
      ],
    );
  }
}

function valid(input: unknown): Arrangement {
  const result = validateArrangement(input);
  if (result.ok) return result.value;
  throw fieldProblem(
    422,
    'invalid-arrangement',
    'Invalid arrangement',
    `${result.errors.length} field(s) to correct`,
    result.errors.map((error) => ({ name: error.field, reason: error.message })),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** PATCH: the stored terms with the given fields over them; `null` clears a field. */
function mergeTerms(current: Arrangement, change: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current, ...change };
  // A change of variant drops the terms of the other world unless they are given again.
  if (change.uitvoeringsvariant !== undefined && change.uitvoeringsvariant !== current.uitvoeringsvariant) {
    const lumpsum = change.uitvoeringsvariant === 'taakgericht';
    for (const field of lumpsum
      ? ['eenheid', 'tarief']
      : ['budget', 'budgetPeriode', 'zorgdagen', 'populatie'])
      if (!(field in change)) merged[field] = null;
  }
  return merged;
}

function notFound(id: string): never {
  throw problem(404, 'arrangement-not-found', 'Arrangement not found', `no arrangement ${id}`);
}

function describe(error: unknown): string {
  const document = (error as { problem?: { detail?: string } }).problem;
  return document?.detail ?? (error as Error).message;
}
