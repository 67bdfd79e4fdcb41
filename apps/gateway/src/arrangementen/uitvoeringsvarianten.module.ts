/** The controllers and providers of arrangements, budgets, population statements and figures (one hook in app.module). */
import { ArrangementenController } from './arrangementen.controller.js';
import { ArrangementenService } from './arrangementen.service.js';
import { PopulatieController } from '../populatie/populatie.controller.js';
import { PopulatieService } from '../populatie/populatie.service.js';
import { RapportagesController } from '../rapportages/rapportages.controller.js';

export const UITVOERINGSVARIANTEN_CONTROLLERS = [
  ArrangementenController,
  PopulatieController,
  RapportagesController,
];
export const UITVOERINGSVARIANTEN_PROVIDERS = [ArrangementenService, PopulatieService];
