import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { hasRole, ROLES } from '../../../data/org/staff.ts';
import { copySampleOrg, refusalOf, writeOrgFile } from '../../fakes/org-fixture.ts';

describe('the sample organisation', () => {
  const org = loadOrg();

  it('has about 30 staff covering every role', () => {
    expect(org.directory.all.length).toBeGreaterThanOrEqual(28);
    for (const role of ROLES) expect(org.directory.withRole(role).length, role).toBeGreaterThan(0);
  });

  it('has tenures under 1, about 3, about 12 and over 20 years', () => {
    const years = org.directory.all.map((s) => (Date.parse('2026-11-21') - Date.parse(s.hireDate)) / (365.25 * 864e5));
    expect(years.some((y) => y < 1)).toBe(true);
    expect(years.some((y) => y >= 2.5 && y < 3.5)).toBe(true);
    expect(years.some((y) => y >= 11.5 && y < 12.5)).toBe(true);
    expect(years.some((y) => y > 20)).toBe(true);
  });

  it('has lunar birthdays, a leap-month one, a 29 February one and someone who opted out', () => {
    const all = org.directory.all;
    expect(all.filter((s) => s.birthday?.calendar === 'lunar').length).toBeGreaterThanOrEqual(3);
    expect(all.some((s) => s.birthday?.leapMonth)).toBe(true);
    expect(all.some((s) => s.birthday?.calendar === 'solar' && s.birthday.month === 2 && s.birthday.day === 29)).toBe(
      true,
    );
    expect(all.some((s) => !s.greetPublicly)).toBe(true);
  });

  it('has several teams in at least two departments, each team with a lead', () => {
    expect(org.directory.departments().length).toBeGreaterThanOrEqual(2);
    const serviceTeams = org.directory
      .teams()
      .filter((t) => org.directory.team(t).some((s) => hasRole(s, 'social_worker') || hasRole(s, 'caregiver')));
    expect(serviceTeams.length).toBeGreaterThanOrEqual(4);
    for (const t of serviceTeams)
      expect(org.directory.leadOf(t, 'team_lead') ?? org.directory.leadOf(t, 'project_lead'), t).toBeDefined();
  });

  it('tells the rules from the plan and the report', () => {
    expect(Object.fromEntries(org.documents.map((d) => [d.slug, d.kind]))).toEqual({
      'leya-employee-handbook': 'rules',
      'zhongai-service-policies': 'rules',
      'puhui-2018-work-plan': 'plan',
      'lvye-2017-work-summary': 'report',
    });
  });

  it('indexes the four policy documents by section, with heading paths', () => {
    expect(org.documents.map((d) => d.slug).sort()).toHaveLength(4);
    for (const d of org.documents) {
      expect(d.title).not.toBe('');
      expect(d.sections.length).toBeGreaterThan(10);
      for (const s of d.sections) expect(s.body).not.toMatch(/\[bookmark:/);
    }
  });
});

describe('a broken organisation folder', () => {
  it('names the file, row and field of a bad staff row', () => {
    const dir = copySampleOrg();
    const csv = readFileSync(join(dir, 'staff.csv'), 'utf8').split('\n');
    csv[3] = csv[3]!.replace(/,\d{4}-\d{2}-\d{2},/, ',2026-13-45,');
    writeOrgFile(dir, 'staff.csv', csv.join('\n'));
    const message = refusalOf(dir);
    expect(message).toContain('staff.csv');
    expect(message).toMatch(/row 4, field "hire_date"/);
  });

  it('reports an unknown role and a duplicate id together', () => {
    const dir = copySampleOrg();
    const csv = readFileSync(join(dir, 'staff.csv'), 'utf8').trimEnd().split('\n');
    csv.push('S011,重复,social_worker,长者服务组,服务部,女,2020-01-01,,,,,,');
    csv.push('S099,新人,boss,长者服务组,服务部,女,2020-01-01,,,,,,');
    writeOrgFile(dir, 'staff.csv', csv.join('\n'));
    const message = refusalOf(dir);
    expect(message).toMatch(/field "id": duplicate of row/);
    expect(message).toMatch(/field "roles": unknown role "boss"/);
  });

  it('says which column is missing from the staff header', () => {
    const dir = copySampleOrg();
    const csv = readFileSync(join(dir, 'staff.csv'), 'utf8').replace('hire_date', 'hired');
    writeOrgFile(dir, 'staff.csv', csv);
    expect(refusalOf(dir)).toMatch(/field "hire_date": column is missing/);
  });

  it('names the field of a bad org.json', () => {
    const dir = copySampleOrg();
    writeOrgFile(
      dir,
      'org.json',
      JSON.stringify({ name: '', shortName: 'x', staffGroup: { id: 'g', name: 'g' }, hrContact: 'x' }),
    );
    expect(refusalOf(dir)).toMatch(/org\.json[\s\S]*field "name"/);
  });

  it('reports unreadable JSON', () => {
    const dir = copySampleOrg();
    writeOrgFile(dir, 'org.json', '{ "name": ');
    expect(refusalOf(dir)).toMatch(/org\.json[\s\S]*not valid JSON/);
  });

  it('reports a missing staff file', () => {
    const dir = copySampleOrg();
    rmSync(join(dir, 'staff.csv'));
    expect(refusalOf(dir)).toMatch(/staff\.csv[\s\S]*file is missing/);
  });

  it('names the row and field of a bad FAQ entry', () => {
    const dir = copySampleOrg();
    writeOrgFile(dir, 'faq.csv', 'question,answer,doc,section\n婚假几天,婚假3天。,no-such-doc,请假管理\n');
    expect(refusalOf(dir)).toMatch(/faq\.csv[\s\S]*row 2, field "doc"/);
  });

  it('names the row of a policy document of an unknown kind', () => {
    const dir = copySampleOrg();
    writeOrgFile(dir, 'policies/notes.md', '---\ntitle: 笔记\nkind: memo\n---\n# 一、总则\n内容。\n');
    expect(refusalOf(dir)).toMatch(/notes\.md[\s\S]*row 3, field "kind"[\s\S]*rules, plan, report/);
  });

  it('names the word of a learned vocabulary entry with no document words', () => {
    const dir = copySampleOrg();
    writeOrgFile(dir, 'learned-vocabulary.json', JSON.stringify({ words: { 打车: ['出租车'], 宝宝: [] } }));
    expect(refusalOf(dir)).toMatch(/learned-vocabulary\.json[\s\S]*宝宝/);
  });

  it('names the row and field of a written question pointing at no section', () => {
    const dir = copySampleOrg();
    const ok = { q: '婚假几天', doc: 'leya-employee-handbook', section: '第三部分 人力资源管理' };
    const lines = [ok, { ...ok, doc: 'no-such-doc' }, { ...ok, section: '第九部分 不存在' }, { ...ok, q: '' }];
    writeOrgFile(dir, 'section-questions.jsonl', `${lines.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n`);
    const refusal = refusalOf(dir);
    expect(refusal).toMatch(/section-questions\.jsonl/);
    expect(refusal).toMatch(/row 2, field "doc": "no-such-doc" is not a document/);
    expect(refusal).toMatch(/row 3, field "section": "第九部分 不存在" is not a section of leya-employee-handbook/);
    expect(refusal).toMatch(/row 4, field "q": is empty/);
    expect(refusal).toMatch(/row 5: is not a JSON object/);
  });
});
