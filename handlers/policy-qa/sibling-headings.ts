import type { PolicyDocument, PolicySection } from '../../data/org/policy-document.ts';
import type { Term, Tokenizer } from './tokenizer.ts';

/** A term this telling is what the question is about ("病假"), not how it is put. */
const TELLING = 0.5;
/** The last characters that name a kind of leave, fee, prize, allowance, insurance or paper. */
const KIND = /[假费奖贴险证]$/;
/** Words for the whole family rather than one kind of it ("请假" heads rules for every leave). */
const FAMILY = /^(请假|休假|假期|费用|经费|奖励|补贴|津贴|保险|证明)$/;

/**
 * Sections headed by one kind of a thing ("2. 年假") next to sections headed by another
 * ("3. 病假"). 「病假工资怎么算」 was answered with the 年假 clause, whose list of exclusions
 * names 病假 and 工资: when the documents give the thing asked about a section of its own,
 * a sibling kind's section (same last character: 假, 费, 奖…) is a neighbouring rule, not
 * the answer. Worked out from the headings on first use, so the index stays as it was.
 */
export class SiblingHeadings {
  private ownWords?: Map<PolicySection, ReadonlySet<string>>;
  private headed?: ReadonlySet<string>;

  constructor(
    private readonly documents: readonly PolicyDocument[],
    private readonly tokenizer: () => Tokenizer,
  ) {}

  /** The sibling kind the section is headed by when the question asks about another one, if so. */
  otherKind(terms: readonly Term[], section: PolicySection): string | undefined {
    const own = this.wordsOf(section);
    for (const t of terms) {
      if (t.context || t.salience < TELLING || !KIND.test(t.word) || FAMILY.test(t.word) || own.has(t.word)) continue;
      if (!this.headsASection(t.word)) continue;
      const kind = t.word.at(-1)!;
      const other = [...own].find(
        (w) => w.length >= 2 && w.endsWith(kind) && !FAMILY.test(w) && !terms.some((q) => q.word === w),
      );
      if (other) return other;
    }
    return undefined;
  }

  private headsASection(word: string): boolean {
    this.headed ??= new Set([...this.all().values()].flatMap((s) => [...s]));
    return this.headed.has(word);
  }

  private wordsOf(section: PolicySection): ReadonlySet<string> {
    return this.all().get(section) ?? new Set();
  }

  private all(): Map<PolicySection, ReadonlySet<string>> {
    if (this.ownWords) return this.ownWords;
    const tokenizer = this.tokenizer();
    this.ownWords = new Map(
      this.documents.flatMap((d) =>
        d.sections.map((s) => [s, new Set(tokenizer.terms(s.path.at(-1) ?? '').map((t) => t.word))] as const),
      ),
    );
    return this.ownWords;
  }
}
