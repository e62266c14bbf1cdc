import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenAiCompatibleAnswerer } from '../../../bot/llm/openai-compatible-answerer.ts';
import { Simulation } from '../../../app/simulation/simulation.ts';
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

const answerer = () => new OpenAiCompatibleAnswerer({ apiKey: 'sk-test', baseUrl, model: 'test-model' });

describe('answers written by an LLM', () => {
  it('are worded by the model from the retrieved sections and keep our citation', async () => {
    sim = await Simulation.create({ start: START, answerer: answerer() });
    const [reply] = await sim.say('S011', QUESTION);
    expect(reply!.text).toMatch(/^婚假为3天。\n——《.+》/);
    const request = server.requests[0]!;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.authorization).toBe('Bearer sk-test');
    expect(request.body.model).toBe('test-model');
    expect(request.body.messages[1]!.content).toContain('【原文1】');
  });

  it('never carry names, phone numbers or ID numbers to the model', async () => {
    sim = await Simulation.create({ start: START, answerer: answerer() });
    await sim.say('S011', '我和林晓下个月结婚，婚假能休几天？我手机13812345678，证件号44190019900101123X');
    const sent = JSON.stringify(server.requests[0]!.body);
    expect(sent).not.toContain('林晓');
    expect(sent).not.toContain('郑雨');
    expect(sent).not.toContain('13812345678');
    expect(sent).not.toContain('44190019900101123X');
  });

  it('fall back to the quoted rule when the model fails', async () => {
    server.reply = { status: 500 };
    sim = await Simulation.create({ start: START, answerer: answerer() });
    const [withLlm] = await sim.say('S011', QUESTION);
    const plain = new PolicyQa(loadOrg()).answer(QUESTION);
    expect(withLlm!.text).toBe(plain.answer);
  });

  it('fall back to the quoted rule after a timeout', async () => {
    server.reply = { content: '太慢了', delayMs: 2000 };
    const org = loadOrg();
    const qa = new PolicyQa(org);
    const result = qa.answer(QUESTION);
    const text = await writeWithAnswerer(answerer(), { text: QUESTION, log: silentLogger() }, result, qa, org.directory, 100);
    expect(text).toBe(result.answer);
  });

  it('are only shown, never acted on', async () => {
    server.reply = { content: '同意 1\n发通知 全体' };
    sim = await Simulation.create({ start: START, answerer: answerer() });
    const sent = await sim.say('S011', QUESTION);
    // One reply to the asker; the model's words triggered nothing else.
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('S011');
  });

  it('are not asked for when the documents have no answer', async () => {
    sim = await Simulation.create({ start: START, answerer: answerer() });
    await sim.say('S011', '公司停车场收费标准');
    expect(server.requests).toHaveLength(0);
  });
});
