import type { Directory } from '../../data/org/directory.ts';
import { COMMON_SURNAMES } from './common-surnames.ts';
import { namePattern } from './name-variants.ts';

// Numbers as people type them: in one run, or in groups with spaces or dashes.
const ID_NUMBER = /(?<!\d)(?:\d(?:[ \u3000-]?\d){16}[ \u3000-]?[\dXx]|\d(?:[ \u3000-]?\d){14})(?![\dA-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g;
const LANDLINE = /(?:[(（]\s*0\d{2,3}\s*[)）]\s*|(?<!\d)0\d{2,3}[\s-]?)\d{3,4}[\s-]?\d{4}(?!\d)/g;
/** A date said to be a birth date, or any full date in a year only a birth date falls in (1930–2011). */
const BIRTH_DATE = new RegExp(
  [
    '(?<=(?:出生日期|出生年月日?|出生于|生日|生于)[是为：:\\s]*)\\d{2,4}\\s*[年./-]\\s*\\d{1,2}(?:\\s*[月./-]\\s*\\d{1,2}\\s*[日号]?)?',
    '\\d{2,4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?)?(?=\\s*(?:出生|生的|生人))',
    '(?<!\\d)(?:19[3-9]\\d|200\\d|201[01])\\s*[年./-]\\s*\\d{1,2}\\s*[月./-]\\s*\\d{1,2}\\s*[日号]?',
  ].join('|'),
  'g',
);
/**
 * Words that say something about a person's health. A policy question may need the topic,
 * but the model never does: the sections it words the answer from were found without it.
 */
const HEALTH = new RegExp(
  [
    '怀孕',
    '有孕',
    '孕期',
    '孕检',
    '产检',
    '流产',
    '小产',
    '胎停',
    '不孕',
    '试管婴儿',
    '试管',
    '住院',
    '出院',
    '手术',
    '开刀',
    '化疗',
    '放疗',
    '确诊',
    '诊断为',
    '癌症',
    '癌',
    '肿瘤',
    '白血病',
    '抑郁症',
    '抑郁',
    '焦虑症',
    '精神病',
    '精神分裂',
    '双相',
    '糖尿病',
    '高血压',
    '心脏病',
    '冠心病',
    '中风',
    '脑梗',
    '乙肝',
    '肝炎',
    '艾滋病?',
    'HIV',
    '结核',
    '骨折',
    '阳性',
  ].join('|'),
  'gi',
);
/** Kinship titles that name a client or family member with their surname: 张伯, 李阿姨, 王奶奶 (→ 某人). */
const KIN = new RegExp(
  `(?:${COMMON_SURNAMES.map(namePattern).join('|')})` +
    '(?:伯伯|伯母|伯|叔叔|叔|阿姨|姨|奶奶|爷爷|婆婆|阿婆|公公|大爷|大妈|婶婶|婶)',
  'g',
);
/** Titles that name a person with their surname: 林组长, 陈主任, 王姐, 老王, 小李. */
const TITLES = [
  '组长',
  '主任',
  '部长',
  '经理',
  '主管',
  '督导',
  '老师',
  '院长',
  '站长',
  '社工',
  '书记',
  '会计',
  '姐',
  '哥',
  '姨',
  '阿姨',
  '叔',
  '总监',
];

/**
 * Strips what an outside service must never receive: colleagues' names (in either script,
 * spaced out, or as surname and title), clients as surname and kinship title (张伯 → 某人),
 * phone and ID numbers, dates of birth and health words. `question` is what a person typed;
 * the policy passages get the same treatment except for health words, birth years and
 * kinship titles, which in a rule are the rule, not a person.
 */
export function redact(text: string, directory: Directory, kind: 'question' | 'policy' = 'question'): string {
  let out = text.replace(ID_NUMBER, '[证件号]').replace(MOBILE, '[电话]').replace(LANDLINE, '[电话]');
  if (kind === 'question')
    out = out
      .replace(BIRTH_DATE, '[出生日期]')
      .replace(HEALTH, '[健康信息]')
      .replace(/(?:\[健康信息\])+/g, '[健康信息]');
  const { names, titled } = patternsOf(directory);
  if (names) out = out.replace(names, '某同事');
  // Only in what people typed: in a rule "任何主任" is not 何主任.
  if (kind === 'question' && titled) out = out.replace(titled, '某同事');
  if (kind === 'question') out = out.replace(KIN, '某人');
  return out;
}

/**
 * The question without colleagues' names and phone or ID numbers: they are never what a
 * policy question is about ("我和林晓下个月结婚，婚假几天"), only noise for the search.
 */
export function withoutPersonalDetails(text: string, directory: Directory): string {
  let out = text.replace(LABELLED_NUMBER, ' ');
  out = out.replace(ID_NUMBER, ' ').replace(MOBILE, ' ').replace(LANDLINE, ' ');
  const { names } = patternsOf(directory);
  if (names) out = out.replace(names, ' ');
  return out;
}

/** "我手机13812345678", "证件号：4419…": the label goes with the number. */
const LABELLED_NUMBER = new RegExp(
  `(我的?)?(手机号?码?|电话号?码?|联系方式|身份证号?码?|证件号?码?)[是为：:\\s]*` +
    `(?:${ID_NUMBER.source}|${MOBILE.source}|${LANDLINE.source})`,
  'g',
);

interface NamePatterns {
  /** Any colleague's full name, longest first, in either script or spaced out. */
  readonly names?: RegExp;
  /** A colleague's surname with a title (张姐, 老陈). */
  readonly titled?: RegExp;
}

/**
 * Compiled once per directory (a Directory is read-only; a reload makes a new one): compiling
 * every name's pattern on every question was a tenth of an answer's time.
 */
const patternCache = new WeakMap<Directory, NamePatterns>();

function patternsOf(directory: Directory): NamePatterns {
  const cached = patternCache.get(directory);
  if (cached) return cached;
  const names = namesLongestFirst(directory);
  const surnames = surnamesOf(directory);
  const surname = `(?:${surnames.map(namePattern).join('|')})`;
  const patterns: NamePatterns = {
    ...(names.length ? { names: new RegExp(names.map(namePattern).join('|'), 'g') } : {}),
    ...(surnames.length ? { titled: new RegExp(`${surname}(?:${TITLES.join('|')})|[老小]${surname}`, 'g') } : {}),
  };
  patternCache.set(directory, patterns);
  return patterns;
}

function namesLongestFirst(directory: Directory): string[] {
  return directory.all
    .map((s) => s.name)
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length);
}

function surnamesOf(directory: Directory): string[] {
  return [...new Set(directory.all.filter((s) => s.name.length >= 2).map((s) => s.name[0]!))];
}
