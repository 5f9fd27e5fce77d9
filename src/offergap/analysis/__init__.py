"""The analyses: fit, interview conduct, pseudo-interview risk, the funnel and the diagnosis."""
