import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listOrgFolders, type OrgFolder } from '../../data/db/org-database.ts';
import { SAMPLE_ORG_DIR } from '../../data/org/load-org.ts';

/** The service teams of the sample organisation, where the generated social workers join. */
const TEAMS = [
  ['家庭综合组', '服务部'],
  ['长者服务组', '服务部'],
  ['青少年服务组', '服务部'],
  ['社区营造项目组', '项目部'],
] as const;

/**
 * The sample's staff with social workers added up to `staff` people: birthdays spread over the
 * year (so a month has its share), each with a WeCom id of their own.
 */
function staffCsv(staff: number): string {
  const lines = readFileSync(join(SAMPLE_ORG_DIR, 'staff.csv'), 'utf8').trimEnd().split('\n');
  for (let i = 0; lines.length - 1 < staff; i++) {
    const [team, department] = TEAMS[i % TEAMS.length]!;
    const birthday = `1990-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const gender = i % 2 ? '女' : '男';
    lines.push(
      `G${i},同工${i},social_worker,${team},${department},${gender},2020-01-01,${birthday},solar,no,yes,G${i},`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `orgs` organisation folders derived from the sample (as the many-organisations test derives a
 * second one), each with `staff` people, and where each keeps its data under `base` (a schema per
 * organisation on PostgreSQL, a file on SQLite). `tag` makes the schemas this run's own.
 */
export function monthOrgs(orgs: number, staff: number, base: string, tag: string): OrgFolder[] {
  const root = mkdtempSync(join(tmpdir(), 'tonggong-month-'));
  const csv = staffCsv(staff);
  for (let k = 0; k < orgs; k++) {
    const dir = join(root, `${tag}_${String(k).padStart(2, '0')}`);
    cpSync(SAMPLE_ORG_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'staff.csv'), csv);
  }
  return listOrgFolders(root, base);
}
