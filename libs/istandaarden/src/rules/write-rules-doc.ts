/** Writes `docs/rules.md` from the rule inventory: `npm run rules:doc` (builds first). */
import { writeFileSync } from 'node:fs';
import { renderRulesDoc, RULES_DOC_PATH } from './rules-doc.js';

writeFileSync(RULES_DOC_PATH, renderRulesDoc());
console.log(`wrote ${RULES_DOC_PATH}`);
