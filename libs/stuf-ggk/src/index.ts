/** Public API of the StUF-GGk envelope library: parse requests and answers, build envelopes, validate. No framework code. */
export * from './model.js';
export { finding, MAX_FINDINGS, type EnvelopeRule, type Finding } from './findings.js';
export {
  NS,
  OPERATIONS,
  SOAP_MEDIA_TYPE,
  SOAP_NAMESPACE,
  operationSpec,
  type Operation,
  type OperationSpec,
  type SoapVersion,
} from './namespaces.js';
export { parseSoapRequest, type ParseOptions } from './parse-request.js';
export { parseSoapAnswer } from './parse-answer.js';
export { DEFAULT_MAX_BYTES } from './input/secure-input.js';
export { decodeBase64Strict, type Base64Result } from './base64.js';
export {
  buildBv03,
  buildDi01,
  buildDu01,
  buildFo01,
  buildFo03Fault,
  type BuildOptions,
  type Di01Input,
  type Du01Input,
  type FoutInput,
  type PayloadInput,
  type ReplyInput,
} from './build/envelopes.js';
export {
  STUF_FOUTEN,
  faultHttpStatus,
  fo03ForFindings,
  replyStuurgegevens,
  stuf055,
  stufFout,
  type StufFoutcode,
} from './fouten.js';
export { envelopeFor, formatTijdstip, isUuidV4, newReferentienummer } from './stuurgegevens-values.js';
export { EnvelopeSchema, DEFAULT_ENTRY, type EnvelopeSchemaOptions } from './schema/envelope-schema.js';
