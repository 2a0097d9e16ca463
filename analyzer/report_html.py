"""A shareable HTML report: one self-contained file (no network, no CDN, no external assets).

For a batch it opens with the view a reader asks for first, "who answers, who dodges": a stacked bar
of verdict shares per respondent (inline SVG) and sortable tables per respondent, department, party
of the askers, asker and quarter, each row with the documents and items it rests on and a plain note
where they are too few to compare. Then a table of all items with respondent, department, asker,
party, dates and title columns, filtered by verdict, respondent, asker, party, quarter and free
text; every filter is kept in the link (``report.html#respondent=veldkamp&verdict=declined``), so a
filtered view can be shared. Then question and answer side by side per item, with the evidence
marked and the answer sentences each ask rests on, and the draft follow-up question with a copy
button. Every piece of document text is escaped, so a ``<script>`` in a document is shown as text.
"""

from __future__ import annotations

from contextvars import ContextVar
from html import escape
from typing import Any
from urllib.parse import quote

from .explain import evidence_sentences, is_function_word
from .i18n import Lang, localized, summary_note, t, verdict_label
from .model import VERDICTS
from .names import person_key
from .report_flat import decisive_finding, document_id
from .summary import note, period
from .timeliness import describe

_LANG: ContextVar[Lang] = ContextVar("lang", default="en")  # the language of the page being rendered


def _t(text: str, **slots: object) -> str:
    return t(text, _LANG.get(), **slots)


COLOURS = {"answered": "#3b9c46", "partial": "#e0a800", "declined": "#c62828", "referred": "#3f6fc0"}

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:1400px;padding:1em 1.5em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}h3.t{font-size:1.05em;margin:1.4em 0 .3em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border-bottom:1px solid #eee;padding:.35em .5em;text-align:left;vertical-align:top}
th[data-sort]{cursor:pointer;user-select:none}th[data-sort]:after{content:" \\2195";color:#aaa}
td.n,th.n{text-align:right;white-space:nowrap}tr.unranked td{color:#777}
.v{font-weight:600;padding:.1em .45em;border-radius:.3em;white-space:nowrap}
.v-answered{background:#dff5df;color:#14591a}.v-partial{background:#fff3cd;color:#7a5600}
.v-declined{background:#fbdada;color:#8a1010}.v-referred{background:#dbe8fb;color:#123f80}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1em;border:1px solid #eee;border-radius:.4em;padding:.6em;margin:.6em 0}
.pair h3{margin:.1em 0 .4em;font-size:1em}.q,.a{white-space:pre-wrap}.a{background:#fafafa;padding:.4em}
mark{background:#ffe066;padding:0 .1em}mark.declines{background:#ffb3b3}mark.refers{background:#b9d3ff}mark.weakens{background:#ffe0a3}
.controls{display:flex;flex-wrap:wrap;gap:.6em 1em;align-items:center;margin:.5em 0}.meta{color:#555}.muted{color:#888}
.counts span{margin-right:1em}.note{color:#555;font-style:italic}
.draft textarea{width:100%;min-height:9em;font:inherit;white-space:pre-wrap}
#items-table td.q-col{min-width:18em}#items-table td.e-col{min-width:16em}
svg.bars text{font:12px system-ui,sans-serif}.scroll{overflow-x:auto}
"""

JS = """
(function(){
  var table=document.getElementById('items-table');
  var F=['verdict','respondent','asker','party','period'], sel={};
  F.forEach(function(f){sel[f]=document.getElementById('filter-'+f);});
  var txt=document.getElementById('filter-text');
  function has(r,f,v){return (r.getAttribute('data-'+f)||'').split('|').indexOf(v)>=0;}
  function apply(){
    var q=txt.value.toLowerCase(), shown=0;
    Array.prototype.forEach.call(table.tBodies[0].rows,function(r){
      var ok=F.every(function(f){return !sel[f].value||has(r,f,sel[f].value);})&&(!q||r.textContent.toLowerCase().indexOf(q)>=0);
      if(ok){r.removeAttribute('hidden');shown++;}else{r.setAttribute('hidden','');}
    });
    document.getElementById('shown').textContent=shown;
    document.body.setAttribute('data-shown',shown);
  }
  function toHash(){
    var parts=[];
    F.forEach(function(f){if(sel[f].value){parts.push(f+'='+encodeURIComponent(sel[f].value));}});
    if(txt.value){parts.push('q='+encodeURIComponent(txt.value));}
    var h=parts.length?'#'+parts.join('&'):location.pathname+location.search;
    try{history.replaceState(null,'',h);}catch(e){location.hash=parts.join('&');}
  }
  function fromHash(){
    var h=location.hash.replace(/^#/,'');
    if(h.indexOf('=')<0){apply();return;}  /* an anchor to an item, not a filter */
    var params={};
    h.split('&').forEach(function(p){var i=p.indexOf('=');if(i>0){try{params[p.slice(0,i)]=decodeURIComponent(p.slice(i+1));}catch(e){params[p.slice(0,i)]=p.slice(i+1);}}});
    F.forEach(function(f){sel[f].value=params[f]||'';});
    txt.value=params.q||'';
    apply();
  }
  F.forEach(function(f){sel[f].addEventListener('change',function(){apply();toHash();});});
  txt.addEventListener('input',function(){apply();toHash();});
  window.addEventListener('hashchange',fromHash);
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'),function(t){
    Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,col){
      if(!th.hasAttribute('data-sort'))return;
      th.addEventListener('click',function(){
        var asc=th.getAttribute('data-dir')!=='asc'; th.setAttribute('data-dir',asc?'asc':'desc');
        var rows=Array.prototype.slice.call(t.tBodies[0].rows), num=th.getAttribute('data-sort')==='num';
        rows.sort(function(a,b){
          var x=a.cells[col].getAttribute('data-key'), y=b.cells[col].getAttribute('data-key');
          if(x===null){x=a.cells[col].textContent;} if(y===null){y=b.cells[col].textContent;}
          if(num){x=parseFloat(x);y=parseFloat(y);if(isNaN(x)){x=asc?Infinity:-Infinity;}if(isNaN(y)){y=asc?Infinity:-Infinity;}return asc?x-y:y-x;}
          return asc?x.localeCompare(y,'nl',{numeric:true}):y.localeCompare(x,'nl',{numeric:true});
        });
        rows.forEach(function(r){t.tBodies[0].appendChild(r);});
      });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('button.copy'),function(b){
    b.addEventListener('click',function(){
      var area=document.getElementById(b.getAttribute('data-for'));
      function done(){b.textContent='copied';}
      if(navigator.clipboard&&navigator.clipboard.writeText){navigator.clipboard.writeText(area.value).then(done,function(){area.select();document.execCommand('copy');done();});}
      else{area.select();document.execCommand('copy');done();}
    });
  });
  fromHash();
})();
"""

SUMMARY_TABLES = (
    ("by_respondent", "respondent", "Per respondent", "respondent"),
    ("by_department", "department", "Per department (co-signed 'mede namens' included)", None),
    ("by_party", "party", "Per party of the askers", "party"),
    ("by_asker", "asker", "Per asker", "asker"),
    ("by_period", "quarter asked", "Per quarter asked", "period"),
)


def _sentences(ask: dict[str, Any]) -> str:
    """The answer sentences attributed to an ask (the ones that respond to it), quoted under it."""
    sentences = ask.get("sentences") or []
    if not sentences:
        return ""
    quoted = "".join(f"<q>{escape(' '.join(x['text'].split()))}</q> " for x in sentences)
    return f'<div class="muted said">responding sentences: {quoted}</div>'


def _verdict(v: str | None) -> str:
    v = v or "—"
    return f'<span class="v v-{escape(v)}">{escape(verdict_label(v, _LANG.get()) or v)}</span>'


def _marked(text: str, start: int, findings: list[dict[str, Any]]) -> str:
    """``text`` (which starts at offset ``start`` of the document) with the findings in it marked;
    a lone function word ("ook", "via") is never marked as evidence."""
    spans = sorted(
        {
            (f["start"] - start, f["end"] - start, f["effect"], f["rule"])
            for f in findings
            if start <= f["start"] and f["end"] <= start + len(text) and not is_function_word(f["match"])
        }
    )
    out: list[str] = []
    pos = 0
    for a, b, effect, rule in spans:
        if a < pos:
            continue
        out.append(escape(text[pos:a]))
        out.append(f'<mark class="{escape(effect)}" title="{escape(rule)}">{escape(text[a:b])}</mark>')
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)


def _counts(counts: dict[str, int]) -> str:
    return '<div class="counts">' + "".join(f"<span>{_verdict(v)} {counts.get(v, 0)}</span>" for v in VERDICTS) + "</div>"


def _bars(rows: list[dict[str, Any]], title: str) -> str:
    """A stacked bar of verdict shares per row, as inline SVG: one bar per name, its sample size beside it."""
    rows = [r for r in rows if r["items"]]
    if not rows:
        return ""
    label_w, bar_w, size_w, row_h = 300, 520, 260, 22
    width = label_w + bar_w + size_w
    height = row_h * len(rows) + 30
    out = [
        f'<svg class="bars" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="100%" '
        f'style="max-width:{width}px"><title>{escape(title)}</title>'
    ]
    for i, r in enumerate(rows):
        y = i * row_h
        label = _t(r["name"]) if r["unknown"] else r["name"]
        name = label if len(label) <= 42 else label[:41] + "…"
        faded = ' opacity="0.55"' if r["small_sample"] or r["unknown"] else ""
        out.append(f'<g{faded}><text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(name)}</text>')
        x = float(label_w)
        for v in VERDICTS:
            w = bar_w * r["share"][v]
            if w > 0:
                out.append(
                    f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{COLOURS[v]}">'
                    f"<title>{escape(r['name'])}: {_t('{c} {v} of {n} items', c=r['counts'][v], v=verdict_label(v, _LANG.get()), n=r['items'])} ({r['share'][v]:.0%})</title></rect>"
                )
                x += w
        caveat = f" · {summary_note(r, _LANG.get(), short=True)}" if note(r) else ""
        out.append(
            f'<text x="{label_w + bar_w + 6}" y="{y + 15}">{r["documents"]} doc{"s" if r["documents"] != 1 else ""}, {r["items"]} items{escape(caveat)}</text></g>'
        )
    legend_y = row_h * len(rows) + 18
    x = label_w
    for v in VERDICTS:
        out.append(
            f'<rect x="{x}" y="{legend_y - 10}" width="12" height="12" fill="{COLOURS[v]}"/><text x="{x + 16}" y="{legend_y}">{verdict_label(v, _LANG.get())}</text>'
        )
        x += 100
    out.append("</svg>")
    return "".join(out)


def _group_table(rows: list[dict[str, Any]], label: str, title: str, filter_name: str | None, minimum: int) -> str:
    if not rows:
        return ""
    ranked = filter_name != "period"
    heads = [("#", "num"), (label, "text"), ("docs", "num"), ("items", "num")]
    heads += [(v, "num") for v in VERDICTS] + [("mean score", "num"), ("median days (n)", "num"), ("late (n)", "num"), ("note", "text")]
    head = "".join(
        f'<th data-sort="{kind}"{" class=n" if kind == "num" else ""}>{escape(str(verdict_label(h, _LANG.get())) if h in VERDICTS else _t(h))}</th>'
        for h, kind in heads
    )
    body = []
    for r in rows:
        name = escape(_t(r["name"]) if r["unknown"] else r["name"])
        if filter_name and not r["unknown"]:
            name = f'<a href="#{filter_name}={escape(quote(r["key"], safe=""))}" title="show these items">{name}</a>'
        if r.get("departments"):
            name += f'<br><span class="muted">{escape(", ".join(r["departments"]))}</span>'
        docs = str(r["documents"]) + (f' <span class="muted">({r["co_signed"]} co-signed)</span>' if r.get("co_signed") else "")
        cells = [
            f'<td class="n" data-key="{r["rank"] if r.get("rank") is not None else ""}">{r["rank"] if r.get("rank") is not None else ""}</td>',
            f'<td data-key="{escape(r["name"])}">{name}</td>',
            f'<td class="n" data-key="{r["documents"]}">{docs}</td>',
            f'<td class="n">{r["items"]}</td>',
        ]
        for v in VERDICTS:
            cells.append(
                f'<td class="n" data-key="{r["share"][v]}" title="{r["counts"][v]} of {r["items"]} items">{r["share"][v]:.0%}</td>'
            )
        score = r["mean_score"]
        cells.append(f'<td class="n" data-key="{"" if score is None else score}">{"—" if score is None else f"{score:.2f}"}</td>')
        days = r["median_days_to_answer"]
        shown = "—" if days is None else f"{days:g} ({r['days_known']})"
        cells.append(f'<td class="n" data-key="{"" if days is None else days}">{shown}</td>')
        known = r.get("lateness_known") or 0
        late = f"{r['late']} ({known})" if known else "—"
        cells.append(
            f'<td class="n" data-key="{r["late"] / known if known else ""}" title="answered after the term, of the documents whose term is known">{late}</td>'
        )
        cells.append(
            f'<td class="note">{escape(summary_note(r, _LANG.get()) if ranked else (_t("too few to compare") if r["small_sample"] else ""))}</td>'
        )
        css = ' class="unranked"' if ranked and r.get("rank") is None else ""
        body.append(f"<tr{css}>{''.join(cells)}</tr>")
    caption = (
        f'<p class="muted">Worst first among rows of {minimum} documents or more (#); rows of fewer documents are shown, greyed, '
        "and not ranked; documents that name no one are listed apart. Shares count referred items too. Click a column to sort.</p>"
        if ranked
        else '<p class="muted">In time order. Click a column to sort.</p>'
    )
    return f'<h3 class="t" id="{escape(filter_name or label)}-table">{escape(_t(title))}</h3>{caption}<table class="sortable"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _options(rows: list[dict[str, Any]]) -> str:
    return "".join(
        f'<option value="{escape(r["key"])}">{escape(r["name"])} ({r["documents"]})</option>'
        for r in sorted(rows, key=lambda r: r["name"].casefold())
        if not r["unknown"]
    )


def _filters(s: dict[str, Any]) -> str:
    def select(name: str, label: str, options: str) -> str:
        return f'<label>{_t(label)} <select id="filter-{name}"><option value="">{_t("all")}</option>{options}</select></label>'

    verdicts = "".join(f'<option value="{v}">{verdict_label(v, _LANG.get())}</option>' for v in VERDICTS)
    periods = "".join(
        f'<option value="{escape(r["key"])}">{escape(r["name"])}</option>' for r in s.get("by_period") or [] if not r["unknown"]
    )
    return (
        '<div class="controls">'
        + select("verdict", "verdict", verdicts)
        + select("respondent", "respondent", _options(s.get("by_respondent") or []))
        + select("asker", "asker", _options(s.get("by_asker") or []))
        + select("party", "party", _options(s.get("by_party") or []))
        + select("period", "quarter", periods)
        + f'<label>{_t("search")} <input id="filter-text" type="search"></label><span><span id="shown"></span> {_t("shown")}</span></div>'
        + f'<p class="muted">{_t("The filters are kept in the link: copy the address to share this view.")}</p>'
    )


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _late_mark(t: dict[str, Any] | None) -> str:
    if not t or not t.get("late"):
        return ""
    return f' <span class="v v-declined" title="{escape(describe(t) or "")}">late</span>'


def _item_row(d: dict[str, Any], it: dict[str, Any], iid: str) -> str:
    md = d["metadata"]
    people = d.get("people") or {}
    main = people.get("respondent")
    respondents = [p for p in ([main] if main else []) + people.get("co_respondents", [])]
    keys = "|".join(person_key(p["name"]) for p in respondents)
    askers = people.get("askers", [])
    parties = people.get("parties", [])
    decisive = decisive_finding(it, fallback=False)
    evidence = escape(it.get("reason") or "")
    if decisive is not None:
        evidence += f'<br><mark class="{escape(decisive["effect"])}">{escape(decisive["match"])}</mark> <span class="muted">{escape(decisive["rule"])}, {_t("line {n}", n=decisive["line"])}</span>'
    said = evidence_sentences(it, limit=1)
    if said:
        evidence += "<br>" + "".join(f'<q class="muted">{escape(x if len(x) <= 200 else x[:199] + "…")}</q>' for x in said)
    conf = it.get("confidence")
    days = md.get("days_to_answer")
    who = escape(main["label"]) if main else f'<span class="muted">{_t("(unknown)")}</span>'
    if len(respondents) > 1:
        who += '<br><span class="muted">with ' + escape(", ".join(p["name"] for p in respondents[1:])) + "</span>"
    cells = [
        f'<td title="{escape(d["source"])}">{escape(document_id(d["source"]))}</td>',
        f'<td data-key="{escape(it["id"])}"><a href="#{iid}">{escape(it["id"])}</a></td>',
        f'<td data-key="{escape(it.get("verdict") or "")}">{_verdict(it.get("verdict"))}</td>',
        f'<td class="n" data-key="{conf if conf is not None else ""}">{"" if conf is None else f"{conf:.2f}"}</td>',
        f"<td>{who}</td>",
        f"<td>{escape((main or {}).get('department') or '')}</td>",
        f"<td>{escape(', '.join(askers))}</td>",
        f"<td>{escape(', '.join(parties))}</td>",
        f'<td class="n">{escape(md.get("question_date") or "")}</td>',
        f'<td class="n">{escape(md.get("answer_date") or "")}</td>',
        f'<td class="n" data-key="{"" if days is None else days}">{"" if days is None else days}{_late_mark(d.get("timeliness"))}</td>',
        f'<td title="{escape(md.get("title") or "")}">{escape(_short(md.get("title") or "", 60))}</td>',
        f'<td class="q-col">{escape(it["question"]["clean"])}</td>',
        f'<td class="e-col">{evidence}</td>',
    ]
    return (
        f'<tr data-verdict="{escape(it.get("verdict") or "")}" data-respondent="{escape(keys)}" '
        f'data-asker="{escape("|".join(person_key(a) for a in askers))}" data-party="{escape("|".join(person_key(p) for p in parties))}" '
        f'data-period="{escape(period(md) or "")}">{"".join(cells)}</tr>'
    )


def _document_section(n: int, d: dict[str, Any], rows: list[str]) -> str:
    did = f"d{n}"
    if d["status"] == "open":
        waited = d["open"]["days_since_asked"]
        questions = "".join(f"<li><b>{escape(it['id'])}</b> {escape(it['question']['clean'])}</li>" for it in d["items"])
        return (
            f'<section id="{did}"><h2>{escape(d["source"])}</h2><p class="v-referred">open: no answer yet'
            f"{'' if waited is None else f', asked {waited} days ago'}</p><ul>{questions}</ul></section>"
        )
    if d["status"] != "ok":
        return f'<section id="{did}"><h2>{escape(d["source"])}</h2><p class="v-declined">error {escape(d["error"]["code"])}: {escape(d["error"]["message"])}</p></section>'
    md = d["metadata"]
    people = d.get("people") or {}
    main = people.get("respondent")
    meta = " · ".join(
        escape(str(x))
        for x in (
            md["parliament"],
            md["number"] and f"nr. {md['number']}",
            md.get("question_number") and md["question_number"] != md["number"] and f"question {md['question_number']}",
            md["asker"] and (md["asker"] + (f" ({md['asker_party']})" if md["asker_party"] else "")),
            main and (main["label"] + (f", {main['department']}" if main.get("department") else "")),
            *(f"with {p['name']}" for p in people.get("co_respondents", [])),
            md["question_date"] and f"asked {md['question_date']}",
            md["answer_date"] and f"answered {md['answer_date']}",
            md["days_to_answer"] is not None and f"{md['days_to_answer']} days to answer",
            describe(d.get("timeliness")),
        )
        if x
    )
    score = d["summary"]["score"]
    pairs: list[str] = []
    for it in d["items"]:
        iid = f"{did}-i{escape(it['id'])}"
        findings = it.get("findings") or []
        rows.append(_item_row(d, it, iid))
        answer = (
            "".join(f'<div class="part">{_marked(a["text"], a["start"], findings)}</div>' for a in it.get("answer", []))
            or f'<span class="muted">{_t("(no answer text)")}</span>'
        )
        asks = "".join(
            f'<li>{_verdict(a.get("verdict") if a.get("verdict") != "moot" else None)} <span class="muted">{escape(str(a.get("type")))}</span> {escape(a["clean"])} <span class="muted">— {escape(str(a.get("reason") or ""))}</span>'
            f"{_sentences(a)}</li>"
            for a in it["asks"]
        )
        pairs.append(
            f'<div class="pair" id="{iid}"><div><h3>{escape(it["id"])} {_verdict(it.get("verdict"))}</h3>'
            f'<div class="q" lang="nl">{escape(it["question"]["text"])}</div><p class="muted">{escape(it.get("reason") or "")}</p><ul>{asks}</ul></div>'
            f'<div><h3>{_t("Answer")}</h3><div class="a" lang="nl">{answer}</div></div></div>'
        )
    title = f"<p><em>{escape(md['title'])}</em></p>" if md.get("title") else ""
    draft = ""
    if d.get("follow_up"):
        draft = (
            f'<details class="draft"><summary>{_t("Follow-up question (draft, in Dutch)")}</summary>'
            f'<textarea id="{did}-draft" readonly>{escape(d["follow_up"])}</textarea>'
            f'<button class="copy" type="button" data-for="{did}-draft">{_t("copy")}</button></details>'
        )
    items = d["summary"]["items"]
    return (
        f'<section id="{did}"><h2>{escape(d["source"])}</h2><p class="meta">{meta}</p>{title}'
        f"{_counts(d['summary']['counts'])}<p>{_t('score {s} over {n} items', s='—' if score is None else f'{score:.2f}', n=items)}</p>"
        f"{draft}{''.join(pairs)}</section>"
    )


SCORE_NOTE = (
    "The document score counts answered as 1, partial as 0.5, declined and referred as 0, over all of "
    "a document's items. A verdict is a prompt to read the answer, not a finding."
)


def render(report: dict[str, Any], lang: Lang = "en") -> str:
    """The page; ``lang`` "nl" shows verdicts, reasons and headings in Dutch."""
    token = _LANG.set(lang)
    try:
        return _render(report, lang)
    finally:
        _LANG.reset(token)


def _render(report: dict[str, Any], lang: Lang) -> str:
    docs = [localized(d, lang) for d in report["documents"]]
    s = report["summary"]
    pipeline = report["tool"].get("pipeline") or {}
    rows: list[str] = []
    sections = [_document_section(n, d, rows) for n, d in enumerate(docs)]
    mean = "—" if s["mean_score"] is None else f"{s['mean_score']:.2f}"
    opened = f", {s['open']} {_t('open')}" if s.get("open") else ""
    batch = (
        f"<p>{s['documents']} {_t('document' if s['documents'] == 1 else 'documents')} ({s['errors']} {_t('errors')}{opened}), "
        f"{s['items']} {_t('items')} · {_t('mean document score {s}', s=mean)}</p>"
        f"{_counts(s['counts'])}"
        f'<p class="muted">{_t(SCORE_NOTE)}</p>'
    )
    summary = ""
    if s["documents"] > 1:
        minimum = s.get("min_documents", 5)
        tables = "".join(_group_table(s.get(key) or [], label, title, f, minimum) for key, label, title, f in SUMMARY_TABLES)
        summary = (
            f'<h2 id="summary">{_t("Who answers, who dodges")}</h2>'
            f"<h3 class=t>{_t('Verdict shares per respondent')}</h3>{_bars(s.get('by_respondent') or [], _t('Verdict shares per respondent'))}"
            f"<h3 class=t>{_t('Verdict shares per quarter asked')}</h3>{_bars(s.get('by_period') or [], _t('Verdict shares per quarter asked'))}"
            f"{tables}"
        )
    pipe = (
        escape(f"{pipeline.get('name', '')} {pipeline.get('version', '')} ({', '.join(pipeline.get('components', []))})")
        if pipeline
        else ""
    )
    heads = [("document", "text"), ("item", "text"), ("verdict", "text"), ("confidence", "num"), ("respondent", "text")]
    heads += [("department", "text"), ("asker", "text"), ("party", "text"), ("asked", "text"), ("answered", "text")]
    heads += [("days", "num"), ("title", "text"), ("question", ""), ("evidence", "")]
    head = "".join(f'<th data-sort="{k}">{_t(h)}</th>' if k else f"<th>{_t(h)}</th>" for h, k in heads)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_t('analyzer report')}</title><style>{CSS}</style></head><body>"
        f"<h1>{_t('analyzer report')}</h1>{batch}{summary}"
        f"<h2>{_t('Items')}</h2>{_filters(s)}"
        f'<div class="scroll"><table id="items-table" class="sortable"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
        f'{"".join(sections)}<p class="muted">analyzer {escape(report["tool"]["version"])} · pipeline {pipe}</p>'
        f"<script>{JS}</script></body></html>\n"
    )
