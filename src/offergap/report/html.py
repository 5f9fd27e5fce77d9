"""The diagnosis as HTML: one self-contained page a seeker can open or send, and the same body as a
fragment the web app embeds.

Charts are inline SVG built here, coloured with presentation attributes (fill=, stroke=), so the
fragment needs no <style>, no style= and no <script> (the web app's Content-Security-Policy forbids
them); the full page is the fragment plus the stylesheet in one <style> block. All user text goes
through html.escape.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from offergap.analysis.diagnose import Cause, Diagnosis
from offergap.analysis.evidence import OpportunityEvidence
from offergap.analysis.funnel import Funnel
from offergap.analysis.stages import STAGE_LABELS, STAGES

CAUSE_TITLES = {
    "resume_targeting": "Resume targeting",
    "interview_skills": "Interview skills",
    "pseudo_interviews": "Pseudo-interviews",
    "normal_odds": "Normal odds",
}
CAUSE_QUESTIONS = {
    "resume_targeting": "Are the interviews for roles that don't fit the resume?",
    "interview_skills": "Do the interviews themselves go wrong?",
    "pseudo_interviews": "Were some employers never going to hire?",
    "normal_odds": "Or is this just the normal odds of final rounds?",
}
# Colours chosen for contrast on white (WCAG AA for text) and to stay apart for colour-blind readers.
INK = "#1f2933"
MUTED = "#52606d"
ACCENT = "#1d4ed8"
BAND_COLOURS = {"low": "#15803d", "medium": "#b45309", "high": "#b91c1c"}
OUTCOME_COLOURS = {
    "offer": "#15803d",
    "accepted": "#15803d",
    "open": "#1d4ed8",
    "rejected": "#b91c1c",
    "ghosted": "#7c3aed",
    "withdrawn": "#52606d",
}
FLOW = "#93c5fd"
OWN = "#b45309"
BACK = "#9ca3af"
DROP = "#fca5a5"

STYLESHEET = """
.og-report{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;line-height:1.5;
max-width:960px;margin:0 auto;padding:1rem}
.og-report .og-title{font-size:1.6rem;margin:.2rem 0}
.og-report h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid #d9e2ec;padding-bottom:.2rem}
.og-report h3{font-size:1.1rem;margin:0 0 .3rem}
.og-report .og-meta{color:#52606d;margin:0}
.og-report .og-headline{background:#eff6ff;border-left:6px solid #1d4ed8;padding:1rem 1.2rem;margin:1rem 0;
border-radius:4px}
.og-report .og-headline h2{margin-top:0;border:0}
.og-report .og-headline-cause{font-size:1.4rem;font-weight:700;margin:0}
.og-report .og-headline-summary{font-size:1.1rem;margin:.4rem 0}
.og-report .og-confidence{display:inline-block;font-weight:600;padding:.1rem .6rem;border-radius:999px;
background:#1f2933;color:#fff;font-size:.9rem}
.og-report .og-causes{list-style:none;padding:0;margin:0}
.og-report .og-cause{border:1px solid #d9e2ec;border-radius:6px;padding:.8rem 1rem;margin:.8rem 0}
.og-report .og-cause-top{border-color:#1d4ed8;border-width:2px}
.og-report .og-cause-head{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem;
align-items:baseline}
.og-report .og-question{color:#52606d;margin:0 0 .4rem}
.og-report .og-bar{display:block;width:100%;max-width:420px;height:auto}
.og-report h4{font-size:1rem;margin:.6rem 0 .2rem}
.og-report ul{margin:.2rem 0;padding-left:1.3rem}
.og-report .og-chart{margin:1rem 0}
.og-report .og-chart svg{display:block;width:100%;height:auto}
.og-report .og-scroll{overflow-x:auto}
.og-report .og-scroll svg{min-width:640px}
.og-report .og-legend{color:#52606d;font-size:.9rem}
.og-report table{border-collapse:collapse;width:100%;font-size:.95rem}
.og-report th,.og-report td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #d9e2ec;
vertical-align:top}
.og-report th{background:#f0f4f8}
.og-report .og-table{overflow-x:auto}
.og-report .og-num{text-align:right;font-variant-numeric:tabular-nums}
.og-report blockquote{margin:.4rem 0;padding:.5rem .8rem;background:#f0f4f8;border-left:4px solid #52606d}
.og-report .og-missing{background:#fffbeb;border-left:6px solid #b45309;padding:.6rem 1rem;border-radius:4px}
@media (max-width:600px){.og-report{padding:.5rem}.og-report .og-title{font-size:1.3rem}
.og-report .og-headline-cause{font-size:1.2rem}.og-report th,.og-report td{padding:.3rem}}
@media print{.og-report .og-scroll svg{min-width:0}}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _title(cause: str) -> str:
    return CAUSE_TITLES.get(cause, cause.replace("_", " "))


def _svg(
    width: int, height: int, title: str, desc: str, body: Iterable[str], ident: str, css_class: str = "og-svg"
) -> str:
    # Inline SVG in HTML needs no xmlns, so the page holds no URL at all.
    return (
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-labelledby="{ident}-t {ident}-d" class="{css_class}" id="{ident}" '
        'font-family="sans-serif">'
        f'<title id="{ident}-t">{_e(title)}</title><desc id="{ident}-d">{_e(desc)}</desc>' + "".join(body) + "</svg>"
    )


def _text(
    x: float, y: float, text: object, size: int = 12, anchor: str = "start", fill: str = INK, weight: str = "normal"
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}" '
        f'font-weight="{weight}">{_e(text)}</text>'
    )


def _rect(x: float, y: float, w: float, h: float, fill: str, tip: str | None = None) -> str:
    inner = f"<title>{_e(tip)}</title>" if tip else ""
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{max(h, 0):.1f}" fill="{fill}">{inner}</rect>'
    )


def _section(ident: str, heading: str, body: str) -> str:
    return f'<section id="{ident}" aria-labelledby="{ident}-h"><h2 id="{ident}-h">{_e(heading)}</h2>{body}</section>'


def _column_heads(*names: str) -> str:
    return "".join(f'<th scope="col">{_e(n)}</th>' for n in names)


def _short(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- headline, causes, missing data -----------------------------------------------------------


def _header(diagnosis: Diagnosis, level: int) -> str:
    who = f" for {_e(diagnosis.seeker)}" if diagnosis.seeker else ""
    return (
        f'<header><h{level} class="og-title">Why no offer yet: the diagnosis{who}</h{level}>'
        f'<p class="og-meta">As of {diagnosis.as_of.isoformat()} · {len(diagnosis.opportunities)} '
        "opportunities in the record</p></header>"
    )


def _headline(diagnosis: Diagnosis) -> str:
    head = diagnosis.headline
    return (
        '<section class="og-headline" id="og-headline" aria-labelledby="og-headline-h">'
        '<h2 id="og-headline-h">The short answer</h2>'
        f'<p class="og-headline-cause" id="og-headline-cause">{_e(_title(head.cause))}</p>'
        f'<p class="og-headline-summary" id="og-headline-summary">{_e(head.summary)}</p>'
        f'<p><span class="og-confidence">Confidence: {_e(head.confidence)}</span></p></section>'
    )


def _score_bar(cause: Cause) -> str:
    width, bar = 420, 300
    filled = bar * max(0.0, min(1.0, cause.score))
    body = [
        _rect(0, 6, bar, 16, "#e4e7eb"),
        _rect(0, 6, filled, 16, ACCENT),
        _text(bar + 10, 19, f"{cause.score:.2f} of 1", 13, weight="bold"),
    ]
    return _svg(
        width,
        28,
        f"{_title(cause.cause)} score",
        f"Score {cause.score:.2f} on a scale from 0 to 1",
        body,
        f"og-bar-{cause.cause}",
        "og-svg og-bar",
    )


def _bullets(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{_e(i)}</li>" for i in items) + "</ul>"


def _cause(cause: Cause, rank: int) -> str:
    top = " og-cause-top" if rank == 1 else ""
    evidence = _bullets(cause.evidence) if cause.evidence else "<p>No evidence recorded.</p>"
    actions = _bullets(cause.actions) if cause.actions else "<p>No action needed.</p>"
    return (
        f'<li class="og-cause{top}" id="og-cause-{_e(cause.cause)}">'
        f'<div class="og-cause-head"><h3>{rank}. {_e(_title(cause.cause))}</h3></div>'
        f'<p class="og-question">{_e(CAUSE_QUESTIONS.get(cause.cause, ""))}</p>{_score_bar(cause)}'
        f"<h4>Evidence</h4>{evidence}<h4>What to do</h4>{actions}</li>"
    )


def _causes(diagnosis: Diagnosis) -> str:
    ranked = sorted(diagnosis.causes, key=lambda c: -c.score)
    items = "".join(_cause(c, n) for n, c in enumerate(ranked, start=1))
    return (
        f'<section id="og-causes" aria-labelledby="og-causes-h"><h2 id="og-causes-h">The four causes, '
        f'most likely first</h2><ol class="og-causes">{items}</ol></section>'
    )


def _missing(diagnosis: Diagnosis) -> str:
    if not diagnosis.missing:
        body = "<p>Nothing important is missing from the record.</p>"
    else:
        body = (
            '<div class="og-missing"><p>These gaps lower the confidence; recording them sharpens the '
            f"diagnosis:</p>{_bullets(diagnosis.missing)}</div>"
        )
    return _section("og-missing-data", "What data is missing", body)


# --- the funnel as a Sankey diagram -------------------------------------------------------------


def _band(a: float, b: float, top_a: float, bottom_a: float, top_b: float, bottom_b: float) -> str:
    mid = (a + b) / 2
    return (
        f"M{a:.1f},{top_a:.1f} C{mid:.1f},{top_a:.1f} {mid:.1f},{top_b:.1f} {b:.1f},{top_b:.1f} "
        f"L{b:.1f},{bottom_b:.1f} C{mid:.1f},{bottom_b:.1f} {mid:.1f},{bottom_a:.1f} "
        f"{a:.1f},{bottom_a:.1f} Z"
    )


def _flow(path: str, colour: str, tip: str) -> str:
    return f'<path d="{path}" fill="{colour}" fill-opacity="0.75"><title>{_e(tip)}</title></path>'


def _sankey(funnel: Funnel) -> str:
    counts = [funnel.reached(s) for s in STAGES]
    width, node, top, tall = 900, 16, 48, 220
    step = (width - 40 - node) / (len(STAGES) - 1)
    scale = tall / max(max(counts), 1)
    xs = [20 + i * step for i in range(len(STAGES))]
    drop_y = top + tall + 40
    body: list[str] = []
    for i, (stage, count) in enumerate(zip(STAGES, counts, strict=True)):
        label = STAGE_LABELS[stage]
        body.append(_rect(xs[i], top, node, count * scale, ACCENT, f"{label}: {count}"))
        anchor = "start" if i == 0 else "end" if i == len(STAGES) - 1 else "middle"
        x = xs[i] if i == 0 else xs[i] + node if i == len(STAGES) - 1 else xs[i] + node / 2
        body.append(_text(x, 18, label, 12, anchor, weight="bold"))
        body.append(_text(x, 36, str(count), 13, anchor))
        if i + 1 < len(STAGES):
            body += _sankey_links(
                xs[i] + node, xs[i + 1], count, counts[i + 1], scale, top, drop_y, label, STAGE_LABELS[STAGES[i + 1]]
            )
    desc = "; ".join(f"{STAGE_LABELS[s]} {c}" for s, c in zip(STAGES, counts, strict=True))
    return _svg(
        width,
        drop_y + 50,
        "The funnel as a Sankey diagram",
        f"Opportunities reaching each stage: {desc}. Red bands are the ones that stopped there.",
        body,
        "og-chart-funnel",
    )


def _sankey_links(
    a: float, b: float, here: int, onward: int, scale: float, top: float, drop_y: float, label: str, next_label: str
) -> list[str]:
    parts = []
    moved = min(onward, here)
    if moved:
        h = moved * scale
        parts.append(_flow(_band(a, b, top, top + h, top, top + h), FLOW, f"{moved} went from {label} to {next_label}"))
    dropped = here - moved
    if dropped:
        end = a + (b - a) * 0.55
        y0 = top + moved * scale
        h = dropped * scale
        band = _band(a, end, y0, y0 + h, drop_y, drop_y + h)
        parts.append(_flow(band, DROP, f"{dropped} stopped at {label}"))
        parts.append(_text(end + 4, drop_y + h / 2 + 4, f"−{dropped}", 12, fill="#991b1b", weight="bold"))
    return parts


def _conversions_table(funnel: Funnel) -> str:
    rows = []
    for c in funnel.conversions:
        rate = "–" if c.rate is None else f"{c.rate:.0%}"
        bench = f"{c.benchmark.low:.0%}–{c.benchmark.high:.0%} ({_e(c.benchmark.source)})" if c.benchmark else "–"
        rows.append(
            f"<tr><td>{_e(STAGE_LABELS[c.from_stage])} → {_e(STAGE_LABELS[c.to_stage])}</td>"
            f'<td class="og-num">{c.reached_to} of {c.reached_from}</td>'
            f'<td class="og-num">{rate}</td>'
            f"<td>{bench}</td><td>{_e(c.verdict or '–')}</td></tr>"
        )
    return (
        '<div class="og-table"><table><caption>Conversion between stages, with published benchmarks'
        f"</caption><thead><tr>{_column_heads('Step', 'Count', 'Rate', 'Benchmark', 'Verdict')}"
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>"
    )


def _funnel_section(diagnosis: Diagnosis) -> str:
    return (
        f'<section id="og-funnel" aria-labelledby="og-funnel-h"><h2 id="og-funnel-h">The funnel</h2>'
        '<p class="og-legend">Blue bands carry the opportunities that moved on; red bands the ones that '
        f'stopped at that stage.</p><div class="og-chart og-scroll">{_sankey(diagnosis.funnel)}</div>'
        f"{_conversions_table(diagnosis.funnel)}</section>"
    )


# --- fit against the stage reached ---------------------------------------------------------------


def _fit_points(
    items: tuple[OpportunityEvidence, ...], left: float, plot_w: float, row_y: dict[str, float], na_x: float
) -> list[str]:
    seen: dict[tuple[str, int], int] = defaultdict(int)
    points = []
    for item in items:
        score = item.fit.score if item.fit else None
        x = na_x if score is None else left + plot_w * max(0.0, min(100.0, score)) / 100
        key = (item.stage, round(x / 8))
        offset = (seen[key] % 5 - 2) * 5  # spread points that would sit on top of each other
        seen[key] += 1
        colour = OUTCOME_COLOURS.get(item.outcome, MUTED)
        fit = "no fit score" if score is None else f"fit {score:.0f} ({item.fit.label if item.fit else ''})"
        tip = f"{item.opportunity.company}: {fit}, reached {STAGE_LABELS[item.stage]}, {item.outcome}"
        points.append(
            f'<circle cx="{x:.1f}" cy="{row_y[item.stage] + offset:.1f}" r="6" fill="{colour}" '
            f'stroke="#ffffff" stroke-width="1.5"><title>{_e(tip)}</title></circle>'
        )
    return points


def _fit_chart(diagnosis: Diagnosis) -> str:
    width, left, right, top, row = 900, 150, 20, 20, 34
    height = top + row * len(STAGES) + 50
    plot_w = width - left - right - 90
    na_x = width - right - 25
    row_y = {s: top + row * (len(STAGES) - 1 - i) + row / 2 for i, s in enumerate(STAGES)}
    body = [_text(left - 10, y + 4, STAGE_LABELS[s], 12, "end") for s, y in row_y.items()]
    body += [
        f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#e4e7eb"/>' for y in row_y.values()
    ]
    axis_y = top + row * len(STAGES)
    for tick in range(0, 101, 20):
        x = left + plot_w * tick / 100
        body.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{axis_y}" stroke="#d9e2ec"/>')
        body.append(_text(x, axis_y + 16, tick, 11, "middle", MUTED))
    axis_title = "fit of the resume to the posting (0–100)"
    body.append(_text(left + plot_w / 2, axis_y + 36, axis_title, 12, "middle"))
    body.append(_text(na_x, axis_y + 16, "no score", 11, "middle", MUTED))
    body += _fit_points(diagnosis.opportunities, left, plot_w, row_y, na_x)
    chart = _svg(
        width,
        height,
        "Fit against the stage reached",
        "Each dot is one opportunity: how well the resume fits the posting (left to right) and "
        "how far the process went (bottom to top), coloured by outcome.",
        body,
        "og-chart-fit",
    )
    legend = " · ".join(f"{_swatch(c)} {_e(o)}" for o, c in OUTCOME_COLOURS.items() if o != "accepted")
    body_html = (
        '<p class="og-legend">If the processes that went far are the ones that fit, aim at roles '
        f'that fit. Colour = outcome: {legend}</p><div class="og-chart og-scroll">{chart}</div>'
    )
    return _section("og-fit", "Fit against the stage reached", body_html)


def _swatch(colour: str) -> str:
    return (
        f'<svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">'
        f'<circle cx="6" cy="6" r="5" fill="{colour}"/></svg>'
    )


# --- pseudo-interview risk --------------------------------------------------------------------------


def _risk_chart(diagnosis: Diagnosis) -> str:
    items = sorted(diagnosis.opportunities, key=lambda i: -i.risk.risk)
    width, left, row, top = 900, 230, 24, 10
    plot_w = width - left - 90
    body: list[str] = []
    for n, item in enumerate(items):
        y = top + n * row
        colour = BAND_COLOURS.get(item.risk.band, MUTED)
        why = f"; {item.risk.strongest.evidence}" if item.risk.strongest else ""
        tip = f"{item.opportunity.company}: risk {item.risk.risk} ({item.risk.band}){why}"
        body.append(_text(left - 8, y + 15, _short(item.opportunity.company, 32), 12, "end"))
        body.append(_rect(left, y + 3, plot_w * item.risk.risk / 100, row - 8, colour, tip))
        body.append(
            _text(
                left + plot_w * item.risk.risk / 100 + 6,
                y + 15,
                f"{item.risk.risk} {item.risk.band}",
                12,
                fill=colour,
                weight="bold",
            )
        )
    height = top + max(len(items), 1) * row + 10
    if not items:
        body.append(_text(left, top + 15, "No opportunities recorded.", 12))
    chart = _svg(
        width,
        height,
        "Pseudo-interview risk per opportunity",
        "Risk from 0 to 100 that the interview was a formality, per opportunity, coloured by band: "
        + "; ".join(f"{i.opportunity.company} {i.risk.risk} {i.risk.band}" for i in items),
        body,
        "og-chart-risk",
    )
    legend = " · ".join(f"{_swatch(c)} {b}" for b, c in BAND_COLOURS.items())
    return _section(
        "og-risk",
        "Pseudo-interview risk",
        '<p class="og-legend">How likely each process was (or is) a formality with no intention '
        f'to hire. {legend}</p><div class="og-chart">{chart}</div>',
    )


# --- where the money went ---------------------------------------------------------------------------


def _money_by_currency(diagnosis: Diagnosis) -> dict[str, dict[str, tuple[Decimal, Decimal]]]:
    """currency -> category -> (out of pocket, reimbursed). Currencies are never added together."""
    totals: dict[str, dict[str, tuple[Decimal, Decimal]]] = defaultdict(dict)
    for item in diagnosis.opportunities:
        for expense in item.opportunity.expenses or []:
            own, back = totals[expense.currency].get(expense.category, (Decimal(0), Decimal(0)))
            if expense.reimbursed:
                back += expense.amount
            else:
                own += expense.amount
            totals[expense.currency][expense.category] = (own, back)
    return dict(sorted(totals.items()))


def _money_chart(currency: str, categories: dict[str, tuple[Decimal, Decimal]]) -> str:
    rows = sorted(categories.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))
    biggest = max((own + back for own, back in categories.values()), default=Decimal(1)) or Decimal(1)
    width, left, row, top = 900, 150, 26, 10
    plot_w = width - left - 170
    body: list[str] = []
    for n, (category, (own, back)) in enumerate(rows):
        y = top + n * row
        own_w = float(own / biggest) * plot_w
        back_w = float(back / biggest) * plot_w
        name = category.replace("_", " ")
        body.append(_text(left - 8, y + 16, name, 12, "end"))
        body.append(_rect(left, y + 4, own_w, row - 8, OWN, f"{name}: {own:,.2f} {currency} out of pocket"))
        back_tip = f"{name}: {back:,.2f} {currency} reimbursed"
        body.append(_rect(left + own_w, y + 4, back_w, row - 8, BACK, back_tip))
        label = f"{own + back:,.2f} {currency}" + (f" ({back:,.2f} back)" if back else "")
        body.append(_text(left + own_w + back_w + 6, y + 16, label, 12))
    total = sum((own for own, _ in categories.values()), Decimal(0))
    return _svg(
        width,
        top + len(rows) * row + 10,
        f"Money spent in {currency} by category",
        f"Out of pocket {total:,.2f} {currency}; "
        + "; ".join(f"{c.replace('_', ' ')} {o + b:,.2f}" for c, (o, b) in rows),
        body,
        f"og-chart-money-{currency.lower()}",
    )


def _money_section(diagnosis: Diagnosis) -> str:
    by_currency = _money_by_currency(diagnosis)
    parts = []
    for currency, categories in by_currency.items():
        own = sum((o for o, _ in categories.values()), Decimal(0))
        parts.append(
            f"<h3>{_e(currency)}: {own:,.2f} out of pocket</h3>"
            f'<div class="og-chart">{_money_chart(currency, categories)}</div>'
        )
    body = "".join(parts) or "<p>No expenses recorded.</p>"
    return _section(
        "og-money",
        "Where the money went",
        '<p class="og-legend">By category, one chart per currency (currencies are never added '
        f"together). Amber: out of pocket; grey: reimbursed.</p>{body}",
    )


# --- stalls and the table of opportunities ------------------------------------------------------------


def _stalls(diagnosis: Diagnosis) -> str:
    stalls = diagnosis.funnel.stalls
    if not stalls:
        body = "<p>No process has gone silent after an interview.</p>"
    else:
        body = "".join(
            f'<article class="og-stall"><h3>{_e(s.company)} — {_e(s.title)}</h3>'
            f"<p>Last contact: {_e(s.last_event)} on {s.last_contact.isoformat()}, silent for "
            f"{s.days_silent} days. Follow-up to send:</p>"
            f"<blockquote>{_e(s.follow_up)}</blockquote></article>"
            for s in stalls
        )
    return _section("og-stalls", "Then nothing happened: stalls and the follow-up to send", body)


def _opportunity_row(item: OpportunityEvidence) -> str:
    opp = item.opportunity
    fit = f"{item.fit.score:.0f} ({item.fit.label.replace('_', ' ')})" if item.fit else f"– ({item.fit_gap or 'n/a'})"
    interviews = item.conduct.interviews
    premature = sum(i.count("premature") for i in interviews if i.before_offer)
    research = sum(i.count("research") for i in interviews)
    return (
        f'<tr><th scope="row">{_e(opp.company)}</th><td>{_e(opp.title)}</td>'
        f"<td>{_e(STAGE_LABELS[item.stage])}</td><td>{_e(item.outcome)}</td><td>{_e(fit)}</td>"
        f'<td class="og-num">{item.risk.risk} ({_e(item.risk.band)})</td>'
        f'<td class="og-num">{premature}</td><td class="og-num">{research}</td></tr>'
    )


def _opportunities(diagnosis: Diagnosis) -> str:
    head = _column_heads(
        "Company", "Role", "Stage reached", "Outcome", "Fit", "Pseudo risk", "Premature questions", "Research questions"
    )
    rows = "".join(_opportunity_row(i) for i in diagnosis.opportunities)
    return _section(
        "og-opportunities",
        "The opportunities",
        f'<div class="og-table"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>',
    )


# --- public API ----------------------------------------------------------------------------------------


def report_stylesheet() -> str:
    """The report's CSS, for a page that embeds the fragment and serves the stylesheet itself."""
    return STYLESHEET.strip()


def report_fragment(diagnosis: Diagnosis, *, heading_level: int = 1) -> str:
    """The report as a body fragment: no <script>, no <style>, no style= attributes.

    A page that has its own <h1> embeds it with heading_level=2."""
    sections = (
        _header(diagnosis, heading_level),
        _headline(diagnosis),
        _causes(diagnosis),
        _missing(diagnosis),
        _funnel_section(diagnosis),
        _fit_chart(diagnosis),
        _risk_chart(diagnosis),
        _money_section(diagnosis),
        _stalls(diagnosis),
        _opportunities(diagnosis),
    )
    return '<div class="og-report">' + "".join(sections) + "</div>"


def render_html(diagnosis: Diagnosis) -> str:
    """One self-contained HTML page: the fragment plus the inlined stylesheet, nothing loaded from outside."""
    who = f" — {diagnosis.seeker}" if diagnosis.seeker else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e('offergap diagnosis' + who)}</title>"
        f"<style>{report_stylesheet()}</style></head><body>{report_fragment(diagnosis)}</body></html>\n"
    )
