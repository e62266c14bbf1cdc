/**
 * The commonest Chinese surnames, for names of people who are not in the directory — clients
 * and their families, typed as surname and kinship title (张伯, 王奶奶). Characters that are
 * mostly function words in a sentence (于, 和, 向, 同) are left out: 「我和阿姨」 is no name.
 */
export const COMMON_SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任',
  ...'沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴',
  ...'莫孔汤易常温康施文牛樊葛邢安齐伍庞颜倪柯翟鲁殷卓甘麦欧谷岑凌祝骆',
];
