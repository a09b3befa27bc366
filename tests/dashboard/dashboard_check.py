#!/usr/bin/env python3
"""Loads the HTML dashboard of every sample in a real browser (Debian's chromium).

Usage: dashboard_check.py JINDU SOURCE_DIR OUT_DIR [without-pdf]
For each report in SOURCE_DIR/samples (but the PDFs, for a program built
without the PDF reader) it writes `JINDU convert --format html` into OUT_DIR,
loads it with `chromium --headless --dump-dom`, with and without a fragment
filter, and checks the rendered rows against the records of
`JINDU convert --format json`: which rows show, in which order, and what they
say. It also loads the page of all samples at once, the seed with scripts
off and with its controls worked by a script, and fails on any message the
page logs to the console. Before that, without the browser, a report of
several item batches must give its items in order. The screenshot
OUT_DIR/dashboard.png of the seed's dashboard is kept as an artifact.

For each sample pair of SOURCE_DIR/samples/compare it writes the comparison
page with `JINDU compare --format html`, which `JINDU convert` of the
pair's jindu.compare/1 JSON must give byte for byte, loads it with and
without fragment filters, and checks its rows and counts against that JSON;
OUT_DIR/compare-NAME.png is its screenshot.

Without chromium it exits 77 (skipped), unless CI is set: then it fails.
"""
import base64
import concurrent.futures
import hashlib
import html.parser
import json
import math
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

SEED = "2024-h1-district-livelihood-projects.txt"
SKIPPED = 77
STATUSES = ["completed", "exceeded", "in_progress", "not_started", "unknown"]


class Page(html.parser.HTMLParser):
    """The rows, sections, summary and state of a dumped dashboard."""

    VOID = {"br", "meta", "input", "img", "hr", "link", "col", "wbr", "source"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, attrs, hidden)
        self.rows = []
        self.sections = 0
        self.body = {}
        self.counts = {}
        self.filters_hidden = None
        self.none_shown = {}  # section: whether it says that no item matches
        self.row = None
        self.cell = None
        self.owner = None
        self.target = None  # the text of a comparison's note of a changed target
        self.count_status = None

    def hidden(self):
        return any(h for _, _, h in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "body":
            self.body = a
        if tag == "section" and "report" in classes:
            self.sections += 1
        if tag == "p" and "none-shown" in classes:
            self.none_shown[self.sections] = "hidden" not in a
        if tag == "form" and a.get("id") == "filters":
            self.filters_hidden = "hidden" in a
        if tag == "tr" and "item" in classes:
            self.row = {"status": a.get("data-status"), "order": int(a["data-order"]),
                        "row": int(a["data-row"]) if "data-row" in a else None, "attrs": a,
                        "section": self.sections, "visible": not self.hidden() and "hidden" not in a,
                        "category": next((t[1].get("data-category") for t in reversed(self.stack)
                                          if t[0] == "div"), None),
                        "cells": [], "sort": [], "owners": [], "chip": None, "chips": [], "target_change": None}
        if tag == "td" and self.row is not None:
            self.cell = []
            self.row["sort"].append(a.get("data-sort"))
            self.row["chips"].append([])
        if tag == "span" and self.row is not None and "owner" in classes:
            self.owner = []
        if tag == "span" and self.row is not None and "chip" in classes:
            self.row["chip"] = [c for c in classes if c != "chip"]
            self.row["chips"][-1] += self.row["chip"]
        if tag == "span" and self.row is not None and "target-change" in classes:
            self.target = []
        if tag == "li" and a.get("data-status") and not self.stack_has("section"):
            self.count_status = a["data-status"]
        if tag == "br" and self.cell is not None:
            self.cell.append("\n")
        if tag not in self.VOID:
            self.stack.append((tag, a, "hidden" in a))

    def stack_has(self, tag):
        return any(t[0] == tag for t in self.stack)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            top = self.stack.pop()[0]
            if top == tag:
                break
        if tag == "td" and self.cell is not None:
            self.row["cells"].append("".join(self.cell))
            self.cell = None
        if tag == "span" and self.owner is not None:
            self.row["owners"].append("".join(self.owner))
            self.owner = None
        if tag == "span" and self.target is not None:
            self.row["target_change"] = "".join(self.target)
            self.target = None
        if tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None
        if tag == "li":
            self.count_status = None

    def handle_data(self, data):
        if self.target is not None:
            self.target.append(data)
        elif self.cell is not None:
            self.cell.append(data)
        if self.owner is not None:
            self.owner.append(data)
        if self.count_status and self.stack and self.stack[-1][1].get("class") == "count":
            self.counts[self.count_status] = int(data)


def parse(dom):
    page = Page()
    page.feed(dom)
    page.close()
    return page


class Browser:
    def __init__(self, chromium, out):
        self.chromium = chromium
        self.out = out

    def run(self, args, url):
        """Runs chromium on url; returns its stdout and the console lines it logged."""
        with tempfile.TemporaryDirectory(prefix="chromium-", dir=self.out) as profile:
            run = subprocess.run([self.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                  "--enable-logging=stderr", "--v=0", f"--user-data-dir={profile}", *args, url],
                                 capture_output=True, timeout=120)
        console = [line for line in run.stderr.decode("utf-8", "replace").splitlines() if ":CONSOLE" in line]
        if run.returncode != 0:
            raise RuntimeError(f"chromium exited {run.returncode} on {url}: {run.stderr[-400:]!r}")
        return run.stdout.decode("utf-8"), console

    def dom(self, path, fragment=""):
        url = pathlib.Path(path).resolve().as_uri() + ("#" + fragment if fragment else "")
        dom, console = self.run(["--dump-dom"], url)
        page = parse(dom)
        page.source = dom
        return page, console


class Check:
    def __init__(self):
        self.failures = []

    def __call__(self, ok, where, message):
        if not ok:
            self.failures.append(f"{where}: {message}")
        return ok


def percent(v):
    """A completion as the page shows it: a whole percent, halves rounded up."""
    return f"{math.floor(v * 100 + 0.5)}%"


def compare_rows(check, where, rows, items, section=None):
    """The rendered rows say what the records say, in the records' order."""
    if section is not None:
        rows = [r for r in rows if r["section"] == section]
    if not check(len(rows) == len(items), where, f"{len(rows)} rows for {len(items)} items"):
        return
    for k, (row, item) in enumerate(zip(sorted(rows, key=lambda r: r["order"]), items)):
        at = f"{where}: item {k + 1} (row {item['row']})"
        seq, content, owners, target, achieved, completion, status, progress = row["cells"]
        check(row["row"] == item["row"], at, f"data-row {row['row']}")
        check(row["order"] == k, at, f"data-order {row['order']}")
        check(seq == (item["seq"] or ""), at, f"seq {seq!r}, not {item['seq']!r}")
        check(content == (item["content"] or ""), at, f"content {content!r}, not {item['content']!r}")
        check(row["owners"] == item["owners"], at, f"owners {row['owners']}, not {item['owners']}")
        check(progress == (item["progress"] or ""), at, f"progress {progress!r}, not {item['progress']!r}")
        check(row["status"] == item["status"] and row["chip"] == [item["status"]], at,
              f"status {row['status']} / chip {row['chip']}, not {item['status']}")
        check(row["category"] == (item["category"] or ""), at, f"category {row['category']!r}")
        for name, cell, key, amounts in (("target", target, row["sort"][3], item["targets"]),
                                         ("achieved", achieved, row["sort"][4], item["achieved"])):
            lines = cell.split("\n") if cell else []
            check(len(lines) == len(amounts), at, f"{len(lines)} {name} lines for {len(amounts)} amounts")
            first = amounts[0]["value"] if amounts else None
            check((key is None and first is None) or (key is not None and first is not None
                                                      and float(key) == first), at, f"{name} sort key {key!r}")
            for line, a in zip(lines, amounts):
                shown = a["text"] if a["text"] and not a["implied"] else None
                if shown is not None:
                    check(line == shown, at, f"{name} {line!r}, not {shown!r}")
        c = item["completion"]
        if c is None:
            check(row["sort"][5] is None and completion == "—", at, f"completion {completion!r} for none")
        else:
            check(row["sort"][5] is not None and float(row["sort"][5]) == c and completion.strip() == percent(c),
                  at, f"completion {completion!r} / {row['sort'][5]!r}, not {c}")


def check_filtered(check, where, page, items, keep):
    """Exactly the items keep() picks are visible, each once, in their order."""
    visible = [r["order"] for r in page.rows if r["visible"]]
    wanted = [k for k, item in enumerate(items) if keep(item)]
    check(visible == wanted, where, f"visible rows {visible}, not {wanted}")


def check_page_source(check, where, path):
    """Nothing is loaded from elsewhere, and the policy names the script's hash."""
    text = pathlib.Path(path).read_text(encoding="utf-8")
    for pattern in (r"<link\b", r"\bsrc\s*=", r"url\(", r"@import", r"https?:", r"<iframe\b"):
        check(not re.search(pattern, text, re.I), where, f"the page holds {pattern!r}: it must load nothing")
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    check(len(scripts) == 1, where, f"{len(scripts)} scripts")
    policy = re.search(r"script-src 'sha256-([A-Za-z0-9+/=]+)'", text)
    if scripts and check(policy is not None, where, "no script hash in the Content-Security-Policy"):
        digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
        check(policy.group(1) == digest, where,
              f"the policy names sha256-{policy.group(1)}; the script's is sha256-{digest} (html_page_head)")


# Works the controls of a dashboard as a reader would, and records after each
# step the fragment, the rows shown and the status the select shows.
DRIVER = """
window.addEventListener("load", async () => {
  const tick = () => new Promise((done) => setTimeout(done, 100));
  const steps = [];
  const step = async (name) => {
    await tick();
    steps.push({name, hash: decodeURIComponent(location.hash), shown: document.querySelectorAll("tr.item:not([hidden])").length,
                status: document.getElementById("f-status").value, query: document.getElementById("f-q").value});
  };
  const choose = (id, value) => {
    const select = document.getElementById(id);
    select.value = value;
    select.dispatchEvent(new Event("change"));
  };
  choose("f-status", "completed");
  await step("status");
  document.querySelector('th[data-key="completion"] button').click();
  await step("sort");
  document.querySelector('th[data-key="completion"] button').click();
  await step("sort again");
  document.getElementById("f-reset").click();
  await step("reset");
  const search = document.getElementById("f-q");
  search.value = "码头";
  search.dispatchEvent(new Event("input"));
  await step("search");
  location.hash = "#status=in_progress";
  await step("navigate");
  document.body.dataset.steps = JSON.stringify(steps);
});
"""


def drive(check, browser, page_path, out, items):
    """The controls write the fragment, and a new fragment sets the controls."""
    text = pathlib.Path(page_path).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(DRIVER.encode("utf-8")).digest()).decode()
    text = text.replace("script-src 'sha256-", f"script-src 'sha256-{digest}' 'sha256-", 1)
    text = text.replace("</body>", f"<script>{DRIVER}</script></body>", 1)
    driven = out / "driven.html"
    driven.write_text(text, encoding="utf-8")
    dom, console = browser.run(["--virtual-time-budget=5000", "--dump-dom"], driven.resolve().as_uri())
    where = "controls"
    check(not console, where, "the page logged: " + " | ".join(console))
    steps = json.loads(parse(dom).body.get("data-steps") or "[]")
    if not check(len(steps) == 6, where, f"the driver did not finish: {steps}"):
        return
    count = lambda keep: sum(1 for i in items if keep(i))
    in_text = lambda i: any("码头" in (i[f] or "") for f in ("content", "progress"))
    wanted = [
        ("status", "#status=completed", count(lambda i: i["status"] == "completed"), "completed", ""),
        ("sort", "#status=completed&sort=completion", count(lambda i: i["status"] == "completed"), "completed", ""),
        ("sort again", "#status=completed&sort=completion&dir=desc", count(lambda i: i["status"] == "completed"),
         "completed", ""),
        ("reset", "", len(items), "", ""),
        ("search", "#q=码头", count(in_text), "", "码头"),
        ("navigate", "#status=in_progress", count(lambda i: i["status"] == "in_progress"), "in_progress", ""),
    ]
    for got, (name, hash_, shown, status, query) in zip(steps, wanted):
        check(got == {"name": name, "hash": hash_, "shown": shown, "status": status, "query": query}, where,
              f"after {name}: {got}, not hash {hash_!r}, {shown} shown, status {status!r}, search {query!r}")


def check_batches(check, jindu, out):
    """A report of several item batches (1024 items each) gives every item once, in order."""
    lines = ["2024年度区政府民生实事项目进展表", "序号\t项目内容\t责任单位\t进展情况"]
    lines += [f"{k}\t新建停车位 {k} 个。\t区住建局\t已完成 {k} 个。" for k in range(1, 2601)]
    report = out / "large-report.txt"
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page_path = out / "large-report.html"
    subprocess.run([jindu, "convert", "--format", "html", "-o", page_path, report], check=True)
    items = json.loads(subprocess.run([jindu, "convert", "--format", "json", report], check=True,
                                      capture_output=True).stdout)["items"]
    rows = parse(page_path.read_text(encoding="utf-8")).rows
    check(len(items) == 2600, "large report", f"{len(items)} items read")
    check([(r["order"], r["row"]) for r in rows] == [(k, i["row"]) for k, i in enumerate(items)], "large report",
          "the page's rows are not the report's items in order")


# What the comparison page says for where an item went, and the order in
# which it lists the kinds of change.
CHANGE_WORDS = {"completed": "新完成", "advanced": "有进展", "stalled": "无进展", "regressed": "倒退",
                "already_completed": "此前已完成", "unknown": "进展不明", "added": "新增", "dropped": "未再列出"}
MOVEMENTS = ["completed", "advanced", "stalled", "regressed", "already_completed", "unknown"]


def sample_pairs(root, pdf):
    """The report pairs of samples/compare/: (name, old, new) from each gold list's "# old" and "# new" lines."""
    pairs = []
    for gold in sorted((root / "samples" / "compare").glob("*.gold.tsv")):
        named = dict(line[2:].rstrip("\n").split("\t", 1) for line in gold.read_text(encoding="utf-8").splitlines()
                     if line.startswith(("# old\t", "# new\t")))
        old, new = root / named["old"], root / named["new"]
        if pdf or (old.suffix != ".pdf" and new.suffix != ".pdf"):
            pairs.append((gold.name[:-len(".gold.tsv")], old, new))
    return pairs


def number(v):
    """A number as the writers print it: integers without a fraction, others the shortest that reads back."""
    return str(int(v)) if v == int(v) and abs(v) < 1e21 else repr(float(v))


def amount(v, unit):
    return number(v) + ("" if not unit else unit if unit == "%" else " " + unit)


def signed(v, unit):
    return ("+" if v > 0 else "") + amount(v, unit)


def comparison_lines(comparison):
    """The comparison's items as the page lists them: the pairs, the dropped, the added items, in order."""
    lines = [{"change": p["movement"], "old": p["old"], "new": p["new"], "pair": p} for p in comparison["pairs"]]
    lines += [{"change": "dropped", "old": i, "new": None, "pair": None} for i in comparison["dropped"]]
    lines += [{"change": "added", "old": None, "new": i, "pair": None} for i in comparison["added"]]
    for line in lines:
        line["shown"] = line["new"] or line["old"]
    return lines


def targets_text(item):
    return "；".join(t["text"] or number(t["value"]) for t in item["targets"])


def compare_change_rows(check, where, rows, lines):
    """The rendered rows say what the comparison says: a table per category in order of appearance, each
    line once with both sides, in the comparison's order."""
    categories = list(dict.fromkeys(line["shown"]["category"] or "" for line in lines))
    wanted = [k for c in categories for k, line in enumerate(lines) if (line["shown"]["category"] or "") == c]
    check([r["order"] for r in rows] == wanted, where, f"rows in the order {[r['order'] for r in rows]}, not {wanted}")
    if not check(len(rows) == len(lines), where, f"{len(rows)} rows for {len(lines)} lines"):
        return
    for row in rows:
        line = lines[row["order"]]
        old, new, pair, shown = line["old"], line["new"], line["pair"], line["shown"]
        at = f"{where}: line {row['order'] + 1} ({line['change']}, {shown['content'][:16]})"
        if not check(len(row["cells"]) == 12, at, f"{len(row['cells'])} cells"):
            continue
        seq, content, owners, change, old_status, new_status, *rest = row["cells"]
        old_achieved, new_achieved, achieved_change, old_completion, new_completion, completion_change = rest
        attrs = row["attrs"]
        check(attrs.get("data-change") == line["change"], at, f"data-change {attrs.get('data-change')!r}")
        check(attrs.get("data-from") == (old and old["status"]), at, f"data-from {attrs.get('data-from')!r}")
        check(attrs.get("data-status") == (new and new["status"]), at, f"data-status {attrs.get('data-status')!r}")
        check(attrs.get("data-old-row") == (old and str(old["row"])), at, f"data-old-row {attrs.get('data-old-row')}")
        check(attrs.get("data-new-row") == (new and str(new["row"])), at, f"data-new-row {attrs.get('data-new-row')}")
        check(row["category"] == (shown["category"] or ""), at, f"category {row['category']!r}")
        check(seq == (shown["seq"] or ""), at, f"seq {seq!r}, not {shown['seq']!r}")
        check(content == shown["content"], at, f"content {content!r}, not {shown['content']!r}")
        note = f"目标 {targets_text(old)} → {targets_text(new)}" if pair and pair["target_changed"] else None
        check(row["target_change"] == note, at, f"target note {row['target_change']!r}, not {note!r}")
        check(row["owners"] == shown["owners"], at, f"owners {row['owners']}, not {shown['owners']}")
        check(change == CHANGE_WORDS[line["change"]], at, f"change {change!r}")
        for name, cell, chips, item, tag in (("old status", old_status, row["chips"][4], old, "新增"),
                                             ("new status", new_status, row["chips"][5], new, "未再列出")):
            if item:
                check(chips == [item["status"]], at, f"{name} chip {chips}, not {item['status']}")
            else:
                check(chips == [] and cell == tag, at, f"{name} {cell!r} / chips {chips}, not the tag {tag}")
        for name, cell, key, side in (("old achieved", old_achieved, row["sort"][6], "old"),
                                      ("new achieved", new_achieved, row["sort"][7], "new"),
                                      ("achieved change", achieved_change, row["sort"][8], "change")):
            achieved = pair["achieved"] if pair else []
            shown_lines = [("—" if a[side] is None else signed(a[side], a["unit"]) if side == "change"
                            else amount(a[side], a["unit"])) for a in achieved]
            check((cell.split("\n") if cell else []) == shown_lines, at, f"{name} {cell!r}, not {shown_lines}")
            first = achieved[0][side] if achieved else None
            check(key == ("" if first is None else number(first)), at, f"{name} sort key {key!r}, not {first}")
        for name, cell, key, item in (("old completion", old_completion, row["sort"][9], old),
                                      ("new completion", new_completion, row["sort"][10], new)):
            c = item["completion"] if item else None
            text = "" if not item else "—" if c is None else percent(c)
            check(cell.strip() == text, at, f"{name} {cell!r}, not {text!r}")
            check(key == ("" if c is None else number(c)), at, f"{name} sort key {key!r}, not {c}")
        c = pair["completion_change"] if pair else None
        points = None if c is None else math.copysign(math.floor(abs(c) * 100 + 0.5), c)
        text = "" if not pair else "—" if c is None else "0 个百分点" if points == 0 else signed(points, "个百分点")
        check(completion_change == text, at, f"completion change {completion_change!r}, not {text!r}")
        check(row["sort"][11] == ("" if c is None else number(c)), at,
              f"completion change sort key {row['sort'][11]!r}")


def compare_summary(check, where, dom, comparison, lines):
    """The counts of pairs, added and dropped items, status changes and movements, and each change of status."""
    counts = dict(re.findall(r'<li data-count="(\w+)">.*?<strong class="count">(\d+)</strong>', dom))
    moved = [(line["old"]["status"], line["new"]["status"]) for line in lines
             if line["pair"] and line["old"]["status"] != line["new"]["status"]]
    summary = comparison["summary"]
    wanted = {"matched": summary["matched"], "added": summary["added"], "dropped": summary["dropped"],
              "status_changed": len(moved)}
    check({k: int(v) for k, v in counts.items()} == wanted, where, f"counts {counts}, not {wanted}")
    check(summary["matched"] == len(comparison["pairs"]), where, "the summary's matched is not the pairs")
    movements = {k: int(v) for k, v in re.findall(r'<li data-change="(\w+)">.*?<strong class="count">(\d+)</strong>',
                                                   dom)}
    check(movements == summary["movement"], where, f"movements {movements}, not {summary['movement']}")
    transitions = {(a, b): int(n) for a, b, n in
                   re.findall(r'<tr data-from="(\w+)" data-to="(\w+)">.*?<a href="#from=\1&amp;status=\2">(\d+)</a>',
                              dom)}
    wanted = {t: moved.count(t) for t in set(moved)}
    check(transitions == wanted, where, f"changes of status {transitions}, not {wanted}")
    heads = re.findall(r'<tr><th scope="row">(原报告|新报告)</th><td>(.*?)<br><span class="meta source">(.*?)</span>',
                       dom)
    names = [(label, html.unescape(name), html.unescape(source)) for label, name, source in heads]
    wanted = [(label, comparison[side]["title"] or comparison[side]["source"], comparison[side]["source"])
              for label, side in (("原报告", "old"), ("新报告", "new"))]
    check(names == wanted, where, f"reports {names}, not {wanted}")


# Works the comparison page's controls: a select, a link to a change of
# status, and reset; records the fragment, the rows shown and the selects.
COMPARE_DRIVER = """
window.addEventListener("load", async () => {
  const tick = () => new Promise((done) => setTimeout(done, 100));
  const steps = [];
  const step = async (name) => {
    await tick();
    steps.push({name, hash: decodeURIComponent(location.hash),
                shown: document.querySelectorAll("tr.item:not([hidden])").length,
                change: document.getElementById("f-change").value, from: document.getElementById("f-from").value,
                status: document.getElementById("f-status").value});
  };
  const select = document.getElementById("f-change");
  select.value = "added";
  select.dispatchEvent(new Event("change"));
  await step("change");
  const link = document.querySelector("table.transitions a");
  if (link) link.click();
  await step("link");
  document.getElementById("f-reset").click();
  await step("reset");
  document.body.dataset.steps = JSON.stringify(steps);
});
"""


def drive_compare(check, browser, page_path, out, lines):
    """On the comparison page too, the controls and the links write the fragment, and it sets the controls."""
    text = pathlib.Path(page_path).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(COMPARE_DRIVER.encode("utf-8")).digest()).decode()
    text = text.replace("script-src 'sha256-", f"script-src 'sha256-{digest}' 'sha256-", 1)
    text = text.replace("</body>", f"<script>{COMPARE_DRIVER}</script></body>", 1)
    driven = out / (pathlib.Path(page_path).stem + ".driven.html")
    driven.write_text(text, encoding="utf-8")
    dom, console = browser.run(["--virtual-time-budget=5000", "--dump-dom"], driven.resolve().as_uri())
    where = f"{pathlib.Path(page_path).name} controls"
    check(not console, where, "the page logged: " + " | ".join(console))
    steps = json.loads(parse(dom).body.get("data-steps") or "[]")
    if not check(len(steps) == 3, where, f"the driver did not finish: {steps}"):
        return
    moved = [(line["old"]["status"], line["new"]["status"]) for line in lines
             if line["pair"] and line["old"]["status"] != line["new"]["status"]]
    added = sum(line["change"] == "added" for line in lines)
    wanted = [{"name": "change", "hash": "#change=added", "shown": added, "change": "added", "from": "", "status": ""}]
    if moved:
        # The most frequent change of status heads its table.
        first = max(sorted(set(moved), key=lambda t: (STATUSES.index(t[0]), STATUSES.index(t[1]))), key=moved.count)
        wanted.append({"name": "link", "hash": f"#from={first[0]}&status={first[1]}", "shown": moved.count(first),
                       "change": "", "from": first[0], "status": first[1]})
    else:
        wanted.append(dict(wanted[0], name="link"))
    wanted.append({"name": "reset", "hash": "", "shown": len(lines), "change": "", "from": "", "status": ""})
    for got, want in zip(steps, wanted):
        check(got == want, where, f"after {want['name']}: {got}, not {want}")


def check_comparisons(check, jindu, root, out, browser, load, pdf):
    """Each sample pair's comparison page: the same bytes from `jindu compare --format html` and from
    `jindu convert` of its jindu.compare/1 JSON, and in Chromium the rows, counts and filters of that JSON."""
    pairs = sample_pairs(root, pdf)
    check(bool(pairs), "comparisons", "no sample pairs in samples/compare/")
    for name, old, new in pairs:
        where = f"comparison {name}"

        def run(*args, stdin=None):
            done = subprocess.run([jindu, *map(str, args)], capture_output=True, input=stdin)
            check(done.returncode == 0, where, f"jindu {' '.join(map(str, args))} exited {done.returncode}: "
                                               f"{done.stderr[:300]!r}")
            return done.stdout

        page_path = out / f"compare-{name}.html"
        json_path = out / f"compare-{name}.json"
        run("compare", old, new, "--format", "html", "-o", page_path)
        run("compare", old, new, "--format", "json", "-o", json_path)
        page_bytes = page_path.read_bytes()
        check(run("convert", json_path, "--format", "html") == page_bytes, where,
              "jindu convert of the JSON gives other bytes than jindu compare --format html")
        check(run("convert", "-", "--format", "html", stdin=json_path.read_bytes()) == page_bytes, where,
              "jindu convert of the JSON on standard input gives other bytes than jindu compare --format html")
        # Not by its name: the same JSON under another name is a comparison too.
        renamed = out / f"compare-{name}.txt"
        renamed.write_bytes(json_path.read_bytes())
        check(run("convert", renamed, "--format", "html") == page_bytes, where,
              "a comparison named .txt is not converted as one")
        check_page_source(check, where, page_path)

        comparison = json.loads(json_path.read_text(encoding="utf-8"))
        lines = comparison_lines(comparison)
        page = load(where, page_path)
        check(page.filters_hidden is False, where, "the filters stay hidden")
        check(all(r["visible"] for r in page.rows), where, "rows hidden without a filter")
        compare_change_rows(check, where, page.rows, lines)
        compare_summary(check, where, page.source, comparison, lines)

        owner = max(sorted({o for line in lines for o in line["shown"]["owners"]}),
                    key=lambda o: sum(o in line["shown"]["owners"] for line in lines))
        views = [("change=added", lambda line: line["change"] == "added"),
                 ("change=dropped", lambda line: line["change"] == "dropped"),
                 ("from=in_progress&status=completed",
                  lambda line: bool(line["old"] and line["new"]) and line["old"]["status"] == "in_progress"
                  and line["new"]["status"] == "completed"),
                 ("owner=" + urllib.parse.quote(owner), lambda line: owner in line["shown"]["owners"]),
                 ("change=not_a_change", lambda line: False)]
        for fragment, keep in views:
            filtered = load(where, page_path, fragment)
            visible = sorted(r["order"] for r in filtered.rows if r["visible"])
            wanted = [k for k, line in enumerate(lines) if keep(line)]
            check(visible == wanted, f"{where} #{fragment}", f"visible rows {visible}, not {wanted}")
            check(filtered.none_shown.get(0) == (not wanted), f"{where} #{fragment}",
                  "does not say that no item matches" if not wanted else "says no item matches")
            compare_change_rows(check, f"{where} #{fragment}", filtered.rows, lines)
        fragment = "sort=completion_change&dir=desc"
        page = load(where, page_path, fragment)
        for category in dict.fromkeys(r["category"] for r in page.rows):
            keys = [r["sort"][11] for r in page.rows if r["category"] == category]
            values = [float(k) for k in keys if k != ""]
            check(values == sorted(values, reverse=True) and keys[:len(values)] == [k for k in keys if k != ""],
                  f"{where} #{fragment}", f"{category}: completion changes in order {keys}, the empty ones last")

        drive_compare(check, browser, page_path, out, lines)
        shot = out / f"compare-{name}.png"
        shot.unlink(missing_ok=True)
        browser.run(["--hide-scrollbars", "--window-size=1400,1800", f"--screenshot={shot}"],
                    page_path.resolve().as_uri())
        check(shot.exists(), where, f"no screenshot in {shot}")


def main(jindu, source, out, pdf=True):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    check = Check()
    check_batches(check, jindu, out)
    if check.failures:
        print("\n".join(check.failures), file=sys.stderr)
        return 1
    chromium = shutil.which("chromium")
    if not chromium:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            print("chromium is missing, and CI is set: the dashboard must be tested in a browser "
                  "(tools/install-deps installs it)", file=sys.stderr)
            return 1
        print("SKIPPED: chromium is not installed (apt-get install chromium); "
              "the dashboard was not loaded in a browser", file=sys.stderr)
        return SKIPPED
    root = pathlib.Path(source)
    browser = Browser(chromium, out)
    samples = sorted(p for p in (root / "samples").iterdir()
                     if p.is_file() and p.name != "README.md" and (pdf or p.suffix != ".pdf"))
    if not samples:
        print("no samples found", file=sys.stderr)
        return 1

    # The console check must see an error when there is one.
    bad = out / "console-error.html"
    bad.write_text('<!DOCTYPE html><title>x</title><body><script>throw new Error("deliberate")</script>')
    _, console = browser.dom(bad)
    if not any("deliberate" in line for line in console):
        print("chromium's log shows no console errors: the check cannot see them", file=sys.stderr)
        return 1

    def convert(*args):
        run = subprocess.run([jindu, "convert", *map(str, args)], capture_output=True)
        if run.returncode not in (0, 1):
            raise RuntimeError(f"jindu convert {args}: exited {run.returncode}: {run.stderr[:300]!r}")
        return run.stdout

    def load(where, path, fragment="", scripts=True):
        page, console = browser.dom(path, fragment)
        check(not console, f"{where} #{fragment}", "the page logged: " + " | ".join(console))
        if scripts:
            check(page.body.get("data-dashboard") == "ready", f"{where} #{fragment}",
                  f"the script did not finish (data-dashboard={page.body.get('data-dashboard')!r})")
        return page

    # One job per sample: its records, its page, and the page with and without a filter.
    def one_sample(sample):
        name = sample.name
        report = json.loads(convert("--format", "json", sample))
        items = report["items"]
        page_path = out / (name + ".html")
        convert("--format", "html", "-o", page_path, sample)
        check_page_source(check, name, page_path)
        page = load(name, page_path)
        check(page.sections == 1, name, f"{page.sections} report sections")
        check(all(r["visible"] for r in page.rows), name, "rows hidden without a filter")
        check(page.filters_hidden is False, name, "the filters stay hidden")
        compare_rows(check, name, page.rows, items)
        counts = {s: sum(1 for i in items if i["status"] == s) for s in STATUSES}
        check(page.counts == counts, name, f"status counts {page.counts}, not {counts}")
        # Filter by the rarest status present: most rows must hide.
        present = sorted({i["status"] for i in items}, key=lambda s: (counts[s], s))
        if present:
            status = present[0]
            filtered = load(name, page_path, "status=" + status)
            check_filtered(check, f"{name} #status={status}", filtered, items, lambda i: i["status"] == status)
            compare_rows(check, f"{name} #status={status}", filtered.rows, items)
        return items

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        records = dict(zip(samples, pool.map(one_sample, samples)))

    # The seed: the other filters, sorting, a view without scripts, and its screenshot.
    seed = root / "samples" / SEED
    seed_page = out / (SEED + ".html")
    items = records[seed]
    categories = list(dict.fromkeys(i["category"] for i in items))
    owner = max(sorted({o for i in items for o in i["owners"]}),
                key=lambda o: sum(o in i["owners"] for i in items))
    word = "码头"
    views = [
        ("category=" + urllib.parse.quote(categories[1]), lambda i: i["category"] == categories[1]),
        ("owner=" + urllib.parse.quote(owner), lambda i: owner in i["owners"]),
        ("q=" + urllib.parse.quote(word), lambda i: any(word in (i[f] or "") for f in ("content", "progress"))),
        (f"status=in_progress&owner={urllib.parse.quote(owner)}",
         lambda i: i["status"] == "in_progress" and owner in i["owners"]),
        ("status=not_a_status", lambda i: False),
    ]
    for fragment, keep in views:
        page = load(SEED, seed_page, fragment)
        check_filtered(check, f"{SEED} #{fragment}", page, items, keep)
    page = load(SEED, seed_page, "sort=completion&dir=desc")
    for category in categories:
        shown = [r for r in page.rows if r["category"] == category]  # in page order
        keys = [float(r["sort"][5]) for r in shown if r["sort"][5] is not None]
        check(keys == sorted(keys, reverse=True), f"{SEED} #sort=completion&dir=desc",
              f"{category}: completions in order {keys}")
        check(all(r["sort"][5] is not None for r in shown[:len(keys)]), f"{SEED} #sort=completion&dir=desc",
              f"{category}: items without a completion sort last")
    # Chromium's --dump-dom needs scripts on: the page without its script stands
    # for a browser with scripts off.
    no_script = out / (SEED + ".no-script.html")
    no_script.write_text(re.sub(r"<script>.*?</script>", "", seed_page.read_text(encoding="utf-8"), flags=re.S),
                         encoding="utf-8")
    page = load(SEED, no_script, "status=completed", scripts=False)
    check(page.body.get("data-dashboard") is None, SEED, "the script ran with scripts off")
    check(page.filters_hidden is True, SEED, "filters shown without the script that works them")
    check(all(r["visible"] for r in page.rows), f"{SEED} without scripts", "rows hidden")
    compare_rows(check, f"{SEED} without scripts", page.rows, items)

    drive(check, browser, seed_page, out, items)

    shot = out / "dashboard.png"
    shot.unlink(missing_ok=True)
    browser.run(["--hide-scrollbars", "--window-size=1400,1800", f"--screenshot={shot}"], seed_page.resolve().as_uri())
    check(shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", SEED, f"no screenshot in {shot}")

    # All samples on one page: a section each, the combined counts, the rows in each section.
    combined = out / "all-samples.html"
    convert("--format", "html", "-o", combined, *samples)
    check_page_source(check, "all samples", combined)
    every = [i for s in samples for i in records[s]]
    page = load("all samples", combined)
    check(page.sections == len(samples), "all samples", f"{page.sections} sections for {len(samples)} reports")
    counts = {s: sum(1 for i in every if i["status"] == s) for s in STATUSES}
    check(page.counts == counts, "all samples", f"status counts {page.counts}, not {counts}")
    for k, sample in enumerate(samples):
        compare_rows(check, f"all samples: {sample.name}", page.rows, records[sample], section=k + 1)
    page = load("all samples", combined, "status=completed")
    visible = sum(r["visible"] for r in page.rows)
    check(visible == counts["completed"], "all samples #status=completed",
          f"{visible} rows shown, {counts['completed']} completed")
    for k, sample in enumerate(samples):
        items = records[sample]
        says_none = bool(items) and not any(i["status"] == "completed" for i in items)
        check(page.none_shown.get(k + 1) == says_none, f"all samples #status=completed: {sample.name}",
              "says no item matches" if not says_none else "does not say that no item matches")

    check_comparisons(check, jindu, root, out, browser, load, pdf)

    for failure in check.failures[:40]:
        print(failure, file=sys.stderr)
    if check.failures:
        print(f"{len(check.failures)} failures", file=sys.stderr)
        return 1
    print(f"{len(samples)} dashboards and {len(sample_pairs(root, pdf))} comparisons checked in chromium; "
          f"screenshots in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:] != ["without-pdf"]))
