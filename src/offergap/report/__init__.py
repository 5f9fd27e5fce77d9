"""What offergap shows a person: listings, timelines and reports, as data first."""
