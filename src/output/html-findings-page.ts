/**
 * The findings page's CSS and script. The script is plain ES2019 so any current browser runs it;
 * it reads the JSON island, filters in memory and draws only the rows in view (fixed row height),
 * so first paint does not grow with the number of items.
 */

export const FINDINGS_CSS = `
*{box-sizing:border-box}body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;background:#f6f8fa}
header{padding:12px 16px 4px;background:#fff;border-bottom:1px solid #d0d7de}h1{margin:0;font-size:20px}.muted{color:#57606a}
#controls-bar{display:flex;flex-wrap:wrap;gap:8px;align-items:end;padding:8px 16px;background:#fff;border-bottom:1px solid #d0d7de}
#controls-bar label{display:flex;flex-direction:column;font-size:11px;text-transform:uppercase;color:#57606a}
#controls-bar select,#q,#reset{font:inherit;padding:4px 6px;border:1px solid #d0d7de;border-radius:6px;background:#fff;max-width:220px}
#q{flex:1 1 260px;max-width:none}#summary{display:flex;gap:16px;align-items:center;padding:6px 16px}#count{min-width:220px;font-weight:600}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(320px,2fr);gap:12px;padding:0 16px 16px}
#list{position:relative;height:calc(100vh - 250px);min-height:320px;overflow-y:auto;background:#fff;border:1px solid #d0d7de;border-radius:6px}
#spacer{width:1px}.row{position:absolute;left:0;right:0;height:32px;display:grid;grid-template-columns:74px 96px minmax(0,3fr) minmax(0,2fr) 120px 110px;gap:8px;align-items:center;padding:0 8px;border-bottom:1px solid #eaeef2;cursor:pointer;white-space:nowrap}
.row>span{overflow:hidden;text-overflow:ellipsis}.row:hover{background:#f3f6f9}.row[aria-expanded=true]{background:#ddf4ff}
.badge{display:inline-block;padding:1px 6px;border-radius:10px;font-size:12px;font-weight:600}
.s-fail{background:#ffebe9;color:#a40e26}.s-pass{background:#dafbe1;color:#116329}.s-error{background:#fff8c5;color:#7d4e00}.s-not_applicable{background:#eaeef2;color:#57606a}
.v-critical{background:#a40e26;color:#fff}.v-high{background:#cf222e;color:#fff}.v-medium{background:#bc4c00;color:#fff}.v-low{background:#9a6700;color:#fff}.v-info{background:#57606a;color:#fff}
#detail{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:12px;height:calc(100vh - 250px);min-height:320px;overflow:auto}
#detail h2{font-size:16px;margin:0 0 6px}#detail h3{font-size:13px;margin:12px 0 4px;text-transform:uppercase;color:#57606a}
#detail pre{background:#f6f8fa;border:1px solid #eaeef2;border-radius:6px;padding:8px;overflow:auto;white-space:pre-wrap;word-break:break-word;font-size:12px}
#detail dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0}#detail dt{color:#57606a}#detail dd{margin:0;word-break:break-all}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}#chart text{font-size:11px;fill:#1b1f24}
@media (max-width:900px){main{grid-template-columns:1fr}#detail{height:auto}}
`;

export const FINDINGS_SCRIPT = `
(function () {
  'use strict';
  var ROW = 32;
  var D = JSON.parse(document.getElementById('annexa-data').textContent);
  var checks = D.checks, items = D.items, statuses = D.meta.statuses, severities = D.meta.severities;
  var C = { check: 0, status: 1, sev: 2, provider: 3, account: 4, region: 5, type: 6, id: 7, name: 8, message: 9, controls: 10, observed: 11, apis: 12, at: 13, waiver: 14, error: 15 };
  var list = document.getElementById('list'), spacer = document.getElementById('spacer'), detail = document.getElementById('detail');
  var count = document.getElementById('count'), chart = document.getElementById('chart'), q = document.getElementById('q');
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  var shown = [], drawn = {}, selected = -1, hay = null;

  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  function fieldOf(it, f) {
    switch (f) {
      case 'provider': return it[C.provider];
      case 'account': return it[C.account];
      case 'region': return it[C.region];
      case 'service': return checks[it[C.check]][2];
      case 'severity': return severities[it[C.sev]];
      case 'status': return statuses[it[C.status]];
      default: return '';
    }
  }
  function fillFilters() {
    selects.forEach(function (sel) {
      var f = sel.getAttribute('data-filter'), seen = {};
      for (var i = 0; i < items.length; i++) {
        if (f === 'control') { var cs = items[i][C.controls] ? items[i][C.controls].split(' ') : []; for (var k = 0; k < cs.length; k++) seen[cs[k]] = 1; }
        else seen[fieldOf(items[i], f)] = 1;
      }
      var keys = Object.keys(seen).filter(Boolean);
      if (f === 'severity') keys = severities.filter(function (s) { return seen[s]; });
      else if (f === 'status') keys = statuses.filter(function (s) { return seen[s]; });
      else keys.sort(function (a, b) { return a.localeCompare(b, 'en', { numeric: true }); });
      var html = '<option value="">all</option>';
      for (var j = 0; j < keys.length; j++) html += '<option value="' + esc(keys[j]) + '">' + esc(keys[j].replace('_', ' ')) + '</option>';
      sel.innerHTML = html;
    });
  }
  function haystack(i) {
    var it = items[i], ch = checks[it[C.check]];
    return (ch[0] + ' ' + ch[1] + ' ' + it[C.id] + ' ' + it[C.name] + ' ' + it[C.message] + ' ' + it[C.controls] + ' ' + it[C.account] + ' ' + it[C.region]).toLowerCase();
  }
  function apply() {
    var want = {}, text = q.value.trim().toLowerCase();
    selects.forEach(function (s) { if (s.value) want[s.getAttribute('data-filter')] = s.value; });
    if (text && !hay) { hay = new Array(items.length); for (var h = 0; h < items.length; h++) hay[h] = haystack(h); }
    var out = [];
    for (var i = 0; i < items.length; i++) {
      var it = items[i], ok = true;
      for (var f in want) {
        if (f === 'control') { if ((' ' + it[C.controls] + ' ').indexOf(' ' + want[f] + ' ') < 0) { ok = false; break; } }
        else if (fieldOf(it, f) !== want[f]) { ok = false; break; }
      }
      if (ok && text && hay[i].indexOf(text) < 0) ok = false;
      if (ok) out.push(i);
    }
    // Failing first, most severe first; then the rest by status.
    out.sort(function (a, b) { var x = items[a], y = items[b]; return (x[C.status] - y[C.status]) || (x[C.sev] - y[C.sev]) || (a - b); });
    shown = out;
    spacer.style.height = (shown.length * ROW) + 'px';
    list.scrollTop = 0;
    redraw(true);
    summarise();
  }
  function rowHtml(pos) {
    var i = shown[pos], it = items[i], ch = checks[it[C.check]], st = statuses[it[C.status]], sv = severities[it[C.sev]];
    return '<div class="row" role="option" data-i="' + i + '" aria-expanded="' + (i === selected) + '" style="top:' + (pos * ROW) + 'px">' +
      '<span><span class="badge s-' + st + '">' + esc(st.replace('_', ' ')) + '</span></span>' +
      '<span><span class="badge v-' + sv + '">' + sv + '</span></span>' +
      '<span title="' + esc(ch[0]) + '">' + esc(ch[1]) + '</span>' +
      '<span title="' + esc(it[C.id]) + '">' + esc(it[C.name] || it[C.id]) + '</span>' +
      '<span>' + esc(it[C.account]) + '</span><span>' + esc(it[C.region]) + '</span></div>';
  }
  function redraw(force) {
    var first = Math.max(0, Math.floor(list.scrollTop / ROW) - 10);
    var last = Math.min(shown.length, Math.ceil((list.scrollTop + list.clientHeight) / ROW) + 10);
    var key = first + ':' + last;
    if (!force && drawn.key === key) return;
    drawn.key = key;
    var html = '';
    for (var p = first; p < last; p++) html += rowHtml(p);
    list.innerHTML = '';
    list.appendChild(spacer);
    list.insertAdjacentHTML('beforeend', html);
  }
  function summarise() {
    var byStatus = {}, bySev = {};
    statuses.forEach(function (s) { byStatus[s] = 0; });
    severities.forEach(function (s) { bySev[s] = 0; });
    for (var k = 0; k < shown.length; k++) {
      var it = items[shown[k]];
      byStatus[statuses[it[C.status]]]++;
      if (statuses[it[C.status]] === 'fail') bySev[severities[it[C.sev]]]++;
    }
    count.textContent = shown.length + ' of ' + items.length + ' findings, ' + byStatus.fail + ' failing';
    var bars = statuses.map(function (s) { return { label: s.replace('_', ' '), n: byStatus[s], cls: 's-' + s }; })
      .concat(severities.map(function (s) { return { label: 'fail ' + s, n: bySev[s], cls: 'v-' + s }; }));
    var max = Math.max.apply(null, bars.map(function (b) { return b.n; }).concat([1]));
    var w = 100 / bars.length, svg = '';
    var colours = { 's-fail': '#cf222e', 's-pass': '#1a7f37', 's-error': '#bf8700', 's-not_applicable': '#8c959f', 'v-critical': '#a40e26', 'v-high': '#cf222e', 'v-medium': '#bc4c00', 'v-low': '#9a6700', 'v-info': '#57606a' };
    bars.forEach(function (b, n) {
      var h = Math.round(80 * b.n / max);
      svg += '<g class="bar"><rect x="' + (n * w + 1) + '%" y="' + (90 - h) + '" width="' + (w - 2) + '%" height="' + h + '" fill="' + colours[b.cls] + '"><title>' + esc(b.label + ': ' + b.n) + '</title></rect>' +
        '<text x="' + (n * w + w / 2) + '%" y="' + (86 - h) + '" text-anchor="middle">' + b.n + '</text>' +
        '<text x="' + (n * w + w / 2) + '%" y="108" text-anchor="middle">' + esc(b.label) + '</text></g>';
    });
    chart.innerHTML = svg;
  }
  function show(i) {
    selected = i;
    var it = items[i], ch = checks[it[C.check]], st = statuses[it[C.status]];
    var apis = it[C.apis] ? it[C.apis].split(' ') : [];
    detail.innerHTML = '<h2>' + esc(ch[1]) + '</h2>' +
      '<p><span class="badge s-' + st + '">' + esc(st.replace('_', ' ')) + '</span> <span class="badge v-' + severities[it[C.sev]] + '">' + severities[it[C.sev]] + '</span> <code>' + esc(ch[0]) + '</code></p>' +
      '<p>' + esc(it[C.message]) + '</p>' +
      '<dl><dt>Resource</dt><dd><code>' + esc(it[C.id]) + '</code></dd><dt>Type</dt><dd>' + esc(it[C.type]) + '</dd><dt>Account</dt><dd>' + esc(it[C.provider] + ' ' + it[C.account]) + '</dd><dt>Region</dt><dd>' + esc(it[C.region]) + '</dd>' +
      '<dt>Controls</dt><dd>' + esc(it[C.controls] || 'none') + '</dd><dt>Collected</dt><dd>' + esc(it[C.at]) + '</dd>' +
      (it[C.waiver] ? '<dt>Waived</dt><dd>' + esc(it[C.waiver]) + '</dd>' : '') + (it[C.error] ? '<dt>Error</dt><dd>' + esc(it[C.error]) + '</dd>' : '') + '</dl>' +
      '<h3>Observed facts</h3><pre class="observed">' + esc(JSON.stringify(it[C.observed], null, 2)) + '</pre>' +
      '<h3>API calls</h3><ul class="apis">' + apis.map(function (a) { return '<li><code>' + esc(a) + '</code></li>'; }).join('') + '</ul>' +
      '<h3>Remediation</h3><p class="remediation">' + esc(ch[4] || 'See the check documentation.') + '</p>' +
      (ch[5] ? '<p><strong>Console:</strong> <span class="console">' + esc(ch[5]) + '</span></p>' : '') +
      (ch[6] ? '<p><strong>CLI:</strong></p><pre class="cli">' + esc(ch[6]) + '</pre>' : '') +
      (ch[3] ? '<h3>Why it matters</h3><p>' + esc(ch[3]) + '</p>' : '');
    redraw(true);
  }
  list.addEventListener('scroll', function () { window.requestAnimationFrame(function () { redraw(false); }); });
  list.addEventListener('click', function (e) { var r = e.target.closest('.row'); if (r) show(Number(r.getAttribute('data-i'))); });
  list.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    var pos = shown.indexOf(selected) + (e.key === 'ArrowDown' ? 1 : -1);
    if (pos >= 0 && pos < shown.length) { show(shown[pos]); list.scrollTop = Math.max(0, pos * ROW - list.clientHeight / 2); }
  });
  var timer = 0;
  q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  document.getElementById('reset').addEventListener('click', function () { q.value = ''; selects.forEach(function (s) { s.value = ''; }); apply(); });
  fillFilters();
  apply();
  // The benchmark reads this mark: the moment the first rows of findings are on the page.
  if (window.performance && performance.mark) performance.mark('annexa-rows');
  document.body.setAttribute('data-ready', 'true');
})();
`;
