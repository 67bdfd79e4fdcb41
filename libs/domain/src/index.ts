/** The internal domain: rules of the process that are not about one message's XML (working days, rule state, arrangements and uitvoeringsvarianten). */
export * from './werkdagen.js';
export * from './state-records.js';
export * from './arrangement.js';
export * from './toewijzingsvarianten.js';
export * from './declaratie-beoordeling.js';
export * from './populatie.js';
export * from './rapportage.js';
