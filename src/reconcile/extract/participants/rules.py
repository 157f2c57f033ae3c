"""The rules that decide a participant's presence. A mention takes the rule of the cue that
decided it in :func:`assess.assess`; a claim records the rule of the mention it quotes.

Present: the first cue found of ``MET_VERB`` … ``OWN_CLAUSE`` (in the order ``assess`` reads
them). A negation turns it into ``DENIED_PRESENCE``, a future or a word of expectation into
``EXPECTED``, a word of possibility over the clause into ``POSSIBILITY``.
"""

from __future__ import annotations

from reconcile.extract.registry import rule

MET_VERB = rule("participant.met_verb", "one meets, joins or takes part in person: the subject, "
                "the partner or the inverted subject of such a verb was there")
DELEGATION = rule("participant.delegation", "a delegation that came, and the person leading it "
                  "or included in it, is at the event")
SPEECH_AT_EVENT = rule("participant.speech_at_event", "a speaker whose words are placed at the "
                       "event (after the talks, at the venue) spoke there, not from afar")
PRESENCE_WORD = rule("participant.presence_word", "a word of presence (present, in the presence "
                     "of, flanked by) predicated of the person or governing them says so")
AT_SITE = rule("participant.at_site", "a predicate placing the person at the event's site or in "
               "its party (on the scene, at the command post, among the delegation)")
APPOSED_PRESENCE = rule("participant.apposed_presence", "a phrase set beside the name (X, present "
                        "at…, / On hand at…, X) describes that person, whatever the main verb")
MEETING_NOUN = rule("participant.meeting_noun", "the partner or the owner of a meeting of the "
                    "event (talks with X, X's talks) takes part in it")
CHAIR = rule("participant.chair", "who chairs an event (under the chairmanship of X) is at it")
DEED = rule("participant.deed", "an asserted action at the event (scored, signed, the author of a "
            "deed noun) is done there, by someone present")
OWN_CLAUSE = rule("participant.own_clause", "a clause whose subject is the person (a relative, a "
                  "participle, a verb sharing the subject) is said of them as much as the main one")
DENIED_PRESENCE = rule("participant.denied_presence", "a negated cue of presence (did not attend, "
                       "n'a pas participé, who was not at the talks) says the person was absent")
STAYED_AWAY = rule("participant.stayed_away", "an asserted verb of staying away or calling off "
                   "one's coming (boycotted, cancelled her visit) is an absence")
ABSENCE_WORD = rule("participant.absence_word", "the person's absence is named (was absent, in "
                    "the absence of X), and not negated")
EXPECTED = rule("participant.expected", "a future, or a word of expectation or announcing over "
                "the clause (will meet, is due to, devrait) tells of a presence still to come")
POSSIBILITY = rule("participant.possibility", "a word of possibility (may attend, pourrait "
                   "venir) says nothing of whether the person comes: only mentioned")
MENTIONED = rule("participant.mentioned", "nothing in the person's clause places them at the "
                 "event: they are only mentioned")
SHARED_CLAUSE = rule("participant.shared_clause", "a name the parse left with no verb, listed "
                     "with a neighbour (and, a semicolon), shares that neighbour's part")
