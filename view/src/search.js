// Finding an actor by what a reader types: its id, its name or a dictionary alias, any case;
// failing that, the best-known actor whose name starts with, then contains, the text.
export function createResolver(graph) {
  const exact = new Map();
  const byImportance = [];
  graph.forEachNode((node, a) => {
    for (const name of [node, a.label, ...(a.aliases || [])]) {
      const key = name.toLowerCase();
      if (!exact.has(key)) exact.set(key, node);
    }
    byImportance.push([node, a.label.toLowerCase(), a.statements]);
  });
  byImportance.sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : 1));
  return text => {
    const key = text.trim().toLowerCase();
    if (!key) return null;
    if (exact.has(key)) return exact.get(key);
    const starts = byImportance.find(([, label]) => label.startsWith(key));
    if (starts) return starts[0];
    const contains = byImportance.find(([, label]) => label.includes(key));
    return contains ? contains[0] : null;
  };
}
