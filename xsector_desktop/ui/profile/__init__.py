"""The partnership profile: every card at a glance, the trust cycle, problem-solving notes."""
