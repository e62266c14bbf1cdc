import { WebAuthRepo } from '../../data/repos/web-auth-repo.ts';
import type { Feature } from '../feature.ts';
import { webLoginHandler } from './web-login-handler.ts';

/** 「登录后台」: a one-time link to the web console. */
export const webLoginFeature: Feature = {
  name: 'web-login',
  help: {},
  jobs: [],
  wire: (deps) => {
    const baseUrl = deps.webBaseUrl === undefined ? 'http://127.0.0.1:3000' : deps.webBaseUrl;
    return { handlers: [webLoginHandler({ auth: new WebAuthRepo(deps.db), baseUrl })] };
  },
};
