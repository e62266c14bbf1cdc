// Text-level clean-up shared by every paragraph of the handbook: whitespace left by PDF line
// wraps, half-width punctuation inside Chinese sentences, list prefixes added by the Word
// export, and the OCR slips we are sure about.

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
// Chinese punctuation and symbols that behave like CJK characters for spacing purposes.
const CJK_PUNCT = '，。、；：？！（）《》“”‘’【】〔〕…—～→·㎡';
const WIDE = `[${CJK}${CJK_PUNCT}]`;

// Only slips whose correction is certain from context; everything else stays as printed.
export const OCR_FIXES: ReadonlyArray<readonly [string, string]> = [
  ['矿工', '旷工'],
  ['总千事', '总干事'],
  ['监事金', '监事会'],
  ['商级行政管理系统', '高级行政管理系统'],
  ['妥善安持', '妥善安排'],
  ['现有的同题', '现有的问题'],
  ['相关物位', '相关单位'],
  ['专业巧的提升', '专业技巧的提升'],
  ['改孜不倦', '孜孜不倦'],
  ['不官继续', '不宜继续'],
  ['有意隐满', '有意隐瞒'],
  ['三甲医院的体验报告', '三甲医院的体检报告'],
  ['等高等院校简历就业合作关系', '等高等院校建立就业合作关系'],
  ['一线补工', '一线社工'],
  ['中心主人绩效', '中心主任绩效'],
  ['以项门绩效', '以项目绩效'],
  ['进行甑别', '进行甄别'],
  ['要讲出档案室', '要进出档案室'],
  ['需急时入帐', '需及时入帐'],
  ['会会计档案', '会计档案'],
  ['20公理以上', '20公里以上'],
  ['餐餐厅', '餐厅'],
  ['累计上线为', '累计上限为'],
  ['办公税仪培训', '办公礼仪培训'],
  ['硬件设完善', '硬件设施完善'],
  ['（社工、助理、护工）员', '（社工、助理、护工）'],
  ['要求其予以纠正：（4）', '要求其予以纠正；（4）'],
  ['机构组织的组长相关考核不合格：', '机构组织的组长相关考核不合格。'],
  ['完成度≥80%其余情况不得分', '完成度≥80%。其余情况不得分'],
  ['全年整合物资<3000元其余情况不得分', '全年整合物资<3000元。其余情况不得分'],
  ['且没有严格执行其余情况不得分', '且没有严格执行。其余情况不得分'],
  ['协助理事会《总干事）', '协助理事会（总干事）'],
  ['5指标量绩效分数计算方法', '5. 指标量绩效分数计算方法'],
];

/** Removes the Word-export list marker and the indentation in front of a source line. */
export function stripListMarker(line: string): string {
  return line
    .replace(/^\s*-\s+/, '')
    .replace(/\*\*/g, '')
    .trim();
}

/** Normalises spacing and punctuation of one paragraph of Chinese text. */
export function normalizeText(input: string): string {
  let s = input
    .replace(/\u00a0|\u3000/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  s = s.replace(/,/g, '，').replace(/;/g, '；').replace(/\?/g, '？').replace(/!/g, '！');
  // A colon between digits is a time or ratio; everywhere else it is Chinese punctuation.
  s = s.replace(/(?<!\d):|:(?!\d)/g, '：');
  s = s.replace(/\(/g, '（').replace(/\)/g, '）');

  // Spaces only ever come from line wraps or Word justification next to Chinese text.
  const wideSpace = new RegExp(`(${WIDE})\\s+|\\s+(${WIDE})`, 'g');
  s = s.replace(wideSpace, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
  // "2010 年" / "年 3 月": spaces between digits and Chinese.
  s = s.replace(new RegExp(`(\\d)\\s+(?=[${CJK}%])`, 'g'), '$1');
  s = s.replace(new RegExp(`([${CJK}])\\s+(?=\\d)`, 'g'), '$1');
  s = s.replace(/(\d)\s+%/g, '$1%');
  s = s.replace(/\s*([≤≥<>＜＞])\s*/g, '$1');
  s = s.replace(/≪/g, '≤');

  for (const [from, to] of OCR_FIXES) s = s.split(from).join(to);
  return s.trim();
}

/** Straight double quotes become “ ” pairs; run on whole paragraphs, after line joins. */
export function curlyQuotes(s: string): string {
  let open = true;
  return s.replace(/"/g, () => {
    const q = open ? '“' : '”';
    open = !open;
    return q;
  });
}

/** Source numbering "1、", "1." or "1．" at the start of a paragraph becomes "1. ". */
export function normalizeNumbering(s: string): string {
  return s
    .replace(/^(\d{1,2})[、.．](?!\d)\s*/, '$1. ')
    .replace(/^（(\d{1,2})）\s*/, '（$1）')
    .replace(/^（([一二三四五六七八九十]+)）\s*/, '（$1）');
}

const TERMINAL = /[。；：！？…”）》.;:!?]$/;
// How a numbered or bulleted item, or a note, starts: such a paragraph never continues the one before.
const NUMBERED = new RegExp(
  `^(?:${[
    String.raw`\d{1,2}(?:\.\d{1,2})?[、.．）)]`, // 1、 2.3. 4）
    String.raw`（\d{1,2}）|\(\d{1,2}\)`, // （1） (1)
    String.raw`（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)`, // （一） (一)
    '[一二三四五六七八九十]+、', // 一、
    '第[一二三四五六七八九十百]+[条节章部]', // 第三条
    '[①-⑳]',
    String.raw`[A-Za-z][、.．\s]`, // A、
    '[▶➤◆•*]', // bullets
    '注|备注|说明',
  ].join('|')})`,
);

// A PDF line holds about 35 Chinese characters; a shorter unpunctuated paragraph is a label
// or a list item, not a sentence cut by a page or line break.
const WRAPPED_LINE_LENGTH = 28;

/** True when paragraph `b` continues the sentence that paragraph `a` left unfinished. */
export function continues(a: string, b: string): boolean {
  if (TERMINAL.test(a)) return false;
  if (NUMBERED.test(b)) return false;
  // "条件及分值：", "3分：", "升高阶段：": a short label opens a new paragraph.
  if (/^[^，。；：]{1,8}：/.test(b)) return false;
  if (/[、，（/]$/.test(a)) return true;
  return a.length >= WRAPPED_LINE_LENGTH && /[\u3400-\u9fff\d%a-zA-Z]$/.test(a);
}
