import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readJsonConfig } from '../config/read-json-config.ts';
import { ConfigError } from '../errors.ts';
import {
  createWorkCalendar,
  HolidayOverrideError,
  parseHolidayOverride,
  type WorkCalendar,
} from '../calendar/index.ts';
import { loadLeaveRules } from '../leave/load-leave-rules.ts';
import type { LeaveRules } from '../leave/leave-rules-schema.ts';
import { Directory } from './directory.ts';
import { parseFaqCsv, type FaqEntry } from './faq.ts';
import { LEARNED_VOCABULARY_FILE, parseLearnedVocabulary, type LearnedVocabulary } from './learned-vocabulary.ts';
import { parseSectionQuestions, SECTION_QUESTIONS_FILE, type SectionQuestion } from './section-questions.ts';
import { orgInfoSchema, type OrgInfo } from './org-info.ts';
import { parsePolicyDocument, type PolicyDocument } from './policy-document.ts';
import { parseStaffCsv } from './parse-staff-csv.ts';
import { parseSynonyms } from './synonyms.ts';
import { readUtf8File } from './read-text-file.ts';
import { projectPath } from '../project-root.ts';
// The deadlines config lives with its feature; loading it here lets start-up and check-org report it.
import { loadReminderConfig } from '../reminders/load-reminder-config.ts';
import type { ReminderConfig } from '../reminders/reminder-config.ts';

/** Everything an organisation folder holds, validated. */
export interface Org {
  readonly dir: string;
  readonly info: OrgInfo;
  readonly directory: Directory;
  readonly documents: readonly PolicyDocument[];
  readonly faq: readonly FaqEntry[];
  readonly synonyms: readonly string[][];
  /** Words staff ask with → the documents' words for them (learned-vocabulary.json); none when absent. */
  readonly learnedVocabulary?: LearnedVocabulary;
  /** Questions as staff ask them, each with the section answering it (section-questions.jsonl); none when absent. */
  readonly sectionQuestions?: readonly SectionQuestion[];
  /** Working days: the packaged holiday schedule plus the folder's optional holidays.json. */
  readonly calendar: WorkCalendar;
  /** The leave, overtime and approval rules (leave-rules.json); undefined when the folder has none. */
  readonly leaveRules?: LeaveRules;
  /** reminders.json: the deadlines to remind (none when the file is absent). */
  readonly reminders: ReminderConfig;
}

/** All the problems found in an organisation folder, file by file. */
export class OrgLoadError extends Error {
  constructor(readonly errors: readonly ConfigError[]) {
    const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
    super(`The organisation data has ${count}:\n${errors.map((e) => e.message).join('\n')}`);
    this.name = 'OrgLoadError';
  }
}

export const SAMPLE_ORG_DIR = projectPath('data/orgs/sample');

/**
 * Loads and validates an organisation folder. Every file is checked and every problem
 * reported together, so a broken folder stops start-up once with the whole list.
 */
export function loadOrg(dir: string = SAMPLE_ORG_DIR): Org {
  const root = resolve(dir);
  const errors: ConfigError[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof ConfigError) errors.push(error);
      else throw error;
      return undefined;
    }
  };
  const read = (name: string): string => {
    const file = join(root, name);
    if (!existsSync(file)) throw new ConfigError(file, [{ message: 'file is missing' }]);
    return readUtf8File(file);
  };

  if (!existsSync(root))
    throw new OrgLoadError([new ConfigError(root, [{ message: 'organisation folder does not exist' }])]);

  const info = attempt(() => {
    const file = join(root, 'org.json');
    if (!existsSync(file)) throw new ConfigError(file, [{ message: 'file is missing' }]);
    return readJsonConfig(file, orgInfoSchema);
  });
  const staff = attempt(() => parseStaffCsv(read('staff.csv'), join(root, 'staff.csv')));
  const documents = attempt(() => loadPolicies(join(root, 'policies'))) ?? [];
  const slugs = new Set(documents.map((d) => d.slug));
  const faq = existsSync(join(root, 'faq.csv'))
    ? attempt(() => parseFaqCsv(read('faq.csv'), join(root, 'faq.csv'), slugs))
    : [];
  const synonyms = existsSync(join(root, 'synonyms.txt')) ? parseSynonyms(read('synonyms.txt')) : [];
  const vocabularyFile = join(root, LEARNED_VOCABULARY_FILE);
  const learnedVocabulary = existsSync(vocabularyFile)
    ? attempt(() => parseLearnedVocabulary(read(LEARNED_VOCABULARY_FILE), vocabularyFile))
    : undefined;
  const questionsFile = join(root, SECTION_QUESTIONS_FILE);
  const sectionQuestions = existsSync(questionsFile)
    ? attempt(() => parseSectionQuestions(read(SECTION_QUESTIONS_FILE), questionsFile, documents))
    : undefined;
  const calendar = attempt(() => loadCalendar(root));
  const reminders = attempt(() => loadReminderConfig(root));
  const leaveRules = attempt(() => loadLeaveRules(join(root, 'leave-rules.json')));

  const inbox = info?.hrCopies.mode === 'inbox' ? info.hrCopies.staffId : undefined;
  const inboxPerson = inbox ? staff?.find((s) => s.id === inbox) : undefined;
  if (inbox && staff && !inboxPerson?.roles.includes('hr'))
    errors.push(
      new ConfigError(join(root, 'org.json'), [
        {
          row: 'hrCopies',
          field: 'staffId',
          message:
            `"${inbox}" ${inboxPerson ? 'does not have the hr role' : 'is not in staff.csv'}; ` +
            "name an HR officer's staff id",
        },
      ]),
    );
  if (errors.length || !info || !staff || !calendar || !reminders) throw new OrgLoadError(errors);
  return {
    dir: root,
    info,
    directory: new Directory(staff),
    documents,
    faq: faq ?? [],
    synonyms,
    ...(learnedVocabulary ? { learnedVocabulary } : {}),
    ...(sectionQuestions ? { sectionQuestions } : {}),
    calendar,
    reminders,
    ...(leaveRules ? { leaveRules } : {}),
  };
}

function loadCalendar(root: string): WorkCalendar {
  const file = join(root, 'holidays.json');
  if (!existsSync(file)) return createWorkCalendar();
  try {
    return createWorkCalendar(parseHolidayOverride(JSON.parse(readFileSync(file, 'utf8')), file));
  } catch (error) {
    if (error instanceof HolidayOverrideError)
      throw new ConfigError(
        file,
        error.issues.map((i) => ({ row: i.path || undefined, message: i.message })),
      );
    throw new ConfigError(file, [{ message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

function loadPolicies(dir: string): PolicyDocument[] {
  if (!existsSync(dir)) throw new ConfigError(dir, [{ message: 'policies folder is missing' }]);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  if (!files.length) throw new ConfigError(dir, [{ message: 'no policy documents (*.md) found' }]);
  return files.map((f) => parsePolicyDocument(readFileSync(join(dir, f), 'utf8'), basename(f, '.md'), join(dir, f)));
}
