// Events per day, stacked by quad class (d3). Time runs left to right in both languages.
import { api, errorBox, h, tooltip } from "./dom.js";
import { QUAD_COLOURS, quadLabel, t } from "./i18n.js";
import { FILTER_KEYS } from "./events.js";

const d3 = window.d3;
const DAY = 86400000;

export function quadLegend() {
  return h("div", { class: "legend" }, [0, 1, 2, 3, 4].map((q) =>
    h("span", {}, h("span", { class: "sw", style: `background:${QUAD_COLOURS[q]}` }), quadLabel(q))));
}

// Days are bucketed by month when the rows span more than half a year, so bars stay visible.
export function stackedTimeline(rows, { width = 1000, height = 280 } = {}) {
  const days = rows.map((r) => new Date(`${r.day}T00:00:00Z`));
  const span = days.length ? (d3.max(days) - d3.min(days)) / DAY : 0;
  const unit = span > 180 ? d3.utcMonth : d3.utcDay;
  const buckets = new Map();
  rows.forEach((r, i) => {
    const start = unit.floor(days[i]);
    const d = buckets.get(+start) || { day: start, 0: 0, 1: 0, 2: 0, 3: 0, 4: 0 };
    d[Number(r.key)] += r.events;
    buckets.set(+start, d);
  });
  const data = [...buckets.values()].sort((a, b) => a.day - b.day);
  const m = { top: 20, right: 20, bottom: 28, left: 44 };
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart")
    .attr("id", "timeline-chart").attr("role", "img").attr("data-unit", unit === d3.utcMonth ? "month" : "day");
  if (!data.length) return svg.node();
  const first = data[0].day, last = data[data.length - 1].day;
  const x = d3.scaleUtc().domain([first, unit.offset(last, 1)]).range([m.left, width - m.right]);
  const series = d3.stack().keys([0, 1, 2, 3, 4])(data);
  const y = d3.scaleLinear().domain([0, d3.max(series.at(-1), (d) => d[1]) || 1]).nice().range([height - m.bottom, m.top]);
  const bar = (d) => Math.max(2, (x(unit.offset(d, 1)) - x(d)) * 0.85);
  const label = unit === d3.utcMonth ? d3.utcFormat("%Y-%m") : d3.utcFormat("%Y-%m-%d");
  const tip = tooltip();
  svg.append("g").selectAll("g").data(series).join("g").attr("fill", (s) => QUAD_COLOURS[s.key])
    .selectAll("rect").data((s) => s.filter((d) => d[1] > d[0]).map((d) => Object.assign(d, { key: s.key }))).join("rect")
    .attr("class", "bar").attr("x", (d) => x(d.data.day)).attr("width", (d) => bar(d.data.day))
    .attr("y", (d) => y(d[1])).attr("height", (d) => Math.max(0, y(d[0]) - y(d[1])))
    .on("mousemove", (ev, d) => tip.show(ev, `${label(d.data.day)} · ${quadLabel(d.key)}: ${d[1] - d[0]}`))
    .on("mouseleave", () => tip.hide());
  svg.append("g").attr("transform", `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.min(10, data.length + 1)).tickFormat(label));
  svg.append("g").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(Math.min(5, y.domain()[1])).tickFormat(d3.format("d")));
  return svg.node();
}

export async function renderTimeline(view, params) {
  view.replaceChildren(h("h2", {}, t("t.title")), h("p", { class: "muted" }, t("loading")));
  try {
    const query = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k)]));
    const rows = await api("/api/timeline", { ...query, by: "quad_class" });
    const chart = rows.length ? stackedTimeline(rows) : null;
    view.lastChild.replaceWith(h("div", {}, quadLegend(), chart || h("p", { class: "muted" }, t("none")),
      chart?.dataset.unit === "month" ? h("p", { class: "muted" }, t("t.month")) : null));
  } catch (err) {
    view.lastChild.replaceWith(errorBox(err));
  }
}
