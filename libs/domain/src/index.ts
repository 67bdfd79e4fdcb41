/** The internal domain: rules of the process that are not about one message's XML (working days, and more to come). */
export * from './werkdagen.js';
export * from './state-records.js';
export * from './termijnen.js';
export * from './toewijzing-wijziging.js';
