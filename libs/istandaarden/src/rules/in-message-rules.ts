/** Every in-message rule (XSLT kind, then condities, then constraints), in the order they are reported. */
import {
  CD060,
  CD085,
  CD086,
  CD087,
  CD005,
  CD007,
  CD009,
  CD025,
  CD034,
  CD043,
  CD066,
  CD067,
  CD068,
} from './condities.js';
import { CD041, CD075, CD076, CD077, CD078, CD079, CD080, CD095, CD096 } from './condities-product.js';
import { CS002, CS003, CS050, CS058, CS089, CS139, CS318 } from './constraints-client.js';
import { CS100, CS325, CS335, CS336, CS337, CS338, CS339, CS340, CS343 } from './constraints-product.js';
import type { Rule } from './rule.js';
import { TR002, TR006, TR061, TR101, TR134 } from './xslt-client-rules.js';
import { TR137, TR315, TR316, TR335, TR342, TR358, TR416 } from './xslt-declaratie-rules.js';
import {
  TR018,
  TR302,
  TR352,
  TR353,
  TR377,
  TR380,
  TR383,
  TR386,
  TR409,
  TR410,
} from './xslt-product-rules.js';

const byId = (a: Rule, b: Rule) => a.id.localeCompare(b.id);

export const xsltRules: readonly Rule[] = [
  TR002,
  TR006,
  TR018,
  TR061,
  TR101,
  TR134,
  TR137,
  TR302,
  TR315,
  TR316,
  TR335,
  TR342,
  TR352,
  TR353,
  TR358,
  TR377,
  TR380,
  TR383,
  TR386,
  TR409,
  TR410,
  TR416,
].sort(byId);

export const conditieRules: readonly Rule[] = [
  CD005,
  CD007,
  CD009,
  CD025,
  CD034,
  CD041,
  CD043,
  CD060,
  CD066,
  CD067,
  CD068,
  CD075,
  CD076,
  CD077,
  CD078,
  CD079,
  CD080,
  CD085,
  CD086,
  CD087,
  CD095,
  CD096,
].sort(byId);

export const constraintRules: readonly Rule[] = [
  CS002,
  CS003,
  CS050,
  CS058,
  CS089,
  CS100,
  CS139,
  CS318,
  CS325,
  CS335,
  CS336,
  CS337,
  CS338,
  CS339,
  CS340,
  CS343,
].sort(byId);

export const inMessageRules: readonly Rule[] = [...xsltRules, ...conditieRules, ...constraintRules];
