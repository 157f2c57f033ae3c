"""Text a reader of the page never sees is not article text.

A page can carry text hidden from its readers — ``display:none``, ``hidden``,
``aria-hidden="true"`` — for search engines, A/B tests or mischief; the extractor
would read it as the article's and quote it in a report. Hidden elements are
dropped before the article text is extracted (their tails, which are visible, stay).
Classes hidden by a plain ``.name { display: none }`` rule in the page's own
``<style>`` count too; nothing else of CSS is evaluated.
"""

from __future__ import annotations

import re
from typing import Any

_HIDING = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"^\.([\w-]+)$")


def hidden_classes(tree: Any) -> set[str]:
    """Classes that the page's ``<style>`` blocks hide with a rule of their own."""
    names: set[str] = set()
    for style in tree.iter("style"):
        for selectors, body in _RULE.findall(style.text or ""):
            if _HIDING.search(body):
                for selector in selectors.split(","):
                    if match := _CLASS_SELECTOR.match(selector.strip()):
                        names.add(match.group(1))
    return names


def is_hidden(element: Any, classes: set[str]) -> bool:
    attrib = element.attrib
    if "hidden" in attrib and attrib["hidden"].strip().lower() != "until-found":
        return True
    if attrib.get("aria-hidden", "").strip().lower() == "true":
        return True
    if _HIDING.search(attrib.get("style", "")):
        return True
    return bool(classes) and not classes.isdisjoint(attrib.get("class", "").split())


def drop_hidden(tree: Any) -> Any:
    """``tree`` (an lxml HTML tree) without its hidden elements; changed in place."""
    classes = hidden_classes(tree)
    doomed = [el for el in tree.iter() if isinstance(el.tag, str) and is_hidden(el, classes)]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the element's tail text, which is visible
    return tree
