# ruff: noqa: E501 - a table of sentences, one per line where it fits
"""Modality probe 3 (periods9, round 10): guidance, plans and others' predictions in new wordings, written before
the extractor was run on it. Wanted modality (and period) follow FACTS.md: a company's own guidance, plans and
expectations are target; predictions by analysts, economists, polls or other institutions are forecast."""

from tests.probes.probe_model import ANY, L, Story, W

STORIES = (
    Story(
        "2015-07-23",
        "Varden Chemicals raises 2015 outlook after strong second quarter",
        (
            L(
                "FRANKFURT (Reuters) - Varden Chemicals raised its full-year earnings guidance on Thursday after second-quarter operating profit rose 11 percent to 620 million euros.",
                W(11, ("2015-04-01", "2015-06-30")),
                W(620e6, ("2015-04-01", "2015-06-30")),
            ),
            L(
                "The company now sees 2015 adjusted operating profit of 2.4 billion to 2.5 billion euros, up from 2.3 billion to 2.4 billion previously.",
                W(2.45e9, ("2015-01-01", "2015-12-31"), "target"),
            ),
            L(
                "Analysts on average had pencilled in 2.38 billion euros for the year, according to a company-compiled consensus.",
                W(2.38e9, ("2015-01-01", "2015-12-31"), "forecast"),
            ),
            L(
                "Varden aims to lift its operating margin to 15 percent by 2018.",
                W(15, ("2015-07-23", "2018-12-31"), "target"),
            ),
            L(
                "It is on track to save 300 million euros a year from its restructuring, finance chief Lena Kraus said.",
                W(300e6, ANY, "target"),
            ),
            L(
                "Commerzbank analyst Tom Reiss expects sales to grow 4 percent next year.",
                W(4, ("2016-01-01", "2016-12-31"), "forecast"),
            ),
            L(
                "Shares in Varden rose 3.5 percent to 71.20 euros.",
                W(3.5, ("2015-07-23", "2015-07-23")),
                W(71.20, ("2015-07-23", "2015-07-23")),
            ),
        ),
    ),
    Story(
        "2012-10-30",
        "Halvorsen Bank to shed 4,000 jobs",
        (
            L(
                "OSLO (Reuters) - Halvorsen Bank will cut about 4,000 jobs over the next three years, it said on Tuesday, as it seeks to meet tougher capital rules.",
                W(4000, ("2012-10-30", "2015-10-29"), "target"),
            ),
            L("The bank expects the cuts to save 2.5 billion crowns annually from 2015.", W(2.5e9, ANY, "target")),
            L(
                "Halvorsen wants its return on equity at 12 percent in 2014.",
                W(12, ("2014-01-01", "2014-12-31"), "target"),
            ),
            L(
                "Third-quarter net profit came in at 3.1 billion crowns, against 3.4 billion forecast in a Reuters poll.",
                W(3.1e9, ("2012-07-01", "2012-09-30")),
                W(3.4e9, ("2012-07-01", "2012-09-30"), "forecast"),
            ),
            L(
                "The central bank has said it expects the economy to grow 3.4 percent next year.",
                W(3.4, ("2013-01-01", "2013-12-31"), "forecast"),
            ),
            L(
                "Credit rating agency Fennick predicts loan losses at Nordic banks will rise by a fifth in 2013.",
                W(20, ANY, "forecast"),
            ),
        ),
    ),
    Story(
        "2018-05-02",
        "Quellon Motors sticks to 2018 delivery goal",
        (
            L(
                "(Reuters) - Electric carmaker Quellon Motors still plans to deliver 50,000 vehicles this year, it said on Wednesday.",
                W(50000, ("2018-01-01", "2018-12-31"), "target"),
            ),
            L(
                "Quellon delivered 8,200 cars in the first quarter, up from 5,100 a year earlier.",
                W(8200, ("2018-01-01", "2018-03-31")),
                W(5100, ("2017-01-01", "2017-03-31")),
            ),
            L(
                "Wall Street expects the company to lose $2.10 a share in the second quarter.",
                W(2.10, ("2018-04-01", "2018-06-30"), "forecast"),
            ),
            L(
                "The company said it could raise as much as $1 billion in new debt later this year.",
                W(1e9, ("2018-05-02", "2018-12-31"), "target"),
            ),
            L(
                "Researchers at Dunmore Partners estimate that the electric car market will reach 5 million units by 2022.",
                W(5e6, ("2018-05-02", "2022-12-31"), "forecast"),
            ),
            L(
                "Quellon's chief executive has promised a gross margin of 25 percent for its new model.",
                W(25, ANY, "target"),
            ),
        ),
    ),
    Story(
        "2009-08-12",
        "Tannery Foods posts lower profit, keeps forecast",
        (
            L(
                "CHICAGO (Reuters) - Tannery Foods Inc on Wednesday reported a 9 percent drop in quarterly profit and stood by its forecast for the year.",
                W(9, ("2009-04-01", "2009-06-30")),
            ),
            L(
                "The meat processor still expects fiscal 2009 earnings of $1.15 to $1.25 a share.",
                W(1.20, ANY, "target"),
            ),
            L(
                "Analysts see earnings of $1.22 a share this year, per Thomson Reuters I/B/E/S.",
                W(1.22, ("2009-01-01", "2009-12-31"), "forecast"),
            ),
            L(
                "Tannery said it would spend about $90 million on new plants in 2010.",
                W(90e6, ("2010-01-01", "2010-12-31"), "target"),
            ),
            L(
                "Revenue fell 4 percent to $1.7 billion, the company said.",
                W(4, ("2009-04-01", "2009-06-30")),
                W(1.7e9, ("2009-04-01", "2009-06-30")),
            ),
        ),
    ),
)
