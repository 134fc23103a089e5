// Small helpers: build DOM nodes safely (text is never parsed as HTML) and call the JSON API.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export async function api(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v != null && v !== "") url.searchParams.set(k, v);
  }
  const res = await fetch(url);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.detail || `${res.status} ${res.statusText}`);
  return body;
}

export function errorBox(err) { return h("div", { class: "error", role: "alert" }, String(err.message || err)); }

// An Arabic (or any) string shown in its own direction inside a line of the other direction.
export function bidi(text, lang) { return h("bdi", lang ? { lang } : {}, text ?? ""); }

export function actorLabel(code, name, text) {
  if (!code && !name && !text) return h("span", { class: "muted" }, "—");
  const link = code || name;
  return h("span", {},
    link ? h("a", { href: `#/actor/${encodeURIComponent(link)}`, class: "code" }, link) : "",
    text ? [" ", bidi(text, "ar")] : "");
}

export function tooltip() {
  let tip = document.querySelector(".tip");
  if (!tip) { tip = h("div", { class: "tip", hidden: true }); document.body.append(tip); }
  return {
    show(ev, text) { tip.hidden = false; tip.textContent = text; tip.style.left = `${ev.clientX + 12}px`; tip.style.top = `${ev.clientY + 12}px`; },
    hide() { tip.hidden = true; },
  };
}
