import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { generalIdf } from '../../../handlers/policy-qa/general-idf.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';
import { PolicyIndex } from '../../../handlers/policy-qa/engine/policy-index.ts';
import { loadRewrites } from '../../../handlers/policy-qa/engine/colloquial-rewrites.ts';
import { keepIndex, restoredIndex } from '../../../handlers/policy-qa/index-snapshot.ts';
import { Tokenizer } from '../../../handlers/policy-qa/tokenizer.ts';
import { OUTSIDER_DEV_FILE, QA_FIXTURES } from '../../../bench/qa-set.ts';

const QUESTIONS = ['婚假几天', '病假工资怎么算', '年假可以分开休吗', '加班可以调休吗', '远程办公可以吗', '月报几号交'];

/** A cache folder of its own for each test of the describe, in TONGGONG_CACHE_DIR, removed after. */
function aFreshCacheDirEachTest(prefix: string): { dir: string } {
  const cache = { dir: '' };
  beforeEach(() => {
    cache.dir = mkdtempSync(join(tmpdir(), prefix));
    process.env.TONGGONG_CACHE_DIR = cache.dir;
  });
  afterEach(() => {
    delete process.env.TONGGONG_CACHE_DIR;
    rmSync(cache.dir, { recursive: true, force: true });
  });
  return cache;
}

describe('the documents’ word cuts kept between starts', () => {
  const cache = aFreshCacheDirEachTest('tonggong-cache-');

  // The handbook alone: a whole build per call, and three calls per test.
  const org = loadOrg();
  const handbook = { ...org, documents: org.documents.filter((d) => d.kind === 'rules').slice(0, 1) };
  const answers = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    const qa = new PolicyQa(handbook);
    return QUESTIONS.map((q) => qa.answer(q).answer);
  };

  it('answers the same with a warm cache as with none', async () => {
    const cold = await answers();
    expect(readdirSync(cache.dir).filter((f) => f.startsWith('word-cuts-'))).toHaveLength(1);
    expect(await answers()).toEqual(cold);
  });

  it('answers the same when the cache file is damaged, and writes a good one again', async () => {
    const cold = await answers();
    const [file] = readdirSync(cache.dir).filter((f) => f.startsWith('word-cuts-'));
    writeFileSync(join(cache.dir, file!), '[["婚假几天", [');
    expect(await answers()).toEqual(cold);
    expect(await answers()).toEqual(cold);
  });

  it('answers the same when the cache folder cannot be written', async () => {
    const cold = await answers();
    // A folder that cannot be made: its parent is a file.
    writeFileSync(join(cache.dir, 'a-file'), '');
    process.env.TONGGONG_CACHE_DIR = join(cache.dir, 'a-file', 'cache');
    expect(await answers()).toEqual(cold);
  });
});

describe('the general-language word weights', () => {
  it('knows common words, not rare or made-up ones', () => {
    expect(generalIdf('今年')).toBeGreaterThan(0);
    expect(generalIdf('今年')).toBeLessThan(12);
    expect(generalIdf('奥萨贝尔')).toBeUndefined();
    expect(generalIdf('乐雅社工同工助手')).toBeUndefined();
    expect(generalIdf('')).toBeUndefined();
  });
});

describe('the general-language word weights’ table kept between starts', () => {
  const cache = aFreshCacheDirEachTest('tonggong-idf-');

  const words = ['今年', '食堂', '哺乳', '接着', '奥萨贝尔', '请假'];
  /** The weights as a new process would find them: the module loaded afresh. */
  const weights = async () => {
    vi.resetModules();
    const { generalIdf: fresh } = await import('../../../handlers/policy-qa/general-idf.ts');
    return words.map((w) => fresh(w));
  };
  const kept = () => readdirSync(cache.dir).filter((f) => f.startsWith('general-idf-slots-'));

  it('gives the same weights from the kept table as hashed afresh, and from a damaged one', async () => {
    const hashed = await weights();
    expect(hashed.filter((w) => w !== undefined).length).toBeGreaterThan(3);
    expect(kept()).toHaveLength(1);
    expect(await weights()).toEqual(hashed);
    writeFileSync(join(cache.dir, kept()[0]!), 'not a table');
    expect(await weights()).toEqual(hashed);
    expect(readFileSync(join(cache.dir, kept()[0]!)).byteLength).toBeGreaterThan(1000);
    expect(await weights()).toEqual(hashed);
  });
});

describe('the built index kept between starts of the compiled bot', () => {
  const cache = aFreshCacheDirEachTest('tonggong-index-');

  const org = loadOrg();
  const tokenizer = () => new Tokenizer(org.synonyms, [], loadRewrites(org.dir));
  /** A build as the bot makes one: the headings' words learnt, then indexed, then kept. */
  const buildAndKeep = (build: string) => {
    const t = tokenizer();
    const learnt = t.learnWords(org.documents.flatMap((d) => d.sections.flatMap((s) => s.path)));
    const built = new PolicyIndex(org.documents, t);
    keepIndex(org, built, learnt, build);
    return built;
  };
  const questions = readFileSync(join(QA_FIXTURES, OUTSIDER_DEV_FILE), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { q: string }).q);

  it('answers every question as the index it was kept from', () => {
    const built = buildAndKeep('build-1');
    const restored = restoredIndex(org, tokenizer(), 'build-1');
    expect(restored).toBeDefined();
    const fresh = new PolicyQa(org, undefined, built);
    const kept = new PolicyQa(org, undefined, restored);
    expect(questions.length).toBeGreaterThan(100);
    for (const q of questions) expect(kept.answer(q), q).toEqual(fresh.answer(q));
  });

  it('is not used by another build of the code, nor when damaged, nor while the TypeScript runs', () => {
    buildAndKeep('build-1');
    expect(restoredIndex(org, tokenizer(), 'build-2')).toBeUndefined();
    expect(restoredIndex(org, tokenizer(), undefined)).toBeUndefined();
    const [file] = readdirSync(cache.dir).filter((f) => f.startsWith('policy-index-'));
    writeFileSync(join(cache.dir, file!), '{"sections": [');
    expect(restoredIndex(org, tokenizer(), 'build-1')).toBeUndefined();
  });

  it('is not used for documents that changed since', () => {
    buildAndKeep('build-1');
    const [first, ...rest] = org.documents;
    const edited = { ...org, documents: [{ ...first!, sections: first!.sections.slice(1) }, ...rest] };
    expect(restoredIndex(edited, tokenizer(), 'build-1')).toBeUndefined();
  });
});
