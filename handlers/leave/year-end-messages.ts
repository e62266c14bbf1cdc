/** What people read about annual leave that lapses at year end (issue 13). */
export const yearEndText = {
  person: (year: number, days: string, quote: string, source: string) =>
    [
      `【年假提醒】您${year}年的年假还有${days}天未安排，年底后不再保留。`,
      `依据：「${quote}」（${source}）`,
      '需要安排的话，直接发如「12月21日到23日请年假」即可；发「我还有几天年假」可查看明细。',
    ].join('\n'),
  leadLine: (name: string, days: string) => `· ${name}：${days}天`,
  lead: (lines: readonly string[]) =>
    [`【年假提醒】您负责的同事中，今年年假还未安排完的（${lines.length}人，已分别私信提醒）：`, ...lines].join('\n'),
  hrLine: (name: string, team: string, days: string) => `· ${name}（${team}）${days}天`,
  hr: (lines: readonly string[]) =>
    [`【年假提醒】今年年假还未安排完的同事（${lines.length}人，已分别私信提醒，组长已收到本组汇总）：`, ...lines].join(
      '\n',
    ),
};
