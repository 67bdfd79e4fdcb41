/** Public API of the iStandaarden library: catalogue, detect, validate, parse, build. No framework code. */
export * from './definition/model.js';
export { parseDefinition, DefinitionError } from './definition/parse-definition.js';
export { loadDefinition, STANDAARDEN, DEFINITIONS_DIR } from './definition/load.js';
export { writeXsdFiles } from './definition/xsd-writer.js';
export { writeTypeScript } from './definition/typescript-writer.js';
export * from './catalogue.js';
export * from './findings.js';
export {
  treeForCode,
  treeForNamespace,
  type MessageTree,
  type ElementSpec,
} from './definition/message-tree.js';
export { checkInput, DEFAULT_MAX_BYTES, MAX_DEPTH } from './xml/secure-input.js';
export { SchemaSet, PROJECT_XSD_DIR, type SchemaSetOptions } from './validation/schema-set.js';
export {
  validate,
  checkWellFormed,
  defaultSchemaSet,
  CHUNK_BYTES,
  type ValidationResult,
  type ValidateOptions,
} from './validation/validate.js';
export {
  modelOf,
  type Bericht,
  type BerichtNode,
  type Berichten,
  type BerichtCodeNaam,
  type Leaf,
} from './mapping/model.js';
export type * as IJw from './model/ijw.generated.js';
export type * as IWmo from './model/iwmo.generated.js';
export { parse, validateAndParse, type ParseResult, type ValidatedBericht } from './mapping/parse.js';
export {
  build,
  buildBytes,
  type BuildBytesResult,
  type BuildInput,
  type BuildResult,
} from './mapping/build.js';
export { detect, type Detected, type DetectResult } from './detect.js';
export { ValidationPool, type ValidationPoolOptions } from './validation/validation-pool.js';
export {
  IN_MESSAGE_RULES_VERSION,
  rules,
  rulesFor,
  evaluateRules,
  type Rule,
  type RuleContext,
  type RuleLevel,
  type RuleState,
} from './rules/index.js';
export { buildRetourbericht, retourCodeFor, type RetourInput } from './retour/retourbericht.js';
export {
  explainRule,
  explainRetourcode,
  findingExplanation,
  FINDING_RULES,
  type Explanation,
} from './rules/explain.js';
export {
  retourcodesPerKlasse,
  klasseInstances,
  klasseFinder,
  GEEN_OPMERKINGEN,
  NIET_BEOORDEELD,
  TECHNISCHE_AFKEURING,
  type RetourcodesPerKlasse,
} from './retour/retour-klassen.js';
export {
  writeJsonSchemas,
  writeJsonSchema,
  type JsonSchema,
  type MessageJsonSchema,
} from './definition/json-schema-writer.js';
export { collectGarbageNow, collectGarbageSoon, exposeCollector, LARGE_MESSAGE_BYTES } from './memory.js';
