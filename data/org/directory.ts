import { hasRole, type Role, type Staff } from './staff.ts';

/** Read-only lookups over the staff directory. */
export class Directory {
  private readonly byId = new Map<string, Staff>();
  private readonly byWecom = new Map<string, Staff>();

  constructor(readonly all: readonly Staff[]) {
    for (const s of all) {
      this.byId.set(s.id, s);
      if (s.wecomUserId) this.byWecom.set(s.wecomUserId.toLowerCase(), s);
    }
  }

  get(id: string): Staff | undefined {
    return this.byId.get(id);
  }

  byWecomUserId(userId: string): Staff | undefined {
    return this.byWecom.get(userId.toLowerCase());
  }

  /** Exact id, exact name, then a unique name prefix: for HR commands and the terminal's `/as`. */
  find(query: string): Staff | undefined {
    const q = query.trim();
    const exact = this.byId.get(q) ?? this.all.find((s) => s.name === q);
    if (exact) return exact;
    const partial = this.all.filter((s) => s.name.includes(q) || s.id.toLowerCase() === q.toLowerCase());
    return partial.length === 1 ? partial[0] : undefined;
  }

  withRole(role: Role): Staff[] {
    return this.all.filter((s) => hasRole(s, role));
  }

  team(team: string): Staff[] {
    return this.all.filter((s) => s.team === team);
  }

  department(department: string): Staff[] {
    return this.all.filter((s) => s.department === department);
  }

  teams(): string[] {
    return [...new Set(this.all.map((s) => s.team))];
  }

  departments(): string[] {
    return [...new Set(this.all.map((s) => s.department))];
  }

  /** The first person in `team` holding `role` (a team's lead, a project's lead). */
  leadOf(team: string, role: Role): Staff | undefined {
    return this.all.find((s) => s.team === team && hasRole(s, role));
  }

  headOf(department: string): Staff | undefined {
    return this.all.find((s) => s.department === department && hasRole(s, 'dept_head'));
  }
}
