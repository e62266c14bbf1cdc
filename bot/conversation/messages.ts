/** What the conversation engine itself says. */
export const conversationText = {
  cancelled: (title: string) => `好的，已取消${title}。需要时随时再找我。`,
  expired: (title: string) => `您之前未完成的${title}已超时，我先帮您取消了。如需继续，请重新开始。`,
  outdated: (title: string) => `系统刚更新过，您之前未完成的${title}需要重新开始，抱歉给您添麻烦了。`,
};
