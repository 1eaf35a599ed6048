"""Probe 1 of round 11 (preds10): invented wire-style stories whose metric and change figures each name
what they measure; each row gives the predicate FACTS.md asks for. Written before the extractor was run on
them; only the head word counts (extractor/eval/predicates.py), so the rows are checked with the scorer's
own predicate_compatible. Rows: (amount, gold predicate); the amount is unique within its story."""

# Each story: (title, text, [(amount, gold predicate), ...]).
PROBE1: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "Harrowgate to buy Pembly Foods",
        "Harrowgate Group agreed on Monday to buy Pembly Foods for $2.3 billion in cash, a deal that "
        "values the snack maker at about 14 times its earnings, the companies said. "
        "Harrowgate will pay $41.50 per share, a premium of 23 percent to Pembly's closing price on Friday.",
        [(2.3e9, "acquisition price"), (14, "price/earnings ratio"), (41.5, "offer price per share"), (23, "premium")],
    ),
    (
        "Castlemere sells cable unit",
        "Castlemere Media Inc said it would sell its cable business to a group of private equity firms in a "
        "transaction valued at 1.8 billion euros ($2.4 billion), including debt. "
        "Proceeds from the sale, expected to close in the third quarter, will be used to pay down debt, "
        "Castlemere said, adding that it expected net proceeds of about 1.5 billion euros.",
        [(1.8e9, "transaction value"), (1.5e9, "net proceeds")],
    ),
    (
        "Vantor Systems IPO",
        "Vantor Systems raised $310 million in its initial public offering on Thursday after pricing "
        "18 million shares at $17 each, above the indicated range of $14 to $16, according to a source "
        "familiar with the deal.",
        [(310e6, "ipo proceeds"), (18e6, "shares"), (17, "ipo price"), (15, "price range")],
    ),
    (
        "Greyfield Capital closes fund",
        "Greyfield Capital, the London-based buyout firm, said it had raised 4.2 billion pounds for its "
        "latest European fund, beating its initial target of 3.5 billion pounds.",
        [(4.2e9, "funds raised"), (3.5e9, "fundraising target")],
    ),
    (
        "Ostrava Motors profit",
        "Ostrava Motors posted a second-quarter net profit of 412 million euros, down from 530 million a "
        "year earlier, as operating income slid 18 percent to 610 million euros. "
        "Earnings before interest and tax came in at 655 million euros, the carmaker said.",
        [
            (412e6, "net profit"),
            (530e6, "net profit"),
            (18, "operating income"),
            (610e6, "operating income"),
            (655e6, "ebit"),
        ],
    ),
    (
        "Lindqvist Bank earnings",
        "Lindqvist Bank AB reported a 9 percent rise in quarterly earnings on Wednesday, helped by higher "
        "lending margins, and said net interest income rose to 7.4 billion crowns. "
        "Pretax profit was 5.1 billion crowns, beating the 4.8 billion expected by analysts in a poll.",
        [(9, "earnings"), (7.4e9, "net interest income"), (5.1e9, "pretax profit"), (4.8e9, "pretax profit")],
    ),
    (
        "Delmont Retail warns",
        "Delmont Retail Corp cut its full-year profit forecast on Tuesday, saying it now expects earnings "
        "of $1.10 to $1.20 per share, down from a previous forecast of $1.45 a share. "
        "Same-store sales, a key measure of retail health, fell 3.2 percent in the quarter.",
        [(1.15, "earnings per share"), (1.45, "earnings per share"), (3.2, "same-store sales")],
    ),
    (
        "Tamsin Airlines outlook",
        "Tamsin Airlines said it was targeting an operating margin of 8 percent by 2015 and aimed to cut "
        "unit costs by 5 percent over the next two years, as fuel costs climbed 22 percent to 3.1 billion "
        "dollars in the first half.",
        [(8, "operating margin"), (5, "unit costs"), (22, "fuel costs"), (3.1e9, "fuel costs")],
    ),
    (
        "Brackley Steel spending",
        "Brackley Steel will spend $650 million on a new rolling mill in Ohio, and the company plans "
        "capital expenditure of around $1.2 billion next year, up from $900 million this year, Chief "
        "Financial Officer Ruth Amsel told analysts on a conference call.",
        [(650e6, "spending on new rolling mill"), (1.2e9, "capital expenditure"), (900e6, "capital expenditure")],
    ),
    (
        "Ardent Pharma research costs",
        "Ardent Pharma's research and development expenses rose 11 percent to $842 million, while selling, "
        "general and administrative costs fell to $1.03 billion, the drugmaker said in a statement.",
        [
            (11, "research and development expenses"),
            (842e6, "research and development expenses"),
            (1.03e9, "selling, general and administrative costs"),
        ],
    ),
    (
        "Kelmark budget deficit",
        "The government of Kelmark expects its budget deficit to narrow to 3.4 percent of gross domestic "
        "product next year from 4.9 percent this year, the finance ministry said, while public debt is seen "
        "peaking at 78 percent of GDP in 2013.",
        [(3.4, "budget deficit"), (4.9, "budget deficit"), (78, "public debt")],
    ),
    (
        "Halloway market share",
        "Halloway Telecom's share of the mobile market slipped to 31 percent at the end of June from "
        "33 percent a year earlier, as rival Quenby gained 1.5 percentage points to hold 27 percent, "
        "data from the regulator showed.",
        [(31, "share of mobile market"), (33, "share of mobile market"), (1.5, "market share"), (27, "market share")],
    ),
    (
        "Sorrell Foods exports",
        "Exports accounted for 42 percent of Sorrell Foods' sales last year, and the company wants that "
        "proportion to reach half by 2014, Chief Executive Karl Eng said in an interview.",
        [(42, "exports share of sales"), (50, "exports share of sales")],
    ),
    (
        "Penwick Insurance buyback",
        "Penwick Insurance Group said it would buy back up to 500 million pounds of its shares over the "
        "next 12 months and raised its dividend by 10 percent to 18.5 pence a share.",
        [(500e6, "share buyback"), (10, "dividend"), (0.185, "dividend per share")],
    ),
    (
        "Morland Energy output goal",
        "Morland Energy aims to lift oil and gas production to 900,000 barrels of oil equivalent per day by "
        "2016, from about 720,000 barrels now, the company said in a presentation to investors in London.",
        [(900000, "oil and gas production"), (720000, "oil and gas production")],
    ),
    (
        "Wexley Chemicals sales target",
        "Wexley Chemicals reaffirmed its goal of 20 billion euros in sales by 2015 and said it expected "
        "core profit to grow by at least 10 percent this year, in line with its medium-term target.",
        [(20e9, "sales"), (10, "core profit")],
    ),
    (
        "Trelawney Mining forecast",
        "Trelawney Mining raised its 2011 copper output forecast to 410,000 tonnes from 385,000 tonnes, "
        "citing a faster-than-expected ramp-up at its Chilean mine.",
        [(410000, "copper output"), (385000, "copper output")],
    ),
    (
        "Cordell Bank job cuts",
        "Cordell Bank will cut 1,400 jobs, or about 6 percent of its workforce, on top of the 2,000 "
        "positions it eliminated last year, a spokeswoman said on Thursday.",
        [(1400, "jobs cut"), (6, "workforce"), (2000, "positions eliminated")],
    ),
    (
        "Ellery Group bonus",
        "Ellery Group's chief executive received shares worth 3.2 million pounds in lieu of a cash bonus, "
        "and his total pay rose 14 percent to 6.9 million pounds, the annual report showed.",
        [(3.2e6, "shares"), (14, "total pay"), (6.9e6, "total pay")],
    ),
    (
        "Rosslyn Homes orders",
        "Rosslyn Homes said net orders rose 17 percent to 2,310 homes in the quarter, while the average "
        "selling price of a home fell 4 percent to $268,000 and its backlog stood at $1.1 billion.",
        [
            (17, "net orders"),
            (2310, "net orders"),
            (4, "average selling price"),
            (268000, "average selling price"),
            (1.1e9, "backlog"),
        ],
    ),
    (
        "Oakhurst housing starts",
        "U.S. housing starts jumped 9.6 percent in May to a seasonally adjusted annual rate of 612,000 "
        "units, the Commerce Department said, while building permits, a gauge of future construction, "
        "edged up 0.4 percent.",
        [(9.6, "housing starts"), (612000, "housing starts"), (0.4, "building permits")],
    ),
    (
        "Vesterbro Shipping fleet",
        "Vesterbro Shipping said it had ordered 12 container vessels worth a combined $1.4 billion from "
        "South Korean yards, lifting the capacity of its fleet by about 8 percent.",
        [(12, "container vessels ordered"), (1.4e9, "container vessels value"), (8, "fleet capacity")],
    ),
    (
        "Glenmoor Software subscribers",
        "Glenmoor Software ended the year with 2.6 million paying subscribers, up 31 percent, and the "
        "average revenue per user, a closely watched measure, rose to $9.40 a month from $8.75.",
        [
            (2.6e6, "paying subscribers"),
            (31, "paying subscribers"),
            (9.4, "average revenue per user"),
            (8.75, "average revenue per user"),
        ],
    ),
    (
        "Bellmore Brewing volumes",
        "Bellmore Brewing's beer volumes fell 2.8 percent in western Europe, offset by a 6 percent rise in "
        "Latin America, and revenue per hectoliter climbed 4.1 percent, the brewer said.",
        [(2.8, "beer volumes"), (6, "beer volumes"), (4.1, "revenue per hectoliter")],
    ),
    (
        "Aldwick Power tariff",
        "Aldwick Power will raise household electricity prices by an average of 7.5 percent from March, "
        "adding about 45 pounds a year to a typical customer's bill, the utility said.",
        [(7.5, "household electricity prices"), (45, "typical customer's bill")],
    ),
    (
        "Strand Holdings stake",
        "Strand Holdings said it had lifted its stake in Merrow Engineering to 29.9 percent, just below the "
        "30 percent level at which it would have to make a full bid, after buying shares worth 85 million "
        "euros on the market.",
        [(29.9, "stake in merrow engineering"), (85e6, "shares bought")],
    ),
    (
        "Pendleford debt",
        "Pendleford Industries' net debt fell to 2.9 billion dollars at the end of March from 3.6 billion "
        "at the end of December, and the ratio of net debt to core earnings eased to 2.1 times.",
        [(2.9e9, "net debt"), (3.6e9, "net debt"), (2.1, "ratio of net debt to core earnings")],
    ),
    (
        "Cashel Foods cost savings",
        "Cashel Foods said its restructuring programme would deliver annual cost savings of 120 million "
        "euros by 2013, at a one-off cost of about 200 million euros, mostly for severance.",
        [(120e6, "annual cost savings"), (200e6, "one-off cost")],
    ),
    (
        "Ravensworth Air traffic",
        "Passenger numbers at Ravensworth Air rose 6.3 percent to 4.1 million in October, and the load "
        "factor, a measure of how well an airline fills its seats, improved by 1.8 points to 81.2 percent.",
        [(6.3, "passenger numbers"), (4.1e6, "passenger numbers"), (1.8, "load factor"), (81.2, "load factor")],
    ),
    (
        "Dunmore Retail stores",
        "Dunmore Retail plans to open 85 new stores in China next year, bringing the total to about 400, "
        "and will invest 2 billion yuan in a distribution network, the company said.",
        [(85, "new stores to open"), (400, "stores"), (2e9, "investment in distribution network")],
    ),
    (
        "Fairhaven Bank capital",
        "Fairhaven Bank's core tier one capital ratio rose to 10.4 percent at the end of the quarter from "
        "9.7 percent, and the lender set aside 620 million dollars for bad loans, less than analysts feared.",
        [
            (10.4, "core tier one capital ratio"),
            (9.7, "core tier one capital ratio"),
            (620e6, "provisions for bad loans"),
        ],
    ),
    (
        "Marlow Group guidance",
        "Marlow Group now expects full-year revenue of between $4.6 billion and $4.8 billion, compared with "
        "its earlier outlook of $5 billion, and analysts on average had expected $4.9 billion, according to "
        "Thomson Reuters I/B/E/S.",
        [(4.7e9, "revenue"), (5e9, "revenue"), (4.9e9, "revenue")],
    ),
    (
        "Quarry Point price target",
        "Analysts at Hesketh Securities raised their price target on Quarry Point Resources to 640 pence "
        "from 580 pence, and the shares rose 2.3 percent to 512 pence by 0900 GMT.",
        [(6.4, "price target"), (5.8, "price target"), (2.3, "share price"), (5.12, "share price")],
    ),
    (
        "Fenwick Telecom spending cut",
        "Fenwick Telecom will reduce capital spending by about 15 percent this year, to roughly 3 billion "
        "euros, as it scales back investment in fixed-line networks, Finance Director Lena Holt said.",
        [(15, "capital spending"), (3e9, "capital spending")],
    ),
    (
        "Kirkby Logistics margin",
        "Kirkby Logistics' gross margin narrowed to 21.5 percent from 23 percent a year ago, hurt by higher "
        "fuel and labour costs, while its adjusted operating margin held steady at 6.8 percent.",
        [(21.5, "gross margin"), (23, "gross margin"), (6.8, "adjusted operating margin")],
    ),
    (
        "Tolland inflation",
        "Consumer prices in Tolland rose 3.9 percent in the year to August, the statistics office said, "
        "above the central bank's target of 2.5 percent, while core inflation, which strips out food and "
        "energy, was 2.7 percent.",
        [(3.9, "consumer prices"), (2.5, "inflation target"), (2.7, "core inflation")],
    ),
    (
        "Ashby Motors sales",
        "Ashby Motors sold 214,000 vehicles in China in the first half, up 19 percent, and the company "
        "expects to sell about 450,000 there this year, its China chief said.",
        [(214000, "vehicles sold"), (19, "vehicles sold"), (450000, "vehicles to sell")],
    ),
    (
        "Corrib Oil reserves",
        "Corrib Oil's proven reserves rose to 1.3 billion barrels at the end of 2010, replacing 140 percent "
        "of the oil and gas it produced during the year.",
        [(1.3e9, "proven reserves"), (140, "reserve replacement")],
    ),
    (
        "Halsey Foods writedown",
        "Halsey Foods took a writedown of $380 million on its frozen-food brands and booked restructuring "
        "charges of $95 million, pushing it to a quarterly loss of $210 million.",
        [(380e6, "writedown"), (95e6, "restructuring charges"), (210e6, "loss")],
    ),
    (
        "Wrenfield tender offer",
        "Wrenfield Partners launched a hostile tender offer of 26 euros per share for Calder Systems, valuing "
        "the software firm at 3.1 billion euros, and said it already owned 12 percent of Calder.",
        [(26, "offer price per share"), (3.1e9, "offer value"), (12, "stake in calder systems")],
    ),
    (
        "Ingleby Bank bonuses",
        "Ingleby Bank cut its bonus pool by 30 percent to 1.4 billion pounds, and the average payout per "
        "employee fell to about 42,000 pounds, according to people familiar with the matter.",
        [(30, "bonus pool"), (1.4e9, "bonus pool"), (42000, "average payout per employee")],
    ),
    (
        "Sedgwick Mills wages",
        "Workers at Sedgwick Mills will receive a pay rise of 4.5 percent this year and a further 3 percent "
        "in 2013 under a deal agreed with the union, which had demanded 7 percent.",
        [(4.5, "pay"), (3, "pay"), (7, "pay rise demanded")],
    ),
    (
        "Thornbury Estates rents",
        "Rental income at Thornbury Estates rose 5.2 percent on a like-for-like basis, and the vacancy rate "
        "across its office portfolio fell to 6.1 percent, the property group said; the value of the "
        "portfolio rose 3 percent to 9.8 billion pounds.",
        [(5.2, "rental income"), (6.1, "vacancy rate"), (3, "portfolio value"), (9.8e9, "portfolio value")],
    ),
]

# Probe 2, written after the rules of this round and before running them on it: new wordings of the same
# constructions (a deal's value, money "worth", fixed phrases, offering proceeds, percent of GDP, cuts and
# savings) among other figures. Rows: (amount, gold predicate).
PROBE2: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "Ostley Pharma agrees sale of generics arm",
        "Ostley Pharma Plc said on Friday it had agreed to sell its generics division to Brunel Capital in a "
        "cash-and-stock transaction valued at roughly 2.1 billion pounds, sending its shares up 6 percent.",
        [(2.1e9, "transaction value"), (6, "share price")],
    ),
    (
        "Carrow Telecom bid",
        "The offer, which values Carrow Telecom at about $8.4 billion including debt, was backed by the "
        "board, and Nessel Group said it expected annual cost savings of $350 million from the combination.",
        [(8.4e9, "offer value"), (350e6, "annual cost savings")],
    ),
    (
        "Halbrook Energy signs supply contracts",
        "Halbrook Energy signed gas supply agreements worth a combined 4.5 billion euros with three utilities, "
        "the company said, adding that the deals would run for 15 years.",
        [(4.5e9, "gas supply agreements value")],
    ),
    (
        "Pinecrest listing",
        "Pinecrest Retail's initial public offering raised 640 million Australian dollars, the largest listing "
        "in Sydney this year, after the shares were priced at A$2.40 apiece.",
        [(640e6, "ipo proceeds"), (2.4, "ipo price")],
    ),
    (
        "Marston Bank rights issue",
        "Marston Bank said the rights issue would raise about 1.8 billion euros to shore up its capital, and "
        "its core capital ratio would rise to 9.5 percent as a result of the cash call.",
        [(1.8e9, "rights issue proceeds"), (9.5, "core capital ratio")],
    ),
    (
        "Wendale Steel restructuring",
        "Wendale Steel aims to cut 600 million dollars in costs over the next three years, on top of the 400 "
        "million dollars it saved last year, Chief Executive Paula Greer told reporters.",
        [(600e6, "cost cuts"), (400e6, "savings")],
    ),
    (
        "Brockley Air savings",
        "Brockley Air expects to save about 90 million pounds a year in fuel costs thanks to its new aircraft, "
        "and it posted a pretax profit of 210 million pounds for the year.",
        [(90e6, "fuel cost savings"), (210e6, "pretax profit")],
    ),
    (
        "Spain budget",
        "Spain's government forecast that the budget deficit would fall to 4.5 percent of gross domestic "
        "product next year from 6.3 percent this year, while public debt would peak at 92 percent of GDP.",
        [(4.5, "budget deficit"), (6.3, "budget deficit"), (92, "public debt")],
    ),
    (
        "Ireland current account",
        "Ireland posted a current account surplus equal to 4.4 percent of economic output in 2012, and exports "
        "of goods rose 2 percent to 86 billion euros, the statistics office said.",
        [(4.4, "current account surplus"), (2, "exports of goods"), (86e9, "exports of goods")],
    ),
    (
        "Hollins Media pay",
        "Hollins Media's chief executive was awarded restricted stock worth $4.2 million in lieu of a cash "
        "bonus, and his salary rose 3 percent to $1.1 million, a regulatory filing showed.",
        [(4.2e6, "restricted stock value"), (3, "salary"), (1.1e6, "salary")],
    ),
    (
        "Carlow Foods quarter",
        "Carlow Foods' quarterly revenue rose 4 percent to $2.3 billion in line with expectations, while "
        "gross margin widened by 60 basis points to 31.4 percent thanks to lower commodity costs.",
        [(4, "revenue"), (2.3e9, "revenue"), (0.6, "gross margin"), (31.4, "gross margin")],
    ),
    (
        "Tarrant Mining output",
        "Tarrant Mining's iron ore shipments climbed 11 percent to 48 million tonnes in the quarter, in spite "
        "of heavy rain in the Pilbara, and the miner kept its full-year target of 190 million tonnes.",
        [(11, "iron ore shipments"), (48e6, "iron ore shipments"), (190e6, "iron ore shipments")],
    ),
    (
        "Gilmore Insurance buys broker",
        "Gilmore Insurance agreed to buy Astley Brokers for $560 million in cash, or $18 a share, and said "
        "the purchase would add to earnings per share in its first full year.",
        [(560e6, "acquisition price"), (18, "acquisition price per share")],
    ),
    (
        "Dorset Water bond",
        "Dorset Water sold 500 million pounds of bonds due 2030 to refinance debt, and the notes were priced "
        "to yield 4.6 percent, a banker said.",
        [(500e6, "bonds sold"), (4.6, "yield")],
    ),
    (
        "Eastfield Brewing volumes",
        "Eastfield Brewing said beer volumes fell 1.2 percent in Europe, while Asian volumes rose 9 percent "
        "on the back of strong demand in China, lifting group revenue to 8.3 billion euros.",
        [(1.2, "beer volumes"), (9, "asian volumes"), (8.3e9, "group revenue")],
    ),
]
