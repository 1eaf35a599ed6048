# ruff: noqa: E501 - a table of sentences, one per line where it fits
"""Period probe 2 (periods9, round 10): written after the round's rules and before running the extractor on it,
in new wordings, to check that the rules generalise. Invented companies; wanted fields follow FACTS.md."""

from tests.probes.probe_model import L, Story, W


def day(iso: str) -> tuple[str, str]:
    return (iso, iso)


STORIES = (
    Story(
        "2014-02-07",
        "Wall Street rallies as traders shrug off weak jobs data",
        (
            L(
                "NEW YORK (Reuters) - The Dow Jones industrial average jumped 165.55 points, or 1.06 percent, to end at 15,794.08 on Friday.",
                W(165.55, day("2014-02-07")),
                W(1.06, day("2014-02-07")),
                W(15794.08, day("2014-02-07")),
            ),
            L("Earlier, Tokyo's Nikkei average had finished 1.4 percent lower.", W(1.4, day("2014-02-07"))),
            L(
                "Nonfarm payrolls rose by 113,000 in January, the Labor Department said.",
                W(113000, ("2014-01-01", "2014-01-31")),
            ),
            L(
                "Economists polled by Reuters had expected a gain of 185,000 jobs.",
                W(185000, ("2014-01-01", "2014-01-31"), "forecast"),
            ),
        ),
    ),
    Story(
        "2012-05-10",
        "Kestrel Foods Q4 profit rises 8 pct",
        (
            L(
                "MUMBAI (Reuters) - Kestrel Foods Ltd said on Thursday its net profit for the January-March quarter rose 8 percent to 2.3 billion rupees.",
                W(8, ("2012-01-01", "2012-03-31")),
                W(2.3e9, ("2012-01-01", "2012-03-31")),
            ),
            L(
                "Net sales in the quarter climbed 15 percent to 21.4 billion rupees.",
                W(15, ("2012-01-01", "2012-03-31")),
                W(21.4e9, ("2012-01-01", "2012-03-31")),
            ),
            L(
                "Analysts had on average expected a profit of 2.1 billion rupees.",
                W(2.1e9, ("2012-01-01", "2012-03-31"), "forecast"),
            ),
            L("The company ended the quarter with 41 plants.", W(41, None, as_of="2012-03-31")),
            L(
                "Kestrel expects to invest 6 billion rupees over the next 18 months.",
                W(6e9, ("2012-05-10", "2013-11-09"), "target"),
            ),
        ),
    ),
    Story(
        "2009-10-20",
        "Tarrow Bank third-quarter earnings beat forecasts",
        (
            L(
                "(Reuters) - Tarrow Bank Corp posted third-quarter earnings of $1.2 billion on Tuesday, helped by lower loan losses.",
                W(1.2e9, ("2009-07-01", "2009-09-30")),
            ),
            L(
                "Analysts had been looking for a profit of $1.05 billion, per Thomson Reuters I/B/E/S.",
                W(1.05e9, ("2009-07-01", "2009-09-30"), "forecast"),
            ),
            L("The bank finished the quarter with deposits of $310 billion.", W(310e9, None, as_of="2009-09-30")),
            L("Its tier 1 capital ratio stood at 11.3 percent at Sept. 30.", W(11.3, None, as_of="2009-09-30")),
            L(
                "Tarrow's shares rose 2.2 percent to $17.85 in early trading.",
                W(2.2, day("2009-10-20")),
                W(17.85, day("2009-10-20")),
            ),
            L(
                "Analysts expect the bank to earn $4.10 a share next year.",
                W(4.10, ("2010-01-01", "2010-12-31"), "forecast"),
            ),
            L("The bank has 48,000 employees.", W(48000, None, as_of="2009-10-20")),
        ),
    ),
    Story(
        "2016-03-15",
        "Orland Insurance to cut 2,500 jobs by 2018",
        (
            L(
                "ZURICH (Reuters) - Orland Insurance will cut 2,500 jobs by 2018 as it tries to lower costs, it said on Tuesday.",
                W(2500, ("2016-03-15", "2018-12-31"), "target"),
            ),
            L(
                "The insurer also plans to hand 3 billion francs back to shareholders over the next three years.",
                W(3e9, ("2016-03-15", "2019-03-14"), "target"),
            ),
            L(
                "Net profit for 2015 dropped 9 percent to 2.6 billion francs.",
                W(9, ("2015-01-01", "2015-12-31")),
                W(2.6e9, ("2015-01-01", "2015-12-31")),
            ),
            L("Orland shares were 1.7 percent higher by 0900 GMT.", W(1.7, day("2016-03-15"))),
            L("The Stoxx Europe 600 insurance index gained 0.3 percent.", W(0.3, day("2016-03-15"))),
        ),
    ),
    Story(
        "2007-04-25",
        "Garnet Retail first-quarter sales rise 4 pct",
        (
            L(
                "LONDON (Reuters) - Garnet Retail Plc said on Wednesday sales rose 4 percent in the 13 weeks to April 21.",
                W(4, ("2007-01-21", "2007-04-21")),
            ),
            L("Like-for-like sales were up 1.5 percent in the period.", W(1.5, ("2007-01-21", "2007-04-21"))),
            L("The group employed 12,300 staff at the end of March.", W(12300, None, as_of="2007-03-31")),
            L(
                "It stuck to its forecast that full-year profit would be around 150 million pounds.",
                W(150e6, ("2007-01-01", "2007-12-31"), "target"),
            ),
        ),
    ),
    Story(
        "2013-06-14",
        "Perlan Steel sees output rising 5 pct this year",
        (
            L(
                "SEOUL (Reuters) - Perlan Steel Co expects its crude steel output to rise 5 percent to 38 million tonnes this year, its chief executive said on Friday.",
                W(5, ("2013-01-01", "2013-12-31"), "target"),
                W(38e6, ("2013-01-01", "2013-12-31"), "target"),
            ),
            L("Output fell 2 percent in 2012.", W(2, ("2012-01-01", "2012-12-31"))),
            L(
                "Perlan's shares have dropped 14 percent since the year began.",
                W(14, ("2013-01-01", "2013-06-14")),
            ),
            L(
                "Over the past decade, the company has spent 20 trillion won on new mills.",
                W(20e12, ("2003-06-15", "2013-06-14")),
            ),
            L("Perlan had net debt of 19.5 trillion won as of the end of March.", W(19.5e12, None, as_of="2013-03-31")),
        ),
    ),
)
