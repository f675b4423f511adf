"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";

/**
 * One query cache for the whole app. No retries: a refusal is shown at once with its code, as the
 * API's errors are not transient (an unreachable API says so and the reader retries). No refetch
 * on focus: an answer changes only when its variables do, or after a write to teaching paths.
 */
function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export function QueryProvider({ children }: { children: ReactNode }) {
  // One client per browser tab (and per server render), never shared between requests.
  const [client] = useState(createQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
