import type { FastifyInstance } from 'fastify';
import { addDays } from '../../data/time/index.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { typeName } from '../../handlers/leave/leave-summary.ts';
import { inScope } from '../../handlers/web-login/console-scope.ts';
import { todayIn } from '../views/labels.ts';
import { icsCalendar } from '../views/ics.ts';
import { teamsInScope } from '../views/scope-view.ts';
import type { WebDeps } from '../web-deps.ts';
import { field, forbidden, viewerOf } from './respond.ts';

const HALF = { full: '', am: '上午', pm: '下午' } as const;

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
        from: addDays(today, -92),
        to: addDays(today, 366),
      })
    ).filter((r) => inScope(viewer.scope, r) && (!team || r.team === team));
    const events = requests.map((r) => {
      const halves =
        r.start === r.end
          ? HALF[r.startHalf]
          : [
              r.startHalf !== 'full' ? `首日${HALF[r.startHalf]}` : '',
              r.endHalf !== 'full' ? `末日${HALF[r.endHalf]}` : '',
            ]
              .filter(Boolean)
              .join('，');
      const who = org.directory.get(r.staffId)?.name ?? r.staffId;
      return {
        uid: `leave-${r.id}@tonggong`,
        start: r.start,
        end: r.end,
        summary: `${who} ${typeName(org.leaveRules, r.typeKey)}${halves ? `（${halves}）` : ''}`,
      };
    });
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
