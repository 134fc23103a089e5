// Interface labels in Arabic and English; the choice is kept in localStorage.
const LABELS = {
  "nav.events": ["الأحداث", "Events"], "nav.network": ["شبكة الفاعلين", "Actor network"],
  "nav.timeline": ["الخط الزمني", "Timeline"], "nav.map": ["الخريطة", "Map"],
  "nav.actors": ["الفاعلون", "Actors"], "nav.api": ["واجهة البرمجة", "API"],
  "foot": ["من الأخبار العربية إلى بيانات الأحداث السياسية، مع النص المصدر وراء كل سجل.",
           "Arabic news → political event data, with the source text behind every record."],
  "f.type": ["نوع الحدث", "Event type"], "f.quad": ["الفئة", "Quad class"], "f.from": ["من تاريخ", "From"],
  "f.to": ["إلى تاريخ", "To"], "f.actor": ["الفاعل (رمز أو اسم)", "Actor (code or name)"],
  "f.country": ["البلد (ISO3)", "Country (ISO3)"], "f.q": ["نص في الجملة", "Text in sentence"],
  "f.apply": ["تصفية", "Filter"], "f.reset": ["مسح", "Reset"], "f.any": ["الكل", "Any"],
  "c.date": ["التاريخ", "Date"], "c.type": ["النوع", "Type"], "c.quad": ["الفئة", "Quad"],
  "c.source": ["المصدر", "Source"], "c.target": ["الهدف", "Target"], "c.trigger": ["الفعل", "Trigger"],
  "c.place": ["المكان", "Place"], "c.sentence": ["الجملة", "Sentence"], "c.events": ["الأحداث", "Events"],
  "c.code": ["الرمز", "Code"], "c.name": ["الاسم", "Name"], "c.country": ["البلد", "Country"],
  "c.as_source": ["كمصدر", "As source"], "c.as_target": ["كهدف", "As target"],
  "c.role": ["الدور", "Role"], "c.counterpart": ["الطرف الآخر", "Counterpart"],
  "p.prev": ["السابق", "Previous"], "p.next": ["التالي", "Next"], "p.of": ["من", "of"],
  "p.total": ["حدثاً", "events"], "loading": ["جارٍ التحميل…", "Loading…"], "none": ["لا نتائج", "No results"],
  "d.document": ["الوثيقة", "Document"], "d.record": ["السجل المرمّز", "Coded record"],
  "d.legend": ["المفتاح", "Legend"], "d.json": ["السجل كاملاً (JSON)", "Full record (JSON)"],
  "d.window": ["مقطع من الوثيقة", "Excerpt of the document"], "d.back": ["العودة إلى الأحداث", "Back to events"],
  "r.type": ["النوع", "Type"], "r.mode": ["الصيغة", "Mode"], "r.cameo": ["رمز CAMEO", "CAMEO"],
  "r.quad": ["الفئة", "Quad class"], "r.intensity": ["الشدة", "Intensity"], "r.source": ["المصدر", "Source"],
  "r.target": ["الهدف", "Target"], "r.trigger": ["الفعل", "Trigger"], "r.date": ["التاريخ", "Date"],
  "r.location": ["المكان", "Location"], "r.negated": ["منفي", "Negated"], "r.modality": ["الجهة", "Modality"],
  "r.confidence": ["الثقة", "Confidence"], "r.rule": ["القاعدة", "Rule"], "r.title": ["العنوان", "Title"],
  "yes": ["نعم", "yes"], "no": ["لا", "no"],
  "h.trigger": ["الفعل (المحفّز)", "Trigger"], "h.source": ["المصدر", "Source"], "h.target": ["الهدف", "Target"],
  "h.sentence": ["الجملة", "Sentence"], "h.date": ["التاريخ", "Date"], "h.location": ["المكان", "Location"],
  "t.title": ["الأحداث يومياً حسب الفئة", "Events per day by quad class"],
  "t.month": ["الفترة طويلة، فكل عمود شهر كامل.", "The period is long, so each bar is a month."],
  "n.title": ["شبكة الفاعلين: الأزواج (السمك = عدد الأحداث، اللون = الفئة الغالبة)",
              "Actor network: dyads (width = events, colour = commonest quad class)"],
  "m.title": ["أماكن الأحداث", "Event locations"],
  "m.legend": ["الدوائر: أماكن ذات إحداثيات (الحجم = عدد الأحداث، اللون = الفئة الغالبة). تظليل البلد: عدد الأحداث الواقعة فيه.",
               "Circles: places with coordinates (size = events, colour = commonest quad class). Country shading: events located in it."], "m.none": ["لا أحداث ذات إحداثيات", "No events with coordinates"],
  "a.title": ["الفاعلون", "Actors"], "a.search": ["بحث", "Search"], "a.timeline": ["الخط الزمني", "Timeline"],
  "a.recent": ["آخر الأحداث", "Latest events"], "a.first": ["أول يوم", "First day"], "a.last": ["آخر يوم", "Last day"],
  "role.source": ["مصدر", "source"], "role.target": ["هدف", "target"],
  "summary": ["وثائق: {d} · أحداث: {e}", "documents: {d} · events: {e}"],
};
export const QUADS = [
  ["محايد", "neutral"], ["تعاون لفظي", "verbal cooperation"], ["تعاون مادي", "material cooperation"],
  ["صراع لفظي", "verbal conflict"], ["صراع مادي", "material conflict"],
];
export const QUAD_COLOURS = ["#7f7f7f", "#4dac26", "#1a7837", "#f1a340", "#c51b1b"];
const TYPES = {
  AGREE: "اتفاق", CONSULT: "تشاور", SUPPORT: "دعم", CONCEDE: "تنازل", COOPERATE: "تعاون", AID: "مساعدة",
  RETREAT: "انسحاب", REQUEST: "مطالبة", ACCUSE: "اتهام", REJECT: "رفض", THREATEN: "تهديد", PROTEST: "احتجاج",
  SANCTION: "عقوبات", MOBILIZE: "تعبئة", COERCE: "إكراه", ASSAULT: "اعتداء",
};

let lang = localStorage.getItem("marsad.lang") === "en" ? "en" : "ar";

export function currentLang() { return lang; }

export function t(key, vars = {}) {
  const pair = LABELS[key];
  let s = pair ? pair[lang === "ar" ? 0 : 1] : key;
  for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, v);
  return s;
}

export function quadLabel(q) { return q == null ? "" : `${q} · ${QUADS[q][lang === "ar" ? 0 : 1]}`; }

export function typeLabel(type) {
  if (!type) return "";
  return lang === "ar" && TYPES[type] ? `${TYPES[type]} (${type})` : type;
}

export function applyLang() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  const button = document.getElementById("lang");
  if (button) button.textContent = lang === "ar" ? "English" : "العربية";
}

export function toggleLang() {
  lang = lang === "ar" ? "en" : "ar";
  localStorage.setItem("marsad.lang", lang);
  applyLang();
}
