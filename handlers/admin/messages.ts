import { formatBindCode } from '../../bot/identity/bind-code-text.ts';
import { formatDateTime } from '../../data/time/index.ts';

export const adminText = {
  noSuchStaff: (q: string) => `目录里找不到「${q}」，请用工号（如 S011）或全名。`,
  bindCodeUsage: '请写上工号或姓名，例如：绑定码 S011',
  unbindUsage: '请写上要解绑的工号或姓名，例如：解绑 S011',
  code: (name: string, id: string, code: string, expiresAt: Date, replaced = false) =>
    `${name}（${id}）的绑定码：${formatBindCode(code)}\n` +
    `请只交给本人，让本人在微信上把这 12 位数字发给我（空格可不打），${formatDateTime(expiresAt)}前有效，只能用一次。` +
    (replaced ? `\n之前给${name}的绑定码已作废，请以这个为准。` : ''),
  failuresNone: (days: number) => `最近${days}天没有错误的绑定码。`,
  failuresPausedNow: (until: string) => `⚠ 错误的绑定码太多，绑定码暂停接收至${until}。`,
  failuresTotal: (days: number, total: number, contacts: number) =>
    `最近${days}天错误的绑定码 ${total} 次，来自 ${contacts} 个联系人：`,
  failuresPauses: (at: string[]) => `暂停过 ${at.length} 次：${at.join('、')}`,
  failuresContact: (channel: string, id: string, count: number, last: string, limited: boolean) =>
    `${channel} ${id} · ${count} 次，最后一次 ${last}${limited ? '，曾达上限被静默' : ''}`,
  failuresMore: (n: number) => `……另有 ${n} 个联系人`,
  bindingsEmpty: '目前还没有人绑定微信。',
  bindings: (lines: string[]) => `已绑定 ${lines.length} 人：\n${lines.join('\n')}`,
  unbound: (name: string, n: number) =>
    n ? `已解除${name}的绑定（${n} 个）。本人需要新的绑定码才能再使用。` : `${name}没有绑定。`,
  reloaded: '已重新加载机构资料，制度问答索引也已更新。',
  reloadFailed: (problems: string) =>
    `机构资料有错误，没有加载，仍在使用上一版：\n${problems.slice(0, 500)}\n请改好后再保存（或发「重新加载」）。`,
};
