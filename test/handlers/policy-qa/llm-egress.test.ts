import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenAiCompatibleAnswerer } from '../../../bot/llm/openai-compatible-answerer.ts';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';
import { answerWithModel } from '../../../handlers/policy-qa/with-model/answer-with-model.ts';
import { finalOf } from '../../../handlers/policy-qa/with-model/write-answer.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { FakeChatCompletionsServer } from '../../fakes/chat-completions-server.ts';
import { copySampleOrg } from '../../fakes/org-fixture.ts';
import { pick, questionIn, scripted, taskOf } from '../../fakes/scripted-model.ts';

const START = new Date('2026-12-01T09:00:00+08:00');
const ASKED = '外勤交通费每天多少钱';
const RULE = '员工外勤每天交通费标准为50元，经批准可乘坐出租车并报销';
let server: FakeChatCompletionsServer;
let sim: Simulation | undefined;
let baseUrl: string;

/** A model that goes along: rewrites, picks the travel-expenses section, words an answer. */
const cooperative = () =>
  scripted({
    rewrite: { content: '外勤 交通费 报销' },
    choose: pick('交通费报销', RULE),
    write: { content: '每天50元。' },
  });

beforeEach(async () => {
  server = new FakeChatCompletionsServer();
  server.reply = cooperative();
  baseUrl = await server.start();
});
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  await server.stop();
});

const answerer = () => new OpenAiCompatibleAnswerer({ apiKey: 'sk-test', baseUrl, model: 'test-model' });
const withModel = async (orgDir?: string) =>
  (sim = await Simulation.create({ start: START, answerer: answerer(), ...(orgDir ? { orgDir } : {}) }));

describe('what reaches the model, in every request (rewrite, choice of section, wording)', () => {
  it.each([
    ['an ID number written with spaces', `${ASKED}？身份证 4419 0019 9001 0112 3X`, '4419'],
    ['an ID number in groups of six, eight and four', `${ASKED}？441900 19900101 123X`, '19900101'],
    ['a name written with a space between its characters', `我和林 晓出外勤，${ASKED}`, '晓'],
    ['a name in traditional characters', `我和鄭雨出外勤，${ASKED}`, '鄭雨'],
    ['a surname with a title', `林组长问${ASKED}`, '林组长'],
    ['a surname with a familiar title', `王姐说${ASKED}？`, '王姐'],
    ['a landline with the area code in brackets', `${ASKED}，请打(0769)22334455告诉我`, '22334455'],
    ['a landline with a dash and spaces', `${ASKED}，电话0769-2233 4455`, '2233'],
    ['a mobile with spaces', `${ASKED} 138 1234 5678`, '1234 5678'],
    ['a date of birth', `我1990年3月15日出生，${ASKED}`, '1990'],
    ['a birthday written with dots', `生日1988.07.02，${ASKED}`, '1988'],
    ['a pregnancy', `我怀孕了，${ASKED}`, '怀孕'],
    ['a stay in hospital', `我住院了，${ASKED}`, '住院'],
  ])('never %s', async (_name, question, secret) => {
    await (await withModel()).say('S011', question);
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.sent()).not.toContain(secret);
  });

  it('is the question with each personal detail replaced by what kind of detail it was', async () => {
    const s = await withModel();
    await s.say('S011', `林 晓和我1990年3月15日出生，${ASKED}`);
    expect(server.requests.map(questionIn)).toEqual(
      server.requests.map(() => `问题：某同事和我[出生日期]出生，${ASKED}`),
    );
    const before = server.requests.length;
    await s.say('S011', `我和林 晓出外勤，手机138 1234 5678，${ASKED}`);
    expect(questionIn(server.requests[before]!)).toBe(`问题：我和某同事出外勤，手机[电话]，${ASKED}`);
  });

  it('never a diagnosis, even in a question the documents answer despite it', async () => {
    const org = loadOrg();
    const qa = PolicyQa.shared(org);
    const question = `我确诊糖尿病和抑郁症，做完手术，${ASKED}`;
    const signal = AbortSignal.timeout(8000);
    const m = { answerer: answerer(), qa, directory: org.directory, log: silentLogger(), signal };
    const { reply } = await answerWithModel(m, question, qa.answer(question));
    await finalOf(reply!);
    expect(server.requests.map(taskOf)).toContain('write');
    for (const r of server.requests)
      expect(questionIn(r)).toBe(`问题：我[健康信息]和[健康信息]，做完[健康信息]，${ASKED}`);
  });

  it('never a colleague’s name or number that a policy section mentions, in the candidates or the rule', async () => {
    const dir = copySampleOrg();
    try {
      const file = join(dir, 'policies', 'leya-employee-handbook.md');
      const contact = '如有疑问请联系出纳林晓（电话13800138000）。';
      writeFileSync(file, readFileSync(file, 'utf8').replace(`${RULE}。`, `${RULE}。${contact}`));
      // The model quotes the redacted text it was shown: not the document's, so the engine's passage is quoted.
      const seen = '如有疑问请联系出纳某同事（电话[电话]）。';
      server.reply = scripted({ choose: pick('交通费报销', `${RULE}。${seen}`), write: { content: '每天50元。' } });
      const [reply] = await (await withModel(dir)).say('S011', ASKED);
      expect(server.requests.map(taskOf)).toEqual(['choose', 'write']);
      expect(server.sent()).toContain('交通费标准为50元');
      expect(server.sent()).not.toContain('林晓');
      expect(server.sent()).not.toContain('13800138000');
      // The person, who may read the organisation's documents, gets the rule as written.
      expect(reply!.text).toContain('出纳林晓（电话13800138000）');
      expect(reply!.text).not.toContain('某同事');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
