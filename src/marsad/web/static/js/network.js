// The actor network: dyads as a force-directed graph (d3-force); edge width grows with the number
// of events, edge colour is the dyad's commonest quad class; arrows point from source to target.
import { api, errorBox, h, tooltip } from "./dom.js";
import { QUAD_COLOURS, quadLabel, t } from "./i18n.js";
import { FILTER_KEYS } from "./events.js";
import { quadLegend } from "./timeline.js";

const d3 = window.d3;

export function networkChart(dyads, { width = 1000, height = 620 } = {}) {
  const nodes = new Map();
  for (const d of dyads) {
    for (const [id, name] of [[d.source, d.source_name], [d.target, d.target_name]]) {
      const n = nodes.get(id) || { id, name, events: 0 };
      n.events += d.events;
      nodes.set(id, n);
    }
  }
  const links = dyads.map((d) => ({ ...d, source: d.source, target: d.target }));
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart")
    .attr("id", "network-chart").attr("dir", "ltr");
  const maxE = d3.max(links, (l) => l.events) || 1;
  const w = d3.scaleSqrt().domain([1, maxE]).range([1.5, 10]);
  const r = d3.scaleSqrt().domain([1, d3.max([...nodes.values()], (n) => n.events) || 1]).range([6, 22]);
  const defs = svg.append("defs");
  QUAD_COLOURS.forEach((c, q) => defs.append("marker").attr("id", `arrow${q}`).attr("viewBox", "0 -5 10 10")
    .attr("refX", 10).attr("markerWidth", 9).attr("markerHeight", 9).attr("markerUnits", "userSpaceOnUse")
    .attr("orient", "auto")
    .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", c));
  const tip = tooltip();
  const link = svg.append("g").attr("fill", "none").selectAll("path").data(links).join("path").attr("class", "edge")
    .attr("stroke", (l) => QUAD_COLOURS[l.quad_class]).attr("stroke-opacity", 0.75)
    .attr("stroke-width", (l) => w(l.events)).attr("marker-end", (l) => `url(#arrow${l.quad_class})`)
    .on("mousemove", (ev, l) => tip.show(ev, `${l.source.id} → ${l.target.id}: ${l.events} · ${quadLabel(l.quad_class)} · ${l.top_type}`))
    .on("mouseleave", () => tip.hide());
  const node = svg.append("g").selectAll("g").data([...nodes.values()]).join("g").attr("class", "node")
    .on("click", (ev, n) => { window.location.hash = `#/actor/${encodeURIComponent(n.id)}`; });
  node.append("circle").attr("r", (n) => r(n.events)).attr("fill", "#3b5b7f");
  node.append("text").attr("dy", (n) => -r(n.events) - 3).attr("text-anchor", "middle").text((n) => n.id);
  node.append("title").text((n) => `${n.id}${n.name ? " · " + n.name : ""}: ${n.events}`);
  const sim = d3.forceSimulation([...nodes.values()])
    .force("link", d3.forceLink(links).id((n) => n.id).distance(140))
    .force("charge", d3.forceManyBody().strength(-420))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("collide", d3.forceCollide((n) => r(n.events) + 14))
    .force("x", d3.forceX(width / 2).strength(0.04)).force("y", d3.forceY(height / 2).strength(0.06));
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  sim.on("tick", () => {
    for (const n of nodes.values()) { n.x = clamp(n.x, 30, width - 30); n.y = clamp(n.y, 30, height - 20); }
    // Gentle arcs, so that A→B and B→A stay apart; each stops at the target's rim so its arrow shows.
    link.attr("d", (l) => {
      const dx = l.target.x - l.source.x, dy = l.target.y - l.source.y, len = Math.hypot(dx, dy) || 1;
      const k = (r(l.target.events) + 3) / len;
      return `M${l.source.x},${l.source.y}A${len * 1.2},${len * 1.2} 0 0,1 ${l.target.x - dx * k},${l.target.y - dy * k}`;
    });
    node.attr("transform", (n) => `translate(${n.x},${n.y})`);
  });
  node.call(d3.drag()
    .on("start", (ev, n) => { if (!ev.active) sim.alphaTarget(0.3).restart(); n.fx = n.x; n.fy = n.y; })
    .on("drag", (ev, n) => { n.fx = ev.x; n.fy = ev.y; })
    .on("end", (ev, n) => { if (!ev.active) sim.alphaTarget(0); n.fx = null; n.fy = null; }));
  return svg.node();
}

export async function renderNetwork(view, params) {
  view.replaceChildren(h("h2", {}, t("n.title")), h("p", { class: "muted" }, t("loading")));
  try {
    const query = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k)]));
    const dyads = await api("/api/dyads", { ...query, limit: 150 });
    view.lastChild.replaceWith(h("div", {}, quadLegend(),
      dyads.length ? networkChart(dyads) : h("p", { class: "muted" }, t("none"))));
  } catch (err) {
    view.lastChild.replaceWith(errorBox(err));
  }
}
