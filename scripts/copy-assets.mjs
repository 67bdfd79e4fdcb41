// Copies the non-TypeScript files the built code reads at run time next to it in dist/.
import { cpSync } from 'node:fs';

cpSync('libs/istandaarden/definitions', 'dist/libs/istandaarden/definitions', { recursive: true });
cpSync('libs/messaging/schemas', 'dist/libs/messaging/schemas', { recursive: true });
cpSync('libs/messaging/command-schemas', 'dist/libs/messaging/command-schemas', { recursive: true });
