"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The error page's few strings, handed down by the layout. The error page is
 * a client component and cannot fetch its messages; next-intl's own client
 * provider would do it too, but ships its ICU formatter (10 kB gzip) to every
 * page for three plain sentences.
 */
type ErrorMessages = { title: string; text: string; retry: string };

const Context = createContext<ErrorMessages | null>(null);

export function ErrorMessagesProvider({ messages, children }: { messages: ErrorMessages; children: ReactNode }) {
  return <Context.Provider value={messages}>{children}</Context.Provider>;
}

export function useErrorMessages(): ErrorMessages {
  const messages = useContext(Context);
  if (!messages) throw new Error("useErrorMessages outside ErrorMessagesProvider");
  return messages;
}
