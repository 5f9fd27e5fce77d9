"""Reading what the seeker brings: workbooks, tracker exports, resume and posting files."""
