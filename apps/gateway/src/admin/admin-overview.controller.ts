/** The dashboard and the audit log page. */
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { todayInTheNetherlands } from '../berichten/message-facts.js';
import { mayAct } from './accounts.repository.js';
import { AdminConsole } from './admin-console.service.js';
import { sendHtml } from './admin-http.js';
import { DASHBOARD_DAYS } from './dashboard.repository.js';
import { page } from './html.js';
import { auditView } from './views/audit.view.js';
import { dashboardView } from './views/dashboard.view.js';

@Controller('admin')
export class AdminOverviewController {
  constructor(private readonly console: AdminConsole) {}

  @Get('dashboard')
  async dashboard(@Req() request: Request, @Res() response: Response): Promise<void> {
    const user = await this.console.user(request, response);
    if (!user) return;
    const gemeenten = user.session.account.gemeenten;
    const repository = this.console.dashboard;
    const today = Date.parse(`${todayInTheNetherlands()}T00:00:00Z`);
    const days = Array.from({ length: DASHBOARD_DAYS }, (_, index) =>
      new Date(today - (DASHBOARD_DAYS - 1 - index) * 86_400_000).toISOString().slice(0, 10),
    );
    const data = {
      days,
      perDay: await repository.messagesPerDay(gemeenten),
      perRule: await repository.rejectionsPerRule(gemeenten),
      rates: await repository.rejectionRates(gemeenten),
      overdue: await repository.overdueRetours(gemeenten),
      termijnen: await repository.overdueTermijnen(gemeenten),
      backlog: await repository.backlog(gemeenten),
      budgets: await repository.budgetUse(gemeenten),
    };
    sendHtml(response, 200, page({ title: 'Dashboard', user, body: dashboardView(user, data) }));
  }

  @Get('audit')
  async auditLog(
    @Req() request: Request,
    @Res() response: Response,
    @Query('voor') voor: unknown,
  ): Promise<void> {
    const user = await this.console.user(request, response);
    if (!user) return;
    if (!mayAct(user.rol, 'beheerder'))
      return this.console.refuse(
        response,
        403,
        'Onvoldoende rechten',
        'Het auditlog is alleen voor beheerders.',
        user,
      );
    const before = typeof voor === 'string' && /^\d{1,18}$/.test(voor) ? voor : undefined;
    const entries = await this.console.audit.list(before ? { before } : {});
    sendHtml(response, 200, page({ title: 'Auditlog', user, body: auditView(entries) }));
  }
}
