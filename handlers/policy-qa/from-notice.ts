import type { Directory } from '../../data/org/directory.ts';
import type { Notice, NoticeRepo } from '../../data/repos/notice-repo.ts';
import { formatDate } from '../../data/time/format.ts';
import { shanghaiDate } from '../../data/time/shanghai.ts';
import { EVERYONE } from '../notices/audience.ts';
import type { PolicyQa } from './policy-qa.ts';
import { sharedJieba } from './shared-jieba.ts';

/**
 * How long a notice still answers questions about it: a meeting or a training is asked about
 * in the weeks before it, rarely later.
 */
export const NOTICE_ANSWERS_DAYS = 30;

/** A notice this short is quoted whole; a longer one by the sentences that name what was asked. */
const QUOTED_WHOLE = 160;

/** Question words: a word holding one asks, it names nothing. */
const ASKING = /[几什么哪吗呢谁怎啥咋多少么嘛]/u;

/**
 * Words of these kinds (jieba's tags: times, numbers, pronouns, particles…) are shared by any
 * two texts about the same week: 「明天」 in a notice and in a leave question make no link.
 */
const NAMES_NOTHING = /^(t|m|mq|r|p|u.*|y|d|c|e|o|x|zg|q|f)$/;

/** Verbs that only link (「年假有几天」): a run ending in one names nothing new. */
const LINKING = /^(有|是|在|要|能|可以|会不会|可不可以|需要)$/;

/** A word as jieba cut and tagged it. */
export interface TaggedWord {
  readonly word: string;
  readonly tag: string;
}

export interface NoticeAnswer {
  readonly notice: Notice;
  /** What the question and the notice both name, and no policy document writes. */
  readonly phrase: string;
  readonly quote: string;
}

/**
 * The notice a question is about: 「年度总结会几点」 asked after HR's notice of the 年度总结会 is
 * answered from that notice, not from the handbook's rule on writing a 年度总结. A notice answers
 * only when a run of the question's words stands in it and holds a word no policy document writes
 * (the news only the notice has: 总结会, 放假, 茶话会) that is not a time, a number or a particle;
 * a question the handbook answers (「年假有几天」) shares no such word, even with a notice that
 * mentions 年假, and 「明天」 in both links nothing. Newest notice first.
 */
export function answerFromNotices(
  words: readonly TaggedWord[],
  notices: readonly Notice[],
  documentsWrite: (text: string) => boolean,
): NoticeAnswer | undefined {
  for (const notice of notices) {
    const run = sharedStretches(words, notice.text).find((r) => namesNews(r, documentsWrite));
    if (run) {
      const said = run.map((w) => w.word).join('');
      return { notice, phrase: said, quote: quoteOf(notice.text, said) };
    }
  }
  return undefined;
}

/**
 * Whether a run of words names something no policy document writes: a word of its own
 * (「茶话会」) or, trimmed of times and particles, three characters or more together
 * (「年度总结」 and 「会」 are both written, 「年度总结会」 is not).
 */
function namesNews(run: readonly TaggedWord[], documentsWrite: (text: string) => boolean): boolean {
  const naming = (w: TaggedWord) => !NAMES_NOTHING.test(w.tag) && !LINKING.test(w.word);
  if (run.some((w) => naming(w) && w.word.length >= 2 && !documentsWrite(w.word))) return true;
  const first = run.findIndex(naming);
  const last = run.length - 1 - [...run].reverse().findIndex(naming);
  if (first < 0) return false;
  const core = run
    .slice(first, last + 1)
    .map((w) => w.word)
    .join('');
  return core.length >= 3 && !documentsWrite(core);
}

/** The longest runs of the question's words, none of them asking, that the notice writes as they stand. */
function sharedStretches(words: readonly TaggedWord[], notice: string): TaggedWord[][] {
  const runs: TaggedWord[][] = [];
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (
      j < words.length &&
      !ASKING.test(words[j]!.word) &&
      notice.includes(
        words
          .slice(i, j + 1)
          .map((w) => w.word)
          .join(''),
      )
    )
      j++;
    if (j > i) runs.push(words.slice(i, j));
  }
  return runs.sort((a, b) => b.length - a.length);
}

function quoteOf(text: string, phrase: string): string {
  if (text.length <= QUOTED_WHOLE) return text;
  const sentences = text.match(/[^。！？!?\n]+[。！？!?]?/gu) ?? [text];
  const naming = sentences.filter((s) => s.includes(phrase));
  return (naming.length ? naming : sentences.slice(0, 2)).join('').trim();
}

export const noticeAnswerText = {
  answer: (a: NoticeAnswer, authorName: string) =>
    `${a.quote}\n——${authorName}${formatDate(shanghaiDate(a.notice.sendAt))}发的通知`,
};

/**
 * Answers a question from the notices the person received lately, or says nothing. In a group
 * only from a notice to everyone: one to a team or a few names is not the whole group's to read.
 */
export type NoticeAnswerer = (
  staffId: string,
  question: string,
  now: Date,
  inGroup: boolean,
) => Promise<string | undefined>;

export function noticeAnswerer(notices: NoticeRepo, qa: () => PolicyQa, directory: () => Directory): NoticeAnswerer {
  return async (staffId, question, now, inGroup) => {
    const since = new Date(now.getTime() - NOTICE_ANSWERS_DAYS * 86_400_000);
    const received = (await notices.receivedBy(staffId, since, now)).filter((n) => !inGroup || n.audience === EVERYONE);
    if (!received.length) return undefined;
    const words = sharedJieba().tag(question, false);
    const found = answerFromNotices(words, received, (text) => qa().index.writes(text));
    if (!found) return undefined;
    const author = directory().get(found.notice.authorId)?.name ?? '人力资源部';
    return noticeAnswerText.answer(found, author);
  };
}
