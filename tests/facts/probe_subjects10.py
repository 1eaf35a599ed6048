"""Probes of round 11 (subjects10): small invented wire stories with several parties (acquirer and target,
rival, unit, listed subsidiary, an industry association's survey, a statistics office, an analyst firm, a
person) where syntax or discourse decides whose figure it is, and rows where the main company must stay.
PROBE1 was written before the extractor was run on it; PROBE2 after the round's rules, before running them.
Rows: (amount, expected subject); the amount is unique within its story."""

PROBE1: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "Arborline to buy Pemberly Tools for $1.3 billion",
        "Arborline Corp agreed on Monday to buy Pemberly Tools Inc for $1.3 billion in cash, the latest in a string "
        "of deals in the hardware sector. Pemberly, which makes drills and saws in Ohio, had sales of $410 million "
        "last year and employs about 2,300 people. Arborline said the deal would add to its earnings in 2013 and that "
        "it expected cost savings of $45 million a year.",
        [(1.3e9, "Arborline"), (410e6, "Pemberly Tools"), (2300, "Pemberly Tools"), (45e6, "Arborline")],
    ),
    (
        "Cresswell Foods profit slips as costs rise",
        "Cresswell Foods Ltd said on Thursday its first-half net profit fell 6 percent to 88 million pounds, hurt by "
        "higher wheat costs. Rival Dunmore Bakeries, which reports next week, is expected to post a 3 percent rise in "
        "profit, according to analysts. Cresswell shares were down 2.4 percent at midday.",
        [(6, "Cresswell Foods"), (88e6, "Cresswell Foods"), (3, "Dunmore Bakeries"), (2.4, "Cresswell Foods")],
    ),
    (
        "Halvard Bank's Polish unit to list shares",
        "Halvard Bank said on Tuesday it would sell a 25 percent stake in Halvard Polska, its Polish subsidiary, in "
        "an initial public offering in Warsaw. Halvard Polska, already the country's fifth-largest lender, posted a "
        "net profit of 1.1 billion zlotys last year, up 14 percent. The parent bank's own profit rose 9 percent to "
        "2.6 billion euros.",
        [(25, "Halvard Bank"), (1.1e9, "Halvard Polska"), (14, "Halvard Polska"), (2.6e9, "Halvard Bank")],
    ),
    (
        "Machine tool orders slump, association says",
        "Orders for German machine tools fell 11 percent in the second quarter from a year earlier, the VDTF "
        "machine tool makers' association said on Wednesday. Domestic orders dropped 15 percent while foreign orders "
        "slipped 8 percent, the association said. Tolberg AG, the sector's biggest company, said separately its own "
        "order intake rose 4 percent.",
        [(11, "Germany"), (15, "Germany"), (8, "Germany"), (4, "Tolberg")],
    ),
    (
        "Vantor Retail sales beat forecasts",
        "Vantor Retail Group said sales at stores open for a year or more rose 4.8 percent in the holiday season, "
        "beating the 3.5 percent rise analysts had expected. Its larger rival Quenby's reported a 1.2 percent gain "
        'last week. "We took market share," Vantor chief executive Alan Price said, adding that online sales had '
        "climbed 31 percent.",
        [(4.8, "Vantor Retail"), (3.5, "Vantor Retail"), (1.2, "Quenby's"), (31, "Vantor Retail")],
    ),
    (
        "Ostrava Steel slashes output",
        "Ostrava Steel will cut crude steel output by 10 percent in the third quarter as demand from carmakers "
        "weakens, the company said. The country's steel production fell 6.5 percent in June, data from the "
        "Statistics Office showed. Ostrava's Slovak unit, Kosany Works, will idle one of its two furnaces, cutting "
        "its output by 400,000 tonnes.",
        [(10, "Ostrava Steel"), (400000, "Ostrava Steel")],
    ),
    (
        "Pellworth Air traffic rises",
        "Pellworth Air said on Friday passenger numbers rose 7 percent in May to 3.2 million. Low-cost rival "
        "Skyhop, which is growing faster, said traffic at its Irish base jumped 22 percent. Pellworth, whose shares "
        "have lost 18 percent this year, also said its load factor rose to 81 percent.",
        [(7, "Pellworth Air"), (3.2e6, "Pellworth Air"), (22, "Skyhop"), (18, "Pellworth Air"), (81, "Pellworth Air")],
    ),
    (
        "Norvale Chemicals quarterly profit beats",
        "Norvale Chemicals Inc posted a quarterly profit of $240 million, or $1.05 a share, up from $198 million a "
        "year ago. Analysts at Brackley Securities had expected 98 cents a share. Brackley, which rates the stock "
        "neutral, raised its price target to $54 from $50.",
        [
            (240e6, "Norvale Chemicals"),
            (1.05, "Norvale Chemicals"),
            (0.98, "Norvale Chemicals"),
            (54, "Norvale Chemicals"),
        ],
    ),
    (
        "Garrick Motors sales in China soar",
        "Garrick Motors said its sales in China rose 38 percent in the first half to 410,000 vehicles. Overall car "
        "sales in China grew 9 percent in the period, according to the China Association of Automobile Makers. "
        "Garrick's joint venture with Zhenfeng Auto, Zhenfeng-Garrick, sold 190,000 cars.",
        [(38, "Garrick Motors"), (410000, "Garrick Motors"), (9, "China"), (190000, "Zhenfeng-Garrick")],
    ),
    (
        "Dorrance Insurance chief's pay falls",
        "Dorrance Insurance said in a filing on Friday that chief executive Helen Marsh received total compensation "
        "of $11.2 million last year, down from $13.6 million. The insurer's net income rose 5 percent to $2.1 billion "
        "in the same period. Marsh owns about 0.4 percent of the company's shares.",
        [(11.2e6, "Helen Marsh"), (13.6e6, "Helen Marsh"), (5, "Dorrance Insurance"), (2.1e9, "Dorrance Insurance")],
    ),
    (
        "Keswick Pharma to cut jobs",
        "Keswick Pharma plans to cut 1,800 jobs, some 6 percent of its staff, to save $300 million a year, "
        "the drugmaker said on Tuesday. Its biotech partner Lumera Bio, which is 30 percent owned by Keswick, said "
        "separately it would raise $120 million in a share sale. Lumera's stock fell 9 percent.",
        [(1800, "Keswick Pharma"), (300e6, "Keswick Pharma"), (120e6, "Lumera Bio"), (9, "Lumera Bio")],
    ),
    (
        "Thornby Bank first-quarter profit",
        "Thornby Bank's first-quarter profit rose 12 percent to 640 million Swiss francs, helped by its wealth "
        "management arm. Wealth management inflows reached 9.5 billion francs. Swiss rival Ellerbach, which reported "
        "on Monday, had inflows of 6.1 billion francs in the same quarter.",
        [(12, "Thornby Bank"), (640e6, "Thornby Bank"), (9.5e9, "Thornby Bank"), (6.1e9, "Ellerbach")],
    ),
    (
        "Consumer confidence drops; Maplin Stores cautious",
        "Maplin Stores said on Wednesday it expected sales to be flat this year after a 3 percent rise in 2011. "
        "Consumer confidence in Britain fell to minus 29 in August, the weakest in a year, a survey by market "
        "research firm Kaltmann showed. Britain's retail sales fell 0.5 percent in July, official figures showed.",
        [(3, "Maplin Stores"), (29, "Britain"), (0.5, "Britain")],
    ),
    (
        "Fennimore Energy wins Brazil field stake",
        "Fennimore Energy said it had agreed to pay $2.2 billion for a 40 percent stake in an offshore field operated "
        "by Brazil's state oil company Petrosol. Petrosol, which produces about 2.1 million barrels a day, said the "
        "field held reserves of 1.5 billion barrels. Fennimore's own output averaged 610,000 barrels a day last year.",
        [(2.2e9, "Fennimore Energy"), (2.1e6, "Petrosol"), (610000, "Fennimore Energy")],
    ),
    (
        "Ashgrove Media bid for Tellis",
        "Ashgrove Media raised its offer for rival broadcaster Tellis Group to 540 pence a share, valuing the target "
        "at 3.1 billion pounds. Tellis, whose advertising revenue fell 7 percent in the first half, said it would "
        "consider the offer. Tellis shares rose 11 percent to 552 pence.",
        [(540, "Ashgrove Media"), (3.1e9, "Tellis"), (7, "Tellis"), (11, "Tellis"), (552, "Tellis")],
    ),
    (
        "Quorran Tech revenue forecast below estimates",
        "Quorran Technologies forecast second-quarter revenue of $1.9 billion to $2.0 billion, below the average "
        "analyst estimate of $2.15 billion. Chipmaker Lindale, a key supplier, said last month its own orders had "
        "fallen 13 percent. Quorran shares fell 5.5 percent in extended trade.",
        [(2.15e9, "Quorran Technologies"), (13, "Lindale"), (5.5, "Quorran Technologies")],
    ),
    (
        "Brumley Brewing volumes slide",
        "Brumley Brewing said beer volumes slid 4 percent in the quarter, while its larger rival Hessel Brewers said "
        'its volumes fell 2 percent. "The market was very weak," said Hessel finance director Jan Vos, who forecast '
        "that industry volumes would drop 3 percent this year. Brumley's operating margin narrowed to 17.5 percent.",
        [(4, "Brumley Brewing"), (2, "Hessel Brewers"), (17.5, "Brumley Brewing")],
    ),
    (
        "Carrow Homes profit jumps",
        "Carrow Homes said on Monday its annual pretax profit jumped 41 percent to 212 million pounds. House prices "
        "in Britain rose 1.8 percent in the year to June, according to the National Housing Society, a mortgage "
        "lender. Carrow, which completed 9,400 homes, said its average selling price rose 5 percent.",
        [(41, "Carrow Homes"), (212e6, "Carrow Homes"), (1.8, "Britain"), (9400, "Carrow Homes"), (5, "Carrow Homes")],
    ),
    (
        "Ebberly Group names new chief",
        "Ebberly Group said on Tuesday that Mark Tanner, head of its packaging division, would succeed chief "
        "executive Ruth Olsen when she retires in May. Olsen, 63, has run the company since 2004, during which time "
        "its market value has tripled to 8 billion euros. The packaging division had sales of 1.4 billion euros last "
        "year.",
        [(8e9, "Ebberly Group"), (1.4e9, "Ebberly Group")],
    ),
    (
        "Lockridge Mining output hit by strike",
        "Lockridge Mining said copper output fell 16 percent in the quarter after a strike at its Chilean mine. "
        "Its majority-owned Peruvian affiliate Minera Tambo, which is listed in Lima, said its own output rose 6 "
        "percent. Copper prices have fallen 12 percent this year, the company noted.",
        [(16, "Lockridge Mining"), (6, "Minera Tambo"), (12, "copper")],
    ),
    (
        "Solvane bank warns on loan losses",
        "Solvane Bank warned that loan losses would rise to about 900 million euros this year. Bad loans across "
        "the Italian banking system rose to 8.3 percent of total lending in March, the Bank of Italy said. Solvane's "
        "bad loan ratio was 6.9 percent, below the sector average.",
        [(900e6, "Solvane Bank"), (8.3, "Italy"), (6.9, "Solvane Bank")],
    ),
    (
        "Marrick Foods sees margin growth",
        "Marrick Foods expects its operating margin to widen to 14 percent by 2015, chief financial officer Dana "
        "Lowe told analysts on a conference call. The company's margin was 11.6 percent last year. By contrast, "
        "Swiss peer Gelmont targets a margin of 16 percent.",
        [(14, "Marrick Foods"), (11.6, "Marrick Foods"), (16, "Gelmont")],
    ),
    (
        "Tressel Telecom to sell towers",
        "Tressel Telecom will sell 7,000 mobile phone towers to infrastructure fund Harwick Partners for $2.4 "
        "billion, the company said. Harwick, which manages about $30 billion, will lease the towers back to Tressel "
        "for 15 years. Tressel has net debt of about $19 billion.",
        [(7000, "Tressel Telecom"), (2.4e9, "Tressel Telecom"), (30e9, "Harwick Partners"), (19e9, "Tressel Telecom")],
    ),
    (
        "Jardell Apparel profit falls; union says",
        "Jardell Apparel posted a 22 percent drop in quarterly profit to $51 million. The textile workers' union "
        "said 2,500 of its members at Jardell plants would strike next week. Jardell's sales fell 3 percent to $780 "
        "million.",
        [(22, "Jardell Apparel"), (51e6, "Jardell Apparel"), (3, "Jardell Apparel"), (780e6, "Jardell Apparel")],
    ),
    (
        "Ellison Power sees demand growth",
        "Ellison Power said electricity demand in its region would grow 2 percent a year through 2020. The utility's "
        "profit rose 8 percent to $615 million, helped by a rate increase approved by state regulators. Rival "
        "Calder Energy, which serves the northern half of the state, earned $410 million.",
        [(8, "Ellison Power"), (615e6, "Ellison Power"), (410e6, "Calder Energy")],
    ),
    (
        "Fairholm Group's Indian arm results",
        "Fairholm India, the listed Indian subsidiary of Fairholm Group, said quarterly net profit rose 19 percent "
        "to 4.2 billion rupees. The parent company owns 51 percent of Fairholm India. Fairholm Group's shares in "
        "London rose 1.1 percent.",
        [(19, "Fairholm India"), (4.2e9, "Fairholm India"), (51, "Fairholm Group"), (1.1, "Fairholm Group")],
    ),
    (
        "Orlen Logistics profit",
        "Orlen Logistics, the freight group, said profit before tax rose 10 percent to 96 million euros. Chief "
        "executive Pieter Daal said in an interview that the company aimed to double revenue to 4 billion euros by "
        "2016. Daal, who bought 50,000 shares last month, said ...",
        [(10, "Orlen Logistics"), (96e6, "Orlen Logistics"), (4e9, "Orlen Logistics")],
    ),
    (
        "Wexcombe Hotels occupancy",
        "Wexcombe Hotels said occupancy at its hotels rose to 78 percent in the quarter. Hotel occupancy in Paris "
        "averaged 71 percent, according to industry tracker Strand Hospitality Data. Wexcombe's revenue per "
        "available room climbed 6.5 percent to 142 euros.",
        [(78, "Wexcombe Hotels"), (6.5, "Wexcombe Hotels"), (142, "Wexcombe Hotels")],
    ),
]

# Written after the round's rules and before running them (new wordings, new stories).
PROBE2: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "Wendover Paper quarterly results",
        "Wendover Paper posted a third-quarter operating margin of 9.1 percent, compared with 11.4 percent for "
        "Scandinavian peer Holmgard Paper. Analysts at Rydell Partners had forecast a margin of 8.7 percent. "
        "Wendover shares rose 2.3 percent.",
        [(9.1, "Wendover Paper"), (11.4, "Holmgard Paper"), (8.7, "Wendover Paper"), (2.3, "Wendover Paper")],
    ),
    (
        "Fenlow Energy sells stake",
        "Fenlow Energy said it would sell its 35 percent stake in a pipeline to Castell Infrastructure for $640 "
        "million. Castell, whose funds manage about $12 billion, said its returns averaged 9 percent a year. "
        "Fenlow will use the money to cut its debt of $3.8 billion.",
        [
            (640e6, "Fenlow Energy"),
            (12e9, "Castell Infrastructure"),
            (9, "Castell Infrastructure"),
            (3.8e9, "Fenlow Energy"),
        ],
    ),
    (
        "Garland Motors China venture",
        "Garland Motors said sales rose 6 percent in the quarter. Garland China, its listed Chinese arm, said "
        "deliveries climbed 21 percent to 88,000 vehicles. Garland Motors Group owns 60 percent of the Chinese "
        "company.",
        [(6, "Garland Motors"), (21, "Garland China"), (88000, "Garland China"), (60, "Garland Motors")],
    ),
    (
        "Ashby Retail sales",
        "Ashby Retail said like-for-like sales rose 1.9 percent in the 10 weeks to January 7. Its main rival "
        "Pemberton Stores said its comparable sales fell 0.8 percent. Retail sales in Britain rose 0.6 percent "
        "in December, official data showed.",
        [(1.9, "Ashby Retail"), (0.8, "Pemberton Stores"), (0.6, "Britain")],
    ),
    (
        "Marchetti Brewers volumes",
        "Marchetti Brewers said beer volumes fell 3 percent, against a 5 percent decline for the Italian market "
        "as a whole. Economists at Venturi Bank expect consumer confidence in Italy to stay weak. Marchetti's "
        "net profit rose 4 percent to 212 million euros.",
        [(3, "Marchetti Brewers"), (5, "Italy"), (4, "Marchetti Brewers"), (212e6, "Marchetti Brewers")],
    ),
    (
        "Oakhurst Homes completions",
        "Oakhurst Homes said it completed 5,200 homes in the year, up 8 percent. Rival Brackwell Homes, which "
        "reports next month, completed 4,100 homes in its last financial year. House prices in Britain rose 2.4 "
        "percent, a property website said.",
        [(5200, "Oakhurst Homes"), (8, "Oakhurst Homes"), (4100, "Brackwell Homes"), (2.4, "Britain")],
    ),
    (
        "Sorensen Shipping profit",
        "Sorensen Shipping said on Thursday net profit fell 18 percent to $142 million. Its smaller rival Kaas "
        "Line, which operates 40 vessels, said its profit fell 26 percent, while Sorensen said its own freight "
        "rates had dropped 12 percent.",
        [(18, "Sorensen Shipping"), (142e6, "Sorensen Shipping"), (26, "Kaas Line"), (12, "Sorensen Shipping")],
    ),
    (
        "Dalby Pharma outlook",
        "Dalby Pharma forecast 2013 revenue of $5.2 billion, short of the $5.5 billion analysts had expected. "
        "Strategists from Corran Securities said rival Emsworth Labs would earn $1.10 a share. Dalby, whose "
        "shares fell 7 percent, said its cost cuts would save $250 million.",
        [
            (5.2e9, "Dalby Pharma"),
            (5.5e9, "Dalby Pharma"),
            (1.10, "Emsworth Labs"),
            (7, "Dalby Pharma"),
            (250e6, "Dalby Pharma"),
        ],
    ),
    (
        "Jobless claims edge up",
        "WASHINGTON (Reuters) - The number of Americans filing new claims for jobless benefits rose by 6,000 last "
        "week, the Labor Department said. The four-week moving average of claims rose 1,500 to 348,250. Growth in "
        "nonfarm payrolls slowed to 96,000 in August.",
        [(6000, "United States"), (348250, "United States"), (96000, "United States")],
    ),
]
