import type { Feature } from '../feature.ts';
import { adminHandlers } from './admin-handlers.ts';
import { tellHrReloadRefused } from './tell-hr-reload-refused.ts';

/** HR's identity and data commands; HR hears when a saved organisation file was refused. */
export const adminFeature: Feature = {
  name: 'admin',
  help: { hr: { rank: 60, text: '绑定码 S011 / 绑定列表 / 绑定失败记录 / 解绑 S011 / 重新加载' } },
  jobs: [],
  wire(deps) {
    deps.store.onReloadFailed((problems) => tellHrReloadRefused(deps, problems));
    return { handlers: adminHandlers({ db: deps.db, bindings: deps.bindings, store: deps.store }) };
  },
};
