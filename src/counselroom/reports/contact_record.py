"""Contacts with parents and teachers (家校沟通记录) as they appear in a bound case file."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from counselroom.domain.contacts import Contact
from counselroom.reports.labels import english, label
from counselroom.reports.layout import Styles, fmt_datetime
from counselroom.reports.plain_text import KeepTogether
from counselroom.reports.visit_record import info_grid, section

# The words of this record, (zh, en): kept here rather than in the shared terms table, which only
# this document reads them from.
_WORDS = {
    "heading": ("家校沟通记录", "Contact with family or school"),
    "with": ("沟通对象", "Contacted"),
    "relation": ("身份", "Relation"),
    "when": ("沟通时间", "When"),
    "how": ("沟通方式", "How"),
    "by": ("沟通人", "By"),
    "link": ("所属记录", "Part of"),
    "said": ("沟通内容", "What was said"),
    "agreed": ("商定事项", "What was agreed"),
    "case": ("个案", "The case"),
    "crisis": ("危机干预", "The crisis intervention"),
    "register": ("重点关注", "The attention register"),
}


def _w(key: str, lang: str) -> str:
    zh, en = _WORDS[key]
    return en if english(lang) else zh


def contact_heading(number: int, lang: str) -> str:
    return f"{_w('heading', lang)} {number}"


def contact_flowables(contact: Contact, st: Styles, width: float, lang: str,
                      heading: Paragraph) -> list[Flowable]:
    """One contact: with whom, when, how, by whom, what was said and agreed."""
    link = "case" if contact.link.case_id is not None else "crisis" if contact.link.crisis_id is not None \
        else "register"
    grid = info_grid([
        [(_w("with", lang), contact.contact_name), (_w("relation", lang), label(contact.relation, lang))],
        [(_w("when", lang), fmt_datetime(contact.contacted_at) if contact.contacted_at else ""),
         (_w("how", lang), label(contact.method, lang))],
        [(_w("by", lang), contact.staff_name), (_w("link", lang), _w(link, lang))],
    ], width, st, label_w=24 * mm)
    out: list[Flowable] = [KeepTogether([heading, Spacer(1, 2 * mm), grid])]
    out += section(_w("said", lang), contact.said, st, lang)
    out += section(_w("agreed", lang), contact.agreed, st, lang)
    out.append(Spacer(1, 5 * mm))
    return out
