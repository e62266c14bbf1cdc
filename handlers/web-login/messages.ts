import { formatDateTime } from '../../data/time/index.ts';

export const webLoginText = {
  link: (url: string, expiresAt: Date) =>
    `管理后台登录链接（仅限您本人使用，${formatDateTime(expiresAt)}前有效，只能用一次）：\n${url}\n请不要转发给他人。`,
  refused: '抱歉，管理后台目前只对人力资源部、部长和组长开放。请假、加班和通知确认直接在这里和我说就可以。',
  privateOnly: '登录链接已私信发给您。',
  noConsole: '这里没有开启管理后台。请假、加班、通知和问题的处理都可以直接在这里和我说；需要后台请联系系统管理员。',
};
