import { parseArgs } from 'node:util';
import { loadOrg } from '../../../data/org/load-org.ts';
import { PolicyQa, type QaResult } from '../../../handlers/policy-qa/policy-qa.ts';
import { cliEnv, orgDirFrom, print } from '../cli-context.ts';
import { readLines } from '../read-lines.ts';

/** `tonggong ask "<question>" [--json]`, or questions from stdin, one a line. */
export async function askCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, org: { type: 'string' } },
  });
  const qa = new PolicyQa(loadOrg(orgDirFrom(values.org, cliEnv())));
  // From stdin every answer is one line, so output lines match input lines.
  const show = (question: string, r: QaResult, oneLine: boolean) =>
    print(
      values.json
        ? JSON.stringify({
            question,
            answer: r.answer,
            found: r.found,
            citations: r.citations.map((c) => ({ doc: c.doc, section: c.section })),
            score: Number(r.score.toFixed(3)),
          })
        : oneLine
          ? r.answer.replace(/\n/g, ' ')
          : r.answer,
    );
  if (positionals.length) {
    const q = positionals.join(' ');
    show(q, qa.answer(q), false);
    return 0;
  }
  for await (const line of readLines()) {
    const q = line.trim();
    if (q) show(q, qa.answer(q), true);
  }
  return 0;
}
