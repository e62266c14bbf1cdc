import { describe, expect, it } from 'vitest';
import { looksLikeQuestion } from '../../../handlers/qa-loop/looks-like-question.ts';

describe('what the unanswered-questions queue takes as a question', () => {
  it.each([
    '孩子发烧了能请几天假',
    '个案档案要放多久',
    '年假可以分开休不',
    '加班费怎么算',
    '请问婚假有几天',
    '出去家访打车能报销吗？',
    '试用期是否有年假',
    '周末去社区活动算不算加班',
    '那病假呢',
    '产检假有没有工资',
    '入职满一年年假是多少天',
    '哪些情况可以申请调休',
    '离职要提前多久说',
    '谁负责审批外出',
    '为啥我的调休没有了',
    '想问下在家办公的规定',
    '能不能远程办公',
    'can I work from home?',
    // Cantonese, read as the Q&A reads it.
    '我地开工要唔要着制服啊',
    '公司有冇宿舍住',
    '请假使唔使证明',
    '边个批假',
    '几时出粮',
    '点样申请年假',
    '年假係咪五日',
    '咩系工伤',
    '请假批咗未',
  ])('queues 「%s」', (text) => {
    expect(looksLikeQuestion(text)).toBe(true);
  });

  it.each([
    '确认',
    '确认。',
    '好的收到了',
    'ok收到',
    'OK 收到！',
    '取消',
    '1',
    '２',
    '12月7日',
    '谢谢大家',
    '谢谢',
    '多谢啦',
    '改成1月5号到6号',
    '改成几号呢',
    '今晚加班 6点到9点 陪护张伯',
    '好的呢',
    '收到了吗',
    '嗯嗯',
    '不对',
    '👍',
    '唔该',
    '冇问题',
    '那算了',
    '',
  ])('does not queue 「%s」', (text) => {
    expect(looksLikeQuestion(text)).toBe(false);
  });
});
