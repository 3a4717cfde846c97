"""From an email to a reply: concerns, facts, prompts, the LLM or the offline drafter."""
