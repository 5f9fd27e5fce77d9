"""The diagnosis as JSON: what `offergap diagnose --json` and GET /api/v1/diagnosis return."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from offergap.analysis.diagnose import Diagnosis
    from offergap.analysis.evidence import OpportunityEvidence
    from offergap.analysis.funnel import Funnel


def funnel_json(funnel: Funnel) -> dict[str, Any]:
    return {
        "stages": [asdict(s) for s in funnel.stages],
        "conversions": [
            {
                "from": c.from_stage,
                "to": c.to_stage,
                "rate": None if c.rate is None else round(c.rate, 3),
                "benchmark": None if c.benchmark is None else asdict(c.benchmark),
                "verdict": c.verdict,
            }
            for c in funnel.conversions
        ],
        "stalls": [{**asdict(s), "last_contact": s.last_contact.isoformat()} for s in funnel.stalls],
        "outcomes": funnel.outcomes,
    }


def _fit_json(item: OpportunityEvidence) -> dict[str, Any] | None:
    if item.fit is None:
        return {"score": None, "label": None, "missing": item.fit_gap}
    missing = [c.text for c in item.fit.must_haves if c.status == "missing"]
    return {
        "score": round(item.fit.score, 1),
        "label": item.fit.label,
        "summary": item.fit.summary,
        "missing_must_haves": missing,
    }


def _risk_json(item: OpportunityEvidence) -> dict[str, Any]:
    strongest = item.risk.strongest
    return {**item.risk.to_json(), "strongest": strongest.evidence if strongest else None}


def _conduct_json(item: OpportunityEvidence) -> dict[str, Any]:
    interviews = item.conduct.interviews
    return {
        "interviews": len(interviews),
        "premature_questions": sum(i.count("premature") for i in interviews if i.before_offer),
        "red_flag_questions": sum(i.count("red_flag") for i in interviews if i.before_offer),
        "research_questions": sum(i.count("research") for i in interviews),
        "hurt": list(item.conduct.hurt),
        "helped": list(item.conduct.helped),
    }


def opportunity_json(item: OpportunityEvidence) -> dict[str, Any]:
    opp = item.opportunity
    return {
        "id": opp.id,
        "company": opp.company,
        "title": opp.title,
        "stage_reached": item.stage,
        "outcome": item.outcome,
        "fit": _fit_json(item),
        "pseudo_risk": _risk_json(item),
        "conduct": _conduct_json(item),
    }


def diagnosis_json(diagnosis: Diagnosis) -> dict[str, Any]:
    return {
        "as_of": diagnosis.as_of.isoformat(),
        "seeker": diagnosis.seeker,
        "headline": {
            "cause": diagnosis.headline.cause,
            "summary": diagnosis.headline.summary,
            "confidence": diagnosis.headline.confidence,
        },
        "causes": [c.as_json() for c in diagnosis.causes],
        "missing": list(diagnosis.missing),
        "funnel": funnel_json(diagnosis.funnel),
        "conduct": diagnosis.conduct.to_json() | {"opportunities": None},
        "opportunities": [opportunity_json(i) for i in diagnosis.opportunities],
    }
