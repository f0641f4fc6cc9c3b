// Dashboard charts: Vega-Lite / Vega specs and a Leaflet map fed by the JSON API. No external requests.
const VL = "https://vega.github.io/schema/vega-lite/v5.json";  // a schema id, never fetched
const QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
const QUAD_COLORS = ["#7fc8a9", "#2e8b57", "#f4a582", "#c0392b"];

async function getJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(url + " -> " + response.status);
  return response.json();
}

function escapeHtml(s) {
  return String(s ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
}

function chartWidth(el) { return Math.max(260, Math.min(1040, el.clientWidth - 30)); }

async function volumeChart(selector) {
  const el = document.querySelector(selector);
  const data = await getJSON("/api/dyad?a=*&b=*&freq=auto");
  const rows = data.series.flatMap(p => [
    {period: p.period, kind: QUADS[0], n: p.verbal_coop}, {period: p.period, kind: QUADS[1], n: p.material_coop},
    {period: p.period, kind: QUADS[2], n: p.verbal_conflict}, {period: p.period, kind: QUADS[3], n: p.material_conflict}]);
  await vegaEmbed(selector, {
    $schema: VL, width: chartWidth(el), height: 180, autosize: {type: "fit", contains: "padding"}, data: {values: rows}, mark: "bar",
    encoding: {x: {field: "period", type: "temporal", timeUnit: data.freq === "month" ? "yearmonth" : "yearmonthdate", title: data.freq},
               y: {field: "n", type: "quantitative", title: "event mentions", stack: true},
               color: {field: "kind", type: "nominal", scale: {domain: QUADS, range: QUAD_COLORS}, legend: {orient: "bottom", title: null}},
               tooltip: [{field: "period", type: "temporal"}, {field: "kind"}, {field: "n", title: "mentions"}]}
  }, {actions: false, renderer: "svg"});
}

async function dyadChart(selector) {
  const el = document.querySelector(selector);
  const {a, b, since, until} = el.dataset;
  const params = new URLSearchParams({a, b, freq: el.dataset.freq});
  if (since) params.set("since", since);
  if (until) params.set("until", until);
  const data = await getJSON("/api/dyad?" + params);
  const freq = data.freq;
  el.dataset.resolvedFreq = freq;
  const active = data.series.filter(p => p.mentions > 0);
  if (!active.length) { el.textContent = "No events between " + a + " and " + b + "."; el.dataset.ready = "1"; return; }
  const empty = data.series.length - active.length;
  el.dataset.periods = data.series.length;
  el.dataset.empty = empty;
  document.querySelector("#dyad-summary").textContent =
    `${data.series.length} ${freq}s from ${data.series[0].period} to ${data.series[data.series.length - 1].period}: `
    + `${active.length} with events, ${empty} without (left empty). ${active.reduce((s, p) => s + p.mentions, 0)} mentions.`;
  const rows = data.series.flatMap(p => [
    {period: p.period, measure: "tension", value: p.tension, low: p.tension_low, high: p.tension_high, mentions: p.mentions, few: p.mentions < 3},
    {period: p.period, measure: "cooperation", value: p.cooperation, low: p.cooperation_low, high: p.cooperation_high, mentions: p.mentions, few: p.mentions < 3}]);
  const unit = freq === "month" ? "yearmonth" : "yearmonthdate";
  const x = {field: "period", type: "temporal", timeUnit: unit, title: null, scale: {domain: {param: "brush"}}};
  const color = {field: "measure", type: "nominal", scale: {domain: ["tension", "cooperation"], range: ["#c0392b", "#2e8b57"]}, legend: {orient: "top", title: null}};
  const width = chartWidth(el);
  const view = (await vegaEmbed(selector, {
    $schema: VL, data: {values: rows},
    vconcat: [{
      width, height: 240,
      layer: [
        {mark: {type: "area", opacity: 0.15, invalid: "break-paths-show-domains"},
         encoding: {x, y: {field: "low", type: "quantitative"}, y2: {field: "high"}, color}},
        {mark: {type: "line", invalid: "break-paths-show-domains"},
         encoding: {x, y: {field: "value", type: "quantitative", title: "index (0-100)", scale: {domain: [0, 100]}}, color}},
        {params: [{name: "pick", select: {type: "point", fields: ["period"], on: "click"}}],
         mark: {type: "point", size: 70},
         transform: [{filter: "datum.value !== null"}],
         encoding: {x, y: {field: "value", type: "quantitative"}, color,
                    fill: {condition: {test: "datum.few", value: "white"}, field: "measure", type: "nominal", scale: {domain: ["tension", "cooperation"], range: ["#c0392b", "#2e8b57"]}, legend: null},
                    tooltip: [{field: "period", type: "temporal", timeUnit: unit}, {field: "measure"}, {field: "value", title: "index"},
                              {field: "low", title: "95% low"}, {field: "high", title: "95% high"}, {field: "mentions"}]}}]
    }, {
      width, height: 70,
      params: [{name: "brush", select: {type: "interval", encodings: ["x"]}}],
      transform: [{filter: "datum.measure === 'tension'"}],
      mark: {type: "bar", color: "#56657a"},
      encoding: {x: {field: "period", type: "temporal", timeUnit: unit, title: freq + " (drag to zoom)"},
                 y: {field: "mentions", type: "quantitative", title: "mentions"},
                 tooltip: [{field: "period", type: "temporal", timeUnit: unit}, {field: "mentions"}]}
    }]
  }, {actions: false, renderer: "svg"})).view;
  view.addEventListener("click", (event, item) => {
    if (item && item.mark && item.mark.marktype === "symbol" && item.datum && item.datum.period && item.datum.mentions > 0)
      showPeriod(a, b, freq, item.datum.period);
  });
  el.dataset.ready = "1";
}

let latestPeriod = 0;  // clicks in quick succession: only the last one's answer is shown

async function showPeriod(a, b, freq, period) {
  const day = (typeof period === "number" || period instanceof Date)
    ? new Date(period).toISOString().slice(0, 10) : String(period).slice(0, 10);
  const request = ++latestPeriod;
  const data = await getJSON(`/api/dyad/events?a=${a}&b=${b}&freq=${freq}&period=${day}`);
  if (request !== latestPeriod) return;  // a later click's list is (or will be) shown instead
  document.querySelector("#period-title").textContent = `${data.items.length} events in the ${freq} of ${day}`;
  const list = document.querySelector("#period-events");
  list.innerHTML = "";
  for (const e of data.items) {
    const li = document.createElement("li");
    li.className = "period-event";
    const flags = (e.negated ? ' <span class="flag flag-negated">negated</span>' : "") + (e.hypothetical ? ' <span class="flag flag-hypothetical">hypothetical</span>' : "");
    li.innerHTML = `<b>${escapeHtml(e.source_label)}</b> · <span class="cameo">${escapeHtml(e.cameo_name)}</span> <small>${e.cameo}</small> · <b>${escapeHtml(e.target_label || "–")}</b>${flags} (Goldstein ${e.goldstein}) `
      + `<a href="/article/${e.article_id}">${escapeHtml(e.title || e.article_id)}</a><br><q>${escapeHtml(e.sentence || "")}</q>`;
    list.appendChild(li);
  }
}

async function networkChart(selector) {
  const el = document.querySelector(selector);
  const params = new URLSearchParams({limit: 60});
  if (el.dataset.since) params.set("since", el.dataset.since);
  if (el.dataset.until) params.set("until", el.dataset.until);
  const data = await getJSON("/api/network?" + params);
  const index = new Map(data.nodes.map((n, i) => [n.id, i]));
  const links = data.edges.map(e => ({source: index.get(e.a), target: index.get(e.b), a: e.a, b: e.b, mentions: e.mentions, tone: e.goldstein_mean}));
  const width = chartWidth(el), height = Math.min(560, Math.max(360, width * 0.6));
  const view = (await vegaEmbed(selector, {
    $schema: "https://vega.github.io/schema/vega/v5.json", width, height, autosize: "none",
    signals: [{name: "cx", update: "width / 2"}, {name: "cy", update: "height / 2"}],
    data: [{name: "links", values: links},
           {name: "nodes", values: data.nodes.map(n => ({name: n.id, label: n.label})),
            transform: [{type: "force", iterations: 300, static: true,
                         forces: [{force: "center", x: {signal: "cx"}, y: {signal: "cy"}},
                                  {force: "collide", radius: 28}, {force: "nbody", strength: -60},
                                  {force: "link", links: "links", distance: 90}]}]}],
    scales: [{name: "tone", type: "linear", domain: [-10, 0, 10], range: ["#c0392b", "#d9d9d9", "#2e8b57"]},
             {name: "width", type: "sqrt", domain: {data: "links", field: "mentions"}, range: [1.5, 10]}],
    marks: [
      {name: "edge", type: "path", from: {data: "links"},
       encode: {update: {stroke: {scale: "tone", field: "tone"}, strokeWidth: {scale: "width", field: "mentions"}, strokeOpacity: {value: 0.8}, cursor: {value: "pointer"},
                         tooltip: {signal: "datum.a + ' – ' + datum.b + ': ' + datum.mentions + ' mentions, mean Goldstein ' + datum.tone"}}},
       transform: [{type: "linkpath", shape: "line", sourceX: "datum.source.x", sourceY: "datum.source.y", targetX: "datum.target.x", targetY: "datum.target.y"}]},
      {name: "node", type: "symbol", from: {data: "nodes"},
       encode: {enter: {fill: {value: "#1d2733"}, size: {value: 220}, cursor: {value: "pointer"}, tooltip: {signal: "datum.label + ' (' + datum.name + ')'"}}, update: {x: {field: "x"}, y: {field: "y"}}}},
      {type: "text", from: {data: "node"}, interactive: false,
       encode: {update: {text: {field: "datum.name"}, x: {field: "x"}, y: {field: "y"}, dy: {value: -12}, align: {value: "center"}, fontSize: {value: 11}}}}]
  }, {actions: false, renderer: "svg"})).view;
  view.addEventListener("click", (event, item) => {
    if (!item || !item.datum) return;
    if (item.mark.name === "node") location.href = "/actor/" + encodeURIComponent(item.datum.name);
    else if (item.mark.name === "edge") location.href = `/dyad?a=${encodeURIComponent(item.datum.a)}&b=${encodeURIComponent(item.datum.b)}`;
  });
  el.dataset.nodes = data.nodes.length;
}

function jsonOf(id) { return JSON.parse(document.getElementById(id).textContent); }

async function actorTimeline(selector) {
  const el = document.querySelector(selector);
  const rows = jsonOf("actor-data").map(r => ({period: r.period, kind: QUADS[r.quad_class - 1], n: r.mentions}));
  if (!rows.length) { el.textContent = "No dated events."; return; }
  await vegaEmbed(selector, {
    $schema: VL, width: chartWidth(el), height: 160, autosize: {type: "fit", contains: "padding"}, data: {values: rows}, mark: "bar",
    encoding: {x: {field: "period", type: "temporal", timeUnit: "yearmonth", title: "month"},
               y: {field: "n", type: "quantitative", title: "mentions", stack: true},
               color: {field: "kind", type: "nominal", scale: {domain: QUADS, range: QUAD_COLORS}, legend: {orient: "bottom", title: null}},
               tooltip: [{field: "period", type: "temporal", timeUnit: "yearmonth"}, {field: "kind"}, {field: "n", title: "mentions"}]}
  }, {actions: false, renderer: "svg"});
  el.dataset.ready = "1";
}

async function storyTimeline(selector) {
  const el = document.querySelector(selector);
  const data = jsonOf("story-data");
  const rows = data.articles.filter(a => a.published).map(a => ({date: a.published, row: "articles", label: (a.outlet || "") + ": " + a.title, id: a.id}))
    .concat(data.events.filter(e => e.date).map(e => ({date: e.date, row: "events", label: `${e.source.code} ${e.cameo_name} ${(e.target || {}).code || ""}`, id: e.article_id})));
  if (!rows.length) { el.textContent = "No dated articles or events."; el.dataset.ready = "1"; return; }
  const view = (await vegaEmbed(selector, {
    $schema: VL, width: chartWidth(el), height: 80, autosize: {type: "fit", contains: "padding"}, data: {values: rows},
    mark: {type: "point", filled: true, size: 90, opacity: 0.7, cursor: "pointer"},
    encoding: {x: {field: "date", type: "temporal", timeUnit: "yearmonthdate", title: null},
               y: {field: "row", type: "nominal", title: null},
               color: {field: "row", type: "nominal", scale: {domain: ["articles", "events"], range: ["#1d6fa5", "#c0392b"]}, legend: null},
               tooltip: [{field: "date", type: "temporal", timeUnit: "yearmonthdate"}, {field: "label"}]}
  }, {actions: false, renderer: "svg"})).view;
  view.addEventListener("click", (event, item) => { if (item && item.datum && item.datum.id) location.href = "/article/" + item.datum.id; });
  el.dataset.ready = "1";
}

function toneColor(g) {
  if (g === null || g === undefined) return "#888";
  return g < -1 ? "#c0392b" : g > 1 ? "#2e8b57" : "#b08d2a";
}

async function eventMap(selector) {
  const el = document.querySelector(selector);
  const [world, data] = await Promise.all([getJSON("/static/vendor/countries-110m.json"), getJSON("/api/map?" + el.dataset.query)]);
  const map = L.map(el, {worldCopyJump: true, attributionControl: true}).setView([30, 10], 2);
  map.attributionControl.setPrefix("Leaflet").addAttribution("Natural Earth");
  L.geoJSON(topojson.feature(world, world.objects.countries), {style: {color: "#8a97a6", weight: 0.6, fillColor: "#eef1f4", fillOpacity: 1}}).addTo(map);
  const maxMentions = Math.max(1, ...data.items.map(p => p.mentions));
  const list = document.querySelector("#map-events");
  for (const p of data.items) {
    const marker = L.circleMarker([p.lat, p.lon], {
      radius: 5 + 13 * Math.sqrt(p.mentions / maxMentions), color: toneColor(p.goldstein_mean), weight: 2,
      fillOpacity: p.precision === "place" ? 0.6 : 0.1, dashArray: p.precision === "place" ? null : "3 3", className: "event-marker"});
    const events = p.events.map(e => `<li>${escapeHtml(e.date || "")} <b>${escapeHtml(e.source)}</b> ${escapeHtml(e.cameo_name)} <b>${escapeHtml(e.target || "")}</b> · <a href="/article/${e.article_id}">${escapeHtml((e.title || "article").slice(0, 70))}</a></li>`).join("");
    marker.bindPopup(`<b>${escapeHtml(p.name)}</b> (${p.precision === "place" ? "place" : "country only"}) · ${p.mentions} mentions<ol>${events}</ol>`);
    marker.addTo(map);
    const li = document.createElement("li");
    li.className = "map-place";
    li.innerHTML = `<a href="#map">${escapeHtml(p.name)}</a> ${p.mentions} mentions`;
    li.querySelector("a").addEventListener("click", ev => { ev.preventDefault(); map.setView([p.lat, p.lon], 5); marker.openPopup(); });
    list.appendChild(li);
  }
  document.querySelector("#map-summary").textContent =
    `${data.located} of ${data.total} event mentions have a place, at ${data.items.length} places.`;
  el.dataset.points = data.items.length;
  el.dataset.ready = "1";
}

// Filter forms: leave empty fields out of the URL (an empty date is not a date).
document.addEventListener("submit", event => {
  const form = event.target;
  if (form.method.toLowerCase() !== "get") return;
  for (const el of form.elements) if (el.name && el.value === "") el.disabled = true;
  setTimeout(() => { for (const el of form.elements) el.disabled = false; }, 0);
});
