import { loadOrg } from '../data/org/load-org.ts';
import { PolicyQa } from '../handlers/policy-qa/policy-qa.ts';
import { percentile, type BenchRow } from './bench-row.ts';
import { compiledPolicyQa } from './compiled-policy-qa.ts';
import { medianPairMs, miniSearchOver, replicated } from './minisearch-baseline.ts';
import {
  loadDevSet,
  loadHoldout2Set,
  loadHoldout3Set,
  loadHoldoutSet,
  loadOptionalSet,
  loadQaSet,
  OUTSIDER_DEV_FILE,
  OUTSIDER_DEV2_FILE,
  OUTSIDER_DEV3_FILE,
  OUTSIDER_DEV4_FILE,
  OUTSIDER_DEV5_FILE,
  OUTSIDER_DEV6_FILE,
  OUTSIDER_HOLDOUT_FILE,
  OUTSIDER_HOLDOUT2_FILE,
  OUTSIDER_HOLDOUT3_FILE,
  sectionMatches,
  statesExpected,
  type Answer,
  type QaCase,
} from './qa-set.ts';

export interface QaScore {
  readonly answered: number;
  readonly answerable: number;
  /** Answerable questions answered with a rule that does not state the fact asked: a confident wrong answer. */
  readonly wrong: number;
  /** Answered with the fact asked, quoted from another section than the one labelled (neither right nor wrong). */
  readonly elsewhere: number;
  readonly declined: number;
  readonly unanswerable: number;
  /** Answerable questions answered with choices; of those, the ones where a choice is the right section. */
  readonly choices: number;
  readonly rightChoice: number;
  /**
   * Unanswerable questions met with choices rather than a plain decline (counted among the
   * declined: nothing is asserted).
   */
  readonly choicesUnanswerable: number;
  readonly misses: { q: string; why: string }[];
}

/** Scores the Q&A on the question set: the fact and the right citation, or a plain decline. */
export function scoreQa(qa: PolicyQa, cases: readonly QaCase[]): QaScore {
  let answered = 0;
  let answerable = 0;
  let wrong = 0;
  let declined = 0;
  let unanswerable = 0;
  let choices = 0;
  let rightChoice = 0;
  let choicesUnanswerable = 0;
  let elsewhere = 0;
  const misses: QaScore['misses'] = [];
  for (const c of cases) {
    const r = qa.answer(c.q);
    if ('answerable' in c) {
      unanswerable++;
      if (!r.found) declined++;
      else misses.push({ q: c.q, why: `answered from ${r.citations[0]?.section}` });
      if (r.choices) choicesUnanswerable++;
      continue;
    }
    answerable++;
    if (r.choices) {
      choices++;
      const picked = r.choices.findIndex((x) =>
        [c, ...(c.also ?? [])].some((a) => x.doc === a.doc && sectionMatches(x.section, a.section)),
      );
      if (picked >= 0) rightChoice++;
      misses.push({
        q: c.q,
        why: `choices ${r.choices.map((x) => x.label).join(' / ')}${picked >= 0 ? ` (right: ${picked + 1})` : ''}`,
      });
      continue;
    }
    const matches = (a: Answer) =>
      r.citations.some((x) => x.doc === a.doc && sectionMatches(x.section, a.section)) &&
      a.expect.every((e) => statesExpected(r.answer, e));
    const cited = r.citations.some((x) => x.doc === c.doc && sectionMatches(x.section, c.section));
    const statesFact = [c, ...(c.also ?? [])].some((a) => a.expect.every((e) => statesExpected(r.answer, e)));
    if (r.found && [c, ...(c.also ?? [])].some(matches)) answered++;
    // The issue's "wrong": the rule quoted does not state the fact asked. Another section
    // stating it (HR's FAQ, a table and the rule it sums up) is counted apart, not as right.
    else if (r.found && statesFact) elsewhere++;
    else if (r.found) wrong++;
    if (!r.found || ![c, ...(c.also ?? [])].some(matches))
      misses.push({
        q: c.q,
        why: !r.found
          ? 'not found'
          : !cited
            ? `cited ${r.citations[0]?.section}`
            : `missing ${c.expect.filter((e) => !statesExpected(r.answer, e)).join(', ')}`,
      });
  }
  return {
    answered,
    answerable,
    wrong,
    elsewhere,
    declined,
    unanswerable,
    choices,
    rightChoice,
    choicesUnanswerable,
    misses,
  };
}

export async function benchQa(): Promise<BenchRow[]> {
  const org = loadOrg();
  const builds: number[] = [];
  let qa = new PolicyQa(org);
  for (let i = 0; i < 5; i++) {
    qa = new PolicyQa(org);
    builds.push(qa.builtInMs);
  }
  const cases = loadQaSet();
  const score = scoreQa(qa, cases);
  const latencies: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const c of cases) {
      const t = performance.now();
      qa.answer(c.q);
      latencies.push(performance.now() - t);
    }
  }
  latencies.sort((a, b) => a - b);
  const dev = scoreQa(qa, loadDevSet());
  const holdout = scoreQa(qa, loadHoldoutSet());
  // Its misses are deliberately not listed, even verbose: reading them would make it a tuning set.
  const holdout2 = scoreQa(qa, loadHoldout2Set());
  const holdout3 = scoreQa(qa, loadHoldout3Set());
  const outsiderDev = scoreQa(qa, loadOptionalSet(OUTSIDER_DEV_FILE));
  const outsiderDev2 = scoreQa(qa, loadOptionalSet(OUTSIDER_DEV2_FILE));
  const outsiderDev3 = scoreQa(qa, loadOptionalSet(OUTSIDER_DEV3_FILE));
  const outsiderDev4 = scoreQa(qa, loadOptionalSet(OUTSIDER_DEV4_FILE));
  const outsiderDev5 = scoreQa(qa, loadOptionalSet(OUTSIDER_DEV5_FILE));
  const outsiderDev6 = scoreQa(qa, loadOptionalSet(OUTSIDER_DEV6_FILE));
  // Never listed, not even verbose: the held-out outsider part is only ever seen as totals.
  const outsiderHoldout = scoreQa(qa, loadOptionalSet(OUTSIDER_HOLDOUT_FILE));
  const outsiderHoldout2 = scoreQa(qa, loadOptionalSet(OUTSIDER_HOLDOUT2_FILE));
  const outsiderHoldout3 = scoreQa(qa, loadOptionalSet(OUTSIDER_HOLDOUT3_FILE));
  // Timed compiled, as `npm start` runs it; the same code under tsx is printed beside, untargeted.
  const Compiled = await compiledPolicyQa();
  const tenTimes = replicated(org.documents, 10);
  const speed = [
    speedRow(new Compiled(org), org.documents, cases, 'sample documents', true),
    speedRow(new Compiled({ ...org, documents: tenTimes }), tenTimes, cases, 'documents ×10', true),
    speedRow(qa, org.documents, cases, 'sample documents, under tsx', false),
  ];
  if (process.env.BENCH_VERBOSE) {
    for (const m of score.misses) process.stderr.write(`  miss: ${m.q} — ${m.why}\n`);
    for (const m of dev.misses) process.stderr.write(`  dev miss: ${m.q} — ${m.why}\n`);
    for (const m of holdout.misses) process.stderr.write(`  held-out miss: ${m.q} — ${m.why}\n`);
    for (const m of outsiderDev.misses) process.stderr.write(`  outsider dev miss: ${m.q} — ${m.why}\n`);
    for (const m of outsiderDev2.misses) process.stderr.write(`  outsider dev2 miss: ${m.q} — ${m.why}\n`);
    for (const m of outsiderDev3.misses) process.stderr.write(`  outsider dev3 miss: ${m.q} — ${m.why}\n`);
    for (const m of outsiderDev4.misses) process.stderr.write(`  outsider dev4 miss: ${m.q} — ${m.why}\n`);
    for (const m of outsiderDev5.misses) process.stderr.write(`  outsider dev5 miss: ${m.q} — ${m.why}\n`);
    for (const m of outsiderDev6.misses) process.stderr.write(`  outsider dev6 miss: ${m.q} — ${m.why}\n`);
  }
  return [
    ...accuracyRows('Q&A', score, true),
    {
      name: 'Q&A answer latency p50 / p99',
      value: `${percentile(latencies, 50).toFixed(2)} ms / ${percentile(latencies, 99).toFixed(2)} ms`,
      target: 'p99 ≤ 10 ms',
      ok: percentile(latencies, 99) <= 10,
    },
    { name: 'Q&A index build (4 documents)', value: `${Math.min(...builds).toFixed(0)} ms (best of 5)` },
    ...speed,
    ...accuracyRows('Q&A development set:', dev),
    ...accuracyRows('Q&A held-out set:', holdout),
    ...accuracyRows('Q&A second held-out set:', holdout2),
    ...accuracyRows('Q&A third held-out set:', holdout3),
    ...(outsiderDev.answerable ? outsiderRows('Q&A outsider development set:', outsiderDev) : []),
    ...(outsiderDev2.answerable ? outsiderRows('Q&A outsider development set 2:', outsiderDev2) : []),
    ...(outsiderDev3.answerable ? outsiderRows('Q&A outsider development set 3:', outsiderDev3) : []),
    ...(outsiderDev4.answerable ? outsiderRows('Q&A outsider development set 4:', outsiderDev4) : []),
    ...(outsiderDev5.answerable ? outsiderRows('Q&A outsider development set 5:', outsiderDev5) : []),
    ...(outsiderDev6.answerable ? outsiderRows('Q&A outsider development set 6:', outsiderDev6) : []),
    ...(outsiderHoldout.answerable ? outsiderRows('Q&A outsider held-out set:', outsiderHoldout, true) : []),
    ...(outsiderHoldout2.answerable ? outsiderRows('Q&A outsider held-out set 2:', outsiderHoldout2, true) : []),
    ...(outsiderHoldout3.answerable ? outsiderRows('Q&A outsider held-out set 3:', outsiderHoldout3, true) : []),
  ];
}

/**
 * Our median answer time against MiniSearch's over the same documents and questions in the
 * same run (issue 12: ≤ 2×), so a loaded machine slows both alike.
 */
function speedRow(
  qa: Pick<PolicyQa, 'answer'>,
  documents: Parameters<typeof miniSearchOver>[0],
  cases: readonly QaCase[],
  label: string,
  targeted: boolean,
): BenchRow {
  const questions = cases.map((c) => c.q);
  const [mini, ours] = medianPairMs(questions, miniSearchOver(documents), (q) => qa.answer(q));
  const ratio = ours / mini;
  return {
    name: `Q&A median answer vs MiniSearch (${label})`,
    value: `${ours.toFixed(2)} / ${mini.toFixed(2)} ms = ${ratio.toFixed(1)}×`,
    ...(targeted ? { target: '≤ 2×', ok: ratio <= 2 } : {}),
  };
}

/**
 * The targets hold for the main set; the other sets are printed to show how far the Q&A carries
 * to questions it was not tuned on.
 */
function accuracyRows(prefix: string, score: QaScore, targets = false): BenchRow[] {
  const answered = score.answered / score.answerable;
  const declined = score.declined / score.unanswerable;
  return [
    {
      name: `${prefix} answered with the fact and the right citation`,
      value: `${(answered * 100).toFixed(1)}% (${score.answered}/${score.answerable})`,
      ...(targets ? { target: '≥ 95%', ok: answered >= 0.95 } : {}),
    },
    {
      name: `${prefix} unanswerable questions declined`,
      value: `${(declined * 100).toFixed(1)}% (${score.declined}/${score.unanswerable})`,
      ...(targets ? { target: '≥ 90%', ok: declined >= 0.9 } : {}),
    },
  ];
}

/**
 * The outsider sets (issue 12) count confident wrong answers apart from declines: a decline
 * costs a question to HR, a wrong rule costs someone pay. Targets apply to the held-out part.
 */
function outsiderRows(prefix: string, score: QaScore, targets = false): BenchRow[] {
  const right = score.answered / score.answerable;
  const wrong = score.wrong / score.answerable;
  const declined = score.declined / score.unanswerable;
  const reached = (score.answered + score.rightChoice) / score.answerable;
  const offered = (score.choices + score.choicesUnanswerable) / (score.answerable + score.unanswerable);
  const pct = (x: number, n: number, of: number) => `${(x * 100).toFixed(1)}% (${n}/${of})`;
  const t = (target: string, ok: boolean) => (targets ? { target, ok } : {});
  return [
    {
      name: `${prefix} right (fact + citation)`,
      value: pct(right, score.answered, score.answerable),
      ...t('≥ 85%', right >= 0.85),
    },
    {
      name: `${prefix} wrong (rule quoted lacks the fact)`,
      value: pct(wrong, score.wrong, score.answerable),
      ...t('≤ 3%', wrong <= 0.03),
    },
    {
      name: `${prefix} the fact, quoted from another section`,
      value: pct(score.elsewhere / score.answerable, score.elsewhere, score.answerable),
    },
    {
      name: `${prefix} unanswerable declined (incl. choices)`,
      value: pct(declined, score.declined, score.unanswerable),
      ...t('≥ 90%', declined >= 0.9),
    },
    {
      name: `${prefix} right section answered or among choices`,
      value: pct(reached, score.answered + score.rightChoice, score.answerable),
      ...t('≥ 95%', reached >= 0.95),
    },
    {
      name: `${prefix} choices offered (all questions)`,
      value: pct(offered, score.choices + score.choicesUnanswerable, score.answerable + score.unanswerable),
      ...t('< 1/3', offered < 1 / 3),
    },
  ];
}
