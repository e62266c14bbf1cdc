import type { FastifyInstance } from 'fastify';
import { hashToken, newToken } from '../../handlers/web-login/login-link.ts';
import type { Viewer } from '../auth/viewer.ts';
import { html } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';
import { stamp } from '../views/labels.ts';
import { teamsInScope } from '../views/scope-view.ts';
import type { WebDeps } from '../web-deps.ts';
import { sendHtml, viewerOf } from './respond.ts';

/**
 * The calendar subscription block of `/calendar`. Calendar apps (iPhone, Outlook, Google) fetch
 * a URL on their own, without the console's cookie, so the URL carries a secret token: one
 * per person, showing that person's scope (re-checked on every fetch: leaving or losing the
 * role ends it), shown once when made, revocable.
 */
export async function feedSection(deps: WebDeps, viewer: Viewer) {
  const since = await deps.feeds.liveSince(viewer.person.id);
  const make = html`<form class="inline" method="post" action="/calendar/feed">${csrfField(viewer)}
<button class="secondary">${since ? '重新生成订阅链接' : '生成订阅链接'}</button></form>`;
  const stop = since
    ? html`<form class="inline" method="post" action="/calendar/feed/revoke">${csrfField(viewer)}
<button class="danger">停用订阅链接</button></form>`
    : '';
  return html`<details class="card"><summary>订阅到手机或电脑日历</summary>
<p class="small muted">生成一个专属链接，添加到日历应用（iPhone「日历」→ 添加订阅日历，Outlook、Google 日历「从网址添加」）后，
已批准的请假会自动出现在日历里（只有姓名和假别，没有事由）。链接等同于您的查看权限，请勿转发；
${since ? `您已于 ${stamp(since, deps.clock.now())} 生成过链接。链接只在生成时显示一次，重新生成后旧链接随即失效。` : '您还没有生成链接。'}</p>
<div class="actions">${make}${stop}</div></details>`;
}

/** `/calendar/feed` makes (or replaces) the viewer's link and shows it once; `/calendar/feed/revoke` ends it. */
export function calendarFeedPage(app: FastifyInstance, deps: WebDeps): void {
  app.post('/calendar/feed', async (req, reply) => {
    const viewer = viewerOf(req);
    const now = deps.clock.now();
    const token = newToken();
    const had = await deps.feeds.liveSince(viewer.person.id);
    await deps.feeds.replace(hashToken(token), viewer.person.id, now);
    const change = { before: { live: !!had }, after: { live: true } };
    await deps.audit.add(
      { actorId: viewer.person.id, action: 'calendar.feed', target: `staff:${viewer.person.id}`, ...change },
      now,
    );
    const url = (team?: string) =>
      `${deps.baseUrl}/calendar.ics?token=${token}${team ? `&team=${encodeURIComponent(team)}` : ''}`;
    const teams = teamsInScope(deps.org(), viewer.scope);
    const links = [
      ...(teams.length > 1 ? [{ label: '我管理范围内的全部小组', href: url() }] : []),
      ...teams.map((t) => ({ label: t, href: url(t) })),
    ];
    const body = html`<p class="small"><a href="/calendar">← 请假日历</a></p><h1>日历订阅链接</h1>
<div class="card"><p>把下面的链接复制到日历应用的「订阅日历 / 从网址添加」里。<strong>链接只显示这一次</strong>，请现在复制；
${had ? '之前的链接已失效。' : ''}不再需要时，在「日历」页停用。</p>
${links.map(
  (l) => html`<label class="gap-top">${l.label}<input class="copy" readonly value="${l.href}">
</label>`,
)}</div>`;
    return sendHtml(reply, page(viewer, { title: '日历订阅链接', active: '/calendar' }, body));
  });

  app.post('/calendar/feed/revoke', async (req, reply) => {
    const viewer = viewerOf(req);
    const now = deps.clock.now();
    const revoked = await deps.feeds.revoke(viewer.person.id, now);
    if (revoked) {
      const change = { before: { live: true }, after: { live: false } };
      await deps.audit.add(
        { actorId: viewer.person.id, action: 'calendar.unfeed', target: `staff:${viewer.person.id}`, ...change },
        now,
      );
    }
    const text = revoked ? '订阅链接已停用，日历应用将不再收到更新。' : '您没有在用的订阅链接。';
    const body = html`<p><a href="/calendar">返回请假日历</a></p>`;
    return sendHtml(reply, page(viewer, { title: '请假日历', active: '/calendar', flash: { text } }, body));
  });
}
