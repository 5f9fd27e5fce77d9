"""Reading CSV files, and the values in their cells, as people actually write them.

Files: UTF-8 with or without a BOM, Windows-1252 from Excel, UTF-16 "Unicode text" from Excel,
comma, semicolon or tab separators, quoted newlines, blank rows and trailing empty columns.
Every row remembers the physical line of the file it starts on, so problems can point at it.
Cells: dates in the usual forms, amounts with currency signs and "k", pay periods, counts,
yes/no flags, outcomes, free salary text ("$70,000 - $85,000") and HTML descriptions.
"""

from __future__ import annotations

import csv
import html as htmllib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from html.parser import HTMLParser

from offergap.errors import InvalidInput
from offergap.workbook import OUTCOMES

MAX_CSV_BYTES = 50 * 1024 * 1024
_NOT_CSV_HINT = "export the tracker's data as CSV (in Excel: File > Save As > CSV UTF-8)"
_DELIMITERS = (",", ";", "\t")
_BINARY_CONTROL_RATIO = 0.005
_MOJIBAKE_BOM = "\u00ef\u00bb\u00bf"  # a UTF-8 BOM read as Windows-1252

# Job descriptions can be long; the csv module's default field limit (128 KiB) would refuse them.
# Raising it only ever accepts more; the whole file is capped at MAX_CSV_BYTES anyway.
csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_BYTES))


@dataclass(frozen=True)
class CsvRow:
    """One record: the line it starts on, the line it ends on, and its values."""

    line: int
    end_line: int
    values: tuple[str, ...]


@dataclass(frozen=True)
class CsvTable:
    header: tuple[str, ...]
    header_line: int
    rows: tuple[CsvRow, ...]
    encoding: str
    delimiter: str


def not_csv(source: str, why: str) -> InvalidInput:
    return InvalidInput(f"{source}: not a CSV file ({why})", hint=_NOT_CSV_HINT)


def decode_csv(data: bytes, source: str) -> tuple[str, str]:
    """The file's text and the encoding it was read with; binary files are refused."""
    if len(data) > MAX_CSV_BYTES:
        raise InvalidInput(
            f"{source}: the file is {len(data) / 1e6:.1f} MB, over the {MAX_CSV_BYTES / 1e6:.0f} MB limit",
            hint="split the export into smaller files",
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_utf16(data, source), "utf-16"
    if data.startswith(b"PK\x03\x04"):
        raise not_csv(source, "it is an Excel workbook or a ZIP archive")
    if b"\x00" in data:
        raise not_csv(source, "it contains binary data")
    text, encoding = _decode_text(data, source)
    if _looks_binary(text):
        raise not_csv(source, "it contains binary data")
    return text, encoding


def _decode_utf16(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        raise not_csv(source, "it is not readable text") from None


def _decode_text(data: bytes, source: str) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise not_csv(source, "it is neither UTF-8 nor Windows-1252 text") from None
    return text.removeprefix(_MOJIBAKE_BOM), "cp1252"


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f")
    return controls / len(sample) > _BINARY_CONTROL_RATIO


def sniff_delimiter(text: str) -> str:
    """The separator used in the header line: the most frequent of comma, semicolon and tab."""
    header_line = next((line for line in text.splitlines() if line.strip()), "")
    unquoted = "".join(part for index, part in enumerate(header_line.split('"')) if index % 2 == 0)
    counts = {delimiter: unquoted.count(delimiter) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _records(text: str, delimiter: str) -> list[CsvRow]:
    """Every record with its physical start and end line (quoted newlines counted correctly)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[CsvRow] = []
    lines_read = 0
    for values in reader:
        start = lines_read + 1
        lines_read = reader.line_num
        cleaned = tuple(v.replace("\r\n", "\n").replace("\r", "\n") for v in values)
        records.append(CsvRow(start, lines_read, cleaned))
    return records


def is_blank(row: CsvRow) -> bool:
    return all(not value.strip() for value in row.values)


def _clean_header(values: tuple[str, ...]) -> tuple[str, ...]:
    names = [value.strip().strip("\ufeff\u200b").strip() for value in values]
    while names and not names[-1]:
        names.pop()
    named = [name or f"column {index + 1}" for index, name in enumerate(names)]
    # A repeated name gets " (2)", " (3)": each column's values are kept apart.
    return tuple(
        name if named.index(name) == index else f"{name} ({named[: index + 1].count(name)})"
        for index, name in enumerate(named)
    )


def trimmed_values(row: CsvRow, width: int) -> tuple[str, ...]:
    """The row's values without empty cells past the header's last column."""
    values = list(row.values)
    while len(values) > width and not values[-1].strip():
        values.pop()
    return tuple(values)


def read_csv_table(data: bytes, source: str) -> CsvTable:
    """Decode and parse a CSV file: its header and its non-blank rows, with line numbers."""
    text, encoding = decode_csv(data, source)
    delimiter = sniff_delimiter(text)
    try:
        records = [row for row in _records(text, delimiter) if not is_blank(row)]
    except csv.Error as error:
        raise not_csv(source, f"the CSV cannot be parsed: {error}") from None
    if not records:
        raise InvalidInput(f"{source}: the file is empty; a CSV export needs a header row")
    header = _clean_header(records[0].values)
    if not header:
        raise InvalidInput(f"{source}: the header row (line {records[0].line}) has no column names")
    return CsvTable(header, records[0].line, tuple(records[1:]), encoding, delimiter)


# --- cell values --------------------------------------------------------------------------


class BadValue(ValueError):
    """A cell that cannot be read; the message says what is wrong with it."""


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_TIME_SUFFIX = re.compile(
    r"(?:[T ,]+|(?<=\d)T)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
    r"(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$"
)
_YEAR_FIRST = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_MONTH_FIRST = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$")
_NAMED_MONTH_FIRST = re.compile(r"^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DAY_FIRST_NAMED = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4})$")
_DAYS_AGO = re.compile(r"^(\d+)\+?\s+(day|week|month)s?\s+ago$")
_DATE_HINT = "write dates as YYYY-MM-DD; 06/05/2026 is read as June 5"


def parse_date(text: str, today: date) -> date:
    """A calendar date from the forms trackers write; a time of day or time zone is dropped as written."""
    value = _TIME_SUFFIX.sub("", text.strip()).strip().lower()
    parsed = _relative_date(value, today) or _epoch_date(value) or _calendar_date(value)
    if parsed is None:
        raise BadValue(f"is not a date ({_DATE_HINT})")
    return parsed


def _relative_date(value: str, today: date) -> date | None:
    if value in {"today", "just posted", "just now"}:
        return today
    if value == "yesterday":
        return today - timedelta(days=1)
    match = _DAYS_AGO.match(value)
    if not match:
        return None
    days_per_unit = {"day": 1, "week": 7, "month": 30}[match.group(2)]
    return today - timedelta(days=int(match.group(1)) * days_per_unit)


def _epoch_date(value: str) -> date | None:
    if not value.isdigit() or len(value) not in (10, 13):
        return None
    seconds = int(value) / (1000 if len(value) == 13 else 1)
    return datetime.fromtimestamp(seconds, tz=UTC).date()


def _calendar_date(value: str) -> date | None:
    year_month_day: tuple[int, int, int] | None = None
    if match := _YEAR_FIRST.match(value):
        year_month_day = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
    elif match := _MONTH_FIRST.match(value):
        year = int(match.group(3))
        year_month_day = (year + 2000 if year < 100 else year, int(match.group(1)), int(match.group(2)))
    elif (match := _NAMED_MONTH_FIRST.match(value)) and match.group(1) in _MONTHS:
        year_month_day = (int(match.group(3)), _MONTHS[match.group(1)], int(match.group(2)))
    elif (match := _DAY_FIRST_NAMED.match(value)) and match.group(2) in _MONTHS:
        year_month_day = (int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1)))
    if year_month_day is None:
        return None
    try:
        return date(*year_month_day)
    except ValueError:
        return None


_CURRENCY_SYMBOLS = {
    "US$": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "AU$": "AUD",
    "A$": "AUD",
    "NZ$": "NZD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
}
_KNOWN_CODES = frozenset(
    (
        "USD",
        "EUR",
        "GBP",
        "CAD",
        "AUD",
        "NZD",
        "CHF",
        "JPY",
        "INR",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "SGD",
        "HKD",
        "MXN",
        "BRL",
        "ZAR",
        "ILS",
        "CNY",
        "CZK",
        "HUF",
        "RON",
        "IDR",
        "PHP",
        "MYR",
        "THB",
        "KRW",
        "TRY",
        "AED",
    )
)
_SYMBOL_PATTERN = "|".join(re.escape(symbol) for symbol in _CURRENCY_SYMBOLS)
_AMOUNT = re.compile(
    rf"^(?P<cur>[A-Z]{{3}}|{_SYMBOL_PATTERN})?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>[kKmM])?"
    rf"\s*(?P<cur2>[A-Z]{{3}}|{_SYMBOL_PATTERN})?$"
)
_GROUPED_OR_PLAIN = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_MULTIPLIERS = {"k": Decimal(1000), "m": Decimal(1_000_000)}
_FOUR_PLACES = Decimal("0.0001")


def _to_decimal(number: str, multiplier: str | None) -> Decimal:
    value = Decimal(number.replace(",", "")) * _MULTIPLIERS.get((multiplier or "").lower(), Decimal(1))
    exponent = value.as_tuple().exponent
    # The workbook keeps at most four decimal places; more precision is noise from a spreadsheet.
    return value.quantize(_FOUR_PLACES) if isinstance(exponent, int) and exponent < -4 else value


def parse_amount(text: str) -> tuple[Decimal, str | None]:
    """A non-negative amount ("85000.0", "$85,000", "85k") and the currency it names, if any."""
    value = text.strip()
    if value.startswith("-") or (value.startswith("(") and value.endswith(")")):
        raise BadValue("is negative (amounts are non-negative numbers)")
    match = _AMOUNT.match(value)
    if not match or not _GROUPED_OR_PLAIN.match(match.group("num")):
        raise BadValue("is not an amount (write a number such as 85000)")
    currency = _currency_code(match.group("cur") or match.group("cur2") or "")
    return _to_decimal(match.group("num"), match.group("mult")), currency


def _currency_code(symbol_or_code: str) -> str | None:
    if symbol_or_code in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[symbol_or_code]
    return symbol_or_code if re.fullmatch(r"[A-Z]{3}", symbol_or_code) else None


def parse_currency(text: str) -> str:
    code = _currency_code(text.strip().upper()) or _currency_code(text.strip())
    if code is None:
        raise BadValue("is not a currency code (use a 3-letter ISO 4217 code such as USD)")
    return code


def _period_table() -> dict[str, tuple[str, int]]:
    groups = (
        (("year", "yearly", "annual", "annually", "peryear", "perannum", "annum", "yr", "pa", "y"), "year", 1),
        (("month", "monthly", "permonth", "mo", "mth", "pcm"), "month", 1),
        (("hour", "hourly", "perhour", "hr", "h", "ph"), "hour", 1),
        # Weekly and daily pay become yearly, as JobSpy's own annualising does (52 weeks, 260 workdays).
        (("week", "weekly", "perweek", "wk"), "year", 52),
        (("day", "daily", "perday"), "year", 260),
    )
    return {name: (period, factor) for names, period, factor in groups for name in names}


_PERIODS = _period_table()
_PERIOD_HINT = "use yearly, monthly, weekly, daily or hourly"


def parse_period(text: str) -> tuple[str, int]:
    """The workbook's salary period and the factor that converts amounts to it."""
    key = re.sub(r"[^a-z]", "", text.lower())
    if key not in _PERIODS:
        raise BadValue(f"is not a pay period ({_PERIOD_HINT})")
    return _PERIODS[key]


def parse_count(text: str) -> int:
    """A count such as an applicant count: "1,400", "200+", "over 200 applicants"."""
    value = re.sub(r"^(?:over|more than)\s+|\s*applicants?$|\+$", "", text.strip().lower())
    if not _GROUPED_OR_PLAIN.match(value):
        raise BadValue("is not a count (write a whole number)")
    number = Decimal(value.replace(",", ""))
    if number != number.to_integral_value():
        raise BadValue("is not a whole number")
    return int(number)


_TRUE = {"true", "yes", "y", "1", "x", "t"}
_FALSE = {"false", "no", "n", "0", "f"}


def parse_flag(text: str) -> bool:
    value = text.strip().lower()
    if value in _TRUE | _FALSE:
        return value in _TRUE
    raise BadValue("is not yes/no (write true or false)")


_OUTCOME_ALIASES = {
    "offered": "offer",
    "rejection": "rejected",
    "not selected": "rejected",
    "withdrew": "withdrawn",
    "no response": "ghosted",
    "in progress": "open",
    "active": "open",
}


def parse_outcome(text: str) -> str:
    value = " ".join(text.strip().lower().replace("_", " ").split())
    value = _OUTCOME_ALIASES.get(value, value)
    if value not in OUTCOMES:
        raise BadValue(f"is not an outcome (use one of: {', '.join(OUTCOMES)})")
    return value


# --- salary text ("$70,000 - $85,000", "$45/hr", "70k-85k") --------------------------------


@dataclass(frozen=True)
class Salary:
    minimum: Decimal
    maximum: Decimal
    currency: str | None
    period: str | None
    factor: int = 1


_SALARY_NUMBER = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d)(?![.,]\d)\s*([kKmM]\b)?(?!\s*%)"
)
_PERIOD_WORDS = (
    (re.compile(r"/\s*h(?:ou)?r\b|/\s*h\b|per\s+hour|an\s+hour|\bhourly\b|\bp/?h\b"), "hour", 1),
    (re.compile(r"/\s*mo(?:nth)?\b|per\s+month|a\s+month|\bmonthly\b|\bp/?m\b|\bpcm\b"), "month", 1),
    (re.compile(r"/\s*w(?:ee)?k\b|per\s+week|a\s+week|\bweekly\b"), "year", 52),
    (re.compile(r"/\s*day\b|per\s+day|a\s+day|\bdaily\b"), "year", 260),
    (re.compile(r"/\s*y(?:ea)?r\b|per\s+(?:year|annum)|a\s+year|\bannual(?:ly)?\b|\byearly\b|\bp\.?a\b"), "year", 1),
)
# Without a stated period, only an amount this large is certainly a yearly salary.
_SURELY_YEARLY = Decimal(10_000)


def parse_salary_text(text: str) -> Salary | None:
    """Amounts, currency and period from free salary text; None when it names no amount."""
    amounts = [(Decimal(m.group(1).replace(",", "")), m.group(2)) for m in _SALARY_NUMBER.finditer(text)][:2]
    if not amounts:
        return None
    any_multiplier = next((mult for _, mult in amounts if mult), None)
    values = [_to_decimal(str(number), mult or (any_multiplier if number < 1000 else None)) for number, mult in amounts]
    low, high = min(values), max(values)
    period, factor = _salary_period(text.lower(), high)
    return Salary(low * factor, high * factor, _salary_currency(text), period, factor)


def _salary_period(lowered: str, high: Decimal) -> tuple[str | None, int]:
    for pattern, period, factor in _PERIOD_WORDS:
        if pattern.search(lowered):
            return period, factor
    return ("year", 1) if high >= _SURELY_YEARLY else (None, 1)


def _salary_currency(text: str) -> str | None:
    for symbol, code in _CURRENCY_SYMBOLS.items():
        if symbol in text:
            return code
    found = re.search(r"\b([A-Z]{3})\b", text)
    return found.group(1) if found and found.group(1) in _KNOWN_CODES else None


# --- HTML descriptions to text ------------------------------------------------------------

_HTML_TAG = re.compile(
    r"</?(?:p|br|div|li|ul|ol|h[1-6]|span|strong|b|em|i|u|a|table|tr|td|section|article|blockquote)\b[^>]*>",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    (
        "p",
        "div",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "section",
        "article",
        "blockquote",
        "header",
        "footer",
        "dl",
        "dt",
        "dd",
        "pre",
    )
)
_SKIPPED_TAGS = frozenset({"script", "style", "head", "title"})
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


def looks_like_html(text: str) -> bool:
    return bool(_HTML_TAG.search(text))


class _HtmlText(HTMLParser):
    """Collects text, turning blocks into paragraphs and list items into "- " lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
            self._preformatted += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag == "li":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
            self._preformatted = max(0, self._preformatted - (tag == "pre"))

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data if self._preformatted else re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Plain text of an HTML description: one paragraph or list item per line, blank lines between blocks."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:
        # html.parser asserts on some malformed markup ("<![" with no name); keep the text anyway.
        return _tidy_lines(htmllib.unescape(_TAG.sub("\n", html)).split("\n"))
    return _tidy_lines("".join(parser.parts).split("\n"))


def _tidy_lines(raw_lines: Iterable[str]) -> str:
    lines: list[str] = []
    bullet = False
    for raw in raw_lines:
        line = " ".join(raw.split())
        if line == "-":  # a list item whose text comes in a nested block
            bullet = True
        elif not line:
            if not bullet and lines and lines[-1]:
                lines.append("")
        else:
            if bullet and not line.startswith("- "):
                line = f"- {line}"
            bullet = False
            if line.startswith("- ") and len(lines) > 1 and not lines[-1] and lines[-2].startswith("- "):
                lines.pop()  # items of one list stay on consecutive lines
            lines.append(line)
    return "\n".join(lines).strip()


def long_text(value: str) -> str:
    if looks_like_html(value):
        return html_to_text(value)
    return "\n".join(line.rstrip() for line in value.split("\n")).strip()
