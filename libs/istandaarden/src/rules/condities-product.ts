/** Condities (CD) on products: which of Product, Omvang, Budget and end date go together. */
import {
  AANGEVRAAGD,
  NIEUW,
  productRule,
  TE_WIJZIGEN,
  TOEGEWEZEN,
  type ProductClass,
} from './product-classes.js';
import { has, text, type At } from './paths.js';

const ALL_CLASSES = [TOEGEWEZEN, AANGEVRAAGD, NIEUW, TE_WIJZIGEN];
const WITH_PRODUCT = [TOEGEWEZEN, AANGEVRAAGD, NIEUW];

export const CD041 = productRule({
  id: 'CD041',
  level: 'conditie',
  classes: WITH_PRODUCT,
  explanation: 'A product given with a product code states its Omvang.',
  problem: (p) =>
    has(p.node, 'Product/Code') && !has(p.node, 'Omvang')
      ? { element: 'Omvang', message: 'Product/Code is filled, so Omvang is required' }
      : undefined,
});

export const CD075 = productRule({
  id: 'CD075',
  level: 'conditie',
  classes: ALL_CLASSES,
  explanation: 'A product with a Budget has an end date.',
  problem: (p, k) =>
    has(p.node, 'Budget') && !has(p.node, k.end)
      ? { element: k.end, message: `Budget is filled, so ${k.end} is required` }
      : undefined,
});

export const CD076 = productRule({
  id: 'CD076',
  level: 'conditie',
  classes: ALL_CLASSES,
  explanation: 'A product with a weekly frequency (Frequentie 2) has an end date.',
  problem: (p, k) =>
    text(p.node, 'Omvang/Frequentie') === '2' && !has(p.node, k.end)
      ? { element: k.end, message: `Frequentie 2 (per week) requires ${k.end}` }
      : undefined,
});

// CD077 and CD078 say the same thing from both sides, so a product with both Budget and Omvang breaks both.
export const CD077 = productRule({
  id: 'CD077',
  level: 'conditie',
  classes: ALL_CLASSES,
  explanation: 'A product with a Budget has no Omvang.',
  problem: (p) =>
    has(p.node, 'Budget') && has(p.node, 'Omvang')
      ? { element: 'Omvang', message: 'Budget is filled, so Omvang stays empty' }
      : undefined,
});

export const CD078 = productRule({
  id: 'CD078',
  level: 'conditie',
  classes: ALL_CLASSES,
  explanation: 'A product with an Omvang has no Budget.',
  problem: (p) =>
    has(p.node, 'Omvang') && has(p.node, 'Budget')
      ? { element: 'Budget', message: 'Omvang is filled, so Budget stays empty' }
      : undefined,
});

export const CD079 = productRule({
  id: 'CD079',
  level: 'conditie',
  classes: WITH_PRODUCT,
  explanation: 'A product without a Budget names the Product (category).',
  problem: (p) =>
    !has(p.node, 'Budget') && !has(p.node, 'Product')
      ? { element: 'Product', message: 'Budget is empty, so Product is required' }
      : undefined,
});

/** Toewijzingen ending on or before this date keep the rules of release 3.0 (Omvang without a product code). */
const OLD_RULES_UNTIL = '2020-12-31';

function omvangWithoutCode(p: At, k: ProductClass) {
  const end = text(p.node, k.end);
  const current = end === undefined || end > OLD_RULES_UNTIL;
  return !has(p.node, 'Product/Code') && current && has(p.node, 'Omvang')
    ? {
        element: 'Omvang',
        message: `without Product/Code and ending after ${OLD_RULES_UNTIL}, Omvang stays empty`,
      }
    : undefined;
}

const omvangExplanation = (what: string) =>
  `A ${what} without a product code that runs past 2020 has no Omvang (aspecific or generic).`;

export const CD080 = productRule({
  id: 'CD080',
  level: 'conditie',
  classes: [TOEGEWEZEN],
  explanation: omvangExplanation('toegewezen product'),
  problem: omvangWithoutCode,
});

export const CD095 = productRule({
  id: 'CD095',
  level: 'conditie',
  classes: [AANGEVRAAGD],
  explanation: omvangExplanation('requested product'),
  problem: omvangWithoutCode,
});

export const CD096 = productRule({
  id: 'CD096',
  level: 'conditie',
  classes: [NIEUW],
  explanation: omvangExplanation('new product in a verzoek om wijziging'),
  problem: omvangWithoutCode,
});
