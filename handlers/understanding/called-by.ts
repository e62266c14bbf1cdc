import type { KnownPerson } from './types.ts';

/**
 * Colleagues are called by given name (丽娜, 秋菊), by 小/老 and surname (小孙, 老王), or by a name's last
 * character and 姐/哥 (雨姐): the text with each such form that points at one person only written as
 * that person's full name, so that readers looking for names find it. A form that fits several people,
 * or none, stays as said.
 */
export function withFullNames(text: string, people: readonly KnownPerson[], speaker?: string): string {
  const others = people.filter((p) => p.name !== speaker && p.name.length >= 2);
  const only = (fits: (name: string) => boolean) => {
    const found = others.filter((p) => fits(p.name));
    return found.length === 1 ? found[0]!.name : undefined;
  };
  return text
    .replace(
      /([小老])([\u4e00-\u9fa5])(?=的|[帮替给]|[\s,，。]|说|请|交|那|这|$)/g,
      (m, _pre: string, surname: string) => {
        return only((n) => n.startsWith(surname)) ?? m;
      },
    )
    .replace(/([\u4e00-\u9fa5])([姐哥])(?=的|[\s,，。]|说|请|交|那|这|今天|明天|$)/g, (m, last: string) => {
      return only((n) => n.endsWith(last)) ?? m;
    })
    .replace(/[\u4e00-\u9fa5]{2}(?=的|[\s,，。]|说|请|交|那|这|今天|明天)/g, (m) => {
      if (others.some((p) => p.name === m)) return m;
      const full = only((n) => n.length === 3 && n.slice(1) === m);
      // Not when the two characters are the end of a full name already written (郑雨's 赵丽娜 stays).
      return full !== undefined && !text.includes(full) ? full : m;
    });
}
