import type { FastifyInstance } from 'fastify';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { inScope } from '../../handlers/web-login/console-scope.ts';
import { todayIn } from '../views/labels.ts';
import { icsCalendar } from '../views/ics.ts';
import { icsWindow, leaveIcsEvents } from '../views/leave-ics-events.ts';
import { teamsInScope } from '../views/scope-view.ts';
import type { WebDeps } from '../web-deps.ts';
import { field, forbidden, viewerOf } from './respond.ts';

/**
 * `/calendar.ics?team=…`: approved leave from three months back to a year ahead, one all-day
 * event per request, named by person and type only: never the reason.
 */
export function calendarIcs(app: FastifyInstance, deps: WebDeps): void {
  app.get('/calendar.ics', async (req, reply) => {
    const viewer = viewerOf(req);
    const org = deps.org();
    const team = field(req.query, 'team');
    if (team && !teamsInScope(org, viewer.scope).includes(team)) return forbidden(reply, viewer);
    const today = todayIn(deps.clock.now());
    const requests = (
      await new LeaveRequestsRepo(deps.db).find({
        statuses: ['approved'],
        ...icsWindow(today),
      })
    ).filter((r) => inScope(viewer.scope, r) && (!team || r.team === team));
    const events = leaveIcsEvents(org, requests);
    const name = `${org.info.name} 请假${team ? ` · ${team}` : ''}`;
    return reply
      .type('text/calendar; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="leave.ics"; filename*=UTF-8''${encodeURIComponent(`${team || 'leave'}.ics`)}`,
      )
      .header('cache-control', 'no-store')
      .send(icsCalendar(name, events, deps.clock.now()));
  });
}
