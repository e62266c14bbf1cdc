import type { Viewer } from '../auth/viewer.ts';
import { html, type SafeHtml } from './html.ts';

export interface NavItem {
  readonly path: string;
  readonly label: string;
  /** Only HR sees this page (it changes organisation-wide data). */
  readonly hrOnly?: boolean;
}

export const NAV: readonly NavItem[] = [
  { path: '/', label: '今日' },
  { path: '/requests', label: '请假加班' },
  { path: '/calendar', label: '日历' },
  { path: '/balances', label: '余额' },
  { path: '/notices', label: '通知' },
  { path: '/deadlines', label: '材料上交' },
  { path: '/questions', label: '待答问题', hrOnly: true },
  { path: '/staff', label: '人员' },
  { path: '/schedule', label: '定时发送', hrOnly: true },
  { path: '/audit', label: '操作记录', hrOnly: true },
];

export interface PageOptions {
  readonly title: string;
  /** The nav path to highlight. */
  readonly active?: string;
  readonly flash?: { readonly text: string; readonly bad?: boolean };
}

function scopeLabel(viewer: Viewer): string {
  const s = viewer.scope;
  return s.kind === 'all' ? '全机构' : s.kind === 'department' ? s.department : s.team;
}

/** A console page: header with who is signed in (and their scope), the nav, the body. */
export function page(viewer: Viewer | undefined, options: PageOptions, body: SafeHtml): string {
  const isHr = viewer?.scope.kind === 'all';
  const nav = viewer
    ? html`<nav class="main">${NAV.filter((n) => !n.hrOnly || isHr).map((n) => {
        const on = n.path === options.active ? html` class="on" aria-current="page"` : '';
        return html`<a href="${n.path}"${on}>${n.label}</a>`;
      })}</nav>`
    : '';
  const who = viewer
    ? html`<div class="who"><span>${viewer.person.name} · ${scopeLabel(viewer)}</span>
        <form method="post" action="/logout"><input type="hidden" name="_csrf" value="${viewer.csrf}">
<button class="link">退出</button></form></div>`
    : '';
  const flash = options.flash
    ? html`<div class="flash${options.flash.bad ? ' bad' : ''}" role="status">${options.flash.text}</div>`
    : '';
  return html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · 同工助手管理后台</title><link rel="stylesheet" href="/static/style.css"></head>
<body><header class="top"><span class="brand">同工助手 · 管理后台</span>${who}</header>${nav}
<main>${flash}${body}</main></body></html>`.value;
}

/** A page with one short message (login, refusals, errors), centred. */
export function messagePage(viewer: Viewer | undefined, title: string, text: string, extra?: SafeHtml): string {
  return page(viewer, { title }, html`<div class="center card"><h1>${title}</h1><p>${text}</p>${extra ?? ''}</div>`);
}

/** The hidden field every form that changes something carries. */
export function csrfField(viewer: Viewer): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${viewer.csrf}">`;
}
