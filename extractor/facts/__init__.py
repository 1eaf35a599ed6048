"""Facts: which mention measures what, for whom, when, and how sure; assembled per sentence."""
