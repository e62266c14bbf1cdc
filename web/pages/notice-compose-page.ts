import type { FastifyInstance, FastifyReply } from 'fastify';
import { formatDateTime, shanghaiDate, shanghaiParts } from '../../data/time/index.ts';
import { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { createNotice } from '../../handlers/notices/create-notice.ts';
import { noticeText } from '../../handlers/notices/messages.ts';
import { MAX_NOTICE_LENGTH } from '../../handlers/notices/notice-compose-flow.ts';
import { QUIET_FROM_HOUR, QUIET_UNTIL_HOUR } from '../../handlers/notices/odd-send-time.ts';
import type { Viewer } from '../auth/viewer.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';
import { checkDraft, draftFields, type DraftFields } from '../views/notice-draft.ts';
import type { WebDeps } from '../web-deps.ts';
import { forbidden, sendHtml, viewerOf } from './respond.ts';

const BLANK: DraftFields = { text: '', all: false, groups: [], people: '', when: 'now', date: '', time: '09:00' };

/** The form's fields again as hidden inputs: the preview's buttons carry the draft back. */
function hidden(f: DraftFields): SafeHtml {
  return html`<input type="hidden" name="text" value="${f.text}">
${f.all ? html`<input type="hidden" name="all" value="1">` : ''}
${f.groups.map((g) => html`<input type="hidden" name="group" value="${g}">`)}
<input type="hidden" name="people" value="${f.people}">
<input type="hidden" name="when" value="${f.when}"><input type="hidden" name="date" value="${f.date}">
<input type="hidden" name="time" value="${f.time}">`;
}

/**
 * `/notices/new` (HR): 「发通知」 on the web. The form, then a preview with the number of
 * recipients (by team), then 确认发送: nothing is stored or sent before that, as in chat. The
 * chat's rules check the draft (its audience parser, length limit, time limits); a night or a
 * day off is shown and must be confirmed; the notice is created by the chat's own service and
 * sent by the scheduler like any other.
 */
export function noticeComposePage(app: FastifyInstance, deps: WebDeps): void {
  const notices = new NoticeRepo(deps.db);

  const form = (viewer: Viewer, reply: FastifyReply, f: DraftFields, problems: readonly string[] = []) => {
    const directory = deps.org().directory;
    const box = (value: string) =>
      html`<label class="check">
<input type="checkbox" name="group" value="${value}"${f.groups.includes(value) ? html` checked` : ''}>${value}</label>`;
    const today = shanghaiDate(deps.clock.now());
    const body = html`<p class="small"><a href="/notices">← 通知</a></p><h1>发通知</h1>
${
  problems.length
    ? html`<div class="flash bad" role="alert">
<ul class="errors">${problems.map((p) => html`<li>${p}</li>`)}</ul></div>`
    : ''
}
<form class="card" method="post" action="/notices/new">${csrfField(viewer)}
<input type="hidden" name="step" value="preview">
<label>通知内容（${MAX_NOTICE_LENGTH}字以内）
<textarea name="text" rows="6" required maxlength="${MAX_NOTICE_LENGTH}">${f.text}</textarea></label>
<h2>发送对象</h2><p class="small muted">每人私信收到，回复「收到」即为确认。不会发给您本人。</p>
<div class="chips"><label class="check"><input type="checkbox" name="all" value="1"${f.all ? html` checked` : ''}>
<strong>全体同工</strong></label></div>
<div class="chips"><span class="small muted">部门</span>${directory.departments().map(box)}</div>
<div class="chips"><span class="small muted">小组</span>${directory.teams().map(box)}</div>
<label class="gap-top">指定同事（姓名或工号，多个用顿号隔开）<input name="people" value="${f.people}" placeholder="如：郑雨、孙浩"></label>
<h2>发送时间</h2>
<div class="chips"><label class="check">
<input type="radio" name="when" value="now"${f.when === 'now' ? html` checked` : ''}>确认后立即发送</label>
<label class="check"><input type="radio" name="when" value="at"${f.when === 'at' ? html` checked` : ''}>定时发送</label>
</div>
<div class="filters gap-top"><label>日期<input type="date" name="date" value="${f.date}" min="${today}"></label>
<label>时间<input type="time" name="time" value="${f.time}"></label></div>
<div class="actions gap-top"><button>预览</button><a href="/notices">取消</a></div></form>`;
    return sendHtml(reply, page(viewer, { title: '发通知', active: '/notices' }, body), problems.length ? 422 : 200);
  };

  app.get('/notices/new', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    return form(viewer, reply, BLANK);
  });

  app.post('/notices/new', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    const f = draftFields(req.body);
    const step = (req.body as Record<string, unknown>).step;
    if (step === 'edit') return form(viewer, reply, f);
    const org = deps.org();
    const now = deps.clock.now();
    const draft = checkDraft(f, org.directory, org.calendar, viewer.person.id, now);
    if (!draft.ok) return form(viewer, reply, f, draft.problems);

    const oddConfirmed = (req.body as Record<string, unknown>).odd_ok === '1';
    if (step === 'send' && (!draft.odd || oddConfirmed)) {
      const { notice, count } = await createNotice(
        notices,
        org.directory,
        {
          authorId: viewer.person.id,
          text: draft.text,
          audience: draft.audience,
          label: draft.label,
          sendAt: draft.sendAt,
        },
        now,
      );
      const sendAt = formatDateTime(notice.sendAt);
      const after = { text: draft.text, audience: draft.label, recipients: count, sendAt };
      await deps.audit.add(
        { actorId: viewer.person.id, action: 'notice.create', target: `notice:${notice.id}`, before: null, after },
        now,
      );
      return reply.redirect(`/notices/${notice.id}?created=1`, 303);
    }

    const year = shanghaiParts(now).year;
    const when = draft.sendAt ? formatDateTime(draft.sendAt, { referenceYear: year }) : '确认后立即发送';
    const night = `在深夜（${QUIET_FROM_HOUR}:00–0${QUIET_UNTIL_HOUR}:00），会打扰大家休息`;
    const odd = draft.odd
      ? html`<div class="flash bad" role="alert">${formatDateTime(draft.sendAt!)}${
          draft.odd.kind === 'night' ? night : draft.odd.holiday ? `是${draft.odd.holiday}假期（休息日）` : '是休息日'
        }。确定在这个时间发吗？</div>`
      : '';
    const pausedAhead = !!draft.sendAt && (await deps.schedulerSwitch.isPaused());
    const paused = pausedAhead ? html`<p class="small muted">${noticeText.pausedAhead}</p>` : '';
    const byTeam = org.directory.teams().flatMap((team) => {
      const names = draft.recipients.filter((p) => p.team === team).map((p) => p.name);
      return names.length ? [html`<li>${team}（${names.length}）：${names.join('、')}</li>`] : [];
    });
    const body = html`<h1>确认这条通知</h1>${odd}
<div class="card"><p class="pre">${draft.text}</p>
<dl class="kv small"><dt>发送对象</dt><dd>${draft.label}，共 <strong>${draft.recipients.length}</strong> 人（不含您本人）</dd>
<dt>发送时间</dt><dd>${when}</dd></dl>
<details class="gap-top"><summary class="small">收件人名单</summary><ul class="small">${byTeam}</ul></details>${paused}</div>
<div class="actions"><form method="post" action="/notices/new">${csrfField(viewer)}${hidden(f)}
<input type="hidden" name="step" value="send">${draft.odd ? html`<input type="hidden" name="odd_ok" value="1">` : ''}
<button>${draft.odd ? '确定按这个时间发送' : '确认发送'}</button></form>
<form method="post" action="/notices/new">${csrfField(viewer)}${hidden(f)}<input type="hidden" name="step" value="edit">
<button class="secondary">返回修改</button></form><a href="/notices">放弃</a></div>`;
    return sendHtml(reply, page(viewer, { title: '确认通知', active: '/notices' }, body));
  });
}
