"""Probes of round 12 (subjects11): country subjects. Invented wire stories where a figure belongs to a
country the sentence names only by a nationality ("the Belgian state", "Spanish bond yields"), by its
government or parliament, or where a company, a person or a city must keep its own figure beside a nationality.
PROBE1 was written before the extractor was run on it; PROBE2 after the round's rules, before running them.
Rows: (amount, expected subject); the amount is unique within its story. Company and person names are invented."""

PROBE1: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "Brussels to cut stake in rescued lender",
        "BRUSSELS (Reuters) - The Belgian state's stake in Halloran Bank would fall to 38 percent from 51 percent "
        "under a revised rescue plan, the finance ministry said on Tuesday. A Belgian state guarantee on the bank's "
        "riskiest loans would shrink to 3.2 billion euros, while Halloran said its own core capital ratio rose to "
        "11.4 percent.",
        [(38, "Belgium"), (51, "Belgium"), (3.2e9, "Belgium"), (11.4, "Halloran Bank")],
    ),
    (
        "Norway unveils road spending as oil fund grows",
        "OSLO (Reuters) - The Norwegian government said on Monday it would spend 42 billion crowns on roads and "
        "railways over the next four years, the biggest such programme in a decade. Transport firm Eikvik Logistikk, "
        "which expects to bid for some of the contracts, said its order book stood at 6.8 billion crowns.",
        [(42e9, "Norway"), (6.8e9, "Eikvik Logistikk")],
    ),
    (
        "Portuguese lawmakers back austerity",
        "LISBON (Reuters) - The Portuguese parliament approved on Friday a 5.3 billion euro package of spending cuts "
        "and tax rises demanded by the country's lenders. Opposition leader Rui Falcao said the cuts would push "
        "unemployment, already at 15.7 percent, higher still.",
        [(5.3e9, "Portugal"), (15.7, "Portugal")],
    ),
    (
        "Euro zone bond yields ease",
        "MADRID (Reuters) - Spanish 10-year bond yields fell to 5.82 percent on Wednesday after a well-received "
        "auction, while Italian two-year yields slipped to 3.14 percent. The Treasury sold 4.1 billion euros of "
        "bonds, near the top of its target range, and shares in Corvia Bank, the country's third-largest lender, "
        "rose 2.7 percent.",
        [(5.82, "Spain"), (3.14, "Italy"), (2.7, "Corvia Bank")],
    ),
    (
        "Greek debt talks drag on",
        "ATHENS (Reuters) - Greece needs a 9.5 billion euro loan tranche before the end of June to avoid running out "
        "of cash, officials said. The Greek government expects the economy to shrink 4.2 percent this year, and its "
        "debt to peak at 171 percent of gross domestic product. Athens-based Pyrgos Shipping said its fleet had grown "
        "to 64 vessels.",
        [(9.5e9, "Greece"), (4.2, "Greece"), (171, "Greece"), (64, "Pyrgos Shipping")],
    ),
    (
        "Canada to sell its remaining carmaker shares",
        "OTTAWA (Reuters) - The Canadian government said on Thursday it would sell its remaining 9 percent stake in "
        "carmaker Wexford Motors, worth about C$1.7 billion at Wednesday's close. Wexford shares fell 3.6 percent in "
        "Toronto.",
        [(9, "Canada"), (1.7e9, "Canada"), (3.6, "Wexford Motors")],
    ),
    (
        "Japanese quake losses to hit reinsurers",
        "LONDON (Reuters) - Reinsurer Marlow Re said on Wednesday its losses from the Japanese earthquake would be "
        "about $640 million, part of an industry-wide insured loss of some $28 billion. Marlow's shares fell 5.1 "
        "percent.",
        [(640e6, "Marlow Re"), (5.1, "Marlow Re")],
    ),
    (
        "Irish state to inject more capital into banks",
        "DUBLIN (Reuters) - The Irish state will inject another 7.6 billion euros into its two biggest lenders, "
        "taking its total support for the sector to 64 billion euros, the finance minister told parliament. "
        "Carrick Allied Bank, one of the two, said its loan losses had risen 18 percent in the first half.",
        [(7.6e9, "Ireland"), (64e9, "Ireland"), (18, "Carrick Allied Bank")],
    ),
    (
        "Chinese exports slow, shipping firm warns",
        "HONG KONG (Reuters) - Chinese exports grew just 3.1 percent in October, customs data showed, while imports "
        "rose 6.4 percent. Container line Harbourstar Lines said its volumes on Asia-Europe routes fell 8.8 percent "
        "and that it would cut capacity by 12 percent.",
        [(3.1, "China"), (6.4, "China"), (8.8, "Harbourstar Lines"), (12, "Harbourstar Lines")],
    ),
    (
        "Swedish carmaker's home sales dip",
        "STOCKHOLM (Reuters) - Swedish carmaker Vallby AB said on Monday its sales in Sweden fell 6 percent in "
        "August, while its German sales rose 11 percent. Swedish new car registrations dropped 9.2 percent in the "
        "month, industry data showed.",
        [(6, "Vallby"), (11, "Vallby"), (9.2, "Sweden")],
    ),
    (
        "Dutch state to keep lender stake",
        "AMSTERDAM (Reuters) - The Dutch finance ministry said on Tuesday the state would keep its 100 percent stake "
        "in Oosterveld Bank until at least 2015. The Dutch state has spent 16.8 billion euros rescuing the bank, "
        "which posted a net profit of 410 million euros in the first half.",
        [(100, "Netherlands"), (16.8e9, "Netherlands"), (410e6, "Oosterveld Bank")],
    ),
    (
        "Brazil's central bank holds rates",
        "BRASILIA (Reuters) - Brazil's central bank held its benchmark Selic rate at 7.25 percent on Wednesday, as "
        "expected. Brazilian inflation slowed to 5.5 percent in the 12 months to October, and the Brazilian economy "
        "grew 0.6 percent in the third quarter, the statistics agency said.",
        [(5.5, "Brazil"), (0.6, "Brazil")],
    ),
    (
        "U.S. banks raise capital",
        "NEW YORK (Reuters) - At least 40 U.S. banks have sold stock this year to shore up capital, according to "
        "industry data, as losses on commercial property loans mount. Kestler Financial Corp said on Tuesday it "
        "would raise $350 million in a share sale.",
        [(350e6, "Kestler Financial")],
    ),
    (
        "Mexican state oil firm boosts output",
        "MEXICO CITY (Reuters) - Mexican state oil company Petrolera Azteca said its crude output rose 2.3 percent "
        "in May to 2.56 million barrels per day. The Mexican government relies on the company for about a third of "
        "its revenue.",
        [(2.3, "Petrolera Azteca"), (2.56e6, "Petrolera Azteca")],
    ),
    (
        "Italian state lender to sell bonds",
        "ROME (Reuters) - The Italian government plans to raise 12 billion euros from asset sales next year, Economy "
        "Minister Paolo Serra said, while state lender Cassa Ventura will sell 2.5 billion euros of bonds to fund "
        "the program.",
        [(12e9, "Italy"), (2.5e9, "Cassa Ventura")],
    ),
]

PROBE2: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "Austria to sell stake in rescued bank",
        "VIENNA (Reuters) - The Austrian state will cut its 43 percent stake in Donauwerk Bank to below 25 percent "
        "by 2016, the finance ministry said. Donauwerk, which needed 1.1 billion euros of state aid in 2009, said "
        "its first-quarter profit rose 12 percent.",
        [(43, "Austria"), (25, "Austria"), (12, "Donauwerk Bank")],
    ),
    (
        "Finnish government backs shipyard",
        "HELSINKI (Reuters) - The Finnish government said on Wednesday it would guarantee 350 million euros of loans "
        "to Saaristo Yards so the shipyard can build two cruise ships. Saaristo employs about 1,800 people.",
        [(350e6, "Finland"), (1800, "Saaristo Yards")],
    ),
    (
        "Peripheral bond yields climb",
        "LONDON (Reuters) - Portuguese 10-year bond yields rose to 6.9 percent on Monday and Irish five-year yields "
        "climbed to 5.4 percent as investors fretted about the euro zone, while shares of Kestrel Bank fell 3.3 "
        "percent.",
        [(6.9, "Portugal"), (5.4, "Ireland"), (3.3, "Kestrel Bank")],
    ),
    (
        "Turkey lifts rail spending",
        "ANKARA (Reuters) - Turkey on Tuesday raised its rail investment budget to 14 billion lira, the transport "
        "minister said, as it races to link Istanbul with eastern cities. Builder Ozkan Insaat said it had won "
        "contracts worth 900 million lira.",
        [(14e9, "Turkey"), (900e6, "Ozkan Insaat")],
    ),
    (
        "Greek cabinet approves new cuts",
        "ATHENS (Reuters) - The Greek cabinet approved on Sunday a further 11.5 billion euros of spending cuts for "
        "2013 and 2014. Unions called a 48-hour strike, and shares in Piraeus Trading fell 4.2 percent.",
        [(11.5e9, "Greece"), (4.2, "Piraeus Trading")],
    ),
    (
        "Japan's quake rebuilding bill rises",
        "TOKYO (Reuters) - Japan on Friday raised its estimate of the cost of rebuilding after the quake to 23 "
        "trillion yen. The Japanese government will fund about 10 trillion yen of it with new bonds, and "
        "builder Kitamura Kensetsu said its orders rose 18 percent.",
        [(23e12, "Japan"), (10e12, "Japan"), (18, "Kitamura Kensetsu")],
    ),
    (
        "U.S. to recover bailout money, Treasury says",
        "WASHINGTON (Reuters) - The U.S. government expects to recover all but $25 billion of the money it lent to "
        "banks and carmakers, a Treasury official said. Carmaker Rexford Motors, which got $12 billion, said its "
        "U.S. sales rose 9 percent.",
        [(25e9, "U.S. government"), (9, "Rexford Motors")],
    ),
    (
        "Spanish state holding to sell utility stake",
        "MADRID (Reuters) - The Spanish government plans to raise about 2 billion euros by selling a 20 percent "
        "stake in grid operator Red Iberica, officials said. Red Iberica's net profit rose 7 percent in 2012.",
        [(2e9, "Spain"), (7, "Red Iberica")],
    ),
]
