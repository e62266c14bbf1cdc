/** Where the web console (or, with it off, /healthz and /metrics) listens. */
export interface WebListen {
  readonly host: string;
  readonly port: number;
}

/** The base URL people open: WEB_BASE_URL when set, else the address listened on. */
export function webBaseUrl(listen: WebListen, configured: string | undefined): string {
  return (
    configured ?? `http://${listen.host.includes(':') ? `[${listen.host}]` : listen.host}:${listen.port}`
  ).replace(/\/+$/, '');
}
