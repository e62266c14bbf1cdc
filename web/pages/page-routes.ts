import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../web-deps.ts';
import { auditPage } from './audit-page.ts';
import { balanceImportPage } from './balance-import-page.ts';
import { balancesPage } from './balances-page.ts';
import { calendarFeedPage } from './calendar-feed-page.ts';
import { calendarIcs } from './calendar-ics.ts';
import { calendarPage } from './calendar-page.ts';
import { deadlinesPage } from './deadlines-page.ts';
import { exportRoutes } from './exports.ts';
import { noticeComposePage } from './notice-compose-page.ts';
import { noticesPage } from './notices-page.ts';
import { questionsPage } from './questions-page.ts';
import { requestDetailPage } from './request-detail-page.ts';
import { requestsPage } from './requests-page.ts';
import { schedulePage } from './schedule-page.ts';
import { staffPage } from './staff-page.ts';
import { todayPage } from './today-page.ts';

/** Every page of the console, after the session check. */
export function pageRoutes(app: FastifyInstance, deps: WebDeps): void {
  todayPage(app, deps);
  requestsPage(app, deps);
  requestDetailPage(app, deps);
  calendarPage(app, deps);
  calendarIcs(app, deps);
  calendarFeedPage(app, deps);
  balancesPage(app, deps);
  balanceImportPage(app, deps);
  exportRoutes(app, deps);
  staffPage(app, deps);
  noticesPage(app, deps);
  noticeComposePage(app, deps);
  deadlinesPage(app, deps);
  questionsPage(app, deps);
  schedulePage(app, deps);
  auditPage(app, deps);
}
