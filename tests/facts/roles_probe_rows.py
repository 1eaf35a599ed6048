"""Probe 1 of roles of other parties and succession events (round 10): sentences written for it, with
invented names, each set in a short story whose headline and lead name a DIFFERENT main company, so that a
role or event that falls back on the story's company shows. Written before the extractor was run on them.

A row is (main company key, probe sentence, expected facts). An expected fact is
(kind, subject or subjects accepted, predicate, object, period (start, end) or None, modality).
"""

from __future__ import annotations

PUBLISHED = "2024-03-14"  # a Thursday: Monday is 03-11, Tuesday 03-12, Wednesday 03-13

MAINS = {
    "brindle": ("Brindle", "Brindle Corp"),
    "harlow": ("Harlow Foods", "Harlow Foods Inc"),
    "corvane": ("Corvane Systems", "Corvane Systems Ltd"),
    "pellam": ("Pellam Bank", "Pellam Bank Plc"),
    "tamsin": ("Tamsin Motors", "Tamsin Motors Co"),
}

NO = None
FEB = ("2024-02-01", "2024-02-29")
LAST_WEEK = ("2024-03-04", "2024-03-10")
MON, TUE, WED = ("2024-03-11",) * 2, ("2024-03-12",) * 2, ("2024-03-13",) * 2


def role(subject, title, person):
    return ("role", subject, title, person, NO, "actual")


def event(subject, predicate, person, period=NO, modality="actual"):
    return ("event", subject, predicate, person, period, modality)


PROBE1 = [
    # roles at other organizations: possessive, "of X", name before the title, apposition, "its" after its clause
    (
        "brindle",
        "Quillby's chief financial officer, Lisa Moe, declined to comment.",
        [role("Quillby", "chief financial officer", "Lisa Moe")],
    ),
    (
        "brindle",
        "The chief executive of rival Ostrava, Ann Lee, said prices would fall.",
        [role("Ostrava", "chief executive", "Ann Lee")],
    ),
    (
        "harlow",
        "Ann Lee, chief executive of Ostrava Holdings, said the market was crowded.",
        [role(("Ostrava", "Ostrava Holdings"), "chief executive", "Ann Lee")],
    ),
    (
        "corvane",
        "Rival Dunmore's chairman, Peter Sallow, called the offer too low.",
        [role("Dunmore", "chairman", "Peter Sallow")],
    ),
    (
        "pellam",
        "Kestrel chief executive Paul Vane told reporters that demand was steady.",
        [role("Kestrel", "chief executive", "Paul Vane")],
    ),
    (
        "tamsin",
        "Tom Ridley, Vantor Group's head of sales, said orders had picked up.",
        [role(("Vantor Group", "Vantor"), "head of sales", "Tom Ridley")],
    ),
    (
        "brindle",
        "Meanwhile, Norvale Inc said its president, Greta Holm, would travel to Asia next week.",
        [role("Norvale", "president", "Greta Holm")],
    ),
    (
        "harlow",
        "Mara Quist, the finance director at Selwyn Partners, expects further price cuts.",
        [role("Selwyn Partners", "finance director", "Mara Quist")],
    ),
    (
        "corvane",
        "Selwyn's finance chief Mara Quist said costs rose in the fourth quarter.",
        [role("Selwyn", "finance chief", "Mara Quist")],
    ),
    (
        "pellam",
        "According to Joel Brant, chief operating officer at competitor Talbridge, the market shrank.",
        [role("Talbridge", "chief operating officer", "Joel Brant")],
    ),
    (
        "tamsin",
        "Ferrow Labs, whose chief executive Nina Park once worked at Tamsin, declined to comment.",
        [role("Ferrow Labs", "chief executive", "Nina Park")],
    ),
    (
        "brindle",
        "The president of Lindqvist Steel, Hans Moller, said the plant would reopen.",
        [role("Lindqvist Steel", "president", "Hans Moller")],
    ),
    (
        "harlow",
        "Olsen Freight CEO Rita Banner said the company would not bid.",
        [role("Olsen Freight", "ceo", "Rita Banner")],
    ),
    (
        "corvane",
        "Rita Banner, who heads Olsen Freight, said shipping rates were falling.",
        [role("Olsen Freight", "head", "Rita Banner")],
    ),
    (
        "pellam",
        "Ostrava's new chief executive, Ivan Petrov, took over in January.",
        [role("Ostrava", "chief executive", "Ivan Petrov")],
    ),
    (
        "tamsin",
        "In a statement, Marlow Energy chairman Derek Stone said the board backed the plan.",
        [role("Marlow Energy", "chairman", "Derek Stone")],
    ),
    (
        "brindle",
        "Brindle's bid was rejected by Pinecrest Mining, whose chairman, Alan Voss, called it opportunistic.",
        [role("Pinecrest Mining", "chairman", "Alan Voss")],
    ),
    (
        "harlow",
        "Greta Holm, Norvale's president and chief executive, said the deal was fair.",
        [role("Norvale", "president and chief executive", "Greta Holm")],
    ),
    (
        "corvane",
        "Investors also heard from Callum Reid, managing director of Ashgrove Capital, which owns 8 percent "
        "of Corvane.",
        [role("Ashgrove Capital", "managing director", "Callum Reid")],
    ),
    (
        "pellam",
        "Separately, Ostrava said Chief Financial Officer Mark Ellis would present the results.",
        [role("Ostrava", "chief financial officer", "Mark Ellis")],
    ),
    (
        "tamsin",
        "Quillby spokeswoman Jane Orr said the company had no plans to sell.",
        [role("Quillby", "spokeswoman", "Jane Orr")],
    ),
    (
        "brindle",
        "A spokesman for Tarvik Airlines, Omar Said, confirmed the order.",
        [role("Tarvik Airlines", "spokesman", "Omar Said")],
    ),
    (
        "harlow",
        "Fenwick Retail, the largest shareholder, said through its chairman, Victor Lane, that it would vote against.",
        [role("Fenwick Retail", "chairman", "Victor Lane")],
    ),
    (
        "corvane",
        "Hollis Paper's co-founder, Emma Hollis, owns a 12 percent stake.",
        [role("Hollis Paper", "co-founder", "Emma Hollis")],
    ),
    (
        "brindle",
        "Ostrava, which competes with Brindle in Europe, said its chief executive, Ann Lee, would visit Asia.",
        [role("Ostrava", "chief executive", "Ann Lee")],
    ),
    (
        "harlow",
        "Tern Foods reported a loss, and its chairman, Philip Grey, apologised to shareholders.",
        [role("Tern Foods", "chairman", "Philip Grey")],
    ),
    # government and agency officials
    (
        "pellam",
        "German Finance Minister Karl Otto said the tax would not change.",
        [role("Germany", "finance minister", "Karl Otto")],
    ),
    (
        "tamsin",
        "Canada's industry minister, Louise Frechette, said the government would review the takeover.",
        [role("Canada", "industry minister", "Louise Frechette")],
    ),
    (
        "brindle",
        "Tom Reyes, chairman of the Securities and Exchange Commission, noted the agency was looking at the deal.",
        [role("Securities and Exchange Commission", "chairman", "Tom Reyes")],
    ),
    (
        "harlow",
        "Federal Trade Commission Chairwoman Alice Mott said the merger raised concerns.",
        [role("Federal Trade Commission", "chairwoman", "Alice Mott")],
    ),
    (
        "corvane",
        "Bank of England Governor Martin Gale said rates would stay low.",
        [role("Bank of England", "governor", "Martin Gale")],
    ),
    (
        "pellam",
        "U.S. Trade Representative Helen Marsh said talks would resume next month.",
        [role("United States", "trade representative", "Helen Marsh")],
    ),
    (
        "tamsin",
        "Japanese Prime Minister Kenji Sato pledged support for exporters.",
        [role("Japan", "prime minister", "Kenji Sato")],
    ),
    (
        "brindle",
        "The European Commission's competition chief, Ana Lopes, must approve the deal.",
        [role("European Commission", "competition chief", "Ana Lopes")],
    ),
    # analysts, economists and fund managers at brokers
    (
        "harlow",
        "Morland Securities analyst Kate Dunn said the results were weak.",
        [role("Morland Securities", "analyst", "Kate Dunn")],
    ),
    (
        "corvane",
        '"We see more downside," said Raj Menon, an analyst at Fallow & Co.',
        [role(("Fallow & Co", "Fallow"), "analyst", "Raj Menon")],
    ),
    (
        "pellam",
        "Analyst Peter Long of Brightwater Research cut his rating on Pellam.",
        [role("Brightwater Research", "analyst", "Peter Long")],
    ),
    (
        "tamsin",
        "Sandra Kim, chief economist at Westfield Bank, expects the economy to slow.",
        [role("Westfield Bank", "chief economist", "Sandra Kim")],
    ),
    (
        "brindle",
        "Another analyst, Gresham Partners' Luke Ward, said the price was fair.",
        [role("Gresham Partners", "analyst", "Luke Ward")],
    ),
    (
        "harlow",
        "Haldane Capital strategist Omar Reed said investors were cautious.",
        [role("Haldane Capital", "strategist", "Omar Reed")],
    ),
    (
        "corvane",
        "Tessa Grant, a senior analyst with Ridgeway Securities, said margins would recover.",
        [role("Ridgeway Securities", "senior analyst", "Tessa Grant")],
    ),
    (
        "pellam",
        "Portfolio manager Dan Fisk at Oakmont Asset Management said he had sold his Pellam shares.",
        [role("Oakmont Asset Management", "portfolio manager", "Dan Fisk")],
    ),
    # heads of units: of the story's company and of another
    (
        "brindle",
        "Paul Roe, head of Brindle's European unit, said demand there was flat.",
        [role("Brindle", "head of european unit", "Paul Roe")],
    ),
    (
        "harlow",
        "Lena Fry, president of Harlow's snacks division, said volumes rose.",
        [role(("Harlow Foods", "Harlow"), "president of snacks division", "Lena Fry")],
    ),
    (
        "brindle",
        "Gordon Pratt, chief executive of Quillby's insurance arm, said claims were rising.",
        [role("Quillby", "chief executive of insurance arm", "Gordon Pratt")],
    ),
    (
        "corvane",
        "The head of Corvane's Asian operations, Lim Wei, will retire in June.",
        [
            role(("Corvane Systems", "Corvane"), "head of asian operations", "Lim Wei"),
            event(("Corvane Systems", "Corvane"), "retirement", "Lim Wei", ("2024-06-01", "2024-06-30"), "target"),
        ],
    ),
    (
        "pellam",
        "Emily Stone, chief executive of Ostrava Bank's UK arm, said lending had slowed.",
        [role("Ostrava Bank", "chief executive of uk arm", "Emily Stone")],
    ),
    # roles at the story's own company (controls)
    (
        "brindle",
        "Chief Executive Anna Fitch said the company would keep investing.",
        [role("Brindle", "chief executive", "Anna Fitch")],
    ),
    (
        "harlow",
        "Its chief financial officer, Ben Carver, said costs were under control.",
        [role("Harlow Foods", "chief financial officer", "Ben Carver")],
    ),
    (
        "corvane",
        '"We had a strong quarter," said Corvane President Mira Kaye.',
        [role(("Corvane Systems", "Corvane"), "president", "Mira Kaye")],
    ),
    (
        "pellam",
        "Pellam Chairman Howard Leigh told shareholders the dividend was safe.",
        [role(("Pellam Bank", "Pellam"), "chairman", "Howard Leigh")],
    ),
    (
        "tamsin",
        "Jon Ek, Tamsin's head of research, said the new engine was ready.",
        [role(("Tamsin Motors", "Tamsin"), "head of research", "Jon Ek")],
    ),
    # succession events
    (
        "brindle",
        "Quillby Inc ousted its chief executive, Mark Dunn, after losses.",
        [role("Quillby", "chief executive", "Mark Dunn"), event("Quillby", "ouster", "Mark Dunn")],
    ),
    (
        "harlow",
        "Kestrel Ltd said its chief executive officer Paul Vane would step down.",
        [
            role("Kestrel", "chief executive officer", "Paul Vane"),
            event("Kestrel", "departure", "Paul Vane", NO, "target"),
        ],
    ),
    (
        "brindle",
        "Ostrava Holdings appointed Jane Pike chairman on Wednesday.",
        [
            role(("Ostrava", "Ostrava Holdings"), "chairman", "Jane Pike"),
            event(("Ostrava", "Ostrava Holdings"), "appointment as chairman", "Jane Pike", WED),
        ],
    ),
    (
        "corvane",
        "Corvane named Sarah Holt as chief financial officer on Monday.",
        [
            role(("Corvane Systems", "Corvane"), "chief financial officer", "Sarah Holt"),
            event(("Corvane Systems", "Corvane"), "appointment as chief financial officer", "Sarah Holt", MON),
        ],
    ),
    (
        "brindle",
        "Brindle's chief executive, Tom Baird, resigned on Tuesday after a board dispute.",
        [role("Brindle", "chief executive", "Tom Baird"), event("Brindle", "resignation", "Tom Baird", TUE)],
    ),
    (
        "harlow",
        "Rival Tern Foods said on Wednesday that its chairman, Philip Grey, would retire at the end of this year.",
        [
            role("Tern Foods", "chairman", "Philip Grey"),
            event("Tern Foods", "retirement", "Philip Grey", ("2024-12-31", "2024-12-31"), "target"),
        ],
    ),
    (
        "pellam",
        "Haverly Bank's chief financial officer, Susan Tran, resigned last month.",
        [
            role("Haverly Bank", "chief financial officer", "Susan Tran"),
            event("Haverly Bank", "resignation", "Susan Tran", FEB),
        ],
    ),
    (
        "tamsin",
        "Vessel maker Orlan Marine fired its chief executive, Dmitri Volkov, on Monday.",
        [
            role("Orlan Marine", "chief executive", "Dmitri Volkov"),
            event("Orlan Marine", "dismissal", "Dmitri Volkov", MON),
        ],
    ),
    (
        "brindle",
        "Linda Marsh was elected chairman of Quillby at the annual meeting on Tuesday.",
        [role("Quillby", "chairman", "Linda Marsh"), event("Quillby", "election as chairman", "Linda Marsh", TUE)],
    ),
    (
        "harlow",
        "The board of Pinecrest Mining elected Hugo Berg as chief executive, effective April 1.",
        [
            role("Pinecrest Mining", "chief executive", "Hugo Berg"),
            event("Pinecrest Mining", "election as chief executive", "Hugo Berg", ("2024-04-01", "2024-04-01")),
        ],
    ),
    (
        "corvane",
        "Dana Wu will succeed Robert Lamb as chief executive of Talbridge in July.",
        [event("Talbridge", "appointment as chief executive", "Dana Wu", ("2024-07-01", "2024-07-31"), "target")],
    ),
    (
        "pellam",
        "Pellam Bank promoted Greg Hale to chief operating officer last week.",
        [
            role("Pellam Bank", "chief operating officer", "Greg Hale"),
            event("Pellam Bank", "promotion to chief operating officer", "Greg Hale", LAST_WEEK),
        ],
    ),
    (
        "tamsin",
        "Morrow Cars said on Monday that Chief Executive Alan Pike had resigned and would be replaced by "
        "finance chief Joan Lutz.",
        [
            role("Morrow Cars", "chief executive", "Alan Pike"),
            event("Morrow Cars", "resignation", "Alan Pike", MON),
            role("Morrow Cars", "finance chief", "Joan Lutz"),
        ],
    ),
    (
        "brindle",
        "Brindle said its finance chief, Helen Varga, would leave the company in May.",
        [
            role("Brindle", "finance chief", "Helen Varga"),
            event("Brindle", "departure", "Helen Varga", ("2024-05-01", "2024-05-31"), "target"),
        ],
    ),
    (
        "harlow",
        "Harlow Foods hired former Quillby executive Dan Ortiz as head of marketing.",
        [role("Harlow Foods", "head of marketing", "Dan Ortiz"), event("Harlow Foods", "hire", "Dan Ortiz")],
    ),
    (
        "corvane",
        "Ferrow Labs, a Corvane supplier, said founder Ian Birch had stepped down as chief executive.",
        [role("Ferrow Labs", "founder", "Ian Birch"), event("Ferrow Labs", "departure", "Ian Birch")],
    ),
    (
        "pellam",
        "Ostrava Bank's board ousted chairman Raymond Kirk on Tuesday after a bitter proxy fight.",
        [role("Ostrava Bank", "chairman", "Raymond Kirk"), event("Ostrava Bank", "ouster", "Raymond Kirk", TUE)],
    ),
    (
        "tamsin",
        "Tamsin Motors appointed Julia Brandt, a former Ostrava executive, as its new chief executive.",
        [
            role("Tamsin Motors", "chief executive", "Julia Brandt"),
            event("Tamsin Motors", "appointment as chief executive", "Julia Brandt"),
        ],
    ),
    (
        "brindle",
        "Quillby named insider Martin Cole to replace Dunn, effective immediately.",
        [event("Quillby", "appointment", "Martin Cole")],
    ),
    (
        "harlow",
        "Kestrel's chairman, Ruth Abbot, retired in January after 20 years with the company.",
        [
            role("Kestrel", "chairman", "Ruth Abbot"),
            event("Kestrel", "retirement", "Ruth Abbot", ("2024-01-01", "2024-01-31")),
        ],
    ),
    (
        "corvane",
        "Talbridge Chief Executive Robert Lamb quit on Wednesday, the company said.",
        [role("Talbridge", "chief executive", "Robert Lamb"), event("Talbridge", "resignation", "Robert Lamb", WED)],
    ),
    (
        "pellam",
        "Nicole Ferris, the head of Pellam's investment banking unit, left the bank last month.",
        [
            role(("Pellam Bank", "Pellam"), "head of investment banking unit", "Nicole Ferris"),
            event(("Pellam Bank", "Pellam"), "departure", "Nicole Ferris", FEB),
        ],
    ),
    (
        "tamsin",
        "Rival carmaker Vendel said Chief Financial Officer Otto Graf will take over as chief executive in April.",
        [
            role("Vendel", "chief financial officer", "Otto Graf"),
            event("Vendel", "appointment as chief executive", "Otto Graf", ("2024-04-01", "2024-04-30"), "target"),
        ],
    ),
    (
        "brindle",
        "Ann Lee, Ostrava's chief executive since 2019, announced her resignation on Monday.",
        [role("Ostrava", "chief executive", "Ann Lee"), event("Ostrava", "resignation", "Ann Lee", MON)],
    ),
    (
        "harlow",
        "Shareholders of Norvale voted to remove Chairman Greta Holm on Tuesday.",
        [role("Norvale", "chairman", "Greta Holm"), event("Norvale", "ouster", "Greta Holm", TUE)],
    ),
    (
        "corvane",
        "Corvane's co-founder, Eric Lund, is stepping down as chief technology officer at the end of the month.",
        [
            role(("Corvane Systems", "Corvane"), "co-founder", "Eric Lund"),
            event(("Corvane Systems", "Corvane"), "departure", "Eric Lund", ("2024-03-31", "2024-03-31"), "target"),
        ],
    ),
    (
        "pellam",
        "Haverly Bank on Wednesday named Carl Young, head of its retail arm, as chief executive, replacing "
        "Marc Dion, who retired.",
        [
            role("Haverly Bank", "head of retail arm", "Carl Young"),
            event("Haverly Bank", "appointment as chief executive", "Carl Young", WED),
            event("Haverly Bank", "retirement", "Marc Dion"),
        ],
    ),
    (
        "tamsin",
        "Jens Pohl was appointed chief executive of Morrow Cars on Friday.",
        [
            role("Morrow Cars", "chief executive", "Jens Pohl"),
            event("Morrow Cars", "appointment as chief executive", "Jens Pohl", ("2024-03-08", "2024-03-08")),
        ],
    ),
    (
        "brindle",
        "Quillby said Chief Operating Officer Mia Sorensen had been promoted to president.",
        [
            role("Quillby", "chief operating officer", "Mia Sorensen"),
            event("Quillby", "promotion to president", "Mia Sorensen"),
        ],
    ),
    (
        "harlow",
        "Tern Foods, Harlow's main rival, dismissed its finance director, Owen Pratt, last week.",
        [
            role("Tern Foods", "finance director", "Owen Pratt"),
            event("Tern Foods", "dismissal", "Owen Pratt", LAST_WEEK),
        ],
    ),
    (
        "corvane",
        "Former Talbridge chief executive Robert Lamb joined Ferrow Labs as chairman on Tuesday.",
        [
            role("Talbridge", "former chief executive", "Robert Lamb"),
            role("Ferrow Labs", "chairman", "Robert Lamb"),
            event("Ferrow Labs", "appointment as chairman", "Robert Lamb", TUE),
        ],
    ),
    (
        "pellam",
        "The chief executive of Selwyn Partners, Ian Moss, will retire next year, the firm said.",
        [
            role("Selwyn Partners", "chief executive", "Ian Moss"),
            event("Selwyn Partners", "retirement", "Ian Moss", ("2025-01-01", "2025-12-31"), "target"),
        ],
    ),
    (
        "tamsin",
        "Tamsin's chief executive, Lars Berg, was ousted by the board on Sunday.",
        [
            role(("Tamsin Motors", "Tamsin"), "chief executive", "Lars Berg"),
            event(("Tamsin Motors", "Tamsin"), "ouster", "Lars Berg", ("2024-03-10", "2024-03-10")),
        ],
    ),
    (
        "brindle",
        "Brindle said Vice Chairman Roy Adler would succeed Tom Baird as chief executive next month.",
        [
            role("Brindle", "vice chairman", "Roy Adler"),
            event("Brindle", "appointment as chief executive", "Roy Adler", ("2024-04-01", "2024-04-30"), "target"),
        ],
    ),
    (
        "harlow",
        "Marlow Energy's president, Derek Stone, resigned from the company on Monday to join a rival.",
        [role("Marlow Energy", "president", "Derek Stone"), event("Marlow Energy", "resignation", "Derek Stone", MON)],
    ),
    (
        "corvane",
        "Separately, software maker Quenta Corp said it had hired Lucy Hart as chief technology officer.",
        [role("Quenta", "chief technology officer", "Lucy Hart"), event("Quenta", "hire", "Lucy Hart")],
    ),
    (
        "pellam",
        "Pellam Bank said its chairman, Howard Leigh, would retire in June and be succeeded by director Nina Cho.",
        [
            role("Pellam Bank", "chairman", "Howard Leigh"),
            event("Pellam Bank", "retirement", "Howard Leigh", ("2024-06-01", "2024-06-30"), "target"),
            role("Pellam Bank", "director", "Nina Cho"),
        ],
    ),
    (
        "tamsin",
        "Grant Lowe, who was forced out as chief executive of Vendel in 2022, now advises Tamsin.",
        [event("Vendel", "ouster", "Grant Lowe", ("2022-01-01", "2022-12-31"))],
    ),
    (
        "brindle",
        "Quillby Inc's chief executive, Mark Dunn, was fired on Wednesday.",
        [role("Quillby", "chief executive", "Mark Dunn"), event("Quillby", "dismissal", "Mark Dunn", WED)],
    ),
    (
        "harlow",
        "Kestrel Ltd appointed Sophie Klein, previously head of strategy at Tern Foods, as its chief "
        "financial officer.",
        [
            role("Kestrel", "chief financial officer", "Sophie Klein"),
            event("Kestrel", "appointment as chief financial officer", "Sophie Klein"),
        ],
    ),
]


# Probe 2, written after the fixes of probe 1 and before the extractor was run on it: new wordings.
PROBE2 = [
    (
        "brindle",
        "Wexford Mills' chairman, Colin Hart, told reporters the plant would stay open.",
        [role("Wexford Mills", "chairman", "Colin Hart")],
    ),
    (
        "harlow",
        "Dorrance Brewing said its chief financial officer, Maya Lind, would join the board.",
        [role("Dorrance Brewing", "chief financial officer", "Maya Lind")],
    ),
    (
        "corvane",
        "The managing director of Tallis Engineering, Ravi Shah, welcomed the ruling.",
        [role("Tallis Engineering", "managing director", "Ravi Shah")],
    ),
    (
        "pellam",
        "Analysts at Cobham Securities, including senior analyst Zoe Wren, raised their targets.",
        [role("Cobham Securities", "senior analyst", "Zoe Wren")],
    ),
    (
        "tamsin",
        "Kirkwall Motors, whose president, Anders Holt, joined from Ostrava, plans a new plant.",
        [role("Kirkwall Motors", "president", "Anders Holt")],
    ),
    (
        "brindle",
        "Pemberton Logistics finance chief Oscar Diaz said fuel costs had eased.",
        [role("Pemberton Logistics", "finance chief", "Oscar Diaz")],
    ),
    (
        "harlow",
        "Rosa Kemp, the head of investor relations at Ashby Dairies, did not return calls.",
        [role("Ashby Dairies", "head of investor relations", "Rosa Kemp")],
    ),
    (
        "corvane",
        "French Economy Minister Luc Perrin said the state would keep its stake.",
        [role("France", "economy minister", "Luc Perrin")],
    ),
    (
        "pellam",
        "Lorne Capital economist Ida Brook expects two rate cuts this year.",
        [role("Lorne Capital", "economist", "Ida Brook")],
    ),
    (
        "tamsin",
        "Blackmoor Aviation's chief executive, Henrik Sand, resigned on Wednesday, citing health reasons.",
        [
            role("Blackmoor Aviation", "chief executive", "Henrik Sand"),
            event("Blackmoor Aviation", "resignation", "Henrik Sand", WED),
        ],
    ),
    (
        "brindle",
        "Caldwell Steel's president, Irene Fox, will retire in September, the company said.",
        [
            role("Caldwell Steel", "president", "Irene Fox"),
            event("Caldwell Steel", "retirement", "Irene Fox", ("2024-09-01", "2024-09-30"), "target"),
        ],
    ),
    (
        "harlow",
        "Wexford Mills fired its finance director, Gareth Price, on Tuesday over accounting errors.",
        [
            role("Wexford Mills", "finance director", "Gareth Price"),
            event("Wexford Mills", "dismissal", "Gareth Price", TUE),
        ],
    ),
    (
        "corvane",
        "Dorrance Brewing ousted chief executive Stella Marr after a string of profit warnings.",
        [
            role("Dorrance Brewing", "chief executive", "Stella Marr"),
            event("Dorrance Brewing", "ouster", "Stella Marr"),
        ],
    ),
    (
        "pellam",
        "Shareholders of Ashby Dairies elected Tom Fenwick as chairman on Monday.",
        [
            role("Ashby Dairies", "chairman", "Tom Fenwick"),
            event("Ashby Dairies", "election as chairman", "Tom Fenwick", MON),
        ],
    ),
    (
        "tamsin",
        "Ravi Shah was promoted to chief operating officer of Tallis Engineering last month.",
        [
            role("Tallis Engineering", "chief operating officer", "Ravi Shah"),
            event("Tallis Engineering", "promotion to chief operating officer", "Ravi Shah", FEB),
        ],
    ),
    (
        "brindle",
        "Pemberton Logistics said its chairman, Hugh Ross, was stepping down after nine years.",
        [
            role("Pemberton Logistics", "chairman", "Hugh Ross"),
            event("Pemberton Logistics", "departure", "Hugh Ross", NO, "target"),
        ],
    ),
    (
        "harlow",
        "Kirkwall Motors' finance chief, Beth Nolan, quit last week to run a rival.",
        [
            role("Kirkwall Motors", "finance chief", "Beth Nolan"),
            event("Kirkwall Motors", "resignation", "Beth Nolan", LAST_WEEK),
        ],
    ),
    (
        "corvane",
        "Blackmoor Aviation's chairman, Piet Smit, was removed by shareholders on Tuesday.",
        [role("Blackmoor Aviation", "chairman", "Piet Smit"), event("Blackmoor Aviation", "ouster", "Piet Smit", TUE)],
    ),
    (
        "pellam",
        "Lorne Capital said Chief Executive Karen Wolfe would leave at the end of June.",
        [
            role("Lorne Capital", "chief executive", "Karen Wolfe"),
            event("Lorne Capital", "departure", "Karen Wolfe", ("2024-06-30", "2024-06-30"), "target"),
        ],
    ),
    (
        "tamsin",
        "Cobham Securities' head of research, Ned Pryor, was dismissed last month.",
        [
            role("Cobham Securities", "head of research", "Ned Pryor"),
            event("Cobham Securities", "dismissal", "Ned Pryor", FEB),
        ],
    ),
    (
        "brindle",
        "The chairman of Ashby Dairies, Tom Fenwick, said he would retire next year.",
        [role("Ashby Dairies", "chairman", "Tom Fenwick")],
    ),
    (
        "harlow",
        "Caldwell Steel's board sacked chief executive Nigel Barr on Monday.",
        [
            role("Caldwell Steel", "chief executive", "Nigel Barr"),
            event("Caldwell Steel", "dismissal", "Nigel Barr", MON),
        ],
    ),
    (
        "corvane",
        "Stella Marr, Dorrance Brewing's chief executive since 2020, resigned on Tuesday.",
        [
            role("Dorrance Brewing", "chief executive", "Stella Marr"),
            event("Dorrance Brewing", "resignation", "Stella Marr", TUE),
        ],
    ),
    (
        "pellam",
        "Blackmoor Aviation said Chief Operating Officer Lena Voss had been elected chairman.",
        [
            role("Blackmoor Aviation", "chief operating officer", "Lena Voss"),
            event("Blackmoor Aviation", "election as chairman", "Lena Voss"),
        ],
    ),
    (
        "tamsin",
        "Pemberton Logistics' spokeswoman, Carla Gill, declined to comment on the talks.",
        [role("Pemberton Logistics", "spokeswoman", "Carla Gill")],
    ),
    (
        "brindle",
        "Tallis Engineering promoted Ravi Shah to president on Wednesday.",
        [
            role("Tallis Engineering", "president", "Ravi Shah"),
            event("Tallis Engineering", "promotion to president", "Ravi Shah", WED),
        ],
    ),
    (
        "harlow",
        "Dorrance Brewing said its head of sales, Owen Marsh, had left the company.",
        [role("Dorrance Brewing", "head of sales", "Owen Marsh"), event("Dorrance Brewing", "departure", "Owen Marsh")],
    ),
    (
        "corvane",
        "A spokeswoman for Kirkwall Motors, Jill Baker, confirmed the recall.",
        [role("Kirkwall Motors", "spokeswoman", "Jill Baker")],
    ),
    (
        "pellam",
        "Wexford Mills chairman Colin Hart will step down in May, the company said.",
        [
            role("Wexford Mills", "chairman", "Colin Hart"),
            event("Wexford Mills", "departure", "Colin Hart", ("2024-05-01", "2024-05-31"), "target"),
        ],
    ),
    (
        "tamsin",
        "Ashby Dairies' chief executive, Vera Quill, was ousted on Friday.",
        [
            role("Ashby Dairies", "chief executive", "Vera Quill"),
            event("Ashby Dairies", "ouster", "Vera Quill", ("2024-03-08", "2024-03-08")),
        ],
    ),
    (
        "brindle",
        "Its chief operating officer, Mark Soames, will retire at the end of this year.",
        [
            role("Brindle", "chief operating officer", "Mark Soames"),
            event("Brindle", "retirement", "Mark Soames", ("2024-12-31", "2024-12-31"), "target"),
        ],
    ),
    (
        "harlow",
        "Lorne Capital's chief investment officer, Dev Patel, resigned in January.",
        [
            role("Lorne Capital", "chief investment officer", "Dev Patel"),
            event("Lorne Capital", "resignation", "Dev Patel", ("2024-01-01", "2024-01-31")),
        ],
    ),
]
