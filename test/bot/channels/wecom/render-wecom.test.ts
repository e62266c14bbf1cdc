import { describe, expect, it } from 'vitest';
import { buttonKey, makeTaskId, parseButtonKey } from '../../../../bot/channels/wecom/card-keys.ts';
import { actionCard, outcomeCard, splitUtf8, toMarkdown } from '../../../../bot/channels/wecom/render-wecom.ts';
import { clickedButton, messageToIncoming } from '../../../../bot/channels/wecom/to-incoming-message.ts';
import type { BaseMessage, EventMessage } from '@wecom/aibot-node-sdk';

const NOW = new Date('2026-12-02T02:31:00Z');
const APPROVE = { label: '同意', value: 'approve', command: '同意 12' };

describe('WeCom cards and keys', () => {
  it('round-trips a button key: choice id, value and command', () => {
    expect(parseButtonKey(buttonKey('leave:12:step:1', APPROVE))).toEqual({
      actionId: 'leave:12:step:1',
      value: 'approve',
      command: '同意 12',
    });
  });

  it('does not read keys it did not make', () => {
    expect(parseButtonKey('btn_confirm')).toBeUndefined();
  });

  it('makes task ids from the allowed characters only, unique per send', () => {
    const a = makeTaskId('notice:7', NOW, 1);
    const b = makeTaskId('notice:7', NOW, 2);
    expect(a).toMatch(/^[0-9A-Za-z_\-@]{1,128}$/);
    expect(a).not.toBe(b);
    expect(makeTaskId('x'.repeat(300), NOW, 1).length).toBeLessThanOrEqual(128);
  });

  it('puts at most six buttons on a card and offers the rest as commands', () => {
    const options = Array.from({ length: 8 }, (_, i) => ({ label: `选项${i}`, value: String(i), command: `选 ${i}` }));
    const action = { id: 'pick', title: '请选择', options };
    expect(actionCard(action, 't@1').button_list).toHaveLength(6);
    expect(toMarkdown({ text: '请选择', actions: [action] })).toContain('「选 7」');
  });

  it('shows the outcome under the original title once decided', () => {
    expect(outcomeCard('t@1', '已同意 · 吴立 · 12月2日 10:31', '请假审批 #12')).toEqual({
      card_type: 'text_notice',
      main_title: { title: '请假审批 #12', desc: '已同意 · 吴立 · 12月2日 10:31' },
      task_id: 't@1',
    });
  });

  it('keeps line breaks in plain text and leaves markdown alone', () => {
    expect(toMarkdown({ text: '第一行\n第二行' })).toBe('第一行  \n第二行');
    expect(toMarkdown({ text: '**粗体**\n- 项', markdown: true })).toBe('**粗体**\n- 项');
  });

  it('splits long text at line breaks within the byte limit', () => {
    const text = Array.from({ length: 50 }, (_, i) => `第${i}行内容`).join('\n');
    const pieces = splitUtf8(text, 100);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(100);
    expect(splitUtf8('字'.repeat(100), 30).every((p) => Buffer.byteLength(p) <= 30)).toBe(true);
  });
});

describe('WeCom callbacks', () => {
  const group = (content: string): BaseMessage => ({
    msgid: 'm1',
    aibotid: 'b',
    chatid: 'wrG',
    chattype: 'group',
    from: { userid: 'LinXiao' },
    msgtype: 'text',
    text: { content },
  });

  it('removes the leading mention WeCom puts on a group message', () => {
    expect(messageToIncoming(group('@同工助手\u2005年假有几天'), NOW).text).toBe('年假有几天');
    expect(messageToIncoming(group('@同工助手 通知 @张三'), NOW).text).toBe('通知 @张三');
  });

  it("removes every mention of the bot's name when it is known", () => {
    expect(messageToIncoming(group('年假有几天 @同工助手'), NOW, '同工助手').text).toBe('年假有几天');
  });

  it('reads a click in the documented nested shape and in the SDK-typed flat one', () => {
    const base = { msgid: 'e1', create_time: 1, aibotid: 'b', from: { userid: 'WuLi' }, msgtype: 'event' as const };
    const nested = {
      ...base,
      event: { eventtype: 'template_card_event', template_card_event: { event_key: 'k', task_id: 't' } },
    } as unknown as EventMessage;
    const flat = {
      ...base,
      event: { eventtype: 'template_card_event', event_key: 'k', task_id: 't' },
    } as unknown as EventMessage;
    expect(clickedButton(nested)).toEqual({ key: 'k', taskId: 't' });
    expect(clickedButton(flat)).toEqual({ key: 'k', taskId: 't' });
  });
});
