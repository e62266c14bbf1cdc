import { hasRole, type Role, type Staff } from './staff.ts';

/** Read-only lookups over the staff directory. */
export class Directory {
  private readonly byId = new Map<string, Staff>();
  /** Channel name → lower-cased sender id → person. */
  private readonly byIdentity = new Map<string, Map<string, Staff>>();

  constructor(readonly all: readonly Staff[]) {
    for (const s of all) {
      this.byId.set(s.id, s);
      for (const [channel, senderId] of Object.entries(s.identities)) {
        const ids = this.byIdentity.get(channel) ?? new Map<string, Staff>();
        ids.set(senderId.toLowerCase(), s);
        this.byIdentity.set(channel, ids);
      }
    }
  }

  get(id: string): Staff | undefined {
    return this.byId.get(id);
  }

  /** Who a channel's sender id belongs to, by the identity columns of staff.csv (case-insensitive). */
  byIdentityOn(channel: string, senderId: string): Staff | undefined {
    return this.byIdentity.get(channel)?.get(senderId.toLowerCase());
  }

  /**
   * Exact id, exact name, then a unique part of a name: for HR commands and the terminal's `/as`.
   * Two people with the same name are never picked between: undefined (use `matching` to ask).
   */
  find(query: string): Staff | undefined {
    const found = this.matching(query);
    return found.length === 1 ? found[0] : undefined;
  }

  /** Everyone a query could mean: the id's owner, everyone of that exact name, or a unique partial match. */
  matching(query: string): Staff[] {
    const q = query.trim();
    const byId = this.byId.get(q) ?? this.byId.get(q.toUpperCase());
    if (byId) return [byId];
    const exact = this.all.filter((s) => s.name === q);
    if (exact.length) return exact;
    const partial = this.all.filter((s) => s.name.includes(q));
    return partial.length === 1 ? partial : [];
  }

  /** Names held by more than one person (check-org warns about them). */
  duplicateNames(): { name: string; people: Staff[] }[] {
    const byName = new Map<string, Staff[]>();
    for (const s of this.all) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
    return [...byName].filter(([, people]) => people.length > 1).map(([name, people]) => ({ name, people }));
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
