/**
 * The back office's commands over HTTP: `POST /api/v1/toewijzingen` (→ 301), `POST /api/v1/antwoorden`
 * (→ 319), `POST /api/v1/declaratie-antwoorden` (→ 325). 202 with the outcome when the message was
 * built, checked and queued for delivery; 422 (problem+json) with the reasons when it was refused. A
 * repeated command id gets the first answer again.
 */
import { Body, Controller, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { OpdrachtSoort } from '../../../../libs/messaging/src/index.js';
import { PROBLEM_BASE } from '../problem/problem.js';
import { OpdrachtenService } from './opdrachten.service.js';

@Controller('api/v1')
export class OpdrachtenController {
  constructor(private readonly opdrachten: OpdrachtenService) {}

  @Post('toewijzingen')
  toewijzing(@Body() body: unknown, @Res() response: Response): Promise<void> {
    return this.send('toewijzing', body, response);
  }

  @Post('antwoorden')
  antwoord(@Body() body: unknown, @Res() response: Response): Promise<void> {
    return this.send('antwoord', body, response);
  }

  @Post('declaratie-antwoorden')
  declaratieAntwoord(@Body() body: unknown, @Res() response: Response): Promise<void> {
    return this.send('declaratie-antwoord', body, response);
  }

  private async send(soort: OpdrachtSoort, body: unknown, response: Response): Promise<void> {
    const outcome = await this.opdrachten.send(soort, body, 'rest');
    if (outcome.status === 'accepted') {
      response.status(202).json(outcome);
      return;
    }
    response
      .status(422)
      .type('application/problem+json')
      .send(
        JSON.stringify({
          ...outcome,
          type: `${PROBLEM_BASE}command-rejected`,
          title: 'Command refused',
          status: 422,
          outcome: outcome.status,
          detail: `the ${soort} was not sent: ${outcome.errors?.length ?? 0} reason(s)`,
        }),
      );
  }
}
