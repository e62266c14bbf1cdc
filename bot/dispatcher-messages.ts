/** What the dispatcher says when it cannot hand a message to a feature. */
export const dispatcherText = {
  onlyText: '抱歉，我目前只能看懂文字消息。请用文字告诉我您需要什么，或发送「帮助」。',
  empty: '您好，我在的。请直接打字告诉我您的问题，或发送「帮助」看看我能做什么。',
  tooLong: (length: number, max: number) => `这条消息有 ${length} 字，太长了。请精简到 ${max} 字以内再发一次。`,
  internalError: '抱歉，我这边出了点问题，刚才的消息没有处理成功。请稍后再试；如果一直这样，请联系人力资源部。',
};
