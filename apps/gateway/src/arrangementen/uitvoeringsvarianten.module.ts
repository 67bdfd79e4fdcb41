/** The controllers and providers of arrangements, budgets, population statements and figures (one hook in app.module). */
import { ArrangementenController } from './arrangementen.controller.js';
import { ArrangementenService } from './arrangementen.service.js';

export const UITVOERINGSVARIANTEN_CONTROLLERS = [ArrangementenController];
export const UITVOERINGSVARIANTEN_PROVIDERS = [ArrangementenService];
