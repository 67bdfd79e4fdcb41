/**
 * The cross-message step of processing a batch: the state every message of the batch needs, loaded in
 * one statement per table, then each message checked against it; an accepted message's records are
 * added to the view at once, so a later message of the same batch sees its effect.
 */
import type { EntityManager } from 'typeorm';
import {
  evaluateCrossMessageRules,
  recordsFor,
  RuleStateView,
  stateKeys,
  type ReferenceData,
  type StateKeys,
  type StateOwner,
} from '../../../../libs/domain/src/index.js';
import type { Bericht, Finding } from '../../../../libs/istandaarden/src/index.js';
import type { HeaderFacts } from './message.repository.js';
import type { StateRepository } from './state.repository.js';

export interface BatchMessage {
  readonly bericht?: Bericht;
  readonly header: HeaderFacts;
}

export function ownerOf(bericht: Bericht, header: HeaderFacts): StateOwner | undefined {
  if (!header.gemeente || !header.aanbieder) return undefined;
  return { standaard: bericht.standaard, gemeente: header.gemeente, aanbieder: header.aanbieder };
}

export class CrossMessageStep {
  private constructor(
    private readonly view: RuleStateView,
    private readonly reference: ReferenceData,
    private readonly today: string,
  ) {}

  static async load(
    manager: EntityManager,
    state: StateRepository,
    reference: ReferenceData,
    today: string,
    batch: readonly BatchMessage[],
  ): Promise<CrossMessageStep> {
    const keys = batch.flatMap(({ bericht, header }): StateKeys[] => {
      const owner = bericht && ownerOf(bericht, header);
      const key = owner && stateKeys(bericht, owner);
      return key ? [key] : [];
    });
    return new CrossMessageStep(RuleStateView.from(await state.load(manager, keys)), reference, today);
  }

  /** TR378's reference: whether a code is a gemeentecode on a date. */
  readonly isGemeentecode = (code: string, datum: string): boolean => this.reference.isGemeente(code, datum);

  findings(bericht: Bericht, header: HeaderFacts): Finding[] {
    const owner = ownerOf(bericht, header);
    if (!owner) return [];
    return evaluateCrossMessageRules(bericht, {
      today: this.today,
      state: this.view.of(owner),
      reference: this.reference,
    });
  }

  /** Adds an accepted message's records to the batch's view. */
  accepted(bericht: Bericht, header: HeaderFacts): void {
    const owner = ownerOf(bericht, header);
    if (owner) this.view.apply(owner, recordsFor(bericht));
  }
}
