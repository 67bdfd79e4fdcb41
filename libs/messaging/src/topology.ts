/** The RabbitMQ contract of the gateway: exchange names and how routing keys are made. */
export const EVENTS_EXCHANGE = 'istandaarden.events';
export const COMMANDS_EXCHANGE = 'istandaarden.commands';
export const COMMANDS_DEAD_LETTER_EXCHANGE = 'istandaarden.commands.dlx';
export const COMMANDS_QUEUE = 'istandaarden.commands';
export const COMMANDS_DEAD_LETTER_QUEUE = 'istandaarden.commands.dead';

/** `<standaard>.<event>` in lower case, e.g. `ijw.start-zorg.ontvangen`. */
export function routingKey(standaard: string, event: string): string {
  return `${standaard}.${event}`.toLowerCase();
}
