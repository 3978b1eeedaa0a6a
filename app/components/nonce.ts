import { createContext, useContext } from "react";

/** The CSP nonce of this response; Remix's inline scripts must carry it. */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
