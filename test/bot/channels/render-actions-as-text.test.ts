import { describe, expect, it } from 'vitest';
import type { ActionRequest } from '../../../data/message.ts';
import { renderActionsAsText, renderOutgoingText } from '../../../bot/channels/render-actions-as-text.ts';

const approval: ActionRequest = {
  id: 'leave-12',
  title: '审批请假',
  options: [
    { label: '同意', value: 'approve', command: '同意 12' },
    { label: '驳回', value: 'reject', command: '驳回 12 原因' },
  ],
};

describe('renderActionsAsText', () => {
  it('lists the commands of two options joined by 或', () => {
    expect(renderActionsAsText([approval])).toBe('回复「同意 12」或「驳回 12 原因」');
  });

  it('joins three or more options with 、 and a final 或', () => {
    const choice: ActionRequest = {
      id: 'c',
      title: '选择',
      options: [
        { label: 'A', value: 'a', command: '上午' },
        { label: 'B', value: 'b', command: '下午' },
        { label: 'C', value: 'c', command: '全天' },
      ],
    };
    expect(renderActionsAsText([choice])).toBe('回复「上午」、「下午」或「全天」');
  });

  it('shows a single option on its own', () => {
    const confirm: ActionRequest = {
      id: 'x',
      title: '确认',
      options: [{ label: '确认', value: 'y', command: '确认' }],
    };
    expect(renderActionsAsText([confirm])).toBe('回复「确认」');
  });

  it('puts each request on its own line, titled, when there are several', () => {
    const overtime: ActionRequest = {
      id: 'ot-3',
      title: '审批加班',
      options: [{ label: '同意', value: 'approve', command: '同意 3' }],
    };
    expect(renderActionsAsText([approval, overtime])).toBe(
      '审批请假：回复「同意 12」或「驳回 12 原因」\n审批加班：回复「同意 3」',
    );
  });

  it('renders nothing for requests without options', () => {
    expect(renderActionsAsText([{ id: 'e', title: '空', options: [] }])).toBe('');
  });
});

describe('renderOutgoingText', () => {
  it('leaves a message without actions unchanged', () => {
    expect(renderOutgoingText({ text: '已提交' })).toBe('已提交');
    expect(renderOutgoingText({ text: '已提交', actions: [] })).toBe('已提交');
  });

  it('appends the hint line under the text', () => {
    expect(renderOutgoingText({ text: '王小红申请年假1天', actions: [approval] })).toBe(
      '王小红申请年假1天\n回复「同意 12」或「驳回 12 原因」',
    );
  });
});
