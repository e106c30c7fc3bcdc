package io.codeledger.infra.deid.detect;

import java.util.Set;

/** Context words of the name rules: titles, relations and phrases that announce a name. */
final class NameContext {

    static final Set<String> TITLES =
            Set.of("dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "mister", "madam");

    static final Set<String> RELATIONS = Set.of(
            "son",
            "daughter",
            "dtr",
            "wife",
            "husband",
            "hus",
            "spouse",
            "partner",
            "mother",
            "mom",
            "father",
            "dad",
            "brother",
            "sister",
            "bro",
            "sis",
            "friend",
            "neighbor",
            "neighbour",
            "caregiver",
            "aunt",
            "uncle",
            "niece",
            "nephew",
            "cousin",
            "grandson",
            "granddaughter",
            "grandmother",
            "grandfather",
            "grandma",
            "grandpa",
            "guardian",
            "fiance",
            "fiancee",
            "boyfriend",
            "girlfriend",
            "roommate",
            "stepson",
            "stepdaughter",
            "stepmother",
            "stepfather",
            "sibling",
            "pharmacist",
            "aide",
            "chaplain",
            "interpreter",
            "therapist",
            "physician",
            "surgeon",
            "attending",
            "resident",
            "intern",
            "fellow",
            "nurse",
            "pcp",
            "provider",
            "colleague",
            "proxy",
            "hcp",
            "poa",
            "sitter",
            "companion",
            "pastor",
            "priest",
            "rabbi",
            "sw",
            "clerk",
            "assistant",
            "ordering",
            "anesthesia",
            "referring",
            "patient",
            "pt",
            "name",
            "cc",
            "dear",
            "attn",
            "sincerely",
            "signed",
            "contact",
            "per",
            "called",
            "paged",
            "notified",
            "informed",
            "by",
            "with",
            "to");

    /** Verbs that make "with"/"to" a name trigger: "spoke with", "talked to". */
    static final Set<String> CONVERSE =
            Set.of("spoke", "talked", "discussed", "met", "speak", "talk", "chatted", "consulted", "spoken");

    /** Labels and roles, not kin: after them a common-word first name ("patient Will") is not trusted. */
    static final Set<String> TITLE_LIKE = Set.of(
            "patient",
            "pt",
            "name",
            "attending",
            "resident",
            "intern",
            "fellow",
            "physician",
            "surgeon",
            "provider",
            "ordering",
            "anesthesia",
            "assistant",
            "referring",
            "clerk");

    /** Relation words after which only capitalised or dictionary names are accepted (common words). */
    static final Set<String> WEAK = Set.of("by", "with", "to", "per", "called", "contact", "name", "signed");

    private NameContext() {}
}
