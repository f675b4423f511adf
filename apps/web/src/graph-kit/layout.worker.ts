import type { LayoutReply } from "./layout-client";
import { computeLayout } from "./layout-engine";
import type { LayoutRequest } from "./layouts";

// Runs layouts off the page's main thread, so a 300-element layout never freezes the page.
self.addEventListener("message", (event: MessageEvent<{ id: number; request: LayoutRequest }>) => {
  const { id, request } = event.data;
  const start = performance.now();
  let reply: LayoutReply;
  try {
    reply = { id, positions: computeLayout(request), ms: performance.now() - start };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
