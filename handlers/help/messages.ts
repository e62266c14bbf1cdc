import type { FeatureHelp, HelpLine } from '../feature.ts';

const byRank = (a: HelpLine, b: HelpLine) => a.rank - b.rank;

/** The help text: what the bot can do, briefly, for a phone screen, from every feature's help. */
export const helpText = (isHr: boolean, helps: readonly FeatureHelp[]) => {
  const everyone = helps.flatMap((h) => h.everyone ?? []).sort(byRank);
  const hr = helps.flatMap((h) => (h.hr ? [h.hr] : [])).sort(byRank);
  return [
    '我是同工助手，可以帮您：',
    ...everyone.map((l) => l.text),
    ...(isHr && hr.length ? ['—— 人事专用 ——', ...hr.map((l) => l.text)] : []),
    '随时发送「取消」可退出当前操作。',
  ].join('\n');
};

/** Said in a group when the menu went privately: a dozen lines in the staff group is noise for everyone else. */
export const helpSentPrivately = '功能列表已私信您。';
