# ruff: noqa: E501 - a table of sentences, one per line where it fits
"""Period probe 5 (periods10, round 11): written after the round's rules (stocks named by membership,
enrollment, population or market value; states in relative clauses beside a goal; sums of losses under a
preposition of ground) and before running the extractor on it, in new wordings. Invented companies; wanted
fields follow FACTS.md."""

from tests.probes.probe_model import ANY, L, Story, W

STORIES = (
    Story(
        "2012-11-01",
        "Brellan Care third-quarter earnings climb",
        (
            L(
                "(Reuters) - Brellan Care Inc, a U.S. health insurer, said on Thursday third-quarter net income climbed 9 percent to $288 million.",
                W(9, ("2012-07-01", "2012-09-30")),
                W(288e6, ("2012-07-01", "2012-09-30")),
            ),
            L(
                "Total medical membership grew 3.5 percent on the year to 11.2 million people, and Medicaid enrollment jumped 14 percent to 1.6 million.",
                W(3.5, ("2012-07-01", "2012-09-30")),
                W(11.2e6, None),
                W(14, ("2012-07-01", "2012-09-30")),
                W(1.6e6, None),
            ),
            L(
                "Brellan, which has about 42,000 employees, now sees 2012 earnings of $7.45 to $7.55 a share.",
                W(42000, None),
                W(7.50, ("2012-01-01", "2012-12-31"), "target"),
            ),
            L(
                "The company's market capitalization rose to $21 billion during the quarter.",
                W(21e9, None),
            ),
        ),
    ),
    Story(
        "2015-04-09",
        "Kestrow Bank plans 3 billion euro share sale",
        (
            L(
                "MADRID (Reuters) - Kestrow Bank intends to raise 3 billion euros from investors to rebuild its capital following losses of 1.9 billion euros on real estate loans last year.",
                W(3e9, None, "target"),
                W(1.9e9, ("2014-01-01", "2014-12-31")),
            ),
            L(
                "The lender, which operates 2,300 branches in Spain and Portugal, aims to close 400 of them by 2017.",
                W(2300, None),
                W(400, ("2015-04-09", "2017-12-31"), "target"),
            ),
            L(
                "Kestrow will also cut 5,000 jobs after writedowns of 650 million euros on its bond portfolio.",
                W(5000, None, "target"),
                W(650e6, None),
            ),
            L(
                "Its shares have dropped 18 percent since January, giving it a market value of about 6.4 billion euros.",
                W(18, ("2015-01-01", "2015-04-09")),
                W(6.4e9, None),
            ),
        ),
    ),
    Story(
        "2010-01-28",
        "Ornay Cable adds 120,000 subscribers in Q4",
        (
            L(
                "(Reuters) - Ornay Cable Corp said its subscriber base rose by 120,000 in the fourth quarter to 5.9 million, beating analyst estimates.",
                W(120000, ("2009-10-01", "2009-12-31")),
                W(5.9e6, None),
            ),
            L(
                "The cable operator, which serves customers in 18 states, expects to spend $1.4 billion on its network in 2010.",
                W(18, None),
                W(1.4e9, ("2010-01-01", "2010-12-31"), "target"),
            ),
            L(
                "Ornay posted a fourth-quarter profit of $210 million, compared with $175 million a year earlier.",
                W(210e6, ("2009-10-01", "2009-12-31")),
                W(175e6, ("2008-10-01", "2008-12-31")),
            ),
            L(
                "Analysts polled by Reuters had expected a profit of $198 million.",
                W(198e6, ("2009-10-01", "2009-12-31"), "forecast"),
            ),
        ),
    ),
    Story(
        "2013-06-18",
        "Halvery Group to shut 90 stores in overhaul",
        (
            L(
                "LONDON (Reuters) - Halvery Group, which has 640 stores across Britain, said on Tuesday it would close 90 of them over the next three years.",
                W(640, None),
                W(90, ("2013-06-18", "2016-06-17"), "target"),
            ),
            L(
                "The retailer, whose market value has fallen to 820 million pounds, targets annual savings of 45 million pounds by 2015.",
                W(820e6, None),
                W(45e6, ("2013-06-18", "2015-12-31"), "target"),
            ),
            L(
                "Halvery plans to sell its Irish business following impairment charges of 120 million pounds in the year to March.",
                W(120e6, ("2012-04-01", "2013-03-31")),
            ),
            L(
                "Halvery shares fell 4.5 percent to 96 pence by 1010 GMT.",
                W(4.5, ("2013-06-18", "2013-06-18")),
                W(0.96, ("2013-06-18", "2013-06-18")),
            ),
        ),
    ),
    Story(
        "2011-09-14",
        "Census: state population tops 12 million",
        (
            L(
                "(Reuters) - The population of the state of Arvenna grew 6.4 percent over the decade to 12.3 million, the Census Bureau said on Wednesday.",
                W(6.4, ANY),
                W(12.3e6, None),
            ),
            L(
                "The state government, which employs 210,000 people, plans to add 4,000 teaching posts by 2014.",
                W(210000, None),
                W(4000, ("2011-09-14", "2014-12-31"), "target"),
            ),
            L(
                "Economists at Tolland University predict the population will reach 13 million by 2020.",
                W(13e6, ("2011-09-14", "2020-12-31"), "forecast"),
            ),
        ),
    ),
    Story(
        "2016-02-25",
        "Ferrow Insurance swings to loss, plans buyback",
        (
            L(
                "ZURICH (Reuters) - Ferrow Insurance said on Thursday it would buy back up to 1 billion Swiss francs of its shares after posting a fourth-quarter net loss of 240 million francs.",
                W(1e9, ANY, "target"),
                W(240e6, ("2015-10-01", "2015-12-31")),
            ),
            L(
                "The insurer, which counts 14 million customers, expects to return to profit in 2016 and targets a return on equity of 12 percent.",
                W(14e6, None),
                W(12, ANY, "target"),
            ),
            L(
                "Membership of its pension funds fell to 2.1 million at the end of the year.",
                W(2.1e6, None),
            ),
        ),
    ),
    Story(
        "2008-07-30",
        "Calloway Chemicals Q2 profit falls, sets job cuts",
        (
            L(
                "FRANKFURT (Reuters) - Calloway Chemicals AG said second-quarter operating profit fell 12 percent to 410 million euros as raw material costs soared.",
                W(12, ("2008-04-01", "2008-06-30")),
                W(410e6, ("2008-04-01", "2008-06-30")),
            ),
            L(
                "Sales rose 5 percent to 3.6 billion euros.",
                W(5, ("2008-04-01", "2008-06-30")),
                W(3.6e9, ("2008-04-01", "2008-06-30")),
            ),
            L(
                "The group, which employs 27,500 people worldwide, plans to cut 1,200 jobs by the end of 2009.",
                W(27500, None),
                W(1200, ("2008-07-30", "2009-12-31"), "target"),
            ),
            L(
                "Calloway said it expects full-year operating profit to fall by about 10 percent.",
                W(10, ("2008-01-01", "2008-12-31"), "target"),
            ),
            L(
                "Analysts at Brunnen Bank forecast a decline of 15 percent for the year.",
                W(15, ("2008-01-01", "2008-12-31"), "forecast"),
            ),
            L(
                "Calloway, valued at around 9 billion euros, has 38 production sites in 14 countries.",
                W(9e9, None),
                W(38, None),
                W(14, None),
            ),
            L(
                "The company will close two plants in Belgium after charges of 85 million euros for environmental clean-up.",
                W(85e6, None),
            ),
            L(
                "Its shares closed down 3.2 percent at 41.60 euros on Wednesday.",
                W(3.2, ("2008-07-30", "2008-07-30")),
                W(41.60, ("2008-07-30", "2008-07-30")),
            ),
        ),
    ),
)
