/**
 * Simplified → traditional forms of characters common in Chinese personal names (surnames
 * and given names), so a colleague's name typed in traditional characters ("鄭雨") is still
 * recognised and kept from the model. No converter package is installed; names are the only
 * thing compared this way, so a list of name characters is enough. Characters that are the
 * same in both scripts are not listed.
 */
const TRADITIONAL: Record<string, string> = {
  丽: '麗',
  伟: '偉',
  兰: '蘭',
  冯: '馮',
  刘: '劉',
  华: '華',
  吴: '吳',
  国: '國',
  张: '張',
  强: '強',
  晓: '曉',
  杨: '楊',
  罗: '羅',
  红: '紅',
  许: '許',
  诺: '諾',
  谢: '謝',
  赵: '趙',
  远: '遠',
  邓: '鄧',
  郑: '鄭',
  钱: '錢',
  阳: '陽',
  陈: '陳',
  韩: '韓',
  马: '馬',
  黄: '黃',
  静: '靜',
  孙: '孫',
  钟: '鍾',
  叶: '葉',
  苏: '蘇',
  卢: '盧',
  蒋: '蔣',
  贾: '賈',
  阎: '閻',
  谭: '譚',
  邹: '鄒',
  陆: '陸',
  顾: '顧',
  龙: '龍',
  万: '萬',
  汤: '湯',
  乔: '喬',
  贺: '賀',
  赖: '賴',
  龚: '龔',
  严: '嚴',
  聂: '聶',
  吕: '呂',
  庞: '龐',
  萧: '蕭',
  军: '軍',
  杰: '傑',
  涛: '濤',
  辉: '輝',
  鹏: '鵬',
  刚: '剛',
  艳: '艷',
  凤: '鳳',
  飞: '飛',
  东: '東',
  宁: '寧',
  荣: '榮',
  贵: '貴',
  进: '進',
  宝: '寶',
  庆: '慶',
  顺: '順',
  发: '發',
  广: '廣',
  长: '長',
  义: '義',
  书: '書',
  云: '雲',
  韵: '韻',
  颖: '穎',
  锋: '鋒',
  洁: '潔',
  莹: '瑩',
  纪: '紀',
  项: '項',
  丰: '豐',
  齐: '齊',
  沈: '瀋',
  欢: '歡',
  岚: '嵐',
  玮: '瑋',
  琼: '瓊',
  婵: '嬋',
};

const SPACE = '[\\s\\u3000]*';

/**
 * A pattern matching `name` as people may type it: either script for each character and
 * spaces between the characters ("林 晓", "林曉").
 */
export function namePattern(name: string): string {
  return [...name].map((c) => (TRADITIONAL[c] ? `[${c}${TRADITIONAL[c]}]` : escapeRegExp(c))).join(SPACE);
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
