"""Who tells a prediction: a forecaster (an analyst, a poll, a titled economist), a press report, or forecasters
named in an "according to" phrase; what they tell is their forecast, not the company's target (`modality`)."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from spacy.tokens import Token

from extractor.lexicons import table, words


def told_by_forecaster(root: Token) -> bool:
    """ "X's margin could widen 2 points, said analyst Ann Lee", "growth will slow, Ann Lee, an economist at Brandt,
    said": a prediction that the nearest reporting verb above it gives to a forecaster is theirs, whoever's figure
    it is. Only targets move: a result a forecaster relays stays actual. A verb of predicting on the way decides
    first (`_predicted_by`): "analysts expect X to rise 4 percent, while Y will fall 2 percent" is theirs
    throughout; "Norvale expects sales to rise 5 percent, an analyst said" is Norvale's own."""
    for under, token in pairwise([root, *root.ancestors]):  # `under`: the token just below `token` on the path
        lemma = token.lemma_.lower()
        if _clause_of_a_report(token, under):
            return True  # "bond prices rallied on radio reports that the port would reopen 3 berths"
        if token.pos_ not in ("VERB", "AUX"):
            continue
        predicted = _predicted_by(token) if lemma in words("prediction_verbs") else None
        if predicted is not None:
            return predicted
        if lemma in words("reporting_verbs") and _acts_on_the_figure(under):
            continue  # "will note 40 new species", "will add 400 jobs": the verb's act, not a report of one
        if lemma in words("reporting_verbs") or lemma in words("belief_verbs"):
            who = teller(token)
            if who is None:
                return False
            believer = lemma in words("belief_verbs") and not company_side(who)
            return _forecasting_teller(who) or believer or outsider(who) or press_outlet(who, token, under)
    return False


def _clause_of_a_report(noun: Token, under: Token) -> bool:
    """A clause that a press report's noun governs ("amid radio reports that the port would reopen 3 berths"): what
    the report says will happen, told as its content rather than with a reporting verb."""
    if noun.pos_ != "NOUN" or under.dep_ not in ("acl", "ccomp") or under.pos_ not in ("VERB", "AUX"):
        return False
    return press_report(noun)


def press_outlet(who: Token, verb: Token, clause: Token) -> bool:
    """ "the newspaper reported", "the Halden Gazette reported": a newspaper or broadcaster (its head word in
    `media_words`) with the verb "report" tells what it has learned, not its own plan ("the newspaper said" may be
    the paper speaking of itself, so only "report"). Not when the reported clause names the outlet itself as
    its subject."""
    media = words("media_words")
    if verb.lemma_.lower() != "report" or (who.lower_ not in media and who.lemma_.lower() not in media):
        return False
    return not _outlet_speaks_of_itself(who, clause)


def _outlet_speaks_of_itself(who: Token, clause: Token) -> bool:
    """The reported clause's subject is the outlet's own head word ("the Gazette reported the Gazette will ...").
    A bare "it" is not read as the outlet: in news it is mostly the company the report is about ("after the Post
    reported it might cut 800 jobs")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ == who.lower_


def _acts_on_the_figure(under: Token) -> bool:
    """The token under a verb of the reporting list, on the figure's path, is not a verb: a word of the figure's
    own phrase (a noun, number, adjective, preposition or particle), not a clause, so the verb acts on the figure
    ("will add 400 jobs", "noted 40 new species") and reports nothing."""
    return under.pos_ not in ("VERB", "AUX")


def _predicted_by(verb: Token) -> bool | None:
    """Whose prediction a verb of predicting tells: a forecaster's (True), the company's own (False: "Norvale
    expects", "the company sees"), or undecided (None), left to the reporting verb above: no subject ("is expected
    to"), a pronoun ("he expects", and "we expect" or "it sees", which an analyst says of her own firm as often as
    an officer of his company), or the firm the teller works for ("Brandvik expects ..., Brandvik analyst Pia Lund
    said")."""
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if who is None or who.pos_ == "PRON":
        return None
    if _forecasting_teller(who):
        return True
    if not company_side(who) or _employs_teller(who, verb):
        return None
    return False


def _employs_teller(who: Token, verb: Token) -> bool:
    """The subject names the firm of whoever reports the prediction: a name the teller's title also gives
    ("Brandvik expects ..., said Pia Lund, an analyst at Brandvik"), or a noun of that name ("the bank expects ...,
    said Ostmark Bank analyst Pia Lund"). A title that names no firm decides nothing: "Norvale expects ...,
    analyst Pia Lund said" stays Norvale's own."""
    reporting = next((a for a in verb.ancestors if a.lemma_.lower() in words("reporting_verbs")), None)
    speaker = teller(reporting) if reporting is not None else None
    if speaker is None:
        return False
    start = _name_start(speaker)
    firm = {t.lower_ for t in speaker.subtree if t.pos_ == "PROPN" and (t.i < start or t.i > speaker.i)}
    name = {t.lower_ for t in who.subtree if t.i <= who.i and t.pos_ == "PROPN"}
    return bool(_distinctive(name) & _distinctive(firm)) or (not name and who.lower_ in firm)


def _distinctive(name: set[str]) -> set[str]:
    """The words of a firm's name that tell it apart: "Tarrow Industries" and "Hollin Industries" share only a
    generic word (a legal suffix or an org designator: Industries, Bank, Group, Capital), which makes neither the
    other's firm."""
    return name - words("org_suffixes") - words("org_name_words")


def _name_start(person: Token) -> int:
    """Where a person's own name starts: the proper nouns just before its head ("Hollin analyst [Ilse Varga]");
    the tagger often takes an invented firm for a person, so the entity label cannot tell the two apart."""
    start = person.i
    while start > 0 and person.doc[start - 1].pos_ == "PROPN" and person.doc[start - 1].head.i == person.i:
        start -= 1
    return start


def _forecasting_teller(who: Token) -> bool:
    """A forecaster ("analysts", "the poll"), a person titled as one (not a newspaper, "the Halden Gazette"), or a
    press report."""
    titled = who.ent_type_ != "ORG" and titled_forecaster(who)
    return who.lemma_.lower() in words("forecast_cues") or titled or press_report(who)


def company_side(who: Token) -> bool:
    """ "Orvane Corp believes", "the bank believes", "it believes", "chief executive Ann Lee believes": a
    company, its anaphor or one of its officers, whose belief about its own figures is its target. Not a public body
    ("the central bank", "the trade ministry"), whatever the tagger labels it."""
    if public_body(who):
        return False
    if who.lower_ in ("it", "we") or who.lemma_.lower() in words("anaphors") | words("org_nouns"):
        return True
    name = [t for t in who.subtree if t.i <= who.i]  # "Orvane Corp": the tagger may leave "Corp" untagged
    if any(t.ent_type_ == "ORG" for t in name):
        return True
    titles = words("title_words") | words("role_nouns")
    return any(t.lower_ in titles for t in name if t.i != who.i)


def public_body(who: Token) -> bool:
    """ "the central bank", "the trade ministry", "the government", "Federal Reserve Chairman Ann Lee": a body of
    the state (`public_body_words`, a central bank's words before "bank", `central_banks`), not a company."""
    if who.lemma_.lower() in words("public_body_words"):
        return True
    name = " ".join(t.lower_ for t in who.subtree if t.i <= who.i)
    modifiers = {c.lower_ for c in who.children if c.dep_ in ("amod", "compound")}
    central = who.lemma_.lower() == "bank" and bool(modifiers & words("central_bank_words")) and not _named_bank(who)
    return central or any(f" {bank} " in f" {name} " for bank in words("central_banks"))


def _named_bank(bank: Token) -> bool:
    """ "Kestrel National Bank": a name of its own before the central-bank word makes it a company's bank; a
    nation's word ("Czech National Bank", "Kazakhstan National Bank", `nationality_countries`) keeps it central."""
    return any(
        c.dep_ == "compound"
        and c.pos_ == "PROPN"
        and c.ent_type_ not in ("GPE", "NORP")
        and c.lower_ not in _nation_words()
        for c in bank.children
    )


@cache
def _nation_words() -> frozenset[str]:
    """Central-bank words, nationality adjectives and their countries, lower-cased: built once, not per teller."""
    nations = table("nationality_countries")
    countries = {country.lower() for names in nations.values() for country in names}
    return words("central_bank_words") | frozenset(nations) | frozenset(countries)


def outsider(who: Token) -> bool:
    """ "traders said", "said union leader Ann Lee", "a fund's shareholder said": a teller outside the company,
    named by a noun of the market or of its counterparts, or titled by one."""
    speakers = words("outside_speakers")
    if who.lemma_.lower() in speakers:
        return True
    titles = [c for c in who.subtree if c.dep_ in ("compound", "appos", "amod") and c.i != who.i]
    return any(t.lemma_.lower() in speakers for t in titles)


def press_report(who: Token) -> bool:
    """ "the deal would value Halden at $5 billion, the report said": a report that is no one's own ("its report"
    is the company's) tells what others expect. Not "the newspaper", which may be the company itself."""
    return who.lemma_.lower() in words("press_report_nouns") and not any(c.dep_ == "poss" for c in who.children)


def teller(verb: Token) -> Token | None:
    """Who tells: the reporting verb's subject, or that of the reporting verb it continues ("..., said Ann Lee,
    adding that ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in words("reporting_verbs"):
        return teller(verb.head)
    return subject


def sourced_to_forecasters(root: Token) -> bool:
    """An "according to" phrase above the figure whose object names forecasters or their prediction
    ("according to the median forecast of 11 brokers", "according to economists polled by X", "according to
    Carvell Estimates", a name the tagger leaves unlemmatized)."""
    cues = words("forecast_cues") | words("forecast_nouns")
    for token in root.ancestors:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                if any(t.lemma_.lower() in cues or t.lower_.rstrip("s") in cues for t in prep.subtree):
                    return True
    return False


def titled_forecaster(name: Token) -> bool:
    """ "Brandt analyst Ann Lee", "Ann Lee, an economist at Brandt": a person a forecaster's title names."""
    cues = words("forecast_cues")
    return any(
        c.dep_ == "compound" and c.lemma_.lower() in cues or c.dep_ == "appos" and c.lemma_.lower() in cues
        for c in name.children
    )
