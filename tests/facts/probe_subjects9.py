"""Probe 1 of round 10 (subjects9): small invented stories whose main company differs from the party
of some figures, each figure with the subject FACTS.md gives it. Written before the extractor was run on
them; the score today is the honest unseen score of the subject rules. Rows: (amount, subject)."""

# Each story: (title, text, [(amount, expected subject), ...]); the amount is unique within its story.
PROBE1: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "Brindle Foods profit rises",
        "Brindle Foods said on Tuesday its quarterly profit rose 12 percent. "
        "Kestrel Ltd, which makes tools, posted net income of $40 million, while its rival Dunmore Corp "
        "reported a loss of $3 million.",
        [(12, "Brindle Foods"), (40e6, "Kestrel"), (3e6, "Dunmore")],
    ),
    (
        "Brindle Foods sees higher sales",
        "Brindle Foods expects sales to grow 6 percent this year. "
        "Quillby's chief executive, Mark Dunn, said the company expected revenue of $9 billion next year. "
        "Quillby, a rival grocer, also said it would open 40 stores.",
        [(6, "Brindle Foods"), (9e9, "Quillby"), (40, "Quillby")],
    ),
    (
        "Tarnwell Mining output climbs",
        "Tarnwell Mining said copper output climbed 8 percent in the first quarter. "
        "Rival Fennick Resources said its output fell 4 percent, and the company cut its forecast to "
        "300,000 tonnes.",
        [(8, "Tarnwell Mining"), (4, "Fennick Resources"), (300000, "Fennick Resources")],
    ),
    (
        "Ombrelle Motors quarterly earnings",
        "Ombrelle Motors reported a first-quarter net profit of $510 million on Wednesday. "
        "Larch Industries, its biggest competitor, said last week that its profit fell to $220 million. "
        "The firm blamed weak demand in Europe, where its sales slid 14 percent.",
        [(510e6, "Ombrelle Motors"), (220e6, "Larch Industries"), (14, "Larch Industries")],
    ),
    (
        "Halden Bank earnings beat",
        "Halden Bank posted net income of $1.2 billion for the quarter. "
        "By comparison, Wexford Capital earned $800 million and Saxby Financial earned $650 million. "
        "Halden's shares rose 3 percent.",
        [(1.2e9, "Halden Bank"), (800e6, "Wexford Capital"), (650e6, "Saxby Financial"), (3, "Halden Bank")],
    ),
    (
        "Pellinor Systems revenue jumps",
        "Pellinor Systems said revenue jumped 18 percent to $2.4 billion. "
        "Hollis Chemicals, a customer, said on Monday it would spend $300 million on new plants. "
        "The group also plans to cut 1,200 jobs.",
        [(18, "Pellinor Systems"), (300e6, "Hollis Chemicals"), (1200, "Hollis Chemicals")],
    ),
    (
        "Varrick Steel results",
        "Varrick Steel reported a 9 percent rise in quarterly sales. "
        "Its Gantry Alloys unit posted operating profit of $75 million. "
        "Varrick's Brazilian subsidiary lost $12 million.",
        [(9, "Varrick Steel"), (75e6, "Varrick Steel"), (12e6, "Varrick Steel")],
    ),
    (
        "Corvane Airlines traffic",
        "Corvane Airlines said passenger traffic rose 5.5 percent in March. "
        "Germany's economy grew 0.4 percent in the fourth quarter, official data showed. "
        "Unemployment in Spain rose to 23.6 percent.",
        [(5.5, "Corvane Airlines"), (0.4, "Germany"), (23.6, "Spain")],
    ),
    (
        "Marsden Retail sales",
        "Marsden Retail said same-store sales rose 2.1 percent in February. "
        "The Thornby consumer confidence index fell to 61.3 from 64.0 in January. "
        "Marsden shares gained 1.8 percent.",
        [(2.1, "Marsden Retail"), (61.3, "Thornby consumer confidence index"), (1.8, "Marsden Retail")],
    ),
    (
        "Elsworth Pharma pays chief",
        "Elsworth Pharma said its revenue rose 7 percent last year. "
        "Chief executive Paula Grange received total compensation of $8.4 million in 2011, the company said in a "
        "filing. Her salary was $1.1 million.",
        [(7, "Elsworth Pharma"), (8.4e6, "Paula Grange"), (1.1e6, "Paula Grange")],
    ),
    (
        "Gantry Telecom subscribers",
        "Gantry Telecom added 310,000 subscribers in the quarter. "
        "Trevane Mobile, the market leader, added 450,000 customers. "
        "It now has 21 million subscribers.",
        [(310000, "Gantry Telecom"), (450000, "Trevane Mobile"), (21e6, "Trevane Mobile")],
    ),
    (
        "Brindle Foods to buy Saxby",
        "Brindle Foods agreed to buy Saxby Brands for $1.5 billion. "
        "Saxby, which makes snacks, had sales of $600 million last year. "
        "Brindle expects the deal to add 4 cents a share to earnings.",
        [(1.5e9, "Brindle Foods"), (600e6, "Saxby Brands"), (0.04, "Brindle Foods")],
    ),
    (
        "Ombrelle Motors sales fall",
        "Ombrelle Motors said its U.S. sales fell 6 percent in May. "
        "Sales at Larch Industries rose 11 percent, and Dunmore Motors posted a 3.5 percent gain. "
        "Ombrelle's market share slipped to 9.2 percent.",
        [(6, "Ombrelle Motors"), (11, "Larch Industries"), (3.5, "Dunmore Motors"), (9.2, "Ombrelle Motors")],
    ),
    (
        "Halden Bank cuts jobs",
        "Halden Bank will cut 2,000 jobs, it said on Thursday. "
        "The move follows a similar step by Wexford Capital, which said in January it would eliminate 3,500 "
        "positions. The bank employs 45,000 people.",
        [(2000, "Halden Bank"), (3500, "Wexford Capital"), (45000, "Halden Bank")],
    ),
    (
        "Tarnwell Mining bid",
        "Tarnwell Mining raised its offer for Osgood Metals to $4.1 billion. "
        "Osgood, whose shares rose 6 percent, said the new bid undervalued the company. "
        "Osgood reported net income of $210 million last year.",
        [(4.1e9, "Tarnwell Mining"), (6, "Osgood Metals"), (210e6, "Osgood Metals")],
    ),
    (
        "Pellinor Systems outlook",
        "Pellinor Systems forecast full-year revenue of $10 billion. "
        "Analysts at Wexford Capital expect Pellinor to earn $1.20 per share. "
        "Pellinor's rival Fennick Corp forecast revenue of $7 billion.",
        [(10e9, "Pellinor Systems"), (1.20, "Pellinor Systems"), (7e9, "Fennick")],  # the headline's name (names26)
    ),
    (
        "Marsden Retail posts loss",
        "Marsden Retail posted a net loss of $45 million. "
        "Meanwhile Kestrel Stores said its profit rose 20 percent to $130 million, helped by strong holiday sales. "
        "The retailer also raised its dividend by 10 percent.",
        [(45e6, "Marsden Retail"), (20, "Kestrel Stores"), (130e6, "Kestrel Stores"), (10, "Kestrel Stores")],
    ),
    (
        "Corvane Airlines fuel costs",
        "Corvane Airlines said fuel costs rose 15 percent. "
        "Oil prices climbed to $105 a barrel on Monday. "
        "Corvane's net income fell 30 percent.",
        [(15, "Corvane Airlines"), (30, "Corvane Airlines")],
    ),
    (
        "Elsworth Pharma drug sales",
        "Elsworth Pharma said sales of its heart drug rose 25 percent. "
        "Hollis Labs, whose rival drug competes with it, said sales of that drug fell 8 percent. "
        "Hollis shares dropped 4.5 percent.",
        [(25, "Elsworth Pharma"), (8, "Hollis Labs"), (4.5, "Hollis Labs")],
    ),
    (
        "Gantry Telecom revenue",
        "Gantry Telecom's revenue rose 4 percent to $3.3 billion. "
        "Trevane Mobile said its revenue rose 6 percent to $5.1 billion. "
        "Gantry kept its forecast of $13 billion in revenue for the year.",
        [(3.3e9, "Gantry Telecom"), (5.1e9, "Trevane Mobile"), (13e9, "Gantry Telecom")],
    ),
    (
        "Brindle Foods in Brazil",
        "Brindle Foods said it would invest $200 million in Brazil. "
        "Brazil's economy is expected to grow 3.5 percent this year. "
        "Retail sales in Brazil rose 6.2 percent in 2011.",
        [(200e6, "Brindle Foods"), (3.5, "Brazil"), (6.2, "Brazil")],
    ),
    (
        "Varrick Steel prices",
        "Varrick Steel said it would raise prices by 5 percent. "
        "Larch Steel, the largest producer, raised prices by 7 percent last month. "
        "Larch's output rose 2 percent.",
        [(5, "Varrick Steel"), (7, "Larch Steel"), (2, "Larch Steel")],
    ),
    (
        "Ombrelle Motors executive departs",
        "Ombrelle Motors said sales rose 3 percent. "
        "Kestrel Ltd said its chief executive would step down after its profit fell 40 percent. "
        "Ombrelle employs 80,000 people.",
        [(3, "Ombrelle Motors"), (40, "Kestrel"), (80000, "Ombrelle Motors")],
    ),
    (
        "Halden Bank stake",
        "Halden Bank said it would buy a 20 percent stake in Saxby Insurance. "
        "Saxby earned $90 million in the first half. "
        "Halden's own profit rose 5 percent.",
        [(20, "Halden Bank"), (90e6, "Saxby Insurance"), (5, "Halden Bank")],
    ),
    (
        "Pellinor Systems versus rivals",
        "Pellinor Systems shares trade at 14 times earnings. "
        "Rivals Fennick and Dunmore trade at 18 and 21 times earnings, respectively. "
        "Pellinor said revenue would rise 10 percent.",
        [(14, "Pellinor Systems"), (18, "Fennick"), (21, "Dunmore"), (10, "Pellinor Systems")],
    ),
    (
        "Marsden Retail store closures",
        "Marsden Retail will close 60 stores this year. "
        "Its department store chain, Trilby's, will close 15 of them. "
        "Quillby Stores, which competes with Marsden, said it would open 25 stores.",
        [(60, "Marsden Retail"), (15, "Marsden Retail"), (25, "Quillby Stores")],
    ),
    (
        "Corvane Airlines union",
        "Corvane Airlines said it lost $80 million in the quarter. "
        "The pilots' union, which represents 6,000 pilots, rejected the offer. "
        "Corvane had offered a 3 percent raise.",
        [(80e6, "Corvane Airlines"), (3, "Corvane Airlines")],
    ),
    (
        "Elsworth Pharma sale of unit",
        "Elsworth Pharma agreed to sell its animal health unit to Fennick Group for $900 million. "
        "Fennick said the deal would add $150 million to its annual sales. "
        "The unit had revenue of $310 million last year.",
        [(900e6, "Elsworth Pharma"), (150e6, "Fennick"), (310e6, "Elsworth Pharma")],
    ),
    (
        "Gantry Telecom market",
        "Gantry Telecom holds 28 percent of the market. "
        "Trevane Mobile holds 35 percent, and Dunmore Wireless 19 percent. "
        "Gantry's profit rose 2 percent.",
        [(28, "Gantry Telecom"), (35, "Trevane Mobile"), (2, "Gantry Telecom")],
    ),
    (
        "Brindle Foods shares",
        "Shares of Brindle Foods rose 4 percent on Friday. "
        "The Halden 200 index rose 0.7 percent. "
        "Shares of rival Quillby fell 1.2 percent.",
        [(4, "Brindle Foods"), (0.7, "Halden 200"), (1.2, "Quillby")],
    ),
    (
        "Tarnwell Mining profit",
        "Tarnwell Mining said net profit rose 16 percent to $2.2 billion. "
        "The company, which competes with Fennick Resources, said costs rose 9 percent. "
        "Fennick is due to report results next week; analysts expect a profit of $1.4 billion.",
        [(2.2e9, "Tarnwell Mining"), (9, "Tarnwell Mining"), (1.4e9, "Fennick Resources")],
    ),
    (
        "Ombrelle Motors in China",
        "Ombrelle Motors sold 410,000 cars in China last year. "
        "China's car market grew 5 percent, according to an industry group. "
        "Larch Industries sold 380,000 cars there.",
        [(410000, "Ombrelle Motors"), (5, "China"), (380000, "Larch Industries")],
    ),
    (
        "Halden Bank chief pay",
        "Halden Bank said profit rose 11 percent. "
        "Its chief executive, Tom Reed, was paid $6.5 million last year, up from $5 million. "
        "Wexford Capital's chief received $9 million.",
        [(11, "Halden Bank"), (6.5e6, "Tom Reed"), (9e6, "Wexford Capital")],
    ),
    (
        "Pellinor Systems supplier",
        "Pellinor Systems said revenue rose 8 percent. "
        "Supplier Hollis Components said its orders from Pellinor rose 30 percent. "
        "Hollis expects sales of $500 million this year.",
        [(8, "Pellinor Systems"), (30, "Hollis Components"), (500e6, "Hollis Components")],
    ),
    (
        "Varrick Steel earnings",
        "Varrick Steel posted a loss of $60 million. "
        "Varrick, which buys iron ore from Tarnwell Mining, said costs rose 12 percent. "
        "Varrick said it expected a profit of $20 million next quarter.",
        [(60e6, "Varrick Steel"), (12, "Varrick Steel"), (20e6, "Varrick Steel")],
    ),
    (
        "Marsden Retail rival results",
        "Marsden Retail reports results next week. "
        "Kestrel Stores, its largest rival, said on Tuesday that quarterly profit fell 18 percent. "
        "The chain said revenue slipped 3 percent to $4.2 billion.",
        [(18, "Kestrel Stores"), (3, "Kestrel Stores"), (4.2e9, "Kestrel Stores")],
    ),
]

# Probe 2, written after the rules of probe 1 and before running them on it: new stories and wordings.
PROBE2: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "Ashcombe Brewing volumes slip",
        "Ashcombe Brewing said beer volumes slipped 2 percent in the half. "
        "Larkmoor Breweries, the country's second-largest brewer, said on Wednesday that the company's "
        "volumes rose 5 percent. The brewer also lifted its dividend to 30 cents.",
        [(2, "Ashcombe Brewing"), (5, "Larkmoor Breweries"), (0.30, "Larkmoor Breweries")],
    ),
    (
        "Ashcombe Brewing margin",
        "Ashcombe Brewing's operating margin widened to 18 percent. "
        "Ashcombe, which competes with Larkmoor Breweries, said the company would spend $250 million on plants. "
        "Ashcombe's chief financial officer, Lena Voss, said the firm expected sales of $4 billion.",
        [(18, "Ashcombe Brewing"), (250e6, "Ashcombe Brewing"), (4e9, "Ashcombe Brewing")],  # the headline's name
    ),
    (
        "Delvin Airways traffic",
        "Delvin Airways carried 2.3 million passengers in April. "
        "Its main rival, Skellig Air, carried 3.1 million passengers. "
        "The airline said its load factor rose to 81 percent.",
        [(2.3e6, "Delvin Airways"), (3.1e6, "Skellig Air"), (81, "Skellig Air")],
    ),
    (
        "Delvin Airways to cut flights",
        "Delvin Airways will cut 120 flights a week. "
        "Norlund Aviation Group said in March it would cut 15 percent of its capacity, and the group also "
        "plans to shed 900 jobs. Delvin's shares fell 2.2 percent.",
        [
            (120, "Delvin Airways"),
            (15, "Norlund Aviation Group"),
            (900, "Norlund Aviation Group"),
            (2.2, "Delvin Airways"),
        ],
    ),
    (
        "Fenwick Semiconductor sales",
        "Fenwick Semiconductor said sales rose 14 percent. "
        "Chip sales worldwide grew 9 percent in the quarter, according to an industry group. "
        "Japan's industrial output fell 1.5 percent in March.",
        [(14, "Fenwick Semiconductor"), (1.5, "Japan")],
    ),
    (
        "Fenwick Semiconductor results",
        "Fenwick Semiconductor posted net income of $330 million. "
        "Archer Micro, whose chips compete with Fenwick's, said its net income fell 22 percent. "
        "Archer said it expects revenue of $1.1 billion in the current quarter.",
        [(330e6, "Fenwick Semiconductor"), (22, "Archer Micro"), (1.1e9, "Archer Micro")],
    ),
    (
        "Glenmore Insurance payout",
        "Glenmore Insurance raised its annual payout by 6 percent. "
        "The insurer's chief executive, Petra Lind, was paid $4.9 million last year. "
        "Glenmore's net premiums rose 8 percent.",
        [(6, "Glenmore Insurance"), (4.9e6, "Petra Lind"), (8, "Glenmore Insurance")],
    ),
    (
        "Glenmore Insurance claims",
        "Glenmore Insurance expects storm claims of $200 million. "
        "Rival Marlow Re put its own claims at $350 million, and the reinsurer said its capital stayed strong. "
        "Glenmore said its combined ratio would rise to 104 percent.",
        [(200e6, "Glenmore Insurance"), (350e6, "Marlow Re"), (104, "Glenmore Insurance")],
    ),
    (
        "Hartwell Foods quarter",
        "Hartwell Foods reported a 4 percent fall in quarterly sales. "
        "Pinecrest Foods Inc, a smaller rival, reported on Thursday that sales rose 7 percent. "
        "It said operating profit was $61 million.",
        [(4, "Hartwell Foods"), (7, "Pinecrest Foods"), (61e6, "Pinecrest Foods")],
    ),
    (
        "Hartwell Foods in Mexico",
        "Hartwell Foods will build a plant in Mexico for $140 million. "
        "Inflation in Mexico eased to 3.9 percent in June. "
        "Hartwell said the plant would employ 600 people.",
        [(140e6, "Hartwell Foods"), (3.9, "Mexico"), (600, "Hartwell Foods")],
    ),
    (
        "Istra Energy output",
        "Istra Energy said output rose 3 percent. "
        "Its Kelda Gas unit produced 40,000 barrels a day. "
        "Moorcroft Oil Corp, in which Istra holds a stake, said its profit rose 12 percent.",
        [(3, "Istra Energy"), (40000, "Istra Energy"), (12, "Moorcroft Oil")],
    ),
]
