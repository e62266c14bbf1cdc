import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PolicyDocument } from '../../data/org/policy-document.ts';
import type { QueuedQuestion } from '../../data/repos/question-queue-repo.ts';
import { answerQuestion } from '../../handlers/qa-loop/answer-question.ts';
import { ignoreQuestion } from '../../handlers/qa-loop/ignore-question.ts';
import { mapQuestion } from '../../handlers/qa-loop/map-question.ts';
import type { SectionRef } from '../../handlers/qa-loop/pick-section.ts';
import { MAX_REPLY } from '../../handlers/qa-loop/question-desk.ts';
import { saveAsFaq } from '../../handlers/qa-loop/save-as-faq.ts';
import { MAX_EXCERPT, sectionName } from '../../handlers/qa-loop/section-excerpt.ts';
import type { Viewer } from '../auth/viewer.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';
import { stamp } from '../views/labels.ts';
import type { WebDeps } from '../web-deps.ts';
import { field, forbidden, notFound, sendHtml, viewerOf } from './respond.ts';

type Flash = { text: string; bad?: boolean };

const KIND: Record<string, string> = {
  declined: '没找到答案',
  disliked: '说答错了',
  'choice-not-picked': '给的选项都不是',
};
const STATUS: Record<string, string> = { open: '待回复', answered: '已回复', ignored: '已忽略' };

/** A section picked from the list: `slug::path` (slugs are file names, never holding `::`). */
function sectionRef(value: string): SectionRef | undefined {
  const at = value.indexOf('::');
  return at > 0 ? { doc: value.slice(0, at), path: value.slice(at + 2) } : undefined;
}

/** Every section of every document, indented by depth, for a `<select>`. */
function sectionOptions(documents: readonly PolicyDocument[], selected?: SectionRef | null): SafeHtml {
  return html`${documents.map(
    (d) =>
      html`<optgroup label="${d.short}">${d.sections.map((s) => {
        const path = s.path.join(' › ');
        const on = selected?.doc === d.slug && selected.path === path;
        const label = `${'　'.repeat(s.path.length - 1)}${s.path.at(-1) ?? ''}`;
        return html`<option value="${d.slug}::${path}"${on ? html` selected` : ''}>${label}</option>`;
      })}</optgroup>`,
  )}`;
}

/**
 * `/questions` (HR): the unanswered-questions queue on the web. Answering, saving as FAQ,
 * mapping to a section and ignoring call the chat's own services (「回复问题」「存为问答」
 * 「问题 5 对应 …」「忽略问题」): the same checks, the same private messages to the askers,
 * the same faq.csv rows; each change is audited.
 */
export function questionsPage(app: FastifyInstance, deps: WebDeps): void {
  const repo = deps.questions.repo;

  const list = async (viewer: Viewer, reply: FastifyReply, flash?: Flash) => {
    const org = deps.org();
    const now = deps.clock.now();
    const open = await repo.open();
    const unsaved = await repo.answeredUnsaved(20);
    const quoted = (q: QueuedQuestion) => {
      if (!q.section) return '';
      const s = sectionName(org.documents, q.section.doc, q.section.path);
      return html`<div class="small muted">当时引用了《${s.short}》${s.heading}</div>`;
    };
    const body = html`<h1>待回复问题（${open.length}）</h1>
<p class="small muted">同工问了、同工助手没答上或被说答错的问题，相似的合并计数，问得多的在前。
答复会私信发给问过的同工；存为问答或对应到制度章节后，以后同样的问题会直接得到答复。</p>
${
  open.length
    ? html`<div class="table-wrap"><table><thead><tr><th>编号</th><th>问题</th><th>次数</th><th>最近一次</th></tr></thead><tbody>
${open.map(
  (q) => html`<tr><td>${q.id}</td><td class="wrap"><a href="/questions/${q.id}">${q.text}</a>${quoted(q)}</td>
<td>${q.count}</td><td>${stamp(q.lastAskedAt, now)}</td></tr>`,
)}</tbody></table></div>`
    : html`<p class="card muted">目前没有待回复的问题。👍</p>`
}
${
  unsaved.length
    ? html`<h2>已答复、还没存为问答</h2><ul class="card">${unsaved.map(
        (q) => html`<li><a href="/questions/${q.id}">${q.text}</a>
<span class="small muted">${stamp(q.answeredAt!, now)} 答复</span></li>`,
      )}</ul>`
    : ''
}`;
    return sendHtml(
      reply,
      page(viewer, { title: '待回复问题', active: '/questions', ...(flash ? { flash } : {}) }, body),
    );
  };

  const show = async (viewer: Viewer, reply: FastifyReply, id: number, flash?: Flash, status = 200) => {
    const org = deps.org();
    const now = deps.clock.now();
    const q = Number.isSafeInteger(id) ? await repo.get(id) : undefined;
    if (!q) return notFound(reply, viewer);
    const kinds = await repo.kinds(q.id);
    const entries = Object.entries(kinds);
    const why =
      entries.length === 1 ? KIND[entries[0]![0]] : entries.map(([k, n]) => `${KIND[k] ?? k} ${n}次`).join('、');
    const action = (what: string) => `/questions/${q.id}/${what}`;
    const quoted = q.section ? sectionName(org.documents, q.section.doc, q.section.path) : null;
    const answerForm = html`<h2>答复提问的同工</h2><form class="card" method="post" action="${action('answer')}">
${csrfField(viewer)}<label>答复（私信发给问过的同工，${MAX_REPLY}字以内）
<textarea name="answer" required maxlength="${MAX_REPLY}"></textarea></label>
<div class="actions gap-top"><button>发送答复</button></div></form>`;
    const mapForm = html`<h2>对应到制度章节</h2><form class="card" method="post" action="${action('map')}">${csrfField(viewer)}
<p class="small muted">制度里已有答案时用这个：同工助手会私信提问的同工这一节的相关内容，以后这样问会直接引用它。</p>
<label>章节<select name="section" required><option value="">请选择…</option>
${sectionOptions(org.documents, q.section)}</select></label>
<div class="actions gap-top"><button>对应到这一节</button></div></form>`;
    const ignoreForm = html`<h2>不需要答复？</h2><form method="post" action="${action('ignore')}">${csrfField(viewer)}
<p class="small muted">忽略后不再出现在列表里，提问的同工不会收到消息。</p><button class="danger">忽略这个问题</button></form>`;
    const saveForm =
      q.status === 'answered' && q.answer && !q.savedAt
        ? html`<h2>存为问答</h2><form class="card" method="post" action="${action('save')}">${csrfField(viewer)}
<p class="small muted">以后有人这样问，会直接得到这个答复（问答库的答复限${MAX_EXCERPT}字）。</p>
<label>出处（可选）<select name="section"><option value="">不注明出处（注明为人力资源部答复）</option>
${sectionOptions(org.documents)}</select></label>
<div class="actions gap-top"><button>存为问答</button></div></form>`
        : '';
    const body = html`<p class="small"><a href="/questions">← 待回复问题</a></p>
<h1>问题 ${q.id} <span class="badge ${q.status === 'open' ? 'pending' : 'approved'}">${STATUS[q.status]}</span></h1>
<div class="card"><p>${q.text}</p><dl class="kv small"><dt>问过</dt><dd>${q.count}次${why ? `（${why}）` : ''}</dd>
${
  q.count > 1
    ? html`<dt>首次 / 最近</dt><dd>${stamp(q.firstAskedAt, now)} / ${stamp(q.lastAskedAt, now)}</dd>`
    : html`<dt>时间</dt><dd>${stamp(q.firstAskedAt, now)}</dd>`
}
${quoted ? html`<dt>当时引用</dt><dd>《${quoted.short}》${quoted.heading}</dd>` : ''}
${q.answer ? html`<dt>答复</dt><dd>${q.answer}</dd>` : ''}${
  q.savedAt
    ? html`<dt>已存为问答</dt>
<dd>${stamp(q.savedAt, now)}</dd>`
    : ''
}</dl></div>
${q.status === 'open' ? html`${answerForm}${mapForm}${ignoreForm}` : saveForm}`;
    const title = `问题 ${q.id}`;
    return sendHtml(reply, page(viewer, { title, active: '/questions', ...(flash ? { flash } : {}) }, body), status);
  };

  app.get('/questions', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    return list(viewer, reply);
  });

  app.get<{ Params: { id: string } }>('/questions/:id', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    return show(viewer, reply, Number(req.params.id));
  });

  app.post<{ Params: { id: string; action: string } }>('/questions/:id/:action', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    const id = Number(req.params.id);
    const before = Number.isSafeInteger(id) ? await repo.get(id) : undefined;
    if (!before) return notFound(reply, viewer);
    const now = deps.clock.now();
    const actor = viewer.person.id;
    const picked = field(req.body, 'section');
    const section = picked ? sectionRef(picked) : undefined;
    let outcome: { ok: boolean; text: string };
    switch (req.params.action) {
      case 'answer':
        outcome = await answerQuestion(deps.questions, id, field(req.body, 'answer'), actor, now);
        break;
      case 'save':
        if (picked && !section) return show(viewer, reply, id, { text: '请从列表里选择章节。', bad: true }, 422);
        outcome = await saveAsFaq(deps.questions, before, section, now);
        break;
      case 'map':
        if (!section) return show(viewer, reply, id, { text: '请从列表里选择章节。', bad: true }, 422);
        outcome = await mapQuestion(deps.questions, id, section, actor, now);
        break;
      case 'ignore':
        outcome = await ignoreQuestion(deps.questions, id, now);
        break;
      default:
        return notFound(reply, viewer);
    }
    if (!outcome.ok) return show(viewer, reply, id, { text: outcome.text, bad: true }, 422);
    const after = await repo.get(id);
    const snapshot = (q: QueuedQuestion | undefined) => ({
      status: q ? STATUS[q.status] : null,
      answer: q?.answer ?? null,
      saved: !!q?.savedAt,
    });
    const change = {
      before: snapshot(before),
      after: { ...snapshot(after), ...(section ? { section: section.path } : {}) },
    };
    await deps.audit.add(
      { actorId: actor, action: `question.${req.params.action}`, target: `question:${id}`, ...change },
      now,
    );
    // The chat's reply names chat commands for the next step; the page shows the form instead.
    const text = outcome.text
      .split('\n')
      .filter((l) => !/请发「存为问答」/.test(l))
      .join('\n');
    if (req.params.action === 'ignore') return list(viewer, reply, { text });
    return show(viewer, reply, id, { text });
  });
}
