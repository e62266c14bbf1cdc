/** What the bot says to people it does not know yet, and about binding. */
export const identityText = {
  unknownSender: (orgName: string, hrContact: string) =>
    `您好！我是${orgName}的同工助手，只为本机构同工服务。\n` +
    `您还没有登记：请向${hrContact}索取六位数的绑定码，然后把绑定码发给我即可。`,
  unknownInGroup: '您好！请先私聊我完成登记（向人力资源部索取绑定码）。',
  bound: (name: string) => `绑定成功，${name}您好！以后在这里找我就可以了。发送「帮助」看看我能做什么。`,
  codeUnknown: '这个绑定码不对，请核对后再发一次；如仍不行，请向人力资源部重新索取。',
  codeUsed: '这个绑定码已经用过了，请向人力资源部重新索取一个。',
  codeExpired: '这个绑定码已过期（有效期 7 天），请向人力资源部重新索取。',
};
