"""The mention layer: what the slot extractors share, below all of them.

- ``lexicon``: the people words (roles, sides, honorifics, speech and presence words) of
  ``participants.yaml`` and ``attribution.yaml`` per language (``lexicon_for``), the
  entity labels and dependencies they test, and ``fold_case``;
- ``people``: the article's named people (``Person``, ``people_of``), its two principals,
  a person or noun phrase as written (``noun_phrase``);
- ``follow_up``: where a sentence announces a follow-up (``next_spans``).

A slot extractor may import these and the other shared modules of ``extract/``
(``context``, ``attribution``, ``tense``, ``frames``, ``amounts``, ``dates``), never
another slot extractor (the ``independence`` contract in ``pyproject.toml``).
"""
