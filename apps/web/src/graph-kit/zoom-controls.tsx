import type { Core } from "cytoscape";
import { FIT_PADDING } from "./layouts";

const STEP = 1.25;

/** Zoom about the middle of the canvas, as a map's +/- buttons do. */
function zoomBy(cy: Core, factor: number) {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

export function ZoomControls({
  getCore,
  fit = (cy) => cy.fit(undefined, FIT_PADDING),
}: {
  getCore: () => Core | null;
  /** How "Fit" fits the drawing; the canvas keeps the least zoom its labels were laid out for. */
  fit?: (cy: Core) => void;
}) {
  const act = (action: (cy: Core) => void) => () => {
    const cy = getCore();
    if (cy) action(cy);
  };
  return (
    <fieldset className="zoom-controls button-group">
      <legend className="visually-hidden">Zoom</legend>
      <button type="button" className="button button-small" onClick={act((cy) => zoomBy(cy, STEP))}>
        <span aria-hidden="true">+</span>
        <span className="visually-hidden">Zoom in</span>
      </button>
      <button type="button" className="button button-small" onClick={act((cy) => zoomBy(cy, 1 / STEP))}>
        <span aria-hidden="true">−</span>
        <span className="visually-hidden">Zoom out</span>
      </button>
      <button type="button" className="button button-small" onClick={act(fit)}>
        Fit
      </button>
    </fieldset>
  );
}
