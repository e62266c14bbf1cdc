import type { Directory } from '../../data/org/directory.ts';

const ID_NUMBER = /\d{17}[\dXx]|\d{15}/g;
const MOBILE = /(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}/g;
const LANDLINE = /0\d{2,3}-?\d{7,8}/g;

/**
 * Strips what an outside service must never receive: names from the directory, mobile and
 * landline numbers, and ID-card numbers.
 */
export function redact(text: string, directory: Directory): string {
  let out = text.replace(ID_NUMBER, '[证件号]').replace(MOBILE, '[电话]').replace(LANDLINE, '[电话]');
  for (const name of namesLongestFirst(directory)) out = out.split(name).join('某同事');
  return out;
}

/**
 * The question without colleagues' names and phone or ID numbers: they are never what a
 * policy question is about ("我和林晓下个月结婚，婚假几天"), only noise for the search.
 */
export function withoutPersonalDetails(text: string, directory: Directory): string {
  const number = `(?:${ID_NUMBER.source}|${MOBILE.source}|${LANDLINE.source})`;
  // "我手机13812345678", "证件号：4419…": the label goes with the number.
  let out = text.replace(new RegExp(`(我的?)?(手机号?码?|电话号?码?|联系方式|身份证号?码?|证件号?码?)[是为：:\\s]*${number}`, 'g'), ' ');
  out = out.replace(ID_NUMBER, ' ').replace(MOBILE, ' ').replace(LANDLINE, ' ');
  for (const name of namesLongestFirst(directory)) out = out.split(name).join(' ');
  return out;
}

function namesLongestFirst(directory: Directory): string[] {
  return directory.all.map((s) => s.name).filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}
