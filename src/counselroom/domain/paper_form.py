"""A scale's paper form typed in a row (R5): the key for each option, and answers read from the keys."""

from __future__ import annotations

from counselroom.domain.scales import Item, ScaleDefinition

UNANSWERED = "-"          # in the paper form: an item the client left out
EXAMPLE_ITEMS = 12        # how many items the sample answer string shows


def option_keys(item: Item) -> list[str]:
    """The key typed for each of the item's options, in order.

    Options whose ids are single digits are typed by their id (PHQ-9: 0-3); otherwise the
    first nine options by their position, 1-9 (an option beyond the ninth has no key).
    """
    ids = [o.id for o in item.options]
    if all(len(i) == 1 and i.isdigit() for i in ids):
        return ids
    return [str(n) if n <= 9 else "" for n in range(1, len(ids) + 1)]


def key_range(item: Item) -> str:
    """The keys that answer ``item``, as a person reads them: "0–3", or the one key."""
    keys = [k for k in option_keys(item) if k]
    return f"{keys[0]}–{keys[-1]}" if len(keys) > 1 else (keys[0] if keys else "")


class PaperFormError(ValueError):
    """A paper-form answer string that does not fit the scale: ``position`` from 1, 0 for its length."""

    def __init__(self, position: int, char: str = "", expected: int = 0, found: int = 0) -> None:
        super().__init__(position, char)
        self.position, self.char, self.expected, self.found = position, char, expected, found


def parse_paper_form(definition: ScaleDefinition, text: str) -> dict[str, str]:
    """Answers from the keys of the whole form typed in a row ("012301230" for a PHQ-9).

    Spaces are ignored; "-" leaves an item unanswered. Raises :class:`PaperFormError`.
    """
    keys = [c for c in text if not c.isspace()]
    if len(keys) != len(definition.items):
        raise PaperFormError(0, expected=len(definition.items), found=len(keys))
    answers: dict[str, str] = {}
    for position, (item, key) in enumerate(zip(definition.items, keys), 1):
        if key == UNANSWERED:
            continue
        typed = option_keys(item)
        if key not in typed:
            raise PaperFormError(position, key)
        answers[item.id] = item.options[typed.index(key)].id
    return answers


def example_answers(definition: ScaleDefinition) -> str:
    """A sample answer string for the paper-form hint: each item's keys in turn, up to 12 items."""
    keys = []
    for n, item in enumerate(definition.items[:EXAMPLE_ITEMS]):
        typed = [k for k in option_keys(item) if k] or ["1"]
        keys.append(typed[n % len(typed)])
    return "".join(keys) + ("…" if len(definition.items) > EXAMPLE_ITEMS else "")
