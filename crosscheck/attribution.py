"""Claims -> who they are attributed to (the chain of sources, nearest first), who speaks, and
how the article puts them (asserted, reported, hedged).

Like textacy's direct_quotations, this reads (source, cue, content) from surface cues and refuses
to guess: a source it cannot place is left out rather than attached to the wrong claim. Quoted
text is not read for cues: inside „…“ a "laut KCNA" belongs to the speaker, not the article.

How sources nest in one sentence. Each cue gives a link (a source and the cue) and a scope, the
part of the sentence that the source vouches for:
  "laut X" at the start, or standing alone between commas   -> the whole sentence
  "laut X" inside a clause                                   -> that clause
  ", berichtet X." closing the sentence                      -> everything before it
  "Wie X berichtete, ..."                                    -> the rest of the sentence
  "X sagte, ..."                                             -> what follows the verb
A link named inside another's scope was relayed by it: in "Wie KCNA laut Reuters berichtete,
erklärte Kim ..." Reuters' clause holds KCNA, and KCNA's scope holds Kim, so the chain is
[reuters, kcna] with Kim as the speaker. "unter Berufung auf X" and "citing X" make X the
source of the link named just before them; "X zitierte Y" makes Y X's speaker or source; "Peskov
told the BBC" makes the BBC relay Peskov.

Every language is read by the same code from its data (crosscheck/data/languages/<code>/cues.toml,
compiled into `Cues`). One sentence is read in parts: `_Sentence` holds the masked text, its
clauses and the sources, places and bodies it names; `_CueObjects` finds who a cue names after it,
`_Subjects` who speaks with a verb, `_People` names the gazetteer lacks; `_Scopes` says what each
link vouches for; `_LinkReader` walks the cues and adds the links; `_chains` nests them. A place is
never a source of its own: when it speaks it is its government (`ua-government`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NamedTuple

from .languages import known_languages, language_data
from .records import Article, Assertion, Attribution, Claim, Source
from .sources import Gazetteer, Mention, case_forms, named_bodies, national_bodies, places, unknown_source

MAX_FILLER_WORDS = 6  # words between a cue and its source: "laut einer Erklärung des russischen ..."
MAX_GAP_WORDS = 8  # what "..." in a cue phrase stands for
MAX_NAME_WORDS = 7
# Quoted text is hidden behind this character: not a word, not a space, so nothing matches across it.
MASK = "\u00b7"
OPEN_TO_CLOSE = {"„": "“”\"", "“": "”", "\"": "\"", "«": "»", "»": "«", "‚": "‘'"}
# Clauses end at punctuation, and where a masked quotation opens or closes.
CLAUSE_BREAK = re.compile(rf",(?!\d)|[;:()\[\]–—]|\s-\s|(?<={MASK})[“”\"»«‘']|[„“\"«»‚](?={MASK})")
QUOTE_MARKS = str.maketrans({q: " " for q in "„“”\"«»‚‘"})
# A word; a French elided article or conjunction is a word of its own: "l'agence" is "l'" + "agence".
WORD = re.compile(r"(?<![\w'’])(?:[dlDLjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\w)|[\w][\w.'’&-]*")
POSSESSIVE_NAME = re.compile(r"\w+(?:'s|’s)")  # "Russia's": the owner of what follows, not a speaker
MAX_APPOSITION_WORDS = 16  # ", Direktor des in den USA ansässigen International Institute for ...,"
APPOSITION_ROLE_WITHIN = 4  # the role word comes early: ", a former British ambassador to ...,"


class Attributions(NamedTuple):
    attributions: tuple[Attribution, ...]
    assertions: tuple[Assertion, ...]
    sources: tuple[Source, ...]
    claimed: dict[str, str]  # claim id -> its text without who says it, for claims that name a source


class SentenceAttribution(NamedTuple):
    found: list[tuple[tuple[str, ...], str, str | None, dict[str, str]]]  # (chain, cue, speaker, names by id)
    assertion: tuple[str, str | None]  # (mode, cue)
    frame: tuple[tuple[int, int], ...]  # spans that say who says it: cues and the sources they name


@dataclass(frozen=True, slots=True)
class Cues:
    """The compiled cues of one language, read from crosscheck/data/languages/<code>/cues.toml.

    In a phrase, a space matches any run of whitespace and "..." stands for up to eight words
    ("teilte ... mit" matches "teilte am Sonntag mit"); matching ignores case only in the first
    letter. The keys:

      according        X follows and vouches for its clause: "laut X", "according to X", "selon X"
      according_after  X comes first: "X zufolge"
      aside            like `according`, but only after a comma, a dash or at the start: ", so der X,"
      citing           X is the source of the source named just before: "unter Berufung auf X",
                       "citing X", "citant X", "со ссылкой на X"
      verbs            X says, reports or states: "X berichtete", ", berichtete X", "X said"
      quoting          "X zitierte Y": X reports what Y said
      as               opens a clause that names the source of the rest: "wie X berichtete, ..."
      unnamed          a cue without a named source: "Berichten zufolge", "hieß es"
      hedges           the article keeps its distance: "angeblich", "reportedly", "aurait", "якобы"
      subjunctive      reported-speech verb forms (Konjunktiv I): a hedge when no source is named
      descriptors      words that describe a source ("Nachrichtenagentur", "news agency") or a
                       person's role ("analyst"); they also match as the end of a compound
                       ("Staatsagentur"). After one, a single capitalised word is a name
      documents        what a source issues: "laut einer Erklärung des X"
      determiners      articles and prepositions that may stand between a cue and its source
      not_sources      capitalised words that follow a cue but name nobody: "laut Experten"
      adjectives       lowercase words that may describe a source ("official")
      openers          words that may open a clause before its subject: "Auch X sagte"
      contrasts        a clause opening with one is not part of what an earlier "X said" covers
      subject_after_verb  the subject may follow the verb anywhere (verb-second or free order)
      names_before_verbs  a capitalised name right before a verb is a source (English order)
      adjective_form, possessive_form, nationality_form, national_adjective  regexes for a word:
                       an inflected adjective, a genitive that owns the next name ("Russlands"), a
                       nationality before a body, a nationality whose group `stem` bodies.toml knows
      conjunctions, connectors, name_particles, pronouns  word lists: "und", "für" inside a name,
                       "von" inside a person's name, "er"
      roles            descriptors that are roles of people ("Sprecher"): "ein Sprecher der Feuerwehr"
                       is the Feuerwehr speaking
      relays, relay_verbs  what puts an outlet between a speaker and the article: "in an interview
                       with X", "told X"
      cited_by         "X, cité par Y": Y relays X
      standalone       common nouns that name a body alone in a local story ("police")
      groups           nouns for a group of people: a name ending in one names nobody ("officials")
      prepositions     a name starting with one is a place ("In Kiew"), a place after one is where
      institution_prepositions  "сообщили в Минздраве": the institution speaks
      bare_subjects    a language without articles: one capitalised word before a verb is a source
      descriptor_stem_cut  letters of a descriptor's ending to cut before matching (Russian cases)
    """

    language: str
    according: re.Pattern | None
    according_after: re.Pattern | None
    aside: re.Pattern | None
    citing: re.Pattern | None
    verbs: re.Pattern | None
    quoting: re.Pattern | None
    as_: re.Pattern | None
    unnamed: re.Pattern | None
    hedges: re.Pattern | None
    subjunctive: re.Pattern | None
    descriptors: tuple[str, ...]
    documents: frozenset[str]
    determiners: frozenset[str]
    openers: frozenset[str]
    contrasts: frozenset[str]  # a clause opening with one is not part of an earlier "X said ..."
    adjectives: frozenset[str]  # lowercase words that may describe a source: "official", "state-run"
    adjective_form: re.Pattern | None  # German: any word with an adjective ending ("staatliche") may describe
    possessive_form: re.Pattern | None  # "Russlands", "Russia's": owns the name after it
    nationality_form: re.Pattern | None  # "Lebanese", "North" before a body
    national_adjective: re.Pattern | None  # "libanesischen": group `stem` is looked up in bodies.toml
    conjunctions: frozenset[str]  # join two sources: "Reuters und AFP"
    connectors: frozenset[str]  # lowercase words inside a name: "Institute for ...", "Institut für ..."
    name_particles: frozenset[str]  # "von", "bin": lowercase parts of a person's name
    pronouns: frozenset[str]
    joint: re.Pattern  # what stands between two coordinated sources: ", ", " / ", " und "
    cited_by: re.Pattern | None  # "X, cité par Y": Y relays X
    relays: re.Pattern | None  # "sagte im Interview mit", "a déclaré à": the outlet the speaker talks to follows
    relay_verbs: frozenset[str]  # "told", "заявил": the verb's object is that outlet
    standalone: frozenset[str]  # "police", "organisers": a lowercase noun that names a body by itself
    institution_prepositions: frozenset[str]  # "сообщили в Минздраве": the institution speaks
    bare_subjects: bool  # no articles: one capitalised word before a verb names someone ("Росстат сообщил")
    prepositions: frozenset[str]  # "in": a name that starts with one is a place ("In Kiew")
    groups: tuple[str, ...]  # "officials", "Regierungsvertreter": a name ending in one names nobody
    descriptor_stem_cut: int  # Russian: descriptors match with their ending cut ("агентств|а")
    roles: tuple[str, ...]  # the descriptors that are roles of people: "Sprecher", "analyst"
    script: str | None  # "latin" or "cyrillic", read from the cue words themselves

    # --- word classes: what may stand around a source's name -------------------------

    def descriptor(self, word: str) -> bool:
        """"Nachrichtenagentur", "Staatsagentur", "Instituts", "news agency", "агентства"."""
        return any(form.endswith(d) for form in case_forms(word) for d in self.descriptors) or (
            self.descriptor_stem_cut > 0 and any(
                form.endswith(d[:-self.descriptor_stem_cut]) for form in case_forms(word) for d in self.descriptors
                if len(d) > 4))

    def is_role(self, word: str) -> bool:
        """"Sprecher", "spokesman", "porte-parole": a person's role, not a body."""
        cut = self.descriptor_stem_cut
        return any(form.endswith(r) or (cut and len(r) > 4 and form.endswith(r[:-cut]))
                   for form in case_forms(word) for r in self.roles)

    def exactly_descriptor(self, word: str) -> bool:
        """A description and nothing more: "Zeitung", "Ministeriums", "agence"; not "Weltgesundheitsorganisation"."""
        forms = case_forms(word)
        cut = self.descriptor_stem_cut
        return any(form == d or (cut and len(d) > 4 and form == d[:-cut]) for form in forms for d in self.descriptors)

    def names_a_group(self, name: str) -> bool:
        """"US-Beamte", "Western officials", "Westliche Regierungsvertreter": a group, nobody named."""
        last = re.split(r"[\s-]+", name.strip())[-1].casefold()
        return any(last.endswith(group) for group in self.groups)

    def is_filler_word(self, word: str) -> bool:
        folded = word.casefold()
        if folded in self.determiners or word in self.documents or self.descriptor(word):
            return True
        if word[:1].islower():
            return folded in self.adjectives or _fullmatch(self.adjective_form, word)
        return self.possessive(word) or _fullmatch(self.nationality_form, word)

    def possessive(self, word: str) -> bool:
        return _fullmatch(self.possessive_form, word)

    def joins(self, between: str) -> bool:
        """Whether `between` joins two sources: ", ", " / ", " und "."""
        between = between.strip()
        return between in (",", "/") or between.casefold() in self.conjunctions

    def is_filler(self, between: str) -> bool:
        """Whether only articles, adjectives and descriptions stand between a cue and a name."""
        between = between.translate(QUOTE_MARKS)
        if not between.strip():
            return between == "" or not re.search(r"[^\s]", between)
        if re.search(r"[^\w\s.'’-]", between):
            return False
        words = WORD.findall(between)
        return len(words) <= MAX_FILLER_WORDS and all(self.is_filler_word(w) for w in words)

    def only_openers(self, text: str) -> bool:
        """Whether a clause's start holds only conjunctions, adverbs, articles and descriptions."""
        if re.search(r"[^\w\s.'’-]", text):
            return False
        words = WORD.findall(text)
        return len(words) <= 4 and all(
            w.casefold() in self.openers or self.is_filler_word(w) or self.is_title_word(w) or w in self.connectors
            or (i == 0 and _fullmatch(self.adjective_form, w.casefold()) and self.descriptor(words[-1]))
            for i, w in enumerate(words))  # "Южнокорейское агентство": an adjective capitalised at the start

    def is_title_word(self, word: str) -> bool:
        """Capitalised parts of a title before a name: "U.S.", "Prime" (Minister), "Foreign" (Secretary)."""
        titled = word[:1].isupper() and word.casefold() in self.adjectives
        return titled or bool(ABBREVIATED_PLACE.fullmatch(word))

    def opens_as_clause(self, opening: str) -> bool:
        if self.as_ is None:
            return False
        words = WORD.findall(opening)
        for i, w in enumerate(words[:2]):
            if self.as_.fullmatch(w):
                return True
            if w.casefold() not in self.openers:
                return False
        return False

    def describes_a_name(self, word: str) -> bool:
        return (word.casefold() in self.determiners or self.descriptor(word)
                or (word[:1].islower() and self.is_filler_word(word)))
    not_sources: frozenset[str]
    names_before_verbs: bool  # English "Kommersant reported": a capitalised name before a verb is a source
    subject_after_verb: bool  # German verb-second: "Am Sonntag erklärte X"; English only ", said X"


@dataclass(slots=True)
class _Link:
    source_id: str
    name: str  # as written, for sources the gazetteer does not know
    at: int  # where the source is named
    cue: str
    role: str  # according | verb | cite | quoted
    clause: int
    cue_span: tuple[int, int] = (0, 0)
    scope: tuple[tuple[int, int], ...] = ()
    parent: int | None = None
    fixed_parent: bool = False
    closes: bool = False  # ", berichtet CNN." or ", so der Guardian": vouches for all before it
    children: list[int] = field(default_factory=list)


def extract_attributions(
    claims: tuple[Claim, ...] | list[Claim],
    articles: tuple[Article, ...] | list[Article],
    gazetteer: Gazetteer,
    cues: dict[str, Cues] | None = None,
) -> Attributions:
    """Attributions (chain nearest first), one Assertion per claim, and every Source they name."""
    cues = cues if cues is not None else load_cues()
    language_of = {a.id: a.language for a in articles}
    attributions: list[Attribution] = []
    assertions: list[Assertion] = []
    unknown: dict[str, Source] = {}
    written: dict[str, dict[str, None]] = {}  # source id -> the names it was written as, in order
    claimed: dict[str, str] = {}
    for claim in claims:
        cue_sets = _cue_sets(claim.text, language_of.get(claim.article_id, "und"), cues)
        found, assertion, frame = attribute_sentence(claim.text, cue_sets, gazetteer)
        if frame:
            claimed[claim.id] = without_spans(claim.text, frame)
        for chain, cue, speaker, names in found:
            attributions.append(Attribution(claim.id, claim.article_id, chain, cue, speaker))
            for source_id, name in names.items():
                if source_id not in gazetteer:
                    unknown.setdefault(source_id, national_bodies().sources.get(source_id)
                                       or replace(unknown_source(name), id=source_id))
                    written.setdefault(source_id, {})[name] = None
        assertions.append(Assertion(claim.id, *assertion))
    used = {sid for a in attributions for sid in (*a.chain, a.speaker) if sid}
    # A body named by nationality or by its place ("Kiew sagte" -> ua-government) keeps how the
    # articles named it, so a reader sees that "Ukrainian government" was stated as "Kiew".
    for sid, source in unknown.items():
        if source.known is False or sid not in written:
            continue
        unknown[sid] = replace(source, aliases=tuple(written[sid]))
    sources = [gazetteer.get(sid) or unknown[sid] for sid in sorted(used)]
    return Attributions(tuple(attributions), tuple(assertions), tuple(sources), claimed)


def _cue_sets(text: str, language: str, cues: dict[str, Cues]) -> list[Cues]:
    """The cues to read a sentence with: its article's language's; every language's when that is unknown;
    those written in the sentence's script when it is not the language's ("lang: de" on a Russian text)."""
    if language not in cues:
        return list(cues.values())
    script = _script(text)
    if script and script != cues[language].script:
        return [c for c in cues.values() if c.script == script] or [cues[language]]
    return [cues[language]]


def _script(text: str) -> str | None:
    """"cyrillic" or "latin", whichever most letters of `text` are written in; None for neither."""
    letters = [ch for ch in text if ch.isalpha()]
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in letters if ch.isascii() or "\u00c0" <= ch <= "\u024f")
    if not letters or max(cyrillic, latin) < len(letters) / 2:
        return None
    return "cyrillic" if cyrillic > latin else "latin"


def attribute_sentence(text: str, cue_sets: list[Cues], gazetteer: Gazetteer) -> SentenceAttribution:
    """The chains of one sentence, how it is asserted, and where it says who says it."""
    masked = mask_quotes(text)
    links: list[_Link] = []
    for cues in cue_sets:
        offset = len(links)
        for link in _LinkReader(masked, cues, gazetteer).links():
            if link.parent is not None:
                link.parent += offset
            links.append(link)
    found = _chains(links, gazetteer)
    return SentenceAttribution(found, _assertion(masked, cue_sets, found, links), _frame(links, gazetteer))


def _frame(links: list[_Link], gazetteer: Gazetteer) -> tuple[tuple[int, int], ...]:
    """Where a sentence says who says it: every cue, and the outlets and bodies it names with their
    descriptions ("laut dem südkoreanischen Verteidigungsministerium"). People stay: who said
    something is part of what is claimed."""
    spans = []
    for link in links:
        spans.append(link.cue_span)
        if link.role == "quoted" or gazetteer.is_person(link.source_id):
            continue
        cue_start, cue_end = link.cue_span
        name_start, name_end = link.at, link.at + len(link.name)
        if link.role in ("according", "cite") and cue_end <= name_start:
            spans.append((cue_start, name_end))
        elif link.role == "according" and name_end <= cue_start:
            spans.append((name_start, cue_end))  # "X zufolge"
        else:
            spans.append((name_start, name_end))
    return tuple(sorted(spans))


def without_spans(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The text with the spans cut out, and the spaces and commas they leave behind tidied."""
    kept, position = [], 0
    for start, end in sorted(spans):
        kept.append(text[position:max(start, position)])
        position = max(position, end)
    kept.append(text[position:])
    tidy = re.sub(r"\s+", " ", " ".join(kept))
    tidy = re.sub(r"\s+(?=[,.;:!?])", "", tidy)  # no space before punctuation
    tidy = re.sub(r"^[\s,;:]+|,(?=[,.;:!?]|$)", "", tidy)  # no comma left dangling
    return tidy.strip()


def mask_quotes(text: str) -> str:
    """`text` with the inside of closed quotations replaced by MASK; offsets unchanged.

    An unclosed quotation mark is left alone (refusing to guess where it ends), and a short
    quotation of capitalised words is kept, since that is how names are quoted:
    berichtete die „Süddeutsche Zeitung“.
    """
    chars = list(text)
    for start, end in _quoted_spans(text):
        chars[start:end] = MASK * (end - start)
    return "".join(chars)


def quotations(text: str) -> list[str]:
    """What `text` quotes: the closed quotations that mask_quotes hides."""
    return [text[start:end] for start, end in _quoted_spans(text)]


_OPENER = re.compile(f"[{re.escape(''.join(OPEN_TO_CLOSE))}]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of each closed quotation that is not a quoted name."""
    spans = []
    position = 0
    while opener := _OPENER.search(text, position):
        start = opener.end()
        end = next((j for j in range(start, len(text)) if text[j] in OPEN_TO_CLOSE[opener.group()]), -1)
        if end < 0:
            position = start
            continue
        words = text[start:end].split()
        if words and not (len(words) <= 4 and all(w[:1].isupper() for w in words)):
            spans.append((start, end))
        position = end + 1
    return spans


class _Sentence:
    """One masked sentence as the readers see it: its clauses, the known sources it names, the links found."""

    def __init__(self, masked: str, cues: Cues, gazetteer: Gazetteer):
        self.text = masked
        self.cues = cues
        self.gazetteer = gazetteer
        known = gazetteer.find(masked)
        bodies = [b for b in named_bodies(cues.language).find(masked) if not any(_overlap(b, m) for m in known)]
        self.mentions = _merge_mentions(sorted([*known, *bodies], key=lambda m: m.start), masked, cues)
        # countries and capitals: sources only when they speak ("Kiew sagte"), never a name of their own
        self.places = [p for p in places().find(masked) if not any(m.start <= p.start < m.end for m in self.mentions)]
        self.clauses = _clauses(masked)
        self.consumed: set[int] = set()  # mention starts already taken by a cue
        self.found: list[_Link] = []  # the links read so far

    def next_mention(self, position: int) -> Mention | None:
        return next((m for m in self.mentions if m.start >= position), None)

    def place_at(self, start: int, end: int) -> Mention | None:
        """The place that spans exactly `start`..`end`, ignoring spaces around it."""
        start = start + len(self.text[start:end]) - len(self.text[start:end].lstrip())
        end = end - len(self.text[start:end]) + len(self.text[start:end].rstrip())
        return next((p for p in self.places if p.start == start and p.end == end), None)

    def is_place_name(self, start: int, end: int) -> bool:
        """Whether a would-be name is a place: "Russia", "In Kiew", "the United States"."""
        first = WORD.match(self.text, start + len(self.text[start:end]) - len(self.text[start:end].lstrip()))
        if first and first.group(0).casefold() in self.cues.prepositions:
            start = first.end()  # "In Kiew": a place, not "An Chan Vilayet"
        return any(p.start >= start and p.end <= end and not WORD.search(self.text[start:p.start].replace("the", ""))
                   and not WORD.search(re.sub(r"^['’]s", "", self.text[p.end:end])) for p in self.places)

    def starts_with(self, position: int, words: frozenset[str]) -> bool:
        first = WORD.search(self.text, position)
        return bool(first) and first.group(0).casefold() in words


class _SentencePart:
    """A reader of one sentence's names; the parts share the sentence and see each other."""

    def __init__(self, sentence: _Sentence):
        self.sentence = sentence
        self.text, self.cues, self.mentions, self.clauses = sentence.text, sentence.cues, sentence.mentions, sentence.clauses
        self.consumed, self.found = sentence.consumed, sentence.found

    def see(self, objects: _CueObjects, people: _People, subjects: _Subjects) -> None:
        self.objects, self.people, self.subjects = objects, people, subjects


class _CueObjects(_SentencePart):
    """Who a cue names after it: "laut der Zeitung X", "according to South Korea", "selon le ministère de la Santé"."""

    def source_after(self, position: int) -> tuple[str, str, int, int] | None:
        mention = self.sentence.next_mention(position)
        if mention and self.cues.is_filler(self.text[position:mention.start]):
            return mention.source_id, self.text[mention.start:mention.end], mention.start, mention.end
        if place := self.place_after(position):  # "according to South Korea": its government
            return place.source_id, self.text[place.start:place.end], place.start, place.end
        return self.unknown_after(position, upto=mention.start if mention else len(self.text))

    def place_after(self, position: int) -> Mention | None:
        """A country or capital right after `position` that is named for itself, not as the owner or
        place of something named after it ("laut Russlands Präsident", "Kiewer Behörden", "US-Beamte")."""
        place = next((p for p in self.sentence.places if p.start >= position), None)
        if place is None or not self.cues.is_filler(self.text[position:place.start]):
            return None
        between = WORD.findall(self.text[position:place.start])
        if between and between[-1].casefold() in self.cues.prepositions:
            return None  # "сообщили в Москве": where, not who
        rest = self.text[place.end:]
        if rest[:1] in ("-", "'", "’"):
            return None  # "US-Beamte", "Russia's army": the place owns what follows
        follows = re.match(r"\s+(\w[\w'’-]*)", rest)
        if follows and (follows.group(1)[:1].isupper() or self.cues.is_filler_word(follows.group(1))
                        or self.cues.names_a_group(follows.group(1))):
            return None  # "Kiewer Behörden", "North Korean foreign ministry", "U.S. officials"
        return place

    def unknown_after(self, position: int, upto: int) -> tuple[str, str, int, int] | None:
        """A name the gazetteer lacks: "laut der Zeitung Wedomosti", "according to the Center for X"."""
        words = _leading_run(self.text, position, list(WORD.finditer(self.text, position, upto)))
        i = 0
        while i < min(len(words), MAX_FILLER_WORDS):
            word = words[i].group(0)
            follows = words[i + 1].group(0) if i + 1 < len(words) else ""
            if word.rstrip(".").casefold() in self.cues.standalone and not follows[:1].isupper():
                last = i  # "according to police", "selon la commission électorale"
                while last + 1 < len(words) and _fullmatch(self.cues.adjective_form, words[last + 1].group(0)):
                    last += 1
                if last + 1 < len(words):
                    last = i  # adjectives only when they end the phrase
                bare = self.text[words[i].start():words[last].end()].rstrip(".")
                return _unknown_id(bare), bare, words[i].start(), words[i].start() + len(bare)
            if self.cues.descriptor(word) and (name := self.phrase_name(words, i)):
                return name  # "Institut für Kriegsstudien", "ministère de la Santé", "Organisation mondiale de la santé"
            describes_next = follows[:1].isupper() or follows in self.cues.connectors or (
                bool(follows) and self.cues.is_filler_word(follows))
            if word[:1].isupper() and self.cues.descriptor(word) and not self.cues.exactly_descriptor(word) and (
                    not describes_next):
                break  # "Weltgesundheitsorganisation": a compound that ends in a description names one body
            if word[:1].isupper() and not (self.cues.descriptor(word) or word in self.cues.documents
                                           or (follows[:1].isupper() and self.cues.possessive(word))):
                break  # a genitive owns a following name ("Russlands Außenministerium"), else it is one
            if not self.cues.is_filler_word(word):
                break
            i += 1
        if body := self.national_body(words[:MAX_FILLER_WORDS + 1]):
            return body
        name_words: list[re.Match] = []
        for k, match in enumerate(words[i:i + MAX_NAME_WORDS]):
            word = match.group(0)
            follows = words[i + k + 1].group(0) if i + k + 1 < len(words) else ""
            joined = word.casefold() in self.cues.conjunctions and follows[:1].isupper() and any(
                w.group(0) in self.cues.connectors for w in name_words)  # "Centers for Disease Control and Prevention"
            if word[:1].isupper() or (word in self.cues.connectors and name_words) or joined:
                name_words.append(match)
            else:
                break
        while name_words and name_words[-1].group(0) in self.cues.connectors:
            name_words.pop()
        if not name_words or name_words[0].group(0) in self.cues.not_sources:
            return None
        after = words[i + len(name_words):]
        if after and after[0].group(0).capitalize() in self.cues.not_sources and (
                after[0].group(0).casefold() not in self.cues.conjunctions):
            return None  # "according to Israeli sources", "laut russischen Experten": nobody named
        for k in (2, 1):  # "Ukraine's air force", "Russia's army": a place's body
            if len(after) >= k and all(w.group(0)[:1].islower() for w in after[:k]) and (
                    key := national_bodies().english(self.text[name_words[0].start():after[k - 1].end()])):
                return key, self.text[name_words[0].start():after[k - 1].end()], name_words[0].start(), after[k - 1].end()
        name_words += self.described_tail(after)
        name = self.text[name_words[0].start():name_words[-1].end()].rstrip(".")
        if len(name_words) == 1 and (self.cues.exactly_descriptor(name) or name in self.cues.documents
                                     or NATIONALITY_ADJECTIVE.fullmatch(name)):
            return None
        if (self.cues.names_a_group(name) and not national_bodies().english(name)) or self.sentence.is_place_name(
                name_words[0].start(), name_words[-1].end()):
            return None
        return _unknown_id(name), name, name_words[0].start(), name_words[-1].end()

    def phrase_name(self, words: list[re.Match], i: int) -> tuple[str, str, int, int] | None:
        """A name built of a head word, its adjectives and what its connectors join: "Institut für
        Kriegsstudien", "ministère de la Santé", "Organisation mondiale de la santé"."""
        end = i + 1
        while end < len(words) and words[end].group(0)[:1].islower() and self.cues.is_filler_word(
                words[end].group(0)) and words[end].group(0) not in self.cues.connectors:
            end += 1  # adjectives: "mondiale"
        joined = []
        while end < len(words) and end - i < MAX_NAME_WORDS and words[end].group(0) in self.cues.connectors:
            while end < len(words) and words[end].group(0) in self.cues.connectors:
                end += 1
            while end < len(words) and end - i < MAX_NAME_WORDS and (
                    not joined or words[end].group(0)[:1].isupper()) and words[end].group(0) not in self.cues.connectors:
                joined.append(words[end].group(0))  # the word a connector joins, and the capitalised ones after it
                end += 1
        head, last = words[i], words[end - 1]
        if not joined or not (head.group(0)[:1].isupper() or any(w[:1].isupper() for w in joined)):
            return None  # "the head of the agency": a role, nobody named
        name = self.text[head.start():last.end()].rstrip(".")
        if self.cues.names_a_group(name) or self.sentence.is_place_name(head.start(), last.end()):
            return None
        return _unknown_id(name), name, head.start(), head.start() + len(name)

    def national_body(self, words: list[re.Match]) -> tuple[str, str, int, int] | None:
        """German: "des libanesischen Gesundheitsministeriums", "der israelischen Armee": a nationality
        and a description name a body. Its id reads the inflected forms alike."""
        for adjective, noun, after in zip(words, words[1:], [*words[2:], None]):
            nationality = self.cues.national_adjective and self.cues.national_adjective.fullmatch(
                adjective.group(0).casefold())
            if not (nationality and noun.group(0)[:1].isupper()) or (after and after.group(0)[:1].isupper()):
                continue  # "der israelischen Zeitung Haaretz": the name that follows is the source
            name = self.text[adjective.start():noun.end()]
            if known := national_bodies().german(nationality["stem"], noun.group(0)):
                return known, name, adjective.start(), noun.end()
            if self.cues.descriptor(noun.group(0)):
                key = f"{nationality['stem']}-{_singular_nominative(noun.group(0), self.cues.descriptors)}"
                return unknown_source(key).id, name, adjective.start(), noun.end()
        return None

    def described_tail(self, words: list[re.Match]) -> list[re.Match]:
        """Lowercase words that end in a description belong to the name before them: "Lebanese" +
        "health ministry", "Iranian" + "state media"."""
        for end, match in enumerate(words[:MAX_TAIL_WORDS]):
            word = match.group(0)
            if not word[:1].islower():
                return []
            if self.cues.descriptor(word):
                return words[:end + 1]
        return []


class _People(_SentencePart):
    """People the gazetteer lacks, named by two capitalised words or a role and one: "der Analyst Lankov"."""

    def person_name(self, words: list[re.Match]) -> Mention | None:
        """After its description (articles, lowercase adjectives, roles), capitalised words that can only
        be a name: two or more, or one after a role ("der Analyst Lankov"); none a description, a
        document, a weekday or a pronoun."""
        first = 0
        while first < len(words) and self.cues.describes_a_name(words[first].group(0)):
            first += 1
        described = any(self.cues.descriptor(w.group(0)) for w in words[:first])
        words = words[first:]
        run: list[re.Match] = []
        for match in words[:MAX_NAME_WORDS]:
            word = match.group(0)
            folded = word.casefold()
            if word in self.cues.name_particles and run:
                run.append(match)
                continue
            if (not word[:1].isupper() or self.cues.descriptor(word) or word in self.cues.documents
                    or word in self.cues.not_sources or folded in self.cues.determiners
                    or folded in self.cues.openers or folded in self.cues.connectors or POSSESSIVE_NAME.fullmatch(word)):
                break
            run.append(match)
        while run and run[-1].group(0) in self.cues.name_particles:
            run.pop()
        if len(run) < (1 if described else 2):
            return None
        name = self.text[run[0].start():run[-1].end()]
        if self.cues.names_a_group(name) or self.sentence.is_place_name(run[0].start(), run[-1].end()):
            return None
        return Mention(run[0].start(), run[-1].end(), unknown_source(name).id)

    def person_before(self, verb_start: int, clause_start: int) -> Mention | None:
        """"Der Analyst Markus Müller sagte": an unknown name that opens the clause before the verb."""
        words = list(WORD.finditer(self.text, clause_start, verb_start))
        opening = self.text[clause_start:verb_start]
        if re.search(r"[^\w\s.'’-]", opening) or any(
                clause_start <= m.start < verb_start for m in self.mentions) or any(
                pattern is not None and pattern.search(opening)
                for pattern in (self.cues.according, self.cues.citing, self.cues.aside)):
            return None  # "Laut Reuters berichtete": a cue and a known source, not an unknown person
        name = self.person_name(words)
        return name if name is not None and name.end == words[-1].end() else None

    def person_after(self, position: int) -> Mention | None:
        """A name the gazetteer lacks after the verb: ", sagte der Analyst Andrei Lankov.", ", said Jenny Town",
        ", a indiqué le ministère de la Santé."""
        words = _leading_run(self.text, position, list(WORD.finditer(self.text, position)))
        ends = re.compile(r"\s*(?:[,.;:!?)\]–—]|$)")
        if len(words) == 2 and words[0].group(0).casefold() in self.cues.institution_prepositions and (
                words[1].group(0)[:1].isupper() and ends.match(self.text, words[1].end())):
            return Mention(words[1].start(), words[1].end(), unknown_source(words[1].group(0)).id)  # "в Минздраве"
        head = next((k for k, w in enumerate(words) if w.group(0).casefold() not in self.cues.determiners), None)
        if head is not None and words[head].group(0).casefold() in self.cues.standalone and ends.match(
                self.text, words[head].end()):
            return Mention(words[head].start(), words[head].end(), unknown_source(words[head].group(0)).id)
        if any(self.cues.is_role(w.group(0)) for w in words[:APPOSITION_ROLE_WITHIN]) and (
                named := self.appositive_after(position)):
            return named  # ", a annoncé l'avocat de l'accusé, Jean Dupont.", ", said the union's leader, Mary Jones."
        after_head = words[head + 1].group(0) if head is not None and head + 1 < len(words) else ""
        if head is not None and self.cues.is_role(words[head].group(0)) and (
                after_head in self.cues.connectors or after_head.casefold() in self.cues.determiners):
            body = self.objects.unknown_after(words[head].end(), len(self.text))  # "ein Sprecher der Feuerwehr": the body
            if body and re.match(r"\s*(?:[,.;:!?)\]–—]|$)", self.text[body[3]:]):
                return Mention(body[2], body[3], body[0])
        elif head is not None and self.cues.descriptor(words[head].group(0)) and (
                body := self.objects.phrase_name(words, head)):
            if re.match(r"\s*(?:[,.;:!?)\]–—]|$)", self.text[body[3]:]):
                return Mention(body[2], body[3], body[0])
        name = self.person_name(words)
        if name is None:
            return None
        # the name ends its clause, or an object follows ("sagte Lankov der Zeitung X");
        # "warnte Südkorea Nordkorea vor ..." is no name
        ends_clause = re.match(r"\s*(?:[,.;:!?)\]–—]|$)", self.text[name.end:])
        return name if ends_clause or self.sentence.starts_with(name.end, self.cues.determiners) else None

    def appositive_after(self, position: int) -> Mention | None:
        """The name that follows a role's clause and ends the sentence: ", said the group's director, John Smith."""
        clause = _clause_of(self.clauses, position)
        if clause + 1 >= len(self.clauses) or not self.text[:self.clauses[clause][1]].rstrip().endswith(","):
            return None
        a, b = self.clauses[clause + 1]
        words = list(WORD.finditer(self.text, a, b))
        if not words or WORD.search(self.text, words[-1].end()):
            return None  # the name must end the sentence
        mention = next((m for m in self.mentions if m.start == words[0].start()), None)
        if mention is not None and self.gazetteer_person(mention.source_id) and mention.end == words[-1].end():
            return mention
        name = self.person_name(words)
        return name if name is not None and name.start == words[0].start() and name.end == words[-1].end() else None

    def person_described_by(self, body: Mention) -> Mention | None:
        """"представитель МИД России Мария Захарова": the body describes the person named right after it."""
        source = self.sentence.gazetteer.get(body.source_id)
        if source is None or source.kind in ("agency", "broadcaster", "newspaper"):
            return None  # "zitierte die Nachrichtenagentur TASS Lawrow": an outlet quotes the person
        follows = self.sentence.next_mention(body.end)
        if follows is not None and not self.text[body.end:follows.start].strip() and self.gazetteer_person(
                follows.source_id):
            return follows
        return None

    def gazetteer_person(self, source_id: str) -> bool:
        return self.sentence.gazetteer.is_person(source_id)


class _Subjects(_SentencePart):
    """Who speaks with a verb: the subject before it ("TASS erklärte"), after it (", berichtete CNN"),
    inside it ("teilte X mit"), or across an aside ("The AP, citing KCNA, reported")."""

    def subject_before(self, verb_start: int, clause_start: int) -> Mention | None:
        """The source right before a verb ("TASS erklärte") that opens its clause."""
        citing = [m for m in _finditer(self.cues.citing, self.text[:verb_start]) if m.start() >= clause_start]
        if citing:  # "Йонхап со ссылкой на НИС сообщило": the citing phrase stands aside
            verb_start = citing[0].start()
        mention = next((m for m in reversed(self.mentions) if clause_start <= m.end <= verb_start), None)
        if mention is None or mention.start in self.consumed or _is_possessor(self.text, mention):
            if place := self.place_before(verb_start, clause_start):
                return place
            if body := self.body_before(verb_start, clause_start):
                return body
            if body := self.phrase_before(verb_start, clause_start):
                return body
            if body := self.standalone_before(verb_start, clause_start):
                return body
            if self.cues.bare_subjects and (name := self.bare_subject(verb_start, clause_start)):
                return name
            if self.cues.names_before_verbs:
                return self.name_before(verb_start, clause_start)
            return self.people.person_before(verb_start, clause_start)
        between = WORD.findall(self._without_places(mention.end, verb_start))  # "служба разведки Южной Кореи"
        if len(between) > 3 or re.search(r"[^\w\s.'’-]", self.text[mention.end:verb_start]):
            return None
        if any(w[:1].isupper() and w.casefold() not in self.cues.pronouns and not self.cues.descriptor(w) for w in between):
            return None
        if not self.cues.only_openers(self.description_removed(clause_start, mention.start)):
            return None
        return mention

    def subject_after(self, position: int) -> Mention | None:
        """", berichtete die staatliche Agentur X": adjectives only after an article."""
        after = self.sentence.next_mention(position)
        if after is None or after.start in self.consumed or _is_possessor(self.text, after):
            return self.people.person_after(position)
        between = self.text[position:after.start]
        words = WORD.findall(between)
        if words and words[0][:1].islower() and not self.cues.is_filler_word(words[0]):
            return None
        if not self.cues.is_filler(between):
            return self.people.person_after(position)
        return self.people.person_described_by(after) or after

    def subject_in_gap(self, verb: re.Match) -> Mention | None:
        """"teilte das Landgericht Berlin mit", "gab das Pentagon bekannt": the subject inside a verb in two parts."""
        words = list(WORD.finditer(self.text, verb.start(), verb.end()))
        if len(words) < 3:
            return None
        start, end = words[0].end(), words[-1].start()
        mention = next((m for m in self.mentions if start <= m.start and m.end <= end), None)
        if mention is not None:
            return mention if self.cues.is_filler(self.text[start:mention.start]) and not WORD.search(
                self.text[mention.end:end]) else None
        name = self.people.person_name(words[1:-1])
        return name if name is not None and name.end == words[-2].end() else None

    def appositive_name(self, clause: int) -> Mention | None:
        """"Der Anwalt der Angeklagten, Thomas Weber, sagte", "Le porte-parole du Kremlin, Dmitri Peskov, a
        déclaré": a clause that is only a name, after a clause that describes a role."""
        if clause < 2 or not self.is_apposition(*self.clauses[clause - 2]):
            return None
        a, b = self.clauses[clause - 1]
        words = list(WORD.finditer(self.text, a, b))
        if not words:
            return None
        mention = next((m for m in self.mentions if m.start == words[0].start()), None)
        if mention is not None and mention.end == words[-1].end():
            return mention
        name = self.people.person_name(words)
        return name if name is not None and name.start == words[0].start() and name.end == words[-1].end() else None

    def subject_across_aside(self, clause: int) -> Mention | None:
        """"The AP, citing KCNA, reported": the subject stands before a parenthetical cue."""
        if name := self.appositive_name(clause):
            return name
        while clause >= 2:
            a, b = self.clauses[clause - 1]
            holds_cue = any(a <= link.at < b and link.role in ("cite", "cited_by", "according") for link in self.found) or (
                self.cues.citing is not None and self.cues.citing.match(self.text, a + len(self.text[a:b]) - len(
                    self.text[a:b].lstrip())) is not None)  # ", citant des sources gouvernementales,"
            words = len(WORD.findall(self.text[a:b]))
            if not (holds_cue or self.is_apposition(a, b)) or words > MAX_APPOSITION_WORDS:
                return None
            clause -= 1
            start, end = self.clauses[clause - 1]
            subject = self.subject_before(end - 1, start)
            if subject is not None:
                return subject
        return None

    def is_apposition(self, start: int, end: int) -> bool:
        """", Direktor des Instituts X,", ", a former British ambassador to Pyongyang,": a role, described."""
        words = WORD.findall(self.text[start:end])[:APPOSITION_ROLE_WITHIN + 1]
        return bool(words) and words[0].casefold() not in self.cues.openers and any(self.cues.descriptor(w) for w in words)

    def place_before(self, verb_start: int, clause_start: int) -> Mention | None:
        """"Kiew sagte", "Russia said", "La Russie a affirmé", "Москва заявила": a place that opens its clause
        and speaks is its government."""
        place = next((p for p in reversed(self.sentence.places) if clause_start <= p.end <= verb_start), None)
        if place is None or WORD.search(self.text[place.end:verb_start]) or self.text[place.end:verb_start].strip():
            return None
        first = place
        for other in self.coordinated_before(place, clause_start):  # "Russia and Ukraine said"
            first = min(first, other, key=lambda m: m.start)
        opening = WORD.findall(self.text[clause_start:first.start])
        if len(opening) == 1 and opening[0].casefold() in self.cues.institution_prepositions:
            return place  # "В Москве заявили": Moscow speaks
        if all(w.casefold() in self.cues.determiners or w.casefold() in self.cues.openers for w in opening) and not (
                opening and opening[-1].casefold() in self.cues.prepositions):
            return place
        return None

    def body_before(self, verb_start: int, clause_start: int) -> Mention | None:
        """"Die ukrainische Armee sagte", "Russische Staatsmedien zitierten": a body that bodies.toml knows,
        named by nationality, opens the clause."""
        words = list(WORD.finditer(self.text, clause_start, verb_start))
        if words and words[0].group(0).casefold() in self.cues.determiners:
            words = words[1:]
        if len(words) != 2 or self.cues.national_adjective is None or re.search(
                r"[^\w\s.'’-]", self.text[clause_start:verb_start]):
            return None
        nationality = self.cues.national_adjective.fullmatch(words[0].group(0).casefold())
        key = nationality and national_bodies().german(nationality["stem"], words[1].group(0))
        return Mention(words[0].start(), words[1].end(), key) if key else None

    def bare_subject(self, verb_start: int, clause_start: int) -> Mention | None:
        """"Росстат сообщил", "Иванов заявил": without articles, one capitalised word before the verb names
        an institution or a person."""
        words = list(WORD.finditer(self.text, clause_start, verb_start))
        if len(words) != 1 or re.search(r"[^\w\s.'’-]", self.text[clause_start:verb_start]):
            return None
        word = words[0].group(0)
        folded = word.casefold()
        if not word[:1].isupper() or word in self.cues.not_sources or folded in self.cues.pronouns or (
                folded in self.cues.openers or folded in self.cues.determiners) or (
                self.cues.names_a_group(word) or self.cues.exactly_descriptor(word)
                or self.sentence.is_place_name(words[0].start(), words[0].end())):
            return None
        return Mention(words[0].start(), words[0].end(), unknown_source(word).id)

    def standalone_before(self, verb_start: int, clause_start: int) -> Mention | None:
        """"Police said", "Wie die Polizei mitteilte": a body a local story names by a common noun."""
        words = [w for w in WORD.finditer(self.text, clause_start, verb_start)
                 if w.group(0).casefold() not in self.cues.determiners]
        if len(words) != 1 or words[0].group(0).casefold() not in self.cues.standalone or re.search(
                r"[^\w\s.'’-]", self.text[clause_start:verb_start]):
            return None
        return Mention(words[0].start(), words[0].end(), unknown_source(words[0].group(0)).id)

    def phrase_before(self, verb_start: int, clause_start: int) -> Mention | None:
        """"Le parquet de Paris a indiqué", "Die Regierung in Kiew erklärte": a description and what it is
        of or where, opening the clause; a government named by its place is that country's."""
        words = list(WORD.finditer(self.text, clause_start, verb_start))
        head = next((k for k, w in enumerate(words) if w.group(0).casefold() not in self.cues.determiners), None)
        if head is None or not self.cues.descriptor(words[head].group(0)) or re.search(
                r"[^\w\s.'’-]", self.text[clause_start:verb_start]):
            return None
        if len(words) == head + 3 and words[head + 1].group(0).casefold() in self.cues.prepositions:
            place = self.sentence.place_at(words[head + 2].start(), words[head + 2].end())
            key = place and national_bodies().body(words[head].group(0))
            if key:
                return Mention(words[head].start(), place.end, f"{place.source_id.split('-')[0]}-{key}")
        body = self.objects.phrase_name(words, head)
        return Mention(body[2], body[3], body[0]) if body and body[3] == words[-1].end() else None

    def name_before(self, verb_start: int, clause_start: int) -> Mention | None:
        """English: an unknown capitalised name opening the clause right before the verb."""
        opening = self.text[clause_start:verb_start]
        match = re.fullmatch(r"\s*((?:[Tt]he\s+)?(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*)\s*", opening)
        body = re.fullmatch(
            r"\s*(?:[Tt]he\s+)?((?!The\s)(?:[A-Z][\w.'’&-]*\s+){1,3}(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w-]*)\s*", opening)
        if body and self.cues.descriptor(body.group(1).split()[-1]):  # "the Lebanese health ministry said"
            if self.cues.names_a_group(body.group(1)) and not national_bodies().english(body.group(1)):
                return None  # "Georgian media reported": a group of outlets, nobody named
            return Mention(clause_start + body.start(1), clause_start + body.end(1), _unknown_id(body.group(1)))
        if not match:
            return None
        name = re.sub(r"^[Tt]he\s+", "", match.group(1))
        if name.split()[0] in self.cues.not_sources or name.casefold() in self.cues.pronouns or self.cues.descriptor(name):
            return None
        words = name.split()
        titled = [i for i, w in enumerate(words) if self.cues.descriptor(w)]
        if titled and titled[-1] < len(words) - 1:  # "Israeli Prime Minister Benjamin Netanyahu": the name follows
            name = " ".join(words[titled[-1] + 1:])
        start = clause_start + match.start(1) + match.group(1).rindex(name)
        return Mention(start, start + len(name), unknown_source(name).id)

    def coordinated_before(self, subject: Mention, clause_start: int) -> list[Mention]:
        """"Reuters und AFP berichteten", "Russia and Ukraine said": the sources joined to the subject."""
        extra = []
        current = subject
        named = sorted([*self.mentions, *self.sentence.places], key=lambda m: m.start)
        for m in reversed([m for m in named if clause_start <= m.end <= subject.start]):
            if self.cues.joins(self.text[m.end:current.start]) and m.start not in self.consumed:
                extra.insert(0, m)
                current = m
            else:
                break
        return extra

    def description_removed(self, start: int, end: int) -> str:
        """The text before a name without the known sources that only describe it: "Kremlin spokesman",
        "Глава МИД России", "Le porte-parole du Kremlin": the name is the speaker, not the body."""
        text = self.text[start:end]
        named = sorted([*self.mentions, *self.sentence.places], key=lambda m: m.start)
        for m in reversed([m for m in named if start <= m.start and m.end <= end]):
            before = WORD.findall(self.text[start:m.start])
            after = WORD.findall(self.text[m.end:end])
            if (after and self.cues.descriptor(after[0])) or (before and self.cues.descriptor(before[-1])) or (
                    len(before) >= 2 and self.cues.descriptor(before[-2]) and before[-1] in self.cues.connectors):
                text = text[:m.start - start] + " " * (m.end - m.start) + text[m.end - start:]
        return text

    def _without_places(self, start: int, end: int) -> str:
        text = self.text[start:end]
        for p in reversed([p for p in self.sentence.places if start <= p.start and p.end <= end]):
            text = text[:p.start - start] + " " * (p.end - p.start) + text[p.end - start:]
        return text


class _Scopes(_SentencePart):
    """What each link vouches for: the part of the sentence its source covers."""

    def scope(self, link: _Link, verb: re.Match | None, as_clause: bool, aside_start: int | None) -> tuple:
        n = len(self.text.rstrip())
        c_start, c_end = self.clauses[link.clause]
        if link.role in ("cite", "cited_by", "quoted"):
            return ()
        if link.role == "according":
            cue_start = aside_start if aside_start is not None else self.cue_start(link)
            alone = not WORD.search(self.text[c_start:cue_start]) and self.clause_is_source_only(link)
            starts_sentence = not WORD.search(self.text[:cue_start])
            if aside_start is not None or alone or starts_sentence:
                return ((0, n),)
            return ((c_start, c_end),)
        assert verb is not None
        v_clause = _clause_of(self.clauses, verb.start())
        vc_start, vc_end = self.clauses[v_clause]
        if as_clause:
            return ((0, vc_start), (vc_end, n))
        last = not WORD.search(self.text[vc_end:])
        aside = len(WORD.findall(self.text[vc_start:vc_end])) <= MAX_NAME_WORDS + 2 and not WORD.search(
            self.text[verb.end():vc_end])
        if v_clause > 0 and ((link.at > verb.start() and last) or (link.at < verb.start() and aside)):
            return ((0, vc_start),)  # ", berichtet CNN." closes the sentence; ", Lavrov said," stands aside
        return ((verb.end(), self.forward_end(verb.end(), n)),)

    def forward_end(self, begin: int, n: int) -> int:
        """"CNN reported X, while the BBC said Y": a contrast ends what CNN vouches for."""
        for c_start, _ in self.clauses:
            if c_start > begin and self.sentence.starts_with(c_start, self.cues.contrasts):
                return c_start
        return n

    def cue_start(self, link: _Link) -> int:
        before = self.text[: link.at]
        starts = [m.start() for m in _finditer(self.cues.according, before)]
        return starts[-1] if starts else link.at

    def clause_is_source_only(self, link: _Link) -> bool:
        c_start, c_end = self.clauses[link.clause]
        words = WORD.findall(self.text[link.at:c_end])
        return len(words) <= MAX_NAME_WORDS

    def set_scopes(self) -> None:
        """End forward scopes ("X sagte, ...") where a closing ", berichtet Y." clause begins, after an
        aside inside them is nested where it stands."""
        self.nest_asides()
        closing_starts = [self.clauses[link.clause][0] for link in self.found if link.closes]
        for link in self.found:
            if link.role == "verb" and len(link.scope) == 1 and link.scope[0][0] > 0:
                begin, end = link.scope[0]
                link.scope = ((begin, min([c for c in closing_starts if c >= begin] + [end])),)

    def nest_asides(self) -> None:
        """"Reuters reported that, according to Yonhap, two missiles were fired": an aside that stands
        inside what a verb's source says, with more of it still to come, covers only the rest of it."""
        for aside in self.found:
            if not (aside.role == "according" and aside.closes):
                continue
            a_start, a_end = self.clauses[aside.clause]
            for verb in self.found:
                if verb.role != "verb" or len(verb.scope) != 1 or verb.scope[0][0] == 0:
                    continue
                begin, end = verb.scope[0]
                if begin <= aside.cue_span[0] and aside.at < end and WORD.search(self.text[a_end:end]):
                    aside.scope, aside.closes = ((a_start, end),), False
                    break

    def resolve_cited_by(self) -> None:
        """"Interfax, cité par l'AFP, affirme": the AFP relays Interfax, and vouches for what it did."""
        for index, relay in enumerate(self.found):
            if relay.role != "cited_by":
                continue
            earlier = [link for link in self.found if link.at < relay.at and link.role != "cited_by"]
            if not earlier:
                continue
            cited = max(earlier, key=lambda link: link.at)
            relay.scope, relay.closes = cited.scope, cited.closes
            relay.role = "according"
            cited.parent, cited.fixed_parent = index, True


class _LinkReader:
    """Reads the links of one sentence for one language's cues: each cue, the source it names, its scope."""

    def __init__(self, masked: str, cues: Cues, gazetteer: Gazetteer):
        self.sentence = sentence = _Sentence(masked, cues, gazetteer)
        self.text, self.cues, self.mentions, self.clauses = sentence.text, sentence.cues, sentence.mentions, sentence.clauses
        self.consumed, self.found = sentence.consumed, sentence.found
        self.objects, self.people, self.subjects = _CueObjects(sentence), _People(sentence), _Subjects(sentence)
        for part in (self.objects, self.people, self.subjects):
            part.see(self.objects, self.people, self.subjects)
        self.scopes = _Scopes(sentence)

    def links(self) -> list[_Link]:
        c = self.cues
        for m in _finditer(c.according, self.text):
            self._after_cue(m, "according")
        for m in _finditer(c.aside, self.text):
            if not self.text[: m.start()].strip() or re.search(r"[,;–—(]\s*$", self.text[: m.start()]):
                self._after_cue(m, "according", aside=True)
        for m in _finditer(c.citing, self.text):
            self._after_cue(m, "cite")
        for m in _finditer(c.cited_by, self.text):
            self._after_cue(m, "cited_by")
        for m in _finditer(c.according_after, self.text):
            self._before_postposition(m)
        for m in _finditer(c.quoting, self.text):
            self._verb(m, quoting=True)
        for m in _finditer(c.verbs, self.text):
            self._verb(m, quoting=False)
        self.scopes.resolve_cited_by()
        self.scopes.set_scopes()
        return self.found

    def _after_cue(self, cue: re.Match, role: str, aside: bool = False) -> None:
        """A source right after `cue` ("laut der Zeitung X"), and those coordinated with it."""
        position, first = cue.end(), True
        while True:
            source = self.objects.source_after(position)
            if source is None:
                return
            sid, name, start, end = source
            link = self._add(sid, name, start, cue, role, aside_start=cue.start() if aside else None)
            if role == "cite" and first:
                link.fixed_parent = True
            first = False
            joint = self.cues.joint.match(self.text, end)
            if not joint or not joint.group(0).strip():
                return
            position = joint.end()
            if joint.group(0).strip() == ",":  # "laut Reuters, AFP und AP"; not "laut KCNA, Kim habe ..."
                mention = self.sentence.next_mention(position)
                if not (mention and self.cues.is_filler(self.text[position:mention.start])):
                    return
                after = self.cues.joint.match(self.text, mention.end)
                if not (after and after.group(0).strip()) and WORD.match(self.text[mention.end:].lstrip()):
                    return

    def _before_postposition(self, cue: re.Match) -> None:
        """"X zufolge": the source ends right before the cue."""
        before = self.text[: cue.start()]
        mention = next((m for m in reversed(self.mentions) if m.end <= cue.start()), None)
        if mention and not before[mention.end:].strip():
            self._add(mention.source_id, before[mention.start:mention.end], mention.start, cue, "according")
            return
        run = re.search(r"(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}[A-ZÄÖÜ][\w.-]*\s*$", before)
        if run is None or self._in_unnamed(cue):
            return
        words = run.group(0).split()
        while len(words) > 1 and (self.cues.descriptor(words[0]) or words[0] in self.cues.documents):
            words.pop(0)  # "der Zeitung Wedomosti zufolge": the name is Wedomosti
        name = " ".join(words)
        if words[0] in self.cues.not_sources or words[0].casefold() in self.cues.determiners or (
                len(words) == 1 and (self.cues.descriptor(name) or name in self.cues.documents)):
            return
        self._add(unknown_source(name).id, name, before.rindex(words[0]), cue, "according")

    def _in_unnamed(self, cue: re.Match) -> bool:
        return any(u.start() <= cue.start() < u.end() for u in _finditer(self.cues.unnamed, self.text))

    def _verb(self, verb: re.Match, quoting: bool) -> None:
        clause = _clause_of(self.clauses, verb.start())
        start = self.clauses[clause][0]
        opening = self.text[start:verb.start()]
        in_as_clause = self.cues.opens_as_clause(opening)
        subject = None
        if in_as_clause:
            subject = next((m for m in self.mentions if start <= m.start < verb.start() and m.start not in self.consumed), None)
            as_word = self.cues.as_.search(self.text, start, verb.start())
            if subject is None and as_word:  # "wie das Statistische Landesamt mitteilte", "wie die Polizei mitteilte"
                subject = (self.people.person_before(verb.start(), as_word.end())
                           or self.subjects.standalone_before(verb.start(), as_word.end()))
            if subject is None:  # "Как сообщает ТАСС", "comme l'a rapporté l'AFP"
                subject = self.subjects.subject_after(verb.end())
        elif WORD.search(opening):
            subject = self.subjects.subject_before(verb.start(), start)
        if subject is None and " " in verb.group(0):  # "teilte das Landgericht Berlin mit": the subject in the gap
            subject = self.subjects.subject_in_gap(verb)
        if subject is None and not in_as_clause and (self.cues.subject_after_verb or not WORD.search(opening)
                                                     or self.cues.only_openers(opening)):
            subject = self.subjects.subject_after(verb.end())
        if subject is None and not WORD.search(opening):
            subject = self.subjects.subject_across_aside(clause)
        relay = self._relay_after(verb, subject)
        if subject is None:
            if relay is not None and not self.cues.only_openers(opening):  # "Western officials told the BBC"
                self._add_relay(relay, verb, in_as_clause, [])
            return
        speakers = []
        for s in self.subjects.coordinated_before(subject, start) + [subject]:
            link = self._add(s.source_id, self.text[s.start:s.end], s.start, verb, "verb",
                             verb=verb, as_clause=in_as_clause)
            speakers.append(link)
        if relay is not None:
            self._add_relay(relay, verb, in_as_clause, speakers)
        if quoting:
            following = self.sentence.next_mention(max(subject.end, verb.end()))
            if following and self.cues.is_filler(self.text[max(subject.end, verb.end()):following.start]):
                quoted = self._add(following.source_id, self.text[following.start:following.end], following.start,
                                   verb, "quoted")
                quoted.parent = self.found.index(link)
                quoted.fixed_parent = True

    def _relay_after(self, verb: re.Match, subject: Mention | None) -> tuple[str, str, int, int] | None:
        """The outlet a speaker talks to: "told the BBC", "sagte der BBC", "said in an interview with
        Bloomberg", "a déclaré à l'AFP", "заявил в интервью РИА Новости", "sagte Selenskyj dem Sender CNN".
        Not a person, not a place."""
        position = verb.end()
        if subject is not None and subject.start > verb.start():
            position = subject.end  # the speaker follows the verb; the outlet follows the speaker
        phrase = self.cues.relays and self.cues.relays.match(self.text, position + len(self.text[position:]) - len(
            self.text[position:].lstrip()))
        if phrase:
            source = self.objects.source_after(phrase.end())
        elif verb.group(0).casefold() in self.cues.relay_verbs:
            mention = self.sentence.next_mention(position)
            source = mention and self.cues.is_filler(self.text[position:mention.start]) and (
                mention.source_id, self.text[mention.start:mention.end], mention.start, mention.end)
        else:
            return None
        if not source or source[2] in self.consumed or self.people.gazetteer_person(source[0]) or source[0].endswith(
                "-government") and self.sentence.place_at(source[2], source[3]):
            return None
        return source

    def _add_relay(self, relay: tuple[str, str, int, int], verb: re.Match, as_clause: bool, speakers: list[_Link]) -> None:
        """The relay vouches for what its speakers say; each speaker is its source."""
        sid, name, start, _ = relay
        link = self._add(sid, name, start, verb, "verb", verb=verb, as_clause=as_clause)
        if speakers:
            link.scope, link.closes = speakers[0].scope, speakers[0].closes
        index = self.found.index(link)
        for speaker in speakers:
            speaker.parent, speaker.fixed_parent = index, True

    def _add(self, sid: str, name: str, at: int, cue: re.Match, role: str, verb: re.Match | None = None,
             as_clause: bool = False, aside_start: int | None = None) -> _Link:
        self.consumed.add(at)
        link = _Link(sid, name, at, cue.group(0), role, _clause_of(self.clauses, at), cue_span=cue.span())
        link.scope = self.scopes.scope(link, verb, as_clause, aside_start)
        link.closes = link.clause > 0 and link.scope == ((0, self.clauses[link.clause][0]),) or (
            link.role == "according" and link.clause > 0 and link.scope == ((0, len(self.text.rstrip())),))
        self.found.append(link)
        return link


NATIONALITY_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ean|can|ese|ish)")  # "Lebanese": a people, not a source
ABBREVIATED_PLACE = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.K."
MAX_TAIL_WORDS = 3  # "Lebanese" + "health ministry"


def _overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _is_possessor(text: str, mention: Mention) -> bool:
    """"Kims Regierung", "Russia's ministry": the name owns the subject, it is not the subject."""
    named = text[mention.start:mention.end]
    follows = re.match(r"\s+(\w+)", text[mention.end:])
    return bool(follows) and named.endswith(("s", "'s", "’s")) and follows.group(1)[:1].isupper() and (
        named[-2:] in ("'s", "’s") or not named.endswith("ss"))


def _leading_run(text: str, position: int, words: list[re.Match]) -> list[re.Match]:
    """The first of `words` that follow `position` with only whitespace between them."""
    run, end = [], position
    for w in words:
        if text[end:w.start()].strip():
            break
        run.append(w)
        end = w.end()
    return run


def _unknown_id(name: str) -> str:
    """The id of a name the gazetteer lacks: a national body's shared one, else its own."""
    return national_bodies().english(name) or unknown_source(name).id


def _singular_nominative(noun: str, descriptors: tuple[str, ...]) -> str:
    """"Gesundheitsministeriums" -> "gesundheitsministerium": cut what follows the description it ends in."""
    return next((form for d in descriptors for form in case_forms(noun) if form.endswith(d)), noun.casefold())


def _merge_mentions(mentions: list[Mention], text: str, cues: Cues) -> list[Mention]:
    """One mention per noun phrase: "koreanische Nachrichtenagentur Central News Agency" is KCNA,
    "Korean Central News Agency (KCNA)" one mention; the described name comes first."""
    merged: list[Mention] = []
    for m in mentions:
        if merged:
            prev = merged[-1]
            gap = text[prev.end:m.start]
            prev_text = text[prev.start:prev.end]
            describes = any(prev_text.casefold().endswith(d) for d in cues.descriptors)
            if re.fullmatch(r"\s*\(?\s*", gap) and (prev.source_id == m.source_id or (describes and not gap.strip())):
                end = m.end + (1 if gap.strip() == "(" and text[m.end:m.end + 1] == ")" else 0)
                merged[-1] = Mention(prev.start, end, prev.source_id)
                continue
        merged.append(m)
    return merged


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.end() for m in CLAUSE_BREAK.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:])] or [(0, len(text))]


def _clause_of(clauses: list[tuple[int, int]], position: int) -> int:
    for i, (a, b) in enumerate(clauses):
        if a <= position < b:
            return i
    return len(clauses) - 1


def _finditer(pattern: re.Pattern | None, text: str):
    return pattern.finditer(text) if pattern is not None else ()


def _chains(links: list[_Link], gazetteer: Gazetteer) -> list[tuple[tuple[str, ...], str, str | None, dict[str, str]]]:
    """Nest the links by scope and read off one chain per leaf, outermost (nearest) first."""
    for i, link in enumerate(links):
        if link.fixed_parent:
            if link.parent is None:  # "unter Berufung auf X": the link named just before
                earlier = [j for j, other in enumerate(links) if other.at < link.at and j != i and other.role != "quoted"]
                link.parent = max(earlier, key=lambda j: links[j].at) if earlier else None
            continue
        candidates = [
            j for j, other in enumerate(links)
            if j != i and other.scope and _inside(link.at, other.scope)
            and (not (link.scope and _inside(other.at, link.scope)) or (other.closes and not link.closes)
                 or _covers_its_clause(other, link))
            and not (link.role == "according" and other.role == "verb" and other.clause == link.clause)
            and not (other.fixed_parent and other.parent == i)  # a relay's speaker is its source, not its parent
        ]
        if candidates:
            link.parent = min(candidates, key=lambda j: sum(b - a for a, b in links[j].scope))
    _break_cycles(links)
    for i, link in enumerate(links):
        if link.parent is not None:
            links[link.parent].children.append(i)
    results: dict[tuple[tuple[str, ...], str | None], tuple[str, dict[str, str]]] = {}
    for path in _paths(links):
        chain = [links[i] for i in path]
        speaker = None
        last = chain[-1]
        if len(chain) > 1 and last.role in ("verb", "quoted") and gazetteer.is_person(last.source_id):
            speaker = last.source_id
            chain = chain[:-1]
        ids: list[str] = []
        for link in chain:
            if not ids or ids[-1] != link.source_id:
                ids.append(link.source_id)
        names = {link.source_id: link.name for link in [*chain, last]}
        results.setdefault((tuple(ids), speaker), (chain[0].cue, names))
    return [(ids, cue, speaker, names) for (ids, speaker), (cue, names) in results.items()]


def _covers_its_clause(according: _Link, verb: _Link) -> bool:
    """"Kim erklärte laut KCNA, ...": a "laut X" in the clause of a verb vouches for the speaker."""
    return according.role == "according" and verb.role == "verb" and according.clause == verb.clause


def _inside(position: int, scope: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= position < b for a, b in scope)


def _break_cycles(links: list[_Link]) -> None:
    for link in links:
        seen = set()
        current = link
        while current.parent is not None:
            if current.parent in seen:
                current.parent = None
                break
            seen.add(current.parent)
            current = links[current.parent]


def _paths(links: list[_Link]) -> list[list[int]]:
    paths = []

    def walk(i: int, path: list[int]) -> None:
        children = links[i].children
        if not children:
            paths.append(path)
        for child in children:
            walk(child, path + [child])

    for i, link in enumerate(links):
        if link.parent is None:
            walk(i, [i])
    return paths


def _assertion(masked: str, cue_sets: list[Cues], found: list, links: list[_Link]) -> tuple[str, str | None]:
    def first(attr: str) -> str | None:
        hits = [m for c in cue_sets for m in _finditer(getattr(c, attr), masked)]
        return min(hits, key=lambda m: m.start()).group(0) if hits else None

    if hedge := first("hedges"):
        return "hedged", hedge
    if found:
        return "reported", found[0][1]
    if unnamed := first("unnamed"):
        return "hedged", unnamed
    if verb := first("verbs"):
        return "reported", verb
    if subjunctive := first("subjunctive"):
        return "hedged", subjunctive
    return "asserted", None


# --- the cue file ----------------------------------------------------------------------


@cache
def load_cues() -> dict[str, Cues]:
    """The cues of every language that has a `cues` part (crosscheck/data/languages/<code>/cues.toml)."""
    tables = {language: language_data(language, "cues") for language in known_languages()}
    return {language: compile_cues(language, table) for language, table in tables.items() if table}


def _form(table: dict, key: str) -> re.Pattern | None:
    return re.compile(table[key]) if table.get(key) else None


def _fullmatch(pattern: re.Pattern | None, word: str) -> bool:
    return pattern is not None and pattern.fullmatch(word) is not None


def compile_cues(language: str, table: dict) -> Cues:
    def phrases(key: str, flexible: bool = True) -> re.Pattern | None:
        return _phrase_pattern(table.get(key, []), flexible)

    return Cues(
        language=language,
        according=phrases("according"),
        according_after=phrases("according_after"),
        aside=phrases("aside"),
        citing=phrases("citing"),
        verbs=phrases("verbs", flexible=False),  # lower case: "Berichten zufolge" is no verb
        quoting=phrases("quoting", flexible=False),
        as_=phrases("as"),
        unnamed=phrases("unnamed"),
        hedges=phrases("hedges"),
        subjunctive=phrases("subjunctive", flexible=False),
        descriptors=tuple(d.casefold() for d in [*table.get("descriptors", []), *table.get("roles", [])]),
        roles=tuple(d.casefold() for d in table.get("roles", [])),
        script=_script(" ".join([*table.get("according", []), *table.get("verbs", [])])),
        documents=frozenset(table.get("documents", [])),
        determiners=frozenset(d.casefold() for d in table.get("determiners", [])),
        openers=frozenset(o.casefold() for o in table.get("openers", [])),
        contrasts=frozenset(o.casefold() for o in table.get("contrasts", [])),
        adjectives=frozenset(a.casefold() for a in table.get("adjectives", [])),
        adjective_form=_form(table, "adjective_form"),
        possessive_form=_form(table, "possessive_form"),
        nationality_form=_form(table, "nationality_form"),
        national_adjective=_form(table, "national_adjective"),
        conjunctions=frozenset(w.casefold() for w in table.get("conjunctions", [])),
        connectors=frozenset(table.get("connectors", [])),
        name_particles=frozenset(table.get("name_particles", [])),
        pronouns=frozenset(w.casefold() for w in table.get("pronouns", [])),
        cited_by=phrases("cited_by", flexible=False),
        relays=phrases("relays", flexible=False),
        relay_verbs=frozenset(table.get("relay_verbs", [])),
        standalone=frozenset(w.casefold() for w in table.get("standalone", [])),
        institution_prepositions=frozenset(table.get("institution_prepositions", [])),
        bare_subjects=bool(table.get("bare_subjects", False)),
        prepositions=frozenset(w.casefold() for w in table.get("prepositions", [])),
        groups=tuple(w.casefold() for w in table.get("groups", [])),
        descriptor_stem_cut=int(table.get("descriptor_stem_cut", 0)),
        joint=re.compile(r"\s*(?:" + "|".join(
            [",", "/", *(rf"\b{re.escape(w)}\b" for w in table.get("conjunctions", []))]) + r")\s*"),
        not_sources=frozenset(table.get("not_sources", [])),
        names_before_verbs=bool(table.get("names_before_verbs", False)),
        subject_after_verb=bool(table.get("subject_after_verb", False)),
    )


def _phrase_pattern(phrases: list[str], flexible: bool) -> re.Pattern | None:
    if not phrases:
        return None
    parts = [_phrase_regex(p, flexible) for p in sorted(set(phrases), key=len, reverse=True)]
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")


def _phrase_regex(phrase: str, flexible: bool) -> str:
    gap = rf"(?:\s+[^\s,.;:{MASK}]+){{0,{MAX_GAP_WORDS}}}?\s+"
    pieces = [r"\s+".join(re.escape(w) for w in part.split()) for part in phrase.split("...")]
    pattern = gap.join(p for p in pieces if p)
    first = phrase.strip()[:1]
    if flexible and first.isalpha():
        pattern = f"[{first.lower()}{first.upper()}]" + pattern[len(re.escape(first)):]
    return pattern
