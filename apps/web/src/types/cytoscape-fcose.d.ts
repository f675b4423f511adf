declare module "cytoscape-fcose" {
  import type { Ext } from "cytoscape";

  /** The fcose layout extension; its options are passed as plain LayoutOptions. */
  const fcose: Ext;
  export default fcose;
}
