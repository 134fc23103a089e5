// The single-page interface: a hash router over the views. No build step, plain ES modules.
import { api, errorBox } from "./dom.js";
import { applyLang, t, toggleLang } from "./i18n.js";
import { renderEvents } from "./events.js";
import { renderEvent } from "./detail.js";
import { renderTimeline } from "./timeline.js";
import { renderNetwork } from "./network.js";
import { renderMap } from "./map.js";
import { renderActor, renderActors } from "./actors.js";

const view = document.getElementById("view");

async function showSummary() {
  try {
    const s = await api("/api/summary");
    document.getElementById("summary").textContent = t("summary", { d: s.tables.documents, e: s.tables.events });
  } catch { /* the views report errors themselves */ }
}

async function route() {
  const [path, query] = (window.location.hash.slice(1) || "/events").split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const name = parts[0] || "events";
  for (const a of document.querySelectorAll("#nav a[data-route]")) {
    a.classList.toggle("active", a.dataset.route === name || (name === "event" && a.dataset.route === "events")
      || (name === "actor" && a.dataset.route === "actors"));
  }
  document.body.dataset.view = name;
  document.body.dataset.ready = "false";
  try {
    if (name === "event" && parts[1]) await renderEvent(view, parts[1], params);
    else if (name === "actor" && parts[1]) await renderActor(view, parts[1]);
    else if (name === "actors") await renderActors(view, params);
    else if (name === "timeline") await renderTimeline(view, params);
    else if (name === "network") await renderNetwork(view, params);
    else if (name === "map") await renderMap(view, params);
    else await renderEvents(view, params);
  } catch (err) {
    view.replaceChildren(errorBox(err));
  }
  document.body.dataset.ready = "true";
}

document.getElementById("lang").addEventListener("click", () => { toggleLang(); showSummary(); route(); });
window.addEventListener("hashchange", route);
applyLang();
showSummary();
route();
