// Private: the fixed parts of the HTML pages, the report dashboard and the
// comparison: the head, the style sheet and the script that sorts and filters
// the rows. One of each serves both pages.
#pragma once

#include <string_view>

namespace jindu::write {

// Up to the open <title>. The policy lets the page load nothing at all and run
// only its own script, named by its SHA-256 (tests/dashboard checks the hash):
// after a change to html_page_script, put the new hash here.
constexpr std::string_view html_page_head =
    "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
    "script-src 'sha256-Gf7fGQcv+POE7TdyLUjmp7xrjRMg6X7egT2TBzZ0/jo='\">\n"
    "<meta name=\"generator\" content=\"jindu\">\n<title>";

// Only fonts already on the reader's machine; status colours also carry a mark
// and a word, for print in black and white and for colour-blind readers.
constexpr std::string_view html_page_style = R"css(
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--head:#f6f8fa;
--completed:#1a7f37;--completed-bg:#dafbe1;--exceeded:#0550ae;--exceeded-bg:#ddf4ff;
--in_progress:#7d4e00;--in_progress-bg:#fff1c2;--not_started:#b3261e;--not_started-bg:#ffebe9;
--unknown:#59636e;--unknown-bg:#eef1f4}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1500px;padding:16px 24px;color:var(--fg);background:#fff;
font:14px/1.5 system-ui,"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.3em;margin:1.4em 0 .2em;border-bottom:2px solid var(--line)}
h3{font-size:1.05em;margin:1.2em 0 .4em}
.meta{color:var(--muted);font-weight:normal;font-size:.92em;margin:.2em 0}
.summary{margin:.6em 0}.total{margin:.2em 0}
.stack{display:flex;height:12px;border-radius:6px;overflow:hidden;background:var(--line);max-width:640px}
.stack span{display:block;height:100%}
.counts{list-style:none;display:flex;flex-wrap:wrap;gap:6px 18px;padding:0;margin:.5em 0}
.share{color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:.2em 0 .8em}
.category table{table-layout:fixed}
.items th:nth-child(1){width:4.5em}.items th:nth-child(2){width:24%}.items th:nth-child(3){width:10%}
.items th:nth-child(4),.items th:nth-child(5){width:8%}.items th:nth-child(6){width:9.5em}
.items th:nth-child(7){width:7.5em}
.changes th:nth-child(1){width:4em}.changes th:nth-child(2){width:20%}.changes th:nth-child(3){width:9%}
.changes th:nth-child(4){width:5.5em}.changes th:nth-child(5),.changes th:nth-child(6){width:7em}
.changes th:nth-child(7),.changes th:nth-child(8),.changes th:nth-child(9){width:6.5%}
.changes th:nth-child(10),.changes th:nth-child(11){width:8.5em}.changes th:nth-child(12){width:7em}
td{overflow-wrap:anywhere}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:var(--head);white-space:nowrap}
th button{font:inherit;font-weight:bold;border:0;background:none;padding:0;cursor:pointer;color:inherit}
th button::after{content:" ↕";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" ↑";color:var(--fg)}
th[aria-sort=descending] button::after{content:" ↓";color:var(--fg)}
td.num{text-align:right}td.progress{color:#333}
.implied{border-bottom:1px dotted var(--muted);cursor:help}
td.owners .owner{display:block}
td.completion{white-space:nowrap}
.bar{display:inline-block;vertical-align:middle;width:64px;height:10px;border:1px solid var(--muted);border-radius:2px;background:#fff}
.bar span{display:block;height:100%;background:var(--muted)}
[data-status=completed] .bar span{background:var(--completed)}[data-status=exceeded] .bar span{background:var(--exceeded)}
[data-status=in_progress] .bar span{background:#d4a72c}[data-status=not_started] .bar span{background:var(--not_started)}
.none{color:var(--muted)}
.chip{display:inline-block;white-space:nowrap;padding:0 .5em;border:1px solid;border-radius:1em;font-size:.9em}
.completed{color:var(--completed);background:var(--completed-bg)}
.exceeded{color:var(--exceeded);background:var(--exceeded-bg)}
.in_progress{color:var(--in_progress);background:var(--in_progress-bg)}
.not_started{color:var(--not_started);background:var(--not_started-bg)}
.unknown{color:var(--unknown);background:var(--unknown-bg)}
.stack .completed{background:var(--completed)}.stack .exceeded{background:var(--exceeded)}
.stack .in_progress{background:#d4a72c}.stack .not_started{background:var(--not_started)}
.stack .unknown{background:#afb8c1}
table.reports{width:auto}table.reports th .chip{font-weight:normal}
table.reports tbody th{text-align:left;white-space:nowrap}
.tag{display:inline-block;white-space:nowrap;padding:0 .5em;border:1px dashed var(--muted);border-radius:1em;
font-size:.9em;color:var(--muted)}
.move{white-space:nowrap}.move-completed{color:var(--completed)}.move-advanced{color:var(--exceeded)}
.move-regressed{color:var(--not_started)}.move-stalled{color:var(--in_progress)}
.move-already_completed,.move-unknown,.move-added,.move-dropped{color:var(--muted)}
.up{color:var(--completed)}.down{color:var(--not_started)}
.target-change{display:block;color:var(--muted);font-size:.9em}
table.transitions{width:auto}.transitions .arrow{color:var(--muted);border-left:0;border-right:0}
.filters{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;position:sticky;top:0;z-index:1;
background:#fff;padding:8px 0;border-bottom:1px solid var(--line)}
.filters select,.filters input{font:inherit;max-width:18em}
#shown{color:var(--muted)}
[hidden]{display:none!important}
@page{size:A4 landscape;margin:12mm}
@media print{
body{max-width:none;padding:0;font-size:9.5pt}
.items th:nth-child(1){width:3em}.items th:nth-child(6){width:7.5em}.items th:nth-child(7){width:6.5em}
.changes th:nth-child(1){width:3em}.changes th:nth-child(2){width:17%}.changes th:nth-child(4){width:5.5em}
.changes th:nth-child(5),.changes th:nth-child(6){width:6.5em}
.changes th:nth-child(10),.changes th:nth-child(11){width:7em}.changes th:nth-child(12){width:6em}
.bar{width:40px}
.filters,th button::after{display:none}
th button{font-weight:bold}
thead{display:table-header-group}
tr{break-inside:avoid}
h2,h3{break-after:avoid}
a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)css";

// Sorts and filters the rows the page holds (it reads without the script),
// the tr.item of the tables in div.category blocks, by the column heads with
// a data-key and by the selects of the filter form. The state is the
// fragment, "#status=in_progress&owner=区住建局&sort=completion&dir=desc", so a
// view can be shared and reloaded; its parameters are those of the selects
// (status, category and owner on the report dashboard; change, from, status,
// category and owner on the comparison), q (a search) and sort with dir.
// Links to a fragment (#change=added) set the state too. When it is done it
// sets data-dashboard="ready" on <body>.
constexpr std::string_view html_page_script = R"js(
"use strict";
(() => {
  const all = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  const form = document.getElementById("filters");
  const selects = all("select[data-param]", form);
  const search = document.getElementById("f-q");
  const shown = document.getElementById("shown");
  const rows = all("tr.item");
  const words = new Map(rows.map((row) => [row, row.textContent.toLowerCase()]));
  const owners = new Map(rows.map((row) => [row, all(".owner", row).map((o) => o.textContent)]));
  let state = new URLSearchParams();

  // The sort key of a cell: its data-sort, else its text; "" sorts last.
  const key = (row, column) => {
    const cell = row.cells[column];
    return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
  };
  const collator = new Intl.Collator("zh-Hans-CN", { numeric: true });
  const compare = (a, b) => {
    if (a === "" || b === "") return (a === "") - (b === "");
    const x = Number(a), y = Number(b);
    return Number.isFinite(x) && Number.isFinite(y) ? x - y : collator.compare(a, b);
  };

  const heads = all("th[data-key]");
  for (const th of heads) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.append(button);
    button.addEventListener("click", () => {
      const same = state.get("sort") === th.dataset.key;
      state.set("sort", th.dataset.key);
      if (same && state.get("dir") !== "desc") state.set("dir", "desc");
      else state.delete("dir");
      save();
    });
  }

  const sortRows = () => {
    const name = state.get("sort");
    const desc = state.get("dir") === "desc";
    for (const th of heads) {
      if (th.dataset.key === name) th.setAttribute("aria-sort", desc ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
    for (const table of all("div.category table")) {
      const column = all("th", table.tHead).findIndex((th) => th.dataset.key === name);
      const body = table.tBodies[0];
      const list = Array.from(body.rows);
      const order = (a, b) => Number(a.dataset.order) - Number(b.dataset.order);
      list.sort((a, b) => {
        if (column < 0) return order(a, b);
        const ka = key(a, column), kb = key(b, column);
        const c = ka === "" || kb === "" ? compare(ka, kb) : (desc ? -1 : 1) * compare(ka, kb);
        return c || order(a, b);
      });
      body.append(...list);
    }
  };

  // A row has the value of a select's parameter NAME in its data-NAME, or in
  // that of the block around it (data-category); owners are its .owner names.
  const matches = (row) => {
    for (const select of selects) {
      const name = select.dataset.param;
      if (!state.has(name)) continue;
      const wanted = state.get(name);
      if (name === "owner") {
        if (!owners.get(row).includes(wanted)) return false;
        continue;
      }
      const holder = row.closest(`[data-${name}]`);
      if (!holder || holder.dataset[name] !== wanted) return false;
    }
    const q = (state.get("q") || "").trim().toLowerCase();
    return q === "" || words.get(row).includes(q);
  };

  const filter = () => {
    let count = 0;
    for (const row of rows) {
      row.hidden = !matches(row);
      if (!row.hidden) ++count;
    }
    for (const block of all("div.category")) block.hidden = all("tr.item:not([hidden])", block).length === 0;
    for (const none of all("p.none-shown")) {
      const section = none.closest("section");
      none.hidden = !section.querySelector("tr.item") || section.querySelector("tr.item:not([hidden])") !== null;
    }
    shown.textContent = `显示 ${count} / ${rows.length} 项`;
  };

  // The controls show the state; a value no option has gets an option of its own.
  const show = () => {
    for (const select of selects) {
      const name = select.dataset.param;
      if (!state.has(name)) {
        select.selectedIndex = 0;
        continue;
      }
      const value = state.get(name);
      let index = Array.from(select.options).findIndex((o, i) => i > 0 && o.value === value);
      if (index < 0) {
        select.add(new Option(value, value));
        index = select.options.length - 1;
      }
      select.selectedIndex = index;
    }
    const q = state.get("q") || "";
    if (search.value !== q) search.value = q;
  };

  const apply = () => {
    state = new URLSearchParams(location.hash.slice(1));
    show();
    sortRows();
    filter();
  };

  // Writes the state into the fragment; the hashchange that follows applies it.
  const save = () => {
    const text = state.toString();
    if (text === location.hash.slice(1)) apply();
    else location.replace("#" + text);
  };

  for (const select of selects) {
    select.addEventListener("change", () => {
      if (select.selectedIndex === 0) state.delete(select.dataset.param);
      else state.set(select.dataset.param, select.value);
      save();
    });
  }
  search.addEventListener("input", () => {
    if (search.value === "") state.delete("q");
    else state.set("q", search.value);
    save();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    state = new URLSearchParams();
    save();
  });
  window.addEventListener("hashchange", apply);
  // The links to a report scroll to it and keep the filters of the fragment.
  for (const link of all("a.to-report")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      document.getElementById(link.hash.slice(1)).scrollIntoView();
    });
  }

  apply();
  form.hidden = false;
  document.body.dataset.dashboard = "ready";
})();
)js";

}  // namespace jindu::write
