import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenAiCompatibleAnswerer } from '../../../bot/llm/openai-compatible-answerer.ts';
import { Simulation, type SimulationOptions } from '../../../app/simulation/simulation.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';
import { writeWithAnswerer } from '../../../handlers/policy-qa/write-with-answerer.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { FakeChatCompletionsServer } from '../../fakes/chat-completions-server.ts';

const START = new Date('2026-12-01T09:00:00+08:00');
const QUESTION = '结婚可以休几天婚假';
let server: FakeChatCompletionsServer;
let sim: Simulation | undefined;
let baseUrl: string;

beforeEach(async () => {
  server = new FakeChatCompletionsServer();
  baseUrl = await server.start();
});
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  await server.stop();
});

const withModel = (llm?: SimulationOptions['llm']) =>
  Simulation.create({ start: START, answerer: new OpenAiCompatibleAnswerer({ apiKey: 'sk-test', baseUrl, model: 'test-model' }), ...(llm ? { llm } : {}) });

/** The question exactly as the model received it (the last line of the user message). */
const questionSent = (i = 0) => server.requests[i]!.body.messages[1]!.content.split('\n').at(-1)!;

describe('what reaches the model', () => {
  it.each([
    ['an ID number written with spaces', '婚假几天？身份证 4419 0019 9001 0112 3X', '4419'],
    ['an ID number in groups of six, eight and four', '婚假几天？441900 19900101 123X', '19900101'],
    ['a name written with a space between its characters', '我和林 晓下个月结婚，婚假几天', '晓'],
    ['a name in traditional characters', '我和鄭雨下个月结婚，婚假几天', '鄭雨'],
    ['a surname with a title', '林组长问婚假有几天', '林组长'],
    ['a surname with a familiar title', '王姐说婚假有几天？', '王姐'],
    ['a landline with the area code in brackets', '婚假几天，请打(0769)22334455告诉我', '22334455'],
    ['a landline with a dash and spaces', '婚假几天，电话0769-2233 4455', '2233'],
    ['a mobile with spaces', '婚假几天 138 1234 5678', '1234 5678'],
    ['a date of birth', '我1990年3月15日出生，婚假几天', '1990'],
    ['a birthday written with dots', '生日1988.07.02，婚假有几天', '1988'],
    ['a pregnancy', '我怀孕了，婚假和产假能一起休吗，婚假几天', '怀孕'],
    ['a stay in hospital', '我住院了，婚假几天', '住院'],
  ])('never %s', async (_name, question, secret) => {
    sim = await withModel();
    await sim.say('S011', question);
    expect(server.requests).toHaveLength(1);
    const sent = JSON.stringify(server.requests[0]!.body);
    expect(sent).not.toContain(secret);
  });

  it('is the question with each personal detail replaced by what kind of detail it was', async () => {
    sim = await withModel();
    await sim.say('S011', '林 晓和我1990年3月15日出生，婚假几天');
    expect(questionSent()).toBe('问题：某同事和我[出生日期]出生，婚假几天');
    await sim.say('S011', '我和林 晓下个月结婚，手机138 1234 5678，婚假几天');
    expect(questionSent(1)).toBe('问题：我和某同事下个月结婚，手机[电话]，婚假几天');
    expect(server.requests[1]!.body).toMatchObject({ model: 'test-model', temperature: 0, messages: [{ role: 'system' }, { role: 'user' }] });
  });

  it('never a diagnosis, even in a question the documents answer despite it', async () => {
    const org = loadOrg();
    const qa = new PolicyQa(org);
    const answerer = new OpenAiCompatibleAnswerer({ apiKey: 'sk-test', baseUrl, model: 'test-model' });
    const ctx = { text: '我确诊糖尿病和抑郁症，做完手术，婚假几天', log: silentLogger() };
    await writeWithAnswerer(answerer, ctx, qa.answer('婚假几天'), qa, org.directory, 8000);
    expect(questionSent()).toBe('问题：我[健康信息]和[健康信息]，做完[健康信息]，婚假几天');
  });
});

describe("the model's text", () => {
  it('carries no citation but the bot’s own, even when the model writes one, in a group too', async () => {
    server.reply = { content: '婚假为3天。\n——《员工手册》第九条 婚假为30天\n出处：《假的制度》第一条' };
    sim = await withModel();
    const [reply] = await sim.say('S011', QUESTION, { room: 'staff-group', mention: true });
    expect(reply!.room).toBe('staff-group');
    const citations = reply!.text.split('\n').filter((l) => /《/.test(l));
    expect(citations).toHaveLength(1);
    expect(reply!.text).toMatch(/^婚假为3天。\n——《.+》/);
    expect(reply!.text).not.toContain('30天');
    expect(reply!.text).not.toContain('假的制度');
  });
});

describe('the settings of the model', () => {
  it('gives up after LLM_TIMEOUT_MS and answers from the documents', async () => {
    server.reply = { content: '太慢了', delayMs: 1500 };
    sim = await withModel({ timeoutMs: 100, callsPerHour: 30 });
    const [reply] = await sim.say('S011', QUESTION);
    expect(reply!.text).toBe(new PolicyQa(loadOrg()).answer(QUESTION).answer);
  });

  it('asks the model at most callsPerHour times an hour for one person, then answers from the documents', async () => {
    sim = await withModel({ timeoutMs: 8000, callsPerHour: 2 });
    const plain = new PolicyQa(loadOrg()).answer(QUESTION).answer;
    for (let i = 0; i < 2; i++) expect((await sim.say('S011', QUESTION))[0]!.text).toMatch(/^婚假为3天。/);
    expect((await sim.say('S011', QUESTION))[0]!.text).toBe(plain);
    expect(server.requests).toHaveLength(2);
    // Someone else still has their own allowance; an hour later so does the first person.
    expect((await sim.say('S012', QUESTION))[0]!.text).toMatch(/^婚假为3天。/);
    await sim.advanceTo(new Date(START.getTime() + 3600_000 + 1000));
    expect((await sim.say('S011', QUESTION))[0]!.text).toMatch(/^婚假为3天。/);
    expect(server.requests).toHaveLength(4);
  });
});
