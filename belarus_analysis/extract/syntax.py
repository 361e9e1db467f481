"""Parse-tree predicates shared by the extractors (English; spaCy dependency labels)."""

from __future__ import annotations

from spacy.tokens import Token

# relative pronouns, standing for the noun their clause modifies
RELATIVES = {"who", "whom", "which", "that"}
NEGATIVE_SUBJECTS = {"nobody", "none", "nothing", "neither", "noone"}  # 'no one' is det 'no' + 'one'
# 'few observers said …' asserts that most did not; 'a few' (a child 'a') is no negation
NEGATIVE_DETERMINERS = {"no", "few", "fewer"}


def negative_subject(subject: Token) -> bool:
    """A subject that negates its clause: 'nobody', 'none of them', 'no one', 'no observer',
    'few observers' (not 'a few')."""
    # 'a' is read off the text, not the tree: the parser hangs it on 'few' or on the noun
    return subject.lower_ in NEGATIVE_SUBJECTS or any(
        c.dep_ in ("det", "amod") and c.lower_ in NEGATIVE_DETERMINERS
        and not (c.i > 0 and c.doc[c.i - 1].lower_ == "a") for c in subject.children)
