/** The admin console's Nest parts, for the application module. */
import { AdminAuthController } from './admin-auth.controller.js';
import { AdminConsole } from './admin-console.service.js';
import { AdminMessagesController } from './admin-messages.controller.js';
import { AdminOverviewController } from './admin-overview.controller.js';

export const ADMIN_CONTROLLERS = [AdminAuthController, AdminMessagesController, AdminOverviewController];
export const ADMIN_PROVIDERS = [AdminConsole];
