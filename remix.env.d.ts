/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    /** The client's address as Express sees it (behind the proxy: X-Forwarded-For). */
    clientAddress: string;
  }
}
export {};
