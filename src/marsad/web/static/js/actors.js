// The actors list and one actor's page: totals, its timeline (stacked by quad class) and its events.
import { api, bidi, errorBox, h } from "./dom.js";
import { t } from "./i18n.js";
import { eventsTable } from "./events.js";
import { quadLegend, stackedTimeline } from "./timeline.js";

export async function renderActors(view, params) {
  const search = h("input", { type: "search", id: "actor-search", value: params.get("q") || "", dir: "auto" });
  const form = h("form", { class: "filters" }, h("label", {}, t("a.search"), search), h("button", { type: "submit" }, t("f.apply")));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); window.location.hash = `#/actors?q=${encodeURIComponent(search.value)}`; });
  view.replaceChildren(h("h2", {}, t("a.title")), form, h("p", { class: "muted" }, t("loading")));
  try {
    const rows = await api("/api/actors", { q: params.get("q"), limit: 200 });
    const head = ["c.code", "c.name", "c.country", "c.as_source", "c.as_target", "c.events"];
    view.lastChild.replaceWith(rows.length ? h("table", { class: "grid", id: "actors-table" },
      h("thead", {}, h("tr", {}, head.map((k) => h("th", {}, t(k))))),
      h("tbody", {}, rows.map((a) => h("tr", { onclick: () => { window.location.hash = `#/actor/${encodeURIComponent(a.code)}`; } },
        h("td", {}, h("a", { class: "code", href: `#/actor/${encodeURIComponent(a.code)}` }, a.code)),
        h("td", {}, bidi(a.name)), h("td", { class: "code" }, a.country || ""),
        h("td", {}, a.as_source), h("td", {}, a.as_target), h("td", {}, a.events)))))
      : h("p", { class: "muted" }, t("none")));
  } catch (err) {
    view.lastChild.replaceWith(errorBox(err));
  }
}

export async function renderActor(view, code) {
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  let a;
  try {
    a = await api(`/api/actors/${encodeURIComponent(code)}`);
  } catch (err) {
    view.replaceChildren(errorBox(err));
    return;
  }
  const perDay = new Map();
  for (const r of a.timeline) {
    if (!r.day) continue;
    const k = `${r.day}|${r.quad_class}`;
    perDay.set(k, (perDay.get(k) || 0) + r.events);
  }
  const rows = [...perDay].map(([k, events]) => { const [day, key] = k.split("|"); return { day, key: Number(key), events }; });
  const card = (label, value) => h("div", { class: "card" }, h("span", { class: "muted" }, t(label)), h("b", {}, value ?? "—"));
  view.replaceChildren(
    h("h2", { id: "actor-title" }, h("span", { class: "code" }, a.code), " · ", bidi(a.name)),
    h("div", { class: "cards" }, card("c.events", a.events), card("c.country", a.country),
      card("a.first", a.first_day), card("a.last", a.last_day)),
    h("h3", {}, t("a.timeline")), quadLegend(), stackedTimeline(rows, { height: 220 }),
    h("h3", {}, t("a.recent")), eventsTable(a.recent));
}
