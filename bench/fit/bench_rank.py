"""Throughput of `rank`: score 10,000 generated postings for one resume, on one core.

Prints postings/s (parse + score, the taxonomy already loaded), the process's peak memory, the cold start
of `offergap fit` (a new process with the taxonomy cache on disk, and the one-off first build), TF-IDF
cosine's throughput on the same postings in the same run, and the phrase-matcher comparison that chose
pyahocorasick. Targets: >= 2,000 postings/s, < 1 GB, cold start < 2 s.

    .venv/bin/python bench/fit/bench_rank.py [--count 10000] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

RESUME = """JORDAN ELLIS
Minneapolis, MN | jordan.ellis@example.com

SUMMARY
Backend developer with five years building Python services and data pipelines for logistics software.

EXPERIENCE
Software Engineer, Northwind Freight, Minneapolis, MN (Mar 2022-present)
- Build REST APIs in Python with Django and FastAPI backed by PostgreSQL.
- Moved batch jobs to Apache Airflow and dbt; cut nightly load time from 4 hours to 50 minutes.
- Deploy with Docker, GitHub Actions and Terraform to AWS (ECS, RDS, S3).
- Review pull requests and mentor two junior developers.

Junior Developer, BrightCart (Jun 2020-Feb 2022)
- Wrote Flask services and pytest suites for the order system.
- Built Tableau dashboards on Snowflake for the operations team.

SKILLS
Python, SQL, Django, FastAPI, Flask, PostgreSQL, Redis, Celery, Docker, Kubernetes basics, AWS, Airflow, dbt,
Snowflake, Git, Linux, Jira

EDUCATION
B.S., Computer Science, University of Minnesota, 2020
"""

FIELDS = {
    "software": (
        [
            "Software Engineer",
            "Backend Developer",
            "Python Developer",
            "Data Engineer",
            "Platform Engineer",
            "Full Stack Developer",
            "QA Automation Engineer",
            "DevOps Engineer",
        ],
        [
            "Python",
            "Java",
            "Go",
            "TypeScript",
            "React",
            "Django",
            "FastAPI",
            "Flask",
            "PostgreSQL",
            "MySQL",
            "MongoDB",
            "Redis",
            "Kafka",
            "Docker",
            "Kubernetes",
            "Terraform",
            "AWS",
            "Azure",
            "GCP",
            "Airflow",
            "dbt",
            "Snowflake",
            "Spark",
            "Selenium",
            "Playwright",
            "pytest",
            "GraphQL",
            "CI/CD pipelines",
            "Linux",
            "Git",
        ],
        [
            "Build and maintain services that handle {n} requests a day",
            "Design database schemas and write efficient queries",
            "Own deployments, monitoring and on-call for the team's services",
            "Review code and mentor newer engineers",
            "Work with product managers on specifications",
        ],
    ),
    "nursing": (
        [
            "Registered Nurse - Telemetry",
            "ICU Registered Nurse",
            "Charge Nurse, Med-Surg",
            "Clinic RN",
            "Emergency Department RN",
        ],
        [
            "telemetry",
            "ACLS",
            "BLS",
            "PALS",
            "Epic",
            "Cerner",
            "IV therapy",
            "wound care",
            "patient education",
            "EKG interpretation",
            "medication administration",
            "care plans",
        ],
        [
            "Provide direct care to {n} patients per shift",
            "Monitor cardiac rhythms and respond to alarms",
            "Educate patients and families before discharge",
            "Precept new graduate nurses",
        ],
    ),
    "teaching": (
        [
            "Third Grade Teacher",
            "High School Math Teacher",
            "Special Education Teacher",
            "Reading Interventionist",
            "Middle School Science Teacher",
        ],
        [
            "lesson planning",
            "classroom management",
            "differentiated instruction",
            "IEPs",
            "DIBELS",
            "i-Ready",
            "Google Classroom",
            "guided reading",
            "PBIS",
            "Responsive Classroom",
            "family communication",
            "progress monitoring",
        ],
        [
            "Teach a class of {n} students",
            "Plan units with the grade-level team",
            "Communicate progress with families",
            "Use assessment data to form small groups",
        ],
    ),
    "accounting": (
        [
            "Staff Accountant",
            "Senior Accountant",
            "Accounts Payable Specialist",
            "Tax Associate",
            "Financial Analyst",
        ],
        [
            "month-end close",
            "account reconciliations",
            "US GAAP",
            "NetSuite",
            "QuickBooks",
            "SAP",
            "Excel",
            "accounts payable",
            "audit",
            "tax preparation",
            "variance analysis",
            "SOX",
        ],
        [
            "Own the month-end close for {n} entities",
            "Prepare journal entries and reconciliations",
            "Support the external audit",
            "Build variance analysis for leadership",
        ],
    ),
    "trades": (
        [
            "Journeyman Electrician",
            "HVAC Service Technician",
            "Welder-Fitter",
            "Maintenance Technician",
            "Plumber",
        ],
        [
            "NEC",
            "conduit bending",
            "blueprints",
            "OSHA 10",
            "EPA 608",
            "MIG welding",
            "TIG welding",
            "PLC troubleshooting",
            "lockout/tagout",
            "heat pumps",
            "backflow prevention",
        ],
        [
            "Install and service equipment at {n} customer sites a week",
            "Read blueprints and lay out work",
            "Keep the van stocked and the paperwork complete",
            "Follow lockout/tagout on every job",
        ],
    ),
    "sales": (
        [
            "Account Executive",
            "Sales Development Representative",
            "Account Manager",
            "Customer Success Manager",
            "Inside Sales Representative",
        ],
        [
            "Salesforce",
            "HubSpot",
            "quota attainment",
            "outbound prospecting",
            "MEDDIC",
            "Outreach",
            "renewals",
            "upselling",
            "B2B SaaS sales",
            "cold calling",
            "Gong",
        ],
        [
            "Run the full sales cycle for {n} accounts",
            "Build pipeline through outbound and partners",
            "Forecast weekly in the CRM",
            "Lead quarterly business reviews",
        ],
    ),
    "support": (
        [
            "Customer Support Specialist",
            "Support Team Lead",
            "Technical Support Engineer",
            "Customer Experience Manager",
            "Support Operations Analyst",
        ],
        [
            "Zendesk",
            "Intercom",
            "Salesforce Service Cloud",
            "Jira",
            "CSAT",
            "SLAs",
            "knowledge base",
            "escalations",
            "QA scorecards",
            "SQL",
            "workforce scheduling",
        ],
        [
            "Answer {n} tickets a day by chat and email",
            "Handle escalations from enterprise customers",
            "Write and update help-center articles",
            "Report weekly on CSAT and response times",
        ],
    ),
    "logistics": (
        [
            "Warehouse Supervisor",
            "Forklift Operator",
            "CDL-A Truck Driver",
            "Logistics Coordinator",
            "Inventory Control Specialist",
        ],
        [
            "forklift certification",
            "RF scanners",
            "WMS",
            "cycle counts",
            "Class A CDL",
            "DOT regulations",
            "shipping and receiving",
            "Manhattan WMS",
            "SAP",
            "OSHA",
        ],
        [
            "Lead a shift of {n} associates",
            "Load and unload trailers safely",
            "Keep inventory accurate with daily cycle counts",
            "Plan routes and delivery windows",
        ],
    ),
}
COMPANIES = [
    "Northwind",
    "Riverline",
    "Keystone",
    "Brightpath",
    "Summitline",
    "Harbor Heights",
    "Ledgerwise",
    "Parcel & Pine",
    "Crestline",
    "Steel City",
    "Lumberyard",
    "Fieldnote",
    "Beacon",
    "Hoshi",
]
CITIES = ["Pittsburgh, PA", "Minneapolis, MN", "Tacoma, WA", "Columbus, OH", "Austin, TX", "Remote (US)"]
MUST_HEADERS = ["Requirements:", "What you bring:", "Minimum qualifications:", "## Required", "You have:"]
NICE_HEADERS = ["Preferred:", "Nice to have:", "Bonus points:", "Preferred qualifications:"]
DUTY_HEADERS = ["Responsibilities:", "What you'll do:", "In this role you will:", "## The work"]
SENIORITY = ["", "", "Senior ", "Junior ", "Lead ", ""]


def make_posting(rng: random.Random) -> str:
    field = rng.choice(list(FIELDS))
    titles, skills, duties = FIELDS[field]
    title = rng.choice(SENIORITY) + rng.choice(titles)
    chosen = rng.sample(skills, k=min(len(skills), rng.randint(5, 9)))
    lines = [
        title,
        f"{rng.choice(COMPANIES)}, {rng.choice(CITIES)}",
        "",
        f"{rng.choice(COMPANIES)} serves {rng.randint(50, 5000)} customers across the region and is "
        f"growing its {field} team this year. We value clear communication and steady improvement.",
        "",
    ]
    lines.append(rng.choice(DUTY_HEADERS))
    lines += [f"- {d.format(n=rng.randint(5, 400))}" for d in rng.sample(duties, k=min(len(duties), 3))]
    lines += [f"- Work daily with {chosen[0]} and {chosen[1]}", "", rng.choice(MUST_HEADERS)]
    lines.append(f"- {rng.randint(0, 8)}+ years of experience in {field}")
    musts = chosen[2:6]
    lines += [f"- Experience with {s}" if rng.random() < 0.5 else f"- Strong {s} skills" for s in musts]
    if rng.random() < 0.4:
        lines.append("- Bachelor's degree or equivalent experience")
    lines += ["", rng.choice(NICE_HEADERS)]
    lines += [f"- {s} is a plus" for s in chosen[6:]] or ["- Curiosity about how the business works"]
    lines += ["", f"Salary: ${rng.randint(45, 160)},000-${rng.randint(161, 220)},000.", "", "Benefits:"]
    lines += [f"- {b}" for b in rng.sample(BENEFITS, k=4)]
    lines += ["", rng.choice(ABOUT_US), "", EEO]
    return "\n".join(lines)


BENEFITS = [
    "Medical, dental and vision insurance from day one",
    "401(k) with a 4% company match",
    "Three weeks of paid time off plus ten holidays",
    "Paid parental leave of 12 weeks",
    "Tuition reimbursement up to $5,250 a year",
    "A yearly learning budget",
    "Commuter benefits",
    "Employee assistance program",
    "Flexible schedules and hybrid work",
]
ABOUT_US = [
    "About us: we are a growing company with offices in three states. Our people stay because the work "
    "matters, the teams are kind and the leaders explain their decisions. We invest in training, promote "
    "from within and ask everyone for ideas on how to do the work better.",
    "Why join us? You will work with people who care about doing things well and about each other. We have "
    "grown every year for a decade, we publish our pay ranges, and we measure success by what our customers "
    "and our own staff say about us.",
]
EEO = (
    "We are an equal opportunity employer. All qualified applicants will receive consideration for "
    "employment without regard to race, color, religion, sex, sexual orientation, gender identity, national "
    "origin, disability or protected veteran status. If you need an accommodation during the application "
    "process, please tell your recruiter."
)


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_offergap(postings: list[str]) -> tuple[float, float, dict[str, int]]:
    from offergap.analysis.fit import PostingInput, rank_postings
    from offergap.analysis.skills import load_taxonomy

    started = time.perf_counter()
    load_taxonomy()
    load_seconds = time.perf_counter() - started
    items = [PostingInput(str(i), text) for i, text in enumerate(postings)]
    started = time.perf_counter()
    results = rank_postings(RESUME, items)
    seconds = time.perf_counter() - started
    labels: dict[str, int] = {}
    for result in results:
        labels[str(result.label)] = labels.get(str(result.label), 0) + 1
    return len(postings) / seconds, load_seconds, labels


def bench_tfidf(postings: list[str]) -> float:
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
    from sklearn.metrics.pairwise import cosine_similarity  # type: ignore[import-untyped]

    started = time.perf_counter()
    vectorizer = TfidfVectorizer(stop_words="english")
    matrix = vectorizer.fit_transform([RESUME, *postings])
    scores = cosine_similarity(matrix[0], matrix[1:])
    seconds = time.perf_counter() - started
    assert scores.shape[1] == len(postings)
    return len(postings) / seconds


def cold_start(resume: Path, posting: Path, cache_dir: str | None) -> float:
    env = dict(os.environ)
    if cache_dir is not None:
        env["OFFERGAP_CACHE_DIR"] = cache_dir
    command = [str(Path(sys.executable).with_name("offergap")), "fit", str(resume), str(posting)]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"offergap fit failed: {done.stderr}")
    return seconds


def bench_matchers(postings: list[str]) -> dict[str, float]:
    """Microseconds per posting to find every taxonomy phrase, three ways, on the same normalised text."""
    from offergap.analysis.phrase_spans import _join_lines, tokens
    from offergap.analysis.skills import load_taxonomy

    taxonomy = load_taxonomy()
    keys = [k.strip() for k in taxonomy._automaton]
    sample = [[tokens(line) for line in text.split("\n")] for text in postings[:500]]
    joined = [_join_lines(lines)[0] for lines in sample]
    out: dict[str, float] = {}

    started = time.perf_counter()
    for text in joined:
        list(taxonomy._automaton.iter(text))
    out["pyahocorasick automaton"] = (time.perf_counter() - started) / len(joined) * 1e6

    phrases = set(keys)
    longest = max(k.count(" ") + 1 for k in keys)
    started = time.perf_counter()
    for lines in sample:
        for words in lines:
            for start in range(len(words)):
                for end in range(start + 1, min(start + longest, len(words)) + 1):
                    _ = " ".join(words[start:end]) in phrases
    out["dict of n-grams (pure Python)"] = (time.perf_counter() - started) / len(sample) * 1e6

    lexicon_keys = [k for k in keys if len(k) > 2][:3000]
    started = time.perf_counter()
    pattern = re.compile(
        r"(?<![^ ])(?:"
        + "|".join(re.escape(k) for k in sorted(lexicon_keys, key=len, reverse=True))
        + r")(?![^ ])"
    )
    compile_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for text in joined:
        pattern.findall(text)
    out[f"regex alternation (3,000 of {len(keys):,} phrases; compile {compile_seconds:.2f} s)"] = (
        (time.perf_counter() - started) / len(joined) * 1e6
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    rng = random.Random(args.seed)
    postings = [make_posting(rng) for _ in range(args.count)]
    words = sum(len(p.split()) for p in postings) / len(postings)
    print(f"{args.count:,} generated postings (seed {args.seed}), {words:.0f} words on average; one core")

    with tempfile.TemporaryDirectory() as folder:
        resume_file = Path(folder, "resume.txt")
        resume_file.write_text(RESUME, encoding="utf-8")
        posting_file = Path(folder, "posting.txt")
        posting_file.write_text(postings[0], encoding="utf-8")
        first_build = cold_start(resume_file, posting_file, str(Path(folder, "cache")))
        cold = min(cold_start(resume_file, posting_file, str(Path(folder, "cache"))) for _ in range(3))
        os.environ["OFFERGAP_CACHE_DIR"] = str(Path(folder, "cache"))
        rate, load_seconds, labels = bench_offergap(postings)
        offergap_peak = peak_memory_mb()
        tfidf_rate = bench_tfidf(postings)
        matchers = bench_matchers(postings)

    print(f"offergap rank      {rate:8,.0f} postings/s   (target >= 2,000)  labels {labels}")
    print(f"TF-IDF cosine      {tfidf_rate:8,.0f} postings/s   (same postings, same run; no explanation)")
    print(
        f"peak memory        {offergap_peak:8,.0f} MB           (target < 1,024; whole process after ranking)"
    )
    print(f"taxonomy load      {load_seconds:8.2f} s            (from the disk cache, in this process)")
    print(f"`offergap fit` cold start {cold:5.2f} s      (new process, cache on disk; target < 2 s)")
    print(f"`offergap fit` first run  {first_build:5.2f} s      (builds the taxonomy cache once)")
    print("phrase matcher, microseconds per posting (same normalised text):")
    for name, micros in matchers.items():
        print(f"  {name:<70} {micros:9.0f}")


if __name__ == "__main__":
    main()
