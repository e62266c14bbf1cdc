import type { Directory } from '../../data/org/directory.ts';

/**
 * Strips what an outside service must never receive: names from the directory, mobile and
 * landline numbers, and ID-card numbers.
 */
export function redact(text: string, directory: Directory): string {
  let out = text
    .replace(/\d{17}[\dXx]|\d{15}/g, '[证件号]')
    .replace(/(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}/g, '[电话]')
    .replace(/0\d{2,3}-?\d{7,8}/g, '[电话]');
  const names = directory.all.map((s) => s.name).filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  for (const name of names) out = out.split(name).join('某同事');
  return out;
}
