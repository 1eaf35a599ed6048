"""Rows of the news quantity table the quantity layer does not support today, each with its reason.

`test_quantities_news.py` marks them `xfail(strict=True)`: a row that starts to pass fails the run and
must leave this list. Owned by the quantity layer (helper "quant"); the rows themselves live in
`news_rows.py`.
"""

from __future__ import annotations

XFAIL: dict[str, str] = {
    # mend17b (review17b of quant17): edges left, each a choice
    "The plan lists 12 points above the signatures.": (
        "index points before a place word are read as a distance whenever a determiner follows; what the determiner"
        " names (a level or not) is not checked"
    ),
    "Torvik guides for operating cash flow of negative $200 million to $300 million over its next fiscal year.": (
        "a sign word before the first end of a range signs that end only, as 'negative 1 percent to 2 percent' gives"
        " (-1, 2); a sign shared by both ends is not read"
    ),
    "Gross sales minus $3 million of refunds came to $20 million.": (
        "'minus' after a noun is subtraction, but any 'minus' before a currency is read as the sign of the sum"
    ),
    "The field produces 2 bcf per day.": ("'bcf' (billion cubic feet) needs a scaled unit; unit names carry no factor"),
    "The crane can lift 1,500 kg.": (
        "'lift' is a change verb ('lifted its forecast'); a physical object of it still reads as up"
    ),
    "The sports car maker is known for its 740 Roadster.": (
        "a number before a capitalised model name is read as a count; names after a number are not detected"
    ),
    # quant5: unseen trade sentences the layer does not support; none of these forms occurs in the Reuters stories
    # (797), so no rule was written for them
    "Turnout slumped to 41 per cent, from 58 per cent four years ago.": (
        "'four years ago' dates a figure but is shown as a duration of 4 years, as 'in 30 years' is"
    ),
    "Gold advanced to 1,420 pounds an ounce from 1,388 pounds.": (
        "the old level's bare 'pounds' is read as weight; only a bare number takes the new level's sterling rate"
    ),
    "Freight rates tumbled from $14,000 a box to $2,100.": (
        "'a box' is no unit; a money rate over a noun is read after 'per' ('16.60 euros per passenger') or after"
        " 'a' for an item sold or a head ('$25 a dose', lexicon money_rate_items); a freight box is neither"
    ),
    "Spot gold gave up 0.7% to $1,961.40 an ounce.": (
        "'give up' is no move word: 'giving up 50 percent of the value' in the Reuters stories is a share"
    ),
    # quant6: unseen sentences (tests/mentions/news_rows_unseen6.py) the layer does not support; none of these
    # forms was found in two or more Reuters stories (797), so no rule was written for them
    "UPDATE 2-Halvard to cut 2,300 jobs, shares jump 6%": (
        "a wire headline's version prefix ('UPDATE 2-') is read as a count; one Reuters story has one"
    ),
    "U.S. weekly jobless claims rise 12,000 to 243,000": (
        "a count after a present-tense change verb of a headline takes no direction: the parse reads 'rise' as a noun"
    ),
    "A 12-by-18-inch sign hung outside.": ("a hyphenated 'N-by-M-<unit>' compound is not read as two lengths"),
    "The tower rises 828 metres.": (
        "a length after 'rise' reads as an increase; a height that rises is not told apart from a level that rises"
    ),
    "The retirement age rises to 67 from 65.": (
        "an age named by its noun ('the retirement age') gives the levels of a move no unit"
    ),
    "Orders ship from ZIP code 94107.": ("'code' before a number does not mark an identifier"),
    "FTSE 100 down 0.6%, DAX up 0.2%, CAC flat.": (
        "a capitalised name before a number opening a sentence is not taken as a name ('FTSE 100'); 'The FTSE 100' is"
    ),
    # quant7: unseen sentences (tests/mentions/news_rows_unseen7.py) the layer does not support; none of these
    # forms was found in the Reuters stories (797), or only as a parse error, so no rule was written for them
    "The chain opened eleven stores and closed nine.": (
        "a bare written number that ends a clause ('closed nine.') is not read: 'for one,' is no count"
    ),
    "Nearly a quarter of the workforce is over 55.": (
        "an age after 'over' without 'aged' or 'years' is read as a plain number"
    ),
    "The central bank trimmed rates by 25 bps on Thursday.": (
        "the parse reads 'trimmed' as an adjective of 'rates' (the root), so 'by 25 bps' hangs from no change verb"
    ),
    "The road climbs 1,400 ft above the valley.": (
        "a length after 'climb' reads as an increase, as 'The tower rises 828 metres.' does"
    ),
    "Job cuts of 300 to 400 are planned.": (
        "a count after 'cuts of' takes the change noun's direction ('cut 300 jobs' as a verb does not)"
    ),
    # quant8: unseen general-news sentences (news_rows_unseen8.py) the layer does not support; none of these forms
    # occurs in the Reuters stories, so no rule was written for them
    "Adults should sleep seven to nine hours a night.": (
        "a range of time units takes no denominator: 'hours a night' stays hours, not hour_per_night, though "
        "'$220 a night' is USD_per_night"
    ),
    "The town's population shrank by a quarter in a decade.": (
        "'in a decade' after a change is read as the change's period, not shown as a duration of 1 decade"
    ),
    "The city will spend 1.2 billion euros ($1.3 billion) over five years to add 40 km of tram lines and 200 "
    "electric buses.": ("a physical amount after 'add' reads as an increase, as 'added 40 points' does"),
    "Commuters now pay 2.80 francs for a single ride, 20 centimes more than last year.": (
        "'centime' is no minor unit (cent, penny and sen are); no Reuters story writes one"
    ),
    "The glacier has retreated 1.5 km since 1950 and thins by about a metre a year.": (
        "'retreated' reads as down; 'by about a metre a year' (a unit with an article) is not read"
    ),
    "Doctors recommend at least 150 minutes of moderate exercise a week.": (
        "a duration is never a rate: '150 minutes ... a week' stays minutes"
    ),
    # quant9: unseen sentences (tests/mentions/news_rows_unseen9.py) the layer does not support; none of these forms
    # was found in two or more Reuters stories (797), so no rule was written for them
    "The winger has netted 11 times in 16 appearances.": (
        "'N times' after a verb of doing is read as a multiple ('11.6 times forward earnings'), not a count of how "
        "often"
    ),
    "The wildfire advanced 14 miles overnight, fanned by 50 mph winds.": (
        "'advanced' is a market verb of rising; a distance moved over ground reads as an increase"
    ),
    "The flight time will be cut by 40 minutes to 7 hours 20 minutes.": (
        "a duration is never the size of a move ('a two-year slump'), even after 'cut by'"
    ),
    "The battery charges from 10% to 80% in 18 minutes.": (
        "'from X to Y' after 'charges' (no change word, no past verb) is shown as a range without the move's direction"
    ),
    "Rents for a one-bedroom flat average £1,650 a month.": (
        "'one' is never a count on its own, also in a hyphen compound ('one-time'); 'three-bedroom' counts"
    ),
    "Between a third and a half of the crop was lost.": ("a range of two written fractions is not read as one range"),
    # quant10: unseen rows (tests/mentions/news_rows_unseen10.py) left unsupported
    "The new drug cut relapse rates by 30–40%.": (
        "the parse reads 'drug cut' as a compound noun, so the figure has no change verb; "
        "'... cut deaths by 30-40%' is down"
    ),
    "Prices rose 0.3% month on month and 3.1% from a year ago.": (
        "after 'month on month' the parse does not coordinate the second percent with 'rose'; "
        "'rose 4% in May and 6% in June' carries the verb"
    ),
    "The archer's bow draws 45 pounds.": (
        "bare 'pounds' is read as weight only beside weight cues (weigh, diet, boxer, kg, ...); "
        "a bow's draw weight has none"
    ),
    # quant12: written lists
    "The hike could add two or three cents a gallon.": (
        "a written number listed before money ('two or three cents') takes no currency: lists share percent, physical"
        " and multiple units only"
    ),
    "Prices could climb another five or 10 percent this year.": (
        "a written number listed before a moved figure takes its unit but not its direction (the parse hangs 'five'"
        " from the figure, not from the verb)"
    ),
    # quant18: classes seen in one readable story only (tests/mentions/news_rows_unseen18.py), so no rule was written
    "Colver's dairy co-op pays members $17.20 per 100 lbs of milk.": (
        "a money rate per a number of units ('per 100 lbs', a hundredweight) is not read: the number after 'per' is"
        " taken as an amount of its own; one Reuters story writes one"
    ),
    "Brovik Bank puts the Tessaly jobless rate at 6.8 percent by March from 6.5 percent.": (
        "'at X from Y' is joined only when a quote verb or change word governs 'at' or a quoted noun is the"
        " governor's subject (mend18m2a, for precision); a quoted noun as the object of a forecast verb is not read"
    ),
    "Rents at the three Carrow malls are down 3, 5 and 8 percent, agents say.": (
        "a figure listed after a comma between two others takes the list's unit but not the move's direction;"
        " one Reuters story writes one"
    ),
    # quant19: classes seen in one readable story only (tests/mentions/news_rows_unseen19.py), so no rule was written
    "Nearly half a square kilometer of pine forest burned outside Tilby on Sunday.": (
        "'half a' is read before a one-word unit only ('half a mile'); a two-word unit ('square kilometer') after it"
        " is not; one Reuters story writes one"
    ),
    "Pemberly strategists forecast the franc will buy 1.10 euros come December 2027, from 1.02 now.": (
        "a forecast level with a date between it and the old level ('come <month> <year>') and the old level after it"
        " ('from N now') is not joined as a move; one Reuters story writes the class"
    ),
    # review20q: seen in no allowed story (tests/mentions/news_rows_unseen20.py), so no rule was written
    "The past four year-end audits at Brennock Mills were filed late.": (
        "a number before a time unit glued to '-end' or '-on-year' is read as that many years, not as a count of the"
        " noun after the compound; no allowed story writes the class"
    ),
    # quant23: a count per occasion after "a" is read only where the tagger reads the counted noun as a noun
    "Ilse Varga averaged 11 rebounds a game as a rookie.": (
        "the tagger reads 'rebounds' in this sentence as a verb, so no counted noun is found and the rate is not"
        " read ('pulled down 13 rebounds a game as a rookie' is)"
    ),
    # quant24: seen in no allowed story (tests/mentions/news_rows_unseen24.py)
    "Dunmere expects $3 million -$4 million in savings.": (
        "a hyphen spaced from the first end of a money range and glued to the second is read as the sign of a market"
        " list figure ('WTI -$0.35'), so the range is two amounts, the second down; the minus of '-$85 million' is"
        " not read after a figure or scale word"
    ),
    # quant34: a "from X to Y" move whose change word the parse does not govern "from" through (governed_moves)
    "Quillby called for a hike in the levy on imported sugar from 5 percent to 12 percent.": (
        "the parse hangs 'from' on the reporting verb ('called'), not on the change noun 'hike', so the pair stays a"
        " range without direction"
    ),
    "Brenna's output of rolled steel has roughly quadrupled since the plant opened, from 2,000 tonnes to 8,100"
    " tonnes.": (
        "the parse hangs 'from' on the verb of the 'since' clause ('opened'); the climb stops at the first verb"
    ),
}
