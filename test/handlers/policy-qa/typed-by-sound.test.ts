import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';
import { SoundAlikes } from '../../../handlers/policy-qa/engine/sound-alikes.ts';

const qa = new PolicyQa(loadOrg());

describe('a word typed by sound (SoundAlikes)', () => {
  it('answers as if the document word meant had been typed', () => {
    expect(qa.answer('昏假有几天').rule).toContain('结婚假为三日');
    const late = qa.answer('上个月迟道两次 会扣公资吗');
    expect(late.found).toBe(true);
    expect(late.rule).toContain('迟到');
    expect(qa.answer('头诉要几天内回复').rule).toContain('2天内反馈处理结果');
  });

  it('leaves words of their own alone: 月饼 is not 月份 mistyped, nor 骑车 汽车', () => {
    const mooncakes = qa.answer('中秋节发月饼吗');
    expect(mooncakes.found).toBe(false);
    expect(mooncakes.kind).toBe('not-found');
    // 骑车 is a word of general Chinese (and now of staff's written questions): never 汽车 mistyped,
    // so nothing on the organisation's cars (车辆使用费) is quoted or offered.
    const cycling = qa.answer('骑车上班有没有补贴');
    expect(cycling.found).toBe(false);
    expect(`${cycling.why} ${cycling.answer}`).not.toMatch(/汽车|车辆/);
  });

  it('reads only the one document word that sounds the same and differs in one character', () => {
    const sounds = (vocabulary: string[]) =>
      new SoundAlikes({
        vocabulary: () => vocabulary,
        isWord: (w) => vocabulary.includes(w),
        used: (w) => vocabulary.includes(w),
        written: (w) => vocabulary.some((v) => v.includes(w)),
        glue: (c) => '要吗的了'.includes(c),
      });
    // 报消 → 报销; 调修要 → 调休要 (the glued 要 kept); 惨假 → 产假 (c/ch, as southern speakers say it).
    expect(sounds(['报销', '调休', '产假']).fix('报消调修要惨假', ['报消', '调修要', '惨假'])).toBe('报销调休要产假');
    // Two document words sound like it: which one was meant is not guessed.
    expect(sounds(['工资', '公子']).fix('公资', ['公资'])).toBe('公资');
    expect(sounds(['工资', '工作']).fix('公资', ['公资'])).toBe('工资');
    // Two characters off is another word, not a typo.
    expect(sounds(['工资']).fix('攻子', ['攻子'])).toBe('攻子');
  });
});
