/** The internal domain: rules of the process that are not about one message's XML (working days, state, cross-message rules). */
export * from './werkdagen.js';
export * from './state-records.js';
export * from './arrangement.js';
export * from './toewijzingsvarianten.js';
export * from './declaratie-beoordeling.js';
export * from './populatie.js';
export * from './rapportage.js';
export * from './termijnen.js';
export * from './toewijzing-wijziging.js';
export * from './rules/index.js';
export * from './reference-data/reference-data.js';
