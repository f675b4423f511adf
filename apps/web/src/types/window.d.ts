import type { Core } from "cytoscape";

declare global {
  interface Window {
    /** The Cytoscape core of the graph view on screen, exposed so end-to-end tests can read graph state. */
    cy?: Core;
  }
}
