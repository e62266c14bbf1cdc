/** A person's own choice about public birthday greetings, over the directory's greet_publicly. */
export interface BirthdayTables {
  birthday_prefs: {
    staff_id: string;
    /** 0/1 */
    greet_publicly: number;
    updated_at: string;
  };
}
