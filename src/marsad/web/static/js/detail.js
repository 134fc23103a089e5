// The document view of one event: the Arabic text right to left with trigger, source and target
// highlighted, and the coded record beside it. Offsets from the API count Unicode code points
// (Python str indexes), so the text is split with Array.from, never indexed as UTF-16.
import { actorLabel, api, bidi, errorBox, h } from "./dom.js";
import { quadLabel, t, typeLabel } from "./i18n.js";

const ROLES = ["trigger", "source", "target", "date", "location"];

// Split text[0:n] at every span boundary; each piece is wrapped in one <mark> per role covering it.
export function highlight(text, offset, spans) {
  const chars = Array.from(text);
  const n = chars.length;
  const local = {};
  const cuts = new Set([0, n]);
  for (const role of [...ROLES, "sentence"]) {
    const s = spans[role];
    if (!s) continue;
    const a = Math.max(0, Math.min(n, s.start - offset));
    const b = Math.max(0, Math.min(n, s.end - offset));
    if (b <= a) continue;
    local[role] = [a, b];
    cuts.add(a); cuts.add(b);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = h("div", { class: "doc-text", id: "doc-text", dir: "rtl", lang: "ar" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    let node = document.createTextNode(chars.slice(a, b).join(""));
    for (const role of ROLES.slice().reverse()) {
      const r = local[role];
      if (r && r[0] <= a && b <= r[1]) node = h("mark", { class: `hl hl-${role}`, "data-role": role }, node);
    }
    const s = local.sentence;
    if (s && s[0] <= a && b <= s[1]) node = h("span", { class: "sentence", "data-role": "sentence" }, node);
    out.append(node);
  }
  return out;
}

function legend() {
  const item = (role) => h("span", {}, h("span", { class: `sw hl-${role}`, style: `background: var(--${role})` }), t(`h.${role}`));
  return h("div", { class: "legend", id: "legend" }, h("b", {}, `${t("d.legend")}:`), ROLES.map(item),
    h("span", {}, h("span", { class: "sw", style: "outline: 1px dashed #d4b106; background: #fff3bf" }), t("h.sentence")));
}

function row(key, value) { return [h("dt", {}, t(key)), h("dd", {}, value ?? h("span", { class: "muted" }, "—"))]; }

function recordPanel(ev, doc) {
  const who = (a) => a ? actorLabel(a.code, a.name, a.text) : null;
  const place = ev.location ? [bidi(ev.location.text, "ar"), ` (${ev.location.name || ""}${ev.location.country ? ", " + ev.location.country : ""})`] : null;
  return h("section", { class: "record", id: "record" },
    h("h3", {}, t("d.record")),
    h("dl", {},
      row("r.type", h("span", { id: "rec-type", "data-type": ev.event_type }, typeLabel(ev.event_type))),
      row("r.mode", ev.mode), row("r.cameo", ev.cameo && h("span", { class: "code" }, ev.cameo)),
      row("r.quad", h("span", { class: `badge q${ev.quad_class}` }, quadLabel(ev.quad_class))),
      row("r.intensity", ev.intensity), row("r.source", who(ev.source)),
      row("r.trigger", bidi(ev.trigger.text, "ar")), row("r.target", who(ev.target)),
      row("r.date", ev.date ? h("bdi", { dir: "ltr" }, `${ev.date.value} (${ev.date.precision})`) : null), row("r.location", place),
      row("r.negated", ev.negated ? t("yes") : t("no")), row("r.modality", ev.modality),
      row("r.confidence", ev.confidence), row("r.rule", ev.rule && h("span", { class: "code" }, ev.rule)),
      row("r.title", doc.title && bidi(doc.title, "ar"))),
    h("details", {}, h("summary", {}, t("d.json")), h("pre", {}, JSON.stringify(ev, null, 2))));
}

export async function renderEvent(view, eventId, params) {
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  let d;
  try {
    d = await api(`/api/events/${encodeURIComponent(eventId)}`, { doc_id: params.get("doc") });
  } catch (err) {
    view.replaceChildren(errorBox(err));
    return;
  }
  const w = d.window;
  const partial = w.start > 0 || w.end < w.length;
  const text = highlight(w.text, w.start, d.spans);
  view.replaceChildren(
    h("p", {}, h("a", { href: "#/events" }, `${document.documentElement.dir === "rtl" ? "→" : "←"} ${t("d.back")}`)),
    h("h2", {}, `${typeLabel(d.event.event_type)} · `, bidi(Array.from(d.sentence.text).slice(0, 80).join(""), "ar")),
    legend(),
    h("div", { class: "detail" },
      h("section", {}, h("h3", {}, t("d.document"), " ", h("span", { class: "code muted" }, d.document.id)),
        partial ? h("p", { class: "muted" }, `${t("d.window")} (${w.start}–${w.end} / ${w.length})`) : null, text),
      recordPanel(d.event, d.document)));
  // Scroll the text box (not the page) so that the event's sentence is in view.
  const first = text.querySelector("[data-role=sentence], mark");
  if (first) text.scrollTop = Math.max(0, first.offsetTop - text.clientHeight / 3);
}
