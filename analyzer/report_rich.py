"""The terminal report (rich): a header and a table per document, open asks, batch summaries.

rich respects ``NO_COLOR``, ``TERM=dumb`` and output that is not a terminal, and takes the width
from the terminal.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .explain import evidence_sentences
from .i18n import Lang, localized, summary_note, t, verdict_label
from .report_flat import decisive_finding
from .safe_text import terminal_safe
from .timeliness import describe

VERDICT_STYLE = {"answered": "green", "partial": "yellow", "declined": "red", "referred": "blue"}


def _asks(item: dict[str, Any], lang: Lang = "en") -> Text:
    """Per ask: its verdict and the answer sentence(s) that respond to it (the first, shortened)."""
    text = Text()
    for k, a in enumerate(item.get("asks", []), start=1):
        verdict = a.get("verdict")
        if verdict is None:
            continue
        sentences = a.get("sentences") or []
        text.append(f"\n{k}. ", style="dim")
        text.append(str(verdict_label(verdict, lang)), style=VERDICT_STYLE.get(str(verdict), "dim"))
        if sentences:
            first = " ".join(sentences[0]["text"].split())
            more = f" (+{len(sentences) - 1})" if len(sentences) > 1 else ""
            text.append(f" ← “{first if len(first) <= 90 else first[:89] + '…'}”{more}", style="dim")
        elif verdict == "answered" and evidence_sentences(item):
            # no sentence attributed to this ask alone: the item's answer as a whole answers it
            first = evidence_sentences(item)[0]
            text.append(f" ← {t('the answer as a whole', lang)}: “{first if len(first) <= 90 else first[:89] + '…'}”", style="dim")
        else:
            text.append(f" ← {t('no answer sentence', lang)}", style="dim")  # the reason above says why
    return text


def _evidence(item: dict[str, Any], lang: Lang = "en") -> Text:
    text = Text(item.get("reason") or "")
    f = decisive_finding(item, fallback=False)
    if f is None:
        return text + _asks(item, lang)
    # the decisive words of the answer around the match, with the match highlighted
    answer = " ".join(a["text"] for a in item.get("answer", []))
    match = " ".join(f["match"].split())
    context = " ".join(answer.split())
    at = context.find(match)
    text.append("\n")
    if at >= 0:
        before = context[max(0, at - 50) : at]
        after = context[at + len(match) : at + len(match) + 50]
        text.append(("…" if at > 50 else "") + before)
        text.append(match, style="bold reverse")
        text.append(after + ("…" if at + len(match) + 50 < len(context) else ""))
    else:
        text.append(match, style="bold reverse")
    text.append(f"\n{f['rule']} · {t('line {n}', lang, n=f['line'])}", style="dim")
    return text + _asks(item, lang)


def render_document(console: Console, d: dict[str, Any], pipeline: dict[str, Any] | None, follow: bool = False, lang: Lang = "en") -> None:
    d = terminal_safe(localized(d, lang))  # a document's control characters (escape sequences) never reach the terminal
    if d["status"] == "open":
        waited = d["open"]["days_since_asked"]
        since = t(", asked {n} days ago", lang, n=waited) if waited is not None else ""
        overdue = t(" (past its due date)", lang) if (d.get("timeliness") or {}).get("overdue") else ""
        console.print(f"[bold]{escape(d['source'])}[/]: [blue]{t('open, no answer yet', lang)}[/]{since}{overdue}", highlight=False)
        for it in d["items"]:
            console.print(f"  [bold]{escape(it['id'])}[/] {escape(it['question']['clean'])}", highlight=False)
        console.print()
        return
    if d["status"] != "ok":
        message = d["error"]["message"]
        shown = message if message.startswith(d["source"]) else f"{d['source']}: {message}"
        console.print(f"[bold red]error[/] {escape(shown)}", highlight=False)
        return
    md = d["metadata"]
    head = [
        x
        for x in (
            md["parliament"],
            md["number"] and t("nr. {x}", lang, x=md["number"]),
            md.get("question_number") and md["question_number"] != md["number"] and t("question {x}", lang, x=md["question_number"]),
            md["question_date"] and t("asked {x}", lang, x=md["question_date"]),
            md["answer_date"] and t("answered {x}", lang, x=md["answer_date"]),
            md["days_to_answer"] is not None and t("{n} days to answer", lang, n=md["days_to_answer"]),
            describe(d.get("timeliness")),
        )
        if x
    ]
    people = d.get("people") or {}
    respondent = people.get("respondent")
    answered_by = respondent and (
        respondent["label"]
        + (f", {respondent['department']}" if respondent.get("department") else "")
        + "".join(", " + t("with {x}", lang, x=p["name"]) for p in people.get("co_respondents", []))
    )
    who = " → ".join(
        x for x in (md["asker"] and (md["asker"] + (f" ({md['asker_party']})" if md["asker_party"] else "")), answered_by) if x
    )
    title = f"[bold]{escape(d['source'])}[/]"
    for line in (" · ".join(str(h) for h in head), who, md["title"] and f"“{md['title']}”"):
        if line:
            title += f"\n{escape(str(line))}"
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column(t("item", lang), no_wrap=True)
    table.add_column(t("question", lang), ratio=2)
    table.add_column(t("verdict", lang), no_wrap=True)
    table.add_column(t("conf", lang), no_wrap=True, justify="right")
    table.add_column(t("evidence", lang), ratio=3)
    for it in d["items"]:
        v = it.get("verdict") or "—"
        q = it["question"]["clean"]
        table.add_row(
            it["id"],
            escape(q if len(q) <= 120 else q[:119] + "…"),
            f"[{VERDICT_STYLE.get(v, 'white')}]{verdict_label(v, lang)}[/]",
            f"{it['confidence']:.2f}" if it.get("confidence") is not None else "",
            _evidence(it, lang),
        )
    console.print(table)
    s = d["summary"]
    counts = ", ".join(f"[{VERDICT_STYLE[k]}]{n} {verdict_label(k, lang)}[/]" for k, n in s["counts"].items() if n)
    score = t("score {s} over {n} items", lang, s=f"{s['score']:.2f}", n=s["items"]) if s["score"] is not None else t("no score", lang)
    console.print(f"{counts} · {score}", highlight=False)
    open_lines = []
    for it in d["items"]:
        if it.get("verdict") in ("answered", None):
            continue
        for a in it["asks"]:
            if a.get("verdict") not in ("answered", "moot"):
                open_lines.append(f"  [bold]{it['id']}[/] “{escape(a['clean'])}”: {escape(a['reason'])}")
    if open_lines:
        console.print(t("Left open:", lang), highlight=False)
        for line in open_lines:
            console.print(line, highlight=False)
    for w in d.get("warnings", []):
        console.print(f"[yellow]note[/]: {escape(w)}", highlight=False)
    if follow:
        draft = d.get("follow_up")
        if draft:
            console.print(f"\n[bold]{t('Follow-up question (draft)', lang)}[/]", highlight=False)
            # one paragraph per line, never wrapped: a draft is meant to be copied
            console.print(escape(draft), highlight=False, soft_wrap=True)
    console.print()


SUMMARY_TABLES = (
    ("by_respondent", "respondent", "Per respondent (worst first)"),
    ("by_department", "department", "Per department (worst first; co-signed 'mede namens' included)"),
    ("by_party", "party", "Per party of the askers (worst first)"),
    ("by_asker", "asker", "Per asker (worst first)"),
    ("by_period", "quarter", "Per quarter asked"),
)


def render_summary(console: Console, report: dict[str, Any], always: bool = False, lang: Lang = "en") -> None:
    """The batch summary: totals, then a table per respondent, department, party, asker and quarter.

    Every row shows the documents and items it rests on; rows of too few documents and the unknown
    are listed after the ranked ones, with a note, and carry no rank.
    """
    report = terminal_safe(report)
    s = report["summary"]
    if s["documents"] <= 1 and not always:
        return  # one document: its own report says it all
    c = s["counts"]
    opened = f", {s['open']} {t('open', lang)}" if s.get("open") else ""
    documents = t("document", lang) if s["documents"] == 1 else t("documents", lang)
    console.print(
        f"[bold]{t('Summary', lang)}[/]: {s['documents']} {documents} ({s['errors']} {t('errors', lang)}{opened}), {s['items']} {t('items', lang)}: "
        + ", ".join(f"[{VERDICT_STYLE[k]}]{n} {verdict_label(k, lang)}[/]" for k, n in c.items())
        + (" · " + t("mean document score {s}", lang, s=f"{s['mean_score']:.2f}") if s["mean_score"] is not None else ""),
        highlight=False,
    )
    minimum = s.get("min_documents", 5)
    console.print(
        "[dim]"
        + t(
            "score: answered 1, partial 0.5, declined and referred 0, over all items; rows of fewer than {n} documents are not ranked",
            lang,
            n=minimum,
        )
        + "[/]",
        highlight=False,
    )
    for key, label, title in SUMMARY_TABLES:
        rows = s.get(key) or []
        if not rows:
            continue
        caption = (
            ""
            if key == "by_period"
            else t(
                "# ranks rows of {n} documents or more, worst first; 'too few' rows are shown but not ranked, the unnamed apart",
                lang,
                n=minimum,
            )
        )
        tb = Table(title=t(title, lang), title_justify="left", caption=caption or None, caption_justify="left")
        tb.add_column("#", justify="right")
        tb.add_column(t(label, lang), min_width=18, ratio=1)
        for col in ("docs", "items", "answ.", "part.", "decl.", "ref.", "score", "days (n)", "late (n)"):
            tb.add_column(t(col, lang), justify="right", no_wrap=True)
        tb.add_column(t("note", lang), no_wrap=True)
        for r in rows:
            sh = r["share"]
            docs = str(r["documents"]) + (f" ({r['co_signed']} co)" if r.get("co_signed") else "")
            days = f"{r['median_days_to_answer']:g} ({r['days_known']})" if r["median_days_to_answer"] is not None else "—"
            tb.add_row(
                "" if r.get("rank") is None else str(r["rank"]),
                escape(t(r["name"], lang) if r["unknown"] else r["name"]),
                docs,
                str(r["items"]),
                *(f"{sh[v]:.0%}" for v in ("answered", "partial", "declined", "referred")),
                f"{r['mean_score']:.2f}" if r["mean_score"] is not None else "—",
                days,
                f"{r['late']} ({r['lateness_known']})" if r.get("lateness_known") else "—",
                escape(summary_note(r, lang, short=True)) if key != "by_period" else (t("too few", lang) if r["small_sample"] else ""),
                style="dim" if r.get("rank") is None and key != "by_period" else None,
                end_section=r.get("rank") is not None and r is not rows[-1] and rows[rows.index(r) + 1].get("rank") is None,
            )
        console.print(tb)
    console.print()


def render_footer(console: Console, report: dict[str, Any]) -> None:
    """The pipeline that ran and the rules it skipped."""
    report = terminal_safe(report)
    pipeline = report["tool"].get("pipeline")
    if pipeline:
        console.print(f"[dim]pipeline {pipeline['name']} {pipeline['version']} ({', '.join(pipeline['components'])})[/]", highlight=False)
    skipped = report["tool"].get("skipped_rules")
    if skipped:
        console.print(f"[dim]skipped {len(skipped['rules'])} rules that need POS/DEP: {', '.join(skipped['rules'])}[/]", highlight=False)
