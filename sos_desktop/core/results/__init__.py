"""A visit's live, anonymous results for the class: the counts (answer_counts) and what may be
shown of them (live). Import from the submodules."""
