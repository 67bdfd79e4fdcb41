/** Turns every error into an RFC 9457 problem document (`application/problem+json`). */
import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable.js';
import { PROBLEM_BASE, ProblemException, type ProblemDocument } from './problem.js';

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const document = this.toProblem(exception);
    if (document.status === 503) response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    else if (document.status >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(document.status).type('application/problem+json').send(JSON.stringify(document));
  }

  private toProblem(exception: unknown): ProblemDocument {
    if (exception instanceof ProblemException) return exception.problem;
    if (isDatabaseUnavailable(exception)) {
      const detail = 'the message store cannot be reached; nothing was stored, send the request again';
      return { type: `${PROBLEM_BASE}unavailable`, title: 'Temporarily unavailable', status: 503, detail };
    }
    const status =
      (exception as { status?: number; statusCode?: number }).status ??
      (exception as { statusCode?: number }).statusCode;
    if (
      status === HttpStatus.PAYLOAD_TOO_LARGE ||
      (exception as { type?: string }).type === 'entity.too.large'
    ) {
      return {
        type: `${PROBLEM_BASE}too-large`,
        title: 'Message too large',
        status: 413,
        detail: 'the body exceeds the configured limit',
      };
    }
    if (exception instanceof HttpException) {
      const code = exception.getStatus();
      return { type: `${PROBLEM_BASE}http-${code}`, title: exception.message, status: code };
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return {
        type: `${PROBLEM_BASE}http-${status}`,
        title: (exception as Error).message ?? 'Bad request',
        status,
      };
    }
    return { type: `${PROBLEM_BASE}internal`, title: 'Internal error', status: 500 };
  }
}
