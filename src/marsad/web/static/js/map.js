// The map of event locations, drawn from the bundled Natural Earth boundaries (world-atlas,
// TopoJSON, ids are ISO 3166 numeric) with d3-geo: no tile server, works offline. Countries are
// shaded by the number of events located in them; places with coordinates are circles sized by
// their number of events and coloured by their commonest quad class.
import { api, errorBox, h, tooltip } from "./dom.js";
import { QUAD_COLOURS, quadLabel, t } from "./i18n.js";
import { FILTER_KEYS } from "./events.js";
import { quadLegend } from "./timeline.js";

const d3 = window.d3;
let world = null;

async function loadWorld() {
  if (!world) world = await d3.json("/static/vendor/countries-50m.json");
  return window.topojson.feature(world, world.objects.countries);
}

export function mapChart(countries, data, { width = 1000, height = 560 } = {}) {
  const counts = new Map(data.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  const shaded = countries.features.filter((f) => counts.has(String(f.id)));
  const points = data.places.map((p) => ({ type: "Feature", properties: p, geometry: { type: "Point", coordinates: [p.lon, p.lat] } }));
  const focus = { type: "FeatureCollection", features: [...shaded, ...points] };
  const projection = d3.geoNaturalEarth1();
  if (focus.features.length) projection.fitExtent([[40, 40], [width - 40, height - 40]], focus);
  else projection.fitSize([width, height], { type: "Sphere" });
  if (projection.scale() > 2500) projection.scale(2500);  // one city alone: do not zoom to street level
  const path = d3.geoPath(projection);
  const max = d3.max(data.countries, (c) => c.events) || 1;
  const shade = d3.scaleSequential([0, max], d3.interpolateBlues);
  const tip = tooltip();
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart")
    .attr("id", "map-chart").attr("dir", "ltr");
  svg.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  svg.append("g").selectAll("path").data(countries.features).join("path").attr("class", "country")
    .attr("d", path).attr("data-id", (f) => f.id)
    .style("fill", (f) => counts.has(String(f.id)) ? shade(counts.get(String(f.id)).events * 0.6 + max * 0.15) : null)
    .on("mousemove", (ev, f) => {
      const c = counts.get(String(f.id));
      tip.show(ev, `${f.properties.name}${c ? ` (${c.country}): ${c.events}` : ""}`);
    })
    .on("mouseleave", () => tip.hide());
  const r = d3.scaleSqrt().domain([1, d3.max(data.places, (p) => p.events) || 1]).range([5, 22]);
  svg.append("g").selectAll("circle").data(data.places).join("circle").attr("class", "place")
    .attr("cx", (p) => projection([p.lon, p.lat])[0]).attr("cy", (p) => projection([p.lon, p.lat])[1])
    .attr("r", (p) => r(p.events)).attr("fill", (p) => QUAD_COLOURS[p.quad_class])
    .on("mousemove", (ev, p) => tip.show(ev, `${p.name || ""} (${p.country || ""}): ${p.events} · ${quadLabel(p.quad_class)}`))
    .on("mouseleave", () => tip.hide());
  svg.append("g").selectAll("text").data(data.places.slice(0, 25)).join("text").attr("class", "label")
    .attr("x", (p) => projection([p.lon, p.lat])[0] + r(p.events) + 3)
    .attr("y", (p) => projection([p.lon, p.lat])[1] + 4).text((p) => p.name || "");
  return svg.node();
}

export async function renderMap(view, params) {
  view.replaceChildren(h("h2", {}, t("m.title")), h("p", { class: "muted" }, t("loading")));
  try {
    const query = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k)]));
    const [countries, data] = await Promise.all([loadWorld(), api("/api/places", query)]);
    view.lastChild.replaceWith(h("div", {}, quadLegend(), h("p", { class: "muted" }, t("m.legend")),
      data.places.length || data.countries.length ? null : h("p", { class: "muted" }, t("m.none")),
      mapChart(countries, data)));
  } catch (err) {
    view.lastChild.replaceWith(errorBox(err));
  }
}
