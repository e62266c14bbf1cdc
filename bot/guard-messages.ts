/** What the dispatcher tells someone a handler's guard refuses. */
export const guardText = {
  hrOnly: '抱歉，这个操作只有人力资源部的同事可以使用。',
  leadOrAbove: '抱歉，这个操作只有人力资源部和组长可以使用。',
};
