// The report page's markup, styles and script; the data goes between them (report.cpp).
#pragma once

#include <string_view>

namespace posext::detail {

inline constexpr std::string_view report_head = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>posext report</title>
<style>
:root { --line: #d8d8d8; --ink: #1d1d1f; --muted: #6b6b70; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fafafa; }
header { padding: 14px 22px; background: #fff; border-bottom: 1px solid var(--line); display: flex; gap: 24px; align-items: baseline; flex-wrap: wrap; }
header h1 { font-size: 18px; margin: 0; }
header .summary { color: var(--muted); }
.controls { display: flex; gap: 14px; align-items: center; }
.controls label { color: var(--muted); }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr); gap: 16px; padding: 16px 22px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px; min-width: 0; }
section h2 { font-size: 15px; margin: 0 0 8px; }
#matrix-wrap { overflow: auto; max-height: 70vh; }
table.matrix { border-collapse: collapse; font-size: 12px; }
table.matrix th, table.matrix td { border: 1px solid #eee; padding: 2px 4px; text-align: center; white-space: nowrap; }
table.matrix thead th { position: sticky; top: 0; background: #fff; cursor: pointer; height: 120px; vertical-align: bottom; }
table.matrix thead th span { writing-mode: vertical-rl; transform: rotate(180deg); display: inline-block; }
table.matrix tbody th { position: sticky; left: 0; background: #fff; text-align: left; cursor: pointer; font-weight: 500; }
table.matrix td.cell { cursor: pointer; min-width: 26px; }
table.matrix td.cell.selected { outline: 2px solid #1f4fd1; }
.legend { color: var(--muted); font-size: 12px; margin-top: 6px; }
#evidence ol { padding-left: 18px; margin: 0; }
#evidence li { margin: 0 0 10px; }
#evidence .who { font-weight: 600; }
#evidence .kind { color: var(--muted); }
mark.cue { background: #ffe08a; padding: 0 1px; }
.tgt { text-decoration: underline 2px #5b8def; text-underline-offset: 3px; }
#statements { grid-column: 1 / -1; }
#statement-list { columns: 4 220px; font-size: 12px; margin: 0; padding-left: 18px; }
#reader { grid-column: 1 / -1; display: none; }
#reader .body { display: grid; grid-template-columns: minmax(0, 2fr) minmax(260px, 1fr); gap: 16px; }
#reader .text { white-space: pre-wrap; font-family: Georgia, serif; font-size: 15px; line-height: 1.6; max-height: 75vh; overflow: auto; }
#reader .side { max-height: 75vh; overflow: auto; font-size: 12px; }
#reader .side li { margin-bottom: 6px; cursor: pointer; }
.ad { background: #e6f0ff; }
.ar { font-weight: 700; color: #6a1b9a; }
.rf { background: #eee6ff; }
.ho { border-bottom: 2px dotted #444; }
.tg { text-decoration: underline 1px #5b8def; text-underline-offset: 3px; }
.cue { border-radius: 2px; padding: 0 1px; }
.t-support { background: #c8ecc9; } .t-welcome { background: #d8f3d0; } .t-commit { background: #cfe8f7; }
.t-appeal { background: #fde2c4; } .t-prescribe { background: #fff0b3; } .t-oppose { background: #f8c4c4; }
.t-concern { background: #f6d0e4; } .t-assess { background: #e4e4e4; }
.vt { outline: 1px solid #555; } .v-in_favour { background: #b9e6b9; } .v-against { background: #f3b1b1; } .v-abstention { background: #ddd; }
.key span { display: inline-block; padding: 0 5px; margin: 0 4px 4px 0; border-radius: 3px; font-size: 12px; }
</style>
</head>
<body>
<header>
  <h1>posext: positions by actor and issue</h1>
  <span class="summary" id="summary"></span>
  <span class="controls">
    <label>issue <select id="issue-filter"><option value="">all issues</option></select></label>
    <label>type <select id="type-filter"><option value="">all positions</option></select></label>
  </span>
</header>
<main>
  <section>
    <h2>Matrix <small class="legend">(net position: green for, red against; click a cell for its evidence, a header to sort)</small></h2>
    <div id="matrix-wrap"><table class="matrix" id="matrix"></table></div>
  </section>
  <section id="evidence"><h2>Evidence</h2><p class="legend">Choose a cell of the matrix.</p></section>
  <section id="reader"></section>
  <section id="statements"><h2>Statements</h2><ol id="statement-list"></ol></section>
</main>
)html";

inline constexpr std::string_view report_script = R"js(
"use strict";
(function () {
  const root = document.documentElement;
  let errors = 0;
  window.addEventListener("error", () => { errors += 1; root.dataset.errors = String(errors); });
  root.dataset.errors = "0";
  const data = JSON.parse(document.getElementById("data").textContent);
  const issues = data.issues, statements = data.statements, positions = data.positions, cells = data.cells;
  const types = ["support", "oppose", "prescribe", "appeal", "commit", "welcome", "concern", "assess", "vote"];
  const state = { issue: "", type: "", sortIssue: -1, selected: null };
  const el = (tag, attrs, text) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // Positions by actor and issue, for the cells' evidence and the type filter.
  const byCell = new Map();
  positions.forEach((p, index) => {
    if (!p[12]) return;
    for (const issue of p[10]) {
      const key = p[7] + "\u0000" + issue;
      if (!byCell.has(key)) byCell.set(key, []);
      byCell.get(key).push(index);
    }
  });
  const evidenceOf = (actor, issue) => (byCell.get(actor + "\u0000" + issue) || [])
    .filter((i) => !state.type || positions[i][8] === state.type);
  const netOf = (list) => list.reduce((sum, i) => sum + positions[i][11], 0);

  const usedIssues = [...new Set(cells.map((c) => c[1]))].sort((a, b) => a - b);
  const actors = [...new Set(cells.map((c) => c[0]))].sort((a, b) => a.localeCompare(b));
  document.getElementById("summary").textContent =
    `${statements.length} statements, ${positions.length} positions, ${actors.length} actors, ${usedIssues.length} issues, ${cells.length} cells`;
  const issueFilter = document.getElementById("issue-filter");
  for (const i of usedIssues) issueFilter.appendChild(el("option", { value: String(i) }, issues[i][1]));
  const typeFilter = document.getElementById("type-filter");
  for (const t of types) typeFilter.appendChild(el("option", { value: t }, t));
  issueFilter.addEventListener("change", () => { state.issue = issueFilter.value; drawMatrix(); });
  typeFilter.addEventListener("change", () => { state.type = typeFilter.value; drawMatrix(); });

  const colour = (net, max) => {
    if (net === 0) return "#f1f1f1";
    const a = Math.min(1, 0.15 + 0.85 * Math.abs(net) / max);
    return net > 0 ? `rgba(46,139,87,${a})` : `rgba(200,55,55,${a})`;
  };

  function drawMatrix() {
    const table = document.getElementById("matrix");
    table.textContent = "";
    const shown = state.issue === "" ? usedIssues : [Number(state.issue)];
    const head = el("thead"), row = el("tr");
    const corner = el("th", {}, "");
    corner.appendChild(el("span", {}, "actor ↕"));
    corner.addEventListener("click", () => { state.sortIssue = -1; drawMatrix(); });
    row.appendChild(corner);
    for (const i of shown) {
      const th = el("th", { title: issues[i][1] + " (click to sort)" });
      th.appendChild(el("span", {}, issues[i][1]));
      th.addEventListener("click", () => { state.sortIssue = i; drawMatrix(); });
      row.appendChild(th);
    }
    head.appendChild(row);
    table.appendChild(head);
    const nets = new Map();
    let max = 1;
    for (const a of actors) for (const i of shown) {
      const list = evidenceOf(a, i);
      if (list.length) { const n = netOf(list); nets.set(a + "\u0000" + i, [n, list.length]); max = Math.max(max, Math.abs(n)); }
    }
    let order = actors.filter((a) => shown.some((i) => nets.has(a + "\u0000" + i)));
    if (state.sortIssue >= 0) {
      const key = (a) => (nets.get(a + "\u0000" + state.sortIssue) || [-1e9])[0];
      order = order.slice().sort((x, y) => key(y) - key(x));
    }
    const body = el("tbody");
    let count = 0;
    for (const a of order) {
      const tr = el("tr");
      tr.appendChild(el("th", {}, a));
      for (const i of shown) {
        const v = nets.get(a + "\u0000" + i);
        const td = el("td");
        if (v) {
          td.className = "cell";
          td.textContent = String(v[0]);
          td.style.background = colour(v[0], max);
          td.title = `${a} on ${issues[i][1]}: net ${v[0]}, ${v[1]} positions`;
          td.addEventListener("click", () => { showEvidence(a, i, td); });
          count += 1;
        }
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    root.dataset.cells = String(count);
  }

  // A sentence with its cue marked and its target underlined, as nodes.
  function sentenceNodes(p) {
    const text = statements[p[0]].text;
    const [sb, se, cb, ce, tb, te] = p.slice(1, 7);
    const cuts = [...new Set([sb, se, Math.max(sb, Math.min(se, cb)), Math.max(sb, Math.min(se, ce)),
      ...(tb >= 0 ? [Math.max(sb, Math.min(se, tb)), Math.max(sb, Math.min(se, te))] : [])])].sort((a, b) => a - b);
    const out = document.createDocumentFragment();
    for (let k = 0; k + 1 < cuts.length; k += 1) {
      const a = cuts[k], b = cuts[k + 1];
      if (a >= b) continue;
      let node = document.createTextNode(text.slice(a, b));
      if (tb >= 0 && a >= tb && b <= te) { const u = el("span", { class: "tgt" }); u.appendChild(node); node = u; }
      if (a >= cb && b <= ce) { const m = el("mark", { class: "cue" }); m.appendChild(node); node = m; }
      out.appendChild(node);
    }
    return out;
  }

  function showEvidence(actor, issue, td) {
    if (state.selected) state.selected.classList.remove("selected");
    if (td) { td.classList.add("selected"); state.selected = td; }
    const box = document.getElementById("evidence");
    box.textContent = "";
    box.appendChild(el("h2", {}, `Evidence: ${actor} on ${issues[issue][1]}`));
    const list = el("ol");
    for (const i of evidenceOf(actor, issue)) {
      const p = positions[i];
      const li = el("li");
      li.appendChild(el("span", { class: "who" }, p[7] + " "));
      li.appendChild(el("span", { class: "kind" }, p[8] === "vote" ? `vote: ${p[9]} ` : `${p[8]} ${p[9]} `));
      const link = el("a", { href: "#statement-" + p[0], class: "evidence", "data-statement": String(p[0]) },
        statements[p[0]].file.split("/").pop());
      link.addEventListener("click", () => { showStatement(p[0], p[3]); });
      li.appendChild(link);
      const quote = el("div");
      quote.appendChild(sentenceNodes(p));
      li.appendChild(quote);
      list.appendChild(li);
    }
    box.appendChild(list);
    return list;
  }

  // The reader view: a statement's text with its layers marked, and its positions beside it.
  function showStatement(k, focus) {
    const s = statements[k];
    const reader = document.getElementById("reader");
    reader.textContent = "";
    reader.style.display = "block";
    reader.appendChild(el("h2", {}, `${s.file}${s.speaker ? " (" + s.speaker + ")" : ""}`));
    const key = el("div", { class: "key" });
    for (const [css, name] of [["ad", "address"], ["ar", "argument"], ["t-support", "support"], ["t-oppose", "oppose"],
      ["t-prescribe", "prescribe"], ["t-appeal", "appeal"], ["t-commit", "commit"], ["t-welcome", "welcome"],
      ["t-concern", "concern"], ["t-assess", "assess"], ["rf", "reference"], ["v-in_favour", "vote"]]) {
      key.appendChild(el("span", { class: css }, name));
    }
    reader.appendChild(key);
    const body = el("div", { class: "body" });
    const textBox = el("div", { class: "text" });
    const cuts = new Set([0, s.text.length]);
    for (const m of s.marks) { cuts.add(m[0]); cuts.add(m[1]); }
    const sorted = [...cuts].sort((a, b) => a - b);
    let focusNode = null;
    for (let i = 0; i + 1 < sorted.length; i += 1) {
      const a = sorted[i], b = sorted[i + 1];
      const active = s.marks.filter((m) => m[0] <= a && b <= m[1] && m[0] < m[1]);
      if (!active.length) { textBox.appendChild(document.createTextNode(s.text.slice(a, b))); continue; }
      const span = el("span", { class: active.map((m) => m[2]).join(" "), title: active.map((m) => m[3]).join("\n\n") },
        s.text.slice(a, b));
      if (focus !== undefined && a <= focus && focus < b && !focusNode) focusNode = span;
      textBox.appendChild(span);
    }
    body.appendChild(textBox);
    const side = el("ol", { class: "side" });
    positions.forEach((p) => {
      if (p[0] !== k) return;
      const li = el("li", {}, `${p[7] || "?"}: ${p[8] === "vote" ? "vote " + p[9] : p[8] + " " + p[9]}` +
        (p[10].length ? " [" + p[10].map((i) => issues[i][0]).join(", ") + "]" : ""));
      li.addEventListener("click", () => { showStatement(k, p[3]); });
      side.appendChild(li);
    });
    body.appendChild(side);
    reader.appendChild(body);
    if (focusNode) focusNode.scrollIntoView({ block: "center" });
    else reader.scrollIntoView();
  }

  const listBox = document.getElementById("statement-list");
  statements.forEach((s, k) => {
    const li = el("li", { id: "statement-" + k });
    const a = el("a", { href: "#statement-" + k }, s.file.split("/").pop() + (s.speaker ? " (" + s.speaker + ")" : ""));
    a.addEventListener("click", () => { showStatement(k); });
    li.appendChild(a);
    listBox.appendChild(li);
  });
  drawMatrix();

  // With "#selftest": every cell's evidence is drawn, every link checked, and each statement read.
  if (location.hash === "#selftest") {
    let links = 0, broken = 0, evidence = 0;
    for (const c of cells) {
      const list = showEvidence(c[0], c[1], null);
      evidence += list.children.length;
      for (const a of list.querySelectorAll("a.evidence")) {
        links += 1;
        const target = document.getElementById(a.getAttribute("href").slice(1));
        if (!target || Number(a.dataset.statement) >= statements.length) broken += 1;
      }
    }
    statements.forEach((s, k) => showStatement(k));
    root.dataset.links = String(links);
    root.dataset.broken = String(broken);
    root.dataset.evidence = String(evidence);
  }
  // With "#open": the cell with the most evidence is opened, and the statement of its first position.
  if (location.hash === "#open" && cells.length) {
    const best = cells.reduce((x, y) => (y[3] > x[3] ? y : x));
    const td = [...document.querySelectorAll("td.cell")].find((c) => c.title.startsWith(best[0] + " on " + issues[best[1]][1] + ":"));
    const list = showEvidence(best[0], best[1], td || null);
    const first = list.querySelector("a.evidence");
    if (first) showStatement(Number(first.dataset.statement));
    window.scrollTo(0, 0);
  }
  root.dataset.ms = String(Math.round(performance.now()));  // from navigation to a drawn page
  root.dataset.ready = "1";
})();
)js";

}  // namespace posext::detail
