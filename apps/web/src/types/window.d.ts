import type { Core } from "cytoscape";

declare global {
  interface Window {
    /** The explorer's Cytoscape core, exposed so end-to-end tests can read graph state. */
    cy?: Core;
  }
}
