/**
 * Conversations every channel must carry the same way: the terminal harness (Simulation)
 * gives the reference answers, and the WeChat and WeCom tests replay the same scripts.
 */
export const CONVERSATION_SCRIPTS: readonly (readonly [name: string, script: readonly string[]])[] = [
  ['help', ['帮助']],
  ['a policy question', ['婚假有几天']],
  ['a leave balance', ['我还有几天年假']],
  ['a leave request read back, then cancelled', ['12月7日到12月9日请年假，回老家', '取消']],
  ['a question nobody wrote down, forwarded to HR', ['无人机飞行规定是什么', '转人事']],
];
