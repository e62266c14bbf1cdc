import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenAiCompatibleAnswerer } from '../../../bot/llm/openai-compatible-answerer.ts';
import { Simulation, type SimulationOptions } from '../../../app/simulation/simulation.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import { qaText } from '../../../handlers/policy-qa/messages.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';
import { FakeChatCompletionsServer } from '../../fakes/chat-completions-server.ts';
import { pick, scripted, taskOf } from '../../fakes/scripted-model.ts';

const START = new Date('2026-12-01T09:00:00+08:00');
/** The engine is sure of this one: 第十条 交通费报销. */
const SURE = '外勤交通费每天多少钱';
const RULE = '员工外勤每天交通费标准为50元，经批准可乘坐出租车并报销';
const WRITTEN = '外勤交通费每天50元，经批准可以打车报销。';
let server: FakeChatCompletionsServer;
let sim: Simulation | undefined;
let baseUrl: string;
let engine: PolicyQa | undefined;
/** What the engine answers alone, with no model. */
const plain = (q: string) => (engine ??= PolicyQa.shared(loadOrg())).answer(q);

beforeEach(async () => {
  server = new FakeChatCompletionsServer();
  baseUrl = await server.start();
});
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  await server.stop();
});

const withModel = async (llm?: SimulationOptions['llm']) => {
  const answerer = new OpenAiCompatibleAnswerer({ apiKey: 'sk-test', baseUrl, model: 'test-model' });
  sim = await Simulation.create({ start: START, answerer, ...(llm ? { llm } : {}) });
  return sim;
};
const citationOf = (text: string) => text.split('\n').at(-1)!;

describe('with a model, an answer the engine is sure of', () => {
  it('is worded by the model, quotes the rule it picked as the document has it, keeps the bot’s citation', async () => {
    server.reply = scripted({ choose: pick('交通费报销', RULE), write: { content: WRITTEN } });
    const [reply] = await (await withModel()).say('S011', SURE);
    expect(reply!.text).toBe(`${WRITTEN}\n原文：「${RULE}」\n${citationOf(plain(SURE).answer)}`);
    expect(server.requests.map(taskOf)).toEqual(['choose', 'write']);
    const [choose, write] = server.requests;
    expect(choose!.path).toBe('/v1/chat/completions');
    expect(choose!.authorization).toBe('Bearer sk-test');
    expect(choose!.body).toMatchObject({ model: 'test-model', temperature: 0 });
    expect(write!.body.stream).toBe(true);
  });

  it('shows the document’s own punctuation when the model’s quote differs only in commas and spaces', async () => {
    server.reply = scripted({
      choose: pick('交通费报销', '员工外勤 每天交通费标准为５０元, 经批准可乘坐出租车并报销。'),
      write: { content: WRITTEN },
    });
    const [reply] = await (await withModel()).say('S011', SURE);
    expect(reply!.text).toContain(`原文：「${RULE}」`);
  });

  it('never quotes a sentence the section lacks: an invented rule gives way to the engine’s passage', async () => {
    server.reply = scripted({
      choose: pick('交通费报销', '员工外勤打车费用全额报销，无需任何审批'),
      write: { content: WRITTEN },
    });
    const [reply] = await (await withModel()).say('S011', SURE);
    expect(reply!.text).not.toContain('无需任何审批');
    expect(reply!.text).toContain(`原文：「${plain(SURE).rule}」`);
    // The model words its answer from the rule that is quoted, not from its own.
    expect(server.requests[1]!.body.messages[1]!.content).toContain(plain(SURE).rule);
  });

  it('becomes a decline, with the offer to ask HR, when the model finds no section answering it', async () => {
    // The engine is sure of the travel-allowance rule; the model, shown the sections, picks none.
    server.reply = scripted({ choose: pick('不存在的章节') });
    const s = await withModel();
    expect(plain(SURE).found).toBe(true);
    const [reply] = await s.say('S011', SURE);
    expect(reply!.text).toBe(qaText.notFound);
    expect((await s.app.features.loop.repo.open()).map((q) => q.text)).toEqual([SURE]);
  });
});

describe('with a model, a question the engine is unsure of', () => {
  const Q = '外出做个案的车费可以报吗';

  it('is rewritten into the documents’ words, searched again, answered from the section the model picks', async () => {
    expect(plain(Q).kind).toBe('choices');
    server.reply = scripted({
      rewrite: { content: '外勤 交通费 出租车 报销' },
      choose: pick('交通费报销', RULE),
      write: { content: '外出做个案的交通费按外勤标准每天50元，打车需经批准。' },
    });
    const [reply] = await (await withModel()).say('S011', Q);
    expect(server.requests.map(taskOf)).toEqual(['rewrite', 'choose', 'write']);
    // The section came from the second search: the first one's candidates don't hold it.
    expect(reply!.text).toMatch(new RegExp(`^外出做个案.+\n原文：「${RULE}」\n——《.+》.*第十条 交通费报销$`));
  });

  it('keeps the engine’s choices when the model finds none of the sections answering it', async () => {
    server.reply = scripted({ rewrite: { content: '外勤 交通费 出租车 报销' }, choose: pick('不存在的条目') });
    const [reply] = await (await withModel()).say('S011', Q);
    expect(reply!.text).toContain(plain(Q).answer);
  });
});

describe('the model is not asked', () => {
  it('for an answer from HR’s FAQ', async () => {
    const [reply] = await (await withModel()).say('S011', '结婚能请几天假');
    expect(reply!.text).toBe(plain('结婚能请几天假').answer);
    expect(server.requests).toHaveLength(0);
  });

  it('for a reply that is not a question', async () => {
    await (await withModel()).say('S011', '收到');
    expect(server.requests).toHaveLength(0);
  });
});

describe('when the model fails, the person gets the documents’ answer', () => {
  it('on HTTP 500', async () => {
    server.reply = { status: 500 };
    const [reply] = await (await withModel()).say('S011', SURE);
    expect(reply!.text).toBe(plain(SURE).answer);
  });

  it('after LLM_TIMEOUT_MS when the model doesn’t answer', async () => {
    server.reply = { content: '太慢了', delayMs: 1500 };
    const [reply] = await (await withModel({ timeoutMs: 150, callsPerHour: 30 })).say('S011', SURE);
    expect(reply!.text).toBe(plain(SURE).answer);
  });

  it('after LLM_TIMEOUT_MS when the answer is still being written', async () => {
    server.reply = scripted({
      choose: pick('交通费报销', RULE),
      write: { content: WRITTEN.repeat(3), pieceDelayMs: 100 },
    });
    const [reply] = await (await withModel({ timeoutMs: 400, callsPerHour: 30 })).say('S011', SURE);
    expect(reply!.text).toBe(`${RULE}\n${citationOf(plain(SURE).answer)}`);
  });

  it('when the model says the rule doesn’t answer it', async () => {
    server.reply = scripted({ choose: pick('交通费报销', RULE), write: { content: '制度文件中没有相关规定' } });
    const [reply] = await (await withModel()).say('S011', SURE);
    expect(reply!.text).toBe(`${RULE}\n${citationOf(plain(SURE).answer)}`);
  });
});

describe('the model’s text', () => {
  it('is only shown, never acted on', async () => {
    server.reply = scripted({ choose: pick('交通费报销', RULE), write: { content: '同意 1\n发通知 全体' } });
    const sent = await (await withModel()).say('S011', SURE);
    // One reply to the asker; the model's words triggered nothing else.
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('S011');
  });

  it('carries no citation but the bot’s own, even when the model writes one, in a group too', async () => {
    const invented = `${WRITTEN}\n——《员工手册》第九条 交通费每天500元\n出处：《假的制度》第一条`;
    server.reply = scripted({ choose: pick('交通费报销', RULE), write: { content: invented } });
    const [reply] = await (await withModel()).say('S011', SURE, { room: 'staff-group', mention: true });
    expect(reply!.room).toBe('staff-group');
    expect(reply!.text.split('\n').filter((l) => /——《/.test(l))).toHaveLength(1);
    expect(reply!.text).not.toContain('500元');
    expect(reply!.text).not.toContain('假的制度');
  });
});

describe('the settings of the model', () => {
  it('asks the model about at most callsPerHour questions an hour per person, then uses the documents', async () => {
    server.reply = scripted({ choose: pick('交通费报销', RULE), write: { content: WRITTEN } });
    const s = await withModel({ timeoutMs: 8000, callsPerHour: 2 });
    for (let i = 0; i < 2; i++) expect((await s.say('S011', SURE))[0]!.text).toMatch(/^外勤交通费每天50元/);
    expect((await s.say('S011', SURE))[0]!.text).toBe(plain(SURE).answer);
    expect(server.requests).toHaveLength(4);
    // Someone else still has their own allowance; an hour later so does the first person.
    expect((await s.say('S012', SURE))[0]!.text).toMatch(/^外勤交通费每天50元/);
    await s.advanceTo(new Date(START.getTime() + 3600_000 + 1000));
    expect((await s.say('S011', SURE))[0]!.text).toMatch(/^外勤交通费每天50元/);
    expect(server.requests).toHaveLength(8);
  });
});
