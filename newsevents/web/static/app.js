// Dashboard charts: Vega-Lite / Vega specs fed by the JSON API. No external requests.
async function getJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(url + " -> " + response.status);
  return response.json();
}

async function volumeChart(selector) {
  const data = await getJSON("/api/dyad?a=*&b=*&freq=week");
  const rows = data.series.flatMap(p => [
    {period: p.period, kind: "verbal cooperation", n: p.verbal_coop},
    {period: p.period, kind: "material cooperation", n: p.material_coop},
    {period: p.period, kind: "verbal conflict", n: p.verbal_conflict},
    {period: p.period, kind: "material conflict", n: p.material_conflict}]);
  await vegaEmbed(selector, {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json", width: 900, height: 200,
    data: {values: rows}, mark: "bar",
    encoding: {x: {field: "period", type: "temporal", title: "week"},
               y: {field: "n", type: "quantitative", title: "event mentions", stack: true},
               color: {field: "kind", type: "nominal", scale: {domain: ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"],
                       range: ["#7fc8a9", "#2e8b57", "#f4a582", "#c0392b"]}},
               tooltip: [{field: "period", type: "temporal"}, {field: "kind"}, {field: "n"}]}
  }, {actions: false, renderer: "svg"});
}

async function dyadChart(selector) {
  const el = document.querySelector(selector);
  const {a, b, freq} = el.dataset;
  const data = await getJSON(`/api/dyad?a=${a}&b=${b}&freq=${freq}`);
  if (!data.series.length) { el.textContent = "No events between " + a + " and " + b + "."; return; }
  const rows = data.series.flatMap(p => [
    {period: p.period, measure: "tension", value: p.tension, mentions: p.mentions},
    {period: p.period, measure: "cooperation", value: p.cooperation, mentions: p.mentions}]);
  const view = (await vegaEmbed(selector, {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json", width: 900, height: 260,
    data: {values: rows},
    params: [{name: "pick", select: {type: "point", fields: ["period"], on: "click"}}],
    mark: {type: "line", point: {size: 80, filled: true}},
    encoding: {x: {field: "period", type: "temporal", title: freq},
               y: {field: "value", type: "quantitative", title: "index (0-100)", scale: {domain: [0, 100]}},
               color: {field: "measure", type: "nominal", scale: {domain: ["tension", "cooperation"], range: ["#c0392b", "#2e8b57"]}},
               tooltip: [{field: "period", type: "temporal"}, {field: "measure"}, {field: "value"}, {field: "mentions"}]}
  }, {actions: false, renderer: "svg"})).view;
  view.addEventListener("click", (event, item) => {
    if (item && item.datum && item.datum.period) showPeriod(a, b, freq, item.datum.period);
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
    li.innerHTML = `<b>${e.source_code} ${e.cameo} ${e.target_code || "–"}</b> (Goldstein ${e.goldstein}) `
      + `<a href="/article/${e.article_id}">${escapeHtml(e.title || e.article_id)}</a><br><q>${escapeHtml(e.sentence || "")}</q>`;
    list.appendChild(li);
  }
}

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
}

async function networkChart(selector) {
  const data = await getJSON("/api/network?limit=60");
  const index = new Map(data.nodes.map((n, i) => [n.id, i]));
  const links = data.edges.map(e => ({source: index.get(e.a), target: index.get(e.b), mentions: e.mentions, tone: e.goldstein_mean}));
  await vegaEmbed(selector, {
    $schema: "https://vega.github.io/schema/vega/v5.json", width: 900, height: 520, autosize: "none",
    signals: [{name: "cx", update: "width / 2"}, {name: "cy", update: "height / 2"}],
    data: [{name: "links", values: links},
           {name: "nodes", values: data.nodes.map(n => ({name: n.id})),
            transform: [{type: "force", iterations: 300, static: true,
                         forces: [{force: "center", x: {signal: "cx"}, y: {signal: "cy"}},
                                  {force: "collide", radius: 28}, {force: "nbody", strength: -60},
                                  {force: "link", links: "links", distance: 90}]}]}],
    scales: [{name: "tone", type: "linear", domain: [-10, 10], range: ["#c0392b", "#d9d9d9", "#2e8b57"], zero: false, nice: false, domainMid: 0},
             {name: "width", type: "sqrt", domain: {data: "links", field: "mentions"}, range: [1, 10]}],
    marks: [
      {type: "path", from: {data: "links"}, interactive: false,
       encode: {update: {stroke: {scale: "tone", field: "tone"}, strokeWidth: {scale: "width", field: "mentions"}, strokeOpacity: {value: 0.8}}},
       transform: [{type: "linkpath", shape: "line", sourceX: "datum.source.x", sourceY: "datum.source.y", targetX: "datum.target.x", targetY: "datum.target.y"}]},
      {name: "node", type: "symbol", from: {data: "nodes"},
       encode: {enter: {fill: {value: "#1d2733"}, size: {value: 220}, tooltip: {field: "name"}}, update: {x: {field: "x"}, y: {field: "y"}}}},
      {type: "text", from: {data: "node"},
       encode: {update: {text: {field: "datum.name"}, x: {field: "x"}, y: {field: "y"}, dy: {value: -12}, align: {value: "center"}, fontSize: {value: 11}}}}]
  }, {actions: false, renderer: "svg"});
  document.querySelector(selector).dataset.nodes = data.nodes.length;
}
