"""The packaged example job search, and a deterministic generator of realistic workbooks.

`example_workbook()` is Dana Reyes's search (the same file as examples/dana-reyes.json).
`generate_workbook()` builds varied, valid workbooks of any size for benchmarks and tests, and
`write_generated_workbook()` streams the same workbook to a file with flat memory;
`generate_posting_texts()` builds job descriptions across several occupations.
Everything here is invented; generated workbooks carry `extra.synthetic = true`.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from offergap.errors import InvalidInput
from offergap.workbook import (
    FORMAT,
    Opportunity,
    Workbook,
    dump_workbook,
    parse_document,
    validate_workbook,
)

EXAMPLE_RESOURCE = "data/example_dana_reyes.json"


def example_json() -> str:
    """The example workbook exactly as shipped (JSON text)."""
    return resources.files("offergap").joinpath(EXAMPLE_RESOURCE).read_text(encoding="utf-8")


def example_workbook() -> Workbook:
    """Dana Reyes's job search: 14 opportunities, two resumes, interviews, questions and expenses."""
    raw = parse_document(example_json().encode("utf-8"), "the packaged example")
    return validate_workbook(raw, "the packaged example")


# --- vocabulary ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Stretch:
    """A role a seeker applies to without fitting it, and the must-haves they lack."""

    title: str
    required: tuple[str, ...]
    missing: str


@dataclass(frozen=True)
class _Occupation:
    titles: tuple[str, ...]
    industries: tuple[tuple[str, str], ...]  # (company-name suffix, what the company is)
    duties: tuple[str, ...]
    required: tuple[str, ...]  # "{years}" is replaced by the years asked for
    preferred: tuple[str, ...]
    stretches: tuple[_Stretch, ...]
    skills: tuple[str, ...]
    resume_lines: tuple[str, ...]
    degree: str
    questions: tuple[tuple[str, str, str], ...]  # (question, concrete answer, vague answer)
    hiring_managers: tuple[str, ...]
    peers: tuple[str, ...]
    pay: tuple[float, float, str]  # low, high, period for the middle of the field


_DATA_ANALYST = _Occupation(
    titles=(
        "Data Analyst",
        "Business Intelligence Analyst",
        "Reporting Analyst",
        "Data Analyst II",
        "Marketing Data Analyst",
    ),
    industries=(
        ("Insurance", "property and casualty insurer"),
        ("Health", "regional health system"),
        ("Retail Group", "specialty retailer"),
        ("Credit Union", "member-owned credit union"),
        ("Software", "software company"),
        ("Logistics", "third-party logistics provider"),
    ),
    duties=(
        "Build and maintain dashboards in Power BI and Tableau for operations, finance and leadership",
        "Write SQL against our Snowflake warehouse to answer questions from business partners",
        "Define KPIs with stakeholders and document them in a shared data dictionary",
        "Analyze customer, campaign and operational data and present findings to managers and directors",
        "Automate recurring Excel reports and retire manual work",
        "Validate data quality and track down discrepancies with source-system owners",
        "Design and read out pilots and A/B tests with the marketing and product teams",
        "Train business users to self-serve from certified datasets",
    ),
    required=(
        "{years}+ years of experience in data analysis, reporting or business intelligence",
        "Advanced SQL, including window functions, CTEs and query tuning",
        "Experience building dashboards in Power BI, Tableau or Looker",
        "Advanced Excel (pivot tables, Power Query, lookups)",
        "Bachelor's degree in economics, statistics, business, information systems or a related field",
        "Ability to explain data clearly to non-technical audiences",
        "Experience gathering requirements from business stakeholders",
    ),
    preferred=(
        "Python or R for analysis and automation",
        "Snowflake, BigQuery or Redshift",
        "Experience in a regulated industry such as insurance, banking or healthcare",
        "A/B testing or experiment design",
        "dbt or another SQL transformation tool",
        "Tableau or Power BI certification",
    ),
    stretches=(
        _Stretch(
            "Data Engineer",
            (
                "3+ years building production data pipelines in Python",
                "Hands-on Apache Spark (PySpark) on large datasets",
                "Workflow orchestration with Airflow, Dagster or Prefect",
                "Cloud data platforms on AWS or GCP (S3, IAM, EMR or Dataproc)",
            ),
            "production Spark and Airflow experience",
        ),
        _Stretch(
            "Data Scientist",
            (
                "Master's or PhD in statistics, computer science or a related quantitative field",
                "3+ years building predictive models that were deployed in production",
                "Python (scikit-learn, XGBoost) and experiment design",
                "Model validation, calibration and monitoring",
            ),
            "a graduate degree and production machine-learning experience",
        ),
        _Stretch(
            "Analytics Manager",
            (
                "8+ years in analytics, including 3+ years managing a team of analysts",
                "Experience setting the analytics roadmap for a business unit",
                "A track record of presenting to and influencing executives",
                "Hiring, coaching and developing analysts",
            ),
            "several years of managing analysts",
        ),
    ),
    skills=("SQL", "Excel", "Power BI", "Tableau", "Python (pandas)", "Snowflake", "SQL Server", "Alteryx", "Jira"),
    resume_lines=(
        "Built 12 dashboards used by about 150 people across operations and finance.",
        "Automated the monthly reporting package, cutting preparation from three days to four hours.",
        "Measured a 12-week pilot with matched test and control groups; the results supported a company-wide rollout.",
        "Wrote a data dictionary for 60 core fields and ended three competing definitions of a key metric.",
        "Answer 15-20 ad-hoc requests a month from finance, marketing and operations.",
        "Found that two process steps caused 38% of delays; the fix cut average cycle time from 19 to 14 days.",
    ),
    degree="B.S., Economics",
    questions=(
        (
            "Tell me about a time your analysis changed a decision.",
            "A pilot with 8 test and 8 control stores: repeat visits rose 6.5 points against 1.2 in control, "
            "and leadership rolled it out everywhere.",
            "I do a lot of analysis that helps people make decisions, so there are many examples.",
        ),
        (
            "How do you handle two stakeholders who define the same metric differently?",
            "I documented both definitions, showed the gap in numbers, got the VP to choose one and published "
            "it in the data dictionary.",
            "I try to get everyone on the same page.",
        ),
        (
            "Walk me through a dashboard you built from scratch.",
            "A claims-aging dashboard: requirements from six supervisors, a SQL view and a Tableau build. "
            "Claims older than 30 days fell from 410 to 260 in two months.",
            "I've built a lot of dashboards; it depends on what the business needs.",
        ),
        (
            "How would you investigate a sudden drop in a weekly metric?",
            "Check the pipeline first, then segment by channel, region and product, compare with last year, "
            "and write up what changed with the metric's owner.",
            "I'd dig into the data and see what's going on.",
        ),
        (
            "Describe a time you found an error in a report people already trusted.",
            "Our loss-ratio report double-counted reopened claims by 1.8 points. I told my manager the same "
            "day and we reissued it with a note to finance.",
            "I'm very detail-oriented, so errors don't really get past me.",
        ),
    ),
    hiring_managers=("Analytics Manager", "BI Manager", "Director of Analytics", "Manager, Data and Reporting"),
    peers=("Senior Data Analyst", "BI Developer", "Data Engineer", "Finance Manager"),
    pay=(72000, 92000, "year"),
)

_SOFTWARE_ENGINEER = _Occupation(
    titles=("Software Engineer", "Backend Engineer", "Full-Stack Engineer", "Software Engineer II"),
    industries=(
        ("Software", "software company"),
        ("Labs", "product studio"),
        ("Health", "health-tech company"),
        ("Payments", "payments company"),
        ("Systems", "logistics software company"),
    ),
    duties=(
        "Design, build and ship features across our web application and REST APIs",
        "Write automated tests and review pull requests from teammates",
        "Own services in production, including on-call and blameless incident reviews",
        "Work with product managers and designers to scope and sequence work",
        "Improve the performance and reliability of high-traffic endpoints",
        "Contribute to design documents and architecture discussions",
        "Keep dependencies current and pay down technical debt in a mature codebase",
    ),
    required=(
        "{years}+ years of professional software development",
        "Strong experience with Python, Go, Java or TypeScript",
        "Relational databases (PostgreSQL or MySQL) and SQL",
        "REST API design and integration",
        "Git-based workflows, code review and CI/CD",
        "Bachelor's degree in computer science or equivalent practical experience",
    ),
    preferred=(
        "Cloud experience on AWS, GCP or Azure",
        "Docker and container orchestration",
        "React and modern front-end tooling",
        "Event-driven systems (Kafka, SQS or RabbitMQ)",
        "Observability tools such as Datadog or Grafana",
    ),
    stretches=(
        _Stretch(
            "Staff Software Engineer",
            (
                "10+ years of professional software development",
                "Led architecture decisions across multiple teams",
                "Designed distributed systems handling millions of requests a day",
                "Mentored senior engineers and set technical direction",
            ),
            "experience leading architecture across teams",
        ),
        _Stretch(
            "DevOps Engineer",
            (
                "3+ years administering Linux systems in production",
                "Hands-on Kubernetes and Terraform",
                "AWS networking and IAM (VPC, EKS)",
                "On-call experience for production infrastructure",
            ),
            "production Kubernetes and Terraform experience",
        ),
        _Stretch(
            "iOS Engineer",
            (
                "2+ years shipping native iOS apps in Swift",
                "At least one app published on the App Store",
                "SwiftUI and async/await",
                "XCTest unit and UI testing",
            ),
            "shipped native iOS apps in Swift",
        ),
    ),
    skills=("Python", "TypeScript", "React", "PostgreSQL", "Docker", "AWS", "Git", "GitHub Actions"),
    resume_lines=(
        "Built an order-status API serving 2 million requests a day with p95 latency under 120 ms.",
        "Cut CI time from 28 to 9 minutes by parallelizing the test suite.",
        "Led the migration of 14 cron jobs to a queue-based worker, ending a weekly on-call page.",
        "Shipped a self-service billing page that reduced support tickets about invoices by 30%.",
        "Mentored two junior engineers through their first production releases.",
        "Wrote the team's incident-review template; used in 40+ reviews since.",
    ),
    degree="B.S., Computer Science",
    questions=(
        (
            "Tell us about a production incident you handled.",
            "A cache stampede took checkout down for 11 minutes; I rolled back, added request coalescing and "
            "wrote the review. It hasn't recurred.",
            "We've had a few incidents; I help out wherever I can.",
        ),
        (
            "How do you decide when to refactor instead of adding a feature?",
            "When a change touches code that caused two incidents in a quarter, I size the refactor and put it "
            "next to the feature in planning; last time it saved a sprint.",
            "It depends on the situation and the timeline.",
        ),
        (
            "Design a rate limiter for a public API.",
            "Token bucket per API key in Redis, with a sliding-window fallback; I walked through the failure "
            "modes and how we'd monitor it.",
            "I'd probably use a library for that.",
        ),
        (
            "Describe a disagreement about a technical approach.",
            "I wanted a queue and my lead wanted a cron job; we agreed on a one-week spike with load numbers, "
            "and the queue won at 3x the throughput.",
            "I try to stay flexible and go with what the team wants.",
        ),
    ),
    hiring_managers=("Engineering Manager", "Director of Engineering", "Head of Platform"),
    peers=("Senior Software Engineer", "Staff Engineer", "Product Manager", "QA Engineer"),
    pay=(110000, 145000, "year"),
)

_REGISTERED_NURSE = _Occupation(
    titles=(
        "Registered Nurse - Med/Surg",
        "Registered Nurse - Telemetry",
        "RN, Outpatient Clinic",
        "Registered Nurse - Orthopedics",
    ),
    industries=(
        ("Health", "regional health system"),
        ("Medical Center", "community hospital"),
        ("Care Partners", "multi-specialty clinic network"),
        ("Hospital", "teaching hospital"),
    ),
    duties=(
        "Provide direct patient care for a 4-5 patient assignment on 12-hour shifts",
        "Assess patients, administer medications and document care in Epic",
        "Educate patients and families on discharge plans and new medications",
        "Collaborate with physicians, case managers and therapists in daily huddles",
        "Precept nursing students and newly hired nurses",
        "Take part in unit-based councils and quality projects",
        "Respond to rapid-response calls and escalate changes in condition",
    ),
    required=(
        "Active RN license in the state of practice or a multistate compact license",
        "BLS and ACLS certification from the American Heart Association",
        "{years}+ years of acute-care nursing experience",
        "Electronic health record documentation (Epic or Cerner)",
        "Ability to work 12-hour shifts, including every third weekend and rotating holidays",
    ),
    preferred=(
        "BSN from an accredited program",
        "Specialty certification (MEDSURG-BC, PCCN or ONC)",
        "Telemetry or step-down experience",
        "Charge nurse or preceptor experience",
    ),
    stretches=(
        _Stretch(
            "ICU Registered Nurse",
            (
                "2+ years of adult ICU experience",
                "CCRN certification",
                "Experience managing ventilated patients and vasoactive drips",
            ),
            "ICU experience and CCRN certification",
        ),
        _Stretch(
            "Nurse Manager",
            (
                "BSN required; MSN preferred",
                "3+ years of nursing leadership with direct reports",
                "Budget and staffing responsibility for a unit",
            ),
            "nursing leadership experience with direct reports",
        ),
        _Stretch(
            "Nurse Practitioner",
            (
                "Active APRN license and national board certification",
                "MSN or DNP from an accredited program",
                "DEA registration",
            ),
            "an APRN license",
        ),
    ),
    skills=("Epic", "telemetry monitoring", "wound care", "IV therapy", "patient education", "BLS", "ACLS"),
    resume_lines=(
        "Care for 4-5 patients per shift on a 32-bed medical-surgical unit.",
        "Precepted 9 new graduate nurses; all completed orientation on schedule.",
        "Led a unit fall-prevention project that cut falls from 11 to 4 a quarter.",
        "Charge nurse two shifts a week, coordinating admissions with the bed-management team.",
        "Super-user for the Epic medication-administration upgrade; trained 40 staff.",
        "Unit HCAHPS nurse-communication score rose from 74 to 83 during my time on the practice council.",
    ),
    degree="BSN, Nursing",
    questions=(
        (
            "Tell us about a time a patient's condition changed quickly.",
            "A post-op patient's pressure dropped to 82/50; I called a rapid response, started fluids per "
            "protocol, and he went to step-down stable within the hour.",
            "I stay calm and follow protocol.",
        ),
        (
            "How do you handle a disagreement with a physician about a plan of care?",
            "I used SBAR to raise a potassium result the resident had missed; we adjusted the order and I "
            "documented the conversation.",
            "I respect the doctors and communicate professionally.",
        ),
        (
            "How do you prioritize five patients at the start of a shift?",
            "Airway and safety first, then time-critical meds and fresh post-ops, then discharges; I write it "
            "on my brain sheet and re-sort after the 10 a.m. huddle.",
            "I just go room by room and take care of whatever comes up.",
        ),
        (
            "Describe a time you improved patient safety on your unit.",
            "Our falls project: hourly rounding plus bed alarms for high-risk patients took falls from 11 to 4 "
            "a quarter.",
            "Safety is always my top priority.",
        ),
    ),
    hiring_managers=("Nurse Manager", "Assistant Nurse Manager", "Director of Nursing"),
    peers=("Charge Nurse", "Staff RN", "Clinical Nurse Educator"),
    pay=(36.0, 48.0, "hour"),
)

_ACCOUNTANT = _Occupation(
    titles=("Staff Accountant", "Senior Accountant", "General Ledger Accountant", "Accountant II"),
    industries=(
        ("Manufacturing", "industrial manufacturer"),
        ("Foods", "food producer"),
        ("Partners", "property management firm"),
        ("Holdings", "family-owned holding company"),
        ("Medical Group", "physician group"),
    ),
    duties=(
        "Prepare journal entries, accruals and account reconciliations for the monthly close",
        "Reconcile bank, fixed-asset and intercompany accounts",
        "Support the annual audit and prepare schedules for external auditors",
        "Maintain the general ledger in NetSuite and improve close checklists",
        "Analyze variances against budget and explain them to department heads",
        "Help document internal controls and month-end procedures",
    ),
    required=(
        "Bachelor's degree in accounting or finance",
        "{years}+ years of general ledger accounting experience",
        "Month-end close, journal entries and balance-sheet reconciliations",
        "Advanced Excel (pivot tables, lookups)",
        "Experience with an ERP such as NetSuite, SAP or Oracle",
        "Working knowledge of US GAAP",
    ),
    preferred=(
        "CPA or progress toward the CPA",
        "Public accounting or audit experience",
        "Multi-entity consolidation experience",
        "Experience automating close tasks (BlackLine, FloQast)",
    ),
    stretches=(
        _Stretch(
            "Accounting Manager",
            (
                "Active CPA license",
                "3+ years managing accountants",
                "Ownership of the close and audit for a multi-entity company",
            ),
            "a CPA license and management experience",
        ),
        _Stretch(
            "Tax Senior",
            (
                "CPA required",
                "4+ years of corporate income tax, including ASC 740 provisions",
                "Multistate tax compliance",
            ),
            "corporate tax and ASC 740 experience",
        ),
        _Stretch(
            "Financial Analyst, FP&A",
            (
                "3+ years of FP&A or corporate finance",
                "Three-statement financial modeling",
                "Experience with Adaptive Planning or Anaplan",
            ),
            "FP&A modeling experience",
        ),
    ),
    skills=("NetSuite", "Excel", "US GAAP", "account reconciliations", "month-end close", "BlackLine"),
    resume_lines=(
        "Own 45 balance-sheet reconciliations for a five-entity company.",
        "Cut the monthly close from nine to six business days by rebuilding the close checklist.",
        "Prepared 30 audit schedules; the last two audits had no adjusting entries from my areas.",
        "Built an accrual model that reduced month-to-month expense swings by 40%.",
        "Trained two new staff accountants on NetSuite journal entries.",
    ),
    degree="B.S., Accounting",
    questions=(
        (
            "Walk me through a difficult reconciliation.",
            "An intercompany account was off $48,000; I traced it to a currency entry booked twice, fixed it "
            "and added a check to the close list.",
            "I'm good with reconciliations; I just work through them.",
        ),
        (
            "How would you shorten our month-end close?",
            "I'd map every task by day and owner, move accruals before day one, and automate bank recs; that "
            "took our close from nine to six days.",
            "I'd work efficiently and stay organized.",
        ),
        (
            "Tell us about a time you found an error before the auditors did.",
            "A lease was expensed instead of capitalized; I caught it in my fixed-asset review, booked the "
            "correction and documented it for the audit file.",
            "I double-check everything, so that doesn't happen much.",
        ),
    ),
    hiring_managers=("Controller", "Assistant Controller", "Accounting Manager"),
    peers=("Senior Accountant", "AP Supervisor", "FP&A Analyst"),
    pay=(62000, 80000, "year"),
)

_MARKETING = _Occupation(
    titles=(
        "Marketing Coordinator",
        "Marketing Specialist",
        "Digital Marketing Specialist",
        "Content Marketing Specialist",
    ),
    industries=(
        ("Brands", "consumer brand"),
        ("Home", "home-services company"),
        ("Outdoors", "outdoor retailer"),
        ("Bank", "community bank"),
        ("Software", "B2B software company"),
    ),
    duties=(
        "Plan and run email campaigns in HubSpot from brief to report",
        "Write and schedule social posts and track engagement",
        "Coordinate events, trade shows and sponsor materials",
        "Update web pages in WordPress and keep SEO basics in order",
        "Report weekly on campaign performance in Google Analytics 4",
        "Work with designers and outside agencies on creative",
    ),
    required=(
        "{years}+ years of marketing experience",
        "Email marketing in HubSpot, Mailchimp or Marketo",
        "Strong writing and editing skills, with samples",
        "Google Analytics 4 reporting",
        "Bachelor's degree in marketing, communications or a related field",
    ),
    preferred=(
        "Canva or Adobe Creative Cloud",
        "Paid social advertising (Meta, LinkedIn)",
        "Basic HTML and WordPress",
        "Event planning experience",
    ),
    stretches=(
        _Stretch(
            "Marketing Director",
            (
                "10+ years of marketing, including 5+ years leading a team",
                "Ownership of a multi-million-dollar marketing budget",
                "Brand strategy and agency management",
            ),
            "leadership of a team and a large budget",
        ),
        _Stretch(
            "Marketing Automation Manager",
            (
                "Marketo Certified Expert",
                "Salesforce-Marketo integration and lead-scoring design",
                "4+ years administering a marketing automation platform",
            ),
            "marketing automation administration",
        ),
        _Stretch(
            "Graphic Designer",
            (
                "Portfolio showing brand and print design",
                "Expert Adobe InDesign, Illustrator and Photoshop",
                "Degree in graphic design or fine arts",
            ),
            "a design portfolio and expert Adobe skills",
        ),
    ),
    skills=("HubSpot", "Mailchimp", "Google Analytics 4", "Canva", "WordPress", "Meta Ads", "copywriting"),
    resume_lines=(
        "Grew the email list from 12,000 to 31,000 subscribers in 18 months.",
        "Raised email open rates from 19% to 27% with segmentation and subject-line testing.",
        "Planned 14 events a year, including a 600-person customer conference.",
        "Wrote 40 blog posts; organic traffic rose 55% year over year.",
        "Managed a $90,000 paid-social budget with a 3.1x return on ad spend.",
    ),
    degree="B.A., Communications",
    questions=(
        (
            "Tell us about a campaign that didn't work.",
            "A spring promo email got a 9% open rate; I tested subject lines on 10% of the list the next month "
            "and got it back to 24%.",
            "Not everything works, so you learn and move on.",
        ),
        (
            "How do you measure whether social media is worth the time?",
            "UTM links on every post, then leads and revenue by channel in GA4 and HubSpot; we cut two "
            "channels that drove under 2% of leads.",
            "Engagement and followers, mostly.",
        ),
        (
            "How do you juggle requests from sales, product and leadership?",
            "A shared request board with due dates and a Monday priority call with my manager; on-time "
            "delivery went from about 60% to 90%.",
            "I'm very organized and good at multitasking.",
        ),
    ),
    hiring_managers=("Marketing Manager", "Director of Marketing", "Head of Brand"),
    peers=("Graphic Designer", "Content Strategist", "Sales Manager"),
    pay=(52000, 68000, "year"),
)

_WAREHOUSE = _Occupation(
    titles=(
        "Warehouse Supervisor",
        "Shift Supervisor, Distribution Center",
        "Inbound Supervisor",
        "Operations Supervisor",
    ),
    industries=(
        ("Distribution", "wholesale distributor"),
        ("Freight", "freight and logistics company"),
        ("Foods", "grocery distributor"),
        ("Supply", "industrial supply company"),
    ),
    duties=(
        "Lead a shift of 25-40 associates across receiving, picking and shipping",
        "Plan labor against daily volume and hit productivity and accuracy targets",
        "Run pre-shift safety meetings and investigate incidents",
        "Train associates on the WMS, RF scanners and powered equipment",
        "Coach, write up and recognize associates fairly and consistently",
        "Partner with inventory control on cycle counts and damage reduction",
    ),
    required=(
        "{years}+ years of warehouse experience, including 2+ years supervising hourly associates",
        "Working knowledge of a WMS (Manhattan, Blue Yonder or SAP EWM)",
        "Forklift certification or ability to obtain it",
        "Able to work second shift and weekends during peak season",
        "OSHA safety knowledge",
    ),
    preferred=(
        "Lean or Six Sigma training",
        "Bilingual English/Spanish",
        "Associate's or bachelor's degree in supply chain or business",
        "Labor management system experience",
    ),
    stretches=(
        _Stretch(
            "Distribution Center General Manager",
            (
                "10+ years in distribution operations, including 5+ years managing managers",
                "Full P&L responsibility for a site of 300+ associates",
                "Bachelor's degree required",
            ),
            "site leadership and P&L responsibility",
        ),
        _Stretch(
            "Industrial Engineer",
            (
                "B.S. in industrial engineering",
                "Engineered labor standards and slotting optimization",
                "AutoCAD and simulation tools",
            ),
            "an industrial engineering degree",
        ),
        _Stretch(
            "Transportation Manager",
            (
                "5+ years managing carriers and freight spend",
                "TMS administration (MercuryGate or Oracle OTM)",
                "DOT and FMCSA compliance",
            ),
            "transportation management experience",
        ),
    ),
    skills=("Manhattan WMS", "RF scanning", "forklift", "OSHA 10", "labor planning", "Excel", "cycle counts"),
    resume_lines=(
        "Supervise 32 associates on second shift shipping 18,000 cases a night.",
        "Raised pick accuracy from 99.1% to 99.7% with a scan-to-confirm audit.",
        "Cut recordable injuries from 6 to 1 in a year with daily safety walks.",
        "Cross-trained 20 associates on receiving, cutting overtime by 15% during peak.",
        "Reduced 90-day turnover on my shift from 45% to 28% with a buddy program.",
    ),
    degree="A.A.S., Supply Chain Management",
    questions=(
        (
            "Tell me about a time you turned around a shift that was missing targets.",
            "Second shift was at 82% of plan; I re-slotted the fastest movers and staggered breaks, and we hit "
            "101% within six weeks.",
            "I motivate people and lead by example.",
        ),
        (
            "How do you handle an associate who keeps missing rate?",
            "I check for a training or equipment problem first, set a two-week plan with daily check-ins, and "
            "document it; four of five I've coached got to rate.",
            "I'm fair but firm with everyone.",
        ),
        (
            "Describe a safety incident you investigated.",
            "A pallet fell from the second level; I found a damaged beam, tagged the rack out, and we added "
            "beam checks to the weekly walk.",
            "Safety is always first on my shift.",
        ),
    ),
    hiring_managers=("Operations Manager", "Site Manager", "General Manager"),
    peers=("Shift Supervisor", "HR Business Partner", "Inventory Control Lead"),
    pay=(56000, 70000, "year"),
)

_PARALEGAL = _Occupation(
    titles=("Litigation Paralegal", "Paralegal", "Corporate Paralegal", "Senior Litigation Paralegal"),
    industries=(
        ("LLP", "law firm"),
        ("Law Group", "litigation boutique"),
        ("Mutual", "insurer's legal department"),
        ("Legal", "in-house legal team"),
    ),
    duties=(
        "Draft discovery requests and responses, subpoenas and deposition notices",
        "Manage document productions and privilege logs in Relativity",
        "Prepare trial binders, exhibit lists and witness files",
        "E-file in federal and state courts and maintain the case calendar",
        "Summarize deposition transcripts and medical records",
        "Coordinate with court reporters, experts and opposing counsel's staff",
    ),
    required=(
        "{years}+ years of civil litigation paralegal experience",
        "Paralegal certificate from an ABA-approved program or a bachelor's degree",
        "Federal (PACER/CM-ECF) and state e-filing",
        "Relativity or a comparable e-discovery platform",
        "Calendar and deadline management for multiple attorneys",
    ),
    preferred=(
        "Trial experience",
        "CompuLaw or another docketing system",
        "Westlaw research",
        "Commercial or insurance-defense litigation",
    ),
    stretches=(
        _Stretch(
            "Patent Paralegal",
            (
                "3+ years of USPTO filings and patent prosecution docketing",
                "Patent Center and PAIR",
                "Foreign filing and PCT deadlines",
            ),
            "patent prosecution experience",
        ),
        _Stretch(
            "Contracts Manager",
            (
                "JD preferred; 5+ years negotiating commercial contracts",
                "Ownership of a contract-management system",
                "Experience advising business teams on risk",
            ),
            "contract negotiation experience",
        ),
        _Stretch(
            "E-Discovery Project Manager",
            (
                "5+ years managing e-discovery projects and vendors",
                "Relativity Certified Administrator (RCA)",
                "Technology-assisted review workflows",
            ),
            "RCA certification and project-management experience",
        ),
    ),
    skills=("Relativity", "PACER/CM-ECF", "CompuLaw", "Westlaw", "Clio", "Bluebook citation"),
    resume_lines=(
        "Support three partners and four associates on commercial cases in state and federal court.",
        "Managed document productions of up to 200,000 pages in Relativity, including privilege logs.",
        "Prepared exhibits and witness files for four trials to verdict.",
        "Maintain the team's deadline calendar in CompuLaw; no missed deadlines in four years.",
        "Summarized medical records for 90+ personal-injury files.",
    ),
    degree="B.A., Political Science; Paralegal Certificate (ABA-approved)",
    questions=(
        (
            "Tell us about a document production you managed.",
            "A 200,000-page production on a two-week deadline: I set up review batches in Relativity, ran QC "
            "on privilege calls, and we produced a day early.",
            "I've done a lot of productions; I'm very organized.",
        ),
        (
            "Describe a time you caught a mistake before filing.",
            "A brief cited a superseded local rule; I flagged it to the associate the night before, and we "
            "corrected it before filing.",
            "I double-check everything, so that doesn't really happen.",
        ),
        (
            "How do you prioritize when two attorneys need something the same day?",
            "I ask both for the real deadline, tell them my plan in one email, and escalate to the senior "
            "partner's assistant if they truly conflict.",
            "I just work hard and get it all done.",
        ),
    ),
    hiring_managers=("Litigation Partner", "Paralegal Manager", "Associate General Counsel"),
    peers=("Senior Paralegal", "Associate Attorney", "Legal Assistant"),
    pay=(58000, 74000, "year"),
)

_SUPPORT_LEAD = _Occupation(
    titles=(
        "Customer Support Team Lead",
        "Customer Success Manager",
        "Support Operations Specialist",
        "Customer Support Supervisor",
    ),
    industries=(
        ("Software", "SaaS company"),
        ("Telecom", "regional internet provider"),
        ("Direct", "direct-to-consumer brand"),
        ("Payments", "payments company"),
    ),
    duties=(
        "Lead a team of 8-12 support agents across chat, email and phone",
        "Coach agents with QA scorecards and weekly one-on-ones",
        "Report on CSAT, first-response time and backlog to the support manager",
        "Handle escalations from high-value customers",
        "Update help-center articles and macros as the product changes",
        "Work with product and engineering on recurring bugs",
    ),
    required=(
        "{years}+ years in customer support, including 1+ year leading or coaching agents",
        "Zendesk, Freshdesk or Salesforce Service Cloud",
        "Experience with QA scorecards and support metrics",
        "Clear, calm written communication",
    ),
    preferred=(
        "SaaS or subscription business experience",
        "Workforce management and scheduling tools",
        "Basic SQL or Looker reporting",
        "Experience writing knowledge-base content",
    ),
    stretches=(
        _Stretch(
            "Director of Customer Experience",
            (
                "10+ years in customer experience, including 5+ years leading managers",
                "Ownership of a support budget and vendor contracts",
                "Experience building support organizations from 20 to 100+ agents",
            ),
            "experience leading managers and a budget",
        ),
        _Stretch(
            "Solutions Engineer",
            (
                "Hands-on REST APIs and webhooks",
                "SQL and scripting in Python or JavaScript",
                "Technical pre-sales demos",
            ),
            "API and scripting experience",
        ),
        _Stretch(
            "Bilingual Support Lead (Spanish)",
            (
                "Full professional fluency in Spanish and English",
                "2+ years leading a bilingual support team",
                "Experience with Spanish-language help-center content",
            ),
            "Spanish fluency",
        ),
    ),
    skills=("Zendesk", "Salesforce Service Cloud", "QA scorecards", "CSAT reporting", "coaching", "Slack"),
    resume_lines=(
        "Lead 10 agents handling 3,500 tickets a month.",
        "Raised team CSAT from 84% to 92% in two quarters with weekly QA coaching.",
        "Cut first-response time from 9 hours to 2 by reorganizing shift coverage.",
        "Rewrote 60 help-center articles; related tickets fell 18%.",
        "Promoted two agents to tier-2 after building a skills ladder.",
    ),
    degree="B.A., Psychology",
    questions=(
        (
            "Tell me about an escalation you turned around.",
            "A clinic owner threatened to cancel over a billing bug; I called her the same hour, got a "
            "workaround from engineering, and she renewed for two years.",
            "I'm a people person, so I'm good at calming customers down.",
        ),
        (
            "How do you coach an agent with low QA scores?",
            "Pick one scorecard item, review three tickets together each week, and track it; my last two "
            "agents went from 70% to over 90% in a month.",
            "I give them feedback and encourage them.",
        ),
        (
            "How would you cut our backlog?",
            "Tag the top ten contact reasons, fix or deflect the top three with macros and articles, and "
            "rebalance shifts to the busiest hours.",
            "Work hard as a team and stay positive.",
        ),
    ),
    hiring_managers=("Support Manager", "Director of Customer Support", "Head of Customer Success"),
    peers=("Senior Support Agent", "Product Manager", "Support Operations Analyst"),
    pay=(54000, 70000, "year"),
)

_OCCUPATIONS: tuple[_Occupation, ...] = (
    _DATA_ANALYST,
    _SOFTWARE_ENGINEER,
    _REGISTERED_NURSE,
    _ACCOUNTANT,
    _MARKETING,
    _WAREHOUSE,
    _PARALEGAL,
    _SUPPORT_LEAD,
)

_CITIES = (
    "Columbus, OH",
    "Indianapolis, IN",
    "Pittsburgh, PA",
    "Raleigh, NC",
    "Denver, CO",
    "Kansas City, MO",
    "Milwaukee, WI",
    "Richmond, VA",
    "Nashville, TN",
    "Tucson, AZ",
    "Sacramento, CA",
    "Spokane, WA",
    "Omaha, NE",
    "Louisville, KY",
    "Grand Rapids, MI",
    "Albany, NY",
    "Charlotte, NC",
    "Boise, ID",
    "Madison, WI",
    "Dayton, OH",
    "Austin, TX",
    "Portland, OR",
    "Minneapolis, MN",
    "Tampa, FL",
)
_FIRST_NAMES = (
    "Avery",
    "Jordan",
    "Maya",
    "Luis",
    "Priya",
    "Terrence",
    "Hannah",
    "Marcus",
    "Sofia",
    "Kevin",
    "Aisha",
    "Daniel",
    "Grace",
    "Tomas",
    "Lena",
    "Omar",
    "Rachel",
    "Jamal",
    "Emily",
    "Victor",
    "Nora",
    "Samuel",
    "Keiko",
    "Andre",
    "Claire",
    "Diego",
    "Fatima",
    "Ethan",
    "Yesenia",
    "Brian",
    "Mei",
    "Patrick",
)
_LAST_NAMES = (
    "Reyes",
    "Nguyen",
    "Okafor",
    "Lindgren",
    "Holloway",
    "Patel",
    "Brooks",
    "Delgado",
    "Kowalski",
    "Mwangi",
    "Fitzgerald",
    "Whitaker",
    "Estrada",
    "Sorensen",
    "Rao",
    "Carter",
    "Morales",
    "Tanaka",
    "Bennett",
    "Hughes",
    "Adeyemi",
    "Schmidt",
    "Romero",
    "Chen",
    "Murphy",
    "Haddad",
    "Novak",
    "Ortiz",
    "Price",
    "Kim",
)
_COMPANY_WORDS = (
    "Ridgeway",
    "Harbor",
    "Cedar",
    "Summit",
    "Lakeshore",
    "Bluestem",
    "Northgate",
    "Ironwood",
    "Meridian",
    "Copperline",
    "Prairie",
    "Riverbend",
    "Granite",
    "Silverleaf",
    "Fairmont",
    "Oakhurst",
    "Westbrook",
    "Highland",
    "Keystone",
    "Maplewood",
    "Sterling",
    "Crescent",
    "Pinecrest",
    "Redwood",
    "Brightwater",
    "Clearview",
    "Stonebridge",
    "Willow Creek",
    "Eastgate",
    "Hollister",
    "Arbor Lane",
    "Quarry Hill",
)
_COMPANY_NEWS = (
    "opened a new location in {city} this spring",
    "announced a merger with a regional competitor in the second quarter",
    "reported revenue up {pct}% last quarter",
    "launched a new customer app in March",
    "is rolling out a new ERP system next year",
    "was named one of the top workplaces in {city}",
    "announced a three-year plan to double its online business",
    "closed two sites this year and consolidated operations",
    "hired a new CEO from outside the industry in January",
    "won a large state contract in the summer",
)
_SIZE_WORDS = ("fast-growing", "family-owned", "regional", "national", "employee-owned", "publicly traded")
_TEAM_WHY = (
    "The role is new, created as part of our growth plan for next year.",
    "This is a backfill for a teammate who was promoted.",
    "We are growing the team from {n} to {m} people.",
    "You will report to the {manager} and work with partners across the business.",
)
_BENEFITS = (
    "Medical, dental and vision coverage from day one",
    "401(k) with a {pct}% company match",
    "{pto} days of paid time off plus ten holidays",
    "Tuition reimbursement up to ${amount:,} a year",
    "Paid parental leave",
    "Employee assistance program and wellness stipend",
)
_EEO = (
    "{company} is an equal opportunity employer. All qualified applicants will receive consideration for "
    "employment without regard to race, color, religion, sex, sexual orientation, gender identity, national "
    "origin, disability or veteran status.",
    "We are an equal opportunity employer and value diversity at our company. We do not discriminate on the "
    "basis of any protected characteristic.",
    "{company} participates in E-Verify and is proud to be an equal opportunity employer.",
)
_TEAM_SENTENCES = (
    "You'll join a close-knit team that values clear communication, careful work and helping each other out.",
    "Our people tend to stay: average tenure on the team is more than five years.",
    "We plan our work in two-week cycles and review what went well and what didn't at the end of each one.",
    "New hires get a structured onboarding plan, a buddy on the team and regular check-ins with their manager.",
    "We care about doing things properly, and we give people the time and tools to do that.",
    "The team works closely with leaders across the business, so your work is seen and used.",
    "We invest in training: every team member has a yearly learning budget and time to use it.",
)
_SCHEDULES = (
    "Schedule: full time, Monday to Friday, with occasional extra hours at month end.",
    "Schedule: full time; hybrid, with three days a week in the office after onboarding.",
    "Schedule: full time, on site, with some flexibility on start and end times.",
    "Schedule: full time; this role can be remote for candidates in our region.",
)
_EVERGREEN = "We are always accepting applications for this position and review them as needs arise."
_POLICY = (
    "In accordance with our hiring policy, the top-ranked qualified candidates will be invited to a "
    "structured panel interview."
)

_ROLE_QUESTIONS = (
    "What would a great first 90 days look like in this role?",
    "What's the hardest problem the team is working on right now?",
    "How do you measure success for this position?",
    "Could you walk me through a typical week on the team?",
    "What separates someone who is good in this job from someone who is excellent?",
    "How does the team decide what to work on first?",
    "What do new people usually find hardest in their first months?",
    "How would you describe your management style?",
)
_PROCESS_QUESTIONS = (
    "What are the next steps, and when should I expect to hear back?",
    "Who else will I meet in the process?",
    "How many rounds are left?",
    "Is there anything about my background you'd like me to clarify?",
)
_PREMATURE_QUESTIONS = (
    "What's the salary range for this position?",
    "How many days a week could I work from home?",
    "How much PTO do new hires start with?",
    "When is the first raise, and how big are raises usually?",
    "Is there a bonus, and how much is it usually?",
    "Would I ever need to stay late or work weekends?",
    "When does health insurance start?",
    "Is there flexibility on start time? I usually start at 7:30.",
    "How soon could I be considered for a promotion?",
    "Does the company pay for parking?",
)
_RESEARCH_TEMPLATES = (
    "I read that {company} {news}. How does that change the priorities for this team?",
    "Your latest update says {company} {news}. Would this role support that?",
    "Congratulations on the news that {company} {news}. What has that meant for the team's workload?",
)
_SCREEN_QUESTIONS = (
    (
        "Tell me a little about yourself.",
        "My two-minute summary: {years} years as a {title}, with the two results I'm proudest of and why this "
        "role is next.",
        "I've been doing this for a while and I'm looking for a new challenge.",
    ),
    (
        "Why are you interested in {company}?",
        "The news that {company} {news}, and the chance to do more of the work I do best.",
        "It seemed like a good fit for my experience.",
    ),
    (
        "What are your salary expectations?",
        "Within the posted range; I'd like to learn more about the role before naming a number.",
        "Whatever is fair, I'm flexible.",
    ),
    ("When could you start?", "Two weeks after an offer.", "Pretty much whenever."),
)
_BEHAVIORAL_QUESTIONS = (
    (
        "Tell us about a time you disagreed with your manager.",
        "My manager wanted a report by Friday; I showed her the data wasn't clean until Tuesday, we agreed to "
        "send a draft Friday with the caveat, and the final version on Tuesday had no corrections.",
        "I don't really have disagreements; I get along with everyone.",
    ),
    (
        "Describe a mistake you made at work and what you did about it.",
        "I sent a customer the wrong price list. I called them within the hour, sent the right one, and added a "
        "second check to our template; it hasn't happened again in two years.",
        "I try not to make mistakes, and if I do I fix them.",
    ),
    (
        "Tell us about a time you had to learn something quickly.",
        "Our team switched systems with three weeks' notice; I did the vendor course in the evenings, wrote a "
        "one-page guide, and trained six coworkers before go-live.",
        "I'm a fast learner, so I pick things up quickly.",
    ),
    (
        "What accomplishment are you most proud of?",
        "Cutting a weekly task from six hours to one by rebuilding the process; the team used the time to clear "
        "a backlog of 200 items in a month.",
        "Probably just being reliable and always getting my work done.",
    ),
    (
        "Tell us about a time you had too much to do.",
        "Two deadlines collided during a coworker's leave; I listed both with my manager, moved one by two days "
        "with the requester's agreement, and delivered both without overtime.",
        "I just stay late and get it done.",
    ),
)
_RECRUITER_ROLES = (
    "Recruiter",
    "Talent Acquisition Partner",
    "HR Generalist",
    "Technical Recruiter",
    "HR Business Partner",
)
_ENGAGED_NOTES = (
    "They were engaged and asked a lot of follow-up questions.",
    "Ran a few minutes over; they showed me around and introduced me to the team.",
    "Good conversation. The manager took notes and described the first project in detail.",
)
_CUT_SHORT_NOTES = (
    "Done well before the scheduled time. Nobody asked a follow-up question.",
    "The manager checked his phone most of the time and left early.",
    "It felt like a checklist: same questions in the same order, then 'we'll be in touch'.",
)
_INTERNAL_NOTES = (
    "The manager mentioned twice that the person covering the role 'knows our systems really well'.",
    "HR said policy requires them to interview several candidates before making a selection.",
    "Someone on the panel asked whether I'd be open to 'other roles that come up'.",
)
_SCREEN_NEXT = (
    "interview with the hiring manager next week",
    "a video interview with the team",
    "she'll share my profile with the hiring manager",
)
_INTERVIEW_NEXT = (
    "decision within two weeks",
    "next round in about a week",
    "we'll be in touch",
    "final round with the director",
    "recruiter will follow up by Friday",
)


def _occupation(index: int) -> _Occupation:
    return _OCCUPATIONS[index % len(_OCCUPATIONS)]


def _company_name(rng: random.Random, occupation: _Occupation) -> tuple[str, str]:
    """(name, what the company is)."""
    suffix, noun = rng.choice(occupation.industries)
    return f"{rng.choice(_COMPANY_WORDS)} {suffix}", noun


def _company_news(rng: random.Random, city: str) -> str:
    return rng.choice(_COMPANY_NEWS).replace("{city}", city.split(",")[0]).replace("{pct}", str(rng.randint(4, 22)))


# --- posting texts ------------------------------------------------------------------------


@dataclass(frozen=True)
class _PostingPlan:
    company: str
    noun: str
    title: str
    location: str
    required: tuple[str, ...]
    preferred: tuple[str, ...]
    duties: tuple[str, ...]
    pay: tuple[float, float, str] | None
    kind: str  # "fit", "stretch", "stale" or "policy"
    manager: str
    news: str  # something the company announced, for research notes and questions


def _pay_range(rng: random.Random, base: tuple[float, float, str], scale: float) -> tuple[float, float, str]:
    low, high, period = base
    jitter = rng.uniform(0.9, 1.12) * scale
    if period == "hour":
        return round(low * jitter * 2) / 2, round(high * jitter * 2) / 2, period
    return round(low * jitter, -3), round(high * jitter, -3), period


def _plan_posting(rng: random.Random, occupation: _Occupation, location: str, kind: str) -> _PostingPlan:
    company, noun = _company_name(rng, occupation)
    years = rng.randint(2, 5)
    required = [line.replace("{years}", str(years)) for line in rng.sample(occupation.required, 4)]
    title, scale = rng.choice(occupation.titles), 1.0
    if kind == "stretch":
        stretch = rng.choice(occupation.stretches)
        title, scale = stretch.title, 1.3
        required = [*stretch.required, *required[:2]]
    pay = _pay_range(rng, occupation.pay, scale) if kind != "stale" and rng.random() < 0.8 else None
    return _PostingPlan(
        company=company,
        noun=noun,
        title=title,
        location=location,
        required=tuple(required),
        preferred=tuple(rng.sample(occupation.preferred, rng.randint(2, min(4, len(occupation.preferred))))),
        duties=tuple(rng.sample(occupation.duties, rng.randint(5, min(7, len(occupation.duties))))),
        pay=pay,
        kind=kind,
        manager=rng.choice(occupation.hiring_managers),
        news=_company_news(rng, location),
    )


def _pay_line(pay: tuple[float, float, str] | None) -> str:
    if pay is None:
        return "We offer a competitive salary and a comprehensive benefits package."
    low, high, period = pay
    if period == "hour":
        return f"Pay: ${low:.2f}-${high:.2f} an hour, depending on experience."
    return f"Salary: ${low:,.0f}-${high:,.0f} a year, depending on experience, plus annual bonus eligibility."


def _benefit_lines(rng: random.Random) -> list[str]:
    lines = rng.sample(_BENEFITS, rng.randint(3, 5))
    return [
        "- "
        + line.replace("{pct}", str(rng.choice((3, 4, 5, 6))))
        .replace("{pto}", str(rng.randint(15, 25)))
        .replace("${amount:,}", f"${rng.choice((2500, 5250, 4000)):,}")
        for line in lines
    ]


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _posting_text(rng: random.Random, plan: _PostingPlan) -> str:
    city = plan.location.split(",")[0]
    why = (
        rng.choice(_TEAM_WHY)
        .replace("{n}", str(rng.randint(3, 8)))
        .replace("{m}", str(rng.randint(9, 14)))
        .replace("{manager}", plan.manager)
    )
    size = rng.choice(_SIZE_WORDS)
    parts = [
        f"{plan.company} - {plan.title}\n{plan.location}",
        f"{plan.company} is {_article(size)} {size} {plan.noun} with about {rng.randint(2, 90) * 50:,} "
        f"employees and our main office in {city}. {plan.company} {plan.news}.",
        f"We are hiring {_article(plan.title)} {plan.title} to join our team. {why}",
        "About the team:\n" + " ".join(rng.sample(_TEAM_SENTENCES, rng.randint(2, 3))),
        "What you'll do:\n" + "\n".join("- " + line for line in plan.duties),
        rng.choice(("Required:", "Required qualifications:", "Minimum qualifications (required):"))
        + "\n"
        + "\n".join("- " + line for line in plan.required),
        rng.choice(("Preferred:", "Preferred qualifications:", "Nice to have (preferred):"))
        + "\n"
        + "\n".join("- " + line for line in plan.preferred),
        _pay_line(plan.pay) + "\n" + rng.choice(_SCHEDULES),
        "Benefits:\n" + "\n".join(_benefit_lines(rng)),
    ]
    if plan.kind == "stale":
        parts.append(_EVERGREEN)
    elif plan.kind == "policy":
        parts.append(_POLICY)
    parts.append(rng.choice(_EEO).replace("{company}", plan.company))
    return "\n\n".join(parts)


def generate_posting_texts(n: int, seed: int = 0) -> list[str]:
    """`n` realistic job descriptions (about 1,500-3,000 characters) across several occupations."""
    rng = random.Random(seed)
    texts = []
    for index in range(n):
        occupation = _occupation(rng.randrange(len(_OCCUPATIONS)) + index)
        kind = rng.choices(("fit", "stretch", "stale", "policy"), (70, 18, 7, 5))[0]
        texts.append(_posting_text(rng, _plan_posting(rng, occupation, rng.choice(_CITIES), kind)))
    return texts


# --- generated workbooks ------------------------------------------------------------------

_CAUSES = ("resume_targeting", "interview_skills", "pseudo_interviews", "normal_odds")


@dataclass(frozen=True)
class _Profile:
    """How one generated seeker behaves; the dominant cause shapes the rates."""

    cause: str
    stretch_rate: float
    pseudo_rate: float
    premature_rate: float
    vague_rate: float
    research_rate: float


def _profile(cause: str) -> _Profile:
    if cause == "resume_targeting":
        return _Profile(cause, 0.55, 0.08, 0.06, 0.15, 0.55)
    if cause == "interview_skills":
        return _Profile(cause, 0.08, 0.08, 0.45, 0.7, 0.1)
    if cause == "pseudo_interviews":
        return _Profile(cause, 0.08, 0.55, 0.06, 0.15, 0.55)
    return _Profile(cause, 0.08, 0.08, 0.06, 0.15, 0.6)


@dataclass(frozen=True)
class _Step:
    type: str
    round: int | None = None


_DECISIVE_TAILS: dict[str, tuple[str, ...]] = {
    "rejected": ("rejection",),
    "rejected_feedback": ("rejection", "feedback"),
    "offer": ("offer",),
    "withdrawn": ("withdrawn",),
    "ghosted": ("follow_up", "no_response"),
    "open": (),
}
_GAP_DAYS: dict[str, tuple[int, int]] = {
    "screen": (3, 14),
    "interview": (5, 16),
    "assessment": (3, 8),
    "follow_up": (1, 10),
    "no_response": (10, 16),
    "note": (1, 6),
    "rejection": (3, 14),
    "feedback": (1, 4),
    "offer": (2, 10),
    "withdrawn": (2, 9),
}
_MAX_ROUNDS = 6


def _middle_steps(rng: random.Random, slots: int) -> list[_Step]:
    """Screen, interview rounds, an assessment and thank-you notes, in a sensible order."""
    steps: list[_Step] = []
    if slots > 0 and rng.random() < 0.8:
        steps.append(_Step("screen"))
    round_no = 0
    while len(steps) < slots:
        if round_no == 1 and rng.random() < 0.3 and all(s.type != "assessment" for s in steps):
            steps.append(_Step("assessment"))
        elif round_no < _MAX_ROUNDS:
            round_no += 1
            steps.append(_Step("interview", round_no))
            if rng.random() < 0.3:
                steps.append(_Step("follow_up"))
        else:
            steps.append(_Step(rng.choice(("follow_up", "note"))))
    return steps[:slots]


def _steps(rng: random.Random, count: int, ending: str) -> list[_Step]:
    """Exactly `count` events: applied first, the ending last."""
    if count <= 0:
        return []
    tail = [_Step(t) for t in _DECISIVE_TAILS[ending]][: count - 1]
    return [_Step("applied"), *_middle_steps(rng, count - 1 - len(tail)), *tail]


class _Script:
    """One opportunity's cast and plan: the same people and news across its events."""

    def __init__(self, rng: random.Random, occupation: _Occupation, plan: _PostingPlan, kind: str) -> None:
        self.plan = plan
        self.kind = kind
        self.recruiter = {"name": _person(rng), "role": rng.choice(_RECRUITER_ROLES)}
        self.manager = {"name": _person(rng), "role": f"{plan.manager} (hiring manager)"}
        self.peers = [{"name": _person(rng), "role": role} for role in occupation.peers]
        pool = [*occupation.questions, *rng.sample(_BEHAVIORAL_QUESTIONS, 2)]
        rng.shuffle(pool)
        if kind == "stretch":
            # Interviewers probe the must-haves the seeker lacks first.
            gap = plan.required[0]
            pool.insert(
                0,
                (
                    f"Tell us about your experience with this requirement: {gap[0].lower() + gap[1:]}.",
                    "I haven't done that in a job yet; I explained the closest thing I have done.",
                    "Not really, but I learn quickly.",
                ),
            )
        self.questions = pool
        self.next_question = 0
        self.research_asked = False

    def take_questions(self, count: int) -> list[tuple[str, str, str]]:
        """Questions not asked before in this process, cycling once the pool runs out."""
        taken = []
        for _ in range(min(count, len(self.questions))):
            taken.append(self.questions[self.next_question % len(self.questions)])
            self.next_question += 1
        return taken


class _Generator:
    """Builds one seeker's opportunities as plain JSON data, in a fixed random order."""

    def __init__(self, seed: int, as_of: date) -> None:
        self.rng = random.Random(seed)
        self.as_of = as_of
        self.occupation = _occupation(self.rng.randrange(len(_OCCUPATIONS)))
        self.profile = _profile(self.rng.choice(_CAUSES))
        self.city = self.rng.choice(_CITIES)
        self.name = f"{self.rng.choice(_FIRST_NAMES)} {self.rng.choice(_LAST_NAMES)}"
        self.years = self.rng.randint(2, 12)
        self.resume_ids = ["r-main"] + (["r-targeted"] if self.rng.random() < 0.5 else [])

    # seeker and resumes

    def seeker(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "target_roles": list(self.occupation.titles[:2]),
            "location": self.city,
            "years_experience": self.years,
        }

    def resumes(self) -> list[dict[str, Any]]:
        labels = {"r-main": "general resume", "r-targeted": "targeted resume"}
        return [{"id": rid, "label": labels[rid], "text": self.resume_text()} for rid in self.resume_ids]

    def resume_text(self) -> str:
        rng, occ = self.rng, self.occupation
        first, last = self.name.split()
        start = self.as_of.year - self.years
        middle = start + self.years // 2
        lines = rng.sample(occ.resume_lines, min(5, len(occ.resume_lines)))
        return "\n".join(
            [
                self.name.upper(),
                f"{self.city} | {first.lower()}.{last.lower()}@example.com",
                "",
                "SUMMARY",
                f"{occ.titles[0]} with {self.years} years of experience. Skilled in {', '.join(occ.skills[:4])}.",
                "",
                "EXPERIENCE",
                f"{occ.titles[0]}, {_company_name(rng, occ)[0]}, {self.city} ({middle}-present)",
                *("- " + line for line in lines[:3]),
                f"{occ.titles[-1]}, {_company_name(rng, occ)[0]}, {self.city} ({start}-{middle})",
                *("- " + line for line in lines[3:]),
                "",
                "SKILLS",
                ", ".join(occ.skills),
                "",
                "EDUCATION",
                f"{occ.degree}, {start - 1}",
            ]
        )

    # opportunities

    def opportunity(self, index: int, event_count: int) -> dict[str, Any]:
        rng, profile = self.rng, self.profile
        kind = (
            "stretch"
            if rng.random() < profile.stretch_rate
            else "pseudo"
            if rng.random() < profile.pseudo_rate
            else "fit"
        )
        location = self.city if rng.random() < 0.7 else rng.choice((*_CITIES, "Remote (US)"))
        posting_kind = rng.choice(("stale", "policy", "fit")) if kind == "pseudo" else kind
        office = location if location != "Remote (US)" else self.city
        plan = _plan_posting(rng, self.occupation, office, posting_kind)
        script = _Script(rng, self.occupation, plan, kind)
        ending = self.ending(kind)
        steps = _steps(rng, event_count, ending)
        dates = self.dates(steps, ending)
        applied_on = dates[0] if dates else self.as_of - timedelta(days=rng.randint(1, 200))
        talked = any(step.type in ("screen", "interview") for step in steps)
        research = f"{plan.company} {plan.news}." if rng.random() < profile.research_rate else None
        return {
            "id": f"o-{index + 1:05d}-{'-'.join(plan.company.lower().split())}",
            "company": plan.company,
            "title": plan.title,
            "resume": rng.choice(self.resume_ids),
            "source": rng.choice(("linkedin", "indeed", "company site", "referral", "recruiter")),
            "referral": rng.random() < 0.15,
            "location": location,
            "posting": self.posting(plan, applied_on),
            "company_research": research,
            "applied_on": applied_on,
            "signals": self.signals(kind) if talked else None,
            "events": [self.event(step, day, script) for step, day in zip(steps, dates, strict=True)],
            "expenses": self.expenses(steps, dates, location),
            "outcome": self.recorded_outcome(steps, ending),
        }

    def ending(self, kind: str) -> str:
        weights = {"stretch": (55, 10, 0, 3, 27, 5), "pseudo": (45, 5, 0, 2, 38, 10), "fit": (25, 10, 12, 6, 17, 30)}[
            kind
        ]
        if self.profile.cause == "interview_skills" and kind == "fit":
            weights = (45, 10, 3, 4, 25, 13)
        return self.rng.choices(("rejected", "rejected_feedback", "offer", "withdrawn", "ghosted", "open"), weights)[0]

    def recorded_outcome(self, steps: list[_Step], ending: str) -> str | None:
        """Sometimes written out, and then always what the events imply; otherwise left to derivation."""
        decisive = [s.type for s in steps if s.type in ("rejection", "offer", "withdrawn")]
        if not decisive or self.rng.random() >= 0.3:
            return None
        return ending.split("_")[0]

    def dates(self, steps: list[_Step], ending: str) -> list[date]:
        """Dates in order, ending early enough for ghosting and never after as_of."""
        rng = self.rng
        offsets: list[int] = []
        day = last_contact = 0
        for step in steps:
            if offsets:
                low, high = _GAP_DAYS[step.type]
                day += rng.randint(low, high)
            offsets.append(day)
            if step.type not in ("follow_up", "no_response", "note"):
                last_contact = day
        if not offsets:
            return []
        if ending == "open":
            slack = rng.randint(0, 12)
        elif ending == "ghosted":
            slack = max(0, 22 - (day - last_contact)) + rng.randint(0, 120)
        else:
            slack = rng.randint(0, 150)
        start = self.as_of - timedelta(days=day + slack)
        return [start + timedelta(days=offset) for offset in offsets]

    def posting(self, plan: _PostingPlan, applied_on: date) -> dict[str, Any]:
        rng = self.rng
        stale = plan.kind == "stale"
        posted = applied_on - timedelta(days=rng.randint(0, 10))
        first_seen = (
            posted - timedelta(days=rng.randint(60, 200)) if stale else posted + timedelta(days=rng.randint(0, 2))
        )
        domain = plan.company.split()[0].lower()
        posting: dict[str, Any] = {
            "text": _posting_text(rng, plan),
            "url": f"https://careers.{domain}.example/jobs/{rng.randint(1000, 99999)}",
            "posted_on": posted,
            "first_seen_on": min(first_seen, applied_on),
            "repost_count": rng.randint(3, 8) if stale else rng.choice((0, 0, 0, 1)),
            "applicant_count": rng.randint(600, 2500) if stale else rng.randint(20, 700),
        }
        if plan.pay:
            low, high, period = plan.pay
            posting.update(salary_min=low, salary_max=high, salary_currency="USD", salary_period=period)
        return posting

    def signals(self, kind: str) -> dict[str, Any]:
        rng = self.rng
        if kind == "pseudo":
            values: dict[str, Any] = {
                "internal_candidate": rng.choice((True, True, None)),
                "interview_required_by_policy": rng.choice((True, None, False)),
                "hiring_freeze_or_layoffs": rng.choice((True, None, False)),
                "role_already_filled_rumor": rng.choice((True, None)),
                "budget_approved": rng.choice((False, None)),
                "decision_timeline_given": False,
                "hiring_manager_met": rng.choice((True, False)),
                "interviewers_engaged": rng.choice((False, False, True)),
                "interview_shorter_than_scheduled": rng.choice((True, True, False)),
            }
        else:
            values = {
                "internal_candidate": False,
                "budget_approved": True,
                "decision_timeline_given": True,
                "hiring_manager_met": True,
                "interviewers_engaged": True,
                "interview_shorter_than_scheduled": kind == "stretch" and rng.random() < 0.3,
            }
        values["employer_paid_travel"] = rng.choice((None, None, True, False))
        # A seeker rarely knows everything: leave some signals unknown.
        return {key: (None if rng.random() < 0.25 else value) for key, value in values.items()}

    # events

    def event(self, step: _Step, day: date, script: _Script) -> dict[str, Any]:
        if step.type == "screen":
            return self.screen(day, script)
        if step.type == "interview":
            return self.interview(day, step.round or 1, script)
        if step.type == "assessment":
            minutes = self.rng.choice((120, 180, 240))
            return {
                "type": "assessment",
                "date": day,
                "format": "take_home",
                "scheduled_minutes": minutes,
                "actual_minutes": minutes + self.rng.randint(0, 240),
                "notes": "Take-home exercise; sent it back with a short write-up of my approach.",
            }
        return {"type": step.type, "date": day, "notes": self.outcome_note(step.type, script)}

    def minutes(self, scheduled: int, kind: str) -> int:
        if kind == "pseudo" and self.rng.random() < 0.7:
            return max(5, int(scheduled * self.rng.uniform(0.3, 0.6)))
        return scheduled + self.rng.choice((0, 0, 0, 5, 10))

    def questions_i_asked(self, script: _Script, count: int) -> list[str]:
        rng, profile = self.rng, self.profile
        asked = []
        for _ in range(count):
            roll = rng.random()
            if roll < profile.premature_rate:
                asked.append(rng.choice(_PREMATURE_QUESTIONS))
            elif roll < profile.premature_rate + profile.research_rate * 0.5 and not script.research_asked:
                script.research_asked = True
                asked.append(rng.choice(_RESEARCH_TEMPLATES).format(company=script.plan.company, news=script.plan.news))
            elif roll < 0.85:
                asked.append(rng.choice(_ROLE_QUESTIONS))
            else:
                asked.append(rng.choice(_PROCESS_QUESTIONS))
        return list(dict.fromkeys(asked))

    def answered(self, chosen: list[tuple[str, str, str]], fill: dict[str, str]) -> list[dict[str, str]]:
        vague_rate = self.profile.vague_rate
        return [
            {
                "question": q.format(**fill) if fill else q,
                "my_answer": (vague if self.rng.random() < vague_rate else concrete).format(**fill)
                if fill
                else (vague if self.rng.random() < vague_rate else concrete),
            }
            for q, concrete, vague in chosen
        ]

    def screen(self, day: date, script: _Script) -> dict[str, Any]:
        rng = self.rng
        scheduled = rng.choice((15, 20, 30, 30, 45))
        fill = {
            "company": script.plan.company,
            "news": script.plan.news,
            "years": str(self.years),
            "title": self.occupation.titles[0],
        }
        asked_of_me = rng.sample(_SCREEN_QUESTIONS, rng.choice((1, 1, 2)))
        return {
            "type": "screen",
            "date": day,
            "format": rng.choice(("phone", "phone", "video")),
            "scheduled_minutes": scheduled,
            "actual_minutes": self.minutes(scheduled, script.kind),
            "interviewers": [script.recruiter],
            "questions_i_asked": self.questions_i_asked(script, rng.randint(1, 2)),
            "questions_asked_of_me": self.answered(asked_of_me, fill),
            "self_rating": rng.randint(3, 5),
            "next_step_promised": rng.choice(_SCREEN_NEXT),
        }

    def interview(self, day: date, round_no: int, script: _Script) -> dict[str, Any]:
        rng = self.rng
        scheduled = rng.choice((45, 60, 60, 90, 120, 180, 240) if round_no > 1 else (30, 45, 60, 60))
        event: dict[str, Any] = {
            "type": "interview",
            "date": day,
            "round": round_no,
            "format": rng.choice(("video", "onsite", "panel", "phone")),
            "scheduled_minutes": scheduled,
            "actual_minutes": self.minutes(scheduled, script.kind),
            "interviewers": [script.manager, *rng.sample(script.peers, rng.randint(0, 2))],
            "questions_i_asked": self.questions_i_asked(script, rng.randint(1, 3)),
            "questions_asked_of_me": self.answered(script.take_questions(rng.randint(1, 3)), {}),
            "self_rating": rng.randint(2, 5),
            "next_step_promised": rng.choice(_INTERVIEW_NEXT),
        }
        note = self.interview_note(script.kind)
        if note:
            event["notes"] = note
        return event

    def interview_note(self, kind: str) -> str | None:
        if kind == "pseudo":
            return self.rng.choice(_CUT_SHORT_NOTES + _INTERNAL_NOTES)
        return self.rng.choice(_ENGAGED_NOTES) if self.rng.random() < 0.4 else None

    def outcome_note(self, event_type: str, script: _Script) -> str:
        rng = self.rng
        if event_type in ("rejection", "feedback"):
            return self.rejection_reason(script)
        return {
            "applied": rng.choice(("Applied online.", "Applied with a short cover letter.", "Applied.")),
            "follow_up": rng.choice(("Thank-you emails to everyone I met.", "Emailed the recruiter for an update.")),
            "no_response": "No reply to my follow-up.",
            "note": "Checked the posting; still listed.",
            "offer": "Verbal offer within the posted range; written offer to follow.",
            "withdrawn": rng.choice(
                (
                    "Withdrew: accepted another process's timeline.",
                    "Withdrew: the commute and schedule don't work for my family.",
                )
            ),
        }[event_type]

    def rejection_reason(self, script: _Script) -> str:
        if script.kind == "stretch":
            stretch = next((s for s in self.occupation.stretches if s.title == script.plan.title), None)
            need = stretch.missing if stretch else "more directly relevant experience"
            return f"They're moving forward with candidates who have {need}."
        if script.kind == "pseudo":
            return self.rng.choice(
                (
                    "Form letter: another candidate has been selected.",
                    "They decided to fill the role internally.",
                    "The position has been put on hold.",
                )
            )
        return self.rng.choice(
            (
                "It was close; they chose a candidate with a little more industry experience.",
                "Email: they decided to move forward with other candidates.",
            )
        )

    def expenses(self, steps: list[_Step], dates: list[date], location: str) -> list[dict[str, Any]]:
        rng = self.rng
        far = location not in (self.city, "Remote (US)")
        costs: list[dict[str, Any]] = []
        for step, day in zip(steps, dates, strict=True):
            if step.type != "interview" or rng.random() < 0.5:
                continue
            if far:
                costs.append(_expense(day, "travel", rng.uniform(60, 480), "mileage or flight"))
                costs.append(_expense(day, "lodging", rng.uniform(110, 220), "hotel, one night"))
                if rng.random() < 0.3:
                    costs.append(
                        _expense(
                            day,
                            rng.choice(("pet_care", "child_care")),
                            rng.uniform(40, 120),
                            "care at home while I traveled",
                        )
                    )
            else:
                costs.append(_expense(day, "travel", rng.uniform(4, 30), "parking and gas"))
            if rng.random() < 0.4:
                costs.append(_expense(day, "lost_wages", rng.uniform(90, 320), "unpaid time off"))
            if rng.random() < 0.08:
                costs.append(_expense(day, "clothing", rng.uniform(60, 180), "interview clothes"))
        return costs


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}"


def _expense(day: date, category: str, amount: float, note: str) -> dict[str, Any]:
    return {
        "date": day,
        "category": category,
        "amount": round(amount, 2),
        "currency": "USD",
        "reimbursed": False,
        "note": note,
    }


def _check_sizes(n_opportunities: int, events_per_opportunity: int) -> None:
    if n_opportunities < 0 or events_per_opportunity < 0:
        raise InvalidInput(
            f"cannot generate {n_opportunities} opportunities with {events_per_opportunity} events each",
            hint="both numbers must be 0 or more",
        )


def _header(generator: _Generator, seed: int) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "as_of": generator.as_of,
        "seeker": generator.seeker(),
        "resumes": generator.resumes(),
        "opportunities": [],
        "extra": {"synthetic": True, "generator": {"seed": seed, "dominant_cause": generator.profile.cause}},
    }


def generate_workbook(
    n_opportunities: int,
    *,
    events_per_opportunity: int = 5,
    seed: int = 0,
    as_of: date = date(2026, 11, 20),
) -> Workbook:
    """A realistic, valid workbook with exactly `n_opportunities` x `events_per_opportunity` events.

    The same arguments always give the same workbook. Each seeker has one dominant cause
    (recorded in `extra.generator.dominant_cause`) that shapes fit, conduct and signals.
    """
    _check_sizes(n_opportunities, events_per_opportunity)
    generator = _Generator(seed, as_of)
    header = _header(generator, seed)
    # Validating one opportunity at a time keeps only the models in memory, not the raw data too.
    header["opportunities"] = [
        Opportunity.model_validate(generator.opportunity(i, events_per_opportunity)) for i in range(n_opportunities)
    ]
    return Workbook.model_validate(header)


def write_generated_workbook(
    path: Path | str,
    n_opportunities: int,
    *,
    events_per_opportunity: int = 5,
    seed: int = 0,
    as_of: date = date(2026, 11, 20),
    compact: bool = False,
) -> Path:
    """Stream the same workbook as `generate_workbook` to a JSON file, one opportunity at a time.

    The file is byte-for-byte `workbook_json(generate_workbook(...))` (with `compact`, the same data
    without indentation, about a quarter smaller), but memory stays flat, so a benchmark can build
    10,000 opportunities without holding them all.
    """
    _check_sizes(n_opportunities, events_per_opportunity)
    generator = _Generator(seed, as_of)
    header = dump_workbook(Workbook.model_validate(_header(generator, seed)))
    header["opportunities"] = [_SLOT] if n_opportunities else []
    indent, separators = (None, (",", ":")) if compact else (2, (",", ": "))
    before, _, after = json.dumps(header, indent=indent, separators=separators, ensure_ascii=False).partition(
        json.dumps(_SLOT)
    )
    pad = "" if compact else "\n    "  # where the opportunities list sits in an indented document
    path = Path(path)
    with path.open("w", encoding="utf-8") as out:
        out.write(before)
        for index in range(n_opportunities):
            raw = generator.opportunity(index, events_per_opportunity)
            item = Opportunity.model_validate(raw).model_dump(mode="json", exclude_none=True)
            text = json.dumps(item, indent=indent, separators=separators, ensure_ascii=False)
            out.write(("," + pad if index else "") + text.replace("\n", pad))
        out.write(after + "\n")
    return path


_SLOT = "\u0000opportunities go here\u0000"
