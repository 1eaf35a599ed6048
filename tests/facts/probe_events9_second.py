"""Probe 2 of helper events9 (issue 10, round 11): written after the changes of this round (stated bids and
investigations, clause dates, weighed event nouns, scheduled departures) and before running them, in new
wordings; invented names. Same format as `probe_events9.py`."""

from __future__ import annotations

import datetime as dt

from tests.facts.probe_events9 import A, Story, T

THU = dt.date(2023, 2, 16)  # a Thursday: Monday 2023-02-13, Tuesday 2023-02-14, Wednesday 2023-02-15

STORIES: list[Story] = [
    (
        THU,
        [
            (
                "SYDNEY (Reuters) - Miner Kelby Resources Ltd said on Wednesday it had rejected a A$2.4 billion "
                "takeover offer from rival Durrant Metals Ltd, saying the bid undervalued its copper assets.",
                [("Durrant Metals", "takeover offer", "Kelby Resources", None, None, A)],
            ),
            (
                "Durrant lodged a second bid for Kelby on Tuesday, sweetened with a cash component, a source said.",
                [("Durrant Metals", "bid", "Kelby Resources", "2023-02-14", "2023-02-14", A)],
            ),
            (
                "Analysts said a counterbid from a Chinese group could not be ruled out.",
                [],
            ),
            (
                "Kelby's chief executive, Martin Royce, is due to retire in June, the company said last year.",
                [("Kelby Resources", "retirement", "Martin Royce", "2023-06-01", "2023-06-30", T)],
            ),
            (
                "The company has hired investment bank Ferris & Co to study a sale of its nickel division.",
                [],
            ),
            (
                "Durrant agreed in December to buy gold producer Wattle Mining for A$600 million.",
                [("Durrant Metals", "acquisition", "Wattle Mining", "2022-12-01", "2022-12-31", A)],
            ),
            (
                "Mining takeovers have picked up as metal prices recovered.",
                [],
            ),
        ],
    ),
    (
        THU,
        [
            (
                "BRUSSELS (Reuters) - The European Commission opened an in-depth investigation into "
                "Hallstrom Telecom's purchase of cable operator Vireon on Monday.",
                [
                    ("European Commission", "investigation", "Hallstrom Telecom", "2023-02-13", "2023-02-13", A),
                    ("Hallstrom Telecom", "acquisition", "Vireon", None, None, A),
                ],
            ),
            (
                "Hallstrom agreed last month to buy Vireon for 3.2 billion euros.",
                [("Hallstrom Telecom", "acquisition", "Vireon", "2023-01-01", "2023-01-31", A)],
            ),
            (
                "Regulators said they were concerned the deal could raise prices for consumers.",
                [],
            ),
            (
                "The Commission could block the purchase or demand concessions, lawyers said.",
                [],
            ),
            (
                "In 2020, Hallstrom launched a 1 billion euro bond offering to refinance its debt.",
                [],
            ),
            (
                "Hallstrom's finance chief, Greta Lind, is set to step down at the end of March.",
                [("Hallstrom Telecom", "departure", "Greta Lind", "2023-03-31", "2023-03-31", T)],
            ),
        ],
    ),
    (
        THU,
        [
            (
                "Drugmaker Orsino Pharma Inc said on Tuesday it would buy biotech firm Quellon Bio for "
                "$1.1 billion in cash to add a cancer drug to its pipeline.",
                [("Orsino Pharma", "acquisition", "Quellon Bio", None, None, A)],
            ),
            (
                "Orsino unveiled the deal at a healthcare conference in San Francisco on Tuesday.",
                [],
            ),
            (
                "Quellon had been exploring a sale for several months, people familiar with the matter said.",
                [],
            ),
            (
                "Orsino sold its generic drugs unit to Bratton Health in 2021.",
                [
                    ("Orsino Pharma", "sale", "generic drugs unit", "2021-01-01", "2021-12-31", A),
                    ("Bratton Health", "acquisition", "generic drugs unit", "2021-01-01", "2021-12-31", A),
                ],
            ),
            (
                "The U.S. Federal Trade Commission launched a probe into Bratton Health last year over its pricing.",
                [("Federal Trade Commission", "probe", "Bratton Health", "2022-01-01", "2022-12-31", A)],
            ),
            (
                "Bratton said it had received no subpoena and was not under investigation.",
                [],
            ),
            (
                "Drug companies often face investigations over pricing, analysts said.",
                [],
            ),
        ],
    ),
    (
        THU,
        [
            (
                "Retailer Amberly Stores Plc fended off a 900 million pound bid from private equity firm "
                "Cask Capital in 2019.",
                [("Cask Capital", "bid", "Amberly Stores", "2019-01-01", "2019-12-31", A)],
            ),
            (
                "Amberly named former grocery executive Paul Nunez as chief executive on Monday.",
                [("Amberly Stores", "appointment", "Paul Nunez", "2023-02-13", "2023-02-13", A)],
            ),
            (
                "Nunez replaces Carla Webb, who announced her resignation in November.",
                [("Amberly Stores", "resignation", "Carla Webb", "2022-11-01", "2022-11-30", A)],
            ),
            (
                "Shareholders have urged the board to consider a sale of the company.",
                [],
            ),
            (
                "Amberly is weighing the closure of 30 stores, a spokesman said.",
                [],
            ),
            (
                "The chain opened its first store in Leeds in 1962.",
                [],
            ),
            (
                "Amberly's chairman, Ian Felt, is slated to leave the board in May.",
                [("Amberly Stores", "departure", "Ian Felt", "2023-05-01", "2023-05-31", T)],
            ),
        ],
    ),
    (
        THU,
        [
            (
                "Shipping group Norrland Line AB agreed on Wednesday to sell its ferry business to Baltic "
                "Crossings for 2 billion crowns.",
                [
                    ("Norrland Line", "sale", "ferry business", "2023-02-15", "2023-02-15", A),
                    ("Baltic Crossings", "acquisition", "ferry business", "2023-02-15", "2023-02-15", A),
                ],
            ),
            (
                "Norrland said on Wednesday it had agreed to the sale after a strategic review.",
                [],
            ),
            (
                "Sweden's competition authority opened an investigation into Baltic Crossings on Thursday.",
                [
                    (
                        "Sweden's competition authority",
                        "investigation",
                        "Baltic Crossings",
                        "2023-02-16",
                        "2023-02-16",
                        A,
                    )
                ],
            ),
            (
                "Ferry operators could face more scrutiny as routes consolidate, experts said.",
                [],
            ),
        ],
    ),
]
