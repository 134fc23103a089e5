// The events view: filters (type, quad class, dates, actor, country, text), a table and a pager.
import { actorLabel, api, bidi, errorBox, h } from "./dom.js";
import { quadLabel, t, typeLabel } from "./i18n.js";

export const FILTER_KEYS = ["type", "quad_class", "date_from", "date_to", "actor", "country", "q"];
const PAGE = 50;

function field(label, input) { return h("label", {}, t(label), input); }

function filterForm(params, types, go) {
  const typeSel = h("select", { id: "f-type", name: "type" }, h("option", { value: "" }, t("f.any")),
    types.map((x) => h("option", { value: x.event_type, selected: x.event_type === params.get("type") },
      `${typeLabel(x.event_type)} · ${x.events}`)));
  const quadSel = h("select", { id: "f-quad", name: "quad_class" }, h("option", { value: "" }, t("f.any")),
    [0, 1, 2, 3, 4].map((q) => h("option", { value: q, selected: String(q) === params.get("quad_class") }, quadLabel(q))));
  const input = (id, name, type = "text", extra = {}) =>
    h("input", { id, name, type, value: params.get(name) || "", ...extra });
  const form = h("form", { class: "filters", id: "filters" },
    field("f.type", typeSel), field("f.quad", quadSel),
    field("f.from", input("f-from", "date_from", "date")), field("f.to", input("f-to", "date_to", "date")),
    field("f.actor", input("f-actor", "actor", "text", { size: 14, dir: "auto" })),
    field("f.country", input("f-country", "country", "text", { size: 4, maxlength: 3, dir: "ltr" })),
    field("f.q", input("f-q", "q", "search", { size: 18, dir: "auto", lang: "ar" })),
    h("button", { type: "submit", id: "f-apply" }, t("f.apply")),
    h("button", { type: "button", onclick: () => go(new URLSearchParams()) }, t("f.reset")));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) next.set(k, v);
    go(next);
  });
  // Choosing a type or quad class filters at once.
  for (const sel of [typeSel, quadSel]) sel.addEventListener("change", () => form.requestSubmit());
  return form;
}

export function eventsTable(items) {
  if (!items.length) return h("p", { class: "muted", id: "no-events" }, t("none"));
  const head = ["c.date", "c.type", "c.quad", "c.source", "c.trigger", "c.target", "c.place", "c.sentence"];
  return h("table", { class: "grid", id: "events-table" },
    h("thead", {}, h("tr", {}, head.map((k) => h("th", {}, t(k))))),
    h("tbody", {}, items.map((e) => {
      const href = `#/event/${encodeURIComponent(e.event_id)}?doc=${encodeURIComponent(e.doc_id)}`;
      return h("tr", { "data-event": e.event_id, "data-type": e.event_type, onclick: (ev) => {
        if (!ev.target.closest("a")) window.location.hash = href; } },
        h("td", { class: "code" }, e.date_value || e.event_date || ""),
        h("td", {}, h("a", { href, class: "event-link" }, typeLabel(e.event_type))),
        h("td", {}, h("span", { class: `badge q${e.quad_class}` }, quadLabel(e.quad_class))),
        h("td", {}, actorLabel(e.source_code, e.source_name, e.source_text)),
        h("td", {}, bidi(e.trigger_text, "ar")),
        h("td", {}, actorLabel(e.target_code, e.target_name, e.target_text)),
        h("td", {}, e.location_name || ""),
        h("td", { class: "sentence", lang: "ar", dir: "rtl" }, e.sentence || ""));
    })));
}

export async function renderEvents(view, params) {
  const go = (next) => { window.location.hash = `#/events?${next}`; };
  const summary = await api("/api/summary");
  const offset = Number(params.get("offset") || 0);
  const query = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k)]));
  view.replaceChildren(h("h2", {}, t("nav.events")), filterForm(params, summary.event_types, go),
    h("p", { class: "muted" }, t("loading")));
  let page;
  try {
    page = await api("/api/events", { ...query, limit: PAGE, offset });
  } catch (err) {
    view.lastChild.replaceWith(errorBox(err));
    return;
  }
  const move = (delta) => { const next = new URLSearchParams(params); next.set("offset", Math.max(0, offset + delta)); go(next); };
  const pager = h("div", { class: "pager" },
    h("button", { type: "button", disabled: offset === 0, onclick: () => move(-PAGE) }, t("p.prev")),
    h("span", { id: "events-total", "data-total": page.total },
      `${page.total ? offset + 1 : 0}–${offset + page.items.length} ${t("p.of")} ${page.total} ${t("p.total")}`),
    h("button", { type: "button", disabled: offset + PAGE >= page.total, onclick: () => move(PAGE) }, t("p.next")));
  view.lastChild.replaceWith(h("div", {}, pager, eventsTable(page.items)));
}
