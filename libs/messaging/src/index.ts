/** Messaging contracts: RabbitMQ topology and the events published to the back office. */
export * from './topology.js';
export * from './events.js';
export * from './funding-events.js';
