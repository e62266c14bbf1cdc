import type { Deadline } from '../../data/reminders/reminder-config.ts';

/** When: 「几号」「哪天」「什么时候」「最晚」… */
const WHEN = /几号|哪天|哪一天|什么时候|啥时候|啥时|何时|几时|最晚|最迟|截止|期限|deadline/i;
/** …of handing in, not of writing or keeping (「个案档案什么时候结案」「档案保存到什么时候」). */
const HAND_IN = /交|截止|归档|期限|deadline/i;
/** 「月报交了」 with a date is a hand-in, 「月报怎么写」 no deadline question. */
const NOT_ASKING = /交了|已交|交好|交过|交完/;

/**
 * 「月报几号交」「月报截止是哪天」「季度档案啥时候交」: the deadlines asked after, named by title or
 * keyword; empty when the text asks no deadline. The dates are the reminders' own (reminders.json),
 * so the answer and the reminders never disagree.
 */
export function readDeadlineQuestion(text: string, deadlines: readonly Deadline[]): Deadline[] {
  const said = text.trim();
  if (!WHEN.test(said) || !HAND_IN.test(said) || NOT_ASKING.test(said)) return [];
  const found = deadlines.flatMap((deadline) =>
    [deadline.title, ...deadline.keywords].flatMap((word) => {
      const at = said.indexOf(word);
      return at < 0 ? [] : [{ deadline, from: at, to: at + word.length }];
    }),
  );
  // 「季度文书」 is the archive's word, not 文书 (the monthly documents) inside it.
  const inside = (a: (typeof found)[number]) =>
    found.some((b) => b !== a && b.from <= a.from && a.to <= b.to && b.to - b.from > a.to - a.from);
  return [...new Set(found.filter((f) => !inside(f)).map((f) => f.deadline))];
}
