import { formatDays } from './format-span.ts';

/** The shortest leave asked for: half a day. */
const SHORTEST = 0.5;

/** The asker's own approval chain, by length of leave. */
export const approversText = {
  /** 「请半天」「请2.5天以内」「请1–2.5天」. */
  band: (from: number, to: number, chain: string) => {
    const length =
      from === SHORTEST
        ? to === SHORTEST
          ? '请半天'
          : `请${formatDays(to)}天以内`
        : from === to
          ? `请${formatDays(from)}天`
          : `请${formatDays(from)}–${formatDays(to)}天`;
    return `· ${length}：${chain}`;
  },
  /** 「请3天及以上」, or 「不论几天」 when the chain is the same for every length. */
  bandOpen: (from: number, chain: string) =>
    `· ${from === SHORTEST ? '不论几天' : `请${formatDays(from)}天及以上`}：${chain}`,
  answer: (lines: readonly string[], location: string) =>
    [
      '您请假的审批：',
      ...lines,
      `依据：《员工手册》${location}`,
      '直接告诉我要请的日子和假别，我会按这个顺序送审。',
    ].join('\n'),
};
