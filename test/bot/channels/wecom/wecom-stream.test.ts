/**
 * With a model, WeCom shows the answer while the model writes it: one stream reply, opened
 * with the first words, refreshed, and finished with the quoted rule and the bot's citation.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenAiCompatibleAnswerer } from '../../../../bot/llm/openai-compatible-answerer.ts';
import { loadOrg } from '../../../../data/org/load-org.ts';
import { PolicyQa } from '../../../../handlers/policy-qa/policy-qa.ts';
import { FakeChatCompletionsServer } from '../../../fakes/chat-completions-server.ts';
import { pick, scripted } from '../../../fakes/scripted-model.ts';
import { converse, startWecomApp, textOf, userid, type WecomApp } from './wecom-harness.ts';

const START = new Date('2026-12-01T09:00:00+08:00');
const QUESTION = '外勤交通费每天多少钱';
const RULE = '员工外勤每天交通费标准为50元，经批准可乘坐出租车并报销';
const WRITTEN = '外勤交通费每天50元；需要打车的，经批准可以乘坐出租车并凭票报销，但这样就不再另领当天的外勤交通费。';
let bot: WecomApp | undefined;
let model: FakeChatCompletionsServer;
let baseUrl: string;

beforeEach(async () => {
  model = new FakeChatCompletionsServer();
  baseUrl = await model.start();
});
afterEach(async () => {
  await bot?.close();
  bot = undefined;
  await model.stop();
});

const withModel = (timeoutMs = 8000) =>
  startWecomApp(START, {
    answerer: new OpenAiCompatibleAnswerer({ apiKey: 'sk-test', baseUrl, model: 'test-model' }),
    llm: { timeoutMs, callsPerHour: 30 },
  });
const finished = () =>
  bot!.server.waitUntil(() => !!bot!.server.visible(userid(bot!.app, 'S011'))[0]!.finished, 'the stream to finish');
const citation = () => PolicyQa.shared(loadOrg()).answer(QUESTION).answer.split('\n').at(-1)!;

describe('a model’s answer on WeCom', () => {
  it('is one stream reply that grows as the model writes and ends with the quoted rule and citation', async () => {
    model.reply = scripted({ choose: pick('交通费报销', RULE), write: { content: WRITTEN, pieceDelayMs: 60 } });
    bot = await withModel();
    const [reply, ...more] = await converse(bot, 'S011', [QUESTION]);
    await finished();
    const shown = bot.server.visible(userid(bot.app, 'S011'))[0]!;
    expect(more).toEqual([]);
    expect(reply!.via).toBe('reply');
    expect(shown.frames).toBeGreaterThanOrEqual(3);
    expect(textOf(shown)).toBe(`${WRITTEN}\n原文：「${RULE}」\n${citation()}`);
    expect(shown.feedbackId).toBeTruthy();
  });

  it('is replaced by the documents’ answer when the model runs out of time in the middle of it', async () => {
    model.reply = scripted({
      choose: pick('交通费报销', RULE),
      write: { content: WRITTEN.repeat(8), pieceDelayMs: 80 },
    });
    bot = await withModel(3000);
    await converse(bot, 'S011', [QUESTION]);
    await finished();
    const shown = bot.server.visible(userid(bot.app, 'S011'));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.frames).toBeGreaterThanOrEqual(2);
    expect(textOf(shown[0]!)).toBe(`${RULE}\n${citation()}`);
  });
});
