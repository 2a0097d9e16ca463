"""A shareable HTML report: one self-contained file (no network, no CDN).

Question and answer side by side per item with the evidence highlighted, a sortable and
filterable table of all items, per-document and batch summaries. Every piece of document text is
escaped, so a ``<script>`` in a document is shown as text. The filter also reads the URL fragment
(``report.html#verdict=declined``), which makes a filtered view linkable.
"""

from __future__ import annotations

from html import escape
from typing import Any

from .model import VERDICTS
from .report_flat import decisive_finding

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:1300px;padding:1em 1.5em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border-bottom:1px solid #eee;padding:.35em .5em;text-align:left;vertical-align:top}
th[data-sort]{cursor:pointer;user-select:none}th[data-sort]:after{content:" \\2195";color:#aaa}
.v{font-weight:600;padding:.1em .45em;border-radius:.3em;white-space:nowrap}
.v-answered{background:#dff5df;color:#14591a}.v-partial{background:#fff3cd;color:#7a5600}
.v-declined{background:#fbdada;color:#8a1010}.v-referred{background:#dbe8fb;color:#123f80}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1em;border:1px solid #eee;border-radius:.4em;padding:.6em;margin:.6em 0}
.pair h3{margin:.1em 0 .4em;font-size:1em}.q,.a{white-space:pre-wrap}.a{background:#fafafa;padding:.4em}
mark{background:#ffe066;padding:0 .1em}mark.declines{background:#ffb3b3}mark.refers{background:#b9d3ff}mark.weakens{background:#ffe0a3}
.controls{display:flex;gap:1em;align-items:center;margin:.5em 0}.meta{color:#555}.muted{color:#888}
.counts span{margin-right:1em}
"""

JS = """
(function(){
  var table=document.getElementById('items-table');
  var sel=document.getElementById('filter-verdict'), txt=document.getElementById('filter-text');
  function apply(){
    var v=sel.value, q=txt.value.toLowerCase(), shown=0;
    Array.prototype.forEach.call(table.tBodies[0].rows,function(r){
      var ok=(!v||r.getAttribute('data-verdict')===v)&&(!q||r.textContent.toLowerCase().indexOf(q)>=0);
      if(ok){r.removeAttribute('hidden');shown++;}else{r.setAttribute('hidden','');}
    });
    document.getElementById('shown').textContent=shown;
    document.body.setAttribute('data-shown',shown);
  }
  function fromHash(){
    var m=/(?:^#|&)verdict=([a-z]+)/.exec(location.hash); if(m){sel.value=m[1];}
    var t=/(?:^#|&)q=([^&]*)/.exec(location.hash); if(t){try{txt.value=decodeURIComponent(t[1]);}catch(e){txt.value=t[1];}}
    apply();
  }
  sel.addEventListener('change',apply); txt.addEventListener('input',apply);
  window.addEventListener('hashchange',fromHash);
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,col){
    if(!th.hasAttribute('data-sort'))return;
    th.addEventListener('click',function(){
      var asc=th.getAttribute('data-dir')!=='asc'; th.setAttribute('data-dir',asc?'asc':'desc');
      var rows=Array.prototype.slice.call(table.tBodies[0].rows), num=th.getAttribute('data-sort')==='num';
      rows.sort(function(a,b){
        var x=a.cells[col].getAttribute('data-key')||a.cells[col].textContent, y=b.cells[col].getAttribute('data-key')||b.cells[col].textContent;
        if(num){x=parseFloat(x)||0;y=parseFloat(y)||0;return asc?x-y:y-x;}
        return asc?x.localeCompare(y,'nl',{numeric:true}):y.localeCompare(x,'nl',{numeric:true});
      });
      rows.forEach(function(r){table.tBodies[0].appendChild(r);});
    });
  });
  fromHash();
})();
"""


def _sentences(ask: dict[str, Any]) -> str:
    """The answer sentences attributed to an ask (the ones that respond to it), quoted under it."""
    sentences = ask.get("sentences") or []
    if not sentences:
        return ""
    quoted = "".join(f"<q>{escape(' '.join(x['text'].split()))}</q> " for x in sentences)
    return f'<div class="muted said">responding sentences: {quoted}</div>'


def _verdict(v: str | None) -> str:
    v = v or "—"
    return f'<span class="v v-{escape(v)}">{escape(v)}</span>'


def _marked(text: str, start: int, findings: list[dict[str, Any]]) -> str:
    """``text`` (which starts at offset ``start`` of the document) with the findings in it marked."""
    spans = sorted(
        {
            (f["start"] - start, f["end"] - start, f["effect"], f["rule"])
            for f in findings
            if start <= f["start"] and f["end"] <= start + len(text)
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


def _group_table(rows: list[dict[str, Any]], label: str) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{h}</th>" for h in (label, "docs", "items", *VERDICTS, "mean score", "median days"))
    body = []
    for r in rows:
        sh = r["share"]
        cells = [escape(r["name"]), str(r["documents"]), str(r["items"]), *(f"{sh[v]:.0%}" for v in VERDICTS)]
        cells.append("—" if r["mean_score"] is None else f"{r['mean_score']:.2f}")
        cells.append("—" if r["median_days_to_answer"] is None else f"{r['median_days_to_answer']:g}")
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def render(report: dict[str, Any]) -> str:
    docs = report["documents"]
    s = report["summary"]
    pipeline = report["tool"].get("pipeline") or {}
    rows: list[str] = []
    sections: list[str] = []
    for n, d in enumerate(docs):
        did = f"d{n}"
        if d["status"] == "open":
            waited = d["open"]["days_since_asked"]
            questions = "".join(f"<li><b>{escape(it['id'])}</b> {escape(it['question']['clean'])}</li>" for it in d["items"])
            sections.append(
                f'<section id="{did}"><h2>{escape(d["source"])}</h2><p class="v-referred">open: no answer yet'
                f"{'' if waited is None else f', asked {waited} days ago'}</p><ul>{questions}</ul></section>"
            )
            continue
        if d["status"] != "ok":
            sections.append(
                f'<section id="{did}"><h2>{escape(d["source"])}</h2><p class="v-declined">error {escape(d["error"]["code"])}: {escape(d["error"]["message"])}</p></section>'
            )
            continue
        md = d["metadata"]
        meta = " · ".join(
            escape(str(x))
            for x in (
                md["parliament"],
                md["number"] and f"nr. {md['number']}",
                md["asker"] and (md["asker"] + (f" ({md['asker_party']})" if md["asker_party"] else "")),
                md["respondent"],
                md["question_date"] and f"gevraagd {md['question_date']}",
                md["answer_date"] and f"beantwoord {md['answer_date']}",
                md["days_to_answer"] is not None and f"{md['days_to_answer']} dagen",
            )
            if x
        )
        score = d["summary"]["score"]
        pairs: list[str] = []
        for it in d["items"]:
            iid = f"{did}-i{escape(it['id'])}"
            findings = it.get("findings") or []
            decisive = decisive_finding(it, fallback=False)
            evidence = escape(it.get("reason") or "")
            if decisive is not None:
                evidence += f'<br><mark class="{escape(decisive["effect"])}">{escape(decisive["match"])}</mark> <span class="muted">{escape(decisive["rule"])}, line {decisive["line"]}</span>'
            conf = it.get("confidence")
            rows.append(
                f'<tr data-verdict="{escape(it.get("verdict") or "")}"><td>{escape(d["source"])}</td>'
                f'<td data-key="{escape(it["id"])}"><a href="#{iid}">{escape(it["id"])}</a></td>'
                f'<td data-key="{escape(it.get("verdict") or "")}">{_verdict(it.get("verdict"))}</td>'
                f'<td data-key="{conf if conf is not None else ""}">{"" if conf is None else f"{conf:.2f}"}</td>'
                f"<td>{escape(it['question']['clean'])}</td><td>{evidence}</td></tr>"
            )
            answer = (
                "".join(f'<div class="part">{_marked(a["text"], a["start"], findings)}</div>' for a in it.get("answer", []))
                or '<span class="muted">(no answer text)</span>'
            )
            asks = "".join(
                f'<li>{_verdict(a.get("verdict") if a.get("verdict") != "moot" else None)} <span class="muted">{escape(str(a.get("type")))}</span> {escape(a["clean"])} <span class="muted">— {escape(str(a.get("reason") or ""))}</span>'
                f"{_sentences(a)}</li>"
                for a in it["asks"]
            )
            pairs.append(
                f'<div class="pair" id="{iid}"><div><h3>{escape(it["id"])} {_verdict(it.get("verdict"))}</h3>'
                f'<div class="q">{escape(it["question"]["text"])}</div><ul>{asks}</ul></div>'
                f'<div><h3>Antwoord</h3><div class="a">{answer}</div></div></div>'
            )
        title = f"<p><em>{escape(md['title'])}</em></p>" if md.get("title") else ""
        sections.append(
            f'<section id="{did}"><h2>{escape(d["source"])}</h2><p class="meta">{meta}</p>{title}'
            f"{_counts(d['summary']['counts'])}<p>score {'—' if score is None else f'{score:.2f}'}</p>{''.join(pairs)}</section>"
        )
    options = "".join(f'<option value="{v}">{v}</option>' for v in VERDICTS)
    mean = "—" if s["mean_score"] is None else f"{s['mean_score']:.2f}"
    batch = f"<p>{s['documents']} documents, {s['errors']} errors, {s['items']} items · mean score {mean}</p>{_counts(s['counts'])}"
    groups = _group_table(s.get("by_respondent") or [], "respondent") + _group_table(s.get("by_asker") or [], "asker")
    pipe = (
        escape(f"{pipeline.get('name', '')} {pipeline.get('version', '')} ({', '.join(pipeline.get('components', []))})")
        if pipeline
        else ""
    )
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>analyzer report</title><style>{CSS}</style></head><body>"
        f"<h1>analyzer report</h1>{batch}{groups}"
        f'<h2>Items</h2><div class="controls"><label>verdict <select id="filter-verdict"><option value="">all</option>{options}</select></label>'
        '<label>search <input id="filter-text" type="search"></label><span><span id="shown"></span> shown</span></div>'
        '<table id="items-table"><thead><tr><th data-sort="text">document</th><th data-sort="text">item</th><th data-sort="text">verdict</th>'
        f'<th data-sort="num">confidence</th><th>question</th><th>evidence</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        f'{"".join(sections)}<p class="muted">analyzer {escape(report["tool"]["version"])} · pipeline {pipe}</p>'
        f"<script>{JS}</script></body></html>\n"
    )
