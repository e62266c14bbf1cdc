import { loadOrg } from '../../../data/org/load-org.ts';
import { describeStartupError } from '../../startup-error.ts';
import { cliEnv, orgDirFrom, print } from '../cli-context.ts';

/** `tonggong check-org [DIR]`: validates an organisation folder and says what is wrong. */
export async function checkOrgCommand(argv: string[]): Promise<number> {
  const dir = orgDirFrom(
    argv.find((a) => !a.startsWith('-')),
    cliEnv(),
  );
  try {
    const org = loadOrg(dir);
    const sections = org.documents.reduce((n, d) => n + d.sections.length, 0);
    print(
      `✓ ${org.info.name}: ${org.directory.all.length} staff, ` +
        `${org.documents.length} documents (${sections} sections), ` +
        `${org.faq.length} FAQ entries, ${org.synonyms.length} synonym groups`,
    );
    // A warning, not an error: two people may share a name; the bot then asks HR which one.
    for (const { name, people } of org.directory.duplicateNames()) {
      const who = people.map((p) => `${p.id} ${p.team}`).join(', ');
      const why = 'HR commands naming them will ask for the staff id';
      print(`warning: staff.csv: ${people.length} people are named ${name} (${who}); ${why}`);
    }
    return 0;
  } catch (error) {
    print(describeStartupError(error));
    return 1;
  }
}
