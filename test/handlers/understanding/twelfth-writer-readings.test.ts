import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../handlers/understanding/index.ts';
import { asking, idle, read } from './reading.ts';

/*
 * Readings a twelfth outside writer's set (bench/fixtures/utterances/dev10.jsonl: HR, leads and heads,
 * caregivers) showed wrong, fixed by general rules; each test says the behaviour in other words.
 */

const hr = { state: 'idle', roles: ['hr'] } as ConversationContext;

describe('HR in their own words', () => {
  it('gives no command for one told of as past, nor for how a command works', () => {
    expect(read('上周恢复定时发送那次 有几条发重了', hr).intent).not.toBe('hr_command');
    expect(read('提醒未确认是只提醒没回的吗', hr).intent).not.toBe('hr_command');
    expect(read('恢复定时发送', hr).fields.command).toBe('resume');
  });

  it('reads a notice by 那条, by what it is about, and 撤了', () => {
    expect(read('3号那条通知大家都确认了吗', hr).fields).toEqual({ command: 'notice_status', no: 3 });
    expect(read('5号培训通知 还没回的再催一下', hr).fields).toEqual({ command: 'remind_unconfirmed', no: 5 });
    expect(read('5号通知撤了吧 地点写错了', hr).fields).toEqual({ command: 'cancel_notice', no: 5 });
  });

  it('exports and asks progress said casually, and logs in to the console', () => {
    expect(read('导个11月的请假表', hr).fields.command).toBe('export_leave');
    expect(read('这个月的考勤表大家交得如何', hr).fields.command).toBe('progress');
    expect(read('我上后台看一下', hr).intent).toBe('login_console');
  });
});

describe('leads and caregivers', () => {
  it('puts a decision off with 先放着, and names a deputy with 找…批', () => {
    const lead = {
      state: 'idle',
      roles: ['team_lead'],
      pending: [{ no: 5, applicant: '唐明', kind: 'leave', type: '年假' }],
    } as ConversationContext;
    expect(read('5号先放着 我问问他那天的小组谁带', lead).intent).toBe('small_talk');
    expect(read('我下周一二出差 组员请假这两天找陈部长批', lead).intent).toBe('set_deputy');
    expect(read('请假要找谁批', lead).intent).toBe('ask_policy');
  });

  it('reads a caregiver’s homophones and short forms', () => {
    const open = { ...idle, roles: ['caregiver'], notices: [{ no: 2, title: '消防演练' }] } as ConversationContext;
    expect(read('首到', open).intent).toBe('ack_notice');
    expect(read('年架', asking('type', {}, ['caregiver']))).toEqual({
      intent: 'step_answer',
      fields: { type: '年假' },
    });
    expect(read('这个怎么用 我不会弄', idle).intent).toBe('help');
  });

  it('reads an applicant called by given name, when no other applicant shares it', () => {
    const projectLead = {
      state: 'idle',
      roles: ['project_lead'],
      pending: [
        { no: 8, applicant: '胡秋菊', kind: 'leave', type: '事假' },
        { no: 9, applicant: '朱红梅', kind: 'leave', type: '病假' },
      ],
    } as ConversationContext;
    expect(read('红梅那个假同意', projectLead)).toEqual({ intent: 'approve', fields: { applicant: '朱红梅' } });
    // Not inside other words: 「多多关照」 names nobody.
    const lead = {
      state: 'idle',
      roles: ['team_lead'],
      pending: [
        { no: 4, applicant: '钱多多', kind: 'leave', type: '事假' },
        { no: 5, applicant: '孙浩', kind: 'leave', type: '事假' },
      ],
    } as ConversationContext;
    expect(read('同意，多多关照', lead)).toEqual({ intent: 'approve', fields: { nos: [] } });
  });
});
