import { type LayoutPositions, type LayoutRequest, toFinishedPositions } from "./layouts";

/** The layered layout of a request, finished as every layout is (fixed nodes kept exactly, the rest rounded). */
export function computeLayeredLayout(request: LayoutRequest): LayoutPositions {
  return toFinishedPositions(request, toColumnPositions(request));
}

/**
 * The layered layout: every node already has its column (its kind's layer), so what is left is the
 * order within each column and each node's height in it. dagre, which this replaced, works the
 * order out with rank assignment, dummy nodes for long edges and repeated crossing reduction, which
 * grows faster than the graph (about 0.2 s for 40 nodes and 1-2.3 s for 300 in the browser's worker,
 * docs/performance.md) and needs a headless Cytoscape core, so a worker. Here the order comes from a
 * few barycentre sweeps (Sugiyama's heuristic): each node moves to the mean position of its
 * neighbours in the columns already ordered, left to right, then right to left. Then each column's
 * nodes are drawn towards their neighbours' mean height, keeping order and spacing (a least-squares
 * fit, `toNonDecreasing`), so edges run as straight as the order allows. Linear in the edges per
 * sweep: about 1 ms for the case graph, a few for 300 nodes, so it runs on the page's main thread.
 * Spacing as dagre's was: rankSep between columns, nodeSep between nodes.
 */
export function toColumnPositions(
  { nodes, edges }: Pick<LayoutRequest, "nodes" | "edges">,
  {
    rankSep = 170,
    nodeSep = 10,
    clusterSep = 60,
    sweeps = 8,
    alignSweeps = 6,
  }: { rankSep?: number; nodeSep?: number; clusterSep?: number; sweeps?: number; alignSweeps?: number } = {},
): LayoutPositions {
  const layers = [...new Set(nodes.map((node) => node.layer))].sort((a, b) => a - b);
  const columns = layers.map((layer) => nodes.filter((node) => node.layer === layer));
  const columnOf = new Map<string, number>();
  columns.forEach((column, c) => {
    for (const node of column) columnOf.set(node.id, c);
  });
  // Neighbours in other columns, both ways; edges within a column do not order it.
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const edge of edges) {
    const from = columnOf.get(edge.source);
    const to = columnOf.get(edge.target);
    if (from === undefined || to === undefined || from === to) continue;
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  // A node's place in its column as a fraction (0 top, 1 bottom), so columns of different lengths compare.
  const place = new Map<string, number>();
  const setPlaces = (column: (typeof nodes)[number][]) =>
    column.forEach((node, i) => {
      place.set(node.id, column.length === 1 ? 0.5 : i / (column.length - 1));
    });
  for (const column of columns) setPlaces(column);

  for (let sweep = 0; sweep < sweeps; sweep++) {
    const rightward = sweep % 2 === 0;
    const order = columns.map((_, c) => c);
    if (!rightward) order.reverse();
    for (const c of order.slice(1)) {
      const column = columns[c] ?? [];
      const keyed = column.map((node, i) => {
        // Neighbours on the side already ordered in this sweep.
        let sum = 0;
        let count = 0;
        for (const other of neighbours.get(node.id) ?? []) {
          const oc = columnOf.get(other) as number;
          if (rightward ? oc < c : oc > c) {
            sum += place.get(other) as number;
            count++;
          }
        }
        return { node, key: count > 0 ? sum / count : (place.get(node.id) as number), i };
      });
      // A cluster (compound node: the drawing grouped by kind or by condition) stays together: its
      // members sort by their cluster's mean key first. Ties keep the current order, so the result
      // depends on the input alone.
      const clusterKeys = new Map<string, { sum: number; count: number }>();
      for (const { node, key } of keyed) {
        if (node.parent === undefined) continue;
        const cluster = clusterKeys.get(node.parent) ?? { sum: 0, count: 0 };
        cluster.sum += key;
        cluster.count++;
        clusterKeys.set(node.parent, cluster);
      }
      const clusterKey = (entry: (typeof keyed)[number]) => {
        const cluster = entry.node.parent === undefined ? undefined : clusterKeys.get(entry.node.parent);
        return cluster ? cluster.sum / cluster.count : entry.key;
      };
      keyed.sort(
        (a, b) =>
          clusterKey(a) - clusterKey(b) ||
          compareOptional(a.node.parent, b.node.parent) ||
          a.key - b.key ||
          a.i - b.i,
      );
      columns[c] = keyed.map((entry) => entry.node);
      setPlaces(columns[c]);
    }
  }

  // Each column packed and centred on 0: the least height, and where alignment starts.
  const ys = new Map<string, number>();
  const offsets = columns.map((column) => {
    // Between two clusters, room for their boxes' padding and labels.
    const gapAfter = (i: number) =>
      i < column.length - 1 && column[i]?.parent !== column[i + 1]?.parent ? clusterSep : nodeSep;
    // offset[i]: how far below the column's first node the i-th must be, at least, when packed.
    const offset: number[] = [];
    let at = 0;
    column.forEach((node, i) => {
      if (i > 0) at += (column[i - 1]?.height ?? 0) / 2 + gapAfter(i - 1) + node.height / 2;
      offset.push(at);
    });
    const total =
      column.length === 0 ? 0 : at + ((column[0]?.height ?? 0) + (column.at(-1)?.height ?? 0)) / 2;
    const top = -total / 2 + (column[0]?.height ?? 0) / 2;
    column.forEach((node, i) => {
      ys.set(node.id, top + (offset[i] ?? 0));
    });
    return offset;
  });
  // Then each node is drawn towards the mean height of its neighbours, keeping its column's order
  // and spacing (a least-squares fit under those constraints, solved exactly per column), a few
  // sweeps back and forth: edges run as straight as the order allows.
  for (let sweep = 0; sweep < alignSweeps; sweep++) {
    const order = columns.map((_, c) => c);
    if (sweep % 2 === 1) order.reverse();
    for (const c of order) {
      const column = columns[c] ?? [];
      const offset = offsets[c] ?? [];
      const wanted = column.map((node, i) => {
        const linked = neighbours.get(node.id) ?? [];
        const mean =
          linked.length === 0
            ? (ys.get(node.id) as number)
            : linked.reduce((sum, other) => sum + (ys.get(other) as number), 0) / linked.length;
        return mean - (offset[i] ?? 0);
      });
      const fitted = toNonDecreasing(wanted);
      column.forEach((node, i) => {
        ys.set(node.id, (fitted[i] ?? 0) + (offset[i] ?? 0));
      });
    }
  }

  const positions: LayoutPositions = {};
  let x = 0;
  let previousHalf = 0;
  columns.forEach((column, c) => {
    const half = Math.max(0, ...column.map((node) => node.width)) / 2;
    if (c > 0) x += previousHalf + rankSep + half;
    previousHalf = half;
    for (const node of column) positions[node.id] = { x, y: ys.get(node.id) as number };
  });
  return positions;
}

/**
 * The non-decreasing sequence nearest to `values` in least squares (pool adjacent violators): runs
 * that would go down are replaced by their mean. With a column's packed offsets taken out, this
 * places its nodes as near their wanted heights as order and spacing allow.
 */
export function toNonDecreasing(values: readonly number[]): number[] {
  const blocks: { sum: number; count: number }[] = [];
  for (const value of values) {
    blocks.push({ sum: value, count: 1 });
    for (;;) {
      const last = blocks.at(-1);
      const before = blocks.at(-2);
      if (!last || !before || before.sum / before.count <= last.sum / last.count) break;
      blocks.pop();
      before.sum += last.sum;
      before.count += last.count;
    }
  }
  return blocks.flatMap((block) => Array.from({ length: block.count }, () => block.sum / block.count));
}

/** Clusterless nodes first, then clusters by id. */
function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}
