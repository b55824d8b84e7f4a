"""Paper ballots keyed in by keyboard: view.BallotEntryDialog over controllers.ballot_entry."""
