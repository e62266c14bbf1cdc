import { handler, type Handler } from '../../bot/handler.ts';
import { hrOnly } from '../../bot/guards.ts';
import type { OrgStore } from '../../bot/org-store.ts';
import { hears } from '../../bot/triggers.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { BindingsRepo } from '../../data/repos/bindings-repo.ts';
import { identityText } from '../../bot/identity/messages.ts';
import { bindingFailuresReport } from './binding-failures.ts';
import { adminText } from './messages.ts';

/** HR's chat commands for identities and data: the same as `tonggong bind-code`, `bindings`, `unbind`. */
export function adminHandlers(deps: { db: Db; bindings: BindingsRepo; store: OrgStore }): Handler[] {
  const directory = () => deps.store.org.directory;
  return [
    {
      // A bare 「绑定码」 is HR asking how: the usage line, not the Q&A's decline.
      name: 'admin-bind-code-usage',
      trigger: hears(/^绑定码[。.!！?？]*$/),
      guard: hrOnly,
      handle: (ctx) => ctx.reply(adminText.bindCodeUsage),
    },
    handler({
      name: 'admin-bind-code',
      trigger: hears(/^绑定码\s*(\S+)$/),
      guard: hrOnly,
      async handle(ctx, [, q = '']) {
        const found = directory().matching(q);
        if (found.length > 1) return ctx.reply(identityText.whichPerson(q, found, `绑定码 ${found[0]!.id}`));
        const person = found[0];
        if (!person) return ctx.reply(adminText.noSuchStaff(q));
        const lifetimeMs = deps.store.org.info.binding.codeLifetimeHours * 3600 * 1000;
        const { code, expiresAt, replaced } = await deps.bindings.createCode(person.id, ctx.now, lifetimeMs);
        await ctx.replyPrivately(adminText.code(person.name, person.id, code, expiresAt, replaced));
      },
    }),
    {
      // Like 「绑定码」: a bare 「解绑」 is HR asking how.
      name: 'admin-unbind-usage',
      trigger: hears(/^解绑[。.!！?？]*$/),
      guard: hrOnly,
      handle: (ctx) => ctx.reply(adminText.unbindUsage),
    },
    {
      name: 'admin-bindings',
      trigger: hears(/^绑定列表$/),
      guard: hrOnly,
      async handle(ctx) {
        const list = await deps.bindings.list();
        if (!list.length) return ctx.replyPrivately(adminText.bindingsEmpty);
        const lines = list.map((b) => `${directory().get(b.staffId)?.name ?? b.staffId}（${b.staffId}）· ${b.channel}`);
        await ctx.replyPrivately(adminText.bindings(lines));
      },
    },
    {
      name: 'admin-binding-failures',
      trigger: hears(/^绑定失败(记录)?$/),
      guard: hrOnly,
      async handle(ctx) {
        await ctx.replyPrivately(await bindingFailuresReport(deps.db, deps.store.org.info.binding, ctx.now));
      },
    },
    handler({
      name: 'admin-unbind',
      trigger: hears(/^解绑\s*(\S+)$/),
      guard: hrOnly,
      async handle(ctx, [, q = '']) {
        const found = directory().matching(q);
        if (found.length > 1) return ctx.reply(identityText.whichPerson(q, found, `解绑 ${found[0]!.id}`));
        const person = found[0];
        if (!person) return ctx.reply(adminText.noSuchStaff(q));
        await ctx.replyPrivately(adminText.unbound(person.name, await deps.bindings.revoke(person.id)));
      },
    }),
    {
      name: 'admin-reload',
      trigger: hears(/^重新加载$/),
      guard: hrOnly,
      async handle(ctx) {
        // The one who asked hears the problems (privately: they name staff rows); nobody else is told twice.
        const problems = await deps.store.reload({ quietly: true });
        await ctx.replyPrivately(problems ? adminText.reloadFailed(problems) : adminText.reloaded);
      },
    },
  ];
}
