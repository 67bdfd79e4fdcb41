/** A problem document that names each wrong field of a request with its reason (RFC 9457 extension `invalidParams`). */
import { ProblemException, PROBLEM_BASE, type ProblemDocument } from '../problem/problem.js';

export interface InvalidParam {
  readonly name: string;
  readonly reason: string;
}

export function fieldProblem(
  status: number,
  slug: string,
  title: string,
  detail: string,
  invalidParams: readonly InvalidParam[],
): ProblemException {
  const document: ProblemDocument & { invalidParams: readonly InvalidParam[] } = {
    type: `${PROBLEM_BASE}${slug}`,
    title,
    status,
    detail,
    invalidParams,
  };
  return new ProblemException(document);
}
