# ruff: noqa: E501 - a table of sentences, one per line where it fits
"""Period probe 1 (periods9, round 10): written before the extractor was run on it. Invented companies and
places; the wanted period/modality/as_of follow FACTS.md "Annotation conventions"."""

from tests.probes.probe_model import L, Story, W

Q = {1: ("01-01", "03-31"), 2: ("04-01", "06-30"), 3: ("07-01", "09-30"), 4: ("10-01", "12-31")}


def q(year: int, n: int) -> tuple[str, str]:
    return (f"{year}-{Q[n][0]}", f"{year}-{Q[n][1]}")


def y(year: int) -> tuple[str, str]:
    return (f"{year}-01-01", f"{year}-12-31")


def day(iso: str) -> tuple[str, str]:
    return (iso, iso)


STORIES = (
    Story(
        "2013-07-24",
        "Carlow Instruments second-quarter profit rises 12 pct",
        (
            L(
                "BOSTON (Reuters) - Carlow Instruments Inc said on Wednesday its second-quarter profit rose 12 percent as "
                "demand for its lab equipment picked up in Asia.",
                W(12, q(2013, 2)),
            ),
            L(
                "Net income rose to $84.2 million, or 61 cents a share, from $75.1 million, or 54 cents a share, a year "
                "earlier.",
                W(84.2e6, q(2013, 2)),
                W(0.61, q(2013, 2)),
                W(75.1e6, q(2012, 2)),
                W(0.54, q(2012, 2)),
            ),
            L(
                "Revenue in the three months to June 30 climbed 8 percent to $1.03 billion.",
                W(8, q(2013, 2)),
                W(1.03e9, q(2013, 2)),
            ),
            L(
                "Analysts on average had expected a profit of 58 cents a share and revenue of $1.01 billion, according to "
                "a Kestrel Research survey.",
                W(0.58, q(2013, 2), "forecast"),
                W(1.01e9, q(2013, 2), "forecast"),
            ),
            L(
                "For the full year, Carlow now expects revenue of $4.1 billion to $4.2 billion.",
                W(4.15e9, y(2013), "target"),
            ),
            L("The company employed 9,800 people at the end of June.", W(9800, None, as_of="2013-06-30")),
            L(
                "Carlow shares rose 3.1 percent to $46.20 in afternoon New York Stock Exchange dealings.",
                W(3.1, day("2013-07-24")),
                W(46.20, day("2013-07-24"), as_of="2013-07-24"),
            ),
        ),
    ),
    Story(
        "2012-11-08",
        "Hanamura Electric cuts full-year forecast after first-half loss",
        (
            L(
                "TOKYO (Reuters) - Hanamura Electric Co cut its profit forecast for the fiscal year ending in March on "
                "Thursday, as a stronger yen and weak demand in Europe hurt sales of its air conditioners."
            ),
            L(
                "The company now sees its operating profit at 42 billion yen ($526 million) for the year to March 31, "
                "2013, down from its previous forecast of 60 billion yen.",
                W(42e9, ("2012-04-01", "2013-03-31"), "target"),
            ),
            L(
                "That compares with an average estimate of 51 billion yen from 18 analysts polled by Kestrel Research.",
                W(51e9, ("2012-04-01", "2013-03-31"), "forecast"),
            ),
            L(
                "For the April-September first half, Hanamura posted a net loss of 8.3 billion yen, against a profit of "
                "12.6 billion yen a year earlier.",
                W(8.3e9, ("2012-04-01", "2012-09-30")),
                W(12.6e9, ("2011-04-01", "2011-09-30")),
            ),
            L(
                "Sales in the six months fell 6 percent to 710 billion yen.",
                W(6, ("2012-04-01", "2012-09-30")),
                W(710e9, ("2012-04-01", "2012-09-30")),
            ),
            L(
                "Hanamura's shares have fallen 22 percent so far this year, against a 4 percent rise in the Nikkei "
                "average.",
                W(22, ("2012-01-01", "2012-11-08")),
                W(4, ("2012-01-01", "2012-11-08")),
            ),
        ),
    ),
    Story(
        "2010-11-17",
        "Dalvania October inflation eases to 2.1 pct",
        (
            L(
                "VALDORA (Reuters) - Consumer prices in Dalvania rose 2.1 percent year-on-year in October, slowing "
                "from 2.4 percent in September, the national statistics office said on Wednesday.",
                W(2.1, ("2010-10-01", "2010-10-31")),
                W(2.4, ("2010-09-01", "2010-09-30")),
            ),
            L(
                "Economists polled by Reuters had forecast an annual rate of 2.3 percent.",
                W(2.3, ("2010-10-01", "2010-10-31"), "forecast"),
            ),
            L("On a monthly basis, prices fell 0.2 percent.", W(0.2, ("2010-10-01", "2010-10-31"))),
            L("The central bank expects inflation to average 2.5 percent next year.", W(2.5, y(2011), "forecast")),
            L(
                "Unemployment stood at 7.4 percent in the third quarter, unchanged from the previous three months.",
                W(7.4, q(2010, 3)),
            ),
            L(
                "Industrial output grew 3.8 percent over the year's first nine months.",
                W(3.8, ("2010-01-01", "2010-09-30")),
            ),
        ),
    ),
    Story(
        "2011-03-04",
        "Stocks fall as oil jumps; Brenmark slides",
        (
            L(
                "NEW YORK (Reuters) - U.S. stocks slipped on Friday as oil prices climbed above $104 a barrel, and shares of "
                "Brenmark Corp slid after the retailer cut its outlook.",
                W(104, day("2011-03-04")),
            ),
            L(
                "The Dow Jones industrial average fell 88.32 points, or 0.7 percent, to 12,169.88.",
                W(88.32, day("2011-03-04")),
                W(0.7, day("2011-03-04")),
                W(12169.88, day("2011-03-04")),
            ),
            L(
                "Brenmark shares tumbled 9.4 percent to $31.05, their lowest level since August.",
                W(9.4, day("2011-03-04")),
                W(31.05, day("2011-03-04")),
            ),
            L("The stock has lost 18 percent since January.", W(18, ("2011-01-01", "2011-03-04"))),
            L(
                "Brenmark said it now expects earnings of $2.05 to $2.15 a share for the fiscal year ending in January, "
                "below analysts' average estimate of $2.31.",
                W(2.10, ("2011-02-01", "2012-01-31"), "target"),
                W(2.31, ("2011-02-01", "2012-01-31"), "forecast"),
            ),
        ),
    ),
    Story(
        "2009-02-26",
        "Ostwald Bank posts 2008 loss, cuts dividend",
        (
            L(
                "FRANKFURT (Reuters) - Ostwald Bank AG swung to a net loss of 1.2 billion euros ($1.53 billion) in 2008 "
                "from a profit of 2.1 billion euros in 2007, hit by writedowns on structured credit.",
                W(1.2e9, y(2008)),
                W(2.1e9, y(2007)),
            ),
            L("Fourth-quarter pretax loss widened to 950 million euros.", W(950e6, q(2008, 4))),
            L(
                "The bank proposed a dividend of 0.25 euros per share for the year, down from 1.10 euros.",
                W(0.25, y(2008)),
                W(1.10, y(2007)),
            ),
            L(
                "Its core capital ratio stood at 8.1 percent at the end of December, up from 6.9 percent at the end of "
                "September.",
                W(8.1, None, as_of="2008-12-31"),
                W(6.9, None, as_of="2008-09-30"),
            ),
            L("Ostwald plans to cut 3,000 jobs by 2011.", W(3000, ("2009-02-26", "2011-12-31"), "target")),
            L("It targets a return on equity of 12 percent by 2012.", W(12, ("2009-02-26", "2012-12-31"), "target")),
            L(
                "Over the past five years, the bank has spent 4 billion euros on acquisitions.",
                W(4e9, ("2004-02-27", "2009-02-26")),
            ),
        ),
    ),
    Story(
        "2008-06-03",
        "Pellham Motors May U.S. sales fall 14 pct",
        (
            L(
                "DETROIT (Reuters) - Pellham Motors Co said on Tuesday its U.S. sales fell 14 percent in May, as high "
                "gasoline prices drove buyers away from pickups and sport utility vehicles.",
                W(14, ("2008-05-01", "2008-05-31")),
            ),
            L(
                "The automaker sold 182,400 vehicles last month, compared with 212,000 in May 2007.",
                W(182400, ("2008-05-01", "2008-05-31")),
                W(212000, ("2007-05-01", "2007-05-31")),
            ),
            L(
                "Year-to-date sales were down 9 percent at 790,500 vehicles.",
                W(9, ("2008-01-01", "2008-05-31")),
                W(790500, ("2008-01-01", "2008-05-31")),
            ),
            L(
                "The company expects U.S. industry sales of about 14 million vehicles this year.",
                W(14e6, y(2008), modality="target"),
            ),
        ),
    ),
    Story(
        "2014-09-15",
        "Grayfield Coffee to open 500 stores in China by 2016",
        (
            L(
                "SHANGHAI (Reuters) - Grayfield Coffee Co plans to open 500 more stores in China by 2016, its chief "
                "executive said on Monday, as it bets on a growing middle class.",
                W(500, ("2014-09-15", "2016-12-31"), "target"),
            ),
            L("The chain had 1,120 stores in the country as of June 30.", W(1120, None, as_of="2014-06-30")),
            L(
                "Sales in China rose 21 percent in the latest quarter, while same-store sales grew 6 percent.",
                W(21, q(2014, 2)),
                W(6, q(2014, 2)),
            ),
            L(
                "The company will spend $300 million on the expansion over the next three years.",
                W(300e6, ("2014-09-15", "2017-09-14"), "target"),
            ),
            L("Grayfield employs about 4,000 people in China.", W(4000, None, as_of="2014-09-15")),
        ),
    ),
    Story(
        "2007-08-29",
        "Morvik Telecom first-half profit up 9 pct, keeps outlook",
        (
            L(
                "OSLO (Reuters) - Morvik Telecom ASA reported a 9 percent rise in first-half net profit on Wednesday and "
                "kept its full-year outlook, helped by growth in mobile subscribers.",
                W(9, ("2007-01-01", "2007-06-30")),
            ),
            L(
                "Net profit for January-June rose to 3.4 billion crowns from 3.1 billion in the same period last year.",
                W(3.4e9, ("2007-01-01", "2007-06-30")),
                W(3.1e9, ("2006-01-01", "2006-06-30")),
            ),
            L(
                "Second-quarter operating revenue was 7.8 billion crowns, in line with the 7.7 billion forecast in a "
                "Reuters poll of analysts.",
                W(7.8e9, q(2007, 2)),
                W(7.7e9, q(2007, 2), "forecast"),
            ),
            L(
                "The group had 5.6 million mobile subscribers at the end of the period.",
                W(5.6e6, None, as_of="2007-06-30"),
            ),
            L("Morvik repeated that it expects revenue growth of 4 to 5 percent this year.", W(4.5, y(2007), "target")),
        ),
    ),
    Story(
        "2010-05-20",
        "Tessler Stores quarterly profit beats Street",
        (
            L(
                "(Reuters) - Discount retailer Tessler Stores Inc posted a quarterly profit above expectations on "
                "Thursday and raised its forecast for the year, sending its shares up 6 percent before the bell.",
                W(6, day("2010-05-20")),
            ),
            L(
                "For the first quarter ended May 1, Tessler earned $112 million, or 88 cents per share, compared with $97 "
                "million (76 cents per share) a year ago.",
                W(112e6, ("2010-02-02", "2010-05-01")),
                W(0.88, ("2010-02-02", "2010-05-01")),
                W(97e6, ("2009-02-02", "2009-05-01")),
                W(0.76, ("2009-02-02", "2009-05-01")),
            ),
            L(
                "Analysts had on average looked for 81 cents a share, per Thomson Reuters I/B/E/S.",
                W(0.81, ("2010-02-02", "2010-05-01"), "forecast"),
            ),
            L(
                "Sales at stores open a year or more climbed 4.5 percent in the quarter.",
                W(4.5, ("2010-02-02", "2010-05-01")),
            ),
            L(
                "Tessler now expects full-year earnings of $3.60 to $3.75 per share.",
                W(3.675, ("2010-02-01", "2011-01-31"), "target"),
            ),
            L("The company ended the quarter with 1,412 stores.", W(1412, None, as_of="2010-05-01")),
        ),
    ),
    Story(
        "2016-01-28",
        "Lumera Pharma sees 2016 sales growth slowing",
        (
            L(
                "ZURICH (Reuters) - Lumera Pharma AG said on Thursday it expects sales growth of 3 to 5 percent in 2016 at "
                "constant exchange rates, after a 7 percent rise last year.",
                W(4, y(2016), "target"),
                W(7, y(2015)),
            ),
            L(
                "Core earnings per share rose 11 percent to 6.40 Swiss francs in 2015.",
                W(11, y(2015)),
                W(6.40, y(2015)),
            ),
            L(
                "Fourth-quarter sales reached 11.9 billion francs, just above the 11.8 billion francs expected by "
                "analysts in a Reuters poll.",
                W(11.9e9, q(2015, 4)),
                W(11.8e9, q(2015, 4), "forecast"),
            ),
            L(
                "Lumera said it would buy back up to 5 billion francs of shares over the next two years.",
                W(5e9, ("2016-01-28", "2018-01-27"), "target"),
            ),
            L(
                "Its stock was down 1.2 percent at 84.50 francs by 0930 GMT, lagging a 0.4 percent rise in the European "
                "healthcare index.",
                W(1.2, day("2016-01-28")),
                W(84.50, day("2016-01-28")),
                W(0.4, day("2016-01-28")),
            ),
        ),
    ),
    Story(
        "2012-04-16",
        "Ferrano Group to buy Alder Systems for $1.4 billion",
        (
            L(
                "MILAN (Reuters) - Ferrano Group SpA agreed to buy U.S. software maker Alder Systems for $1.4 billion in "
                "cash, the companies said on Monday."
            ),
            L(
                "Alder, which has 2,300 employees, had revenue of $410 million last year.",
                W(2300, None, as_of="2012-04-16"),
                W(410e6, y(2011)),
            ),
            L(
                "Ferrano expects the deal to generate cost savings of about $60 million a year by 2014.",
                W(60e6, ("2012-04-16", "2014-12-31"), "target"),
            ),
        ),
    ),
    Story(
        "2013-10-02",
        "Oil falls below $102 as U.S. crude stocks rise",
        (
            L(
                "LONDON (Reuters) - Brent crude fell below $102 a barrel on Wednesday after figures showed U.S. crude "
                "stocks rose more than expected last week.",
                W(102, day("2013-10-02")),
            ),
            L(
                "Brent for November delivery was down 85 cents at $101.80 a barrel by 1100 GMT.",
                W(0.85, day("2013-10-02")),
                W(101.80, day("2013-10-02")),
            ),
            L(
                "U.S. crude stocks rose 3.1 million barrels in the week to Sept. 27, the American Petroleum Institute said "
                "late on Tuesday, against analysts' expectations of a 2.5 million barrel increase.",
                W(3.1e6, ("2013-09-21", "2013-09-27")),
                W(2.5e6, ("2013-09-21", "2013-09-27"), "forecast"),
            ),
            L("Brent has averaged about $108 a barrel so far this year.", W(108, ("2013-01-01", "2013-10-02"))),
            L(
                "The Energy Information Administration expects U.S. output to reach 8.5 million barrels per day next "
                "year.",
                W(8.5e6, y(2014), "forecast"),
            ),
        ),
    ),
    Story(
        "2015-05-21",
        "Bharati Cement Q4 profit jumps 30 pct",
        (
            L(
                "MUMBAI (Reuters) - Bharati Cement Ltd posted a 30 percent jump in fourth-quarter net profit on Thursday, "
                "helped by higher prices.",
                W(30, q(2015, 1)),
            ),
            L(
                "Net profit for the January-March quarter rose to 4.12 billion rupees from 3.17 billion rupees a year "
                "earlier.",
                W(4.12e9, q(2015, 1)),
                W(3.17e9, q(2014, 1)),
            ),
            L(
                "Net sales rose 12 percent to 28.6 billion rupees in the quarter.",
                W(12, q(2015, 1)),
                W(28.6e9, q(2015, 1)),
            ),
            L(
                "For the fiscal year ended March 31, profit rose 18 percent to 14.9 billion rupees.",
                W(18, ("2014-04-01", "2015-03-31")),
                W(14.9e9, ("2014-04-01", "2015-03-31")),
            ),
            L(
                "The company plans to raise capacity to 40 million tonnes a year by March 2017 from 31 million tonnes "
                "now.",
                W(40e6, ("2015-05-21", "2017-03-31"), "target"),
                W(31e6, None, as_of="2015-05-21"),
            ),
        ),
    ),
    Story(
        "2009-04-09",
        "Jobless claims fall; trade deficit narrows",
        (
            L(
                "WASHINGTON (Reuters) - New claims for jobless benefits fell by 20,000 to 654,000 last week, the Labor "
                "Department reported on Thursday.",
                W(20000, ("2009-03-30", "2009-04-05")),
                W(654000, ("2009-03-30", "2009-04-05")),
            ),
            L(
                "The trade deficit narrowed to $26 billion in February from a revised $36 billion in January, a separate "
                "report showed.",
                W(26e9, ("2009-02-01", "2009-02-28")),
                W(36e9, ("2009-01-01", "2009-01-31")),
            ),
            L(
                "Exports rose 1.6 percent in February, the first increase in seven months.",
                W(1.6, ("2009-02-01", "2009-02-28")),
            ),
            L(
                "Economists had expected the deficit to widen to $36.5 billion.",
                W(36.5e9, ("2009-02-01", "2009-02-28"), "forecast"),
            ),
            L("The economy shrank at a 6.3 percent annual rate in the fourth quarter.", W(6.3, q(2008, 4))),
            L(
                "The number of people continuing to claim benefits rose to a record 5.84 million in the week ended March "
                "28.",
                W(5.84e6, ("2009-03-22", "2009-03-28")),
            ),
        ),
    ),
    Story(
        "2018-10-25",
        "Quorbit third-quarter revenue beats estimates",
        (
            L(
                "(Reuters) - Quorbit Inc reported third-quarter revenue above Wall Street estimates on Thursday, driven by "
                "demand for its cloud services, and forecast fourth-quarter revenue largely in line with expectations."
            ),
            L(
                "Revenue rose 24 percent to $2.31 billion in the third quarter, beating the average analyst estimate of "
                "$2.25 billion, according to IBES data from Refinitiv.",
                W(24, q(2018, 3)),
                W(2.31e9, q(2018, 3)),
                W(2.25e9, q(2018, 3), "forecast"),
            ),
            L(
                "The company forecast fourth-quarter revenue between $2.40 billion and $2.45 billion, compared with "
                "analysts' expectations of $2.43 billion.",
                W(2.425e9, q(2018, 4), "target"),
                W(2.43e9, q(2018, 4), "forecast"),
            ),
            L(
                "Net income declined to $180 million, or 62 cents a share, from $205 million, or 68 cents a share, a year "
                "earlier.",
                W(180e6, q(2018, 3)),
                W(205e6, q(2017, 3)),
                W(0.62, q(2018, 3)),
                W(0.68, q(2017, 3)),
            ),
            L("Quorbit's shares have risen about 35 percent this year.", W(35, ("2018-01-01", "2018-10-25"))),
            L("The company had 12,400 employees as of Sept. 30.", W(12400, None, as_of="2018-09-30")),
        ),
    ),
    Story(
        "2006-06-12",
        "Westmark Airlines to cut 1,500 jobs",
        (
            L(
                "SYDNEY (Reuters) - Westmark Airlines Ltd said on Monday it would cut 1,500 jobs over the next two years as "
                "it battles record fuel costs.",
                W(1500, ("2006-06-12", "2008-06-11"), "target"),
            ),
            L(
                "Westmark carried 14.2 million passengers in the year to March, up 5 percent.",
                W(14.2e6, ("2005-04-01", "2006-03-31")),
                W(5, ("2005-04-01", "2006-03-31")),
            ),
            L(
                "It expects a pretax profit of about A$250 million for the year ending June 30, down from A$310 million a "
                "year earlier.",
                W(250e6, ("2005-07-01", "2006-06-30"), "target"),
                W(310e6, ("2004-07-01", "2005-06-30")),
            ),
            L("Its shares closed down 2.4 percent at A$3.12.", W(2.4, day("2006-06-12")), W(3.12, day("2006-06-12"))),
        ),
    ),
    Story(
        "2017-02-14",
        "Hollins Group full-year profit falls; sees tough 2017",
        (
            L(
                "LONDON (Reuters) - Hollins Group Plc reported a 15 percent drop in annual pretax profit on Tuesday, hurt by "
                "a weaker pound and higher import costs.",
                W(15, ("2016-02-01", "2017-01-31")),
            ),
            L(
                "Pretax profit fell to 212 million pounds in the year to the end of January from 249 million pounds a year "
                "earlier.",
                W(212e6, ("2016-02-01", "2017-01-31")),
                W(249e6, ("2015-02-01", "2016-01-31")),
            ),
            L(
                "Like-for-like sales rose 1.2 percent in the six weeks to Jan. 7, a period that includes Christmas.",
                W(1.2, ("2016-11-27", "2017-01-07")),
            ),
            L(
                "Hollins expects profit of between 180 million and 200 million pounds in the year to January 2018, below "
                "the 205 million pounds analysts had forecast.",
                W(190e6, ("2017-02-01", "2018-01-31"), "target"),
                W(205e6, ("2017-02-01", "2018-01-31"), "forecast"),
            ),
            L(
                "The group has cut 600 jobs since last March and will close 30 stores in the next 12 months.",
                W(600, ("2016-03-01", "2017-02-14")),
                W(30, ("2017-02-14", "2018-02-13"), "target"),
            ),
            L("Its net debt stood at 340 million pounds at the year end.", W(340e6, None, as_of="2017-01-31")),
            L(
                "Shares in Hollins were 4 percent lower at 152 pence by 0845 GMT.",
                W(4, day("2017-02-14")),
                W(1.52, day("2017-02-14")),
            ),
        ),
    ),
    Story(
        "2012-09-03",
        "Euro zone factory slump eases in August - PMI",
        (
            L(
                "LONDON (Reuters) - The Halvern Eurozone Manufacturing Purchasing Managers' Index rose to 45.1 in August "
                "from 44.0 in July, final data showed on Monday.",
                W(45.1, ("2012-08-01", "2012-08-31")),
                W(44.0, ("2012-07-01", "2012-07-31")),
            ),
            L(
                "Economists polled by Reuters expect the euro zone economy to shrink 0.5 percent this year.",
                W(0.5, y(2012), "forecast"),
            ),
            L(
                "Factory output in Dalvania rose 0.4 percent in July from June, separate figures showed.",
                W(0.4, ("2012-07-01", "2012-07-31")),
            ),
            L("The euro zone jobless rate hit a record 11.3 percent in July.", W(11.3, ("2012-07-01", "2012-07-31"))),
        ),
    ),
    Story(
        "2011-07-29",
        "Sorata Motor Q1 profit plunges 75 pct after quake",
        (
            L(
                "TOKYO (Reuters) - Sorata Motor Corp said on Friday its April-June operating profit plunged 75 percent to "
                "48 billion yen, as the March earthquake disrupted production.",
                W(75, ("2011-04-01", "2011-06-30")),
                W(48e9, ("2011-04-01", "2011-06-30")),
            ),
            L(
                "That compared with 192 billion yen in the year-ago period and an average forecast of 30 billion yen from "
                "six analysts.",
                W(192e9, ("2010-04-01", "2010-06-30")),
                W(30e9, ("2011-04-01", "2011-06-30"), "forecast"),
            ),
            L(
                "The automaker kept its forecast for an operating profit of 400 billion yen for the year to March 2012.",
                W(400e9, ("2011-04-01", "2012-03-31"), "target"),
            ),
            L(
                "Sorata sold 1.42 million vehicles worldwide in the quarter, down 22 percent.",
                W(1.42e6, ("2011-04-01", "2011-06-30")),
                W(22, ("2011-04-01", "2011-06-30")),
            ),
            L(
                "Its shares ended 1.8 percent higher on Friday, outperforming a 0.6 percent drop in the benchmark Nikkei "
                "average.",
                W(1.8, day("2011-07-29")),
                W(0.6, day("2011-07-29")),
            ),
        ),
    ),
)
