# ruff: noqa: E501 - a table of sentences, one per line where it fits
"""Period probe 4 (periods10, round 11): when a figure carries a period and when none (stock levels, deal sums,
standing facts, background figures), the date of the sentence's own event, "since" and "so far" spans, and the
modality of figures beside a plan or a prediction (a company's outlook is a target, a third party's a forecast,
past results in the same sentence stay actual). Written before the extractor was run on it; invented companies;
wanted fields follow FACTS.md and the sets 1-3 gold conventions."""

from tests.probes.probe_model import ANY, L, Story, W


def day(iso: str) -> tuple[str, str]:
    return (iso, iso)


STORIES = (
    Story(
        "2013-08-07",
        "Corvane Health second-quarter profit rises 11 percent",
        (
            L(
                "(Reuters) - Health insurer Corvane Health Inc said on Wednesday its second-quarter net profit rose 11 percent to $412 million, helped by lower medical costs.",
                W(11, ("2013-04-01", "2013-06-30")),
                W(412e6, ("2013-04-01", "2013-06-30")),
            ),
            L(
                "Membership in Corvane's employer plans rose 4 percent to 2.35 million members from the year before, while enrollment in its individual plans slipped 1.2 percent to 610,000.",
                W(4, ("2013-04-01", "2013-06-30")),
                W(2.35e6, None),
                W(1.2, ("2013-04-01", "2013-06-30")),
                W(610000, None),
            ),
            L(
                "The insurer, which employs about 31,000 people and has a market value of roughly $14 billion, raised its full-year earnings forecast to $6.10 a share.",
                W(31000, None),
                W(14e9, None),
                W(6.10, ("2013-01-01", "2013-12-31"), "target"),
            ),
            L(
                "Analysts had on average looked for $5.95 a share for all of 2013, according to Thomson Reuters I/B/E/S.",
                W(5.95, ("2013-01-01", "2013-12-31"), "forecast"),
            ),
        ),
    ),
    Story(
        "2011-03-15",
        "Larkfield to buy German packaging rival for $1.4 billion",
        (
            L(
                "FRANKFURT (Reuters) - Larkfield Group agreed to buy German packaging maker Holtmann AG for $1.4 billion, the companies said on Tuesday, a 23 percent premium to Holtmann's closing price on Monday.",
                W(1.4e9, ANY),
                W(23, ANY),
            ),
            L(
                "Holtmann, which makes cartons at 14 plants in Germany and Poland, had sales of 820 million euros last year.",
                W(14, None),
                W(820e6, ("2010-01-01", "2010-12-31")),
            ),
            L(
                "Larkfield bought a Dutch label printer for $310 million in January and has spent about $2 billion on acquisitions since 2008.",
                W(310e6, ("2011-01-01", "2011-01-31")),
                W(2e9, ("2008-01-01", "2011-03-15")),
            ),
            L(
                "It expects the deal to add about $90 million to annual operating profit by 2013.",
                W(90e6, ("2011-03-15", "2013-12-31"), "target"),
            ),
            L(
                "Holtmann shares jumped 19.4 percent to 42.10 euros in Frankfurt on Tuesday.",
                W(19.4, day("2011-03-15")),
                W(42.10, day("2011-03-15")),
            ),
        ),
    ),
    Story(
        "2012-10-24",
        "Marlow Air cuts outlook as fuel bill climbs",
        (
            L(
                "LONDON (Reuters) - Marlow Air, which carried 38 million passengers last year, cut its full-year profit forecast on Wednesday to between 150 million and 170 million pounds, blaming higher fuel costs.",
                W(38e6, ("2011-01-01", "2011-12-31")),
                W(160e6, ("2012-01-01", "2012-12-31"), "target"),
            ),
            L(
                "The airline had previously forecast a profit of 210 million pounds for the year, which would have compared with 185 million pounds in 2011.",
                W(210e6, ("2012-01-01", "2012-12-31"), "target"),
                W(185e6, ("2011-01-01", "2011-12-31")),
            ),
            L(
                "Analysts at Pell & Co expect the carrier's fuel bill to rise 14 percent next year, and see its profit falling to 120 million pounds.",
                W(14, ("2013-01-01", "2013-12-31"), "forecast"),
                W(120e6, ("2013-01-01", "2013-12-31"), "forecast"),
            ),
            L(
                "Marlow said it planned to cut 600 jobs, or nearly 7 percent of its 8,500 staff, by the end of 2013.",
                W(600, ("2012-10-24", "2013-12-31"), "target"),
                W(8500, None),
            ),
            L(
                "Its shares, which have lost 22 percent so far this year, fell 6.3 percent to 181 pence.",
                W(22, ("2012-01-01", "2012-10-24")),
                W(6.3, day("2012-10-24")),
                W(1.81, day("2012-10-24")),
            ),
        ),
    ),
    Story(
        "2014-05-02",
        "Banco Ferrante plans capital increase after trading losses",
        (
            L(
                "MILAN (Reuters) - Banco Ferrante plans to raise 1.5 billion euros in a rights issue to bolster its capital after losses of 720 million euros on bond trading in the first quarter.",
                W(1.5e9, None, "target"),
                W(720e6, ("2014-01-01", "2014-03-31")),
            ),
            L(
                "The bank will use part of the proceeds to repay 900 million euros of state aid it received in 2012.",
                W(900e6, ANY, "target"),
            ),
            L(
                "It is also seeking to expand its 2 billion euro credit line by a further 500 million euros, the bank said.",
                W(2e9, None),
                W(500e6, None, "target"),
            ),
            L(
                "Ferrante's core tier one ratio stood at 8.1 percent as of the end of March, below the 9 percent regulators require.",
                W(8.1, None, as_of="2014-03-31"),
            ),
            L(
                "Traders said they had heard talk that a rival could bid 3 euros a share for the lender.",
                W(3, None, "forecast"),
            ),
        ),
    ),
    Story(
        "2010-02-18",
        "Stellis Steel swings to fourth-quarter profit",
        (
            L(
                "(Reuters) - Stellis Steel Corp posted a fourth-quarter net profit of $88 million (41 cents a share), against a loss of $210 million in the year-earlier quarter.",
                W(88e6, ("2009-10-01", "2009-12-31")),
                W(0.41, ("2009-10-01", "2009-12-31")),
                W(210e6, ("2008-10-01", "2008-12-31")),
            ),
            L(
                "Excluding one-time items, it earned 38 cents a share, topping the average analyst forecast of 30 cents.",
                W(0.38, ("2009-10-01", "2009-12-31")),
                W(0.30, ("2009-10-01", "2009-12-31"), "forecast"),
            ),
            L(
                "Shipments rose 27 percent to 3.1 million tons, and the company ran its mills at 71 percent of capacity.",
                W(27, ("2009-10-01", "2009-12-31")),
                W(3.1e6, ("2009-10-01", "2009-12-31")),
            ),
            L(
                "Stellis, the third-largest U.S. steelmaker, said it expects first-quarter shipments to rise about 10 percent from the fourth quarter.",
                W(10, ("2010-01-01", "2010-03-31"), "target"),
            ),
            L(
                "Stellis held $1.2 billion of cash at the end of 2009 and had 9,400 employees.",
                W(1.2e9, None, as_of="2009-12-31"),
                W(9400, None),
            ),
        ),
    ),
    Story(
        "2009-06-11",
        "Wall St ends higher, oil tops $72",
        (
            L(
                "NEW YORK (Reuters) - Stocks rose on Thursday as oil prices climbed above $72 a barrel, and the Dow Jones industrial average closed 31.90 points, or 0.37 percent, higher at 8,770.92.",
                W(31.90, day("2009-06-11")),
                W(0.37, day("2009-06-11")),
                W(8770.92, day("2009-06-11")),
            ),
            L(
                "U.S. crude settled up $1.35, or 1.9 percent, at $72.68 a barrel, its highest close since October.",
                W(1.35, day("2009-06-11")),
                W(1.9, day("2009-06-11")),
                W(72.68, day("2009-06-11")),
            ),
            L(
                "The euro was trading at $1.4105 in the afternoon, up from $1.3990 late on Wednesday.",
                W(1.4105, day("2009-06-11")),
                W(1.3990, day("2009-06-10")),
            ),
            L(
                "The Standard & Poor's 500 index has climbed 40 percent since hitting a 12-year low on March 9.",
                W(40, ("2009-03-09", "2009-06-11")),
            ),
            L(
                "Earlier, the Labor Department said initial claims for state unemployment benefits fell 24,000 to 601,000 last week.",
                W(24000, ("2009-06-01", "2009-06-07")),
                W(601000, ("2009-06-01", "2009-06-07")),
            ),
        ),
    ),
    Story(
        "2015-11-04",
        "Norwell Power to close three coal plants, cut 1,100 jobs",
        (
            L(
                "(Reuters) - Norwell Power Co said on Wednesday it would close three coal-fired plants with a combined capacity of 2,400 megawatts and cut about 1,100 jobs by 2017.",
                W(3, ANY, "target"),
                W(2400, None),
                W(1100, ("2015-11-04", "2017-12-31"), "target"),
            ),
            L(
                "The utility, which serves 2.7 million customers in four states, expects the closures to save $180 million a year.",
                W(2.7e6, None),
                W(4, None),
                W(180e6, ANY, "target"),
            ),
            L(
                "Norwell earned $1.02 per share in its third quarter, up from 94 cents a year earlier.",
                W(1.02, ("2015-07-01", "2015-09-30")),
                W(0.94, ("2014-07-01", "2014-09-30")),
            ),
            L(
                "The company has retired 5,800 megawatts of coal capacity since 2010, it said.",
                W(5800, ("2010-01-01", "2015-11-04")),
            ),
            L(
                "Regulators estimate that the state will need 1,500 megawatts of new generation by 2020.",
                W(1500, ("2015-11-04", "2020-12-31"), "forecast"),
            ),
        ),
    ),
    Story(
        "2008-04-22",
        "Quorra Software Q3 revenue beats forecasts",
        (
            L(
                "SAN FRANCISCO (Reuters) - Quorra Software Inc reported fiscal third-quarter revenue of $612 million on Tuesday, above the $598 million analysts had expected.",
                W(612e6, ANY),
                W(598e6, ANY, "forecast"),
            ),
            L(
                "For the fourth quarter, Quorra forecast revenue of $640 million to $660 million, while analysts, on average, had been looking for $655 million.",
                W(650e6, ANY, "target"),
                W(655e6, ANY, "forecast"),
            ),
            L(
                "The company has repurchased $1.1 billion of its stock to date under a $2 billion buyback program approved in 2006.",
                W(1.1e9, ANY),
                W(2e9, None),
            ),
            L(
                "Quorra, which had 14,200 employees at the end of the quarter, said it hired 600 people during the period.",
                W(14200, None),
                W(600, ANY),
            ),
        ),
    ),
    Story(
        "2012-01-12",
        "Euro zone industrial output falls in November",
        (
            L(
                "BRUSSELS (Reuters) - Industrial production in the 17 countries that share the euro fell 0.1 percent in November from October, the EU's statistics office said on Thursday.",
                W(17, None),
                W(0.1, ("2011-11-01", "2011-11-30")),
            ),
            L(
                "Economists polled by Reuters had expected a 0.4 percent drop.",
                W(0.4, ("2011-11-01", "2011-11-30"), "forecast"),
            ),
            L(
                "Compared with November 2010, output was 0.3 percent lower.",
                W(0.3, ("2011-11-01", "2011-11-30")),
            ),
            L(
                "The European Commission forecasts growth in the bloc of 0.5 percent this year, down from 1.5 percent in 2011.",
                W(0.5, ("2012-01-01", "2012-12-31"), "forecast"),
                W(1.5, ("2011-01-01", "2011-12-31")),
            ),
        ),
    ),
    Story(
        "2016-09-29",
        "Hadley Foods shares slide after outlook cut",
        (
            L(
                "(Reuters) - Shares of Hadley Foods Inc slid up to 12 percent on Thursday after the snack maker cut its annual sales forecast, citing weak demand in its biggest market.",
                W(12, day("2016-09-29")),
            ),
            L(
                "Hadley now expects sales to grow 2 percent to 3 percent in fiscal 2017, which ends in May, compared with an earlier forecast of 4 percent to 5 percent.",
                W(2.5, ("2016-06-01", "2017-05-31"), "target"),
                W(4.5, ("2016-06-01", "2017-05-31"), "target"),
            ),
            L(
                "The company, which sells its crackers in about 40 countries, posted first-quarter sales of $1.04 billion, up 1.8 percent.",
                W(40, None),
                W(1.04e9, ("2016-06-01", "2016-08-31")),
                W(1.8, ("2016-06-01", "2016-08-31")),
            ),
            L(
                "Hadley's stock had risen 15 percent this year before Thursday's drop, valuing the company at about $9.3 billion.",
                W(15, ("2016-01-01", "2016-09-29")),
                W(9.3e9, None),
            ),
        ),
    ),
    Story(
        "2007-07-26",
        "Tarrant Homes orders slump 29 percent",
        (
            L(
                "(Reuters) - Tarrant Homes Inc, the fourth-largest U.S. home builder, said on Thursday net orders in its fiscal third quarter fell 29 percent to 3,850 homes.",
                W(29, ANY),
                W(3850, ANY),
            ),
            L(
                "The company said the cancellation rate reached 38 percent, against 27 percent a year earlier.",
                W(38, ANY),
            ),
            L(
                "Tarrant, which builds in 22 states, ended the quarter with a backlog of 9,100 homes valued at $3.4 billion.",
                W(22, None),
                W(9100, None),
                W(3.4e9, None),
            ),
            L(
                "Analysts at Keller Brothers predict U.S. housing starts will fall to 1.3 million next year.",
                W(1.3e6, ("2008-01-01", "2008-12-31"), "forecast"),
            ),
        ),
    ),
    Story(
        "2013-02-14",
        "Government unveils plan to halve budget gap by 2016",
        (
            L(
                "OTTAWA (Reuters) - The government on Thursday proposed cutting spending by C$12 billion over three years, aiming to shrink the deficit to C$9 billion in the 2015-16 fiscal year from C$26 billion this year.",
                W(12e9, ("2013-02-14", "2016-02-13"), "target"),
                W(9e9, ("2015-04-01", "2016-03-31"), "target"),
                W(26e9, ANY),
            ),
            L(
                "The finance ministry projects economic growth of 1.6 percent in 2013, while the central bank expects growth of 2.0 percent.",
                W(1.6, ("2013-01-01", "2013-12-31"), "target"),
                W(2.0, ("2013-01-01", "2013-12-31"), "forecast"),
            ),
            L(
                "The budget assumes the country's population of 34.9 million will grow by about 1 percent a year.",
                W(34.9e6, None),
            ),
        ),
    ),
    Story(
        "2017-06-20",
        "Vestra Telecom sells tower unit for $2.2 billion",
        (
            L(
                "(Reuters) - Vestra Telecom SA agreed on Tuesday to sell its mobile towers unit, which operates 11,000 sites, to an infrastructure fund for $2.2 billion.",
                W(11000, None),
                W(2.2e9, day("2017-06-20")),
            ),
            L(
                "Vestra bought the towers in 2014 from a rival for $1.5 billion.",
                W(1.5e9, ("2014-01-01", "2014-12-31")),
            ),
            L(
                "It will use the money to cut its net debt, which amounted to 14.6 billion euros at the end of March.",
                W(14.6e9, None, as_of="2017-03-31"),
            ),
            L(
                "Vestra's shares rose 2.4 percent in early trading, taking their gain since January to 17 percent.",
                W(2.4, day("2017-06-20")),
                W(17, ("2017-01-01", "2017-06-20")),
            ),
        ),
    ),
    Story(
        "2009-09-01",
        "Kinsale Motors August sales fall 12 percent",
        (
            L(
                "DETROIT (Reuters) - Kinsale Motors said on Tuesday its U.S. sales fell 12 percent in August to 98,400 vehicles, as the government's cash-for-clunkers program lifted demand less than for rivals.",
                W(12, ("2009-08-01", "2009-08-31")),
                W(98400, ("2009-08-01", "2009-08-31")),
            ),
            L(
                "Kinsale has sold 640,000 vehicles in the United States so far this year, down 31 percent from the same period of 2008.",
                W(640000, ("2009-01-01", "2009-09-01")),
                W(31, ("2009-01-01", "2009-09-01")),
            ),
            L(
                "The automaker, which has 19 percent of the U.S. market, plans to build 210,000 vehicles in North America in the fourth quarter.",
                W(19, None),
                W(210000, ("2009-10-01", "2009-12-31"), "target"),
            ),
            L(
                "Industry analysts expect U.S. sales of about 10 million vehicles for the year.",
                W(10e6, ("2009-01-01", "2009-12-31"), "forecast"),
            ),
        ),
    ),
    Story(
        "2014-10-30",
        "Pelham Oil third-quarter profit drops on weaker crude",
        (
            L(
                "HOUSTON (Reuters) - Pelham Oil Corp's third-quarter profit fell 18 percent to $740 million as crude prices slid, the company said on Thursday.",
                W(18, ("2014-07-01", "2014-09-30")),
                W(740e6, ("2014-07-01", "2014-09-30")),
            ),
            L(
                "Production averaged 412,000 barrels of oil equivalent per day, up 6 percent.",
                W(412000, ("2014-07-01", "2014-09-30")),
                W(6, ("2014-07-01", "2014-09-30")),
            ),
            L(
                "Pelham, which holds proven reserves of 2.9 billion barrels, kept its 2015 capital budget at $6.5 billion.",
                W(2.9e9, None),
                W(6.5e9, ("2015-01-01", "2015-12-31"), "target"),
            ),
            L(
                "Pelham said it still expects to reach output of 500,000 barrels per day by 2017, a goal it set in 2012.",
                W(500000, ("2014-10-30", "2017-12-31"), "target"),
            ),
        ),
    ),
    Story(
        "2011-07-08",
        "U.S. job growth stalls in June",
        (
            L(
                "WASHINGTON (Reuters) - U.S. employers added just 18,000 jobs in June and the unemployment rate rose to 9.2 percent, the Labor Department said on Friday.",
                W(18000, ("2011-06-01", "2011-06-30")),
                W(9.2, ("2011-06-01", "2011-06-30")),
            ),
            L(
                "Economists had expected payrolls to grow by 105,000.",
                W(105000, ("2011-06-01", "2011-06-30"), "forecast"),
            ),
            L(
                "The economy has regained only about 1.8 million of the 8.8 million jobs lost during the recession.",
                W(1.8e6, ANY),
                W(8.8e6, ANY),
            ),
            L(
                "Goldman Sachs now sees the jobless rate at 8.9 percent at the end of 2012.",
                W(8.9, ANY, "forecast"),
            ),
        ),
    ),
    Story(
        "2018-03-06",
        "Auberon Retail to open 60 stores after record year",
        (
            L(
                "PARIS (Reuters) - French clothing chain Auberon Retail said on Tuesday it would open 60 stores this year after its operating profit rose 9 percent to 315 million euros in 2017.",
                W(60, ("2018-01-01", "2018-12-31"), "target"),
                W(9, ("2017-01-01", "2017-12-31")),
                W(315e6, ("2017-01-01", "2017-12-31")),
            ),
            L(
                "The group, which runs 1,240 shops in 31 countries, targets sales of 5 billion euros by 2020, against 3.8 billion euros last year.",
                W(1240, None),
                W(31, None),
                W(5e9, ("2018-03-06", "2020-12-31"), "target"),
                W(3.8e9, ("2017-01-01", "2017-12-31")),
            ),
            L(
                "It proposed a dividend of 1.10 euros a share for 2017.",
                W(1.10, ("2017-01-01", "2017-12-31")),
            ),
            L(
                "Auberon's shares have added 11 percent since January.",
                W(11, ("2018-01-01", "2018-03-06")),
            ),
        ),
    ),
    Story(
        "2010-12-03",
        "Carrow Bank sells $5 billion of shares to repay bailout",
        (
            L(
                "NEW YORK (Reuters) - Carrow Bank Corp sold $5 billion of common stock on Friday to help repay $12 billion in bailout funds it took from the government in 2008.",
                W(5e9, day("2010-12-03")),
                W(12e9, ANY),
            ),
            L(
                "The shares were priced at $11.20 each, about 4 percent below Thursday's close.",
                W(11.20, ANY),
            ),
            L(
                "Carrow, which has $310 billion in assets, said it would repay the rest of the aid by the end of next year.",
                W(310e9, None),
            ),
        ),
    ),
)
