import type { Handler } from '../../bot/handler.ts';
import type { OrgStore } from '../../bot/org-store.ts';
import { all, fromRole, hears } from '../../bot/triggers.ts';
import type { BindingsRepo } from '../../data/repos/bindings-repo.ts';
import { adminText } from './messages.ts';

/** HR's chat commands for identities and data: the same as `tonggong bind-code`, `bindings`, `unbind`. */
export function adminHandlers(deps: { bindings: BindingsRepo; store: OrgStore }): Handler[] {
  const hrOnly = fromRole('hr');
  const directory = () => deps.store.org.directory;
  return [
    {
      name: 'admin-refuse',
      trigger: all((ctx) => !hrOnly(ctx), hears(/^(绑定码|绑定列表|解绑|重新加载)/)),
      handle: (ctx) => ctx.reply(adminText.onlyHr),
    },
    {
      name: 'admin-bind-code',
      trigger: all(hrOnly, hears(/^绑定码\s*\S+$/)),
      async handle(ctx) {
        const q = ctx.text.replace(/^绑定码\s*/, '');
        const person = directory().find(q);
        if (!person) return ctx.reply(adminText.noSuchStaff(q));
        const { code, expiresAt } = await deps.bindings.createCode(person.id, ctx.now);
        await ctx.replyPrivately(adminText.code(person.name, person.id, code, expiresAt));
      },
    },
    {
      name: 'admin-bindings',
      trigger: all(hrOnly, hears(/^绑定列表$/)),
      async handle(ctx) {
        const list = await deps.bindings.list();
        if (!list.length) return ctx.replyPrivately(adminText.bindingsEmpty);
        const lines = list.map((b) => `${directory().get(b.staffId)?.name ?? b.staffId}（${b.staffId}）· ${b.channel}`);
        await ctx.replyPrivately(adminText.bindings(lines));
      },
    },
    {
      name: 'admin-unbind',
      trigger: all(hrOnly, hears(/^解绑\s*\S+$/)),
      async handle(ctx) {
        const q = ctx.text.replace(/^解绑\s*/, '');
        const person = directory().find(q);
        if (!person) return ctx.reply(adminText.noSuchStaff(q));
        await ctx.replyPrivately(adminText.unbound(person.name, await deps.bindings.revoke(person.id)));
      },
    },
    {
      name: 'admin-reload',
      trigger: all(hrOnly, hears(/^重新加载$/)),
      async handle(ctx) {
        // The one who asked hears the problems (privately: they name staff rows); nobody else is told twice.
        const problems = await deps.store.reload({ quietly: true });
        await ctx.replyPrivately(problems ? adminText.reloadFailed(problems) : adminText.reloaded);
      },
    },
  ];
}
