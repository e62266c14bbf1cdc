import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../handlers/understanding/index.ts';
import { asking, idle, overtimeBack, read, readBack } from './reading.ts';

/*
 * Ways of talking a fourth outside writer's set (bench/fixtures/utterances/dev3.jsonl) showed the
 * bot misread; each test is the behaviour in other words than the set's lines.
 */

const hr = { state: 'idle', roles: ['hr'] } as ConversationContext;

describe('changes that must not silently change more than was said', () => {
  const threeDays = readBack({ type: '年假', start: '2026-12-16', end: '2026-12-18' });

  it('moves only the first day for 「早一天开始」-like words, only the last for 「…结束」', () => {
    expect(read('往前挪一天开始', threeDays)).toEqual({ intent: 'edit', fields: { start: '2026-12-15' } });
    expect(read('推迟一天结束', threeDays)).toEqual({ intent: 'edit', fields: { end: '2026-12-21' } });
    expect(read('整个往后推一天', threeDays)).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-17', end: '2026-12-21' },
    });
  });

  it('reads 「不对 是到18号」 as a new last day, the first kept', () => {
    const draft = readBack({ type: '年假', start: '2026-12-14', end: '2026-12-16' });
    expect(read('不对，是到18号', draft)).toEqual({ intent: 'edit', fields: { end: '2026-12-18' } });
  });

  it('keeps a decimal amount in HR’s balance adjustment', () => {
    expect(read('郑雨年假加1.5天', hr)).toEqual({
      intent: 'hr_command',
      fields: { command: 'adjust_balance', person: '郑雨', kind: '年假', days: 1.5 },
    });
  });

  it('takes back a leave named by the day it was handed in without taking that day for its date', () => {
    expect(read('前天提交的那个病假撤回吧', idle)).toEqual({ intent: 'withdraw', fields: { type: '病假' } });
  });

  it('reads a day left out of a new request as part of the request, not a withdrawal', () => {
    expect(read('帮我请这周四和下周一的事假 周五有活动就不请了', idle)).toEqual({
      intent: 'leave_multi',
      fields: {
        requests: [
          { type: '事假', start: '2026-12-10', end: '2026-12-10' },
          { type: '事假', start: '2026-12-14', end: '2026-12-14' },
        ],
      },
    });
    expect(read('下周三的事假不请了', idle)).toEqual({
      intent: 'withdraw',
      fields: { date: '2026-12-16', type: '事假' },
    });
  });
});

describe('what a message is about, in more of the ways people say it', () => {
  const noticeOpen = { ...idle, notices: [{ no: 10, title: '元旦放假安排' }] } as ConversationContext;
  const owing = { ...idle, due: ['月报', '文书'] } as ConversationContext;
  const pending = [
    { no: 2, applicant: '林晓', kind: 'leave', type: '年假' },
    { no: 3, applicant: '冯子豪', kind: 'leave', type: '年假' },
    { no: 7, applicant: '蔡婷', kind: 'leave', type: '婚假' },
  ];
  const head = { state: 'idle', roles: ['dept_head'], pending } as ConversationContext;

  it('takes voice-input homophones for the words they stand for', () => {
    expect(read('收道了', noticeOpen).intent).toBe('ack_notice');
    expect(read('同以7号', head)).toEqual({ intent: 'approve', fields: { nos: [7] } });
    expect(read('我想请婚嫁 1月11号到13号', idle).fields.type).toBe('婚假');
    const sick = readBack({ type: '病假', start: '2026-12-10', end: '2026-12-10' });
    expect(read('不是病假 是是假', sick)).toEqual({ intent: 'edit', fields: { type: '事假' } });
  });

  it('reads 「看到了」 as a notice’s ack', () => {
    expect(read('好的 看到了', noticeOpen)).toEqual({ intent: 'ack_notice', fields: {} });
  });

  it('approves numbers closed by a bare 批, but never 「还没批」', () => {
    expect(read('3 7 都批吧', head)).toEqual({ intent: 'approve', fields: { nos: [3, 7] } });
    expect(read('冯子豪那个不行 他的交接还没批', head).intent).toBe('reject');
  });

  it('reads hand-ins said with a part’s own name, by mail, or with a complaint about the reminder', () => {
    expect(read('服务记录交了 其他的还在写', owing)).toEqual({ intent: 'handin', fields: { items: ['服务记录'] } });
    expect(read('文书整理好发部长邮箱了', owing)).toEqual({ intent: 'handin', fields: { items: ['文书'] } });
    expect(read('月报上周就交了 为什么还一直催', owing)).toEqual({ intent: 'handin', fields: { items: ['月报'] } });
  });

  it('reads asking after one’s own balance and requests in plain words', () => {
    expect(read('看下调休余额', idle)).toEqual({ intent: 'balance', fields: { kind: '调休' } });
    expect(read('我还有假吗', idle)).toEqual({ intent: 'balance', fields: {} });
    expect(read('组长批了我的年假没有', idle).intent).toBe('my_requests');
    expect(read('我那个请假现在什么状态', idle).intent).toBe('my_requests');
  });

  it('reads 「能不能帮我请个假」 with a day of one’s own as the request', () => {
    expect(read('可以帮我请个假吗 后天 要去办护照', idle).intent).toBe('leave_request');
  });

  it('reads HR’s 「催一下N号通知没回的」 as the reminder command', () => {
    expect(read('提醒一下12号通知没确认的人', hr)).toEqual({
      intent: 'hr_command',
      fields: { command: 'remind_unconfirmed', no: 12 },
    });
  });

  it('answers the flow’s steps said in other words', () => {
    const offer = { state: 'forward_offer', roles: ['social_worker'], question: '产假' } as ConversationContext;
    expect(read('行 帮我转给人事', offer).intent).toBe('confirm');
    const draft = readBack({ type: '事假', start: '2026-12-15', end: '2026-12-15' });
    expect(read('错了 错了', draft).intent).toBe('deny');
    expect(read('那还是不请了 以后再说', draft).intent).toBe('cancel');
    expect(read('17 18两天', asking('dates'))).toEqual({
      intent: 'step_answer',
      fields: { start: '2026-12-17', end: '2026-12-18' },
    });
  });

  it('edits a draft by the place of its day, by the changing clause, and by the time not negated', () => {
    const week = readBack({ type: '年假', start: '2026-12-14', end: '2026-12-18' });
    expect(read('最后那天只休上午', week)).toEqual({ intent: 'edit', fields: { endHalf: 'am' } });
    expect(read('头一天下午开始', week)).toEqual({ intent: 'edit', fields: { startHalf: 'pm' } });
    const monday = readBack({ type: '年假', start: '2026-12-21', end: '2026-12-21' });
    expect(read('改成周四吧 周一要开会', monday)).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-24', end: '2026-12-24' },
    });
    const evening = overtimeBack({ date: '2026-12-07', start: '18:00', end: '21:00', reason: '社区晚会' }, [
      'social_worker',
    ]);
    expect(read('开始是六点半不是六点', evening)).toEqual({ intent: 'edit', fields: { startTime: '18:30' } });
  });
});

describe('a reason kept as the person said it', () => {
  const reasonOf = (text: string) => read(text, idle).fields.reason;

  it('keeps clauses of reason said one after another as one reason', () => {
    expect(reasonOf('下周二请年假 带爸妈去体检 他们年纪大了')).toBe('带爸妈去体检 他们年纪大了');
    expect(reasonOf('15号请事假，孩子学校开运动会，要去当志愿者')).toBe('孩子学校开运动会，要去当志愿者');
  });

  it('takes no 「那我重新请」 for the reason when the message asks again', () => {
    expect(reasonOf('那我重新请 下周四一天事假 家长会')).toBe('家长会');
  });

  it('keeps a story’s own times inside it', () => {
    expect(reasonOf('我爷爷昨晚走了 后天开始请三天丧假')).toBe('爷爷昨晚走了');
    expect(reasonOf('今天请个病假 早上起来头很晕')).toBe('早上起来头很晕');
  });

  it('leaves out absence, forgetting, paperwork to follow and the speaker’s own name', () => {
    expect(reasonOf('前天没来上班 忘了请 补个事假 孩子突然发烧')).toBe('孩子突然发烧');
    expect(reasonOf('下周三请病假 去做个小手术 医院证明到时候补')).toBe('去做个小手术');
    expect(reasonOf('朱红梅请假后天一天家里老人过寿')).toBe('家里老人过寿');
  });

  it('keeps a rejection’s reason with its tone words, as the applicant will read it', () => {
    const asking = { state: 'reject_reason', roles: ['team_lead'], no: 3 } as unknown as ConversationContext;
    expect(read('那周人太少了 下个月再请吧', asking)).toEqual({
      intent: 'step_answer',
      fields: { reason: '那周人太少了 下个月再请吧' },
    });
  });

  it('does not take a plan word for an overtime’s reason', () => {
    expect(read('周日上午九点到十二点 长者义剪 预计加班', idle).fields.reason).toBe('长者义剪');
  });
});

describe('dates in more of the ways people write them', () => {
  it('reads 明后两天, three days listed in a row, a month’s days without 号 and 今早', () => {
    expect(read('明后两天请事假 家里装修', idle).fields).toMatchObject({ start: '2026-12-09', end: '2026-12-10' });
    expect(read('21号22号23号三天年假 出去玩', idle).fields).toMatchObject({ start: '2026-12-21', end: '2026-12-23' });
    expect(read('请事假 十二月二十一到二十二', idle).fields).toEqual({
      type: '事假',
      start: '2026-12-21',
      end: '2026-12-22',
    });
    expect(read('今早六点半到八点半接长者去医院 算加班', idle).fields).toMatchObject({ date: '2026-12-08' });
  });

  it('reads a full date followed by its weekday as that date', () => {
    expect(read('12月19号周六 上午九点到十二点 社区义诊 报加班', idle).fields).toMatchObject({
      date: '2026-12-19',
      planned: true,
    });
  });

  it('reads 明后两天 for a deputy too', () => {
    expect(read('明后两天我出差 审批让宋嘉伟代一下', idle)).toEqual({
      intent: 'set_deputy',
      fields: { start: '2026-12-09', end: '2026-12-10', deputy: '宋嘉伟' },
    });
  });

  it('finds the withdrawn leave’s date in a half day or in a clause of its own, and 「N号撤回」 by number', () => {
    expect(read('明天的半天假不用了', idle)).toEqual({ intent: 'withdraw', fields: { date: '2026-12-09' } });
    expect(read('那个事假撤回 12月21号开始的那个', idle)).toEqual({
      intent: 'withdraw',
      fields: { date: '2026-12-21', type: '事假' },
    });
    expect(read('6号撤回', idle)).toEqual({ intent: 'withdraw', fields: { no: 6 } });
  });
});

describe('several requests, lists and scopes as they are said', () => {
  it('reads a bare weekday after 下周X as of that week', () => {
    expect(read('下周二请事假 周四上午请半天病假', idle).fields.requests).toEqual([
      { type: '事假', start: '2026-12-15', end: '2026-12-15' },
      { type: '病假', start: '2026-12-17', end: '2026-12-17', startHalf: 'am', endHalf: 'am' },
    ]);
  });

  it('gives a type to the clauses after it, not to one before it that asked on its own', () => {
    expect(read('我15号上午请半天 然后21号到23号请年假', idle).fields.requests).toEqual([
      { start: '2026-12-15', end: '2026-12-15', startHalf: 'am', endHalf: 'am' },
      { type: '年假', start: '2026-12-21', end: '2026-12-23' },
    ]);
  });

  it('gives a reason said once for all (「都是…」) to every request', () => {
    expect(read('请两次假：这周五一天 下周三一天 都是陪老人去复查', idle).fields.requests).toEqual([
      { start: '2026-12-11', end: '2026-12-11', reason: '陪老人去复查' },
      { start: '2026-12-16', end: '2026-12-16', reason: '陪老人去复查' },
    ]);
  });

  it('hands in items listed before 「都交了」', () => {
    const owing = { ...idle, due: ['月报', '考勤表'] } as ConversationContext;
    expect(read('考勤表 月报 都交了', owing)).toEqual({ intent: 'handin', fields: { items: ['考勤表', '月报'] } });
  });

  it('takes 「…对吧」 after an ack as a question', () => {
    const noticeOpen = { ...idle, notices: [{ no: 10, title: '元旦放假安排' }] } as ConversationContext;
    expect(read('收到 放三天对吧', noticeOpen)).toEqual({ intent: 'ack_notice', fields: { question: true } });
  });

  it('reads the caregivers named by what they do as the team', () => {
    const lead = { state: 'idle', roles: ['team_lead'] } as ConversationContext;
    expect(read('今天护理员谁请假了', lead).fields).toEqual({ period: 'today', scope: 'team' });
  });

  it('keeps an audience without its trailing 的', () => {
    const compose = { state: 'notice_compose', roles: ['hr'], asking: 'audience' } as ConversationContext;
    expect(read('发项目部的', compose)).toEqual({ intent: 'step_answer', fields: { audience: '项目部' } });
  });

  it('keeps a date that opens a rejection’s reason when the request was chosen by name', () => {
    const pending = [
      { no: 16, applicant: '蔡婷', kind: 'leave', type: '事假' },
      { no: 17, applicant: '唐明', kind: 'leave', type: '年假' },
    ];
    const lead = { state: 'idle', roles: ['team_lead'], pending } as ConversationContext;
    expect(read('蔡婷的不批 16号有督导来', lead)).toEqual({
      intent: 'reject',
      fields: { applicant: '蔡婷', reason: '16号有督导来' },
    });
    expect(read('不同意16号 那天有督导', lead)).toEqual({
      intent: 'reject',
      fields: { nos: [16], reason: '那天有督导' },
    });
  });
});

describe('read-back changes found by trying other phrasings', () => {
  const evening = overtimeBack({ date: '2026-12-07', start: '18:00', end: '21:00', reason: '社区活动' }, [
    'social_worker',
  ]);

  it('moves an overtime to the day said after 不是, or to a bare day of the draft’s month', () => {
    expect(read('不是昨天 是前天', evening)).toEqual({ intent: 'edit', fields: { date: '2026-12-06' } });
    expect(read('日期应该是5号', evening)).toEqual({ intent: 'edit', fields: { date: '2026-12-05' } });
  });

  it('reads 「下午半天就行」 on a one-day draft as a half day', () => {
    const oneDay = readBack({ type: '事假', start: '2026-12-15', end: '2026-12-15' });
    expect(read('上午半天就行', oneDay)).toEqual({ intent: 'edit', fields: { startHalf: 'am', endHalf: 'am' } });
  });

  it('takes no week word with 要 for a reason', () => {
    expect(read('我下个月要请婚假 1月11号到22号', idle).fields.reason).toBeUndefined();
  });
});

describe('more ways of saying a change or a request', () => {
  it('reads 「15号改16号」 as a move of that day, never the range between them', () => {
    const oneDay = readBack({ type: '事假', start: '2026-12-15', end: '2026-12-15' });
    expect(read('15号改17号', oneDay)).toEqual({ intent: 'edit', fields: { start: '2026-12-17', end: '2026-12-17' } });
    const threeDays = readBack({ type: '年假', start: '2026-12-16', end: '2026-12-18' });
    expect(read('18号改成21号', threeDays)).toEqual({ intent: 'edit', fields: { end: '2026-12-21' } });
  });

  it('reads 「其实是病假」 as a change of type', () => {
    const oneDay = readBack({ type: '事假', start: '2026-12-15', end: '2026-12-15' });
    expect(read('其实是病假', oneDay)).toEqual({ intent: 'edit', fields: { type: '病假' } });
  });

  it('reads 「…请年假行吗」 as the request, politely put', () => {
    expect(read('29号请事假行吗', idle).intent).toBe('leave_request');
  });

  it('approves 「第4个」 as number 4', () => {
    const pending = [
      { no: 4, applicant: '郑雨', kind: 'leave', type: '年假' },
      { no: 5, applicant: '孙浩', kind: 'leave', type: '事假' },
    ];
    const lead = { state: 'idle', roles: ['team_lead'], pending } as ConversationContext;
    expect(read('第5个同意', lead)).toEqual({ intent: 'approve', fields: { nos: [5] } });
  });
});

describe('caregivers’ and hurried phrasings, and a part said wrong', () => {
  it('reads 请加 as 请假, 「明天不来了」 with a day as a request, and a title alone as no reason', () => {
    expect(read('后天请加 膝盖疼', idle).fields).toEqual({ start: '2026-12-10', end: '2026-12-10', reason: '膝盖疼' });
    expect(read('明天不来了 头晕', idle).intent).toBe('leave_request');
    expect(read('王部长 我明天请假 去医院', idle).fields.reason).toBe('去医院');
  });

  it('never takes 「事由写错了」 for a new reason: it is a no, the bot asks what to change', () => {
    const draft = readBack({ type: '年假', start: '2026-12-16', end: '2026-12-18', reason: '回老家' });
    expect(read('好 但是事由写错了', draft)).toEqual({ intent: 'deny', fields: {} });
  });

  it('reads 「不用转了」 to the offer to forward as no', () => {
    const offer = { state: 'forward_offer', roles: ['social_worker'], question: '产假' } as ConversationContext;
    expect(read('不用转了 我自己去问', offer).intent).toBe('deny');
  });
});

describe('a reason’s own time words and rest', () => {
  const reasonOf = (text: string) => read(text, idle).fields.reason;

  it('keeps a holiday opening the reason clause, a whole day closing it, and 在家休息', () => {
    expect(reasonOf('12月24号到25号请年假 圣诞节陪孩子去迪士尼')).toBe('圣诞节陪孩子去迪士尼');
    expect(reasonOf('这周五请假 陪我妈去做检查 排队估计要一整天')).toBe('陪我妈去做检查 排队估计要一整天');
    expect(reasonOf('明天请个病假 重感冒 在家休息')).toBe('重感冒 在家休息');
  });

  it('still reads a holiday or a whole day that is the leave’s date as no reason', () => {
    expect(reasonOf('圣诞节请一天年假')).toBeUndefined();
    expect(reasonOf('明天请一整天假')).toBeUndefined();
  });
});

describe('read-back replies that say the draft back, or a date about something else', () => {
  const threeDays = readBack({ type: '年假', start: '2026-12-16', end: '2026-12-18', reason: '回老家' });

  it('never takes a date in a clause that changes nothing for the change another clause names', () => {
    expect(read('17号我本来要值班的 已经跟红梅换了', threeDays).intent).toBe('remark');
    expect(read('16号不行 换17号吧', readBack({ type: '事假', start: '2026-12-16', end: '2026-12-16' }))).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-17', end: '2026-12-17' },
    });
  });

  it('confirms the draft said back with an agreeing word, and only the draft’s own dates and count', () => {
    expect(read('16号到18号没错', threeDays).intent).toBe('confirm');
    expect(read('日期对的 提交吧', threeDays).intent).toBe('confirm');
    expect(read('对的 三天', threeDays).intent).toBe('confirm');
    expect(read('对的 两天', threeDays).intent).not.toBe('confirm');
    expect(read('没问题 17号我有个会', threeDays).intent).not.toBe('confirm');
  });

  it('reads 「加上19号」 as a new end and 「请两天」 as the draft’s length', () => {
    const oneDay = readBack({ type: '事假', start: '2026-12-15', end: '2026-12-15' });
    expect(read('加上16号', oneDay)).toEqual({ intent: 'edit', fields: { end: '2026-12-16' } });
    expect(read('请两天吧', oneDay)).toEqual({ intent: 'edit', fields: { end: '2026-12-16' } });
  });

  it('confirms an overtime read-back said back', () => {
    const evening = overtimeBack({ date: '2026-12-07', start: '18:00', end: '21:00', reason: '社区活动' }, [
      'social_worker',
    ]);
    expect(read('六点到九点没错', evening).intent).toBe('confirm');
  });
});

describe('a rejection’s reason without what chose the request', () => {
  const pending = [
    { no: 4, applicant: '郑雨', kind: 'leave', type: '年假' },
    { no: 5, applicant: '孙浩', kind: 'leave', type: '事假' },
  ];
  const lead = { state: 'idle', roles: ['team_lead'], pending } as ConversationContext;

  it('drops the applicant named after the verb and the reason’s own label', () => {
    expect(read('不同意郑雨的申请 年底太忙', lead)).toEqual({
      intent: 'reject',
      fields: { applicant: '郑雨', reason: '年底太忙' },
    });
    expect(read('5号驳回 原因是材料不全', lead)).toEqual({
      intent: 'reject',
      fields: { nos: [5], reason: '材料不全' },
    });
  });
});

describe('overtime days and hours said loosely', () => {
  it('reads a bare day of the month as this month’s, last month’s only when done and still ahead', () => {
    expect(read('12号加班 上午9点到12点', idle).fields).toMatchObject({ date: '2026-12-12', planned: true });
    expect(read('5号加班了 上午九点到十二点 义诊', idle).fields).toMatchObject({ date: '2026-12-05', planned: false });
    expect(read('20号加了班 晚上七点到九点', idle).fields).toMatchObject({ date: '2026-11-20', planned: false });
  });

  it('reads 「早九晚五」 as 09:00–17:00, not as a reason', () => {
    expect(read('6号周日加了一天班 早九晚五', idle).fields).toEqual({
      date: '2026-12-06',
      startTime: '09:00',
      endTime: '17:00',
      planned: false,
    });
  });

  it('takes 「怎么又…」 in a read-back for a complaint, changing nothing', () => {
    const draft = readBack({ type: '年假', start: '2026-12-16', end: '2026-12-18' });
    expect(read('怎么又要填事由', draft).intent).toBe('remark');
  });
});

describe('a question beside a wish for leave', () => {
  it('reads 「我想请病假 需要什么材料」 with no day as a question, and no question as a reason', () => {
    expect(read('我想请婚假 要准备什么材料', idle).intent).toBe('ask_policy');
    expect(read('我想请个假，可以吗', idle).intent).toBe('leave_request');
    expect(read('我想请假 后天 找谁批', idle).fields).toEqual({ start: '2026-12-10', end: '2026-12-10' });
  });
});

describe('more leave dates people say', () => {
  it('reads 「元旦前一天」 as the last working day before the holiday', () => {
    expect(read('元旦前一天请个年假', idle).fields).toEqual({ type: '年假', start: '2026-12-31', end: '2026-12-31' });
  });

  it('reads 「…开始休到…」 as a request over that range', () => {
    expect(read('这周五开始休到下周二', idle)).toEqual({
      intent: 'leave_request',
      fields: { start: '2026-12-11', end: '2026-12-15' },
    });
  });
});

describe('read-back edits relative to the draft', () => {
  const wedToFri = readBack({ type: '年假', start: '2026-12-16', end: '2026-12-18' });
  const nextTuesday = readBack({ type: '事假', start: '2026-12-15', end: '2026-12-15' });

  it('moves a leave to another first day keeping its working days, or a week on', () => {
    expect(read('挪到周四', wedToFri)).toEqual({ intent: 'edit', fields: { start: '2026-12-17', end: '2026-12-21' } });
    expect(read('改到下周吧', wedToFri)).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-23', end: '2026-12-25' },
    });
  });

  it('drops a weekday said not needed, and starts on a new day’s afternoon', () => {
    expect(read('周三不请了', wedToFri)).toEqual({ intent: 'edit', fields: { start: '2026-12-17' } });
    expect(read('17号下午开始', wedToFri)).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-17', startHalf: 'pm' },
    });
  });

  it('reads 下周X against the draft when from today it would change nothing or end before the start', () => {
    expect(read('改成下周三', readBack({ type: '事假', start: '2026-12-16', end: '2026-12-16' }))).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-23', end: '2026-12-23' },
    });
    expect(read('请到下周一', wedToFri)).toEqual({ intent: 'edit', fields: { end: '2026-12-21' } });
    expect(read('改到周五', nextTuesday)).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-18', end: '2026-12-18' },
    });
  });

  it('reads 「上午就行了」 on a one-day draft as its morning', () => {
    expect(read('上午就行了', nextTuesday)).toEqual({ intent: 'edit', fields: { startHalf: 'am', endHalf: 'am' } });
  });

  it('splits a draft by counts said after each type', () => {
    expect(read('改成年假一天 事假两天', wedToFri)).toEqual({
      intent: 'leave_multi',
      fields: {
        requests: [
          { type: '年假', start: '2026-12-16', end: '2026-12-16' },
          { type: '事假', start: '2026-12-17', end: '2026-12-18' },
        ],
      },
    });
  });
});

describe('a reason written as a form, or beside thanks and the return to work', () => {
  const reasonOf = (text: string) => read(text, idle).fields.reason;

  it('keeps only the reason of 「事由：… 时间：…」 and its words after 「理由：」', () => {
    expect(reasonOf('请假事由：带老人复查 时间：12月17日 类型：事假')).toBe('带老人复查');
    expect(reasonOf('12月16号请事假一天 理由：去公证处办手续')).toBe('去公证处办手续');
  });

  it('takes neither thanks to someone nor coming back to work for a reason', () => {
    expect(reasonOf('后天请假 麻烦王姐了')).toBeUndefined();
    expect(reasonOf('明天上午请假 下午正常上班')).toBeUndefined();
  });
});

describe('deputies, overviews, acks and feedback in other words', () => {
  it('reads 「请假的事找X」 while away as a deputy', () => {
    expect(read('后天我不在 审批的事找罗志强', idle)).toEqual({
      intent: 'set_deputy',
      fields: { start: '2026-12-10', end: '2026-12-10', deputy: '罗志强' },
    });
  });

  it('reads 「谁请过假」 as an overview', () => {
    const lead = { state: 'idle', roles: ['team_lead'] } as ConversationContext;
    expect(read('这周组里有谁请过假', lead).fields).toEqual({ period: 'this_week', scope: 'team' });
  });

  it('takes an ack with 「走不开」 or 「提醒我」 as also asking', () => {
    const noticeOpen = { ...idle, notices: [{ no: 7, title: '年终总结会安排' }] } as ConversationContext;
    expect(read('收到 那天下午我走不开', noticeOpen).fields).toEqual({ question: true });
    expect(read('收到 到时候提醒我', noticeOpen).fields).toEqual({ question: true });
  });

  it('reads 「不是我想问的」 after an answer as negative feedback', () => {
    const answered = { ...idle, justAnswered: '年假按工龄计算' } as ConversationContext;
    expect(read('这不是我想问的', answered).intent).toBe('feedback_negative');
  });
});

describe('hand-ins by the ways things are handed in', () => {
  const owing = { ...idle, due: ['月报', '文书'] } as ConversationContext;

  it('reads posting to the group, uploading and filing away as handed in, but never 「还没上传」', () => {
    expect(read('月报发群里了', owing)).toEqual({ intent: 'handin', fields: { items: ['月报'] } });
    expect(read('月报已上传系统', owing)).toEqual({ intent: 'handin', fields: { items: ['月报'] } });
    expect(read('文书整理好了 放档案柜了', owing)).toEqual({ intent: 'handin', fields: { items: ['文书'] } });
    expect(read('月报还没上传', owing).intent).not.toBe('handin');
  });
});

describe('absent for a few days of one’s own', () => {
  it('reads 「这两天来不了」 as a request whose dates the flow asks for', () => {
    expect(read('我家老伴病了 这两天来不了', idle)).toEqual({
      intent: 'leave_request',
      fields: { reason: '家老伴病了' },
    });
  });
});

describe('short answers, self-corrections and greetings', () => {
  it('takes a type’s first character as the answer to 「什么假」', () => {
    expect(read('病', asking('type', {}, ['caregiver']))).toEqual({ intent: 'step_answer', fields: { type: '病假' } });
  });

  it('takes what follows 「不对」 as the dates asked for', () => {
    expect(read('后天 不对 大后天', asking('dates', {}, ['caregiver']))).toEqual({
      intent: 'step_answer',
      fields: { start: '2026-12-11', end: '2026-12-11' },
    });
  });

  it('reads 「我先问一下组长再说」 in a read-back as a remark, not a question to the bot', () => {
    const draft = readBack({ type: '年假', start: '2026-12-16', end: '2026-12-18' });
    expect(read('我先问问组长再说', draft).intent).toBe('remark');
  });

  it('reads past a greeting that opens the message', () => {
    expect(read('在吗 我想请个年假', idle)).toEqual({ intent: 'leave_request', fields: { type: '年假' } });
  });
});

describe('approval numbers written in Chinese', () => {
  it('reads 「四号同意」 as number 4, and leaves a date in a reason as written', () => {
    const pending = [
      { no: 4, applicant: '郑雨', kind: 'leave', type: '年假' },
      { no: 5, applicant: '孙浩', kind: 'leave', type: '事假' },
    ];
    const lead = { state: 'idle', roles: ['team_lead'], pending } as ConversationContext;
    expect(read('同意四号', lead)).toEqual({ intent: 'approve', fields: { nos: [4] } });
    expect(read('五号不同意 十八号有督导', lead)).toEqual({
      intent: 'reject',
      fields: { nos: [5], reason: '十八号有督导' },
    });
  });
});

describe('overtime said not wanted', () => {
  it('registers no overtime for 「不想加班了」「加班不登记了」', () => {
    expect(read('我不想加班了', idle).intent).not.toBe('overtime');
    expect(read('那个加班不登记了', idle).intent).not.toBe('overtime');
    expect(read('昨晚加班到九点 写报告', idle).intent).toBe('overtime');
  });
});
