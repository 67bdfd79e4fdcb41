/** RFC 9457 problem documents: the one shape of every HTTP error the gateway returns. */
import { HttpException } from '@nestjs/common';
import type { Finding } from '../../../../libs/istandaarden/src/index.js';

export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: ReadonlyArray<Pick<Finding, 'rule' | 'line' | 'column' | 'path' | 'message'>>;
}

export const PROBLEM_BASE = 'https://istandaarden-gateway.invalid/problems/';

export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemDocument) {
    super(problem, problem.status);
  }
}

export function problem(
  status: number,
  slug: string,
  title: string,
  detail?: string,
  findings?: readonly Finding[],
): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}${slug}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    ...(findings
      ? {
          errors: findings.map(({ rule, line, column, path, message }) => ({
            rule,
            line,
            column,
            path,
            message,
          })),
        }
      : {}),
  });
}
