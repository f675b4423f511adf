import type { Core } from "cytoscape";
import { toDrawing } from "../graph-kit/drawing";
import { toSvg } from "../graph-kit/svg-export";
import { downloadBlob } from "../shared/download";

export interface GraphExportProps {
  getCore: () => Core | null;
  /** File name without extension. */
  baseName: string;
  title: string;
}

/** Saves the drawing as a PNG at twice the screen resolution, or as SVG with every label as text. */
export function GraphExport({ getCore, baseName, title }: GraphExportProps) {
  const exportPng = () => {
    const cy = getCore();
    if (!cy) return;
    const blob = cy.png({ full: true, scale: 2, output: "blob", bg: "#ffffff" });
    downloadBlob(blob, `${baseName}.png`);
  };
  const exportSvg = () => {
    const cy = getCore();
    if (!cy) return;
    downloadBlob(new Blob([toSvg(toDrawing(cy, title))], { type: "image/svg+xml" }), `${baseName}.svg`);
  };
  return (
    <fieldset className="export-buttons button-group">
      <legend className="visually-hidden">Export the graph</legend>
      <button type="button" className="button button-small" onClick={exportPng}>
        Export PNG
      </button>
      <button type="button" className="button button-small" onClick={exportSvg}>
        Export SVG
      </button>
    </fieldset>
  );
}
