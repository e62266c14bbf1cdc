import { join } from 'node:path';
import { loadOrg } from '../data/org/load-org.ts';
import type { BenchRow } from './bench-row.ts';
import { envFor, readUtterances, scoreSet, type SetScore } from './utterance-score.ts';

const DIR = join(import.meta.dirname, 'fixtures', 'utterances');

const pct = (n: number, d: number) => `${((n / Math.max(d, 1)) * 100).toFixed(1)}% (${n}/${d})`;

/**
 * `npm run bench` rows for issue 11: how the understanding layer reads the labelled utterances.
 * The held-out part prints totals only — no line of it is ever shown (README of the set).
 * `UTTERANCE_DEV_FAILURES=1` lists the development part's misreadings, for tuning.
 */
export function benchUtterances(): BenchRow[] {
  const org = loadOrg();
  const env = envFor(org.calendar, org.directory.all);
  const dev = scoreSet(readUtterances(join(DIR, 'dev.jsonl')), env);
  const held = scoreSet(readUtterances(join(DIR, 'holdout.jsonl')), env);
  if (process.env.UTTERANCE_DEV_FAILURES) printFailures(dev);
  return [
    { name: 'Utterances, dev: intent', value: pct(dev.intentRight, dev.total) },
    { name: 'Utterances, dev: fields', value: pct(dev.fieldsRight, dev.fieldsTotal) },
    { name: 'Utterances, dev: dangerous errors', value: String(dev.dangerous) },
    {
      name: 'Utterances, held-out: intent',
      value: pct(held.intentRight, held.total),
      target: '≥ 97%',
      ok: held.intentRight / held.total >= 0.97,
    },
    {
      name: 'Utterances, held-out: fields',
      value: pct(held.fieldsRight, held.fieldsTotal),
      target: '≥ 95%',
      ok: held.fieldsRight / held.fieldsTotal >= 0.95,
    },
    {
      name: 'Utterances, held-out: dangerous errors',
      value: String(held.dangerous),
      target: '0',
      ok: held.dangerous === 0,
    },
  ];
}

function printFailures(set: SetScore): void {
  for (const s of set.scored) {
    if (s.intentRight && s.fieldsRight === s.fieldsTotal && !s.dangerous) continue;
    const mark = s.dangerous ? '!!' : s.intentRight ? ' f' : ' i';
    process.stderr.write(
      `${mark} ${s.row.id} [${s.row.context.state}] ${s.row.text}\n` +
        `     want ${s.row.intent} ${JSON.stringify(s.row.fields)}\n` +
        `     got  ${s.got.intent} ${JSON.stringify(s.gotFields)}\n`,
    );
  }
}
