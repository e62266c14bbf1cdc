import { openDatabase } from '../data/db/open-database.ts';
import { Directory } from '../data/org/directory.ts';
import { loadOrg, type Org } from '../data/org/load-org.ts';
import type { Role, Staff } from '../data/org/staff.ts';
import { DeputiesRepo } from '../data/repos/deputies-repo.ts';
import { LeaveRequestsRepo } from '../data/repos/leave-requests-repo.ts';
import { addDays, atShanghai, localDate, type LocalDate } from '../data/time/index.ts';
import { waitingHolder } from '../handlers/leave/current-holders.ts';
import { LeaveService } from '../handlers/leave/leave-service.ts';
import { loadAway } from '../handlers/leave/load-away.ts';
import type { BenchRow } from './bench-row.ts';

/** A seeded generator: the same year every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function person(id: string, name: string, roles: Role[], team: string, department: string): Staff {
  return {
    id,
    name,
    roles,
    team,
    department,
    gender: 'female',
    hireDate: '2015-03-01',
    birthday: null,
    greetPublicly: false,
    identities: {},
    reachVia: null,
  };
}

/** 300 staff: a director, a manager, two HR officers, three departments of ten teams (a lead and eight to nine). */
function staff300(): Staff[] {
  const out: Staff[] = [
    person('D1', '机构负责人', ['director'], '机构办公室', '办公室'),
    person('M1', '管理人员', ['manager'], '机构办公室', '办公室'),
    person('H1', '人事一', ['hr'], '机构办公室', '办公室'),
    person('H2', '人事二', ['hr'], '机构办公室', '办公室'),
  ];
  for (let d = 1; d <= 3; d++) {
    const dept = `服务${d}部`;
    out.push(person(`DH${d}`, `部长${d}`, ['dept_head'], `${dept}办公室`, dept));
    for (let t = 1; t <= 10; t++) {
      const team = `${dept}${t}组`;
      out.push(person(`L${d}-${t}`, `组长${d}-${t}`, ['team_lead', 'social_worker'], team, dept));
      const size = out.length + 9 > 300 ? 300 - out.length : t <= 7 ? 9 : 8;
      for (let i = 1; i <= size; i++)
        out.push(person(`S${d}-${t}-${i}`, `社工${d}-${t}-${i}`, ['social_worker'], team, dept));
    }
  }
  return out.slice(0, 300);
}

/**
 * A simulated year of 300 staff (issue 13): everyone asks for 事假 about six times a year, 1 to 20
 * days ahead; approvers take approved leave three times a year (half of them naming a deputy, the
 * director always), one lead in ten and one department head never answer, and the others decide
 * what they hold on a given working day with probability 0.4 — at once when its first day has come
 * (the 09:00 flag). Escalation and skips are the real ones (`stepHolder`, `LeaveService.decide`).
 * The figure: requests whose start date passed with no decision, with the sample org's stall settings
 * (BENCH_BEFORE_START=0/1, BENCH_FIRST_DAY=0/1 override stall.beforeStart / escalateOnFirstDay).
 */
export async function benchApprovalYear(): Promise<BenchRow[]> {
  const rnd = random(13);
  const sample = loadOrg();
  const all = staff300();
  const rules = sample.leaveRules!;
  // As the sample org is configured, unless BENCH_FIRST_DAY / BENCH_BEFORE_START say 0 or 1.
  const flag = (name: string, fallback: boolean) =>
    process.env[name] === undefined ? fallback : process.env[name] !== '0';
  const firstDay = flag('BENCH_FIRST_DAY', rules.stall.escalateOnFirstDay);
  const beforeStart = flag('BENCH_BEFORE_START', rules.stall.beforeStart);
  const directorDeputy = flag('BENCH_DIRECTOR_DEPUTY', rules.stall.directorDeputy !== null);
  const org: Org = {
    ...sample,
    directory: new Directory(all),
    leaveRules: {
      ...rules,
      // The sample's standing deputy of the director is its 管理人员; here M1.
      stall: {
        ...rules.stall,
        escalateOnFirstDay: firstDay,
        beforeStart,
        directorDeputy: directorDeputy ? 'M1' : null,
      },
    },
  };
  const db = await openDatabase(':memory:');
  const service = new LeaveService(db, () => org);
  const repo = new LeaveRequestsRepo(db);
  const approvers = all.filter((s) => s.roles.some((r) => ['team_lead', 'dept_head', 'director'].includes(r)));
  const leads = approvers.filter((s) => s.roles.includes('team_lead'));
  const silent = new Set([...leads.filter(() => rnd() < 0.1).map((s) => s.id), 'DH2']);
  const first = localDate('2026-01-05');
  const last = localDate('2026-12-31');
  const days: LocalDate[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) if (org.calendar.isWorkingDay(d)) days.push(d);
  // Approvers' own absences, approved before the year starts (no approval chain: steps []).
  for (const a of approvers) {
    for (let k = 0; k < 3; k++) {
      const start = days[Math.floor(rnd() * (days.length - 5))]!;
      const end = days[days.indexOf(start) + Math.floor(rnd() * 5)]!;
      const clash = (await repo.forStaff(a.id)).some((r) => r.start <= end && r.end >= start);
      if (clash) continue;
      await repo.create(
        {
          staffId: a.id,
          typeKey: 'annual',
          start,
          startHalf: 'full',
          end,
          endHalf: 'full',
          days: org.calendar.workingDaysBetween(start, end).count,
          year: 2026,
          reason: null,
          extended: false,
          flags: [],
          team: a.team,
          department: a.department,
          steps: [],
        },
        atShanghai(first),
      );
      const deputy =
        a.id === 'D1' ? 'M1' : rnd() < 0.5 ? all.find((s) => s.team === a.team && s.id !== a.id)?.id : undefined;
      if (deputy)
        await new DeputiesRepo(db).add({ staffId: a.id, deputyId: deputy, from: start, to: end }, atShanghai(first));
    }
  }
  const late = new Set<number>();
  let submitted = 0;
  let decided = 0;
  const started = Date.now();
  for (const day of days) {
    const now = atShanghai(day, '10:00');
    // Requests still undecided after their first day: the figure.
    for (const r of await repo.find({ statuses: ['pending'] })) if (r.start < day) late.add(r.id);
    for (const p of all) {
      if (rnd() >= 6 / days.length) continue;
      const start = org.calendar.workingDayOnOrAfter(addDays(day, 1 + Math.floor(rnd() * 20)));
      const half = rnd() < 0.3;
      const span = { start, startHalf: half ? 'am' : 'full', end: start, endHalf: half ? 'am' : 'full' } as const;
      const result = await service.submit(p, { typeKey: 'personal', span, reason: '家里有事' }, now);
      if (result.ok) submitted++;
    }
    const away = await loadAway(db, day, day);
    // The next approver hears at once: a request whose first day has come may pass several hands today.
    for (let pass = 0, again = true; again && pass < 4; pass++) {
      again = false;
      for (const r of await repo.find({ statuses: ['pending'] })) {
        if (pass > 0 && r.start > day) continue;
        const held = await waitingHolder(db, org, r, await repo.steps(r.id), now);
        if (!held) continue;
        // On the first day (stall.beforeStart) the levels above may decide too: the first who answers.
        const able = [held.holder.person, ...(held.holder.also ?? [])].map((s) => s.id);
        const who = able.find((id) => !silent.has(id) && !away(id, day));
        if (!who) continue;
        if (r.start > day && rnd() >= 0.4) continue;
        const out = await service.decide({
          requestId: r.id,
          approverId: who,
          approve: rnd() < 0.9,
          comment: null,
          now,
        });
        if (out.kind === 'approved' || out.kind === 'rejected' || out.kind === 'advanced') decided++;
        if (out.kind === 'advanced') again = true;
      }
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const mode = beforeStart ? ', before start' : firstDay ? ', up on day 1' : '';
  await db.destroy();
  return [
    {
      name: 'Requests older than their start date with no decision',
      value: `${late.size} of ${submitted} (300 staff, a year${mode})`,
      target: '0',
      ok: late.size === 0,
    },
    { name: 'Approval year simulated in', value: `${seconds.toFixed(1)} s (${decided} decisions)` },
  ];
}
