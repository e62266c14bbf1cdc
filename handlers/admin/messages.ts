import { formatDateTime } from '../../bot/time/index.ts';

export const adminText = {
  onlyHr: '抱歉，这个操作只有人力资源部的同事可以使用。',
  noSuchStaff: (q: string) => `目录里找不到「${q}」，请用工号（如 S011）或全名。`,
  code: (name: string, id: string, code: string, expiresAt: Date) =>
    `${name}（${id}）的绑定码：${code}\n请让本人在微信上把这 6 位数字发给我，${formatDateTime(expiresAt)}前有效，只能用一次。`,
  bindingsEmpty: '目前还没有人绑定微信。',
  bindings: (lines: string[]) => `已绑定 ${lines.length} 人：\n${lines.join('\n')}`,
  unbound: (name: string, n: number) => (n ? `已解除${name}的绑定（${n} 个）。本人需要新的绑定码才能再使用。` : `${name}没有绑定。`),
  reloaded: '已重新加载机构资料，制度问答索引也已更新。',
  reloadFailed: (problems: string) =>
    `机构资料有错误，没有加载，仍在使用上一版：\n${problems.slice(0, 500)}\n请改好后再保存（或发「重新加载」）。`,
};
