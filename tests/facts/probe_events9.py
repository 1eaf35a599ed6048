"""Probe 1 of helper events9 (issue 10, round 11): invented wire stories, one sentence a paragraph, each with
the events it should give under FACTS.md and the gold conventions (subject, predicate, object, period start,
period end, modality), or an empty list where it must give none (plans without a party acting, rumours,
denials, generic statements, quotes about the future of the market). Written before the extractor was run on
them; every name, company and place is invented. `tests/facts/probe_scoring.py` scores them. Round 27 (events27):
an event that acts on no party now expects its own noun as object, as the readable gold writes it, not None."""

from __future__ import annotations

import datetime as dt

Event = tuple[str, str, str | None, str | None, str | None, str]
Story = tuple[dt.date, list[tuple[str, list[Event]]]]

A = "actual"
T = "target"
F = "forecast"
WED = dt.date(2024, 6, 12)  # a Wednesday: Monday 2024-06-10, Tuesday 2024-06-11
FRI = dt.date(2021, 10, 22)  # a Friday: Thursday 2021-10-21, Monday 2021-10-18

STORIES: list[Story] = [
    (  # successions
        WED,
        [
            (
                "NEW YORK (Reuters) - Marla Quenby, chief executive of regional lender Dunmore Bancorp Inc "
                "( DNB.N ), announced her resignation on Tuesday after a string of loan losses, the bank said.",
                [("Dunmore Bancorp", "resignation", "Marla Quenby", "2024-06-11", "2024-06-11", A)],
            ),
            (
                "Dunmore's board named finance chief Oren Vale as interim chief executive on Tuesday, "
                "the company said in a statement.",
                [
                    (
                        "Dunmore Bancorp",
                        "appointment as interim chief executive",
                        "Oren Vale",
                        "2024-06-11",
                        "2024-06-11",
                        A,
                    )
                ],
            ),
            (
                "Quenby, 61, joined the bank in 1998 and became CEO in 2015.",
                [],
            ),
            (
                "Some investors have called for the resignation of chairman Hugo Tarrant as well.",
                [],
            ),
            (
                "Tarrant said he had no plans to step down.",
                [],
            ),
            (
                "Separately, Grayfield Mining Ltd ( GFM.AX ) said its chairman, Ines Morrow, would retire at the "
                "end of the year and be succeeded by director Paul Okafor.",
                [
                    ("Grayfield Mining", "retirement", "Ines Morrow", "2024-12-31", "2024-12-31", T),
                    ("Grayfield Mining", "appointment", "Paul Okafor", None, None, T),
                ],
            ),
            (
                "Shareholders of Vireo Pharma Inc ousted chief executive Dana Pike at a special meeting on Monday, "
                "ending a months-long fight with activist fund Larch Capital.",
                [("Vireo Pharma", "ouster", "Dana Pike", "2024-06-10", "2024-06-10", A)],
            ),
            (
                "Tollan Motors Corp said on Wednesday that Kenji Arata, head of its truck division, would become "
                "president and chief executive in April, replacing Samuel Reyes, who is retiring.",
                [
                    ("Tollan Motors", "appointment", "Kenji Arata", "2025-04-01", "2025-04-30", T),
                    ("Tollan Motors", "retirement", "Samuel Reyes", None, None, T),
                ],
            ),
            (
                "Brightwater Foods Inc fired its chief financial officer, Lena Holt, last month over "
                "accounting irregularities.",
                [("Brightwater Foods", "dismissal", "Lena Holt", "2024-05-01", "2024-05-31", A)],
            ),
            (
                "Carrow Steel's chairman, Felix Brandt, stepped down on Monday, two weeks after the company "
                "missed a bond payment.",
                [("Carrow Steel", "departure", "Felix Brandt", "2024-06-10", "2024-06-10", A)],
            ),
            (
                "Analysts said a change of leadership at the company was long overdue.",
                [],
            ),
            (
                "Many boards prefer to appoint chief executives from inside the company.",
                [],
            ),
        ],
    ),
    (  # listings and offerings
        WED,
        [
            (
                "Kestrel Payments Inc raised $480 million in its initial public offering on Tuesday, pricing "
                "shares at the top of its range, according to a person familiar with the deal.",
                [
                    (
                        "Kestrel Payments",
                        "initial public offering",
                        "initial public offering",
                        "2024-06-11",
                        "2024-06-11",
                        A,
                    )
                ],
            ),
            (
                "Kestrel shares debuted on the Nasdaq on Wednesday and rose 18 percent in early trade.",
                [("Kestrel Payments", "listing", "Nasdaq", "2024-06-12", "2024-06-12", A)],
            ),
            (
                "Rival Osprey Pay filed for an initial public offering in March but has since postponed it.",
                [("Osprey Pay", "ipo filing", "initial public offering", "2024-03-01", "2024-03-01", A)],
            ),
            (
                "Bankers said more fintech companies could go public later this year if markets stay calm.",
                [],
            ),
            (
                "Norvale Energy plans to list its renewables unit in London next year, the company said.",
                [("Norvale Energy", "listing", "renewables unit", "2025-01-01", "2025-12-31", T)],
            ),
            (
                "Halden Bank launched a 2 billion euro rights issue on Monday to shore up its capital.",
                [("Halden Bank", "launch", "rights issue", "2024-06-10", "2024-06-10", A)],
            ),
            (
                "The company has said it does not intend to sell new shares this year.",
                [],
            ),
        ],
    ),
    (  # bids and offers
        WED,
        [
            (
                "LONDON (Reuters) - Packaging group Ardent Box Plc made a 3.1 billion pound takeover bid for "
                "rival Corrin Containers on Tuesday, seeking to create a European market leader.",
                [("Ardent Box", "takeover bid", "Corrin Containers", "2024-06-11", "2024-06-11", A)],
            ),
            (
                "Corrin's board rejected the offer as too low, saying it undervalued the company's prospects.",
                [("Corrin Containers", "rejection", "offer", None, None, A)],
            ),
            (
                "Ardent first approached Corrin about a combination in April, people familiar with the matter said.",
                [],
            ),
            (
                "Industry sources said a third bidder could emerge.",
                [],
            ),
            (
                "In 2019, Corrin fended off a hostile offer from U.S. rival Pellam Industries.",
                [("Pellam Industries", "hostile offer", "Corrin Containers", "2019-01-01", "2019-12-31", A)],
            ),
            (
                "Ardent said it would not raise its offer.",
                [],
            ),
            (
                "Separately, Tansy Group agreed on Monday to buy software maker Quill Labs for $640 million in cash.",
                [("Tansy Group", "acquisition", "Quill Labs", "2024-06-10", "2024-06-10", A)],
            ),
            (
                "Quill was founded in 2009 by two former university researchers.",
                [],
            ),
            (
                "The deal is expected to close in the third quarter, subject to regulatory approval.",
                [("Tansy Group", "deal completion", "Quill Labs", "2024-07-01", "2024-09-30", T)],
            ),
        ],
    ),
    (  # bankruptcies and collapses
        FRI,
        [
            (
                "Budget carrier Skylark Airways filed for bankruptcy protection on Thursday after failing to "
                "secure new funding, stranding thousands of travellers.",
                [("Skylark Airways", "bankruptcy filing", "bankruptcy", "2021-10-21", "2021-10-21", A)],
            ),
            (
                "The collapse of Skylark on Thursday left 4,000 staff without jobs.",
                [("Skylark Airways", "collapse", "collapse", "2021-10-21", "2021-10-21", A)],
            ),
            (
                "Rival Petrel Air, which went bankrupt in 2019, was bought out of administration by a "
                "consortium of investors.",
                [("Petrel Air", "bankruptcy", "bankruptcy", "2019-01-01", "2019-12-31", A)],
            ),
            (
                "Unions warned that other small airlines could go under this winter.",
                [],
            ),
            (
                "Fuel suppliers said they had no plans to cut off credit to carriers.",
                [],
            ),
            (
                "Bankruptcies among travel firms typically rise after the summer season.",
                [],
            ),
        ],
    ),
    (  # agreements and deals
        FRI,
        [
            (
                "Mobile operator Telvora SA signed a five-year network sharing agreement with rival Cygnet Telecom "
                "on Monday, the companies said.",
                [("Telvora", "network sharing agreement", "Cygnet Telecom", "2021-10-18", "2021-10-18", A)],
            ),
            (
                "Carmaker Vantis AG and battery maker Lumeo Cells reached an agreement on Thursday to build a "
                "cell plant in Hungary.",
                [("Vantis", "agreement", "Lumeo Cells", "2021-10-21", "2021-10-21", A)],
            ),
            (
                "The two companies had discussed a partnership for more than a year, a Vantis spokesman said.",
                [],
            ),
            (
                "Analysts said such partnerships are becoming common as carmakers secure battery supply.",
                [],
            ),
            (
                "Vantis also agreed last month to sell its seat-making unit to Orland Components for "
                "an undisclosed sum.",
                [
                    ("Vantis", "sale", "seat-making unit", "2021-09-01", "2021-09-30", A),
                    ("Orland Components", "acquisition", "seat-making unit", "2021-09-01", "2021-09-30", A),
                ],
            ),
            (
                "Talks over a merger with Corvane Motors broke down in 2020.",
                [],
            ),
        ],
    ),
    (  # probes and investigations
        FRI,
        [
            (
                "WASHINGTON (Reuters) - The Securities and Exchange Commission opened an investigation into "
                "trading firm Halcyon Markets on Thursday over its handling of client orders, two people "
                "familiar with the matter said.",
                [
                    (
                        "Securities and Exchange Commission",
                        "investigation",
                        "Halcyon Markets",
                        "2021-10-21",
                        "2021-10-21",
                        A,
                    )
                ],
            ),
            (
                "European regulators launched a probe into chipmaker Orbis Semi's licensing practices in March.",
                [("European regulators", "probe", "Orbis Semi", "2021-03-01", "2021-03-31", A)],
            ),
            (
                "Halcyon said it was not aware of any investigation and would cooperate with regulators.",
                [],
            ),
            (
                "Lawmakers have urged the agency to look into the wider industry.",
                [],
            ),
            (
                "Prosecutors in Milan charged former Torrin Bank executive Luca Serra with fraud on Monday.",
                [("Milan prosecutors", "charges", "Luca Serra", "2021-10-18", "2021-10-18", A)],
            ),
            (
                "Investigations of this kind can take years to conclude, lawyers said.",
                [],
            ),
            (
                "The bank was fined 40 million euros by the regulator in 2018.",
                [],
            ),
        ],
    ),
    (  # launches, sales, lawsuits
        WED,
        [
            (
                "Handset maker Zento Corp unveiled its first foldable phone, the Zento Flex, at an event in "
                "Seoul on Tuesday.",
                [("Zento", "launch", "Zento Flex", "2024-06-11", "2024-06-11", A)],
            ),
            (
                "The company said it would start selling the Flex in Europe in September.",
                [("Zento", "sale", "Flex", "2024-09-01", "2024-09-30", T)],
            ),
            (
                "Zento sued rival Pardo Electronics in March, accusing it of copying its hinge design.",
                [("Zento", "lawsuit", "Pardo Electronics", "2024-03-01", "2024-03-31", A)],
            ),
            (
                "Pardo denied it had infringed any patents.",
                [],
            ),
            (
                "Smartphone makers usually unveil new models in the autumn.",
                [],
            ),
            (
                "Pardo could launch a rival device before the end of the year, analysts said.",
                [],
            ),
            (
                "Zento acquired camera-module maker Lensor in 2022, a deal that doubled its engineering staff.",
                [("Zento", "acquisition", "Lensor", "2022-01-01", "2022-12-31", A)],
            ),
        ],
    ),
    (  # meetings and government events
        FRI,
        [
            (
                "Finance ministers of the Group of Seven met in Rome on Thursday to discuss a global minimum tax.",
                [
                    (
                        "Group of Seven",
                        "finance ministers meeting",
                        "finance ministers meeting",
                        "2021-10-21",
                        "2021-10-21",
                        A,
                    )
                ],
            ),
            (
                "Loravia's central bank will hold its next policy meeting on Nov. 4.",
                [("Loravia", "policy meeting", "policy meeting", "2021-11-04", "2021-11-04", T)],
            ),
            (
                "The government of Loravia imposed export duties on nickel ore in July.",
                [("Loravia", "export duties", "nickel ore", "2021-07-01", "2021-07-31", A)],
            ),
            (
                "Officials have repeatedly said they may tighten the rules further.",
                [],
            ),
            (
                "Mining companies have warned that duties hurt investment.",
                [],
            ),
        ],
    ),
    (  # background events of other parties in a results story
        WED,
        [
            (
                "Retailer Penwick Stores Plc posted a 12 percent rise in first-quarter profit on Wednesday, helped "
                "by the chain of discount shops it bought from Ralston Group last year.",
                [("Penwick Stores", "acquisition", "chain of discount shops", "2023-01-01", "2023-12-31", A)],
            ),
            (
                "Penwick closed 40 underperforming stores in the quarter.",
                [],
            ),
            (
                "Its larger rival, Hexley, has struggled since a failed merger with a German grocer in 2021.",
                [],
            ),
            (
                '"We will keep looking at acquisitions if the price is right," chief executive Rosa Lind said.',
                [],
            ),
            (
                "Consumer spending in Britain has weakened since the central bank began raising interest rates.",
                [],
            ),
            (
                "Penwick completed the purchase of online grocer Freshcart in January, it said.",
                [("Penwick Stores", "deal completion", "Freshcart", "2024-01-01", "2024-01-31", A)],
            ),
            (
                "It opened its first store in Ireland in March.",
                [],
            ),
            (
                "Shares in Penwick, which listed on the London Stock Exchange in 2011, rose 4 percent.",
                [("Penwick Stores", "listing", "London Stock Exchange", "2011-01-01", "2011-12-31", A)],
            ),
        ],
    ),
    (  # clause-dated events and events said to happen later
        FRI,
        [
            (
                "Orlin Chemicals, which Baxter Holdings acquired in 2017, will be spun off next year.",
                [
                    ("Baxter Holdings", "acquisition", "Orlin Chemicals", "2017-01-01", "2017-12-31", A),
                    ("Baxter Holdings", "spin-off", "Orlin Chemicals", "2022-01-01", "2022-12-31", T),
                ],
            ),
            (
                "Fenmore Capital sold its 20 percent stake in ship owner Talmar Lines on Monday, according to "
                "a filing.",
                [("Fenmore Capital", "stake sale", "Talmar Lines", "2021-10-18", "2021-10-18", A)],
            ),
            (
                "On Thursday, Brisco Oil said it had completed its $2 billion acquisition of shale producer "
                "Hadley Resources.",
                [("Brisco Oil", "deal completion", "Hadley Resources", "2021-10-21", "2021-10-21", A)],
            ),
            (
                "Brisco agreed in May to buy Hadley, its third acquisition in two years.",
                [("Brisco Oil", "acquisition", "Hadley Resources", "2021-05-01", "2021-05-31", A)],
            ),
            (
                "Other producers are expected to follow with deals of their own.",
                [],
            ),
            (
                "A Brisco spokeswoman declined to comment on reports it was weighing a bid for Nolan Gas.",
                [],
            ),
            (
                # Round 35: hiring a named firm as adviser is an event, as the readable gold writes it (recall35)
                "Kelso Rail said on Thursday it had hired Meridian Partners to explore a sale of its freight unit.",
                [("Kelso Rail", "appointment of adviser", "Meridian Partners", "2021-10-21", "2021-10-21", A)],
            ),
        ],
    ),
    (  # more successions, deals and dated events (written with the rest, before any run)
        WED,
        [
            (
                "Oakhurst Insurance Group said on Monday its chief executive, Priya Nand, would leave the company "
                "at the end of September to run a rival.",
                [("Oakhurst Insurance", "departure", "Priya Nand", "2024-09-30", "2024-09-30", T)],
            ),
            (
                "The insurer's board elected Tomas Greer, a former regulator, as chairman on Tuesday.",
                [("Oakhurst Insurance", "election as chairman", "Tomas Greer", "2024-06-11", "2024-06-11", A)],
            ),
            (
                "Greer replaces Walter Amis, who retired in May after 12 years in the post.",
                [("Oakhurst Insurance", "retirement", "Walter Amis", "2024-05-01", "2024-05-31", A)],
            ),
            (
                "Bellmont Media Inc appointed Sara Klein chief operating officer in January.",
                [("Bellmont Media", "appointment", "Sara Klein", "2024-01-01", "2024-01-31", A)],
            ),
            (
                "Bellmont's former chairman, Hal Drury, was forced out by the board last year after a "
                "dispute over strategy.",
                [("Bellmont Media", "ouster", "Hal Drury", "2023-01-01", "2023-12-31", A)],
            ),
            (
                "Riverton Ports Co has hired veteran banker Joel Marsh as chief financial officer, the company "
                "said on Tuesday.",
                [("Riverton Ports", "hire", "Joel Marsh", None, None, A)],
            ),
            (
                "Genmark Foods agreed on Tuesday to acquire organic snack brand Sprout Valley from private "
                "equity firm Calder Partners for $900 million.",
                [
                    ("Genmark Foods", "acquisition", "Sprout Valley", "2024-06-11", "2024-06-11", A),
                    ("Calder Partners", "sale", "Sprout Valley", "2024-06-11", "2024-06-11", A),
                ],
            ),
            (
                "Ulster Cement Plc completed its merger with Dray Aggregates in February.",
                [("Ulster Cement", "merger", "Dray Aggregates", "2024-02-01", "2024-02-29", A)],
            ),
            (
                "In April, Solvik Energy sold its Canadian oil sands assets to Harrow Petroleum for C$1.4 billion.",
                [
                    ("Solvik Energy", "sale", "Canadian oil sands assets", "2024-04-01", "2024-04-30", A),
                    ("Harrow Petroleum", "acquisition", "Canadian oil sands assets", "2024-04-01", "2024-04-30", A),
                ],
            ),
            (
                "Harrow launched a $500 million bond offering on Monday to help pay for the assets.",
                [("Harrow Petroleum", "launch", "bond offering", "2024-06-10", "2024-06-10", A)],
            ),
            (
                "Quarry operator Mendel Stone filed for Chapter 11 bankruptcy protection in Delaware on Monday.",
                [("Mendel Stone", "bankruptcy filing", "bankruptcy", "2024-06-10", "2024-06-10", A)],
            ),
            (
                "Regulators approved Ostrava Telecom's purchase of cable operator Linkway on Tuesday.",
                [
                    ("regulators", "approval", "Ostrava Telecom's purchase of Linkway", "2024-06-11", "2024-06-11", A),
                    ("Ostrava Telecom", "acquisition", "Linkway", None, None, A),
                ],
            ),
            (
                "The U.S. Justice Department sued Carden Health on Monday to block its planned merger "
                "with Vesta Clinics.",
                [("U.S. Justice Department", "lawsuit", "Carden Health", "2024-06-10", "2024-06-10", A)],
            ),
            (
                "Carden said it would fight the lawsuit.",
                [],
            ),
            (
                "Aldwin Retail reopened its flagship store in Boston on Saturday after a fire.",
                [],
            ),
            (
                "Pharmaceutical group Kavar AG recalled 2 million packs of its Nexolin allergy drug in May "
                "after a labelling error.",
                [("Kavar", "recall", "Nexolin", "2024-05-01", "2024-05-31", A)],
            ),
            (
                "Mining firm Tarn Resources listed its shares on the Toronto Stock Exchange in 2016.",
                [("Tarn Resources", "listing", "Toronto Stock Exchange", "2016-01-01", "2016-12-31", A)],
            ),
            (
                "The chief executive of Wexford Bank, Ruth Ames, was dismissed on Monday over her handling of "
                "a data breach.",
                [("Wexford Bank", "dismissal", "Ruth Ames", "2024-06-10", "2024-06-10", A)],
            ),
            (
                "Corvel Airlines' pilots went on strike on Tuesday over pay.",
                [],
            ),
            (
                "Nyland Group's bid for engineering firm Pratt & Rowe, made in March, lapsed on Monday after "
                "it failed to win enough acceptances.",
                [("Nyland Group", "bid", "Pratt & Rowe", "2024-03-01", "2024-03-31", A)],
            ),
        ],
    ),
]
