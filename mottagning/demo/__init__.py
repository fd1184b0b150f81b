"""A demo clinic full of realistic, entirely synthetic content.

Built through the same services the application uses, so the demo exercises
(and shows) real behaviour: accounts created by the lead, temporary passwords
replaced at first login, a few weeks of logins and a documented log review.
Later features add their own content here.
"""
